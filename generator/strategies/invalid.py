"""Shapes -> strategies of labelled invalid values (``Mutation``), one mutation per label.

Input: a ``Shape`` (an entry's schema) and the ``Emitter`` for valid parts. Output: a constant
drawing ``Mutation(mutation=<label>, value=<invalid value>)``, or None when nothing can be
invalid (the schema ``{}``).

Why every mutation is invalid for the *whole* schema: each breaks one unconditional conjunct --
the allowed types, the enum, a string/number/array bound of the shape itself, a required key,
a property's own schema (the complete schema for that key), ``additionalProperties: false``,
``propertyNames``, a ``dependentRequired`` pair -- or makes a whole rule fail
(``specloom.strategies.patches``). Constant probes (a string a pattern or a
format refuses, a number just past a bound) are checked here with ``Algebra.accepts`` rather than
assumed. Everything else about a mutated value is drawn valid, so the label names the one thing
that was broken.
"""

from __future__ import annotations

import math
from typing import Any

from specloom_runtime.wire import json_in

from specloom.strategies.algebra import Algebra, search
from specloom.strategies.emit import Emitter
from specloom.strategies.formats import invalid_probes
from specloom.strategies.helpers import exact_text
from specloom.strategies.patches import rule_mutations
from specloom.strategies.shapes import (
    NUMBER_KINDS,
    OverBudget,
    Rule,
    Shape,
    evolve,
    kind_of,
)
from specloom.strategies.writer import clip, json_lit, str_lit, tuple_lit

__all__ = ["Mutator"]

MUTATION = "SearchStrategy[Mutation]"
_WRONG = (
    ("null", "st.none()", "null"),
    ("string", "st.text(max_size=8)", "string"),
    ("integer", "st.integers(-1000, 1000)", "integer"),
    ("object", "st.dictionaries(st.text(max_size=5), st.none(), max_size=2)", "object"),
    ("array", "st.lists(st.none(), max_size=2)", "array"),
    ("boolean", "st.booleans()", "boolean"),
    ("fraction", "st.sampled_from((0.5, -2.25))", "non-integer number"),
)
_STRINGS = ("", " ", "x", "X", "0", "-", "_", "a b", "a,b", "!", "\u00e9", "\n", "Bad Key", "1a", "A1", "x" * 12)
_KEYS = ("unexpected", "unexpected_key", "zz_unexpected", "x_1")
_BAD_KEYS = ("Bad Key", " ", "", "-", "1", "UPPER", "a.b")


class Mutator:
    """Writes the ``invalid_*`` strategies of one document (see the module docstring)."""

    def __init__(self, em: Emitter) -> None:
        self.em = em
        self.alg: Algebra = em.alg
        self.w = em.w
        self._named: dict[str, list[str]] = {}
        self._progress: set[str] = set()
        self._deeper: list[bool] = [False]  # per ``parts`` call: is its schema recursive?

    def mark(self) -> tuple[Any, int]:
        """The emitter's state and this cache's, for ``rollback`` (a skipped schema)."""
        return self.em.mark(), len(self._named)

    def rollback(self, mark: tuple[Any, int]) -> None:
        self.em.rollback(mark[0])
        while len(self._named) > mark[1]:
            self._named.popitem()
        self._progress.clear()

    def parts(self, pointer: str) -> list[str]:
        """One strategy per top-level mutation of the schema at ``pointer`` (empty: none)."""
        if pointer in self._named:
            return self._named[pointer]
        if pointer in self._progress:
            return []  # recursion: the outer level has mutations of its own
        self._progress.add(pointer)
        saved = self.alg.own(pointer)  # each named schema's mutations are charged to it alone
        mark = self.em.mark(), len(self._named)
        self._deeper.append(pointer in self.em.recursive)
        try:
            found = self.mutations(self.em.canon.shape_at(pointer), 0)
        except OverBudget:
            if len(self._progress) == 1:  # the entry's own: its caller degrades it, with a warning
                raise
            # a schema reached from the entry: the entry keeps its other mutations (fewer
            # invalid values, each still invalid); what was half-written goes
            self.em.rollback(mark[0], inside=True)
            while len(self._named) > mark[1]:
                self._named.popitem()
            found = []
        finally:
            self._deeper.pop()
            self.alg.resume(saved)
            self._progress.discard(pointer)
        self._named[pointer] = found
        return found

    def invalid(self, shape: Shape, depth: int) -> str | None:
        """A strategy drawing every mutation of ``shape`` (None: nothing can be invalid)."""
        found = self.mutations(shape, depth)
        if not found:
            return None
        return found[0] if len(found) == 1 else self.w.const(f"st.one_of({', '.join(found)})", annotation=MUTATION)

    def mutations(self, shape: Shape, depth: int) -> list[str]:
        if shape.ref is not None:
            return self.parts(shape.ref) if depth < 3 else []
        kinds = shape.kinds
        if shape.enum is not None:
            kinds = kinds & {kind_of(v) for v in shape.enum}
        wrong = [(code, name) for k, code, name in _WRONG if k not in kinds][:2]
        said = {k for k, _ in shape.at}
        why = next((k for k in ("type", "const", "enum", "not") if k in said), "type")
        out = [self.label(f"{why}: {name} instead of {_describe(kinds)}", code) for code, name in wrong]
        if shape.enum is not None:
            out += self._enum(shape)
        else:
            out += self._string(shape) if "string" in kinds else []
            out += self._number(shape) if kinds & NUMBER_KINDS else []
            out += self._array(shape, depth) if "array" in kinds else []
            out += self._object(shape, depth) if "object" in kinds else []
        for value in shape.not_in:
            if kind_of(value) in kinds and not self.alg.accepts(shape, value):
                out.append(self.label(f"not: {clip(value)} is excluded", f"st.just({json_lit(value)})"))
        for rule in shape.rules:
            out += self._rule(shape, rule)
        return list(dict.fromkeys(out))

    def label(self, label: str, values: str) -> str:
        self.w.use("_mutate")
        return self.w.const(f"_mutate({str_lit(label)}, {values})", annotation=MUTATION)

    def _builds(self, helper: str, *args: str) -> str:
        self.w.use(helper)
        return self.w.const(f"st.builds({helper}, {', '.join(args)})", annotation=MUTATION)

    # -- scalars --------------------------------------------------------------------------------

    def _enum(self, s: Shape) -> list[str]:
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
        for c in candidates:  # two are enough: a value outside the enum is refused by ``accepts`` at once (no step)
            if kind_of(c) in s.kinds and not json_in(c, s.enum or ()) and not json_in(c, tuple(picked)) and not self.alg.accepts(s, c):
                picked.append(c)
                if len(picked) == 2:
                    break
        return [self.label(f"{key}: {clip(c)} is not allowed", f"st.just({json_lit(c)})") for c in picked]

    def _string(self, s: Shape) -> list[str]:
        f, out = s.string, []
        if f.min_len > 0:
            n = f.min_len - 1
            out.append(self.label(f"minLength: {n} characters", exact_text(self.w.use, n)))
        if f.max_len is not None:
            n = f.max_len + 1
            out.append(self.label(f"maxLength: {n} characters", exact_text(self.w.use, n)))
        for p in f.patterns:
            rest = evolve(s, kinds=frozenset({"string"}), string=evolve(f, patterns=tuple(x for x in f.patterns if x != p)), rules=())
            probe = self._probe([c for c in (*_STRINGS, "x" * f.min_len, "0" * f.min_len) if not search(p, c)], s, rest)
            if probe is not None:
                out.append(self.label(f"pattern: {clip(probe)} does not match {clip(p)}", f"st.just({str_lit(probe)})"))
        for fmt in dict.fromkeys(f.formats):
            rest = evolve(s, kinds=frozenset({"string"}), string=evolve(f, formats=()), rules=())
            probe = self._probe(list(invalid_probes(fmt)), s, rest)
            if probe is not None:
                out.append(self.label(f"format: {clip(probe)} is not a valid {fmt}", f"st.just({str_lit(probe)})"))
        return out

    def _probe(self, candidates: list[Any], s: Shape, rest: Shape) -> Any:
        """The first candidate ``s`` refuses, preferring one that satisfies ``rest``."""
        bad = [c for c in candidates if kind_of(c) in s.kinds and not self.alg.accepts(s, c)]
        best = [c for c in bad if self.alg.accepts(rest, c)]
        return (best or bad or [None])[0]

    def _number(self, s: Shape) -> list[str]:
        f, out = s.number, []
        ints = "integer" in s.kinds
        checks = []
        if f.lo is not None:
            lo = f.lo
            cands = ([lo] if f.lo_excl else []) + [math.ceil(lo) - 1, lo - 1, lo - 0.5]
            checks.append(("exclusiveMinimum" if f.lo_excl else "minimum", cands, evolve(f, lo=None, lo_excl=False)))
        if f.hi is not None:
            hi = f.hi
            cands = ([hi] if f.hi_excl else []) + [math.floor(hi) + 1, hi + 1, hi + 0.5]
            checks.append(("exclusiveMaximum" if f.hi_excl else "maximum", cands, evolve(f, hi=None, hi_excl=False)))
        if f.multiple is not None:
            m = f.multiple
            cands = [int(m) + 1 if m.denominator == 1 else float(m) * 1.5, float(m) / 2, 1]
            checks.append(("multipleOf", cands, evolve(f, multiple=None)))
        for keyword, cands, others in checks:
            values = [int(c) if ints and float(c).is_integer() else c for c in cands]
            probe = self._probe([v for v in values if kind_of(v) in s.kinds], s, evolve(s, number=others, rules=()))
            if probe is not None:
                out.append(self.label(f"{keyword}: {probe!r}", f"st.just({json_lit(probe)})"))
        return out

    # -- containers -----------------------------------------------------------------------------

    def _array(self, s: Shape, depth: int) -> list[str]:
        f = s.array
        out: list[str] = []
        simple = not f.prefix and not f.contains
        items = self.em.strategy(f.items) if f.items is not None else self.w.use("_JSON")
        if not isinstance(items, str):
            return out
        if f.min_items > 0 and simple:
            n = f.min_items - 1
            unique = ", unique_by=_json_key" if f.unique else ""
            if f.unique:
                self.w.use("_json_key")
            out.append(self.label(f"minItems: {n} items", f"st.lists({items}, min_size={n}, max_size={n}{unique})"))
        if f.max_items is not None and (simple or f.items is not None):
            n = f.max_items + 1
            if f.unique and n <= 8:  # items drawn afresh: a repeated one would break uniqueItems too
                out.append(self.label(f"maxItems: {n} items", f"st.lists({items}, min_size={n}, max_size={n})"))
            else:
                # one drawn item, repeated: the count is what is tested, and n fresh items cost n
                # draws where a valid value costs about n/2 (five unbounded lists of lists of
                # objects overran Hypothesis's buffer on nearly every draw: seed 2155, too_slow)
                out.append(self.label(f"maxItems: {n} items", f"{items}.map(partial(_repeat, {n}))"))
                self.w.use("_repeat")
        if f.unique and simple:
            out.append(self._builds("_twice", f"st.lists({items}, min_size=1, max_size=2)"))
        first = f.prefix[0] if f.prefix else f.items if simple else None
        if first is not None and depth < 2:
            inner = self.invalid(first, depth + 1)
            if inner is not None:
                out.append(self._builds("_first", inner))
        return out

    def _object(self, s: Shape, depth: int) -> list[str]:
        f, alg = s.obj, self.alg
        out: list[str] = []
        valid = self.em.strategy(evolve(s, kinds=frozenset({"object"})))
        if not isinstance(valid, str):
            return out
        if depth == 0 and self._deeper[-1]:  # a value of a recursive schema, as ``Emitter.named`` draws it
            valid = self.em.deeper(valid)
        named = {n for n, _ in f.props} | f.required
        for name in sorted(f.required):
            out.append(self.patch(valid, f"required: without {name!r}", drop=(name,)))
        free = [k for k in _KEYS if k not in named and not any(search(p, k) for p, _ in f.patterns)
                and (f.names is None or alg.accepts(f.names, k))]  # fmt: skip
        if f.additional is not None and free:
            extra = alg.deref(f.additional)
            if extra.is_false:
                keyword = "additionalProperties" if any(k == "additionalProperties" for k, _ in s.at) else "unevaluatedProperties"
                out.append(self.patch(valid, f"{keyword}: unexpected key {free[0]!r}", put={free[0]: "st.none()"}))
            elif depth < 2 and (inner := self.invalid(f.additional, depth + 1)) is not None:
                out.append(self._builds("_put", valid, f"st.just({str_lit(free[0])})", inner))
        for name, sub in f.props:
            if sub.is_false:
                out.append(self.patch(valid, f"properties: {name!r} is present", put={name: "st.none()"}))
            elif depth < 2 and not sub.is_true and (inner := self.invalid(sub, depth + 1)) is not None:
                out.append(self._builds("_put", valid, f"st.just({str_lit(name)})", inner))
        if f.names is not None:
            bad = [k for k in _BAD_KEYS if k not in named and not alg.accepts(f.names, k)]
            if bad:
                out.append(self.patch(valid, f"propertyNames: {bad[0]!r} is not an allowed key", put={bad[0]: "st.none()"}))
        for trigger, needed in f.dep_required:
            value = self.em.strategy(alg.schema_for(f, trigger))
            for name in needed:
                if name != trigger and isinstance(value, str):
                    out.append(self.patch(valid, f"dependentRequired: {trigger!r} without {name!r}", drop=(name,), put={trigger: value}))
        return out

    def patch(self, valid: str, label: str, drop: tuple[str, ...] = (), put: dict[str, str] | None = None,
               strip: str = "st.none()", extra: tuple[str, ...] = ()) -> str:  # fmt: skip
        puts = ", ".join(f"{str_lit(k)}: {v}" for k, v in (put or {}).items())
        args = [f"st.just({str_lit(label)})", valid, f"st.just({tuple_lit([str_lit(d) for d in drop]) if drop else '()'})", strip]
        if put:
            args.append(f"st.fixed_dictionaries({{{puts}}})")
        return self._builds("_patch", *args, *extra)

    def _rule(self, s: Shape, rule: Rule) -> list[str]:
        return rule_mutations(self, s, rule)


def _describe(kinds: frozenset[str]) -> str:
    names = {"integer": "integer", "fraction": "number", "null": "null", "boolean": "boolean",
             "string": "string", "array": "array", "object": "object"}  # fmt: skip
    if kinds >= NUMBER_KINDS:
        kinds = (kinds - NUMBER_KINDS) | {"fraction"}
    return " or ".join(sorted(names[k] for k in kinds)) or "nothing"
