"""Values lint checks against their schemas (defaults, examples, client defaults), compiled.

Input: a bundled document and the JSON pointers of the schemas some value must fit. Output: for
each pointer, the compiled validator's ``is_valid`` (``specloom.validation``, formats asserted),
or None when a schema does not compile. A schema whose functions left a keyword unchecked (a
format ``specloom_runtime`` does not check, such as ``jsonschema``'s ``uri-template`` or
``duration``; a pattern we cannot translate) gets a check that always says "ask ``jsonschema``";
the others keep theirs. The functions come from the document's ``validation.checks`` (compiled
once for lint's two askers and the testing kit). Why: ``jsonschema`` costs ~0.15 s to import and
ms per value; lint asks this first and imports ``jsonschema`` only to word a value refused here
(our format checkers are as strict or stricter, so ``jsonschema`` stays the judge of a refusal
and verdicts do not change). A document naming such a format anywhere sent every value to
``jsonschema`` before (GitHub: 1,790 of them, half a second of lint); now only the values of the
schemas reaching it go there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

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
