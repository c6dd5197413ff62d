"""The errors generated clients raise, the errors of the safety limits, and the redaction that keeps credentials out of messages and logs.

Modules and their public names (each importable from here, loaded on first use):

- ``api``: ``SpecloomError``, ``RedactedRequest``, ``PointerMessage``, ``PathMessage``, ``ErrorItem``, ``ApiError``, ``AuthenticationError``, ``NotFoundError``, ``RateLimitError``, ``ServerError``, ``ResponseValidationError``, ``UnexpectedResponseError``, ``RequestValidationError``, ``TransportError``, ``BodyParseError``, ``error_for_status``
- ``in_body``: ``ErrorInBody``, ``PartialFailure``, ``AuthenticationErrorInBody``, ``NotFoundErrorInBody``, ``RateLimitErrorInBody``, ``BODY_ERRORS``
- ``limits``: ``ResponseTooLargeError``, ``RedirectRefusedError``, ``PaginationError``
- ``redact``: ``MASK``, ``HTTP_LOGGER_NAMES``, ``secret_pattern``, ``redact_text``, ``redact_url``, ``Redactor``, ``SecretFilter``, ``SecretRegistration``, ``install_secret_filter``, ``ensure_secret_filter``, ``ACTIVE_CALL``
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom_runtime.errors.api import ApiError as ApiError
    from specloom_runtime.errors.api import AuthenticationError as AuthenticationError
    from specloom_runtime.errors.api import BodyParseError as BodyParseError
    from specloom_runtime.errors.api import ErrorItem as ErrorItem
    from specloom_runtime.errors.api import NotFoundError as NotFoundError
    from specloom_runtime.errors.api import PathMessage as PathMessage
    from specloom_runtime.errors.api import PointerMessage as PointerMessage
    from specloom_runtime.errors.api import RateLimitError as RateLimitError
    from specloom_runtime.errors.api import RedactedRequest as RedactedRequest
    from specloom_runtime.errors.api import RequestValidationError as RequestValidationError
    from specloom_runtime.errors.api import ResponseValidationError as ResponseValidationError
    from specloom_runtime.errors.api import ServerError as ServerError
    from specloom_runtime.errors.api import SpecloomError as SpecloomError
    from specloom_runtime.errors.api import TransportError as TransportError
    from specloom_runtime.errors.api import UnexpectedResponseError as UnexpectedResponseError
    from specloom_runtime.errors.api import error_for_status as error_for_status
    from specloom_runtime.errors.in_body import BODY_ERRORS as BODY_ERRORS
    from specloom_runtime.errors.in_body import (
        AuthenticationErrorInBody as AuthenticationErrorInBody,
    )
    from specloom_runtime.errors.in_body import ErrorInBody as ErrorInBody
    from specloom_runtime.errors.in_body import NotFoundErrorInBody as NotFoundErrorInBody
    from specloom_runtime.errors.in_body import PartialFailure as PartialFailure
    from specloom_runtime.errors.in_body import RateLimitErrorInBody as RateLimitErrorInBody
    from specloom_runtime.errors.limits import PaginationError as PaginationError
    from specloom_runtime.errors.limits import RedirectRefusedError as RedirectRefusedError
    from specloom_runtime.errors.limits import ResponseTooLargeError as ResponseTooLargeError
    from specloom_runtime.errors.redact import ACTIVE_CALL as ACTIVE_CALL
    from specloom_runtime.errors.redact import HTTP_LOGGER_NAMES as HTTP_LOGGER_NAMES
    from specloom_runtime.errors.redact import MASK as MASK
    from specloom_runtime.errors.redact import Redactor as Redactor
    from specloom_runtime.errors.redact import SecretFilter as SecretFilter
    from specloom_runtime.errors.redact import SecretRegistration as SecretRegistration
    from specloom_runtime.errors.redact import ensure_secret_filter as ensure_secret_filter
    from specloom_runtime.errors.redact import install_secret_filter as install_secret_filter
    from specloom_runtime.errors.redact import redact_text as redact_text
    from specloom_runtime.errors.redact import redact_url as redact_url
    from specloom_runtime.errors.redact import secret_pattern as secret_pattern

_OWNER = {
    'ACTIVE_CALL': 'redact',
    'ApiError': 'api',
    'AuthenticationError': 'api',
    'AuthenticationErrorInBody': 'in_body',
    'BODY_ERRORS': 'in_body',
    'BodyParseError': 'api',
    'ErrorInBody': 'in_body',
    'ErrorItem': 'api',
    'HTTP_LOGGER_NAMES': 'redact',
    'MASK': 'redact',
    'NotFoundError': 'api',
    'NotFoundErrorInBody': 'in_body',
    'PaginationError': 'limits',
    'PartialFailure': 'in_body',
    'PathMessage': 'api',
    'PointerMessage': 'api',
    'RateLimitError': 'api',
    'RateLimitErrorInBody': 'in_body',
    'RedactedRequest': 'api',
    'Redactor': 'redact',
    'RedirectRefusedError': 'limits',
    'RequestValidationError': 'api',
    'ResponseTooLargeError': 'limits',
    'ResponseValidationError': 'api',
    'SecretFilter': 'redact',
    'SecretRegistration': 'redact',
    'ServerError': 'api',
    'SpecloomError': 'api',
    'TransportError': 'api',
    'UnexpectedResponseError': 'api',
    'ensure_secret_filter': 'redact',
    'error_for_status': 'api',
    'install_secret_filter': 'redact',
    'redact_text': 'redact',
    'redact_url': 'redact',
    'secret_pattern': 'redact',
}
__all__ = ['ACTIVE_CALL', 'ApiError', 'AuthenticationError', 'AuthenticationErrorInBody', 'BODY_ERRORS', 'BodyParseError', 'ErrorInBody', 'ErrorItem', 'HTTP_LOGGER_NAMES', 'MASK', 'NotFoundError', 'NotFoundErrorInBody', 'PaginationError', 'PartialFailure', 'PathMessage', 'PointerMessage', 'RateLimitError', 'RateLimitErrorInBody', 'RedactedRequest', 'Redactor', 'RedirectRefusedError', 'RequestValidationError', 'ResponseTooLargeError', 'ResponseValidationError', 'SecretFilter', 'SecretRegistration', 'ServerError', 'SpecloomError', 'TransportError', 'UnexpectedResponseError', 'ensure_secret_filter', 'error_for_status', 'install_secret_filter', 'redact_text', 'redact_url', 'secret_pattern']


def __getattr__(name: str) -> Any:
    # lazy: importing one name loads its module only (the kit and the oracle stay unloaded)
    if name in _OWNER:
        return getattr(importlib.import_module(f"{__name__}.{_OWNER[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
