"""Hostile instances: huge depth, huge strings, non-JSON Python values.

Contract (see ``specloom_runtime.wire.validation``): non-recursive schemas answer at any depth;
recursive schemas that run out of stack raise ``RecursionLimitError`` and nothing else; values
that are not JSON (tuple, bytes, set, NaN, infinities) belong to no JSON type.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

import pytest
from specloom_runtime.wire import RecursionLimitError

from specloom.validation import compile_validator

DEPTH = 100_000


def _deep_list() -> list[object]:
    root: list[object] = []
    cur = root
    for _ in range(DEPTH):
        nxt: list[object] = []
        cur.append(nxt)
        cur = nxt
    return root


def _deep_dict() -> dict[str, object]:
    root: dict[str, object] = {}
    cur = root
    for _ in range(DEPTH):
        nxt: dict[str, object] = {}
        cur["a"] = nxt
        cur = nxt
    return root


FLAT = [
    ({"type": "array", "items": {"type": "array"}}, True, False),
    ({"const": [[1]]}, False, False),
    ({"enum": [[[]], {"a": {}}]}, False, False),
    ({"uniqueItems": True}, True, True),
    ({"properties": {"a": {"properties": {"a": {"type": "object"}}}}}, True, True),
    ({"not": {"type": "array"}}, False, True),
    ({"items": {"items": {"items": {"maxItems": 0}}}}, False, True),
]


@pytest.mark.parametrize(("schema", "list_ok", "dict_ok"), FLAT)
def test_non_recursive_schema_answers_at_any_depth(schema: object, list_ok: bool, dict_ok: bool) -> None:
    v = compile_validator(schema)
    deep_list, deep_dict = _deep_list(), _deep_dict()
    assert v.is_valid(deep_list) is list_ok
    assert v.is_valid(deep_dict) is dict_ok
    assert (not list(v.iter_errors(deep_list))) is list_ok
    assert v.is_valid([deep_list, deep_list]) is (list_ok and "uniqueItems" not in schema)  # type: ignore[operator]


def test_recursive_schema_raises_one_distinct_error() -> None:
    v = compile_validator({"$defs": {"t": {"type": "array", "items": {"$ref": "#/$defs/t"}}}, "$ref": "#/$defs/t"})
    assert v.is_valid([[[]]]) and not v.is_valid([[[1]]])
    deep = _deep_list()
    for call in (v.is_valid, v.validate, lambda x: list(v.iter_errors(x))):
        with pytest.raises(RecursionLimitError):
            call(deep)


def test_ten_megabyte_string_is_cheap() -> None:
    text = "a" * 10_000_000
    v = compile_validator({"maxLength": 20, "pattern": "^\\+?[0-9 ]{6,20}$", "format": "email"}, formats="assert")
    start = time.perf_counter()
    assert not v.is_valid(text)
    errors = list(v.iter_errors(text))
    assert {e.keyword for e in errors} == {"maxLength"}  # pattern and format run within bounds only
    assert all(len(e.message) < 200 for e in errors)
    assert time.perf_counter() - start < 0.5


NOT_JSON = [float("nan"), float("inf"), -float("inf"), (1, 2), b"ab", {1, 2}, frozenset(), object()]


@pytest.mark.parametrize("value", NOT_JSON, ids=lambda v: type(v).__name__ + str(NOT_JSON.index(v)))
@pytest.mark.parametrize("kind", ["null", "boolean", "object", "array", "number", "integer", "string"])
def test_non_json_values_belong_to_no_type(value: object, kind: str) -> None:
    v = compile_validator({"type": kind})
    assert not v.is_valid(value)
    assert [e.keyword for e in v.iter_errors(value)] == ["type"]


@pytest.mark.parametrize("value", NOT_JSON, ids=lambda v: type(v).__name__ + str(NOT_JSON.index(v)))
def test_non_json_values_are_ignored_by_typed_keywords_and_equal_nothing(value: object) -> None:
    assert compile_validator({"minimum": 0, "maxLength": 1, "minItems": 5, "multipleOf": 3}).is_valid(value)
    assert not compile_validator({"enum": [[1, 2], 1, "ab", None]}).is_valid(value)
    assert compile_validator({"uniqueItems": True}).is_valid([value, value])


def test_huge_ints_and_bools() -> None:
    v = compile_validator({"type": "integer", "maximum": 10**400, "multipleOf": 7})
    assert v.is_valid(7 * 10**399) and not v.is_valid(7 * 10**399 + 1) and not v.is_valid(10**401)
    assert not v.is_valid(True)
    assert compile_validator({"type": "integer"}).is_valid(1.0)
    assert not compile_validator({"const": 1}).is_valid(True)
    assert compile_validator({"const": [1, {"a": 0.0}]}).is_valid([1.0, {"a": 0}])


def test_non_string_keys_fail_keywords_that_read_names() -> None:
    schema: Mapping[str, object]
    for schema in ({"additionalProperties": False}, {"propertyNames": {}}, {"patternProperties": {"a": {}}},
                   {"additionalProperties": {}}, {"unevaluatedProperties": {"type": "string"}}):  # fmt: skip
        v = compile_validator(schema)
        assert not v.is_valid({1: "x"}) and list(v.iter_errors({1: "x"})), schema
        assert v.is_valid({"a": "x"}) or schema == {"additionalProperties": False}
    assert compile_validator({"type": "object", "properties": {"a": {}}}).is_valid({1: "x"})


def test_regex_format_refuses_an_over_long_value_without_compiling_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import specloom_runtime.wire.formats as formats

    translated: list[str] = []

    def translate(text: str) -> str:
        translated.append(text)
        return text

    monkeypatch.setattr(formats, "translate", translate)
    check = formats.FORMAT_CHECKERS["regex"]
    assert not check("a" * 4_000_000)
    assert translated == []  # refused on its length alone: nothing was translated or compiled
    assert check("a" * 1000) and translated == ["a" * 1000]  # the documented bound is inclusive
    v = compile_validator({"format": "regex"}, formats="assert")
    [error] = list(v.iter_errors("(" * 1001))
    assert "at most 1000 characters" in error.message and len(error.message) < 200


def test_regex_format_answers_for_deeply_nested_groups() -> None:
    """re's parser recurses per group: a short, deeply nested value is invalid, not a crash."""
    check = compile_validator({"format": "regex"}, formats="assert")
    assert not check.is_valid("(" * 490 + ")" * 490)
    assert check.is_valid("((a))")
