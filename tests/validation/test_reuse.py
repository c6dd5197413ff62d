"""A module whose fast paths are replayed from the document's store is the module written afresh.

``validation.reuse`` replays what lint and the kit wrote (their calls, constants, memo sets,
warnings, imports) so that ``validators.py`` numbers everything as if it had written each
function itself. Compared byte for byte on a document with every such effect, whatever subset
was compiled first; and the replay must really happen (the emitters are not asked again)."""

from __future__ import annotations

from typing import Any

import pytest
from specloom_runtime.wire import FORMAT_CHECKERS

from specloom.validation import compile_module
from specloom.validation import compiler as compiler_module
from specloom.validation.checks import Checks
from specloom.validation.errors import CompileError


@pytest.fixture
def unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runtime without a ``uri-template`` checker: the format is then one it does not check
    (since it checks every format jsonschema does, only a later jsonschema could bring one)."""
    monkeypatch.delitem(FORMAT_CHECKERS, "uri-template")

def _document() -> dict[str, Any]:
    tag = {"type": "object", "required": ["label"], "properties": {"label": {"type": "string", "pattern": "^[a-z]+$"}}}
    return {"components": {"schemas": {
        "Tag": tag,
        "Money": {"type": "number", "multipleOf": 0.01, "minimum": 0},
        "When": {"type": "string", "format": "date-time"},
        "Odd": {"type": "string", "format": "uri-template"},  # left unchecked (_unchecked): jsonschema checks it
        "Kind": {"enum": ["a", "b", 3, None]},
        "Names": {"type": "object", "propertyNames": {"pattern": "^x-"}, "additionalProperties": {"$ref": "#/components/schemas/Tag"}},
        "Tree": {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                                                  "tag": {"$ref": "#/components/schemas/Tag"}}},
        "Item": {"type": "object", "required": ["id", "price"], "additionalProperties": False, "properties": {
            "id": {"type": "integer"}, "price": {"$ref": "#/components/schemas/Money"},
            "when": {"$ref": "#/components/schemas/When"}, "odd": {"$ref": "#/components/schemas/Odd"},
            "kind": {"$ref": "#/components/schemas/Kind"}, "names": {"$ref": "#/components/schemas/Names"},
            "tree": {"$ref": "#/components/schemas/Tree"}, "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}, "uniqueItems": True},
        }},
    }}}  # fmt: skip


NAMES = ["Tag", "Money", "When", "Odd", "Kind", "Names", "Tree", "Item"]
ENTRIES = [(name, name.lower(), f"/components/schemas/{name}") for name in NAMES]


@pytest.mark.parametrize("first", [[], ["Tag"], ["Item"], ["Tree", "Names"], NAMES])
def test_replayed_module_is_the_module_written_afresh(first: list[str], unchecked: None) -> None:
    document = _document()
    fresh = compile_module(document, ENTRIES, source_file="spec.yaml")
    checks = Checks(document)
    checks.add([f"/components/schemas/{name}" for name in first])
    replayed = compile_module(document, ENTRIES, source_file="spec.yaml", shared=checks.store)
    assert replayed.source == fresh.source
    assert replayed.warnings == fresh.warnings and fresh.warnings  # the unknown format's
    again = compile_module(document, ENTRIES, source_file="spec.yaml", shared=checks.store)
    assert again.source == fresh.source and again.warnings == fresh.warnings


def test_a_stored_fast_path_is_not_written_again(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _document()
    checks = Checks(document)
    checks.add(["/components/schemas/Item"])
    written: list[tuple[str, str]] = []
    emit = compiler_module.Compiler.emit

    def recording(self: compiler_module.Compiler, fn: Any, node: Any, *args: Any) -> None:
        if node.loc == fn.inline[0] and not fn.w.lines:
            written.append((node.loc.pointer, fn.mode))
        emit(self, fn, node, *args)

    monkeypatch.setattr(compiler_module.Compiler, "emit", recording)
    compile_module(document, [("Item", "item", "/components/schemas/Item")], source_file="spec.yaml", shared=checks.store)
    assert ("/components/schemas/Item", "e") in written  # the error path is validators.py's own
    assert not [w for w in written if w[1] == "f"], written


def test_a_replayed_fast_path_brings_its_imports_and_warnings(unchecked: None) -> None:
    # after a refused batch the checks start a new compiler, which replays the store: what the
    # functions need (``re``, ``Fraction``) is imported and the unchecked format still counts
    document = _document()
    document["components"]["schemas"]["Bad"] = {"$ref": "#/components/schemas/Nowhere"}
    checks = Checks(document)
    pointers = ["/components/schemas/Item", "/components/schemas/Odd", "/components/schemas/Money"]
    checks.add(pointers)
    with pytest.raises(CompileError):
        checks.add(["/components/schemas/Bad"])
    item = checks.add(pointers)["/components/schemas/Item"]
    assert checks.warned(["/components/schemas/Odd"]) and not checks.warned(["/components/schemas/Money"])
    assert item({"id": 1, "price": 0.07, "names": {"x-a": {"label": "ok"}}})
    assert not item({"id": 1, "price": 0.071}) and not item({"id": 1, "price": 1, "names": {"y": {"label": "ok"}}})
