"""Shapes -> strategy source: the dispatch, named (recursive) strategies, null, booleans and enums.

Input: ``Shape`` values (via ``Canon``) and a ``Writer``. Output: the name of a module constant
holding a Hypothesis strategy whose every example is valid for the shape -- or a ``Reason`` when
the shape has no value the compiler can construct (the caller decides whether that is fine, as
for an optional property, or an error). A shape is split by kind group (null, boolean, number,
string, array, object); each group's rules are expanded into alternatives (``dnf.expand``) and
the alternatives are drawn with ``st.one_of``. Numbers and strings live in ``scalars``, arrays and
objects in ``containers``.

Why filters are rare and bounded: every number range, length and enum is passed to Hypothesis as a bound,
never checked afterwards; what is left to ``.filter`` (a second ``pattern``, a value excluded by ``not``, a
length cut into a regex's range) rejects a small share of draws. A shape asked again: ``memo`` answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from specloom_runtime.wire import json_in

from specloom.strategies import containers, scalars, shapes
from specloom.strategies.algebra import Algebra
from specloom.strategies.canon import Canon
from specloom.strategies.dnf import expand, narrow, quick_empty
from specloom.strategies.memo import Memo
from specloom.strategies.presence import reducible
from specloom.strategies.shapes import (
    GROUPS,
    AnyOf,
    IfThenElse,
    OneOf,
    OverBudget,
    Reason,
    Shape,
    kind_of,
)
from specloom.strategies.width import Widths
from specloom.strategies.writer import Writer, json_lit, tuple_lit

__all__ = ["Emitter"]


class Emitter:
    """Writes the strategies of one document into a ``Writer`` (see the module docstring)."""

    def __init__(self, canon: Canon, writer: Writer, recursive: frozenset[str] = frozenset(), memo: bool = True) -> None:
        self.canon = canon
        self.alg: Algebra = canon.algebra
        self.w = writer
        self.recursive = recursive  # pointers of schemas that refer to themselves
        self._named: dict[str, str | Reason] = {}
        self._progress: dict[str, str | None] = {}  # pointer -> name given to early references
        # Unnamed shapes being emitted since the innermost ``named`` began, with the name given to early references:
        # a $ref merged into anyOf/oneOf (``items: {anyOf: [{$ref: self}, ...]}``) is inlined, so it recurs as an equal shape.
        self._active: list[tuple[Shape, list[str]]] = []
        self.listed: dict[str, int] = {}  # constant -> how many values its st.just/st.sampled_from lists
        self._over: dict[str, OverBudget] = {}  # named schemas whose own work is beyond the budget
        self.cheaper: Callable[[str, OverBudget], str | None] | None = None  # pointer -> its cheaper form
        self._dear: set[str] = set()  # named schemas without a cheaper form either
        self.memo = Memo(writer, self.alg, on=memo)  # ``strategy``'s answers
        self.widths = Widths(canon.known)  # how wide a value is (a list of wide items is drawn short)

    # -- named strategies -------------------------------------------------------------------------

    def mark(self) -> tuple[Any, int, int]:
        """The writer's and the caches' state, for ``rollback``."""
        return self.w.mark(), len(self._named), len(self.listed)

    def rollback(self, mark: tuple[Any, int, int], inside: bool = False) -> None:
        """``inside``: only what was written since ``mark`` (a schema given up inside another), else every schema
        is given up."""
        written, named, listed = mark
        self.w.rollback(written)
        for table, size in ((self._named, named), (self.listed, listed)):
            while len(table) > size:
                table.popitem()
        if not inside:
            self._progress.clear()
            self._active.clear()

    def named(self, pointer: str) -> str | Reason:
        """The strategy constant of the schema at ``pointer`` (one per pointer, shared)."""
        done = self._named.get(pointer)
        if done is not None:
            return done
        if pointer in self._progress:  # a recursive reference: drawn lazily
            name = self._progress[pointer] or self.w.fresh("_n")
            self._progress[pointer] = name
            return self.w.const(f"st.deferred(lambda: {name})")
        if pointer in self._over:  # beyond the budget once: its own work does not change
            instead = self._instead(pointer, self._over[pointer], self.mark())
            self._named[pointer] = instead
            return instead
        self._progress[pointer] = None
        if pointer in self.recursive:
            self._check_finite(pointer)
        active, self._active = self._active, []
        saved = self.alg.own(pointer)
        undo = self.mark()
        try:
            code = self.strategy(self.canon.shape_at(pointer))
        except OverBudget as exc:
            self._over[pointer] = exc
            code = self._instead(pointer, exc, undo)
        finally:
            self.alg.resume(saved)
            early = self._progress.pop(pointer)
            self._active = active
        if pointer in self.recursive and isinstance(code, str):  # one level deeper (``_DEPTH``)
            code = self.deeper(code)
        if early is not None:
            if isinstance(code, Reason):
                raise containers.error(code)
            self.w.define(early, code)
            if code in self.listed:
                self.listed[early] = self.listed[code]
            code = early
        self._named[pointer] = code
        return code

    def _instead(self, pointer: str, exc: OverBudget, undo: tuple[Any, int, int]) -> str:
        """The cheaper form of a named schema beyond its budget (``cheaper``), in place of its exact strategy
        wherever it is used: one costly schema degrades itself, not every schema that reaches it. What its exact
        attempt wrote is undone first; the schemas around it keep their state. Raises ``exc`` without one."""
        if self.cheaper is None or pointer in self._dear:
            raise exc
        self.rollback(undo, inside=True)
        code = self.cheaper(pointer, exc)
        if code is None:
            self._dear.add(pointer)  # never tried twice: a failed cheaper form costs as much again
            raise exc
        return code

    def _check_finite(self, pointer: str) -> None:
        """Refuse a recursive schema whose every value must contain another value of itself."""
        seen: set[str] = set()
        todo = list(self._needs(self.canon.shape_at(pointer), 0))
        while todo:
            nxt = todo.pop()
            if nxt == pointer:
                raise containers.error(Reason("$ref", pointer, "every value of this recursive schema would contain another one: it has no finite value"))
            if nxt not in seen:
                seen.add(nxt)
                todo += self._needs(self.canon.shape_at(nxt), 0)

    def _needs(self, shape: Shape, depth: int) -> set[str]:
        """Named schemas that every value of ``shape`` must contain (a safe under-estimate)."""
        if shape.ref is not None:
            return {shape.ref}
        if depth > 8 or shape.enum is not None:
            return set()
        out: set[str] = set()
        for rule in shape.rules:  # whichever branch a value satisfies, it needs what all of them need
            if isinstance(rule, AnyOf | OneOf):
                out |= set.intersection(*(self._needs(b, depth + 1) for b in rule.branches))
            elif isinstance(rule, IfThenElse):
                # a value satisfies if+then or else; a side that cannot hold beside the rest of the
                # schema (then: array under if: object) takes no value, so needs nothing of it
                bare = shapes.evolve(shape, rules=())
                sides = [self.alg.merge(bare, self.alg.merge(rule.cond, rule.then)), self.alg.merge(bare, rule.else_)]
                live = [s for s in sides if quick_empty(self.alg, s) is None]
                if live:
                    out |= set.intersection(*(self._needs(s, depth + 1) for s in live))
        if len([g for _, g in GROUPS if shape.kinds & g]) != 1:
            return out
        if shape.kinds == {"object"}:
            for name in sorted(_present(shape.obj.required, shape.obj.dep_required)):
                out |= self._needs(self.alg.schema_for(shape.obj, name), depth + 1)
        elif shape.kinds == {"array"}:
            f = shape.array
            for part in f.prefix[: f.min_items]:
                out |= self._needs(part, depth + 1)
            if f.min_items > len(f.prefix) and f.items is not None:
                out |= self._needs(f.items, depth + 1)
            for contains in f.contains:  # at least one item satisfies it
                if contains.least > 0:
                    out |= self._needs(contains.shape, depth + 1)
        return out

    @property
    def in_recursion(self) -> bool:
        """True while emitting a schema that refers to itself (containers stay small there)."""
        return any(p in self.recursive for p in self._progress)

    # -- dispatch -------------------------------------------------------------------------------

    def strategy(self, shape: Shape) -> str | Reason:
        """A constant drawing values of ``shape``, or why there is none."""
        if shape.ref is not None:
            return self.named(shape.ref)
        if shape.is_true:
            return self.w.use("_JSON")
        for seen, early in self._active:
            if seen == shape:  # the shape contains itself (through an inlined $ref): drawn lazily
                if not early:
                    early.append(self.w.fresh("_n"))
                return self.w.const(f"st.deferred(lambda: {early[0]})")
        hit, token = self.memo.ask(shape, self)
        if hit is not None:
            return hit
        entry: tuple[Shape, list[str]] = (shape, [])
        self._active.append(entry)
        try:
            code = self._strategy(shape)
        finally:
            self._active.pop()
        if entry[1]:
            if isinstance(code, Reason):
                raise containers.error(code)
            self.w.define(entry[1][0], code)
            if code in self.listed:
                self.listed[entry[1][0]] = self.listed[code]
            return entry[1][0]
        self.memo.keep(token, code)
        return code

    def _strategy(self, shape: Shape) -> str | Reason:
        if shape.enum is not None:
            return self._enum(shape)
        parts: list[str] = []
        reasons: list[Reason] = []
        for group, kinds in GROUPS:
            if not shape.kinds & kinds:
                continue
            sub = narrow(self.alg, shapes.evolve(shape, kinds=shape.kinds & kinds))
            keep = (lambda s, r: reducible(self.alg, s, r)) if group == "object" else None
            alts, why = expand(self.alg, sub, keep)
            reasons += why
            for alt in alts:
                # A branch's enum/const (anyOf: [{const: x}, ...]) survives the expansion: drawn here (the kind emitters know no enum)
                if alt.ref is not None:  # a named schema whose kinds lie in this group (``Algebra.merge``)
                    code = self.strategy(alt)
                else:
                    code = quick_empty(self.alg, alt) or (self._enum(alt) if alt.enum is not None else self._group(group, alt))
                if isinstance(code, Reason):
                    reasons.append(code)
                elif code not in parts:
                    parts.append(code)
        if not parts:
            return reasons[0] if reasons else Reason("type", shape.where, "no value satisfies this schema")
        if len(parts) == 1:
            return parts[0]
        either = self.w.const(f"st.one_of({', '.join(parts)})")
        # deep inside a recursive schema, the first part (the simplest kind: null, then booleans,
        # numbers, strings) is what ends the value: an expandable field's id, not its object
        return self.shallow(either, parts[0]) if self.in_recursion else either

    def shallow(self, deep: str, short: str) -> str:
        """``deep``, drawn as ``short`` (a part of it that ends sooner) beyond ``_DEEP`` levels of
        recursive values; for choices written inside a recursive schema only."""
        return self.w.const(f"{self.w.use('_shallow')}({deep}, {short})")

    def deeper(self, code: str) -> str:
        """``code`` drawn one level deeper into recursive values (``_nested``)."""
        deeper = self.w.const(f"{self.w.use('_nested')}({code})")
        if code in self.listed:
            self.listed[deeper] = self.listed[code]
        return deeper

    def _group(self, group: str, shape: Shape) -> str | Reason:
        if group == "null":
            return Reason("not", shape.where, "null is excluded") if None in shape.not_in else self.w.const("st.none()")
        if group == "boolean":
            values = [v for v in (False, True) if not any(x is v for x in shape.not_in)]
            return self.w.const("st.booleans()") if len(values) == 2 else self.choice(values, shape, "not")
        if group == "number":
            return scalars.number(self, shape)
        if group == "string":
            return scalars.string(self, shape)
        excluded = [v for v in shape.not_in if kind_of(v) == group]  # not: {const: []} and the like
        empty: Any = [] if group == "array" else {}
        if excluded and (shape.array.max_items if group == "array" else shape.obj.max_props) == 0 and json_in(empty, tuple(excluded)):
            return Reason("not", shape.where, f"the only {group} allowed here, {empty!r}, is excluded")
        code = containers.array(self, shape) if group == "array" else containers.obj(self, shape)
        if excluded and isinstance(code, str):
            self.w.imports.add("from specloom_runtime.wire import json_in")
            listed = self.w.const(tuple_lit([json_lit(v) for v in excluded]), "_v", "tuple[Any, ...]")  # ({},): mypy cannot infer it
            code = self.w.const(f"{code}.filter(lambda v: not json_in(v, {listed}))")
        return code

    def choice(self, values: list[Any], shape: Shape, keyword: str) -> str | Reason:
        if not values:
            return Reason(keyword, shape.origin(keyword), "no listed value satisfies the rest of the schema")
        if len(values) == 1:
            code = f"st.just({json_lit(values[0])})"
        else:
            code = f"st.sampled_from({tuple_lit([json_lit(v) for v in values])})"
        if any(type(v) in (list, dict) for v in values):  # fresh containers: callers may mutate them
            self.w.imports.add("import copy")
            code += ".map(copy.deepcopy)"
        name = self.w.const(code)
        self.listed[name] = len(values)
        return name

    def _enum(self, shape: Shape) -> str | Reason:
        plain = shapes.evolve(shape, enum=None)
        values = [v for v in shape.enum or () if self.alg.accepts(plain, v)]
        return self.choice(values, shape, "const" if any(k == "const" for k, _ in shape.at) else "enum")


def _present(required: frozenset[str], dep_required: tuple[tuple[str, tuple[str, ...]], ...]) -> set[str]:
    """The names every object has: ``required``, and what ``dependentRequired`` asks of those."""
    present, grew = set(required), True
    while grew:
        grew = False
        for trigger, needed in dep_required:
            if trigger in present and not present.issuperset(needed):
                present.update(needed)
                grew = True
    return present
