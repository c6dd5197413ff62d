"""A pattern open at its end (``^x_``, ``ab``) is searched for: any text may follow a match, and
the strategies draw such text too, not only the pattern's full matches.

Found by random schemas (``tests/explore.py``, seed 2111): an object whose names must match
``^x_`` (``additionalProperties: false``) and which needs two of them drew its names as full
matches of ``^x_``, that is "x_" alone, so no draw ever had two: the generated suite failed its
``filter_too_much`` health check. Full matches alone also never show a validator that matches a
pattern whole instead of searching for it. And a pattern anchored at the start filters a format's
strings: when no string of the format starts with a character the pattern can start with (a
date-time under ``^[a-c]+``, seed 2102), every draw was refused; the strategy is refused instead.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.strategies import compile_strategy
from specloom.strategies.regex import first_chars
from specloom.strategies.shapes import StrategyError
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


@pytest.mark.parametrize(
    ("pattern", "first"),
    [("^[a-c]+", "abc"), ("^x_", "x"), ("^(ab|cd)", "ac"), ("^(?:a|b)+c", "ab"), ("^\\d{2}", "0123456789"),
     ("^[a-c]*x", None), ("^[^a]", None), ("^(?:a|b?)", None), ("abc", None), ("^.", None), ("(", None)],
)  # fmt: skip
def test_first_chars(pattern: str, first: str | None) -> None:
    # None: any character may come first, as far as first_chars reads the pattern
    assert first_chars(pattern) == (None if first is None else frozenset(first))


@pytest.mark.parametrize(("fmt", "pattern"), [("date-time", "^[a-c]+"), ("uuid", "^[g-z]"), ("email", "^[A-Z]"), ("ipv4", "^x")])
def test_a_format_and_a_pattern_with_no_first_character_in_common_are_refused(fmt: str, pattern: str) -> None:
    # the format's strings were drawn and filtered by the pattern: every draw refused (seed 2102)
    with pytest.raises(StrategyError, match="start with other characters") as refused:
        compile_strategy({"type": "string", "format": fmt, "pattern": pattern})
    assert refused.value.keyword == "pattern"


@pytest.mark.parametrize(("fmt", "pattern"), [("date-time", "^[0-9]{4}-"), ("uuid", "^[a-f0-9]"), ("email", "^[a-z0-9]")])
def test_a_format_and_a_pattern_sharing_a_first_character_are_drawn(fmt: str, pattern: str) -> None:
    assert draws({"type": "string", "format": fmt, "pattern": pattern})


@pytest.mark.parametrize(("fmt", "pattern"), [("yyyy.mm.dd hh:mm:ss", "^(ab)+"), ("dd/mm/yyyy", "^[a-z]"), ("d/m/yy", "^/")])
def test_a_named_date_format_and_a_pattern_with_no_first_character_in_common_are_refused(fmt: str, pattern: str) -> None:
    # the named date formats (``wire.NAMED_DATE_FORMATS``) had no first characters known, so
    # their strings were drawn and every one filtered out by the pattern (explorer, seed 3187)
    with pytest.raises(StrategyError, match="start with other characters"):
        compile_strategy({"type": "string", "format": fmt, "pattern": pattern})


@pytest.mark.parametrize(("fmt", "pattern"), [("yyyy.mm.dd hh:mm:ss", "^[12]"), ("mm/dd/yyyy", "^[01]"), ("d/m/yy", "^[1-9]")])
def test_a_named_date_format_and_a_pattern_sharing_a_first_character_are_drawn(fmt: str, pattern: str) -> None:
    assert draws({"type": "string", "format": fmt, "pattern": pattern})
