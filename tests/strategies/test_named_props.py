"""``algebra.named_props``: an object facet's properties by name, read once for a caller asking about many names.

``schema_for`` scanned the facet's properties for each name it was asked about, and merging two
objects asked about each of their names: quadratic in the number of properties (Box's objects of
dozens of them: a tenth of its strategies' compile went to ``ObjectFacet.prop``). With the table,
each answer must be the very schema the scan finds -- the first of a name, should one repeat.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specloom.strategies.algebra import Algebra, named_props
from specloom.strategies.shapes import TRUE, ObjectFacet, Shape
from tests.generator_properties.schemas import budget

_SCHEMAS = [Shape(kinds=frozenset({k})) for k in ("string", "integer", "null", "boolean")]
_NAMES = st.sampled_from(("a", "b", "x_1", "zz", ""))


@settings(max_examples=budget(100))
@given(
    props=st.lists(st.tuples(_NAMES, st.sampled_from(range(len(_SCHEMAS)))), max_size=8),
    patterns=st.lists(st.tuples(st.sampled_from(("^x", "z", "^$")), st.sampled_from(range(len(_SCHEMAS)))), max_size=2),
    additional=st.none() | st.sampled_from(range(len(_SCHEMAS))),
    asked=st.lists(_NAMES, max_size=6),
)
def test_schema_for_with_the_table_is_the_scan(props: list[tuple[str, int]], patterns: list[tuple[str, int]], additional: int | None, asked: list[str]) -> None:
    facet = ObjectFacet(
        props=tuple((n, _SCHEMAS[i]) for n, i in props),  # a name may repeat: the first one counts
        patterns=tuple((p, _SCHEMAS[i]) for p, i in patterns),
        additional=None if additional is None else _SCHEMAS[additional],
    )
    alg = Algebra(lambda pointer: TRUE)
    table = named_props(facet)
    for name in asked:
        assert alg.schema_for(facet, name, table) == alg.schema_for(facet, name)  # (a pattern's merge: a new object each time)
        assert (name in table) == (facet.prop(name) is not None) and table.get(name) is facet.prop(name)
