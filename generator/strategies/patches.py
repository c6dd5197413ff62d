"""Rule mutations: values that make one ``anyOf``/``oneOf``/``if``/``not``/``dependentSchemas`` fail.

Input: a shape, one of its rules, and the ``Mutator`` (for valid parts and labels). Output:
labelled mutation constants. A presence rule (see ``specloom.strategies.presence``) is read as
alternatives of literals; a *patch* -- one failed literal taken from every alternative, that drops
no required key -- is applied to a value valid for the whole schema: keys dropped, keys set to
values drawn for them, pattern keys added or stripped. Every alternative then fails, so the rule
does, and nothing else changes (an object with neither of two alternative keys; an ``if``-selected
value without the key its ``then`` requires). Other rules fall back to values drawn from the rest
of the schema merged with the rule's negation.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from specloom_runtime.wire import translate_pattern

from specloom.strategies.algebra import Algebra, search
from specloom.strategies.literals import Lit
from specloom.strategies.presence import Builder
from specloom.strategies.shapes import (
    AnyOf,
    DependentSchema,
    IfThenElse,
    Not,
    OneOf,
    Rule,
    Shape,
    StrategyError,
    StringFacet,
    evolve,
)
from specloom.strategies.writer import clip, str_lit, tuple_lit

if TYPE_CHECKING:
    from specloom.strategies.invalid import Mutator

__all__ = ["rule_mutations"]

_RULE_WAYS = 4  # ways to fail a rule built for its mutations


def rule_mutations(m: Mutator, s: Shape, rule: Rule) -> list[str]:
    """Mutations that make ``rule`` of ``s`` fail: literal patches when it is a presence rule,
    else values of the rest of ``s`` merged with the rule's negation (at most two)."""
    keyword = {AnyOf: "anyOf: no branch holds", OneOf: "oneOf: not exactly one branch holds",
               IfThenElse: "if/then/else: the branch that applies fails", Not: "not: the negated schema holds",
               DependentSchema: "dependentSchemas: "}[type(rule)]  # fmt: skip
    if isinstance(rule, DependentSchema):
        keyword += f"{rule.name!r} is present and its schema fails"
    rest = evolve(s, rules=tuple(r for r in s.rules if r is not rule))
    if s.kinds == {"object"}:
        patched = _rule_patches(m, s, rest, rule, keyword)
        if patched is not None:
            return patched
    out: list[str] = []
    try:
        # two are kept: room for a few more than that (one may have no strategy), not for the
        # 64 ways a negation builds by default (Stripe: a third of its strategies' time)
        bad, _ = m.alg.negate(Shape(rules=(rule,)), room=_RULE_WAYS)
    except StrategyError:  # too many ways to fail it: no mutation of this rule
        return out
    for alt in bad:
        mark = m.em.mark()
        try:
            code = m.em.strategy(m.alg.merge(rest, alt))
        except StrategyError:
            # nothing half-written may stay: a recursive schema given up leaves a deferred
            # reference to a name never defined (F821, and a NameError when drawn)
            m.em.rollback(mark, inside=True)
            continue
        if isinstance(code, str):
            out.append(m.label(keyword, code))
        if len(out) == 2:
            break
    return out


def _rule_patches(m: Mutator, s: Shape, rest: Shape, rule: Rule, keyword: str) -> list[str] | None:
    """Literal patches that make a presence rule fail on an otherwise valid object."""
    builder = Builder(m.alg, rest)
    alts = builder.rule_sets(rule)
    if alts is None:
        return None
    # Patch a value valid for the whole schema: shared with the other mutations, and only the
    # literals of the patch change.
    valid = m.em.strategy(s)
    if not isinstance(valid, str) or any(not a for a in alts):
        return []
    out: list[str] = []
    seen: list[frozenset[Lit]] = []
    kept = {(builder.var(("P", name)), False) for name in rest.obj.required}  # never drop a required key
    for combo in itertools.islice(itertools.product(*[[(v, not t) for v, t in a] for a in alts]), 512):
        patch = frozenset(combo)
        if any((v, not t) in patch for v, t in patch) or patch in seen or patch & kept:
            continue
        seen.append(patch)
        code = _apply(m, builder, rest, valid, patch, keyword)
        if code is not None:
            out.append(code)
        if len(out) == 2:
            break
    return out


def _apply(m: Mutator, builder: Builder, s: Shape, valid: str, patch: frozenset[Lit], keyword: str) -> str | None:
    """``valid`` objects changed so that every literal of ``patch`` holds (None: impossible)."""
    alg, f = m.alg, s.obj
    present: dict[str, bool] = {}
    conds: dict[str, list[tuple[Shape, bool]]] = {}
    keys: dict[str, bool] = {}
    for var, truth in sorted(patch):
        kind, name = builder.vars[var][0], str(builder.vars[var][1])
        if kind == "P":
            present[name] = truth
        elif kind == "A":
            constraint = builder.vars[var][2]
            assert isinstance(constraint, Shape)
            conds.setdefault(name, []).append((constraint, truth))
        else:
            keys[name] = truth
    for name, cs in conds.items():
        if any(t for _, t in cs):
            if present.get(name) is False:
                return None
            present[name] = True
        present.setdefault(name, name in f.required)  # an absent key fails every condition
    for pattern, truth in keys.items():
        for name in [n for n, _ in f.props] + sorted(f.required):
            if not truth and search(pattern, name):
                if present.get(name):
                    return None
                present[name] = False
    put: dict[str, str] = {}
    words: list[str] = []
    for name, here in sorted(present.items()):
        if not here:
            words.append(f"without {name!r}")
            continue
        shape = alg.schema_for(f, name)
        for constraint, truth in conds.get(name, []):
            shape = alg.merge(shape, constraint if truth else Shape(rules=(Not(constraint),)))
            words.append(_condition(alg, name, constraint, truth))
        code = m.em.strategy(shape)
        if not isinstance(code, str):
            return None
        put[name] = code
        if name not in conds:
            words.append(f"with {name!r}")
    extra: list[str] = []
    strip: list[str] = []
    for pattern, truth in sorted(keys.items()):
        words.append(("with a key matching " if truth else "without keys matching ") + repr(pattern))
        if truth:
            group = _key_group(m, s, pattern)
            if group is None:
                return None
            extra.append(group)
        else:
            strip.append(translate_pattern(pattern))
    regex = "st.none()"
    if strip:
        m.w.imports.add("import re")
        joined = "|".join(f"(?:{p})" for p in strip)
        regex = f"st.just({m.w.const(f're.compile({str_lit(joined)}, re.ASCII)', '_p', '')})"
    drop = tuple(n for n, here in sorted(present.items()) if not here)
    return m.patch(valid, f"{keyword} ({', '.join(words)})", drop, put, regex, tuple(extra))


def _key_group(m: Mutator, s: Shape, pattern: str) -> str | None:
    f, alg = s.obj, m.alg
    values = next(v for p, v in f.patterns if p == pattern)
    names = f.names or Shape()
    keys = m.em.strategy(alg.merge(names, Shape(kinds=frozenset({"string"}), string=StringFacet(patterns=(pattern,)))))
    vals = m.em.strategy(values)
    if not isinstance(keys, str) or not isinstance(vals, str):
        return None
    named = sorted({n for n, _ in f.props} | f.required)
    if named:
        banned = m.w.const(f"frozenset({tuple_lit([str_lit(n) for n in named])})", "_v", "")
        keys = m.w.const(f"{keys}.filter(lambda k: k not in {banned})")
    return m.w.const(f"st.dictionaries({keys}, {vals}, min_size=1, max_size=1)")


def _condition(alg: Algebra, name: str, constraint: Shape, truth: bool) -> str:
    c = alg.deref(constraint)
    if c.enum is not None and len(c.enum) == 1:
        return f"{name!r} {'=' if truth else '!='} {clip(c.enum[0])}"
    return f"{name!r} {'meeting' if truth else 'failing'} its condition"
