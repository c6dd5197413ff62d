"""Arrays failing ``prefixItems`` or ``contains`` are built, so ``oneOf`` branches beside one
such branch keep their values.

``oneOf: [A, B, C]`` with C ``{prefixItems: [date, integer], contains: {$ref: self}}``: the only
known way to fail C was not being an array, so A's and B's arrays (which must fail C) were all
dropped, and what was left, C's own arrays, each needs an item valid under the whole schema --
no value without infinite nesting: every draw was filtered out at the depth bound and the suite
failed its health check (explorer, seed 3215). Now an array fails C by an item that fails its
``prefixItems`` schema, or by having fewer items than ``contains`` needs.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.strategies.canon import Canon
from specloom.strategies.negate import negate
from tests.strategies.test_compiler import draws

SEED_3215: dict[str, Any] = {
    "$ref": "#/$defs/t",
    "$defs": {
        "any": True,
        "t": {
            "oneOf": [
                {"type": "array", "items": {"enum": [None, {"b": None}, 1.0]}, "maxItems": 4},
                {"type": "array", "items": {"$ref": "#/$defs/any"}, "minItems": 1, "maxItems": 4},
                {"type": "array", "prefixItems": [{"type": "string", "format": "date"}, {"type": "integer", "exclusiveMaximum": -11, "multipleOf": 5}],
                 "contains": {"$ref": "#/$defs/t"}},
            ]
        },
    },
}  # fmt: skip


def test_the_seed_schema_draws_each_kind_of_value() -> None:
    values = draws(SEED_3215, examples=60)  # each checked by jsonschema and the compiled validator
    assert [] in values  # the first branch alone: no item, so it fails the other two
    assert any(0 < len(v) <= 4 for v in values)  # the second alone


def _ways(schema: dict[str, Any]) -> list[Any]:
    canon = Canon(schema)
    alternatives, _ = negate(canon.algebra, canon.shape_at(""))
    return [a.array for a in alternatives if a.kinds == frozenset({"array"})]


def test_failing_prefix_items_is_one_item_failing_its_schema() -> None:
    ways = _ways({"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]})
    # item 0 not a string, or item 1 not an integer (item 0 anything)
    assert [(len(w.prefix), w.min_items) for w in ways] == [(1, 1), (2, 2)]
    assert "string" not in ways[0].prefix[0].kinds and ways[1].prefix[0].kinds == ways[0].prefix[0].kinds | {"string"}


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}},
        {"type": "array", "contains": {"$ref": "#/$defs/t"}, "minContains": 2},
        {"type": "array", "prefixItems": [{"const": 1}, {"const": 2}], "contains": {"$ref": "#/$defs/t"}},
    ],
)
def test_values_failing_array_schemas_are_drawn_as_their_negation(schema: dict[str, Any]) -> None:
    # ``not`` draws from the negation: each value drawn is checked against both judges; the
    # ``$ref``s are to a schema with values of its own (``[]`` is not an integer array)
    wrapped = {"$defs": {"t": {"type": "array", "items": {"type": "integer"}}}, "type": "array", "not": schema}
    assert draws(wrapped)
