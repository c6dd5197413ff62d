"""A pattern whose shortest match is longer than ``maxLength`` is refused as unsatisfiable.

Found by random schemas (``tests/explore.py``, seed 3040): ``allOf`` of ``{"type": "string",
"maxLength": 0}`` and ``{"pattern": "^(ab)+"}`` has no value, yet its strategy was compiled: full
matches of the pattern, every one filtered out by length, so the generated suite's tests of the
schema failed (``filter_too_much``; ``Unsatisfiable`` once repetitions were bounded by maxLength).
A search finds a pattern only in a string at least as long as its shortest full match.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.strategies import compile_strategy
from specloom.strategies.regex import least_width
from specloom.strategies.shapes import StrategyError
from tests.strategies.test_compiler import draws


@pytest.mark.parametrize(
    ("schema", "pointer"),
    [
        ({"allOf": [{"type": "string", "maxLength": 0}, {"$ref": "#/$defs/p"}], "$defs": {"p": {"type": "string", "pattern": "^(ab)+"}}}, "/$defs/p/pattern"),
        ({"type": "string", "pattern": "x[0-9]{3}", "maxLength": 3}, "/pattern"),
        ({"type": "string", "pattern": "^a", "allOf": [{"pattern": "b{4}"}], "maxLength": 3}, "/allOf/0/pattern"),
    ],
)  # fmt: skip
def test_a_pattern_longer_than_max_length_is_refused(schema: dict[str, Any], pointer: str) -> None:
    with pytest.raises(StrategyError, match="no string of at most") as refused:
        compile_strategy(schema)
    assert refused.value.keyword == "pattern" and refused.value.pointer == pointer


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^(ab)+", "maxLength": 2},
        {"type": "string", "pattern": "x[0-9]{3}", "maxLength": 4},
        {"type": "string", "pattern": "^ab\\b", "maxLength": 2},
    ],
)
def test_a_pattern_whose_shortest_match_fits_is_drawn(schema: dict[str, Any]) -> None:
    assert draws(schema)


@pytest.mark.parametrize(("pattern", "least"), [("^(ab)+", 2), ("a|bcd", 1), ("^x?$", 0), ("a\\b(?=c)", 1), ("(", None)])
def test_least_width(pattern: str, least: int | None) -> None:
    assert least_width(pattern) == least
