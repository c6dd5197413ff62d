"""Strings under two patterns: one is drawn, the others filter, and unanchored others are
appended to the drawn match, so the filters keep draws.

Found by random schemas (``tests/explore.py``, seed 2095): property names under
``propertyNames: {pattern: "^[a-z]"}`` and ``patternProperties: {"1": ...}`` were drawn as one
letter (full matches of ``^[a-z]``) filtered by a search for ``1``: every draw refused, and the
model round trip of a schema needing two such keys failed its ``filter_too_much`` health check.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.strategies.regex import anchors
from tests.strategies.test_compiler import draws


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "1", "allOf": [{"pattern": "^[a-z]"}]},
        {"type": "string", "pattern": "^[a-z]", "allOf": [{"pattern": "1"}]},
        {"type": "string", "pattern": "x+", "allOf": [{"pattern": "y"}, {"pattern": "z{2}"}]},
        {"type": "object", "patternProperties": {"1": {"type": "number"}}, "additionalProperties": False,
         "propertyNames": {"pattern": "^[a-z]"}, "minProperties": 2},
    ],
)  # fmt: skip
def test_strings_matching_several_patterns_are_drawn(schema: dict[str, Any]) -> None:
    values = draws(schema)  # each checked by jsonschema and the compiled validator
    assert values and len({repr(v) for v in values}) > 1


@pytest.mark.parametrize(
    ("pattern", "where"),
    [("x", ""), ("(ab|c)+", ""), ("^x", "^"), ("^x+y", "^"), ("x$", "other"), ("^x$", "other"), ("^x|y", "other"), ("a\\b", "other"), ("(", None)],
)
def test_anchors(pattern: str, where: str | None) -> None:
    # only a pattern tied to nothing may be appended, and only after one tied at most to the start
    assert anchors(pattern) == where
