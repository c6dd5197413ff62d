"""``Shape.is_true`` and ``Algebra.merge``'s fast paths answer as the dataclass equality they shortcut."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings

from specloom.strategies.canon import Canon
from specloom.strategies.shapes import ALL_KINDS, TRUE, Shape, StrategyError, evolve
from tests.generator_properties.schemas import budget, schemas


def test_is_true_is_equality_with_true() -> None:
    assert TRUE.is_true and evolve(TRUE, where="/x", at=(("type", "/x"),)).is_true  # pointers are no part of it
    assert not Shape(kinds=ALL_KINDS, not_in=(None,)).is_true and not Shape(kinds=frozenset({"null"})).is_true
    nan = float("nan")
    assert not Shape(enum=(nan,)).is_true and Shape(enum=(nan,)) != TRUE


@settings(max_examples=budget(50))
@given(schema=schemas())
def test_every_canonical_shape_agrees(schema: Any) -> None:
    canon = Canon(schema)
    try:
        shape = canon.shape_at("")
    except StrategyError:
        return
    todo = [shape]
    while todo:
        s = todo.pop()
        assert s.is_true == (s == TRUE)
        merged = canon.algebra.merge(s, s)  # the same object: kept as it is, as equality kept it
        assert merged is s
        todo += [p for _, p in s.obj.props] + list(s.array.prefix) + ([s.array.items] if s.array.items else [])
