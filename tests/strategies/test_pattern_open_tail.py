"""A pattern open at its end (``^x_``, ``ab``) is searched for: any text may follow a match, and
the strategies draw such text too, not only the pattern's full matches.

Found by random schemas (``tests/explore.py``, seed 2111): an object whose names must match
``^x_`` (``additionalProperties: false``) and which needs two of them drew its names as full
matches of ``^x_``, that is "x_" alone, so no draw ever had two: the generated suite failed its
``filter_too_much`` health check. Full matches alone also never show a validator that matches a
pattern whole instead of searching for it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.strategies.test_compiler import draws


def test_two_names_under_a_pattern_with_one_full_match_are_drawn() -> None:
    schema = {"type": "object", "patternProperties": {"^x_": {"type": "integer"}}, "additionalProperties": False, "minProperties": 2}
    values = draws(schema)  # each checked by jsonschema and the compiled validator
    assert values and all(len(v) >= 2 for v in values)


@pytest.mark.parametrize(
    ("schema", "full"),
    [
        ({"type": "string", "pattern": "^x_"}, "x_"),
        ({"type": "string", "pattern": "ab"}, "ab"),
        ({"type": "string", "pattern": "^[0-9]{2}", "maxLength": 4}, None),
    ],
)
def test_text_after_a_match_is_drawn(schema: dict[str, Any], full: str | None) -> None:
    values = draws(schema)
    longest = max(len(v) for v in values)
    assert longest > 2, "only full matches were drawn"
    assert longest <= schema.get("maxLength", longest)
    if full is not None:
        assert any(v != full for v in values)


@pytest.mark.parametrize(("pattern", "full"), [("^x_$", "x_"), ("x_$", "x_"), ("^[0-9]{2}\\b", None)])
def test_a_pattern_tied_at_its_end_is_drawn_whole(pattern: str, full: str | None) -> None:
    values = draws({"type": "string", "pattern": pattern})
    assert values and all(len(v) == 2 for v in values)
    assert full is None or set(values) == {full}

