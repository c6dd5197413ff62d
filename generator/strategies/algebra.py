"""Shape algebra: ``merge`` (and), ``negate`` (not), ``accepts`` (is a JSON value in the shape?).

Input: ``Shape`` values from ``canon``, and a way to unfold a named shape (``ref``). Output: new
shapes. Why here and not in the emitters: ``allOf``, ``if``/``else``, ``oneOf`` exclusivity and
every invalid mutation reduce to these three operations, and keeping them exact (or, where exact
is out of reach, on the safe side) is what makes generated data valid by construction.

Safe side means: ``merge`` may describe *fewer* values than the true intersection (never more),
and ``negate`` (in ``specloom.strategies.negate``) returns alternatives that each lie inside the
complement, with a ``Reason`` for every part it cannot construct. ``accepts`` is exact: it is a
small evaluator of the canonical form, used on finite candidates (enum values, probes).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction
from functools import lru_cache
from typing import Any

from specloom_runtime.wire import (
    FORMAT_CHECKERS,
    all_unique,
    json_in,
    multiple_of,
    translate_pattern,
)

from specloom.strategies.negate import MAX_WAYS, all_negated, negate
from specloom.strategies.shapes import (
    TRUE,
    AnyOf,
    ArrayFacet,
    DependentSchema,
    IfThenElse,
    Inexact,
    Not,
    NumberFacet,
    ObjectFacet,
    OneOf,
    OverBudget,
    Reason,
    Shape,
    StrategyError,
    StringFacet,
    kind_of,
    prune,
)  # fmt: skip

__all__ = ["Algebra", "search", "Negation", "named_props"]

Negation = tuple[list[Shape], list[Reason]]  # alternatives inside the complement, and the gaps


@lru_cache(maxsize=512)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(translate_pattern(pattern), re.ASCII)


def search(pattern: str, text: str) -> bool:
    """ECMA-262 ``pattern`` found in ``text`` (the validators' semantics)."""
    return _regex(pattern).search(text) is not None


def _union(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    return a + tuple(x for x in b if x not in a)


def _values_union(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    return a + tuple(x for x in b if not json_in(x, a))


def _stricter(x: int | float | None, x_excl: bool, y: int | float | None, y_excl: bool, low: bool) -> tuple[int | float | None, bool]:
    if x is None:
        return y, y_excl
    if y is None or x == y:
        return x, x_excl or (y == x and y_excl)
    return (x, x_excl) if (x > y) == low else (y, y_excl)


def named_props(facet: ObjectFacet) -> dict[str, Shape]:
    """Name -> schema of the facet's ``properties``, the first of a name as ``ObjectFacet.prop`` finds it."""
    return dict(reversed(facet.props))


def _lcm(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None or b is None:
        return a if b is None else b
    return Fraction(math.lcm(a.numerator, b.numerator), math.gcd(a.denominator, b.denominator))


_DEFAULT_FACETS = (StringFacet(), NumberFacet(), ArrayFacet(), ObjectFacet())


def _only_kinds(s: Shape) -> bool:
    """True when ``s`` says nothing but which kinds a value may have."""
    return s.enum is None and not s.not_in and not s.rules and (s.string, s.number, s.array, s.obj) == _DEFAULT_FACETS


class Algebra:
    """Merge, negate and test shapes; ``unfold`` maps a named shape's pointer to its shape."""

    def __init__(self, unfold: Callable[[str], Shape]) -> None:
        self.unfold = unfold
        self._merging: list[tuple[Shape, Shape]] = []  # merges of named shapes under way
        # ``negate``'s results by (id(shape), depth, room), each with its shape (kept alive, so
        # the id stays its own): a named schema is negated once, not once per use.
        self.negations: dict[tuple[int, int, int], tuple[Shape, tuple[Shape, ...], tuple[Reason, ...]]] = {}
        # Work budget of the schema being compiled (``budget``): the last guard against a form
        # the compiler's own caps miss. Merges and expansions are counted: every combination costs some.
        self._spent = 0
        self._limit: int | None = None
        self._budget_for = ""
        self._bound = False  # ``_spent`` holds ``memo`` hits: an upper bound of the exact count
        self.bounds = True  # ``memo`` hits may charge upper bounds (else only exact counts: no ``Inexact``)
        # Caches whose use saves steps (``memo``): canonical shapes and negations built, negations reused.
        self.filled = 0
        self.reused = 0

    def budget(self, steps: int | None, pointer: str = "") -> None:
        """Allow ``steps`` more steps (None: no limit) while compiling the schema at ``pointer``."""
        self._spent, self._limit, self._budget_for, self._bound = 0, steps, pointer, False

    def own(self, pointer: str) -> tuple[int, str, bool]:
        """Charge what follows to the schema at ``pointer`` until ``resume``: a named schema
        compiled inside another pays for its own shape, not the entry that reached it first (an
        entry that reaches a graph of hundreds of schemas would pay for all of them). So the
        work of a document is at most its number of schemas times the budget."""
        saved = self._spent, self._budget_for, self._bound
        self._spent, self._budget_for, self._bound = 0, pointer, False
        return saved

    def resume(self, saved: tuple[int, str, bool]) -> None:
        self._spent, self._budget_for, self._bound = saved

    @property
    def spent(self) -> int:
        """Steps charged so far to the schema being compiled (``memo`` reads what a walk took)."""
        return self._spent

    def charge(self, steps: int, exact: bool) -> bool:
        """A ``memo`` hit's steps, those of the walk it saves (``exact``) or at most those: False
        (nothing charged) when they could cross the budget, where only the walk says whether it does."""
        if (self._limit is not None and self._spent + steps > self._limit) or not (exact or self.bounds):
            return False
        self._spent += steps
        self._bound = self._bound or (steps > 0 and not exact)
        return True

    def spend(self) -> None:
        """One step of work (a merge, an alternative expanded, a presence branch read)."""
        self._spent += 1
        if self._limit is not None and self._spent > self._limit:
            if self._bound:  # the exact count may be within the budget: only a compile without hits knows
                raise Inexact(self._budget_for)
            raise OverBudget("", self._budget_for, f"more than {self._limit} steps (shape merges, alternatives) for one schema; beyond the strategy compiler's budget")

    def deref(self, shape: Shape) -> Shape:
        seen: set[str] = set()
        while shape.ref is not None:
            if shape.ref in seen:
                raise StrategyError("$ref", shape.ref, "a cycle of $refs with no schema in between")
            seen.add(shape.ref)
            shape = self.unfold(shape.ref)
        return shape

    # -- merge ----------------------------------------------------------------------------------

    def merge(self, a: Shape, b: Shape) -> Shape:
        """A shape for values in both ``a`` and ``b`` (exact, or a subset where noted)."""
        if a is b or a == b:  # equal up to where/at: keep the one that says where it came from
            return b if b.where or not a.where else a
        if a.is_true:
            return b
        if b.is_true:
            return a
        # Only merges that combine are charged: one with nothing to combine is no work, and a large
        # object merged with a type or a ``required`` (canon, keyword by keyword) merged each of its
        # properties with nothing, a step each -- Stripe's ``account`` crossed the budget so, and
        # 1,058 schemas that reach it were drawn by the fallback, without invalid values.
        self.spend()
        if a.ref is None and b.ref is None:
            return self._merge(a, b)
        # Only a type restriction on one side (a group of kinds being drawn, the rest of an
        # ``anyOf: [{$ref}, {type: null}]``) that the named schema's kinds already meet: the
        # intersection is the named schema itself, drawn by its name -- not a copy of it unfolded,
        # whose properties' own such rules would unfold their schemas in turn.
        for x, y in ((a, b), (b, a)):
            if y.ref is not None and x.ref is None and _only_kinds(x) and self.deref(y).kinds <= x.kinds:
                return y
        # A recursive schema merged with another can come back to the same merge (items of items
        # of ...): refuse, located, rather than recurse without end.
        if len(self._merging) > 64 or any(x == a and y == b for x, y in self._merging):
            raise StrategyError("$ref", str(a.ref or b.ref), "merging this recursive schema with another one never ends; beyond the strategy compiler")
        self._merging.append((a, b))
        try:
            return self._merge(self.deref(a), self.deref(b))
        finally:
            self._merging.pop()

    def _merge(self, a: Shape, b: Shape) -> Shape:
        kinds = a.kinds & b.kinds
        if "integer" in kinds or "fraction" in kinds:
            number = self._merge_number(a.number, b.number)
        else:
            number = NumberFacet()
        merged = Shape(
            kinds=kinds,
            enum=b.enum if a.enum is None else a.enum if b.enum is None else tuple(v for v in a.enum if json_in(v, b.enum)),
            not_in=_values_union(a.not_in, b.not_in),
            string=self._merge_string(a.string, b.string) if "string" in kinds else StringFacet(),
            number=number,
            array=self._merge_array(a.array, b.array) if "array" in kinds else ArrayFacet(),
            obj=self._merge_object(a.obj, b.obj) if "object" in kinds else ObjectFacet(),
            rules=_union(a.rules, b.rules),
            where=a.where or b.where,
            at=a.at + b.at,
        )
        return prune(merged)

    @staticmethod
    def _merge_string(a: StringFacet, b: StringFacet) -> StringFacet:
        top = b.max_len if a.max_len is None else a.max_len if b.max_len is None else min(a.max_len, b.max_len)
        return StringFacet(max(a.min_len, b.min_len), top, _union(a.patterns, b.patterns),
                           _union(a.not_patterns, b.not_patterns), _union(a.formats, b.formats))  # fmt: skip

    @staticmethod
    def _merge_number(a: NumberFacet, b: NumberFacet) -> NumberFacet:
        lo, lo_excl = _stricter(a.lo, a.lo_excl, b.lo, b.lo_excl, low=True)
        hi, hi_excl = _stricter(a.hi, a.hi_excl, b.hi, b.hi_excl, low=False)
        return NumberFacet(lo, lo_excl, hi, hi_excl, _lcm(a.multiple, b.multiple), _union(a.not_multiples, b.not_multiples))

    def _merge_array(self, a: ArrayFacet, b: ArrayFacet) -> ArrayFacet:
        def at(f: ArrayFacet, i: int) -> Shape:
            return f.prefix[i] if i < len(f.prefix) else (f.items or TRUE)

        n = max(len(a.prefix), len(b.prefix))
        items = None if a.items is None and b.items is None else self.merge(a.items or TRUE, b.items or TRUE)
        top = b.max_items if a.max_items is None else a.max_items if b.max_items is None else min(a.max_items, b.max_items)
        return ArrayFacet(tuple(self.merge(at(a, i), at(b, i)) for i in range(n)), items,
                          max(a.min_items, b.min_items), top, a.unique or b.unique, _union(a.contains, b.contains))  # fmt: skip

    def schema_for(self, facet: ObjectFacet, name: str, props: dict[str, Shape] | None = None) -> Shape:
        """The schema a key ``name`` must satisfy under ``facet`` (named, pattern or additional); ``props``:
        the facet's ``named_props``, for a caller asking about each of many names (not a scan each)."""
        named = facet.prop(name) if props is None else props.get(name)
        if named is not None:
            return named
        matching = [s for p, s in facet.patterns if search(p, name)]
        if matching:
            result = TRUE
            for s in matching:
                result = self.merge(result, s)
            return result
        return TRUE if facet.additional is None else facet.additional

    def _merge_object(self, a: ObjectFacet, b: ObjectFacet) -> ObjectFacet:
        in_a, in_b = named_props(a), named_props(b)
        names = [n for n, _ in a.props] + [n for n, _ in b.props if n not in in_a]
        props = tuple((n, self.merge(self.schema_for(a, n, in_a), self.schema_for(b, n, in_b))) for n in names)
        # A key matching a pattern of one side only must also satisfy the other side's
        # additionalProperties; attaching it to the pattern over-restricts keys matching both.
        patterns = tuple((p, s if b.additional is None else self.merge(s, b.additional)) for p, s in a.patterns)
        patterns += tuple((p, s if a.additional is None else self.merge(s, a.additional)) for p, s in b.patterns)
        if len({p for p, _ in patterns}) < len(patterns):  # one pattern on both sides: its keys obey both
            same: dict[str, Shape] = {}
            for p, s in patterns:
                same[p] = self.merge(same[p], s) if p in same else s
            patterns = tuple(same.items())
        additional = None if a.additional is None and b.additional is None else self.merge(a.additional or TRUE, b.additional or TRUE)
        names_shape = None if a.names is None and b.names is None else self.merge(a.names or TRUE, b.names or TRUE)
        top = b.max_props if a.max_props is None else a.max_props if b.max_props is None else min(a.max_props, b.max_props)
        return ObjectFacet(
            props=props, required=a.required | b.required, patterns=patterns, additional=additional,
            names=names_shape, min_props=max(a.min_props, b.min_props), max_props=top,
            dep_required=_union(a.dep_required, b.dep_required), need_keys=_union(a.need_keys, b.need_keys),
            evaluated=a.evaluated | b.evaluated, evaluates_all=a.evaluates_all or b.evaluates_all,
        )  # fmt: skip

    def merge_all(self, shapes: list[Shape]) -> Shape:
        result = TRUE
        for s in shapes:
            result = self.merge(result, s)
        return result

    # -- negate (see ``specloom.strategies.negate``) ------------------------------------------

    def negate(self, shape: Shape, depth: int = 0, room: int = MAX_WAYS) -> Negation:
        """Shapes whose union lies inside the complement of ``shape``, plus what was left out
        (at most ``room`` shapes: past it, a gap)."""
        return negate(self, shape, depth, room)

    def all_negated(self, shapes: list[Shape], depth: int, where: str) -> Negation:
        """Shapes for values failing every one of ``shapes`` (merged combinations, capped)."""
        return all_negated(self, shapes, depth, where)

    # -- accepts --------------------------------------------------------------------------------

    def accepts(self, shape: Shape, value: Any) -> bool:
        """Whether the JSON ``value`` is described by ``shape`` (used on finite candidates)."""
        shape = self.deref(shape)
        kind = kind_of(value)
        if kind not in shape.kinds:
            return False
        if shape.enum is not None and not json_in(value, shape.enum):
            return False
        if shape.not_in and json_in(value, shape.not_in):
            return False
        if kind == "string" and not self._accepts_string(shape, value):
            return False
        if kind in ("integer", "fraction") and not self._accepts_number(shape, value):
            return False
        if kind == "array" and not self._accepts_array(shape, value):
            return False
        if kind == "object" and not self._accepts_object(shape, value):
            return False
        return all(self._rule_holds(r, value) for r in shape.rules)

    @staticmethod
    def _accepts_string(shape: Shape, value: str) -> bool:
        f = shape.string
        return (f.min_len <= len(value) and (f.max_len is None or len(value) <= f.max_len)
                and all(search(p, value) for p in f.patterns)
                and not any(search(p, value) for p in f.not_patterns)
                and all(FORMAT_CHECKERS[x](value) for x in f.formats if x in FORMAT_CHECKERS))  # fmt: skip

    @staticmethod
    def _accepts_number(shape: Shape, value: int | float) -> bool:
        f = shape.number
        if f.lo is not None and (value < f.lo or (f.lo_excl and value == f.lo)):
            return False
        if f.hi is not None and (value > f.hi or (f.hi_excl and value == f.hi)):
            return False
        if f.multiple is not None and not multiple_of(value, f.multiple):
            return False
        return not any(multiple_of(value, m) for m in f.not_multiples)

    def _accepts_array(self, shape: Shape, value: list[Any]) -> bool:
        f = shape.array
        if len(value) < f.min_items or (f.max_items is not None and len(value) > f.max_items):
            return False
        for i, item in enumerate(value):
            sub = f.prefix[i] if i < len(f.prefix) else f.items
            if sub is not None and not self.accepts(sub, item):
                return False
        if f.unique and not all_unique(value):
            return False
        for c in f.contains:
            hits = sum(1 for item in value if self.accepts(c.shape, item))
            if hits < c.least or (c.most is not None and hits > c.most):
                return False
        return True

    def _accepts_object(self, shape: Shape, value: dict[str, Any]) -> bool:
        f = shape.obj
        if not f.required <= value.keys() or len(value) < f.min_props:
            return False
        if f.max_props is not None and len(value) > f.max_props:
            return False
        for key, item in value.items():
            if f.names is not None and not self.accepts(f.names, key):
                return False
            if not self.accepts(self.schema_for(f, key), item):
                return False
        if any(t in value and not set(needed) <= value.keys() for t, needed in f.dep_required):
            return False
        return all(any(self.accepts(n, k) for k in value) for n in f.need_keys)

    def _rule_holds(self, rule: Any, value: Any) -> bool:
        if isinstance(rule, AnyOf):
            return any(self.accepts(b, value) for b in rule.branches)
        if isinstance(rule, OneOf):
            return sum(1 for b in rule.branches if self.accepts(b, value)) == 1
        if isinstance(rule, IfThenElse):
            return self.accepts(rule.then if self.accepts(rule.cond, value) else rule.else_, value)
        if isinstance(rule, Not):
            return not self.accepts(rule.shape, value)
        assert isinstance(rule, DependentSchema)
        return type(value) is not dict or rule.name not in value or self.accepts(rule.shape, value)
