"""Combinatorial forms are costed before they are built (issue #15 point 1, #16 linear time).

Negating an object is failing one of its properties, so the ways to fail a schema whose
properties ``$ref`` deeper objects are as many as the leaves of the tree they unfold to: a
published document's schemas made the strategy compiler build hundreds of thousands of
alternatives for one of them (and build them again for every use). A negation now builds at
most ``MAX_WAYS`` alternatives and says, with a gap, that it stopped; whoever needs the exact
complement (``not`` merged in, the presence solver's "if present, then valid") takes its cheaper
route instead. Every drawn value is still judged by ``jsonschema``: valid values pass, labelled
mutations and values of a negated schema fail.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

from specloom.strategies import compile_strategy, negate
from specloom.strategies.canon import Canon
from specloom.strategies.negate import MAX_WAYS
from tests.strategies.oracle import budget, judge
from tests.strategies.test_compiler import draws

WIDTH = 8  # properties per level: 8**4 leaves, each with two ways to fail
DEPTH = 4


def tree() -> dict[str, Any]:
    """``$defs`` of an object tree: level ``k`` has WIDTH optional properties, each a level ``k+1``."""
    defs: dict[str, Any] = {f"L{DEPTH}": {"type": "string", "minLength": 1}}
    for level in reversed(range(DEPTH)):
        props = {f"p{level}_{i}": {"$ref": f"#/$defs/L{level + 1}"} for i in range(WIDTH)}
        defs[f"L{level}"] = {"type": "object", "properties": props}
    return defs


def test_negating_a_deep_object_tree_builds_at_most_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    canon = Canon({"$defs": tree()})
    alts, gaps = canon.algebra.negate(canon.shape_at("/$defs/L0"))
    # unbounded, this is one alternative per leaf and per way to fail it (about 10,000)
    assert 0 < len(alts) <= MAX_WAYS
    assert any("ways to fail" in gap.message for gap in gaps), gaps
    built: list[Any] = []
    monkeypatch.setattr(negate, "prune", lambda shape: built.append(shape) or shape)
    for _ in range(3):  # every use of a named schema: built once, then read back
        again, _ = canon.algebra.negate(canon.shape_at("/$defs/L0"))
        assert again == alts and again is not alts  # a fresh list: callers extend it
    assert built == []


def test_values_of_a_negated_tree_fail_it() -> None:
    schema = {"$defs": tree(), "not": {"$ref": "#/$defs/L0"}}
    oracle = judge(schema)
    compiled = compile_strategy(schema)  # its invalid values are whole trees: not drawn here

    @settings(max_examples=budget(30))
    @given(compiled.valid)
    def valid(value: Any) -> None:  # jsonschema: each value of the negation fails the tree
        assert oracle.is_valid(value), [e.message for e in oracle.iter_errors(value)]

    valid()


def test_presence_rules_over_a_deep_optional_property_stay_valid() -> None:
    # "if p is present it is a tree": exact only with the tree's whole complement, which is over
    # budget, so the anyOf is expanded into its branches instead of solved as a presence rule
    schema = {
        "$defs": tree(),
        "type": "object",
        "properties": {"deep": {"$ref": "#/$defs/L0"}},
        "anyOf": [
            {"required": ["a"], "properties": {"a": {"type": "integer"}, "deep": {"$ref": "#/$defs/L1"}}},
            {"required": ["b"], "properties": {"b": {"type": "string"}, "deep": {"$ref": "#/$defs/L1"}}},
        ],
    }
    values = draws(schema, 30)
    assert any("a" in v for v in values) and any("b" in v for v in values)
