"""Values lint checks against their schemas (defaults, examples, client defaults), compiled.

Input: a bundled document and the JSON pointers of the schemas some value must fit. Output: for
each pointer, the compiled validator's ``is_valid`` (``specloom.validation``, formats asserted),
or None when a schema does not compile; for the values they refuse, the violations the compiled
error path finds (``explained``), which word them. A schema whose functions left a keyword
unchecked (a format ``specloom_runtime`` does not check, such as ``jsonschema``'s
``uri-template`` or ``duration``; a pattern we cannot translate) gets a check that always says
"ask ``jsonschema``"; the others keep theirs, and their verdict is the one ``validators.py`` and
the testing kit give. The functions come from the document's ``validation.checks`` (compiled once
for lint's two askers and the testing kit). Why: ``jsonschema`` costs ~0.13 s to import (with
``referencing``) and ms per value: it was asked about every value, then only about the ones
refused here (a document naming such a format anywhere sent every value to it: GitHub's 1,790,
half a second of lint), and now only about the values of the schemas left partly unchecked and
about refusals whose error path would cost more than importing it (``EXPLAINED_FUNCTIONS``).
``jsonschema`` stays the oracle in the tests (``tests/pipeline/test_lint_words.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom_runtime.wire import Violation

IsValid = Callable[[Any], bool]


def compiled_checks(data: Any, pointers: Iterable[str]) -> dict[str, IsValid] | None:
    """``{pointer: is_valid}`` for the schemas at ``pointers`` in ``data``, or None (ask ``jsonschema``)."""
    wanted = sorted(set(pointers))
    if not wanted:
        return {}
    from specloom.validation.checks import for_document

    checks = for_document(data)  # shared with lint's other value checks and the testing kit
    try:
        found = checks.add(wanted)
    except Exception:  # CompileError, a RecursionError, a shape the compiler does not expect: jsonschema decides
        return None
    # a schema whose functions left something unchecked (an unknown format, a pattern) would not
    # give jsonschema's verdict: its values go to jsonschema, the others keep the compiled check
    return {p: _refer if checks.warned([p]) else check for p, check in found.items()}


def _refer(value: Any) -> bool:
    """The check of a schema compiled with something unchecked: never sure, ask ``jsonschema``."""
    return False


def refers(check: IsValid) -> bool:
    """Whether ``check`` is that of a schema left partly unchecked (its values go to ``jsonschema``)."""
    return check is _refer


Explain = Callable[[Any], "list[Violation] | None"]
# The most functions an error path is written for (the functions the refused schemas' checks
# reach; the error path has about as many, each written and compiled: 1-3 ms of CPU apiece).
# Square's 27 refused defaults reach 193 (0.19 s), where importing ``jsonschema`` and asking it
# cost 0.09 s; Box's 12 refused examples reach 16 (0.05 s), Twilio's 5 reach 3, GitHub's 6 reach 5.
EXPLAINED_FUNCTIONS = 50


def explained(data: Any, pointers: Iterable[str]) -> dict[str, Explain] | None:
    """``{pointer: value -> its violations}`` from the compiled error path, for values the
    compiled checks refused; None (ask ``jsonschema``) when the batch does not compile, or when
    its checks reach more than ``EXPLAINED_FUNCTIONS`` functions (``jsonschema`` is cheaper).

    Only for pointers whose check is not ``_refer``: their functions left nothing unchecked, so
    these violations are the verdict (the one ``validators.py`` and the testing kit give), and
    ``jsonschema`` (0.1 s to import, with ``referencing``) is needed only to word a value of a
    schema left partly unchecked. An explanation is None when it finds nothing (the fast path
    refused the value, so the two paths disagree: ``tests/validation/test_differential.py``
    looks for that) or fails."""
    wanted = sorted(set(pointers))
    if not wanted:
        return {}
    from specloom.validation.api import compile_module
    from specloom.validation.checks import for_document, store_of

    entries = [(pointer, f"v{i}", pointer) for i, pointer in enumerate(wanted)]
    try:
        checks = for_document(data)
        checks.add(wanted)  # compiled already by the caller's ``compiled_checks``: nothing new
        if checks.reach(wanted) > EXPLAINED_FUNCTIONS:
            return None
        # the fast paths lint compiled are replayed (``shared``); only the error paths are new
        module = compile_module(data, entries, source_file="", shared=store_of(data))
        namespace: dict[str, Any] = {"__name__": "specloom_explain"}
        # executing text that *we* generated: the document's strings only appear in repr() literals
        exec(compile(module.source, "<specloom explain>", "exec"), namespace)  # noqa: S102
    except Exception:  # CompileError, a RecursionError: jsonschema words these values
        return None
    validators = namespace["VALIDATORS"]
    return {pointer: partial(_violations, validators[pointer]) for pointer in wanted}


def _violations(validator: Any, value: Any) -> list[Violation] | None:
    try:
        found = list(validator.iter_errors(value))
    except Exception:  # too deep for the stack (RecursionLimitError): jsonschema words it
        return None
    return found or None
