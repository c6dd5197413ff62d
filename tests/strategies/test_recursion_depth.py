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
