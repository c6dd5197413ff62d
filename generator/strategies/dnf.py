"""Rules -> alternatives: the disjunctive normal form of a shape, plus quick emptiness checks.

Input: a ``Shape`` whose ``rules`` (anyOf, oneOf, if/then/else, not, dependentSchemas) are still
pending. Output: a list of rule-free shapes whose union describes (a subset of) the same values;
each can be generated without filtering. ``oneOf`` branches are made exclusive by construction:
branch *i* is merged with the negation of every branch it is not provably disjoint from.

Why the caller may keep some rules: an object's presence rules (``anyOf`` of ``required``,
``dependentSchemas``, ``if``/``then`` on one property) multiply out into thousands of
alternatives, so ``specloom.strategies.presence`` solves those at draw time instead; ``keep``
says which rules to leave alone.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from fractions import Fraction

from specloom.strategies.algebra import Algebra
from specloom.strategies.shapes import (
    ALL_KINDS,
    FALSE,
    NUMBER_KINDS,
    AnyOf,
    DependentSchema,
    IfThenElse,
    Not,
    ObjectFacet,
    OneOf,
    Reason,
    Rule,
    Shape,
    evolve,
)  # fmt: skip

__all__ = ["expand", "narrow", "quick_empty", "disjoint", "fold_unevaluated", "integer_range"]

# Budgets. Why: the disjunctive normal form of a conjunction of disjunctions (an allOf of 20
# oneOfs, five nested anyOf levels, a oneOf of 58 branches each made to fail the 57 others) has
# exponentially many alternatives. Every alternative is valid on its own, so the expansion keeps
# at most MAX_ALTERNATIVES of them (fewer values drawn, each still valid), and a oneOf costs at
# most _ONE_OF_BUDGET shape operations however many branches it has.
MAX_ALTERNATIVES = 128
_ONE_OF_WAYS = 3  # per oneOf branch and per other branch it must fail
_ONE_OF_BUDGET = 40_000  # branch x other branch x kept combinations


def expand(alg: Algebra, shape: Shape, keep: Callable[[Shape, Rule], bool] | None = None) -> tuple[list[Shape], list[Reason]]:
    """Alternatives of ``shape`` with every rule expanded except those ``keep`` accepts.

    Polynomial: at most ``MAX_ALTERNATIVES`` shapes wait at any time, so each rule multiplies
    nothing beyond that; over budget, a shape keeps its first choices that can hold, never
    fewer than one.
    """
    if not shape.rules:  # most shapes: nothing to expand (the loop below would take it as is)
        alg.spend()
        return [shape], []
    done: list[Shape] = []
    reasons: list[Reason] = []
    todo = deque([shape])
    while todo:
        s = todo.popleft()
        alg.spend()
        index = next((i for i, r in enumerate(s.rules) if keep is None or not keep(s, r)), None)
        if index is None:
            done.append(s)
            continue
        rule = s.rules[index]
        rest = evolve(s, rules=s.rules[:index] + s.rules[index + 1 :])
        choices, gaps = _alternatives(alg, rule, rest)
        reasons += gaps
        room = MAX_ALTERNATIVES - len(done) - len(todo)  # costed before merging
        found = 0
        for choice in choices:
            if found and found >= room:
                break
            merged = alg.merge(rest, choice)
            if not rest.where and merged.where:  # "" is the root's pointer (and falsy): its alternatives stay the root's
                merged = evolve(merged, where="")
            why = quick_empty(alg, merged)
            if why is None:
                todo.append(merged)
                found += 1
            elif merged.kinds:  # a choice of other kinds only (a dependentSchemas' non-objects under type: object) explains nothing
                reasons.append(why)
        if not found and not gaps:
            reasons.insert(0, Reason(_keyword(rule), rule.where, _NOTHING[type(rule)]))
    return done, reasons


_NARROWINGS = 8  # nested one-branch anyOfs unwrapped; past them the expansion does the rest


def narrow(alg: Algebra, shape: Shape) -> Shape:
    """``shape`` with each ``anyOf`` keeping only the branches that allow one of its kinds, and a
    rule left with one branch merged in: the same values.

    Why: OpenAPI 3.0's ``nullable`` beside a ``$ref`` becomes ``anyOf: [{$ref}, {type: null}]``
    (``specloom.normalize``), and the object group of such a property would otherwise hand the
    presence solver a rule whose one object branch it reads property by property (negating each),
    where the named schema's own strategy is the answer (``Algebra.merge`` returns the ``$ref``).
    """
    for _ in range(_NARROWINGS):  # a branch merged in may bring an anyOf of its own (anyOf: [{anyOf: [{$ref}]}, ...])
        if not any(type(r) is AnyOf for r in shape.rules):
            return shape
        kept: list[Rule] = []
        single: list[Shape] = []
        for rule in shape.rules:
            if type(rule) is AnyOf:
                live = tuple(b for b in rule.branches if alg.deref(b).kinds & shape.kinds)
                if len(live) == 1:
                    single.append(live[0])
                    continue
                if live and len(live) < len(rule.branches):
                    rule = evolve(rule, branches=live)
            kept.append(rule)
        out = evolve(shape, rules=tuple(kept))
        for branch in single:
            out = alg.merge(out, branch)
        if not single:
            return out
        shape = out
    return shape



_NOTHING = {
    AnyOf: "no branch can hold together with the rest of the schema",
    OneOf: "no value can satisfy exactly one branch",
    IfThenElse: "neither if+then nor (not if)+else can hold together with the rest of the schema",
    Not: "no value fails the negated schema (not: {} or not: true?)",
    DependentSchema: "the dependent schema can never hold, and the property is required",
}


def _keyword(rule: Rule) -> str:
    return {AnyOf: "anyOf", OneOf: "oneOf", IfThenElse: "if", Not: "not", DependentSchema: "dependentSchemas"}[type(rule)]


def _alternatives(alg: Algebra, rule: Rule, base: Shape) -> tuple[list[Shape], list[Reason]]:
    if isinstance(rule, AnyOf):
        return list(rule.branches), []
    if isinstance(rule, Not):
        return alg.negate(rule.shape)
    if isinstance(rule, IfThenElse):
        not_cond, gaps = alg.negate(rule.cond)
        return [alg.merge(rule.cond, rule.then)] + [alg.merge(c, rule.else_) for c in not_cond], gaps
    if isinstance(rule, DependentSchema):
        absent = Shape(kinds=frozenset({"object"}), obj=ObjectFacet(props=((rule.name, FALSE),)), where=rule.where)
        present = Shape(kinds=frozenset({"object"}), obj=ObjectFacet(required=frozenset({rule.name})), where=rule.where)
        return [Shape(kinds=ALL_KINDS - {"object"}), absent, alg.merge(present, rule.shape)], []
    assert isinstance(rule, OneOf)
    out: list[Shape] = []
    holes: list[Reason] = []
    n = len(rule.branches)
    # each branch's combinations are capped before they multiply (x3 per other branch)
    cap = max(1, _ONE_OF_BUDGET // max(1, n * n))
    negated: dict[int, list[Shape]] = {}
    for i, branch in enumerate(rule.branches):
        combos = [alg.merge(base, branch)]
        for j, other in enumerate(rule.branches):
            if j == i:
                continue
            live = [c for c in combos if not disjoint(alg, c, other)]
            if not live:
                continue
            if j not in negated:  # the ways to fail a branch do not depend on the branch kept
                negated[j], missing = alg.negate(other)
                holes += missing
            combos = [c for c in combos if disjoint(alg, c, other)]
            for c in live:  # a few ways to fail the other branch are enough: fewer values, still valid
                if len(combos) >= cap:
                    break
                combos += [m for b in negated[j] if quick_empty(alg, m := alg.merge(c, b)) is None][:_ONE_OF_WAYS]
            del combos[cap:]
        out += combos
    return out, holes


def quick_empty(alg: Algebra, shape: Shape) -> Reason | None:
    """A reason when ``shape`` obviously has no value (cheap; emitters find the rest)."""
    if shape.ref is not None:
        return None
    if not shape.kinds:
        return Reason("type", shape.where, "no JSON type is allowed here (false schema, or type/enum disjoint)")
    if shape.enum is not None:
        plain = evolve(shape, enum=None)
        if not any(alg.accepts(plain, v) for v in shape.enum):
            key = "const" if any(k == "const" for k, _ in shape.at) else "enum"
            return Reason(key, shape.origin(key), "no listed value satisfies the rest of the schema")
        return None
    reasons = [r for r in (_group_empty(alg, shape, k) for k in _KIND_GROUPS if shape.kinds & k) if r]
    groups = sum(1 for k in _KIND_GROUPS if shape.kinds & k)
    return reasons[0] if reasons and len(reasons) == groups else None


_KIND_GROUPS = (frozenset({"null"}), frozenset({"boolean"}), NUMBER_KINDS, frozenset({"string"}),
                frozenset({"array"}), frozenset({"object"}))  # fmt: skip


def _group_empty(alg: Algebra, s: Shape, kinds: frozenset[str]) -> Reason | None:
    if kinds == {"null"}:
        return Reason("not", s.where, "null is excluded") if None in s.not_in else None
    if kinds == {"boolean"}:
        if any(v is True for v in s.not_in) and any(v is False for v in s.not_in):
            return Reason("not", s.where, "both booleans are excluded")
        return None
    if kinds == NUMBER_KINDS:
        return _number_empty(s)
    if kinds == {"string"}:
        f = s.string
        if f.max_len is not None and f.min_len > f.max_len:
            return Reason("minLength", s.origin("minLength"), f"minLength {f.min_len} > maxLength {f.max_len}")
        return None
    if kinds == {"array"}:
        a = s.array
        if a.max_items is not None and a.min_items > a.max_items:
            return Reason("minItems", s.origin("minItems"), f"minItems {a.min_items} > maxItems {a.max_items}")
        return None
    o = s.obj
    if o.max_props is not None and o.min_props > o.max_props:
        return Reason("minProperties", s.origin("minProperties"), f"minProperties {o.min_props} > maxProperties {o.max_props}")
    for name in sorted(o.required):
        if alg.schema_for(o, name).is_false:
            return Reason("required", s.origin("required"), f"required property {name!r} can have no value")
    return None


def integer_range(s: Shape) -> tuple[int | None, int | None]:
    """The smallest and largest integers within the number bounds (None: unbounded)."""
    f = s.number
    lo = hi = None
    if f.lo is not None:
        exact = Fraction(f.lo)
        lo = math.floor(exact) + 1 if f.lo_excl and exact.denominator == 1 else math.ceil(exact)
    if f.hi is not None:
        exact = Fraction(f.hi)
        hi = math.ceil(exact) - 1 if f.hi_excl and exact.denominator == 1 else math.floor(exact)
    return lo, hi


def _number_empty(s: Shape) -> Reason | None:
    f = s.number
    if f.lo is None or f.hi is None:
        return None
    lo, hi = integer_range(s)
    ints_empty = lo is not None and hi is not None and lo > hi
    reals_empty = f.lo > f.hi or (f.lo == f.hi and (f.lo_excl or f.hi_excl))
    if (s.kinds == {"integer"} and ints_empty) or reals_empty:
        return Reason("minimum", s.origin("minimum") if any(k == "minimum" for k, _ in s.at) else s.origin("exclusiveMinimum"),
                      f"no number lies between the lower bound {f.lo!r} and the upper bound {f.hi!r}")  # fmt: skip
    return None


def disjoint(alg: Algebra, a: Shape, b: Shape, depth: int = 0) -> bool:
    """True when no value can be in both (a structural proof; False means "not proven")."""
    if depth > 4:
        return False
    a, b = alg.deref(a), alg.deref(b)
    if not a.kinds & b.kinds:
        return True
    for x, y in ((a, b), (b, a)):
        if x.enum is not None and not any(alg.accepts(y, v) for v in x.enum):
            return True
    if quick_empty(alg, alg.merge(a, b)) is not None:
        return True
    if a.kinds & b.kinds == {"object"}:
        for x, y in ((a, b), (b, a)):
            for name in sorted(x.obj.required):
                other = alg.schema_for(y.obj, name)
                if (name in y.obj.required or other.is_false) and disjoint(alg, alg.schema_for(x.obj, name), other, depth + 1):
                    return True
    return False


def fold_unevaluated(alg: Algebra, shape: Shape, unevaluated: Shape) -> Shape:
    """Apply ``unevaluatedProperties`` to a rule-free shape: keys it did not evaluate obey it."""
    f = shape.obj
    if f.evaluates_all or unevaluated.is_true:
        return shape
    props = tuple((n, s if n in f.evaluated else alg.merge(s, unevaluated)) for n, s in f.props)
    folded = evolve(f, props=props, additional=unevaluated, evaluates_all=True)
    return evolve(shape, obj=folded)
