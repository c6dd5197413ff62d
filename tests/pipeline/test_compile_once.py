"""Each schema's validator is written once per document and kind, not once per stage that asks.

Lint (defaults, then examples) and the testing kit (answers) only need ``is_valid``; they share
one per-document ``validation.checks``. ``validators.py`` replays the fast paths they wrote
(``validation.reuse``) and writes only the rest and the error paths. Counted, not timed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from specloom_runtime.wire import FORMAT_CHECKERS, RecursionLimitError

from specloom.validation import checks as checks_module
from specloom.validation import compiler
from specloom.validation.checks import Checks, for_document, forget
from specloom.validation.errors import CompileError
from tests.pipeline.helpers import run_cli, write_spec

SPEC = """\
openapi: 3.1.0
info: {title: Shared, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Item"}}
              example: [{id: 1, tag: {label: a}}]
    post:
      operationId: createItem
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Item"}
      responses:
        "201":
          description: made
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
              example: {id: 2}
components:
  schemas:
    Tag:
      type: object
      required: [label]
      properties:
        label: {type: string, minLength: 1}
    Item:
      type: object
      required: [id]
      default: {id: 0}
      properties:
        id: {type: integer, minimum: 0}
        tag: {$ref: "#/components/schemas/Tag"}
"""


def _written(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """(schema pointer, function kind) -> how many times a compiler wrote that function."""
    written: Counter[tuple[str, str]] = Counter()
    emit = compiler.Compiler.emit

    def recording(self: compiler.Compiler, fn: Any, node: Any, *args: Any) -> None:
        if node.loc == fn.inline[0] and not fn.w.lines:  # a function's own schema, first asked
            written[(node.loc.pointer, fn.mode)] += 1
        emit(self, fn, node, *args)

    monkeypatch.setattr(compiler.Compiler, "emit", recording)
    return written


def test_generate_writes_each_function_once_per_kind_beyond_validators_py(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = _written(monkeypatch)
    spec = write_spec(tmp_path, "shared.yaml", SPEC)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    # lint (Item's default, then the examples' schemas), the kit (the answers) and validators.py
    # all need Item: its fast path is written once, by lint, and replayed by validators.py
    assert written[("/components/schemas/Item", "f")] == 1, written
    assert written[("/components/schemas/Item", "e")] == 1, written
    assert max(written.values()) == 1, written  # nothing at all is written twice


def _document() -> dict[str, Any]:
    return {
        "components": {"schemas": {
            "Tag": {"type": "object", "required": ["label"], "properties": {"label": {"type": "string", "minLength": 1}}},
            "Item": {"type": "object", "properties": {"tag": {"$ref": "#/components/schemas/Tag"}}},
            "Tree": {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}},
            "Bad": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/Nowhere"}}},
        }},
    }  # fmt: skip


def test_a_later_batch_compiles_only_what_is_new() -> None:
    checks = Checks(_document())
    first = checks.add(["/components/schemas/Tag"])
    assert checks.compilations == 1
    second = checks.add(["/components/schemas/Item", "/components/schemas/Tag"])
    assert checks.compilations == 2  # Item's function; Tag's is the first batch's
    assert second["/components/schemas/Tag"] is first["/components/schemas/Tag"]
    item = second["/components/schemas/Item"]
    assert item({"tag": {"label": "x"}}) and item({}) and not item(3)
    assert not item({"tag": {"label": ""}}) and not item({"tag": {}})


def test_a_failed_batch_starts_afresh_and_recursion_is_reported_as_too_deep() -> None:
    checks = Checks(_document())
    tag = checks.add(["/components/schemas/Tag"])["/components/schemas/Tag"]
    with pytest.raises(CompileError):
        checks.add(["/components/schemas/Bad"])
    assert tag({"label": "kept"})  # what the earlier batch returned still works
    tree = checks.add(["/components/schemas/Tree"])["/components/schemas/Tree"]
    assert tree({"kids": [{"kids": []}]}) and not tree({"kids": [3]})
    deep: dict[str, Any] = {}
    for _ in range(100_000):
        deep = {"kids": [deep]}
    with pytest.raises(RecursionLimitError):
        tree(deep)


def test_the_memo_is_per_document_and_forgotten_on_request() -> None:
    one, two = _document(), _document()
    assert for_document(one) is for_document(one)
    first = for_document(one)
    assert for_document(two) is not first  # another document: another compiler
    assert for_document(one) is not first  # only the last document is kept
    again = for_document(one)
    forget(one)
    assert for_document(one) is not again
    checks_module._LAST.clear()


@pytest.mark.parametrize(("unchecked", "fitting"), [("no-such-format", "anything"), ("uri-template", "/a/{b}"), ("duration", "P1D")])
def test_only_the_values_of_a_schema_left_partly_unchecked_go_to_jsonschema(monkeypatch: pytest.MonkeyPatch, unchecked: str, fitting: str) -> None:
    # the runtime checks every format jsonschema does: these two are taken out of it here
    monkeypatch.delitem(FORMAT_CHECKERS, "uri-template")
    monkeypatch.delitem(FORMAT_CHECKERS, "duration")
    # a format jsonschema checks and we do not (uri-template) once sent every value of the
    # document to jsonschema (GitHub: 1,790 of them); like an unknown one, only its schema's now
    from specloom import lint_wire
    from specloom.diagnostics import Reporter

    def media(schema: dict[str, Any], example: Any) -> dict[str, Any]:
        return {"description": "ok", "content": {"application/json": {"schema": schema, "example": example}}}

    document = {
        "openapi": "3.1.0",
        "info": {"title": "Formats", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "getA", "responses": {
            "200": media({"type": "string", "format": unchecked}, fitting),  # unchecked here
            "201": media({"type": "integer"}, 3),
            "202": media({"type": "integer"}, "three"),
        }}}},
    }  # fmt: skip
    asked: list[str] = []
    problem = lint_wire._problem

    def counting(registry: Any, pointer: str, value: Any) -> Any:
        asked.append(pointer.split("/")[-4])
        return problem(registry, pointer, value)

    monkeypatch.setattr(lint_wire, "_problem", counting)
    reporter = Reporter("formats.yaml")
    lint_wire._values_fit(document, reporter)
    # the schema of a format jsonschema checks (and we do not) is judged by jsonschema; the integer
    # that fits is decided by its compiled check (the batch used to go to jsonschema whole), and so
    # is a format neither checks (both ignore it); the integer refused is worded by the compiled
    # error path (it went to jsonschema too, imported for it)
    assert sorted(asked) == ([] if unchecked == "no-such-format" else ["200"]), asked
    assert [d.message for d in reporter.diagnostics] == ["the example does not fit its schema: the value: 'three' is not of type integer"]
    checks_module._LAST.clear()


def test_which_checks_reach_a_warning_is_worked_out_once_per_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(FORMAT_CHECKERS, "uri-template")  # so that the format is left unchecked
    # lint asks ``warned`` for each of its pointers: the call graph was walked backwards from the
    # warned functions once per question, quadratic in a large document (about 1 s on 1,754 of them)
    walks = 0
    reaching = checks_module._reaching

    def counting(edges: Any, targets: Any) -> Any:
        nonlocal walks
        walks += 1
        return reaching(edges, targets)

    document = {
        "components": {"schemas": {
            "Odd": {"type": "string", "format": "uri-template"},  # left unchecked (jsonschema checks it): a warning
            "Holder": {"type": "object", "properties": {"odd": {"$ref": "#/components/schemas/Odd"}}},
            "Plain": {"type": "integer"},
        }},
    }  # fmt: skip
    checks = Checks(document)
    first = ["/components/schemas/Plain", "/components/schemas/Holder"]
    checks.add(first)
    monkeypatch.setattr(checks_module, "_reaching", counting)
    assert [checks.warned([p]) for p in first * 3] == [False, True] * 3
    assert walks == 1
    checks.add(["/components/schemas/Odd"])  # a new batch: asked again
    assert checks.warned(["/components/schemas/Odd"]) and not checks.warned(["/components/schemas/Plain"])
    assert walks == 3  # the batch's own walk (which functions may recurse), then one for the warnings


def test_alike_property_schemas_share_one_function_and_keep_their_verdicts() -> None:
    # Box asks about 1,679 property schemas with an example, about 240 of them distinct: each
    # was a function of its own (written, compiled, executed) before the first fork
    from jsonschema import Draft202012Validator

    alike = [{"type": "string", "maxLength": 3, "description": f"field {i}", "example": f"e{i}", "x-note": i} for i in range(6)]
    other = [
        {"type": "string", "maxLength": 4},  # another bound: another function
        {"type": "string", "maxLength": 3, "format": "email"},  # another keyword
        {"type": ["string", "null"], "maxLength": 3},
        {"type": "string", "maxLength": 3, "enum": ["a", "abc", "abcd"]},
        {"type": "string", "maxLength": 3, "items": False},  # a boolean subschema is a value like any
        {"$ref": "#/components/schemas/Short"},  # a reference: never shared
        {"type": "array", "items": {"type": "string", "maxLength": 3}},  # a subschema: never shared
    ]
    properties = {f"p{i}": schema for i, schema in enumerate(alike + other)}
    document = {"components": {"schemas": {
        "Holder": {"type": "object", "properties": properties, "additionalProperties": {"type": "string", "maxLength": 3}},
        "Short": {"type": "string", "maxLength": 3},
        "Also": {"type": "string", "maxLength": 3},  # a component: validators.py names it, so it keeps its own
    }}}  # fmt: skip
    pointers = [f"/components/schemas/Holder/properties/p{i}" for i in range(len(properties))]
    pointers += ["/components/schemas/Holder/additionalProperties", "/components/schemas/Short", "/components/schemas/Also"]
    checks = Checks(document)
    found = checks.add(pointers)
    # the six alike and additionalProperties share one; each other schema, Short and Also their
    # own (the bare reference is Short's function itself)
    assert found[pointers[11]] is found["/components/schemas/Short"]
    assert checks.compilations == 1 + (len(other) - 1) + 2, checks.compilations
    shared = {id(found[p]) for p in pointers[:6]} | {id(found["/components/schemas/Holder/additionalProperties"])}
    assert len(shared) == 1
    assert shared.isdisjoint(id(found[p]) for p in pointers[6:] if not p.endswith("additionalProperties"))
    registry_root = {"$defs": {}, **document}
    for pointer in pointers:
        oracle = Draft202012Validator({**registry_root, "$ref": "#" + pointer}, format_checker=Draft202012Validator.FORMAT_CHECKER)
        for value in ("abc", "abcd", "a@b.c", None, ["abc"], ["abcd"], 3):
            assert found[pointer](value) is oracle.is_valid(value), (pointer, value)
    checks_module._LAST.clear()
