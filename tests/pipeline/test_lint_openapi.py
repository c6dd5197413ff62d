"""Lint's own OpenAPI checks (``specloom.lint_openapi``) against their oracle, openapi-spec-validator:
the same verdict and the same complaints on every corpus document, on the five specs and on
invalid specs (each check of the library broken once); where the library locates a complaint
(relative to the schema it checked), ours is at that place too. Also: lint's value checks
(``lint_values``) assert the formats ``jsonschema`` does, or step aside."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from specloom import check, lint_meta, lint_openapi
from tests.pipeline.helpers import ROOT, SHARED
from tests.pipeline.test_lint_meta import linted  # the documents lint hands to its structural pass

SMALL = sorted(p for p in (SHARED / "corpora" / "openapi").glob("*") if p.suffix in (".yaml", ".yml", ".json"))
LARGE = sorted(p for p in (SHARED / "corpora" / "openapi-real").glob("*") if p.suffix in (".yaml", ".yml", ".json"))
SPECS = sorted((ROOT / "specs").glob("*.yaml"))


def _said(message: str) -> str:
    """A message with the library's set-ordered list sorted (it lists a ``set``)."""
    found = re.fullmatch(r"Required list has not defined properties: (\[.*\])", message)
    return f"Required list has not defined properties: {sorted(yaml.safe_load(found.group(1)))}" if found else message


def library(data: Any) -> list[tuple[tuple[str, ...], str]]:
    """What openapi-spec-validator says: (the path it gives, the message) of each error."""
    return sorted((tuple(str(p) for p in getattr(e, "absolute_path", ())), _said(str(e.message))) for e in check._with_jsonschema()(data).iter_errors())


def compare(data: Any) -> None:
    assert lint_meta.is_valid()(data) == (not _metaschema_errors(data))
    if not lint_meta.is_valid()(data):  # the library words these; lenient: its metaschema errors, then ours
        assert _said_all(check._refused(data, lenient=True)) == _said_all(_located_all(data))
        return
    theirs = library(data)
    ours = lint_openapi.complaints(data)
    assert sorted(_said(c.message) for c in ours) == sorted(message for _, message in theirs)
    for path, message in theirs:  # located by the library relative to its schema: ours at that place
        if path:
            relative = "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in path) + "/"
            assert any(relative in c.pointer + "/" and _said(c.message) == message for c in ours), (path, message, ours)


def _said_all(complaints: list[Any]) -> list[tuple[str, str, str]]:
    return [(c.pointer, _said(c.message), c.validator) for c in complaints]


def _located_all(data: Any) -> list[Any]:
    """The library's whole pass, located as lint locates it (what lint said before ``lint_narrow``)."""
    return [check._located(data, error) for error in check._with_jsonschema()(data).iter_errors()]


def _metaschema_errors(data: Any) -> bool:
    from openapi_spec_validator.schemas import openapi_v31_schema_validator

    return next(iter(openapi_v31_schema_validator.iter_errors(data)), None) is not None


@pytest.mark.skipif(not SMALL, reason="../shared corpus absent")
@pytest.mark.parametrize("doc", SMALL, ids=lambda p: p.stem)
def test_same_complaints_as_the_library_on_the_corpus(doc: Path) -> None:
    for data in linted(doc):
        compare(data)


@pytest.mark.corpus
@pytest.mark.parametrize("doc", LARGE, ids=lambda p: p.stem)
def test_same_complaints_as_the_library_on_the_large_documents(doc: Path) -> None:
    for data in linted(doc):
        compare(data)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_same_complaints_as_the_library_on_the_project_specs(spec: Path) -> None:
    [data] = linted(spec)
    compare(data)
    assert lint_openapi.complaints(data) == []


BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "tags": [{"name": "a"}, {"name": "b"}],
    "paths": {
        "/items/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getItem",
                "parameters": [{"name": "q", "in": "query", "schema": {"$ref": "#/components/schemas/Q"}}],
                "responses": {"200": {"$ref": "#/components/responses/Item"}},
            },
        }
    },
    "components": {
        "schemas": {
            "Q": {"type": "string", "pattern": "^[a-z]+$"},
            "Item": {"allOf": [{"properties": {"a": {"type": "string"}}}], "required": ["a"], "properties": {"b": {"type": "integer"}}},
        },
        "responses": {"Item": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}},
    },
}


def _broken(change: str) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    op = doc["paths"]["/items/{id}"]["get"]
    schemas = doc["components"]["schemas"]
    if change == "duplicate_tag":
        doc["tags"].append({"name": "a"})
    elif change == "duplicate_operation_id":
        doc["paths"]["/other"] = {"post": {"operationId": "getItem", "responses": {"200": {"description": "ok"}}}}
    elif change == "undeclared_path_parameter":
        doc["paths"]["/items/{id}/{part}"] = {"get": {"parameters": [{"name": "id", "in": "path", "required": True}], "responses": {"200": {"description": "ok"}}}}
    elif change == "path_parameter_not_in_template":
        op["parameters"].append({"name": "other", "in": "path", "required": True, "schema": {"type": "string"}})
    elif change == "duplicate_parameter":
        op["parameters"].append({"name": "q", "in": "query"})
    elif change == "required_not_defined":
        schemas["Item"]["required"] = ["a", "c", "d"]
    elif change == "python_regex_refused":
        schemas["Q"]["pattern"] = "(?<name>x)"  # ECMA-262 named group: Python's re refuses it
    elif change == "bad_regex_in_parameter_schema":
        op["parameters"][0]["schema"] = {"type": "string", "pattern": "[a-"}
    elif change == "bad_pattern_property":
        schemas["Q"] = {"type": "object", "patternProperties": {"(": {}}}
    elif change == "discriminator_without_property_name":
        schemas["Item"]["discriminator"] = {"mapping": {"a": "#/components/schemas/Q"}}
    elif change == "discriminator_stray_field":
        schemas["Item"]["discriminator"] = {"propertyName": "a", "stray": 1}
    elif change == "xml_namespace_not_a_uri":
        schemas["Q"]["xml"] = {"namespace": "not a uri"}
    elif change == "unknown_dialect":
        schemas["Q"]["$schema"] = "https://example.invalid/dialect"
    elif change == "nested_bad_type":
        schemas["Item"]["properties"]["b"] = {"type": "integr"}
    return doc


BROKEN = [
    "duplicate_tag", "duplicate_operation_id", "undeclared_path_parameter", "path_parameter_not_in_template", "duplicate_parameter",
    "required_not_defined", "python_regex_refused", "bad_regex_in_parameter_schema", "bad_pattern_property",
    "discriminator_without_property_name", "discriminator_stray_field", "xml_namespace_not_a_uri", "unknown_dialect", "nested_bad_type",
]


def test_the_base_document_is_valid() -> None:
    assert library(BASE) == [] and lint_openapi.complaints(BASE) == []


@pytest.mark.parametrize("change", BROKEN)
def test_same_complaints_as_the_library_on_broken_specs(change: str) -> None:
    doc = _broken(change)
    assert library(doc), "the change must break the document for the library"
    compare(doc)


def test_a_complaint_is_located_where_the_problem_is() -> None:
    said = {c.message: c.pointer for c in lint_openapi.complaints(_broken("duplicate_parameter"))}
    assert said == {"Duplicate parameter 'q'": "/paths/~1items~1{id}/get/parameters/1"}
    [regex] = lint_openapi.complaints(_broken("bad_pattern_property"))
    assert regex.pointer == "/components/schemas/Q/patternProperties/(" and regex.validator == "format"


def test_each_format_jsonschema_asserts_and_we_do_not_leaves_its_values_to_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    # lint's compiled checks stand for jsonschema's verdict only where they check as much: a
    # format jsonschema asserts and the runtime does not must send its schema's values there
    # (the runtime checks every format jsonschema 4.26 does; three are taken out of it here)
    from jsonschema import Draft202012Validator
    from specloom_runtime.wire.formats import FORMAT_CHECKERS

    from specloom.lint_values import _refer, compiled_checks
    from specloom.validation.checks import forget

    for name in ("uri-template", "duration", "iri"):
        monkeypatch.delitem(FORMAT_CHECKERS, name)
    lax = sorted(set(Draft202012Validator.FORMAT_CHECKER.checkers) - set(FORMAT_CHECKERS))
    assert {"uri-template", "duration", "iri"} <= set(lax)  # the installed jsonschema asserts them
    document = {"components": {"schemas": {
        **{f"F{i}": {"type": "object", "properties": {"v": {"type": "string", "format": f}}} for i, f in enumerate(lax)},
        "Plain": {"type": "object", "properties": {"n": {"type": "integer"}}},
    }}}  # fmt: skip
    found = compiled_checks(document, [f"/components/schemas/F{i}" for i in range(len(lax))] + ["/components/schemas/Plain"])
    assert found is not None
    assert all(found[f"/components/schemas/F{i}"] is _refer for i in range(len(lax))), lax
    assert found["/components/schemas/Plain"] is not _refer and found["/components/schemas/Plain"]({"n": 1})
    forget(document)
