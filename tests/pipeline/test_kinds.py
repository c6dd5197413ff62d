"""``specloom.ir.kinds.json_kinds``: the kinds a schema can hold, an over-estimate, so that the
refusals built on it (a form body with no object, a text body with no string, a required
parameter that can only be null) are always right. Judged by ``jsonschema``: every value it
accepts has a kind the answer names, on schemas drawn from a small grammar of ``type``,
``const``, ``enum``, ``allOf``, ``anyOf``, ``oneOf``, ``not`` and ``if``/``then``/``else``."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from specloom.ir.kinds import json_kinds

POOL: list[Any] = [None, True, False, 0, 3, 1.5, -2, "", "a", "ab", [], [1], ["a", None], {}, {"a": 1}]
ALL = {"object", "array", "string", "number", "boolean", "null"}
KIND = {type(None): "null", bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}

LEAVES = st.sampled_from(
    [True, False, {}, {"title": "t"}, {"minLength": 1}, {"type": "integer"}, {"type": "string", "minLength": 1}]
    + [{"type": t} for t in ("object", "array", "string", "number", "boolean", "null")]
    + [{"type": ["string", "null"]}, {"const": 3}, {"const": None}, {"enum": ["a", 1]}, {"enum": [[], {}]}]
)
SCHEMAS = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.builds(lambda k, xs: {k: xs}, st.sampled_from(["allOf", "anyOf", "oneOf"]), st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda x: {"not": x}, inner),
        st.builds(lambda x, t: {"not": x, "type": t}, inner, st.sampled_from(["string", "object"])),
        st.builds(
            lambda c, branches: {"if": c, **{k: v for k, v in branches.items() if v is not None}},
            inner,
            st.fixed_dictionaries({"then": st.none() | inner, "else": st.none() | inner}),
        ),
    ),
    max_leaves=6,
)


@given(SCHEMAS)
def test_every_value_jsonschema_accepts_has_a_kind_named(schema: Any) -> None:
    kinds = json_kinds({}, schema)
    held = {KIND[type(value)] for value in POOL if Draft202012Validator(schema).is_valid(value)}
    assert kinds is None or held <= kinds, (schema, kinds, held)


@pytest.mark.parametrize(
    ("schema", "kinds"),
    [
        # the explorer's --roles: text bodies whose schema holds no string (seeds 5020, 5023, 5026)
        ({"oneOf": [{"oneOf": [{"type": "number", "minimum": 1}]}, {"not": {"type": "string"}}]}, {"object", "array", "number", "boolean", "null"}),
        ({"anyOf": [{"type": "null"}]}, {"null"}),
        ({"not": {"not": {"type": "array", "minItems": 1}}}, {"array"}),
        ({"not": {"type": "string", "minLength": 1}}, ALL),  # "" holds: no kind removed
        ({"not": {"anyOf": [{"type": "string"}, {"type": "null"}]}}, {"object", "array", "number", "boolean"}),
        ({"not": {"type": "integer"}}, ALL),  # 1.5 is a number that is no integer
        ({"anyOf": [{"type": "string"}, {}]}, None),
        # seed 5040: a text body and a form whose schemas hold their kind only through ``then``
        ({"if": {}, "then": {"type": "array", "items": {"type": "string"}}}, {"array"}),
        ({"if": True, "then": {"type": "string", "format": "time"}}, {"string"}),
        ({"if": False, "then": {"type": "string"}, "else": {"type": "null"}}, {"null"}),
        ({"if": {"type": "string"}, "then": {"minLength": 1}, "else": {"type": "null"}}, {"string", "null"}),
        ({"if": {"type": "string", "minLength": 2}, "then": {"type": "string"}, "else": {"type": "null"}}, {"string", "null"}),
        ({"if": {"type": "integer"}, "else": {"type": "string"}}, {"number", "string"}),
        ({"if": {"type": "string"}, "then": {"type": "null"}}, {"object", "array", "number", "boolean", "null"}),
        # seed 5043: a condition that narrows no kind says nothing (a form of it was refused)
        ({"if": {"type": "array", "minItems": 2}, "then": {"type": "string"}}, None),
    ],
)
def test_kinds_read_through_branches_and_negations(schema: Any, kinds: set[str] | None) -> None:
    assert json_kinds({}, schema) == (None if kinds is None else frozenset(kinds))
