"""URI index: schema documents -> locations of every resource, anchor and subschema.

Input: the root document (and, on demand, documents taken from a ``referencing.Registry``).
Output: ``Node`` values -- a schema plus its location (document, JSON pointer) and base URI --
for the root, for any JSON pointer, and for every ``$ref``/``$dynamicRef`` target.

Everything is resolved at compile time; nothing is fetched over the network: a remote reference
that the registry cannot supply is a ``CompileError``. Only subschema positions named in the
keyword table are walked, so an ``$id`` inside an ``enum`` value or an unknown keyword is data,
not an identifier (JSON Schema 2020-12 section 9.2.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from specloom.validation.errors import CompileError
from specloom.validation.keywords import lookup

__all__ = ["Loc", "Node", "Index"]


class Loc(NamedTuple):
    """Where a schema sits: a document URI ("" for the root document) and a JSON pointer.

    A named tuple, not a dataclass: the compilers hash and build hundreds of thousands of these
    on a large document (Box: 200,000 hashes), and a tuple's hash, equality and order are C."""

    doc: str
    pointer: str


@dataclass(frozen=True, slots=True)
class Node:
    """A schema (``dict`` or ``bool``) with its location and the base URI it resolves refs against."""

    schema: Any
    loc: Loc
    base: str


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _join(base: str, ref: str) -> str:
    if ref.startswith("#"):
        return base.split("#", 1)[0] + ref
    if urlsplit(ref).scheme:
        return ref
    return urljoin(base, ref)


def _strip_fragment(uri: str) -> str:
    return uri.split("#", 1)[0]


@dataclass
class Index:
    """Resources, anchors and base URIs of every schema reachable from the documents seen so far."""

    registry: Any = None  # referencing.Registry | None
    docs: dict[str, Any] = field(default_factory=dict)
    resources: dict[str, Loc] = field(default_factory=dict)
    anchors: dict[tuple[str, str], Loc] = field(default_factory=dict)
    dynamic_anchors: dict[str, dict[str, Loc]] = field(default_factory=dict)
    bases: dict[Loc, str] = field(default_factory=dict)
    _nodes: dict[Loc, Node] = field(default_factory=dict)  # the schemas at indexed locations, read once

    def add_document(self, uri: str, contents: Any) -> None:
        """Register a whole document under ``uri`` (its root may itself be a schema)."""
        self.docs[uri] = contents
        self.resources.setdefault(uri, Loc(uri, ""))

    def walk(self, loc: Loc, base: str) -> None:
        """Index the schema at ``loc`` and every subschema below it (iteratively)."""
        stack = [(loc, base)]
        while stack:
            here, base = stack.pop()
            schema = self.contents(here)
            if here in self.bases or not isinstance(schema, dict):
                continue
            if isinstance(schema.get("$id"), str):
                base = _strip_fragment(_join(base, schema["$id"]))
                self.resources[base] = here
            self.bases[here] = base
            for key, is_dynamic in (("$anchor", False), ("$dynamicAnchor", True)):
                name = schema.get(key)
                if isinstance(name, str):
                    self.anchors[(base, name)] = here
                    if is_dynamic:
                        self.dynamic_anchors.setdefault(base, {}).setdefault(name, here)
            for key, value in schema.items():
                entry = lookup(key) if isinstance(key, str) else None
                if entry is None or not entry.shape:
                    continue
                p = f"{here.pointer}/{_escape(key)}"
                if entry.shape == "schema":
                    stack.append((Loc(here.doc, p), base))
                elif entry.shape == "list" and isinstance(value, list):
                    stack.extend((Loc(here.doc, f"{p}/{i}"), base) for i in range(len(value)))
                elif entry.shape == "map" and isinstance(value, dict):
                    stack.extend((Loc(here.doc, f"{p}/{_escape(k)}"), base) for k in value)

    def contents(self, loc: Loc) -> Any:
        """The JSON value at ``loc`` (KeyError/IndexError/TypeError when the pointer is dangling)."""
        value = self.docs[loc.doc]
        if loc.pointer:
            for raw in loc.pointer.split("/")[1:]:
                token = raw.replace("~1", "/").replace("~0", "~") if "~" in raw else raw
                value = value[int(token)] if isinstance(value, list) else value[token]
        return value

    def node(self, loc: Loc, base_hint: str | None = None) -> Node:
        """The schema at ``loc``, indexing it first if nothing has walked that far yet."""
        known = self._nodes.get(loc)
        if known is not None:
            return known
        if loc not in self.bases:
            self.walk(loc, base_hint if base_hint is not None else loc.doc)
        node = Node(self.contents(loc), loc, self.bases.get(loc, base_hint or loc.doc))
        if loc in self.bases:  # indexed: its base no longer depends on the hint
            self._nodes[loc] = node
        return node

    def resolve(self, base: str, ref: str, where: str, keyword: str) -> tuple[Node, str | None]:
        """Resolve ``ref`` against ``base``: the target node and, for a plain-name fragment, the name."""
        uri = _join(base, ref)
        resource, _, fragment = uri.partition("#")
        fragment = unquote(fragment)
        if resource not in self.resources:
            self._retrieve(resource, where, keyword)
        root = self.resources[resource]
        anchor: str | None = None
        if fragment.startswith("/") or not fragment:
            loc = Loc(root.doc, root.pointer + fragment)
        elif (resource, fragment) in self.anchors:
            loc, anchor = self.anchors[(resource, fragment)], fragment
        else:
            raise CompileError(where, keyword, f"no anchor {fragment!r} in {resource or 'the root'}")
        try:
            return self.node(loc, resource), anchor
        except (KeyError, IndexError, TypeError, ValueError):
            raise CompileError(where, keyword, f"{ref!r} points at nothing") from None

    def _retrieve(self, uri: str, where: str, keyword: str) -> None:
        if self.registry is None:
            raise CompileError(where, keyword, f"cannot resolve {uri!r}: no registry given")
        try:
            contents = self.registry.get_or_retrieve(uri).value.contents
        except Exception as exc:  # referencing raises several unrelated types; all mean "absent"
            raise CompileError(where, keyword, f"cannot resolve {uri!r}: {exc}") from None
        self.add_document(uri, contents)
        self.walk(Loc(uri, ""), uri)
