"""``Mutator._enum`` stops at the two values it labels: the same mutations as when it tried every candidate.

Why it stops: a candidate outside the enum is refused by ``Algebra.accepts`` at once (the enum is
checked before anything that takes a step or builds a shape), so the candidates after the second
pick change nothing; trying them all made an enum of n values cost n² JSON comparisons (Box's
enums of hundreds of values: about a tenth of its strategies' compile).
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from specloom_runtime.wire import json_in

from specloom.strategies.canon import Canon
from specloom.strategies.emit import Emitter
from specloom.strategies.invalid import Mutator
from specloom.strategies.shapes import ALL_KINDS, Shape, kind_of
from specloom.strategies.writer import Writer, clip, json_lit
from tests.generator_properties.schemas import budget

_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from((1.0, 2.5, -0.0)),
                    st.text(alphabet="aAbB_x", max_size=3), st.lists(st.integers(0, 2), max_size=2))  # fmt: skip


def _every_candidate(m: Mutator, s: Shape) -> list[str]:
    """The definition before: every candidate tried, the first two picked kept."""
    key = "const" if any(k == "const" for k, _ in s.at) else "enum"
    candidates: list[Any] = []
    for v in s.enum or ():
        if type(v) is str:
            candidates += [v.lower(), v.upper(), v + "_x", ""]
        elif type(v) in (int, float):
            candidates += [v + 1, v - 1]
        elif type(v) is bool:
            candidates.append(not v)
    picked: list[Any] = []
    for c in candidates:
        if (
            kind_of(c) in s.kinds
            and not json_in(c, s.enum or ())
            and not json_in(c, tuple(picked))
            and not m.alg.accepts(s, c)
        ):
            picked.append(c)
    return [
        m.label(f"{key}: {clip(c)} is not allowed", f"st.just({json_lit(c)})") for c in picked[:2]
    ]


@settings(max_examples=budget(100))
@given(
    values=st.lists(_VALUES, min_size=1, max_size=12),
    kinds=st.sets(st.sampled_from(sorted(ALL_KINDS)), min_size=1),
    const=st.booleans(),
)
def test_the_same_mutations_as_trying_every_candidate(
    values: list[Any], kinds: set[str], const: bool
) -> None:
    m = Mutator(Emitter(Canon({}), Writer()))
    s = Shape(
        kinds=frozenset(kinds), enum=tuple(values), at=(("const" if const else "enum", "/x"),)
    )
    assert m._enum(s) == _every_candidate(m, s)


def test_a_long_enum_stops_after_two_picks() -> None:
    m = Mutator(Emitter(Canon({}), Writer()))
    s = Shape(kinds=frozenset({"string"}), enum=tuple(f"v{i}" for i in range(2000)))
    asked: list[Any] = []
    real = m.alg.accepts

    def accepts(shape: Shape, value: Any) -> bool:
        asked.append(value)
        return real(shape, value)

    m.alg.accepts = accepts  # type: ignore[method-assign]
    assert len(m._enum(s)) == 2 and len(asked) == 2  # "V0" and "v0_x": nothing after them is tried
