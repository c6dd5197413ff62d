"""A schema beyond the strategy compiler's budget -> a cheaper faithful strategy, or ``None``.

Input: the document, the pointer of a schema whose exact strategy cost more than the budget (the
disjunctive normal form of nested ``anyOf``/``oneOf``/``allOf`` is exponential), and the name of
its validator in the package's ``validators`` module. Output: the code of a strategy that draws
from each part apart -- ``st.one_of`` over the branches of an ``anyOf``/``oneOf``, the union of
one draw per conjunct for ``allOf`` and the schema's other keywords -- filtered by the schema's own
validator, so every value drawn is valid (``oneOf``'s exactly-one included), at the price of
rejected draws and of no invalid values. Parts without applicators are compiled exactly, each
within the budget; an object still beyond it is drawn property by property
(``st.fixed_dictionaries``, each property's own cheaper form: a large object whose costly part
is in one property stays drawable), and what is still beyond gives ``None`` (the artefact is
then skipped). At most ``_MAX_PARTS`` parts per schema: the fallback is polynomial too.
"""

from __future__ import annotations

from typing import Any

from specloom.diagnostics import join_pointer
from specloom.resolve import pointer_get, ref_pointer
from specloom.strategies.canon import Canon
from specloom.strategies.emit import Emitter
from specloom.strategies.shapes import OverBudget, Reason, StrategyError
from specloom.strategies.writer import Writer, str_lit

__all__ = ["Fallback"]

_SPLIT = ("allOf", "anyOf", "oneOf", "$ref")
_MAX_DEPTH = 40  # nested parts followed (parts are memoised and capped too); deeper, only the exact form
_MAX_PARTS = 300  # parts compiled for one schema's fallback, each within the budget
_SIDE = "x-specloom-fallback"  # where the parts that are not whole schemas of the document live


class Fallback:
    """One per strategies module: parts are compiled in a side document (the document with the
    parts added under one extra key), through side writers of the module's writer (``Writer.side``):
    the main emitter's rollbacks leave the parts and finished cheaper forms alone, so each is
    compiled once per module, not again after every schema around its user is given up (Stripe's
    shared models: hundreds of times)."""

    def __init__(self, document: Any, writer: Writer, recursive: frozenset[str], budget: int, memo: bool = True) -> None:
        self.side: dict[str, Any] = {}
        self.canon = Canon({**document, _SIDE: self.side} if isinstance(document, dict) else document)
        # the exact parts in a side writer of their own, before the pieces assembling them, which a failed
        # cheaper form rolls back (a part is rolled back only by its own failed attempt, never by another's)
        self.emitter = Emitter(self.canon, writer.side(), recursive, memo=memo)
        self.w = writer.side()
        self.budget = budget
        # cheaper forms by (pointer, validator); only our own rollbacks could undo them, and those go
        # back to marks taken after them
        self._finished: dict[tuple[str, str], str | None] = {}
        self._put_at: dict[str, str] = {}  # ``_put``: side pointers by the part's text
        self._parts = 0  # parts compiled for the schema at hand (``_MAX_PARTS``)
        self._done: dict[tuple[str, str], str] = {}  # its parts built so far, by pointer and type
        self._building: dict[tuple[str, str], str | None] = {}  # parts under way -> name of early uses
        self._bad: dict[tuple[str, str], OverBudget] = {}  # parts that could not be drawn, for every schema

    def strategy(self, pointer: str, validator: str) -> str | None:
        """``<parts>.filter(_validators.<validator>)``, or ``None`` when a part is beyond budget."""
        key = (pointer, validator)
        if key not in self._finished:
            self._finished[key] = self._strategy(pointer, validator)
        return self._finished[key]

    def _strategy(self, pointer: str, validator: str) -> str | None:
        pieces = self.w.mark()
        self._parts, self._done, self._building = 0, {}, {}
        try:
            loose = self._loose(pointer, 0)
        except StrategyError:  # nothing half-written may stay (a deferred name never defined)
            # the parts finished meanwhile stay: ``_exact_or_split`` undid any part's failed attempt
            self.w.rollback(pieces)
            return None
        finally:
            self.canon.algebra.budget(None)
        self.w.imports.add("from . import validators as _validators")
        return self.w.const(f"{loose}.filter(_validators.{validator})")

    def _loose(self, pointer: str, depth: int, kind: Any = None) -> str:
        """``kind``: the ``type`` an enclosing schema declares, given to parts that declare none
        (a ``oneOf`` branch listing only ``required`` inside an object schema draws objects)."""
        key = (pointer, repr(kind))
        if key in self._done:  # a part reached along several paths ($refs) is built once
            return self._done[key]
        if key in self._bad:  # beyond the budget and not split for an earlier schema: again now
            raise self._bad[key]
        if key in self._building:  # a cycle through split objects: drawn lazily
            name = self._building[key] or self.w.fresh("_n")
            self._building[key] = name
            return self.w.const(f"st.deferred(lambda: {name})")
        self._parts += 1
        if self._parts > _MAX_PARTS:
            raise StrategyError("", pointer, f"more than {_MAX_PARTS} parts in the cheaper form of one schema")
        self._building[key] = None
        try:
            code = self._build(pointer, depth, kind)
        except OverBudget as exc:
            self._bad[key] = exc
            raise
        finally:
            early = self._building.pop(key)
        if early is not None:
            self.w.define(early, code)
            code = early
        self._done[key] = code
        return code

    def _build(self, pointer: str, depth: int, kind: Any) -> str:
        node = pointer_get(self.canon.document, pointer)
        if isinstance(node, dict) and "type" in node:
            kind = node["type"]
        if not isinstance(node, dict) or depth > _MAX_DEPTH or not any(k in node for k in _SPLIT):
            return self._exact_or_split(pointer, kind, depth)
        rest = {k: v for k, v in node.items() if k not in _SPLIT}
        conjuncts: list[str] = []
        if rest:
            conjuncts.append(self._exact_or_split(self._put(rest), kind, depth))
        if isinstance(node.get("$ref"), str):
            conjuncts.append(self._loose(ref_pointer(node["$ref"]), depth + 1, kind))
        for i, _ in enumerate(node.get("allOf") or []):
            conjuncts.append(self._loose(join_pointer(pointer, "allOf", i), depth + 1, kind))
        for word in ("anyOf", "oneOf"):
            branches = [self._loose(join_pointer(pointer, word, i), depth + 1, kind) for i, _ in enumerate(node.get(word) or [])]
            if branches:
                conjuncts.append(branches[0] if len(branches) == 1 else self.w.const(f"st.one_of({', '.join(branches)})"))
        if len(conjuncts) == 1:
            return conjuncts[0]
        return self.w.const(f"st.tuples({', '.join(conjuncts)}).map({self.w.use('_merged')})")

    def _exact_or_split(self, pointer: str, kind: Any, depth: int) -> str:
        """The exact strategy of a part; for an object beyond the budget, its properties drawn
        apart (required ones always, the others maybe; no other keys), and for an array its
        items, each by its cheaper form."""
        mark = self.emitter.mark()
        try:
            return self._exact(pointer, kind)
        except StrategyError as exc:
            self.emitter.rollback(mark, inside=True)  # nothing half-written may stay
            if not isinstance(exc, OverBudget):
                raise
            node = pointer_get(self.canon.document, pointer)
            props = node.get("properties") if isinstance(node, dict) else None
            if depth > _MAX_DEPTH or not isinstance(node, dict):
                raise
            if isinstance(node.get("items"), dict) and not any(k in node for k in ("prefixItems", "contains")):
                return self._array(pointer, node, depth)
            if not isinstance(props, dict) or not props:
                raise
        required = node.get("required")
        required = set(required) if isinstance(required, list) else set()
        drawn = {name: self._loose(join_pointer(pointer, "properties", name), depth + 1) for name in props}
        always = ", ".join(f"{str_lit(n)}: {c}" for n, c in drawn.items() if n in required)
        maybe = ", ".join(f"{str_lit(n)}: {c}" for n, c in drawn.items() if n not in required)
        extra = [f"{str_lit(n)}: {self.w.use('_JSON')}" for n in sorted(required - drawn.keys()) if isinstance(n, str)]
        always = ", ".join(([always] if always else []) + extra)
        return self.w.const(f"st.fixed_dictionaries({{{always}}}, optional={{{maybe}}})")

    def _array(self, pointer: str, node: dict[str, Any], depth: int) -> str:
        """Lists of the items' cheaper form, a few items past ``minItems`` (the validator's filter
        keeps ``maxItems``, ``uniqueItems`` and the rest)."""
        low, high = node.get("minItems"), node.get("maxItems")
        least: int = low if type(low) is int else 0
        top: int = min(high, least + 2) if type(high) is int else least + 2
        items = self._loose(join_pointer(pointer, "items"), depth + 1)
        return self.w.const(f"st.lists({items}, min_size={least}, max_size={max(top, least)})")

    def _put(self, schema: dict[str, Any]) -> str:
        """A part that is not a whole schema of the document: its pointer in the side document (an
        equal part met again gets the same one, so the emitter's cache of named schemas answers it)."""
        key = repr(schema)
        if key not in self._put_at:
            self._put_at[key] = join_pointer(f"/{_SIDE}", str(len(self.side)))
            self.side[str(len(self.side))] = schema
        return self._put_at[key]

    def _exact(self, pointer: str, kind: Any) -> str:
        node = pointer_get(self.canon.document, pointer)
        if kind is not None and isinstance(node, dict) and "type" not in node:
            pointer = self._put({"type": kind, "allOf": [{"$ref": "#" + pointer}]})
        self.canon.algebra.budget(self.budget, pointer)
        code = self.emitter.named(pointer)
        if isinstance(code, Reason):
            raise StrategyError.of(code)
        return code
