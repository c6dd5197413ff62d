"""The offline testing kit (a transport that plays an API from its spec) and the sandbox server that serves it over HTTP.

Modules and their public names (each importable from here, loaded on first use):

- ``kit``: ``Behaviour``, ``FakeApiError``, ``FakeServer``, ``Resource``, ``Sample``, ``SeenRequest``, ``serve``
- ``play``: ``OperationPlayer``
- ``read``: ``RequestReader``
- ``script``: ``AnswerScripts``, ``FAULTS``
- ``records``: ``Answer``, ``Problems``, ``Role``, ``TransportFault``
- ``shaping``: ``Chosen``, ``choose_format``, ``count_body``, ``drop_unasked``, ``matches``, ``render``, ``stamp``
- ``sandbox``: ``ADMIN_PREFIX``, ``Reply``, ``Sandbox``, ``parse_faults``, ``sandbox_of``
- ``packages``: ``load_fake``, ``package_label`` (where ``serve`` and ``sync`` find a generated package: the project's ``generated/``, a folder, an importable package)
- ``sandbox_state``: ``restore``, ``save``
- ``sandbox_faults``: ``CLOSING``, ``DEFAULT_SECONDS``, ``KINDS``, ``Fault``, ``drip_plan``, ``parse_duration``, ``parse_fault``
- ``sandbox_http``: ``Dropped``, ``SandboxServer``, ``handler``
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom_runtime.testing.kit import Behaviour as Behaviour
    from specloom_runtime.testing.kit import FakeApiError as FakeApiError
    from specloom_runtime.testing.kit import FakeServer as FakeServer
    from specloom_runtime.testing.kit import Resource as Resource
    from specloom_runtime.testing.kit import Sample as Sample
    from specloom_runtime.testing.kit import SeenRequest as SeenRequest
    from specloom_runtime.testing.kit import serve as serve
    from specloom_runtime.testing.packages import load_fake as load_fake
    from specloom_runtime.testing.packages import package_label as package_label
    from specloom_runtime.testing.play import OperationPlayer as OperationPlayer
    from specloom_runtime.testing.read import RequestReader as RequestReader
    from specloom_runtime.testing.records import Answer as Answer
    from specloom_runtime.testing.records import Problems as Problems
    from specloom_runtime.testing.records import Role as Role
    from specloom_runtime.testing.records import TransportFault as TransportFault
    from specloom_runtime.testing.sandbox import ADMIN_PREFIX as ADMIN_PREFIX
    from specloom_runtime.testing.sandbox import Reply as Reply
    from specloom_runtime.testing.sandbox import Sandbox as Sandbox
    from specloom_runtime.testing.sandbox import parse_faults as parse_faults
    from specloom_runtime.testing.sandbox import sandbox_of as sandbox_of
    from specloom_runtime.testing.sandbox_faults import CLOSING as CLOSING
    from specloom_runtime.testing.sandbox_faults import DEFAULT_SECONDS as DEFAULT_SECONDS
    from specloom_runtime.testing.sandbox_faults import KINDS as KINDS
    from specloom_runtime.testing.sandbox_faults import Fault as Fault
    from specloom_runtime.testing.sandbox_faults import drip_plan as drip_plan
    from specloom_runtime.testing.sandbox_faults import parse_duration as parse_duration
    from specloom_runtime.testing.sandbox_faults import parse_fault as parse_fault
    from specloom_runtime.testing.sandbox_http import Dropped as Dropped
    from specloom_runtime.testing.sandbox_http import SandboxServer as SandboxServer
    from specloom_runtime.testing.sandbox_http import handler as handler
    from specloom_runtime.testing.sandbox_state import restore as restore
    from specloom_runtime.testing.sandbox_state import save as save
    from specloom_runtime.testing.script import FAULTS as FAULTS
    from specloom_runtime.testing.script import AnswerScripts as AnswerScripts
    from specloom_runtime.testing.shaping import Chosen as Chosen
    from specloom_runtime.testing.shaping import choose_format as choose_format
    from specloom_runtime.testing.shaping import count_body as count_body
    from specloom_runtime.testing.shaping import drop_unasked as drop_unasked
    from specloom_runtime.testing.shaping import matches as matches
    from specloom_runtime.testing.shaping import render as render
    from specloom_runtime.testing.shaping import stamp as stamp

_OWNER = {
    'ADMIN_PREFIX': 'sandbox',
    'Answer': 'records',
    'Behaviour': 'kit',
    'CLOSING': 'sandbox_faults',
    'Chosen': 'shaping',
    'DEFAULT_SECONDS': 'sandbox_faults',
    'Dropped': 'sandbox_http',
    'FakeApiError': 'kit',
    'FakeServer': 'kit',
    'Fault': 'sandbox_faults',
    'KINDS': 'sandbox_faults',
    'OperationPlayer': 'play',
    'Problems': 'records',
    'Reply': 'sandbox',
    'RequestReader': 'read',
    'AnswerScripts': 'script',
    'FAULTS': 'script',
    'Resource': 'kit',
    'Role': 'records',
    'Sample': 'kit',
    'Sandbox': 'sandbox',
    'SandboxServer': 'sandbox_http',
    'SeenRequest': 'kit',
    'TransportFault': 'records',
    'choose_format': 'shaping',
    'count_body': 'shaping',
    'drip_plan': 'sandbox_faults',
    'drop_unasked': 'shaping',
    'handler': 'sandbox_http',
    'load_fake': 'packages',
    'matches': 'shaping',
    'package_label': 'packages',
    'parse_duration': 'sandbox_faults',
    'parse_fault': 'sandbox_faults',
    'parse_faults': 'sandbox',
    'render': 'shaping',
    'restore': 'sandbox_state',
    'sandbox_of': 'sandbox',
    'save': 'sandbox_state',
    'serve': 'kit',
    'stamp': 'shaping',
}
__all__ = ['ADMIN_PREFIX', 'Answer', 'AnswerScripts', 'Behaviour', 'CLOSING', 'Chosen', 'DEFAULT_SECONDS', 'Dropped', 'FAULTS', 'FakeApiError', 'FakeServer', 'Fault', 'KINDS', 'OperationPlayer', 'Problems', 'Reply', 'RequestReader', 'Resource', 'Role', 'Sample', 'Sandbox', 'SandboxServer', 'SeenRequest', 'TransportFault', 'choose_format', 'count_body', 'drip_plan', 'drop_unasked', 'handler', 'load_fake', 'matches', 'package_label', 'parse_duration', 'parse_fault', 'parse_faults', 'render', 'restore', 'sandbox_of', 'save', 'serve', 'stamp']


def __getattr__(name: str) -> Any:
    # lazy: importing one name loads its module only (the kit and the oracle stay unloaded)
    if name in _OWNER:
        return getattr(importlib.import_module(f"{__name__}.{_OWNER[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
