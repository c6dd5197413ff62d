"""Hand-written runtime shared by every package specloom generates (errors, transport, signing, formats).

The names generated clients use most are importable from here; each is loaded on first use, so
that importing one part of the runtime (the generator's lint needs a pattern translator from
``wire``) does not import httpx and the send loop with it. Subpackages: ``call`` (one API call),
``wire`` (encodings, dates, validation helpers), ``errors``, ``testing`` (the offline kit and
``specloom serve``), ``sync`` (``specloom sync``), ``proptest`` (the property suites' oracle).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom_runtime.call.transport import RetryPolicy as RetryPolicy
    from specloom_runtime.errors import ApiError as ApiError
    from specloom_runtime.errors import AuthenticationError as AuthenticationError
    from specloom_runtime.errors import BodyParseError as BodyParseError
    from specloom_runtime.errors import ErrorInBody as ErrorInBody
    from specloom_runtime.errors import NotFoundError as NotFoundError
    from specloom_runtime.errors import PartialFailure as PartialFailure
    from specloom_runtime.errors import RateLimitError as RateLimitError
    from specloom_runtime.errors import RedactedRequest as RedactedRequest
    from specloom_runtime.errors import RequestValidationError as RequestValidationError
    from specloom_runtime.errors import ResponseValidationError as ResponseValidationError
    from specloom_runtime.errors import ServerError as ServerError
    from specloom_runtime.errors import SpecloomError as SpecloomError
    from specloom_runtime.errors import TransportError as TransportError
    from specloom_runtime.errors import UnexpectedResponseError as UnexpectedResponseError
    from specloom_runtime.errors.limits import PaginationError as PaginationError
    from specloom_runtime.errors.limits import RedirectRefusedError as RedirectRefusedError
    from specloom_runtime.errors.limits import ResponseTooLargeError as ResponseTooLargeError
    from specloom_runtime.errors.redact import Redactor as Redactor
    from specloom_runtime.errors.redact import install_secret_filter as install_secret_filter
    from specloom_runtime.wire.unset import UNSET as UNSET
    from specloom_runtime.wire.unset import Unset as Unset

_OWNER = {
    "ApiError": "specloom_runtime.errors",
    "AuthenticationError": "specloom_runtime.errors",
    "BodyParseError": "specloom_runtime.errors",
    "ErrorInBody": "specloom_runtime.errors",
    "NotFoundError": "specloom_runtime.errors",
    "PaginationError": "specloom_runtime.errors.limits",
    "PartialFailure": "specloom_runtime.errors",
    "RateLimitError": "specloom_runtime.errors",
    "RedactedRequest": "specloom_runtime.errors",
    "Redactor": "specloom_runtime.errors.redact",
    "RedirectRefusedError": "specloom_runtime.errors.limits",
    "RequestValidationError": "specloom_runtime.errors",
    "ResponseTooLargeError": "specloom_runtime.errors.limits",
    "ResponseValidationError": "specloom_runtime.errors",
    "RetryPolicy": "specloom_runtime.call.transport",
    "ServerError": "specloom_runtime.errors",
    "SpecloomError": "specloom_runtime.errors",
    "TransportError": "specloom_runtime.errors",
    "UNSET": "specloom_runtime.wire.unset",
    "UnexpectedResponseError": "specloom_runtime.errors",
    "Unset": "specloom_runtime.wire.unset",
    "install_secret_filter": "specloom_runtime.errors.redact",
}
__all__ = sorted(_OWNER)


def __getattr__(name: str) -> Any:
    if name in _OWNER:
        return getattr(importlib.import_module(_OWNER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
