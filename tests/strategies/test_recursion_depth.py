"""A recursive schema whose values hold several of its own values draws finite, small trees.

Stripe's ``invoice`` reaches an invoice again through expandable fields (``anyOf: [id, object]``)
of its line items' subscriptions; a value picks the object half the time, in each of many fields,
so a draw was a tree that usually kept growing. The generated suites' mutation tests of invoices
failed Hypothesis's ``data_too_large`` health check with no draw that fitted (median 17 KB of its
8 KB per example, one draw in five past its nesting limit). The choices written inside a recursive
schema now end the value from ``_DEEP`` levels of recursive values on (no optional property, the
first alternative, the shortest list); above that depth they are what they were.
"""

from __future__ import annotations

from typing import Any

from tests.strategies.test_compiler import draws

DEEP = 3  # ``_DEEP`` of the strategies helpers: what this test expects of them, written again

EXPANDABLE = {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Node"}]}
TREE = {
    "$defs": {
        "Node": {
            "type": "object",
            "required": ["id", "a", "b", "c"],
            "properties": {
                "id": {"type": "string"},
                "a": EXPANDABLE,
                "b": EXPANDABLE,
                "c": EXPANDABLE,
                "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
                "parent": {"$ref": "#/$defs/Node"},
            },
        }
    },
    "$ref": "#/$defs/Node",
}


def depth(node: Any) -> int:
    """Levels of nodes: 1 for a node whose fields hold no node."""
    inner = [node[k] for k in ("a", "b", "c", "parent") if isinstance(node.get(k), dict)]
    inner += node.get("children", [])
    return 1 + max((depth(n) for n in inner), default=0)


def test_a_branching_recursive_schema_draws_trees_no_deeper_than_the_bound() -> None:
    # before: 50 of 57 draws went past Hypothesis's limits and were thrown away (its
    # filter_too_much health check failed)
    values = draws(TREE, 60)
    depths = [depth(v) for v in values]
    assert max(depths) <= DEEP
    assert max(depths) == DEEP  # the recursion is still drawn, up to the bound
    assert any(isinstance(v["a"], str) for v in values) and any(isinstance(v["a"], dict) for v in values)


# arrays of arrays: each value holds two to four items, at least one of them (contains) an array
# of up to two values like itself; arrays with contains are written as a composite that drew its
# size from the same range at any depth, so the tree kept growing (tests/explore.py, seed 1019:
# three draws in four past Hypothesis's buffer, its filter_too_much health check failed)
ARRAYS = {
    "$defs": {
        "a": {
            "type": "array",
            "minItems": 2,
            "contains": {"type": "array"},
            "items": {"type": ["integer", "array"], "items": {"$ref": "#/$defs/a"}, "contains": {"type": "string"}, "minContains": 0},
        }
    },
    "$ref": "#/$defs/a",
}


def nesting(value: Any) -> int:
    """Levels of arrays: 1 for an array that holds no array."""
    return 1 + max((nesting(v) for v in value), default=0) if isinstance(value, list) else 0


def test_arrays_with_contains_in_a_recursion_end_at_the_bound() -> None:
    # two levels of arrays a level of recursion (the value and its contained array); before:
    # up to 24 levels in 60 draws
    depths = [nesting(v) for v in draws(ARRAYS, 60)]
    assert max(depths) == 2 * DEEP


# an object under presence rules (dependentRequired) is written with ``_take``, whose coin for an
# optional property ignored the depth: each node holds two required objects whose optional "$ref"
# is a node again, so a value kept growing (tests/explore.py, seed 3339: its mutations put one
# more such object in, 50 draws filtered for 3 kept, filter_too_much failed)
RULED = {
    "$defs": {
        "node": {
            "type": "object",
            "required": ["b", "$ref"],
            "additionalProperties": {
                "type": "object",
                "properties": {"$ref": {"$ref": "#/$defs/node"}},
                "required": ["x_1"],
                "dependentRequired": {"x_1": ["b", "a"]},
            },
        }
    },
    "$ref": "#/$defs/node",
}


def levels(node: Any) -> int:
    """Levels of nodes: 1 for a node whose objects hold no node."""
    inner = [v["$ref"] for v in node.values() if isinstance(v, dict) and isinstance(v.get("$ref"), dict)]
    return 1 + max((levels(n) for n in inner), default=0)


def test_optional_properties_under_presence_rules_end_at_the_bound() -> None:
    depths = [levels(v) for v in draws(RULED, 60)]
    assert max(depths) == DEEP  # the recursion is still drawn, up to the bound (before: 11 levels)
