"""Sizes and costs of schema nodes, which the compiler uses to inline and to order checks.

Input: schema nodes, and a navigator (the compiler) that finds a node's children and ``$ref``
targets. Output: the number of schema objects in a node, a relative cost of checking it on the fast
path, the one JSON type it implies, and how deep its loops nest. Why apart from the compiler: these
are read-only measures with their own caches; they decide how code is laid out, never what it
checks.
"""

from __future__ import annotations

from typing import Protocol

from specloom.validation import assertions
from specloom.validation.errors import CompileError
from specloom.validation.fn import INLINE_DEPTH, Dyn
from specloom.validation.index import Loc, Node
from specloom.validation.keywords import lookup

__all__ = ["Measure", "Navigator"]

_LOOP_KEYWORDS = frozenset({"items", "additionalProperties", "patternProperties", "propertyNames",
                            "unevaluatedProperties", "unevaluatedItems"})  # fmt: skip


class Navigator(Protocol):
    """What measuring needs from the compiler."""

    formats: str

    def child(self, node: Node, *tokens: str | int) -> Node: ...

    def ref_target(self, node: Node, keyword: str, dyn: Dyn) -> Node: ...


class Measure:
    """Cached measures of the nodes of one compilation."""

    def __init__(self, nav: Navigator) -> None:
        self.nav = nav
        self._sizes: dict[Loc, int] = {}
        self._costs: dict[tuple[Loc, int], int] = {}
        self._loops: dict[tuple[Loc, Dyn, int], int] = {}

    def size(self, node: Node) -> int:
        """The number of schema objects in ``node`` (references not followed)."""
        if node.loc in self._sizes:
            return self._sizes[node.loc]
        total, stack = 0, [node.schema]
        while stack:
            s = stack.pop()
            if not isinstance(s, dict):
                continue
            total += 1
            for key, value in s.items():
                entry = lookup(key) if isinstance(key, str) else None
                if entry is None or not entry.shape:
                    continue
                if entry.shape == "schema":
                    stack.append(value)
                elif entry.shape == "list" and isinstance(value, list):
                    stack.extend(value)
                elif entry.shape == "map" and isinstance(value, dict):
                    stack.extend(value.values())
        self._sizes[node.loc] = total
        return total

    def cost(self, node: Node, dyn: Dyn = (), depth: int = 0) -> int:
        """A rough relative cost of checking ``node`` on the fast path, to order checks cheap-first.

        Only an ordering hint: checks on the fast path are a conjunction, so their order never
        changes a verdict. A malformed schema gets a high cost here and its error at emission.
        """
        key = (node.loc, depth)  # the cut-off below depends on depth: a value per depth, so that
        if key in self._costs:  # the order schemas are first met in (keyword order) changes nothing
            return self._costs[key]
        try:
            value = self._cost(node, dyn, depth)
        except (CompileError, KeyError, IndexError, TypeError, ValueError):
            value = 1000
        self._costs[key] = value
        return value

    def _cost(self, node: Node, dyn: Dyn, depth: int) -> int:
        s = node.schema
        if not isinstance(s, dict):
            return 0
        total = 0

        def sub(*tokens: str | int) -> int:
            return self.cost(self.nav.child(node, *tokens), dyn, depth + 1)

        for key, value in s.items():
            if key in ("pattern", "uniqueItems", "multipleOf", "propertyNames"):
                total += 6 + (sub(key) if key == "propertyNames" else 0)
            elif key == "format":  # a format checker costs about as much as twenty dict lookups
                total += 40 if self.nav.formats == "assert" else 0
            elif key == "properties" and isinstance(value, dict):
                total += sum(1 + sub(key, name) for name in value)
            elif key in ("patternProperties", "dependentSchemas") and isinstance(value, dict):
                total += 8 + sum(3 * sub(key, name) for name in value)
            elif key in ("additionalProperties", "items", "contains", "unevaluatedProperties", "unevaluatedItems"):
                total += 5 + 3 * sub(key)
            elif key in ("prefixItems", "allOf", "anyOf", "oneOf") and isinstance(value, list):
                total += sum(sub(key, i) for i in range(len(value)))
            elif key in ("not", "if", "then", "else"):
                total += sub(key)
            elif key in ("$ref", "$dynamicRef"):
                target = self.nav.ref_target(node, key, dyn)
                total += 3 + (self.cost(target, dyn, depth + 1) if depth < 4 and target.loc != node.loc else 50)
            elif (entry := lookup(key)) is not None and entry.role == "assert":
                total += 1
        return total

    def implied_type(self, node: Node, dyn: Dyn, depth: int = 0) -> str | None:
        """The one JSON type ``node`` requires, by its own ``type`` or an ``allOf``/``$ref`` one."""
        s = node.schema
        if not isinstance(s, dict) or depth > 4:
            return None
        kind = s.get("type")
        if isinstance(kind, list) and len(kind) == 1:
            kind = kind[0]
        if isinstance(kind, str) and kind in assertions.JSON_TYPES:
            return kind
        if kind is not None:
            return None
        try:
            subs = [self.nav.child(node, "allOf", i) for i in range(len(s["allOf"]))] if isinstance(s.get("allOf"), list) else []
            if isinstance(s.get("$ref"), str):
                subs.append(self.nav.ref_target(node, "$ref", dyn))
        except CompileError:
            return None
        for sub in subs:
            found = self.implied_type(sub, dyn, depth + 1)
            if found is not None:
                return found
        return None

    def loop_depth(self, node: Node, dyn: Dyn = (), depth: int = 0) -> int:
        """How many ``for`` loops deep the fast-path code for ``node`` may nest (refs inlined).

        Memoised per (schema, scope, depth): unmemoised, this tree walk through ``$ref``s cost
        (width ** depth) on a large document whose models reference many others."""
        key = (node.loc, dyn, depth)
        if key not in self._loops:
            self._loops[key] = self._loop_depth(node, dyn, depth)
        return self._loops[key]

    def _loop_depth(self, node: Node, dyn: Dyn, depth: int) -> int:
        s = node.schema
        if not isinstance(s, dict) or depth > INLINE_DEPTH + 2:
            return 0
        deepest = 0
        try:
            for key, value in s.items():
                entry = lookup(key) if isinstance(key, str) else None
                if key in ("$ref", "$dynamicRef"):
                    subs = [self.nav.ref_target(node, key, dyn)]
                elif entry is None or not entry.shape:
                    continue
                elif entry.shape == "schema":
                    subs = [self.nav.child(node, key)]
                elif entry.shape == "list" and isinstance(value, list):
                    subs = [self.nav.child(node, key, i) for i in range(len(value))]
                elif entry.shape == "map" and isinstance(value, dict):
                    subs = [self.nav.child(node, key, name) for name in value]
                else:
                    continue
                inner = max(self.loop_depth(sub, dyn, depth + 1) for sub in subs) if subs else 0
                deepest = max(deepest, inner + (key in _LOOP_KEYWORDS))
        except CompileError:
            return 0  # reported when the schema itself is emitted
        return deepest
