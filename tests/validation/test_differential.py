"""Differential property test: our compiled validators vs the ``jsonschema`` oracle.

For a handful of representative schemas and random JSON instances: ``is_valid`` agrees with
``Draft202012Validator(schema, format_checker=...)``, ``validate`` raises iff invalid, and
``iter_errors`` is empty iff valid. Instances are drawn both freely and biased towards the
schema's own vocabulary (its property names and enum values), so the valid side is exercised too.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from specloom_runtime.wire import ValidationError

from specloom.validation import compile_validator

CONTACT = {
    "type": "object",
    "additionalProperties": False,
    "anyOf": [{"required": ["email"]}, {"required": ["mobile"]}],
    "properties": {
        "email": {"type": "string", "format": "date"},  # jsonschema checks email by "@" only
        "mobile": {"type": "string", "pattern": "^\\+?[0-9 ]{6,20}$"},
        "types": {"type": "array", "uniqueItems": True, "items": {"enum": ["A", "B"]}},
        "flag": {"type": "boolean"},
        "attrs": {"type": "object", "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
                  "additionalProperties": {"type": ["string", "null"]}},
    },
}  # fmt: skip
NUMBERS = {
    "type": "array",
    "prefixItems": [{"type": "integer", "minimum": -3, "exclusiveMaximum": 5}, {"multipleOf": 0.5}],
    "items": {"type": ["number", "null"], "maximum": 100},
    "contains": {"type": "integer"},
    "maxContains": 2,
    "maxItems": 6,
}
TREE = {
    "$defs": {"node": {"type": "object", "required": ["v"],
                       "properties": {"v": {"const": 1}, "kids": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
    "$ref": "#/$defs/node",
}  # fmt: skip
COMBINATORS = {
    "oneOf": [{"type": "string", "minLength": 2}, {"type": "string", "maxLength": 3}, {"type": "null"}],
    "not": {"const": "abc"},
    "if": {"type": "object", "required": ["email"]},
    "then": {"properties": {"email": {"type": "string"}}},
    "else": {"dependentRequired": {"mobile": ["flag"]}, "minProperties": 0},
}
UNEVALUATED = {
    "type": "object",
    "properties": {"v": True},
    "allOf": [{"properties": {"email": {"type": "string"}}}],
    "anyOf": [{"patternProperties": {"^a": {"type": "integer"}}}, {"required": ["types"]}],
    "unevaluatedProperties": {"type": "boolean"},
}
ARRAYS = {"prefixItems": [{"enum": [1, "A", None, [1]]}], "unevaluatedItems": {"type": "string"}, "uniqueItems": True}

SCHEMAS = {"contact": CONTACT, "numbers": NUMBERS, "tree": TREE, "combinators": COMBINATORS,
           "unevaluated": UNEVALUATED, "arrays": ARRAYS}  # fmt: skip

KEYS = st.sampled_from(["email", "mobile", "types", "flag", "attrs", "v", "kids", "a1", "ab", "Bad", "x_y"])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10), st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from(["A", "B", "abc", "2024-02-29", "2023-02-29", "+44 1234 5678", "not an email", "", "x", "ab"]), st.text(max_size=5),
)  # fmt: skip
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS | st.text(max_size=3), inner, max_size=5),
    max_leaves=12,
)


def _oracle(schema: Any) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@given(instance=JSON)
def test_verdicts_match_jsonschema(name: str, instance: Any) -> None:
    schema = SCHEMAS[name]
    ours = compile_validator(schema, formats="assert") if name not in _CACHE else _CACHE[name]
    _CACHE[name] = ours
    expected = _ORACLES.setdefault(name, _oracle(schema)).is_valid(instance)
    assert ours.is_valid(instance) is expected, ours.source
    errors = list(ours.iter_errors(instance))
    assert (not errors) is expected
    if expected:
        ours.validate(instance)
    else:
        with pytest.raises(ValidationError):
            ours.validate(instance)


_CACHE: dict[str, Any] = {}
_ORACLES: dict[str, jsonschema.Draft202012Validator] = {}
