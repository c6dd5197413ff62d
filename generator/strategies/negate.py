"""Negation: a ``Shape`` -> shapes for values that fail it, and what cannot be constructed.

Input: a shape (``not``, the else-side of ``if``, ``oneOf`` exclusivity, every rule mutation).
Output: a list of alternatives whose union lies inside the complement -- one per way to fail:
another kind, a value outside the enum, a string shorter than ``minLength``, an object without
a required key, an item that fails ``items`` ... -- and a ``Reason`` for each part of the
complement that is not constructed (a string failing a ``format``, an array with duplicates).

Why alternatives and gaps rather than one exact answer: the emitters only need *some* values
outside a schema, never all of them, and a gap tells "beyond the compiler" apart from
"unsatisfiable" when nothing is left.

Why a budget (``MAX_WAYS``): the ways to fail an object are the ways to fail each property, so
negating a schema whose properties ``$ref`` deep object trees builds as many alternatives as the
trees have leaves (hundreds of thousands in large published documents, before anything else is
done). Each call is given the room left and builds no more: past it, the alternatives built so
far are kept (each still lies in the complement) and a gap says the complement is incomplete, so
callers that need it exact (``not`` merged in, the presence solver) take their cheaper route.
Results are memoised per shape object (shapes of named schemas are shared), so a schema negated
for every use is built once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from specloom.strategies.shapes import (
    ALL_KINDS,
    FALSE,
    NUMBER_KINDS,
    TRUE,
    AnyOf,
    ArrayFacet,
    Contains,
    DependentSchema,
    IfThenElse,
    Not,
    NumberFacet,
    ObjectFacet,
    OneOf,
    Reason,
    Shape,
    StringFacet,
    prune,
)

if TYPE_CHECKING:
    from specloom.strategies.algebra import Algebra, Negation

__all__ = ["negate", "all_negated"]

_MAX_COMBINATIONS = 64
MAX_WAYS = 64  # alternatives one negation builds, nested ones included (see the docstring)


class _Full(Exception):
    """The room is used up: stop building (what was built is kept)."""


def negate(alg: Algebra, shape: Shape, depth: int = 0, room: int = MAX_WAYS) -> Negation:
    """Shapes whose union lies inside the complement of ``shape``, plus what was left out;
    at most ``room`` shapes (a gap says when more ways to fail were left unbuilt)."""
    if depth > 6:
        return [], [Reason("not", shape.where, "negating a schema nested this deeply (or recursive) is beyond the strategy compiler")]
    shape = alg.deref(shape)
    key = (id(shape), depth, room)
    memo = alg.negations.get(key)
    if memo is not None and memo[0] is shape:  # the shape is held by the memo: its id is its own
        alg.reused += 1  # (``memo``: an equal shape, another object, would be negated anew)
        return list(memo[1]), list(memo[2])
    alg.filled += 1
    alts, gaps = _build(alg, shape, depth, room)
    alg.negations[key] = (shape, tuple(alts), tuple(gaps))
    return alts, gaps


def _build(alg: Algebra, shape: Shape, depth: int, room: int) -> Negation:
    where = shape.where
    alts: list[Shape] = []
    gaps: list[Reason] = []

    def put(alt: Shape) -> None:
        if len(alts) >= room:
            raise _Full
        alts.append(alt)

    def add(kinds: frozenset[str], **facts: Any) -> None:
        put(prune(Shape(kinds=kinds, where=where, at=shape.at, **facts)))

    def left() -> int:  # the room a nested negation gets (at least one: a full list raises on its next add)
        return max(1, room - len(alts))

    try:
        _ways(alg, shape, depth, add, put, gaps, left)
    except _Full:
        gaps.append(Reason("not", where, f"more than {room} ways to fail this schema; only the first {room} are built"))
    return [a for a in alts if a.kinds], gaps


def _ways(alg: Algebra, shape: Shape, depth: int, add: Callable[..., None], put: Callable[[Shape], None],
          gaps: list[Reason], left: Callable[[], int]) -> None:  # fmt: skip
    if ALL_KINDS - shape.kinds:
        add(ALL_KINDS - shape.kinds)
    kinds = shape.kinds
    if shape.enum is not None:
        add(kinds, not_in=shape.enum)
    for value in shape.not_in:
        add(ALL_KINDS, enum=(value,))
    if "string" in kinds:
        _negate_string(shape, add, gaps)
    if kinds & NUMBER_KINDS:
        _negate_number(shape, kinds & NUMBER_KINDS, add)
    if "array" in kinds:
        _negate_array(alg, shape, add, gaps, depth, left)
    if "object" in kinds:
        _negate_object(alg, shape, add, gaps, depth, left)
    for rule in shape.rules:
        more, missing = _negate_rule(alg, rule, depth, left())
        gaps += missing
        for alt in more:
            put(alt)


def _negate_string(shape: Shape, add: Callable[..., None], gaps: list[Reason]) -> None:
    f, string = shape.string, frozenset({"string"})
    if f.min_len > 0:
        add(string, string=StringFacet(max_len=f.min_len - 1))
    if f.max_len is not None:
        add(string, string=StringFacet(min_len=f.max_len + 1))
    for p in f.patterns:
        add(string, string=StringFacet(not_patterns=(p,)))
    for p in f.not_patterns:
        add(string, string=StringFacet(patterns=(p,)))
    if f.formats:
        gaps.append(Reason("format", shape.origin("format"), "strings that fail a format cannot be constructed"))


def _negate_number(shape: Shape, kinds: frozenset[str], add: Callable[..., None]) -> None:
    f = shape.number
    if f.lo is not None:
        add(kinds, number=NumberFacet(hi=f.lo, hi_excl=not f.lo_excl))
    if f.hi is not None:
        add(kinds, number=NumberFacet(lo=f.hi, lo_excl=not f.hi_excl))
    if f.multiple is not None:
        add(kinds, number=NumberFacet(not_multiples=(f.multiple,)))
    for m in f.not_multiples:
        add(kinds, number=NumberFacet(multiple=m))


def _negate_array(alg: Algebra, shape: Shape, add: Callable[..., None], gaps: list[Reason], depth: int, left: Callable[[], int]) -> None:
    f, array = shape.array, frozenset({"array"})
    if f.min_items > 0:
        add(array, array=ArrayFacet(max_items=f.min_items - 1))
    if f.max_items is not None:
        add(array, array=ArrayFacet(min_items=f.max_items + 1))
    n = len(f.prefix)
    for i, schema in enumerate(f.prefix):  # item i fails its schema, the items before it anything
        bad, missing = negate(alg, schema, depth + 1, left())
        gaps += missing
        for alt in bad:
            add(array, array=ArrayFacet(prefix=(TRUE,) * i + (alt,), min_items=i + 1))
    if f.items is not None:
        bad, missing = negate(alg, f.items, depth + 1, left())
        gaps += missing
        for alt in bad:  # after a prefix, its first item past the prefix only (a gap says so)
            add(array, array=ArrayFacet(prefix=(TRUE,) * n + (alt,), min_items=n + 1) if n else ArrayFacet(min_items=1, contains=(Contains(alt),)))
        if n and bad:
            gaps.append(Reason("items", shape.origin("items"), "arrays failing items only further past prefixItems are not constructed"))
    if f.unique:
        gaps.append(Reason("uniqueItems", shape.origin("uniqueItems"), "arrays with duplicates are not constructed here"))
    for c in f.contains:
        if c.least == 1 and c.most is None:
            bad, missing = negate(alg, c.shape, depth + 1, left())
            gaps += missing
            if len(bad) == 1:
                add(array, array=ArrayFacet(items=bad[0]))
                continue
        # too short to hold enough matches, a way that needs no negation of its schema (unless
        # shorter than minItems already is one: the contains an items negation makes, whose
        # extra way multiplied one published document's oneOf past the strategy budget)
        if c.least > f.min_items:
            add(array, array=ArrayFacet(max_items=c.least - 1))
        why = "otherwise are not constructed" if c.least > 0 else "cannot be constructed"
        gaps.append(Reason("contains", shape.origin("contains"), f"arrays that fail contains {why}"))


def _negate_object(alg: Algebra, shape: Shape, add: Callable[..., None], gaps: list[Reason], depth: int, left: Callable[[], int]) -> None:
    f, obj = shape.obj, frozenset({"object"})
    for name in sorted(f.required):
        add(obj, obj=ObjectFacet(props=((name, FALSE),)))
    for name, sub in f.props:
        if sub.is_true:
            continue
        bad, missing = negate(alg, sub, depth + 1, left())
        gaps += missing
        for alt in bad:
            add(obj, obj=ObjectFacet(props=((name, alt),), required=frozenset({name})))
    if f.patterns or f.additional is not None:
        gaps.append(Reason("additionalProperties", shape.origin("additionalProperties"), "objects with a forbidden key cannot be constructed"))
    if f.names is not None:
        bad, missing = negate(alg, f.names, depth + 1, left())
        gaps += missing
        for alt in bad:
            if "string" in alt.kinds:
                add(obj, obj=ObjectFacet(need_keys=(alt,)))
    if f.min_props > 0:
        add(obj, obj=ObjectFacet(max_props=f.min_props - 1))
    if f.max_props is not None:
        add(obj, obj=ObjectFacet(min_props=f.max_props + 1))
    for trigger, needed in f.dep_required:
        for name in needed:
            add(obj, obj=ObjectFacet(props=((name, FALSE),), required=frozenset({trigger})))
    for key in f.need_keys:
        bad, missing = negate(alg, key, depth + 1, left())
        gaps += missing
        if len(bad) == 1:
            add(obj, obj=ObjectFacet(names=bad[0]))
        else:
            gaps.append(Reason("propertyNames", shape.where, "objects without such a key cannot be constructed"))


def _negate_rule(alg: Algebra, rule: Any, depth: int, room: int) -> Negation:
    """The ways to fail one rule, at most ``room`` of them (``_build`` reports a gap past it:
    the lists below stop one past the room, so a cut list is told apart from a full one)."""
    if isinstance(rule, Not):
        return [rule.shape], []
    if isinstance(rule, AnyOf):
        return all_negated(alg, list(rule.branches), depth, rule.where, room)
    if isinstance(rule, OneOf):
        alts, gaps = all_negated(alg, list(rule.branches), depth, rule.where, room)
        pairs = ((x, y) for i, x in enumerate(rule.branches) for y in rule.branches[i + 1 :])
        alts += [alg.merge(x, y) for x, y in itertools.islice(pairs, max(0, room + 1 - len(alts)))]
        return alts, gaps
    if isinstance(rule, IfThenElse):
        bad_then, gaps = negate(alg, rule.then, depth + 1, room)
        alts = [alg.merge(rule.cond, b) for b in bad_then]
        not_cond, more = negate(alg, rule.cond, depth + 1, room)
        bad_else, even_more = negate(alg, rule.else_, depth + 1, room)
        both = itertools.islice(itertools.product(not_cond, bad_else), max(0, room + 1 - len(alts)))
        alts += [alg.merge(c, e) for c, e in both]
        return alts, gaps + more + even_more
    assert isinstance(rule, DependentSchema)
    bad, gaps = negate(alg, rule.shape, depth + 1, room)
    present = Shape(kinds=frozenset({"object"}), obj=ObjectFacet(required=frozenset({rule.name})), where=rule.where)
    return [alg.merge(present, b) for b in bad], gaps


def all_negated(alg: Algebra, shapes: list[Shape], depth: int, where: str, room: int = MAX_WAYS) -> Negation:
    """Shapes for values failing every one of ``shapes`` (merged combinations, capped)."""
    combos: Iterator[Shape] = iter([TRUE])
    gaps: list[Reason] = []
    for s in shapes:
        bad, missing = negate(alg, s, depth + 1, room)
        gaps += missing
        # capped before merging: each combination fails every branch so far, so any subset of
        # them still does (fewer values, each one right); never exponential in the branches.
        # The first _MAX_COMBINATIONS are all that is kept, so no more are merged -- and lazily:
        # a caller with room for fewer (``_ways`` stops one past its room) merges only the first
        # ones it reads.
        combos = itertools.islice(_merged(alg, combos, bad), _MAX_COMBINATIONS)
    return list(itertools.islice(combos, min(_MAX_COMBINATIONS, room + 1))), gaps


def _merged(alg: Algebra, combos: Iterator[Shape], bad: list[Shape]) -> Iterator[Shape]:
    for c in combos:
        for b in bad:
            if (m := alg.merge(c, b)).kinds:
                yield m
