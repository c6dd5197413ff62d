"""Hand-written runtime shared by every package specloom generates (errors, transport, signing, formats)."""

# Client-side half: the names generated clients use most (each module documents its own).
from specloom_runtime.call.transport import RetryPolicy
from specloom_runtime.errors import (
    ApiError,
    AuthenticationError,
    BodyParseError,
    ErrorInBody,
    NotFoundError,
    PartialFailure,
    RateLimitError,
    RedactedRequest,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    SpecloomError,
    TransportError,
    UnexpectedResponseError,
)
from specloom_runtime.errors.limits import (
    PaginationError,
    RedirectRefusedError,
    ResponseTooLargeError,
)
from specloom_runtime.errors.redact import Redactor, install_secret_filter
from specloom_runtime.wire.unset import UNSET, Unset

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BodyParseError",
    "ErrorInBody",
    "NotFoundError",
    "PaginationError",
    "PartialFailure",
    "RateLimitError",
    "RedactedRequest",
    "Redactor",
    "RedirectRefusedError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "SpecloomError",
    "TransportError",
    "UNSET",
    "UnexpectedResponseError",
    "Unset",
    "install_secret_filter",
]
