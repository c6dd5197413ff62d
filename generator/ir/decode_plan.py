"""Schema -> its decode plan: where ``x-specloom-decode-strings`` applies in its instances.

The plan is a list of ``[path, mapping]`` pairs (a ``None`` path step means every array item),
read by ``specloom_runtime.call.answer.apply_decode_plan``. Paths are enumerated only into subschemas
from which a decode-strings key is reachable at all: that reachability is decided once per schema
over the ``$ref`` graph and shared by every response of the document. A bare path walk re-expands
every shared ``$ref`` and never finished on a large published document (exponential in the depth
of its model graph), though it held no decode-strings key at all.
"""

from __future__ import annotations

from typing import Any

from specloom.rules import deref

KEY = "x-specloom-decode-strings"


class DecodePlanner:
    """One per document: reachability is memoised by schema identity across calls."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self._children: dict[int, list[tuple[str | None, Any]]] = {}
        self._reaches: dict[int, bool] = {}

    def plan(self, schema: Any) -> list[Any]:
        return self._walk(schema, (), frozenset())

    def _edges(self, node: dict[str, Any]) -> list[tuple[str | None, Any]]:
        key = id(node)
        if key not in self._children:
            edges: list[tuple[str | None, Any]] = []
            for name, sub in sorted((node.get("properties") or {}).items()):
                edges.append((name, deref(self.data, sub)))
            if isinstance(node.get("items"), dict):
                edges.append((None, deref(self.data, node["items"])))
            for word in ("allOf", "anyOf", "oneOf"):
                edges.extend(("", deref(self.data, m)) for m in node.get(word) or [])
            self._children[key] = [(step, sub) for step, sub in edges if isinstance(sub, dict)]
        return self._children[key]

    def _reach(self, root: dict[str, Any]) -> bool:
        """Whether a decode-strings key is reachable from ``root``: the schemas not yet decided
        are collected with their edges (each once), then marked backwards from the holders."""
        if id(root) in self._reaches:
            return self._reaches[id(root)]
        nodes: dict[int, dict[str, Any]] = {}
        parents: dict[int, list[int]] = {}
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in nodes:
                continue
            nodes[id(node)] = node
            for _, sub in self._edges(node):
                parents.setdefault(id(sub), []).append(id(node))
                if id(sub) not in self._reaches:
                    stack.append(sub)
        marked = [k for k, n in nodes.items() if KEY in n]
        marked += [k for k in parents if self._reaches.get(k)]  # decided earlier, reaching
        found = set(marked)
        while marked:
            for parent in parents.get(marked.pop(), ()):
                if parent not in found:
                    found.add(parent)
                    marked.append(parent)
        for key in nodes:
            self._reaches[key] = key in found
        return self._reaches[id(root)]

    def _walk(self, schema: Any, path: tuple[str | None, ...], seen: frozenset[int]) -> list[Any]:
        schema = deref(self.data, schema)
        # cycles stop at the first repeat along a path
        if not isinstance(schema, dict) or id(schema) in seen or not self._reach(schema):
            return []
        seen = seen | {id(schema)}
        plan: list[Any] = []
        if KEY in schema:
            plan.append([list(path), schema[KEY]])
        for step, sub in self._edges(schema):
            if step == "":
                plan.extend(p for p in self._walk(sub, path, seen) if p not in plan)
            else:
                plan.extend(self._walk(sub, (*path, step), seen))
        return plan
