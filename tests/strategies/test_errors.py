"""Schemas with no value, or beyond the compiler, fail generation naming keyword and pointer.

Never a strategy that draws invalid data: the compiler refuses instead, and ``specloom
generate`` reports it as ``file: pointer: keyword: message`` with exit status 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]

from specloom.strategies import StrategyError, compile_strategy
from specloom.strategies.keywords import KEYWORDS, lookup
from tests.pipeline.helpers import run_cli

CASES: list[tuple[str, Any, str, str]] = [
    ("minimum above maximum", {"type": "number", "minimum": 5, "maximum": 3}, "minimum", "/minimum"),
    ("integer bounds", {"type": "integer", "exclusiveMinimum": 1, "exclusiveMaximum": 2}, "minimum", "/exclusiveMinimum"),
    ("not: {}", {"not": {}}, "not", "/not"),
    ("enum disjoint from type", {"type": "string", "enum": [1, 2]}, "enum", "/enum"),
    ("const against a bound", {"type": "integer", "const": 3, "minimum": 4}, "const", "/const"),
    # no multiple of 1.5 lies strictly between -10 and -9: the non-integral multiples were drawn
    # from a range of them filtered by the bounds, every draw refused (explorer, seed 2105)
    ("multipleOf between close bounds", {"type": "number", "exclusiveMinimum": -10, "exclusiveMaximum": -9, "multipleOf": 1.5}, "minimum", ""),
    ("non-integral multipleOf between close bounds", {"type": "number", "exclusiveMinimum": -10, "exclusiveMaximum": -9, "multipleOf": 1.5,
     "not": {"type": "integer"}}, "multipleOf", "/multipleOf"),
    ("lengths", {"type": "string", "minLength": 5, "maxLength": 2}, "minLength", "/minLength"),
    ("required but false", {"type": "object", "required": ["a"], "properties": {"a": False}}, "required", "/required"),
    ("nested, under required", {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer", "minimum": 3, "maximum": 1}}},
     "minimum", "/properties/a/minimum"),
    ("oneOf of identical branches", {"oneOf": [{"type": "string"}, {"type": "string"}]}, "oneOf", "/oneOf"),
    ("uniqueItems beyond the enum", {"type": "array", "items": {"enum": [1, 2]}, "uniqueItems": True, "minItems": 3}, "minItems", "/minItems"),
    # two unique items must both be [] (explorer, seed 2034): the strategy filtered out every draw
    ("uniqueItems beyond contains", {"type": "array", "contains": {"type": "array", "maxItems": 0}, "minContains": 2, "uniqueItems": True},
     "minContains", "/contains"),
    # items (or prefixItems, contains, properties) that can have no value leave only the empty
    # container, which not: excludes; no maxItems/maxProperties 0 said so, and the strategy
    # filtered out every draw: the suite failed Unsatisfiable (explorer, seed 2053)
    ("only [] left, excluded", {"type": "array", "items": {"type": "integer", "allOf": [{"type": "array"}]}, "not": {"const": []}}, "not", ""),
    ("only [] left by prefixItems, excluded", {"type": "array", "prefixItems": [False], "not": {"const": []}}, "not", ""),
    ("only [] left by contains, excluded", {"type": "array", "items": {"type": "null"}, "contains": {"type": "null"}, "minContains": 0,
     "maxContains": 0, "not": {"const": []}}, "not", ""),
    ("only {} left, excluded", {"type": "object", "properties": {"a": False}, "additionalProperties": False, "not": {"const": {}}}, "not", ""),
    # fewer names than minProperties: propertyNames lists one; Hypothesis raised InvalidArgument
    # when drawing (a dictionary of 2 unique keys from 1), the whole strategy with it
    ("names listed by propertyNames, too few", {"type": "object", "propertyNames": {"enum": ["a"]}, "minProperties": 2}, "minProperties",
     "/minProperties"),
    ("a property propertyNames refuses, too few names", {"type": "object", "properties": {"b": {}}, "propertyNames": {"enum": ["a"]},
     "minProperties": 2}, "minProperties", "/minProperties"),
    # a declared property among the listed names is no extra name: {a, b} hold two properties,
    # not b and two more (the count was an upper bound, and every draw was filtered out)
    ("a property propertyNames lists, too few names", {"type": "object", "properties": {"b": {}}, "propertyNames": {"enum": ["a", "b"]},
     "minProperties": 3}, "minProperties", "/minProperties"),
    ("anyOf of impossible branches", {"type": "integer", "anyOf": [{"type": "string"}, {"type": "null"}]}, "anyOf", "/anyOf"),
    ("if/then/else that cannot hold", {"type": "integer", "if": {"minimum": 0}, "then": {"type": "string"}, "else": {"type": "string"}}, "if", "/if"),
    ("infinite recursion", {"$defs": {"n": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"},
     "$ref", "/$defs/n"),
    # every array needs an item that is such an array (contains: minContains 1 by default): the
    # strategy filtered out every draw, and the suite failed its health check (explorer, seed 2016)
    ("infinite recursion through contains", {"$defs": {"n": {"type": "array", "contains": {"$ref": "#/$defs/n"}}}, "$ref": "#/$defs/n"},
     "$ref", "/$defs/n"),
    # objects that match if cannot satisfy then (an array), the rest must be arrays of at least
    # one such value: no finite value, but the strategy recursed until Hypothesis overran, and
    # the suite failed Unsatisfiable (explorer, seed 2073)
    ("infinite recursion through if/else", {"$defs": {"n": {"if": {"type": "object"}, "then": {"type": "array"},
     "else": {"type": "array", "items": {"$ref": "#/$defs/n"}, "minItems": 1}}}, "$ref": "#/$defs/n"}, "$ref", "/$defs/n"),
    # the self-reference is required only through dependentRequired (a required name needs it):
    # the strategy nested until its depth bound and filtered out every draw, and the suite failed
    # its health check (explorer, seed 3125)
    ("infinite recursion through dependentRequired", {"$defs": {"n": {"type": "object", "required": ["k"], "dependentRequired": {"k": ["m"],
     "m": ["next"]}, "properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"}, "$ref", "/$defs/n"),
    ("two formats at once", {"type": "string", "allOf": [{"format": "date"}, {"format": "email"}]}, "format", "/allOf/1/format"),
    ("$dynamicRef", {"$dynamicRef": "#node"}, "$dynamicRef", "/$dynamicRef"),
    ("draft 7 dependencies", {"dependencies": {"a": ["b"]}}, "dependencies", "/dependencies"),
    ("unknown keyword", {"type": "string", "maxLenght": 3}, "maxLenght", "/maxLenght"),
    ("remote $ref", {"$ref": "https://example.com/s.json"}, "$ref", "/$ref"),
    ("lookaround pattern", {"type": "string", "pattern": "^(?=a)a+$"}, "pattern", "/pattern"),
]  # fmt: skip


@pytest.mark.parametrize(("schema", "keyword", "pointer"), [pytest.param(s, k, p, id=name) for name, s, k, p in CASES])
def test_generation_error_names_keyword_and_pointer(schema: Any, keyword: str, pointer: str) -> None:
    with pytest.raises(StrategyError) as info:
        compile_strategy(schema)
    assert (info.value.keyword, info.value.pointer) == (keyword, pointer), str(info.value)


def test_satisfiable_neighbours_of_the_error_cases_compile() -> None:
    """The errors above come from the conflicts, not from the keywords themselves."""
    for schema in ({"minimum": 5, "maximum": 3}, {"type": "string", "enum": ["a", 2]}, {"type": "object", "properties": {"a": False}},
                   {"not": {"type": "string"}}, {"$defs": {"n": {"type": "object", "properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"},
                   {"$defs": {"n": {"type": "array", "contains": {"$ref": "#/$defs/n"}, "minContains": 0}}, "$ref": "#/$defs/n"},
                   {"$defs": {"n": {"type": "object", "required": ["k"], "dependentRequired": {"m": ["next"]},
                    "properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"},
                   {"type": "array", "contains": {"type": "boolean"}, "minContains": 2, "uniqueItems": True},
                   {"type": "object", "propertyNames": {"enum": ["a", "b"]}, "minProperties": 2},
                   {"type": "object", "properties": {"b": {}}, "propertyNames": {"enum": ["a", "b", "c"]}, "minProperties": 3},
                   {"type": "array", "items": False, "not": {"const": [1]}}, {"type": ["array", "string"], "items": False, "not": {"const": []}},
                   {"type": "object", "additionalProperties": False, "not": {"const": {"a": 1}}},
                   {"type": "number", "minimum": -10.5, "exclusiveMaximum": -9, "multipleOf": 1.5},
                   {"$defs": {"n": {"if": {"type": "object"}, "then": {"type": "object"}, "else": {"type": "array", "items": {"$ref": "#/$defs/n"},
                    "minItems": 1}}}, "$ref": "#/$defs/n"}):  # fmt: skip
        compile_strategy(schema)


def test_a_schema_beyond_the_compiler_is_not_called_empty() -> None:
    """The explorer's seed 2000: ``{}`` satisfies this object, whose bounds beside a presence rule
    the compiler does not draw; its refusal said "no JSON type is allowed here" (the non-objects a
    ``dependentSchemas`` allows, dropped under ``type: object``) instead of what it cannot do."""
    schema = {"type": "object", "dependentRequired": {"a": ["a"]}, "dependentSchemas": {"b": {"maxProperties": 4}}, "maxProperties": 4}
    assert Draft202012Validator(schema).is_valid({})
    with pytest.raises(StrategyError) as info:
        compile_strategy(schema)
    assert (info.value.keyword, info.value.pointer) == ("minProperties", ""), str(info.value)
    assert "beyond the strategy compiler" in str(info.value)


def test_the_keyword_table_covers_the_2020_12_vocabulary() -> None:
    keywords = set(Draft202012Validator.VALIDATORS)
    for uri in REGISTRY:
        if uri.startswith("https://json-schema.org/draft/2020-12/meta/"):
            keywords |= set(REGISTRY.contents(uri).get("properties", {}))
    assert keywords <= set(KEYWORDS), sorted(keywords - set(KEYWORDS))
    assert {entry.role for entry in KEYWORDS.values()} <= {"handler", "structure", "annotation", "refused"}
    assert all(entry.reason for entry in KEYWORDS.values() if entry.role == "refused")
    assert lookup("x-specloom-decode-strings") is not None and lookup("x-specloom-decode-strings").role == "annotation"  # type: ignore[union-attr]


def test_annotations_are_ignored_knowingly() -> None:
    schema = {"type": "string", "title": "t", "description": "d", "examples": [1], "default": 5, "readOnly": True,
              "deprecated": True, "x-specloom-client-default": "x", "format": "not-a-known-format", "$comment": "c"}  # fmt: skip
    assert "st.text()" in compile_strategy(schema).source or "st.text(min_size=0)" in compile_strategy(schema).source


def test_generate_reports_an_unsatisfiable_spec_schema(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {"Item": {"type": "object", "required": ["n"],
                                            "properties": {"n": {"type": "integer", "minimum": 10, "maximum": 1}}}}},
    }  # fmt: skip
    text = json.dumps(spec, indent=2)
    (tmp_path / "api.json").write_text(text)
    line = text.splitlines().index('            "minimum": 10,') + 1
    where = f"api.json:{line}: /components/schemas/Item/properties/n/minimum:"
    code, _, err = run_cli("generate", str(tmp_path / "api.json"), "--out", str(tmp_path / "out"), "--strict")
    assert code == 2
    assert f"{where} minimum:" in err, err
    assert not (tmp_path / "out").exists()
    # without --strict, the schema's strategy alone is lost, said at the same place
    code, _, err = run_cli("generate", str(tmp_path / "api.json"), "--out", str(tmp_path / "out"))
    assert code == 0 and f"{where} warning: minimum:" in err and "no strategy for Item" in err, err
