"""Texts longer than Hypothesis can draw (8,192 characters) are a short draw stretched.

Box's ``maxLength: 10000`` gave the mutation ``st.text(min_size=10001, max_size=10001)``, which
Hypothesis refuses with ``InvalidArgument`` when drawn: 51 mutation tests of Box's generated suite
failed. A valid text whose ``minLength`` is that long failed the same way.
"""

from __future__ import annotations

from tests.strategies.test_compiler import draws


def test_mutations_past_a_long_max_length_are_drawn() -> None:
    values = draws({"type": "string", "maxLength": 10000}, 10)  # its mutations are drawn there
    assert values and all(len(v) <= 10000 for v in values)


def test_a_long_min_length_is_drawn_at_that_length() -> None:
    values = draws({"type": "string", "minLength": 9000, "maxLength": 9500}, 5)
    assert values and all(len(v) == 9000 for v in values)
