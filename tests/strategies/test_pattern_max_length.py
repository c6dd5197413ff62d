"""A pattern's unbounded repetitions, and its alternatives, are drawn no longer than ``maxLength`` allows.

Found by random schemas (``tests/explore.py``, seed 3022): ``{"pattern": "^(ab)+", "maxLength":
3}`` was drawn as one to any number of "ab" joined (Hypothesis's usual list lengths), then
filtered by length: only the draws of one "ab" were kept, and the generated suite's test of the
documented answer failed its ``filter_too_much`` health check (9 kept, 50 filtered out). A full
match of at most ``maxLength`` characters repeats a part at most ``maxLength`` over the part's
shortest width times, so the repetitions are bounded there and no string that fits is lost.
Likewise an alternative whose shortest match is longer than ``maxLength`` is never drawn
(``^(a[0-9]{3}|b[0-9]{3}|c[0-9]{3}|y)$`` under maxLength 1 drew "a123"-like strings three times in
four, and an array of three such items failed ``filter_too_much``).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from hypothesis import find, settings

from specloom.strategies import compile_strategy
from specloom.strategies.shapes import StrategyError
from tests.strategies.test_compiler import draws


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "items": {"type": "string", "pattern": "^(ab)+", "maxLength": 3}, "minItems": 3},
        {"type": "array", "items": {"type": "string", "pattern": "^x(a|bc)*y$", "maxLength": 4}, "minItems": 3},
        {"type": "array", "items": {"type": "string", "pattern": "^[a-c]+$", "minLength": 2, "maxLength": 3}, "minItems": 3},
        {"type": "object", "propertyNames": {"pattern": "^(ab)+$", "maxLength": 4}, "minProperties": 2},
        {"type": "array", "items": {"type": "string", "pattern": "^(a[0-9]{3}|b[0-9]{3}|c[0-9]{3}|y)$", "maxLength": 1}, "minItems": 3},
        {"type": "array", "items": {"type": "string", "pattern": "^k(a[0-9]{3}|b[0-9]{3}|c[0-9]{3}|y)+$", "maxLength": 4}, "minItems": 3},
    ],
)  # fmt: skip
def test_repetitions_within_max_length_are_drawn(schema: dict[str, Any]) -> None:
    assert draws(schema)  # each checked by jsonschema and the compiled validator, health checks on


@pytest.mark.parametrize(
    ("pattern", "most", "language"),
    [("^(ab)+$", 6, ["ab", "abab", "ababab"]),
     ("^x(a|bc)*y$", 5, ["xy", "xay", "xaay", "xbcy", "xaaay", "xabcy", "xbcay"]),
     ("^(a?b?)+$", 2, ["", "a", "b", "aa", "ab", "ba", "bb"]),
     ("^(a[0-9]{3}|b|cd)$", 2, ["b", "cd"]),
     ("^x(abc|d)*$", 4, ["x", "xd", "xdd", "xddd", "xabc"])],
)  # fmt: skip
def test_every_full_match_that_fits_can_be_drawn(pattern: str, most: int, language: list[str]) -> None:
    strategy = compile_strategy({"type": "string", "pattern": pattern, "maxLength": most}).valid
    for target in language:

        def is_target(v: object, t: str = target) -> bool:
            return v == t

        assert find(strategy, is_target, settings=settings(max_examples=2000, database=None)) == target


@pytest.mark.parametrize(
    ("pattern", "most"),
    [("^k(abcd|y)+$", 4), ("^(ab|c){1,2}x?$", 3), ("^(a(bc|d)|e)*$", 3), ("^x?(abc|d){2}$", 4), ("^(abc|d)(e|fgh)$", 3)],
)  # fmt: skip
def test_within_max_length_the_whole_language_stays_drawable(pattern: str, most: int) -> None:
    """Alternatives and repeats are cut by what the rest of the pattern leaves of ``maxLength``
    (``^k(abcd|y)+`` under 4: the group gets 3): every full match that fits is still drawn, the
    cut ones are too long (the language is enumerated by brute force with ``re.fullmatch``)."""
    strategy = compile_strategy({"type": "string", "pattern": pattern, "maxLength": most}).valid
    python = re.compile(pattern)
    chars = sorted(set(re.sub(r"[^a-z]", "", pattern)))
    language = sorted({"".join(t) for n in range(most + 1) for t in itertools.product(chars, repeat=n) if python.fullmatch("".join(t))})
    assert language
    for target in language:

        def is_target(v: object, t: str = target) -> bool:
            return v == t

        assert find(strategy, is_target, settings=settings(max_examples=2000, database=None)) == target


@pytest.mark.parametrize(
    "items",
    [{"type": "string", "pattern": "^(ab)+", "maxLength": 3}, {"type": "string", "pattern": "^(a[0-9]{3}|y)$", "maxLength": 1}],
)  # fmt: skip
def test_unique_items_beyond_the_few_strings_that_fit_are_refused(items: dict[str, Any]) -> None:
    """``maxLength`` leaves one string of the pattern: two unique items of it are unsatisfiable,
    refused (located at minItems) when compiled; Hypothesis raised ``InvalidArgument`` when drawn."""
    with pytest.raises(StrategyError, match="minItems"):
        compile_strategy({"type": "array", "items": items, "minItems": 2, "uniqueItems": True})


def test_unique_items_are_no_more_than_the_strings_that_fit() -> None:
    schema = {"type": "array", "items": {"type": "string", "pattern": "^(a[0-9]{3}|y|z)$", "maxLength": 1}, "minItems": 1, "uniqueItems": True}
    drawn = draws(schema)
    assert drawn and all(len(v) <= 2 for v in drawn)
    assert {"y", "z"} <= {item for v in drawn for item in v}


def test_names_beyond_the_few_strings_that_fit_are_refused() -> None:
    """The same for an object's names under ``propertyNames`` (refused at minProperties)."""
    names = {"pattern": "^(a[0-9]{3}|y)$", "maxLength": 1}
    with pytest.raises(StrategyError, match="minProperties"):
        compile_strategy({"type": "object", "propertyNames": names, "minProperties": 2})
    assert draws({"type": "object", "propertyNames": names, "minProperties": 1})
