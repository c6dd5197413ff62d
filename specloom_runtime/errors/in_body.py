"""Errors reported inside a 2xx answer's body: ``ErrorInBody`` and its kinds, ``PartialFailure``.

Input: what an error-in-body rule (``x-specloom-error-in-body``) or an item-status rule found in a
successful answer, plus the ``RedactedRequest``. Output: an exception that is an ``ApiError`` and,
for a rule naming a kind (``raises``), also ``AuthenticationError``/``NotFoundError``/
``RateLimitError``, so callers catch a refusal the same way whatever status carried it.
``BODY_ERRORS`` maps the name a rule gives to its class.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import httpx
from specloom_runtime.errors.api import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    RedactedRequest,
    clip,
)

__all__ = [
    "ErrorInBody",
    "PartialFailure",
    "AuthenticationErrorInBody",
    "NotFoundErrorInBody",
    "RateLimitErrorInBody",
    "BODY_ERRORS",
]


class ErrorInBody(ApiError):
    """A 2xx answer whose body reports a documented failure (``code`` and ``messages``).

    A spec rule may name a more precise class (``raises``): the ``*ErrorInBody`` subclasses
    below are both this class and ``AuthenticationError``/``NotFoundError``/``RateLimitError``,
    so either ``except`` catches them.
    """

    code: str | None
    messages: tuple[str, ...]
    advice: ClassVar[str] = "The request was not carried out; fix what the message names and call again."

    def __init__(
        self,
        *,
        status: int,
        request: RedactedRequest,
        code: str | None = None,
        messages: Iterable[str] = (),
        body: object = None,
        raw: httpx.Response | None = None,
    ) -> None:
        self.code = code
        self.messages = tuple(messages)
        said = "; ".join(clip(m, 200) for m in self.messages[:5]) or "no message given"
        if not said.endswith((".", "!", "?", "…")):  # a sentence keeps its own full stop
            said += "."
        code_part = f" with code {code}" if code else ""
        message = (
            f"{request.operation} ({request.describe()}) answered {status} but reported a "
            f"failure{code_part}: {said} {self.advice}"
        )
        super().__init__(message, status=status, request=request, body=body, raw=raw)


class PartialFailure(ErrorInBody):
    """A 2xx answer reporting one outcome per item (``x-specloom-item-status``), some failed.

    ``failed`` and ``succeeded`` hold the typed items of the answer (``failed_indexes``: their
    positions); ``messages`` say what each failed item reported. The items that succeeded WERE
    carried out: retry only the failed ones.
    """

    failed: tuple[object, ...]
    succeeded: tuple[object, ...]
    failed_indexes: tuple[int, ...]

    def __init__(
        self,
        *,
        status: int,
        request: RedactedRequest,
        failed: Iterable[object],
        succeeded: Iterable[object],
        failed_indexes: Iterable[int],
        messages: Iterable[str] = (),
        body: object = None,
        raw: httpx.Response | None = None,
    ) -> None:
        super().__init__(status=status, request=request, messages=messages, body=body, raw=raw)
        self.failed = tuple(failed)
        self.succeeded = tuple(succeeded)
        self.failed_indexes = tuple(failed_indexes)
        total = len(self.failed) + len(self.succeeded)
        said = "; ".join(clip(m, 200) for m in self.messages[:5])
        self.args = (
            f"{request.operation} ({request.describe()}) answered {status} but "
            f"{len(self.failed)} of {total} items failed: {said}. The other items were carried "
            f"out; retry only the items in .failed.",
        )
class AuthenticationErrorInBody(ErrorInBody, AuthenticationError):
    """A 2xx answer whose body says the credentials were refused."""

    advice: ClassVar[str] = "Check the credentials (and what they may do) and call again."


class NotFoundErrorInBody(ErrorInBody, NotFoundError):
    """A 2xx answer whose body says the addressed record does not exist."""

    advice: ClassVar[str] = "The addressed record does not exist; check the identifier."


class RateLimitErrorInBody(ErrorInBody, RateLimitError):
    """A 2xx answer whose body says too many requests were made."""

    advice: ClassVar[str] = "Too many requests: wait before calling again."


# the class an error-in-body rule names (its ``raises``), by name
BODY_ERRORS: dict[str, type[ErrorInBody]] = {
    "ErrorInBody": ErrorInBody,
    "AuthenticationError": AuthenticationErrorInBody,
    "NotFoundError": NotFoundErrorInBody,
    "RateLimitError": RateLimitErrorInBody,
}
