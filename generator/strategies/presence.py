"""Object presence rules -> a small satisfiability problem, solved while drawing.

Input: an object ``Shape`` whose remaining rules are *presence-reducible*: every branch only
says that keys are present or absent, that one key's value lies in a sub-schema, or that some
key matches one of the object's ``patternProperties`` patterns (``not: {propertyNames: {not:
{pattern}}}``). Output: a ``Plan`` for the object emitter.

Why: such rules are everywhere in real specs ("email or mobile_number", "card_number_prefix
needs card_number_generate", "register needs card_number", "condensed only without
output=XML"), and multiplying them out into alternatives explodes (a 22-branch ``anyOf`` times
``if`` times three ``dependentSchemas``...). Each rule is instead read as alternatives of
literal sets over boolean variables -- P(name) "name is present", A(name, S) "name is present
and its value is in S", K(pattern) "some key matches pattern". A rule of the form
``(x and A) or (not x and B)`` -- ``dependentSchemas``, ``dependentRequired``, ``if`` on one
literal -- becomes the implications x -> A, not x -> B (2-SAT); any other rule with several
alternatives is a choice made up front, and every consistent combination of those choices is
enumerated here. With the implication closure precomputed, deciding the remaining variables one
by one (drawn at random, consequences recorded) can never reach a dead end: if a literal's
consequences contradicted what is known, the contrapositive would have decided it already.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from specloom.strategies.algebra import Algebra, search
from specloom.strategies.literals import Lit, contradicts, literal_index, pivot_of, spread
from specloom.strategies.shapes import (
    FALSE,
    AnyOf,
    DependentSchema,
    IfThenElse,
    Not,
    OneOf,
    Reason,
    Rule,
    Shape,
    StringFacet,
)  # fmt: skip

__all__ = ["Plan", "Builder", "reducible"]

_MAX_STARTS = 256
_MAX_ALTERNATIVES = 64
_EXCLUSIVE_BUDGET = 256 * 12**3  # branch x other branch x kept combination x its length


@dataclass
class Plan:
    """What the object emitter needs: variables, literal closure, starting sets, value variants.

    Literals are numbered ``2 * variable`` (true) and ``2 * variable + 1`` (false).
    ``variants[name]`` lists, for each truth assignment of the name's atoms (as a binary number,
    first atom most significant), the strategy name of its values (None: that combination is
    impossible and excluded by the clauses).
    """

    present: dict[str, int] = field(default_factory=dict)
    atoms: dict[str, list[int]] = field(default_factory=dict)
    variants: dict[str, list[str | None]] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)
    closure: list[frozenset[int]] = field(default_factory=list)
    starts: list[frozenset[int]] = field(default_factory=list)

    def always(self, literal: int) -> bool:
        return all(literal in s for s in self.starts)

    def never(self, literal: int) -> bool:
        return all(literal ^ 1 in s for s in self.starts)


def reducible(alg: Algebra, shape: Shape, rule: Rule) -> bool:
    """Whether ``rule`` of the object ``shape`` can be left to the presence solver."""
    return Builder(alg, shape).rule_sets(rule) is not None


class Builder:
    """Reads an object shape's rules into a ``Plan`` (see the module docstring)."""

    def __init__(self, alg: Algebra, shape: Shape) -> None:
        self.alg = alg
        self.shape = shape
        self.vars: list[tuple[object, ...]] = []
        self._index: dict[tuple[object, ...], int] = {}  # vars, by key (shapes are hashable)
        self._memo: dict[Rule, list[list[Lit]] | None] = {}
        self.patterns = {p for p, _ in shape.obj.patterns}

    def var(self, key: tuple[object, ...]) -> int:
        try:
            found = self._index.setdefault(key, len(self.vars))
        except TypeError:  # a JSON list inside the key's shape: not hashable, searched
            found = next((i for i, known in enumerate(self.vars) if known == key), len(self.vars))
        if found == len(self.vars):
            self.vars.append(key)
        return found

    # -- rules -> alternatives of literal sets --------------------------------------------------

    def branch(self, b: Shape) -> list[list[Lit]] | None:
        """A branch in disjunctive form: alternatives of literal conjunctions ([] never holds for
        an object, [[]] always holds); None when it is not presence-reducible."""
        self.alg.spend()
        b = self.alg.deref(b)
        if "object" not in b.kinds:
            return []
        f = b.obj
        if b.enum is not None or b.not_in or f.patterns or f.additional is not None or f.min_props or f.max_props is not None or f.dep_required:
            return None
        lits: list[Lit] = [(self.var(("P", r)), True) for r in sorted(f.required)]
        for name, sub in f.props:
            if sub.is_true:
                continue
            if sub.is_false:
                lits.append((self.var(("P", name)), False))
            elif name in f.required or name in self.shape.obj.required:
                lits.append((self.var(("A", name, sub)), True))
            else:  # "if present, in sub" = not (present and not in sub)
                bad, gaps = self.alg.negate(sub)
                if gaps:
                    return None
                if bad:
                    negated = bad[0] if len(bad) == 1 else Shape(rules=(AnyOf(tuple(bad)),))
                    lits.append((self.var(("A", name, negated)), False))
        for key_shape, truth in [(n, True) for n in f.need_keys] + ([(f.names, False)] if f.names is not None else []):
            pattern = self._key_pattern(key_shape, truth)
            if pattern is None:
                return None
            lits.append((self.var(("K", pattern)), truth))
        dnf = [lits]
        for rule in b.rules:
            alts = self.rule_sets(rule)
            if alts is None:
                return None
            dnf = [c + a for c in dnf for a in alts]
            if len(dnf) > _MAX_ALTERNATIVES:
                return None
        return self._tidy(dnf)

    def _tidy(self, dnf: list[list[Lit]]) -> list[list[Lit]]:
        """Drop contradictory conjunctions, and P(name) where A(name, S) (which implies it) is there."""
        out: list[list[Lit]] = []
        for conj in dnf:
            if contradicts(conj, conj):
                continue
            implied = {(self.var(("P", self.vars[v][1])), True) for v, t in conj if t and self.vars[v][0] == "A"}
            tidy = list(dict.fromkeys(lit for lit in conj if lit not in implied))
            if tidy not in out:
                out.append(tidy)
        return out

    def _key_pattern(self, s: Shape, positive: bool) -> str | None:
        s = self.alg.deref(s)
        f = s.string
        form = StringFacet(patterns=f.patterns) if positive else StringFacet(not_patterns=f.not_patterns)
        chosen = f.patterns if positive else f.not_patterns
        if "string" not in s.kinds or s.enum is not None or s.not_in or s.rules or f != form or len(chosen) != 1:
            return None
        return chosen[0] if chosen[0] in self.patterns else None

    def rule_sets(self, rule: Rule) -> list[list[Lit]] | None:
        """The rule in disjunctive form over literals (None: not presence-reducible).

        Memoised: a rule nested in the branches of others (anyOf levels sharing a ``$ref``) is
        read once per object, not once per path to it."""
        try:
            if rule not in self._memo:
                self._memo[rule] = self._rule_sets(rule)
            found = self._memo[rule]
        except TypeError:  # a JSON list inside an enum or const: not hashable, not memoised
            found = self._rule_sets(rule)
        return None if found is None else [list(c) for c in found]

    def _rule_sets(self, rule: Rule) -> list[list[Lit]] | None:
        if isinstance(rule, AnyOf):
            out: list[list[Lit]] = []
            for b in rule.branches:
                alts = self.branch(b)
                if alts is None:
                    return None
                out += alts
            return self._tidy(out)
        if isinstance(rule, OneOf):
            sets = [self.branch(b) for b in rule.branches]
            if any(s is None or len(s) > 1 for s in sets):
                return None
            return self._tidy(self._exclusive([s[0] if s else None for s in sets]))
        if isinstance(rule, Not):
            inner = self.branch(rule.shape)
            return None if inner is None else self._negated(inner)
        if isinstance(rule, IfThenElse):
            cond, then, other = self.branch(rule.cond), self.branch(rule.then), self.branch(rule.else_)
            not_cond = None if cond is None else self._negated(cond)
            if cond is None or then is None or other is None or not_cond is None:
                return None
            return self._tidy([c + t for c in cond for t in then] + [n + e for n in not_cond for e in other])
        assert isinstance(rule, DependentSchema)
        inner = self.branch(rule.shape)
        if inner is None:
            return None
        present = self.var(("P", rule.name))
        return self._tidy([[(present, False)]] + [[(present, True), *c] for c in inner])

    def _negated(self, dnf: list[list[Lit]]) -> list[list[Lit]] | None:
        """not (C1 or C2 ...): one failed literal from every conjunction."""
        out: list[list[Lit]] = [[]]
        for conj in dnf:
            out = [[*o, (v, not t)] for o in out for v, t in conj]
            if len(out) > _MAX_ALTERNATIVES:
                return None
        return self._tidy(out)

    def _exclusive(self, sets: list[list[Lit] | None]) -> list[list[Lit]]:
        """oneOf: each holding branch, plus one broken literal of every branch it does not exclude."""
        out: list[list[Lit]] = []
        cap = min(_MAX_STARTS, max(1, _EXCLUSIVE_BUDGET // len(sets) ** 3))
        for i, mine in enumerate(sets):
            if mine is None:
                continue
            combos: list[list[Lit]] = [list(mine)]
            for j, other in enumerate(sets):
                if j == i or other is None:
                    continue
                following: list[list[Lit]] = []
                for c in combos:
                    following += [c] if contradicts(c, other) else [[*c, (v, not t)] for v, t in other]
                # capped as it grows (each combination alone keeps branch i exclusive, so fewer
                # of them still draw right values): polynomial in the number of branches
                combos = following[:cap]
            out += combos
        return out

    # -- the formula ----------------------------------------------------------------------------

    def build(self, rules: list[Rule], emit: Callable[[Shape], str | Reason], where: str,
              impossible_keys: frozenset[str] = frozenset()) -> Plan | Reason:  # fmt: skip
        """The plan for this object with ``rules``; ``emit`` gives a shape's strategy name (or
        why there is none); ``impossible_keys`` are patterns no key can be drawn for."""
        f = self.shape.obj
        units: list[Lit] = []
        implications: list[tuple[Lit, Lit]] = []
        choices: list[list[list[Lit]]] = []
        for rule in rules:
            alts = self.rule_sets(rule)
            assert alts is not None, "only reducible rules reach the presence solver"
            if not alts:
                return Reason("not", where, "a presence rule of this object can never hold")
            if len(alts) == 1:
                units += alts[0]
            elif len(alts) == 2 and (pivot := pivot_of(alts[0], alts[1])) is not None:
                for lit in alts[0]:
                    if lit != pivot:
                        implications.append((pivot, lit))
                for lit in alts[1]:
                    if lit != (pivot[0], not pivot[1]):
                        implications.append(((pivot[0], not pivot[1]), lit))
            else:
                choices.append(alts)
        for name in sorted(f.required):
            units.append((self.var(("P", name)), True))
        for key_shape in f.need_keys:  # the object's own "some key is ..." (a negated propertyNames)
            pattern = self._key_pattern(key_shape, True)
            if pattern is None:
                return Reason("propertyNames", where, "objects that need a key of some shape other than a patternProperties pattern are beyond the strategy compiler")
            units.append((self.var(("K", pattern)), True))
        for trigger, needed in f.dep_required:
            implications += [((self.var(("P", trigger)), True), (self.var(("P", n)), True)) for n in needed]
        for pattern in sorted(impossible_keys):
            units.append((self.var(("K", pattern)), False))
        for i, key in enumerate(list(self.vars)):
            if key[0] == "A":
                implications.append(((i, True), (self.var(("P", key[1])), True)))
        for i, key in enumerate(list(self.vars)):
            if key[0] == "K":
                for name in self._names():
                    if search(str(key[1]), name):
                        implications.append(((self.var(("P", name)), True), (i, True)))
        plan = Plan()
        for name in self._names():
            plan.present[name] = self.var(("P", name))
            atoms = [i for i, k in enumerate(self.vars) if k[0] == "A" and k[1] == name]
            if len(atoms) > 2:
                return Reason("anyOf", where, f"more than two conditions on the value of {name!r}; beyond the strategy compiler")
            variants = self._variants(name, atoms, emit, units, implications, where)
            if isinstance(variants, Reason):
                return variants
            plan.atoms[name] = atoms
            plan.variants[name] = variants
        plan.keys = {str(k[1]): i for i, k in enumerate(self.vars) if k[0] == "K"}
        return self._solve(plan, units, implications, choices, where)

    def _names(self) -> list[str]:
        named = [n for n, _ in self.shape.obj.props]
        extra = sorted({str(k[1]) for k in self.vars if k[0] in ("P", "A")} | set(self.shape.obj.required))
        return named + [n for n in extra if n not in named]

    def _variants(self, name: str, atoms: list[int], emit: Callable[[Shape], str | Reason], units: list[Lit],
                  implications: list[tuple[Lit, Lit]], where: str) -> list[str | None] | Reason:  # fmt: skip
        """A strategy per truth assignment of the atoms; each impossible one becomes a clause."""
        alg = self.alg
        base = alg.schema_for(self.shape.obj, name)
        names = self.shape.obj.names
        if names is not None and not alg.accepts(names, name):
            base = FALSE  # a key propertyNames refuses can never be present
        out: list[str | None] = []
        for bits in itertools.product((False, True), repeat=len(atoms)):
            shape = base
            for atom, truth in zip(atoms, bits, strict=True):
                constraint = self.vars[atom][2]
                assert isinstance(constraint, Shape)
                shape = alg.merge(shape, constraint if truth else Shape(rules=(Not(constraint),)))
            code = emit(shape) if shape.kinds else None
            out.append(code if isinstance(code, str) else None)
            if isinstance(code, str):
                continue
            lits = list(zip(atoms, bits, strict=True))
            if not lits:  # no value at all: the key is never present
                units.append((self.var(("P", name)), False))
            elif len(lits) == 1:
                atom, truth = lits[0]
                if truth:
                    units.append((atom, False))
                else:
                    implications.append(((self.var(("P", name)), True), (atom, True)))
            elif lits[0][1] or lits[1][1]:  # not (a and b'): a true atom implies the other literal fails
                (a, ta), (b, tb) = lits if lits[0][1] else lits[::-1]
                implications.append(((a, ta), (b, not tb)))
            else:
                return Reason("anyOf", where, f"the value of {name!r} must satisfy one of two conditions; beyond the strategy compiler")
        return out

    def _solve(self, plan: Plan, units: list[Lit], implications: list[tuple[Lit, Lit]],
               choices: list[list[list[Lit]]], where: str) -> Plan | Reason:  # fmt: skip
        n = len(self.vars)
        edges: list[set[int]] = [set() for _ in range(2 * n)]
        for (x, tx), (y, ty) in implications:  # x -> y, and its contrapositive not y -> not x
            edges[literal_index(x, tx)].add(literal_index(y, ty))
            edges[literal_index(y, not ty)].add(literal_index(x, not tx))
        closure = []
        for start in range(2 * n):
            seen, todo = {start}, [start]
            while todo:
                for nxt in edges[todo.pop()]:
                    if nxt not in seen:
                        seen.add(nxt)
                        todo.append(nxt)
            closure.append(frozenset(seen))
        base: set[int] = set()
        for lit in [literal_index(v, t) for v, t in units] + [lit ^ 1 for lit in range(2 * n) if lit ^ 1 in closure[lit]]:
            base |= closure[lit]
        if any(lit ^ 1 in base for lit in base):
            return Reason("required", where, "the object's required/dependent/if rules contradict each other")
        starts: list[frozenset[int]] = []
        for combo in spread(choices):
            state = set(base)
            for lit in (literal_index(v, t) for alt in combo for v, t in alt):
                state |= closure[lit]
            if not any(lit ^ 1 in state for lit in state):
                starts.append(frozenset(state))
            if len(starts) >= _MAX_STARTS:  # each start alone draws right values: enough of them
                break
        if not starts:
            return Reason("anyOf", where, "no choice of anyOf/oneOf branches is consistent with the object's other rules")
        plan.closure = closure
        plan.starts = sorted(set(starts), key=sorted)
        return plan
