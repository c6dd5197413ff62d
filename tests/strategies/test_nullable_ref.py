"""OpenAPI 3.0's nullable ``$ref`` is the named schema or null, drawn by the schema's name (issue #16).

``nullable: true`` beside a ``$ref`` is normalised to ``anyOf: [{$ref}, {type: null}]``. Drawing
its object kind, the compiler handed that ``anyOf`` to the presence solver, which reads an object
branch property by property and negates every optional one ("if present, then valid"); each of
those properties was again such an ``anyOf``, so a published document of nullable references
(Square: 1,401 schemas) spent about 60 s negating trees to draw valid values. Only the branch whose
kinds meet the group can hold there (``dnf.narrow``), and a type restriction merged with a
``$ref`` whose kinds it allows is the ``$ref`` itself (``Algebra.merge``): the named strategy.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.cycles import recursive_pointers
from specloom.strategies import algebra as algebra_module
from specloom.strategies.canon import Canon
from specloom.strategies.dnf import narrow
from specloom.strategies.emit import Emitter
from specloom.strategies.shapes import ALL_KINDS, AnyOf, Shape
from specloom.strategies.writer import Writer
from tests.strategies.test_compiler import draws

WIDTH, DEPTH = 6, 4


def nullable_tree() -> dict[str, Any]:
    """``$defs`` of an object tree whose optional properties are nullable references, normalised."""
    defs: dict[str, Any] = {f"L{DEPTH}": {"type": "string", "minLength": 1}}
    for level in reversed(range(DEPTH)):
        nullable = {"anyOf": [{"$ref": f"#/$defs/L{level + 1}"}, {"type": "null"}]}
        defs[f"L{level}"] = {"type": "object", "properties": {f"p{level}_{i}": nullable for i in range(WIDTH)}}
    return defs


def test_valid_values_of_nullable_references_negate_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    document = {"$defs": nullable_tree()}
    negated: list[Shape] = []
    real = vars(algebra_module)["negate"]

    def counted(alg: Any, shape: Shape, *rest: Any) -> Any:
        negated.append(shape)
        return real(alg, shape, *rest)

    monkeypatch.setattr(algebra_module, "negate", counted)
    emitter = Emitter(Canon(document), Writer(), recursive_pointers(document))
    assert isinstance(emitter.named("/$defs/L0"), str)
    assert negated == []  # before: every optional property of every level, for each path to it


def test_nullable_references_draw_both_and_stay_valid() -> None:
    schema = {"$defs": nullable_tree(), "$ref": "#/$defs/L0"}
    values = draws(schema, 60)  # judged by jsonschema there
    inner = [v for value in values for v in value.values()]
    assert None in inner and any(isinstance(v, dict) for v in inner)


def test_a_type_restriction_merged_with_a_reference_it_allows_is_the_reference() -> None:
    canon = Canon({"$defs": {"O": {"type": "object", "properties": {"a": {"type": "string"}}}, "S": {"type": "string"}}})
    alg, ref = canon.algebra, Shape(ref="/$defs/O")
    objects = Shape(kinds=frozenset({"object"}))
    assert alg.merge(objects, ref) is ref and alg.merge(ref, objects) is ref
    assert alg.merge(Shape(kinds=ALL_KINDS - {"null"}), ref) is ref
    # anything more than kinds, or kinds the schema's own exceed: merged as before, unfolded
    assert alg.merge(Shape(kinds=frozenset({"object"}), not_in=({},)), ref).ref is None
    assert alg.merge(Shape(kinds=frozenset({"string", "null"})), Shape(ref="/$defs/O")).kinds == frozenset()


def test_narrow_keeps_the_branches_of_the_kinds_drawn() -> None:
    canon = Canon({"$defs": {"O": {"type": "object"}}})
    alg, ref, null = canon.algebra, Shape(ref="/$defs/O"), Shape(kinds=frozenset({"null"}))
    either = AnyOf((ref, null))
    assert narrow(alg, Shape(kinds=frozenset({"object"}), rules=(either,))) is ref
    assert narrow(alg, Shape(kinds=frozenset({"null"}), rules=(either,))) == null
    three = AnyOf((ref, null, Shape(kinds=frozenset({"object", "string"}))))
    assert narrow(alg, Shape(kinds=frozenset({"object"}), rules=(three,))).rules == (AnyOf((ref, three.branches[2])),)
    # Stripe's form: ``anyOf: [{$ref}]`` with ``nullable``, an anyOf inside the anyOf
    nested = AnyOf((Shape(rules=(AnyOf((ref,)),)), null))
    assert narrow(alg, Shape(kinds=frozenset({"object"}), rules=(nested,))) is ref
    none = AnyOf((null,))  # no branch of the kind: left for the expansion to report
    assert narrow(alg, Shape(kinds=frozenset({"string"}), rules=(none,))).rules == (none,)
