"""A pattern is searched for (JSON Schema), not matched whole: strings longer than any full match
are valid when the pattern can stand anywhere in them, and the strategies must draw them.

Found by random schemas (``tests/explore.py``, seed 1092): ``pattern: "x|y"`` with ``minLength: 3``
was drawn as one-character full matches filtered by length, so no draw ever passed and the
generated suite failed Hypothesis's ``Unsatisfiable``. The same for a pattern anchored at the
start only (seed 2096): ``pattern: "^a"`` with ``minLength: 4`` drew "a" alone, and the suite
failed its ``filter_too_much`` health check.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.strategies.regex import open_widths, tail_widths
from tests.strategies.test_compiler import draws


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "x|y", "minLength": 3},
        {"type": "string", "pattern": "[0-9]{2}", "minLength": 5, "maxLength": 6},
        {"type": "string", "pattern": "(ab|c)d?", "minLength": 4},
        {"type": "string", "pattern": "^a", "minLength": 4, "maxLength": 8},
        {"type": "string", "pattern": "^x{2,3}", "minLength": 6},
    ],
)
def test_strings_longer_than_any_full_match_are_drawn(schema: dict[str, Any]) -> None:
    values = draws(schema)  # each checked by jsonschema and the compiled validator
    assert values and all(len(v) >= schema["minLength"] for v in values)
    assert len(set(values)) > 1


@pytest.mark.parametrize(
    ("pattern", "widths"),
    [("x|y", (1, 1)), ("(ab|c)d?", (1, 3)), ("^x", None), ("x$", None), ("a\\b", None), ("(?:^a|b)", None), ("a+", None)],
)
def test_only_unanchored_bounded_patterns_are_padded(pattern: str, widths: tuple[int, int] | None) -> None:
    # an anchor or a word boundary anywhere (inside a group too) decides where a match may stand:
    # text around it could break it; an unbounded pattern already reaches any length
    assert open_widths(pattern) == widths


@pytest.mark.parametrize(
    ("pattern", "widths"),
    [("^x", (1, 1)), ("^x{2,3}", (2, 3)), ("x", None), ("^x$", None), ("^x|y", None), ("^(?:a|^b)", None), ("^a\\b", None), ("^a+", None)],
)
def test_only_patterns_anchored_at_the_start_alone_are_followed_by_text(pattern: str, widths: tuple[int, int] | None) -> None:
    # a full match of ^x followed by any text still matches; an end anchor, a word boundary, an
    # anchor in one branch only, or no anchor (open_widths pads those) do not qualify
    assert tail_widths(pattern) == widths
