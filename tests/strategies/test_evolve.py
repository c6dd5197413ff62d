"""``shapes.evolve`` (the compiler's fast ``dataclasses.replace``) against ``dataclasses.replace``.

The compiler makes tens of thousands of shape updates per document, through ``evolve``; it must
give the very object ``replace`` gives (every field, the ones left out of equality too), stay
frozen and hashable, and refuse a field that does not exist, for every dataclass it is used on.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specloom.strategies import shapes
from specloom.strategies.shapes import evolve

CLASSES = [shapes.Shape, shapes.StringFacet, shapes.NumberFacet, shapes.ArrayFacet, shapes.ObjectFacet,
           shapes.Contains, shapes.AnyOf, shapes.OneOf, shapes.Not, shapes.DependentSchema, shapes.IfThenElse]  # fmt: skip
# field values are never validated by either function: any object will do, so identity shows
VALUES = st.sampled_from([None, 0, 3, "", "/a/b", (), ("x",), frozenset({"string"}), shapes.TRUE, shapes.FALSE, object()])


@st.composite
def instance_and_changes(draw: st.DrawFn) -> tuple[object, dict[str, object]]:
    cls = draw(st.sampled_from(CLASSES))
    names = [f.name for f in dataclasses.fields(cls)]
    base = cls(**{n: draw(VALUES) for n in names})
    changed = draw(st.lists(st.sampled_from(names), unique=True))
    return base, {n: draw(VALUES) for n in changed}


@given(instance_and_changes())
def test_evolve_is_replace(case: tuple[object, dict[str, object]]) -> None:
    base, changes = case
    ours, theirs = evolve(base, **changes), dataclasses.replace(base, **changes)  # type: ignore[type-var]
    assert type(ours) is type(theirs) and ours is not base
    for f in dataclasses.fields(theirs):  # type: ignore[arg-type]
        assert getattr(ours, f.name) is getattr(theirs, f.name), f.name
    assert ours == theirs and hash(ours) == hash(theirs)
    for obj in (ours, theirs):  # frozen alike (Python 3.11 raises TypeError for a slotted class)
        with pytest.raises((dataclasses.FrozenInstanceError, TypeError)):
            obj.where = "/changed"  # type: ignore[attr-defined]


def test_evolve_refuses_unknown_fields() -> None:
    with pytest.raises(TypeError, match="'kind'"):
        evolve(shapes.TRUE, kind=frozenset())
    with pytest.raises(TypeError):
        dataclasses.replace(shapes.TRUE, kind=frozenset())  # type: ignore[call-arg]
