"""The exceptions generated clients raise, and the choice of class for an HTTP status.

Input: what went wrong (a status code, a parsed answer, validation findings, a transport failure)
plus a ``RedactedRequest`` describing the call. Output: one exception whose class says what kind of
failure it was and whose message says what failed and what to do about it.

Why one hierarchy: callers catch ``SpecloomError`` for "anything from this client", ``ApiError`` for
"the server answered, but not with what we wanted", and the subclasses for the cases they handle.

Secrets: messages, ``str`` and ``repr`` only ever show the ``RedactedRequest`` (credentials already
masked as ``***``) and text the caller has redacted. The raw ``httpx`` objects, which carry the real
URL and headers, live only under the ``raw`` attribute, which no ``str``/``repr`` shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeAlias, runtime_checkable

import httpx

__all__ = [
    "SpecloomError",
    "RedactedRequest",
    "PointerMessage",
    "PathMessage",
    "ErrorItem",
    "ApiError",
    "AuthenticationError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "ResponseValidationError",
    "UnexpectedResponseError",
    "RequestValidationError",
    "TransportError",
    "BodyParseError",
    "error_for_status",
]

_DETAIL_LIMIT = 300


class SpecloomError(Exception):
    """Base class of every error a specloom-generated client raises on purpose.

    Errors pickle (e.g. across process pools) without their SENSITIVE ``raw`` attribute.
    """

    def __reduce__(self) -> tuple[object, ...]:
        state = {k: (None if k == "raw" else v) for k, v in self.__dict__.items()}
        return (_restore, (type(self), self.args, state))


def _restore(
    cls: type[SpecloomError], args: tuple[object, ...], state: dict[str, object]
) -> SpecloomError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


@dataclass(frozen=True, slots=True)
class RedactedRequest:
    """A request as it may be shown: method, URL with credentials masked as ``***``, operation."""

    method: str
    url: str
    operation: str

    def describe(self) -> str:
        """``"METHOD url"``, for messages."""
        return f"{self.method} {self.url}"


@runtime_checkable
class PointerMessage(Protocol):
    """Anything with ``instance_pointer`` and ``message``."""

    @property
    def instance_pointer(self) -> str: ...

    @property
    def message(self) -> str: ...


@runtime_checkable
class PathMessage(Protocol):
    """Anything with ``instance_path`` and ``message`` (e.g. ``validation.Violation``)."""

    @property
    def instance_path(self) -> str: ...

    @property
    def message(self) -> str: ...


ErrorItem: TypeAlias = "PointerMessage | PathMessage | tuple[str, str]"
"""One finding: an object with a JSON pointer and a message, or a ``(pointer, message)`` pair."""


def _error_items(items: Iterable[ErrorItem]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, tuple):
            pointer, message = item
            out.append((str(pointer), str(message)))
        elif isinstance(item, PathMessage):
            out.append((str(item.instance_path), str(item.message)))
        else:
            out.append((str(item.instance_pointer), str(item.message)))
    return tuple(out)


def _format_items(errors: tuple[tuple[str, str], ...], limit: int = 5) -> str:
    shown = "; ".join(f"{pointer or '(root)'}: {message}" for pointer, message in errors[:limit])
    more = len(errors) - limit
    return shown + (f"; and {more} more" if more > 0 else "")


def clip(text: str, limit: int = _DETAIL_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ApiError(SpecloomError):
    """The server answered, but not with a success the spec describes.

    Attributes: ``status`` (HTTP status), ``operation`` (operation id), ``body`` (the parsed answer,
    or ``None``), ``request`` (a ``RedactedRequest``, safe to show) and ``raw``.

    ``raw`` is SENSITIVE: it is the ``httpx.Response`` (its ``.request`` holds the real URL and
    headers, which may contain credentials). It is the only attribute holding httpx objects and is
    never shown by ``str``/``repr``; do not log it.
    """

    status: int
    operation: str
    body: object
    request: RedactedRequest
    raw: httpx.Response | None

    def __init__(
        self,
        message: str,
        *,
        status: int,
        request: RedactedRequest,
        body: object = None,
        raw: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.operation = request.operation
        self.body = body
        self.request = request
        self.raw = raw

    @property
    def message(self) -> str:
        """The human-readable message (same as ``str(error)``)."""
        return str(self.args[0]) if self.args else ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, request={self.request!r})"


class AuthenticationError(ApiError):
    """401 or 403: the credentials are missing, wrong, or lack a permission."""


class NotFoundError(ApiError):
    """404: the addressed resource does not exist."""


class RateLimitError(ApiError):
    """429: too many requests. ``retry_after`` is the server's requested wait in seconds, if any."""

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        status: int,
        request: RedactedRequest,
        body: object = None,
        raw: httpx.Response | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, request=request, body=body, raw=raw)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server failed."""


class ResponseValidationError(ApiError):
    """The answer does not match the spec (wrong shape, unparsable body); ``errors`` lists where."""

    errors: tuple[tuple[str, str], ...]

    def __init__(
        self,
        *,
        status: int,
        request: RedactedRequest,
        errors: Iterable[ErrorItem],
        body: object = None,
        raw: httpx.Response | None = None,
    ) -> None:
        self.errors = _error_items(errors)
        message = (
            f"the {status} answer to {request.operation} ({request.describe()}) does not match "
            f"the spec: {_format_items(self.errors)}. The API may have changed; report it, or "
            f"read error.body for what was received."
        )
        super().__init__(message, status=status, request=request, body=body, raw=raw)


class UnexpectedResponseError(ApiError):
    """A well-formed answer that still can't be used, e.g. a lookup not holding exactly one item."""


class BodyParseError(SpecloomError):
    """A response body could not be parsed as the type its Content-Type declares.

    ``content_type`` is the declared media type; ``reason`` says what was wrong (never quotes the
    body, which may echo credentials).
    """

    content_type: str
    reason: str

    def __init__(self, content_type: str, reason: str) -> None:
        super().__init__(f"cannot parse a {content_type or 'untyped'} body: {reason}")
        self.content_type = content_type
        self.reason = reason


class RequestValidationError(SpecloomError):
    """Arguments rejected before anything was sent. ``errors``: ``(pointer, message)`` pairs."""

    operation: str
    errors: tuple[tuple[str, str], ...]

    def __init__(self, operation: str, errors: Iterable[ErrorItem]) -> None:
        self.operation = operation
        self.errors = _error_items(errors)
        super().__init__(
            f"invalid arguments for {operation}: {_format_items(self.errors)}. Nothing was sent; "
            f"fix the values named and call again."
        )


class TransportError(SpecloomError):
    """No usable answer: connection failure, timeout or protocol error.

    ``request`` is the ``RedactedRequest``; ``kind`` the httpx exception class name (e.g.
    ``"ConnectError"``); ``attempts`` how many times the request was tried; ``sent`` whether the
    request may have reached the server. ``raw`` is SENSITIVE: the original httpx exception (its
    text and ``.request`` can contain the real URL); it is not chained, and never shown by
    ``str``/``repr``.
    """

    request: RedactedRequest
    kind: str
    attempts: int
    sent: bool
    raw: BaseException | None

    def __init__(
        self,
        message: str,
        *,
        request: RedactedRequest,
        kind: str,
        attempts: int = 1,
        sent: bool = False,
        raw: BaseException | None = None,
    ) -> None:
        super().__init__(message)
        self.request = request
        self.kind = kind
        self.attempts = attempts
        self.sent = sent
        self.raw = raw

    def __repr__(self) -> str:
        return (
            f"TransportError(kind={self.kind!r}, attempts={self.attempts}, "
            f"request={self.request!r})"
        )


_HINTS: dict[int, str] = {
    400: "the server rejected the arguments; see error.body for its reason",
    401: "check the credentials configured on the client (missing, wrong or expired)",
    403: "check the credentials configured on the client and the permissions they grant",
    404: "the resource does not exist; check the identifiers in the path and query",
    405: "the server does not allow this method here; the base URL may be wrong",
    409: "the request conflicts with the resource's current state; read it and try again",
    422: "the server rejected the arguments; see error.body for its reason",
    429: "too many requests; wait and retry (see error.retry_after)",
}


def _hint(status: int) -> str:
    if status in _HINTS:
        return _HINTS[status]
    if status >= 500:
        return "the server failed; retry later, and contact the API provider if it persists"
    if status >= 400:
        return "the server refused the request; see error.body for its reason"
    return "the spec does not describe this status; see error.body for what was received"


def error_for_status(
    status: int,
    *,
    request: RedactedRequest,
    body: object = None,
    raw: httpx.Response | None = None,
    detail: str | None = None,
    retry_after: float | None = None,
) -> ApiError:
    """Build the ``ApiError`` subclass for an unexpected ``status``.

    401/403 → ``AuthenticationError``, 404 → ``NotFoundError``, 429 → ``RateLimitError``,
    5xx → ``ServerError``, anything else → ``ApiError``. ``detail`` (e.g. an excerpt of the
    server's answer) is appended to the message and MUST already be redacted by the caller.
    """
    said = f" The server said: {clip(detail)!r}." if detail and detail.strip() else ""
    wait = (
        f" It asked to wait {retry_after:g} s." if status == 429 and retry_after is not None else ""
    )
    message = (
        f"{status} from {request.operation} ({request.describe()}): {_hint(status)}.{wait}{said}"
    )
    if status == 429:
        return RateLimitError(
            message, status=status, request=request, body=body, raw=raw, retry_after=retry_after
        )
    cls: type[ApiError]
    if status in (401, 403):
        cls = AuthenticationError
    elif status == 404:
        cls = NotFoundError
    elif 500 <= status <= 599:
        cls = ServerError
    else:
        cls = ApiError
    return cls(message, status=status, request=request, body=body, raw=raw)
