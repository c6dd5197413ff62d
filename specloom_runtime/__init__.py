"""Hand-written runtime shared by every package specloom generates (errors, transport, signing, formats)."""

# Client-side half: the names generated clients use most (each module documents its own).
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
from specloom_runtime.limit_errors import (
    PaginationError,
    RedirectRefusedError,
    ResponseTooLargeError,
)
from specloom_runtime.redact import Redactor, install_secret_filter
from specloom_runtime.transport import RetryPolicy
from specloom_runtime.unset import UNSET, Unset

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
