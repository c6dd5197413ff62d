"""The mutation "maxItems: n items" draws one item and repeats it, unless the items must be unique.

Found by random schemas (``tests/explore.py``, seed 2155): an array of at most four unique
arrays, each an unbounded list of lists of objects. Valid values hold two such items on average;
the mutation drew five, each of them afresh, so nearly every draw overran Hypothesis's buffer
("3 valid inputs after 30 seconds (69 inputs which exceeded the maximum allowed entropy)") and
the generated suite's test of that mutation failed its ``too_slow`` health check. Items that
differ add nothing to a test of the count; one item's draw is as cheap as a valid value's.
"""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from hypothesis import given, settings

from specloom.strategies.module import render_module
from tests.strategies.oracle import budget, judge


def _mutation(schema: Any, keyword: str) -> Any:
    """The schema's labelled mutation of ``keyword`` (a strategy of its own, as ``MUTATIONS`` lists them)."""
    source = render_module(schema, [("root", "root", "")], source_file="schema")
    module = types.ModuleType("specloom_test_mutations")
    sys.modules[module.__name__] = module  # dataclasses look their module up while the class is made
    try:
        exec(compile(source, "<specloom strategies>", "exec"), module.__dict__)  # noqa: S102 -- our own output
    finally:
        del sys.modules[module.__name__]
    return next(strategy for strategy in module.MUTATIONS["root"] if f"just('{keyword}: " in repr(strategy))


@pytest.mark.parametrize(
    "items",
    [{"type": "array", "items": {"type": "array", "items": {"type": "object"}}},
     {"type": "array", "items": {"type": "array", "items": {"type": "array"}}}],
)  # fmt: skip
def test_too_many_nested_lists_are_drawn_within_the_buffer(items: dict[str, Any]) -> None:
    schema = {"type": "array", "maxItems": 4, "items": items}
    mutation = _mutation(schema, "maxItems")
    oracle = judge(schema)
    seen: list[Any] = []

    @settings(max_examples=budget(20))  # health checks on: the overruns failed too_slow
    @given(mutation)
    def check(drawn: Any) -> None:
        assert drawn.mutation == "maxItems: 5 items" and len(drawn.value) == 5
        assert not oracle.is_valid(drawn.value)
        seen.append(drawn.value)

    check()
    assert seen


def test_unique_items_are_drawn_afresh() -> None:
    # a repeated item would break uniqueItems as well: the label would name one fault of two
    schema = {"type": "array", "maxItems": 2, "uniqueItems": True, "items": {"type": "integer"}}
    mutation = _mutation(schema, "maxItems")
    seen: list[Any] = []

    @settings(max_examples=budget(20))
    @given(mutation)
    def check(drawn: Any) -> None:
        seen.append(drawn.value)

    check()
    assert any(len(set(value)) == 3 for value in seen)
