"""What generated property suites check: the independent spec oracle and the value properties (test-only: needs the [test] extra).

Modules and their public names (each importable from here, loaded on first use):

- ``oracle``: ``SpecOracle``, ``FAKE_SECRETS``, ``sendable_in``, ``carried``, ``form_body``, ``text_body``, ``secrets_for``, ``check_request``, ``node_at``, ``distinct_mutations``, ``distinct_keys``, ``accepts``
- ``answers``: ``check_answer``, ``expected_error`` (and ``answer_form``, ``encode_answer``; ``oracle`` re-exports all four, where generated suites call them)
- ``formats``: ``NAMED_FORMATS``, ``format_checker``
- ``files``: the spec's files as ``oracle`` reads them (references followed across files, bundled components found through ``ORIGINS``)
- ``uploads``: how ``oracle`` reads multipart, text and bytes request bodies
- ``reading``: how ``oracle`` reads a spec file's schemas (OpenAPI 3.0 keywords as specloom reads them)
- ``values``: ``wire_answer``, ``check_result``, ``date_examples``, ``check_date_example``, ``check_pages``
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom_runtime.proptest.answers import check_answer as check_answer
    from specloom_runtime.proptest.answers import expected_error as expected_error
    from specloom_runtime.proptest.formats import NAMED_FORMATS as NAMED_FORMATS
    from specloom_runtime.proptest.formats import format_checker as format_checker
    from specloom_runtime.proptest.oracle import FAKE_SECRETS as FAKE_SECRETS
    from specloom_runtime.proptest.oracle import SpecOracle as SpecOracle
    from specloom_runtime.proptest.oracle import accepts as accepts
    from specloom_runtime.proptest.oracle import carried as carried
    from specloom_runtime.proptest.oracle import check_request as check_request
    from specloom_runtime.proptest.oracle import distinct_keys as distinct_keys
    from specloom_runtime.proptest.oracle import distinct_mutations as distinct_mutations
    from specloom_runtime.proptest.oracle import form_body as form_body
    from specloom_runtime.proptest.oracle import node_at as node_at
    from specloom_runtime.proptest.oracle import secrets_for as secrets_for
    from specloom_runtime.proptest.oracle import sendable_in as sendable_in
    from specloom_runtime.proptest.oracle import text_body as text_body
    from specloom_runtime.proptest.values import check_date_example as check_date_example
    from specloom_runtime.proptest.values import check_pages as check_pages
    from specloom_runtime.proptest.values import check_result as check_result
    from specloom_runtime.proptest.values import date_examples as date_examples
    from specloom_runtime.proptest.values import wire_answer as wire_answer

_OWNER = {
    'FAKE_SECRETS': 'oracle',
    'NAMED_FORMATS': 'formats',
    'SpecOracle': 'oracle',
    'accepts': 'oracle',
    'carried': 'oracle',
    'check_answer': 'answers',
    'check_date_example': 'values',
    'check_pages': 'values',
    'check_request': 'oracle',
    'check_result': 'values',
    'date_examples': 'values',
    'distinct_keys': 'oracle',
    'distinct_mutations': 'oracle',
    'expected_error': 'answers',
    'form_body': 'oracle',
    'format_checker': 'formats',
    'node_at': 'oracle',
    'secrets_for': 'oracle',
    'sendable_in': 'oracle',
    'text_body': 'oracle',
    'wire_answer': 'values',
}
__all__ = ['FAKE_SECRETS', 'NAMED_FORMATS', 'SpecOracle', 'accepts', 'carried', 'check_answer', 'check_date_example', 'check_pages', 'check_request', 'check_result', 'date_examples', 'distinct_keys', 'distinct_mutations', 'expected_error', 'form_body', 'format_checker', 'node_at', 'secrets_for', 'sendable_in', 'text_body', 'wire_answer']


def __getattr__(name: str) -> Any:
    # lazy: importing one name loads its module only (the kit and the oracle stay unloaded)
    if name in _OWNER:
        return getattr(importlib.import_module(f"{__name__}.{_OWNER[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
