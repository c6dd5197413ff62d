"""Lint words a value its compiled check refused with the compiled error path (issue #16).

A client default, example or ``default`` that does not fit its schema used to be worded by
``jsonschema``, imported for it with ``referencing`` (about 0.13 s: a third of the CPU of lint's
child on a small document with one bad example). The compiled validators decide and word it now,
the same ones ``validators.py`` and the testing kit use; ``jsonschema`` stays the oracle here, and
the judge only of a schema they leave partly unchecked (``test_compile_once``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from specloom import lint_wire, schema_checks
from specloom.check import prepare
from specloom.diagnostics import Reporter, join_pointer, show
from specloom.lint_values import compiled_checks, explained, refers
from specloom.load import load
from specloom.validation import checks as checks_module
from tests.pipeline.helpers import ROOT, SHARED

_ITEM = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string", "minLength": 2}}}}
# (schema, value): every refusal kind a value of an example commonly has, and fitting values
CASES: list[tuple[dict[str, Any], Any]] = [
    ({"type": "string", "minLength": 3}, "ab"),
    ({"type": "string", "minLength": 3}, "abc"),
    ({"type": "integer"}, "three"),
    ({"type": ["integer", "null"]}, None),
    ({"type": "string", "format": "email"}, "not an address"),
    ({"type": "string", "format": "date"}, "2024-02-30"),
    ({"type": "string", "pattern": "^[A-Z]+$"}, "AB1"),
    ({"enum": ["a", "b"]}, "c"),
    ({"const": 1}, 1.0),
    ({"$ref": "#/components/schemas/Item"}, {"id": 1, "tags": ["ok", "x"]}),
    ({"$ref": "#/components/schemas/Item"}, {"tags": []}),
    ({"$ref": "#/components/schemas/Item"}, {"id": 2, "tags": ["ok"]}),
    ({"type": "array", "items": {"$ref": "#/components/schemas/Item"}}, [{"id": 1}, {"id": "2"}]),
    ({"anyOf": [{"$ref": "#/components/schemas/Item"}, {"type": "null"}]}, {"id": None}),
    ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, 1.5),
    ({"type": "object", "additionalProperties": False, "properties": {"a": {}}}, {"a": 1, "b": 2}),
    ({"type": "object", "dependentRequired": {"a": ["b"]}}, {"a": 1}),
    ({"type": "object", "properties": {"a/b": {"type": "integer"}}}, {"a/b": "x"}),
]


def _document(schema: dict[str, Any], example: Any) -> dict[str, Any]:
    media = {"application/json": {"schema": schema, "example": example}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Words", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok", "content": media}}}}},
        "components": {"schemas": {"Item": _ITEM}},
    }


def _jsonschema_error(document: dict[str, Any], pointer: str, value: Any) -> Any:
    registry = Registry().with_resource("urn:doc", DRAFT202012.create_resource(document))
    validator = Draft202012Validator({"$ref": "urn:doc#" + pointer}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return next(iter(validator.iter_errors(value)), None)


@pytest.fixture(autouse=True)
def _fresh_checks() -> Any:
    checks_module._LAST.clear()
    yield
    checks_module._LAST.clear()


@pytest.mark.parametrize(("schema", "value"), CASES)
def test_an_example_is_refused_exactly_when_jsonschema_refuses_it_and_worded_without_it(
    monkeypatch: pytest.MonkeyPatch, schema: dict[str, Any], value: Any
) -> None:
    def unexpected(*_: Any) -> Any:
        raise AssertionError("jsonschema asked about a schema the compiled validators check whole")

    monkeypatch.setattr(lint_wire, "_problem", unexpected)
    document = _document(schema, value)
    reporter = Reporter("words.yaml")
    lint_wire._values_fit(document, reporter)
    pointer = "/paths/~1a/get/responses/200/content/application~1json/schema"
    error = _jsonschema_error(document, pointer, value)
    assert bool(reporter.diagnostics) == (error is not None), reporter.diagnostics
    if error is not None:
        (said,) = reporter.diagnostics
        # each case breaks one keyword once: jsonschema's first error is where ours is
        where = join_pointer("", *error.absolute_path) if error.absolute_path else "the value"
        assert said.message.startswith(f"the example does not fit its schema: {where}: "), said.message


@pytest.mark.parametrize(("schema", "value"), CASES)
def test_a_default_is_refused_and_worded_as_jsonschema_words_it(monkeypatch: pytest.MonkeyPatch, schema: dict[str, Any], value: Any) -> None:
    judge = schema_checks._Judge._jsonschema

    def unexpected(self: Any, pointer: str, value: Any) -> Any:
        assert "oneOf" in schema, "jsonschema asked about a schema the compiled validators check whole"
        return judge(self, pointer, value)  # a refused ``oneOf``: may be an overlap (a note)

    monkeypatch.setattr(schema_checks._Judge, "_jsonschema", unexpected)
    document = _document(dict(schema, default=value), None)
    pointer = "/paths/~1a/get/responses/200/content/application~1json/schema"
    reporter = Reporter("words.yaml")
    schema_checks.check(document, reporter, lenient=False)
    validator = Draft202012Validator(dict(document, **{"$ref": "#" + pointer}), format_checker=Draft202012Validator.FORMAT_CHECKER)
    expected = schema_checks._first_error(validator, value)
    said = [d.message for d in reporter.diagnostics]
    assert bool(said) == (expected is not None), said
    if expected is not None:  # each case breaks one keyword once: the first error is the one error
        assert said == [f"the default {show(value)} fails its own schema: {expected} (--lenient keeps it as documentation only)"]


def test_an_overlap_of_one_of_branches_is_still_a_note() -> None:
    document = _document({"oneOf": [{"type": "integer"}, {"type": "number"}], "default": 1}, None)
    reporter = Reporter("words.yaml")
    schema_checks.check(document, reporter, lenient=True)
    assert [(d.severity, d.message) for d in reporter.diagnostics] == [
        ("warning", "a 'default' valid under more than one 'oneOf' branch is kept (the branches overlap; its meaning is clear)")
    ]


def test_lint_imports_neither_jsonschema_nor_referencing_to_word_a_refused_value(tmp_path: Path) -> None:
    spec = tmp_path / "words.json"
    document = _document({"type": "string", "minLength": 3}, "ab")
    document["components"]["schemas"]["Item"] = dict(_ITEM, default={"id": "one"})
    spec.write_text(json.dumps(document))
    probe = f"""
import sys
from pathlib import Path
from specloom.check import prepare, verify
from specloom.load import load
resolved, reporter = prepare(load(Path({str(spec)!r})), lenient=True)
verify(resolved, reporter, lenient=True)
print(sorted({{m.split(".")[0] for m in sys.modules}} & {{"jsonschema", "referencing"}}))
print(*[d.message for d in reporter.diagnostics], sep="\\n")
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    modules, *said = result.stdout.splitlines()
    assert modules == "[]", result.stdout
    assert any("example does not fit its schema: the value: is shorter than 3 characters" in m for m in said), said
    assert any("'default' that fails its own schema" in m for m in said), said


SMALL = sorted(p for p in (SHARED / "corpora" / "openapi").glob("*") if p.suffix in (".json", ".yaml"))


@pytest.mark.skipif(not SMALL, reason="the OpenAPI corpus is absent (../shared)")
@pytest.mark.parametrize("doc", SMALL, ids=[p.name for p in SMALL])
def test_on_the_corpus_every_example_is_refused_exactly_when_jsonschema_refuses_it(doc: Path) -> None:
    resolved, _ = prepare(load(doc), lenient=True)
    data = resolved.data
    asks = lint_wire._asks(data, Reporter(doc.name))
    fast = compiled_checks(data, [pointer for pointer, _, _ in asks])
    assert fast is not None
    # a schema left partly unchecked is judged by jsonschema itself (``test_compile_once``)
    asks = [(pointer, value, say) for pointer, value, say in asks if not refers(fast[pointer])]
    refused = [(pointer, value) for pointer, value, _ in asks if not fast[pointer](value)]
    explain = explained(data, [pointer for pointer, _ in refused])
    assert explain is not None
    registry = lint_wire._registry(data)
    for pointer, value, _ in asks:
        ours = None if fast[pointer](value) else explain[pointer](value)
        theirs = lint_wire._problem(registry, pointer, value)
        assert (ours is None) == (theirs is None), (pointer, ours, theirs)


def test_only_the_schemas_a_value_does_not_fit_get_an_error_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # GitHub has about a thousand defaults, four refused: compiling every schema's error path
    # cost a second of CPU, more than the import it saved
    from specloom import lint_values

    asked: list[list[str]] = []
    explain = lint_values.explained

    def counting(data: Any, pointers: Any) -> Any:
        asked.append(sorted(pointers))
        return explain(data, pointers)

    monkeypatch.setattr(lint_values, "explained", counting)
    document = _document({"type": "string", "default": "fits"}, "fits")
    document["components"]["schemas"].update(
        {"A": {"type": "integer", "default": 1}, "B": {"type": "integer", "default": "two"}, "C": dict(_ITEM, default={"id": 3})}
    )
    reporter = Reporter("words.yaml")
    schema_checks.check(document, reporter, lenient=False)
    lint_wire._values_fit(document, reporter)
    assert asked == [["/components/schemas/B"]]
    assert [d.pointer for d in reporter.diagnostics] == ["/components/schemas/B/default"]


def test_a_refusal_whose_error_path_would_be_large_goes_to_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    from specloom import lint_values

    chain = {
        "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"type": "array", "items": {"$ref": "#/components/schemas/C"}},
        "C": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}, "n": {"type": "integer"}}},
    }
    document = _document({"$ref": "#/components/schemas/A"}, {"b": [{"n": "three"}]})
    document["components"]["schemas"].update(chain)
    fast = compiled_checks(document, ["/components/schemas/A", "/components/schemas/C"])
    assert fast is not None
    checks = checks_module.for_document(document)
    reach = checks.reach(["/components/schemas/A"])
    assert reach >= 1 and checks.reach(["/components/schemas/A", "/components/schemas/C"]) >= reach
    monkeypatch.setattr(lint_values, "EXPLAINED_FUNCTIONS", reach - 1)
    assert lint_values.explained(document, ["/components/schemas/A"]) is None
    reporter = Reporter("words.yaml")
    lint_wire._values_fit(document, reporter)
    assert [d.message for d in reporter.diagnostics] == ["the example does not fit its schema: /b/0/n: 'three' is not of type 'integer'"]


def test_explained_compiles_what_no_check_compiled_before() -> None:
    document = _document({"type": "integer"}, 1)
    checks_module._LAST.clear()
    explain = explained(document, ["/components/schemas/Item"])
    assert explain is not None
    (violation,) = explain["/components/schemas/Item"]({"tags": ["ab"]}) or []
    assert (violation.instance_path, violation.keyword) == ("", "required")
    assert explain["/components/schemas/Item"]({"id": 1}) is None
