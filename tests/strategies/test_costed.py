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
from specloom.strategies.shapes import Shape
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
    built: list[Shape] = []

    def prune(shape: Shape) -> Shape:
        built.append(shape)
        return shape

    monkeypatch.setattr(negate, "prune", prune)
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


def _wide(prefix: str) -> dict[str, Any]:
    names = [f"{prefix}{k}" for k in range(12)]
    return {"type": "object", "required": names, "properties": {n: {"type": "integer"} for n in names}}


def test_a_negation_with_little_room_merges_only_what_it_keeps(monkeypatch: pytest.MonkeyPatch) -> None:
    # failing every branch of an anyOf is a merge of each way to fail one with each way to fail
    # the next, capped at 64: a caller with room for four (a rule's mutations keep two) merged all
    # 64 anyway. The combinations are merged lazily now: the same first ones, and only those.
    def fresh() -> Any:
        canon = Canon({"$defs": {"A": _wide("a"), "B": _wide("b")}})
        return canon.algebra, [canon.shape_at("/$defs/A"), canon.shape_at("/$defs/B")]

    alg, branches = fresh()
    ways = [alg.negate(b, 1, 4)[0] for b in branches]  # each branch's ways, as all_negated builds them
    every = [m for a in ways[0] for b in ways[1] if (m := alg.merge(a, b)).kinds]
    alg, branches = fresh()
    merges = inside = 0
    real = alg.merge

    def counted(a: Any, b: Any) -> Any:  # merges of combinations, not of their properties
        nonlocal merges, inside
        merges += not inside
        inside += 1
        try:
            return real(a, b)
        finally:
            inside -= 1

    monkeypatch.setattr(alg, "merge", counted)
    few, _ = negate.all_negated(alg, branches, 0, "", room=4)
    assert len(every) > 5 and few == every[:5]  # one past the room: a cut list is told apart
    eager = len(ways[0]) + len(ways[0]) * len(ways[1])  # TRUE with each way of A, then each with each of B
    assert merges < eager, (merges, eager)


def test_a_rules_mutations_negate_it_with_room_for_a_few(monkeypatch: pytest.MonkeyPatch) -> None:
    from specloom.strategies.algebra import Algebra
    from specloom.strategies.shapes import Shape

    rooms: list[int] = []
    real = Algebra.negate

    def recording(self: Algebra, shape: Any, depth: int = 0, room: int = MAX_WAYS) -> Any:
        if depth == 0 and len(shape.rules) == 1 and shape == Shape(rules=shape.rules):  # a rule's own negation
            rooms.append(room)
        return real(self, shape, depth, room)

    monkeypatch.setattr(Algebra, "negate", recording)
    schema = {"$defs": {"A": _wide("a"), "B": _wide("b")}, "anyOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}, {"type": "string"}]}
    compiled = compile_strategy(schema)
    assert rooms and max(rooms) < 8, rooms  # before: the 64 of every negation
    oracle = judge(schema)

    @settings(max_examples=budget(20))
    @given(compiled.invalid)
    def invalid(mutation: Any) -> None:
        assert not oracle.is_valid(mutation.value), mutation

    invalid()
