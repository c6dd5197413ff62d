"""One API call: the plan of an operation, the request it sends, the send loop (retries, deadlines, limits), the answer read back, and the client classes generated clients extend.

Modules and their public names (each importable from here, loaded on first use):

- ``plan``: ``OperationPlan``
- ``request``: ``URLS_KEPT``, ``Placement``, ``encode_input``, ``prepare``, ``collect``, ``place_credentials``, ``build``
- ``request_parts``: none public; where ``request.build`` puts each wire value, as text (header, cookie and path checks)
- ``uploads``: none public; the bodies ``request`` sends that are neither JSON nor a urlencoded form (multipart, text, bytes)
- ``answer``: ``apply_decode_plan``, ``empty_body``, ``interpret``, ``typed_answer``, ``pagination_step``, ``first_page``
- ``answer_forms``: ``asked_media_type``, ``read_answer``
- ``transport``: ``IDEMPOTENT_METHODS``, ``RetryPolicy``, ``DEFAULT_RETRY_POLICY``, ``NO_RETRY``, ``Sender``, ``send``, ``send_async``
- ``attempts``: none public; one request's retry decisions, shared by ``transport``'s sync and async loops
- ``exchange``: ``DEFAULT_MAX_RESPONSE_BYTES``, ``exchange_async``, ``bound_sync_client``
- ``deadline_backend``: ``BoundedBackend``, ``BoundedStream``
- ``client``: ``ApiSpec``, ``ConfigurationError``, ``PlainHttpWarning``, ``BaseClient``, ``BaseAsyncClient``, ``read_env``, ``VERSION``, ``DEFAULT_MAX_PAGES``
- ``client_checks``: ``credential_problem``, ``warn_plain_http``
- ``operation``: ``ResponseMode``, ``ResponseValidationWarning``, ``CredentialSpec``, ``ParamSpec``, ``BodySpec``, ``ResponseForm``, ``ResponseSpec``, ``PageSpec``, ``OperationSpec``, ``DecodePlan``
- ``paging``: ``Pages``
- ``servers``: ``ServerVariable``, ``server_url``
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom_runtime.call.answer import apply_decode_plan as apply_decode_plan
    from specloom_runtime.call.answer import empty_body as empty_body
    from specloom_runtime.call.answer import first_page as first_page
    from specloom_runtime.call.answer import interpret as interpret
    from specloom_runtime.call.answer import pagination_step as pagination_step
    from specloom_runtime.call.answer import typed_answer as typed_answer
    from specloom_runtime.call.answer_forms import asked_media_type as asked_media_type
    from specloom_runtime.call.answer_forms import read_answer as read_answer
    from specloom_runtime.call.client import DEFAULT_MAX_PAGES as DEFAULT_MAX_PAGES
    from specloom_runtime.call.client import VERSION as VERSION
    from specloom_runtime.call.client import ApiSpec as ApiSpec
    from specloom_runtime.call.client import BaseAsyncClient as BaseAsyncClient
    from specloom_runtime.call.client import BaseClient as BaseClient
    from specloom_runtime.call.client import ConfigurationError as ConfigurationError
    from specloom_runtime.call.client import PlainHttpWarning as PlainHttpWarning
    from specloom_runtime.call.client import read_env as read_env
    from specloom_runtime.call.client_checks import credential_problem as credential_problem
    from specloom_runtime.call.client_checks import warn_plain_http as warn_plain_http
    from specloom_runtime.call.deadline_backend import BoundedBackend as BoundedBackend
    from specloom_runtime.call.deadline_backend import BoundedStream as BoundedStream
    from specloom_runtime.call.exchange import (
        DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_RESPONSE_BYTES,
    )
    from specloom_runtime.call.exchange import bound_sync_client as bound_sync_client
    from specloom_runtime.call.exchange import exchange_async as exchange_async
    from specloom_runtime.call.operation import BodySpec as BodySpec
    from specloom_runtime.call.operation import CredentialSpec as CredentialSpec
    from specloom_runtime.call.operation import DecodePlan as DecodePlan
    from specloom_runtime.call.operation import OperationSpec as OperationSpec
    from specloom_runtime.call.operation import PageSpec as PageSpec
    from specloom_runtime.call.operation import ParamSpec as ParamSpec
    from specloom_runtime.call.operation import ResponseForm as ResponseForm
    from specloom_runtime.call.operation import ResponseMode as ResponseMode
    from specloom_runtime.call.operation import ResponseSpec as ResponseSpec
    from specloom_runtime.call.operation import (
        ResponseValidationWarning as ResponseValidationWarning,
    )
    from specloom_runtime.call.paging import Pages as Pages
    from specloom_runtime.call.plan import OperationPlan as OperationPlan
    from specloom_runtime.call.request import URLS_KEPT as URLS_KEPT
    from specloom_runtime.call.request import Placement as Placement
    from specloom_runtime.call.request import build as build
    from specloom_runtime.call.request import collect as collect
    from specloom_runtime.call.request import encode_input as encode_input
    from specloom_runtime.call.request import place_credentials as place_credentials
    from specloom_runtime.call.request import prepare as prepare
    from specloom_runtime.call.servers import ServerVariable as ServerVariable
    from specloom_runtime.call.servers import server_url as server_url
    from specloom_runtime.call.transport import DEFAULT_RETRY_POLICY as DEFAULT_RETRY_POLICY
    from specloom_runtime.call.transport import IDEMPOTENT_METHODS as IDEMPOTENT_METHODS
    from specloom_runtime.call.transport import NO_RETRY as NO_RETRY
    from specloom_runtime.call.transport import RetryPolicy as RetryPolicy
    from specloom_runtime.call.transport import Sender as Sender
    from specloom_runtime.call.transport import send as send
    from specloom_runtime.call.transport import send_async as send_async

_OWNER = {
    'ApiSpec': 'client',
    'BaseAsyncClient': 'client',
    'BaseClient': 'client',
    'BodySpec': 'operation',
    'BoundedBackend': 'deadline_backend',
    'BoundedStream': 'deadline_backend',
    'ConfigurationError': 'client',
    'CredentialSpec': 'operation',
    'DEFAULT_MAX_PAGES': 'client',
    'DEFAULT_MAX_RESPONSE_BYTES': 'exchange',
    'DEFAULT_RETRY_POLICY': 'transport',
    'DecodePlan': 'operation',
    'IDEMPOTENT_METHODS': 'transport',
    'NO_RETRY': 'transport',
    'OperationPlan': 'plan',
    'OperationSpec': 'operation',
    'PageSpec': 'operation',
    'Pages': 'paging',
    'ParamSpec': 'operation',
    'Placement': 'request',
    'PlainHttpWarning': 'client',
    'ResponseForm': 'operation',
    'ResponseMode': 'operation',
    'ResponseSpec': 'operation',
    'ResponseValidationWarning': 'operation',
    'RetryPolicy': 'transport',
    'Sender': 'transport',
    'ServerVariable': 'servers',
    'URLS_KEPT': 'request',
    'VERSION': 'client',
    'apply_decode_plan': 'answer',
    'asked_media_type': 'answer_forms',
    'bound_sync_client': 'exchange',
    'build': 'request',
    'collect': 'request',
    'credential_problem': 'client_checks',
    'empty_body': 'answer',
    'encode_input': 'request',
    'exchange_async': 'exchange',
    'first_page': 'answer',
    'interpret': 'answer',
    'pagination_step': 'answer',
    'place_credentials': 'request',
    'prepare': 'request',
    'read_answer': 'answer_forms',
    'read_env': 'client',
    'send': 'transport',
    'send_async': 'transport',
    'server_url': 'servers',
    'typed_answer': 'answer',
    'warn_plain_http': 'client_checks',
}
__all__ = ['ApiSpec', 'BaseAsyncClient', 'BaseClient', 'BodySpec', 'BoundedBackend', 'BoundedStream', 'ConfigurationError', 'CredentialSpec', 'DEFAULT_MAX_PAGES', 'DEFAULT_MAX_RESPONSE_BYTES', 'DEFAULT_RETRY_POLICY', 'DecodePlan', 'IDEMPOTENT_METHODS', 'NO_RETRY', 'OperationPlan', 'OperationSpec', 'PageSpec', 'Pages', 'ParamSpec', 'Placement', 'PlainHttpWarning', 'ResponseForm', 'ResponseMode', 'ResponseSpec', 'ResponseValidationWarning', 'RetryPolicy', 'Sender', 'ServerVariable', 'URLS_KEPT', 'VERSION', 'apply_decode_plan', 'asked_media_type', 'bound_sync_client', 'build', 'collect', 'credential_problem', 'empty_body', 'encode_input', 'exchange_async', 'first_page', 'interpret', 'pagination_step', 'place_credentials', 'prepare', 'read_answer', 'read_env', 'send', 'send_async', 'server_url', 'typed_answer', 'warn_plain_http']


def __getattr__(name: str) -> Any:
    # lazy: importing one name loads its module only (the kit and the oracle stay unloaded)
    if name in _OWNER:
        return getattr(importlib.import_module(f"{__name__}.{_OWNER[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
