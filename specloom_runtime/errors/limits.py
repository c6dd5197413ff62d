"""The errors of the client's safety limits: answer size, redirects, pagination.

Input: what limit was hit, the ``RedactedRequest`` of the call (credentials already masked) and
the setting that governs it. Output: one exception whose message names the limit and how to
change it (the client keyword), never a credential.

Why a module of their own: ``errors.py`` holds the classes every answer can map to; these are
raised by the send loop and the iterators only when a limit stops a call.
"""

from __future__ import annotations

import httpx
from specloom_runtime.errors import ApiError, RedactedRequest, SpecloomError

__all__ = ["ResponseTooLargeError", "RedirectRefusedError", "PaginationError"]


class ResponseTooLargeError(ApiError):
    """The answer's body (after decompression) is larger than the client's ``max_response_bytes``.

    ``limit`` is that setting; the body was not read whole (``body`` is ``None``).
    """

    limit: int

    def __init__(
        self,
        *,
        status: int,
        request: RedactedRequest,
        limit: int,
        raw: httpx.Response | None = None,
    ) -> None:
        self.limit = limit
        message = (
            f"the {status} answer to {request.operation} ({request.describe()}) is larger than "
            f"max_response_bytes={limit} bytes once decompressed; it was not read whole. If such "
            f"answers are expected, build the client with a larger max_response_bytes=."
        )
        super().__init__(message, status=status, request=request, raw=raw)


class RedirectRefusedError(ApiError):
    """The server redirected the call to another origin (scheme, host or port), which the client
    never follows: the request carries credentials. ``location`` is the target, redacted."""

    location: str

    def __init__(
        self,
        *,
        status: int,
        request: RedactedRequest,
        location: str,
        raw: httpx.Response | None = None,
    ) -> None:
        self.location = location
        message = (
            f"{request.operation} ({request.describe()}) answered {status}, a redirect to another "
            f"origin ({location}); it was not followed, so the credentials were not sent there. "
            f"If the API has moved, build the client with base_url= set to the new address."
        )
        super().__init__(message, status=status, request=request, raw=raw)


class PaginationError(SpecloomError):
    """An iterator stopped because paging did not advance (the server answered the same page
    again, or asked for a position already read) or ``max_pages`` pages were read.

    ``operation`` is the operation id and ``pages`` how many pages were requested.
    """

    operation: str
    pages: int

    def __init__(self, operation: str, pages: int, reason: str) -> None:
        self.operation = operation
        self.pages = pages
        super().__init__(f"iterating {operation} stopped after {pages} pages: {reason}")
