"""Non-integral numbers beyond one bound far from 0 are drawn without filtering nearly all out.

``st.floats(max_value=-10)`` draws mostly integral floats (about 4 in 300 are not), and the
non-integral strategy filtered those out: a mutation of ``oneOf`` (a float below -10 that is no
integer) failed the suite's ``filter_too_much`` health check (explorer, seed 2074). Every float
of magnitude 2**52 or more is integral, so the open side is bounded there.
"""

from __future__ import annotations

from tests.strategies.test_compiler import draws


def test_fractions_below_a_negative_maximum() -> None:
    values = draws({"type": "number", "exclusiveMaximum": -10, "not": {"type": "integer"}})
    assert values and all(v < -10 and not float(v).is_integer() for v in values)


def test_fractions_above_a_positive_minimum() -> None:
    values = draws({"type": "number", "minimum": 1000, "not": {"type": "integer"}})
    assert values and all(v >= 1000 and not float(v).is_integer() for v in values)


def test_the_mutation_found_by_the_explorer_is_drawn() -> None:
    """Its ``oneOf`` mutations include numbers below -10 that are not integers (seed 2074, S18)."""
    node = {"oneOf": [{"anyOf": [{"type": "number", "minimum": -10, "multipleOf": 2}], "type": "string"},
                      {"type": "number", "minimum": -10, "multipleOf": 1}, {"type": "integer", "multipleOf": 2}]}  # fmt: skip
    assert draws(node)


def test_no_fraction_beyond_the_last_non_integral_float() -> None:
    """Below -2**52 every float is an integer: refused, not an empty filter."""
    from specloom.strategies import StrategyError, compile_strategy

    try:
        compile_strategy({"type": "number", "maximum": -1e20, "not": {"type": "integer"}})
    except StrategyError as exc:
        assert exc.keyword in ("minimum", "maximum", "not"), str(exc)
    else:
        raise AssertionError("compiled a schema with no value")
