"""Resolve stage: a loaded spec -> one self-contained document whose ``$ref``s are all local.

Input: a ``Document`` whose ``$ref``s point inside itself (``#/components/schemas/X``) or into
relative files (``common.yaml#/components/schemas/Address``). Output: a ``Resolved`` document in
which every external target has been copied into the root's ``components`` (under the same section
and name), so later stages see local references only. Local references are kept, not inlined:
recursive schemas stay finite, and the IR finds their cycles with a strongly-connected-components
pass instead of looping. The network is never used: a ``$ref`` with a URL scheme is an error.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from generator.diagnostics import Diagnostic, Reporter, SpecError, join_pointer, unescape_token
from generator.load import Document, load

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


@dataclass(frozen=True, slots=True)
class Resolved:
    """The bundled document. ``origins`` maps a bundled pointer to its (file, pointer) of origin."""

    source: Document
    data: Any
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)


def pointer_get(data: Any, pointer: str) -> Any:
    """The value at an RFC 6901 ``pointer`` (``KeyError`` when there is none)."""
    node = data
    if not pointer:
        return node
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    for raw in pointer[1:].split("/"):
        token = unescape_token(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def ref_pointer(ref: str) -> str:
    """The JSON pointer a local ``$ref`` (``#...``) names: its fragment, percent-decoded.

    A ``$ref`` is a URI reference, so ``{`` in a path key is written ``%7B`` there (RFC 6901
    section 6); every stage reads local references through this function.
    """
    return unquote(ref[1:])


def follow(data: Any, node: Any, pointer: str) -> tuple[Any, str]:
    """``node`` (found at ``pointer``) with its local ``$ref`` chain followed: the object it names
    and that object's real pointer. Request bodies, responses, parameters, headers, examples,
    links, media types and path items are all read through here, so every stage agrees on where a
    referenced object lives (validators compile from real locations). A broken or cyclic chain
    gives ``({}, pointer of the last link)``; the linter reports those."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        target = ref_pointer(node["$ref"])
        if target in seen:
            return {}, pointer
        seen.add(target)
        try:
            node, pointer = pointer_get(data, target), target
        except KeyError:
            return {}, pointer
    return node, pointer


def _fragment(pointer: str) -> str:
    """A JSON pointer written as a URI fragment (the inverse of ``ref_pointer``)."""
    return quote(pointer, safe="/~!$&'()*+,;=:@")


_IN_PLACE = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")


def _local_refs(node: Any, in_place: bool) -> set[str]:
    """Pointers of the local ``$ref``s under ``node``: all of them, or (``in_place``) only those
    that apply to the same instance as ``node`` (through the ``_IN_PLACE`` applicators)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                found.add(ref_pointer(ref))
            if not in_place:
                stack.extend(item.values())
                continue
            for key in _IN_PLACE:
                sub = item.get(key)
                if key == "dependentSchemas" and isinstance(sub, dict):
                    stack.extend(sub.values())
                elif isinstance(sub, list):
                    stack.extend(sub)
                elif sub is not None:
                    stack.append(sub)
        elif isinstance(item, list) and not in_place:
            stack.extend(item)
    return found


def _reaching_themselves(document: Any, in_place: bool) -> frozenset[str]:
    edges: dict[str, set[str]] = {}
    for target in _local_refs(document, in_place=False):
        try:
            edges[target] = _local_refs(pointer_get(document, target), in_place)
        except KeyError:
            continue
    cyclic = set()
    for start, first in edges.items():
        seen, todo = set(), list(first)
        while todo:
            nxt = todo.pop()
            if nxt == start:
                cyclic.add(start)
                break
            if nxt not in seen:
                seen.add(nxt)
                todo.extend(edges.get(nxt, ()))
    return frozenset(cyclic)


def recursive_pointers(document: Any) -> frozenset[str]:
    """Pointers of local ``$ref`` targets that can reach themselves through more ``$ref``s."""
    return _reaching_themselves(document, in_place=False)


def in_place_cycles(document: Any) -> frozenset[str]:
    """Pointers of ``$ref`` targets that reach themselves through ``$ref``s and the applicators
    that apply to the same instance (no object or array keyword in between). Expanding one
    would never end: each step inlines the schema again for the same value."""
    return _reaching_themselves(document, in_place=True)


def iter_refs(data: Any, pointer: str = "") -> list[tuple[str, str]]:
    """Every ``(pointer of the $ref object, ref string)`` in ``data``, in document order."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str]] = [(data, pointer)]
    while stack:
        node, here = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                found.append((here, ref))
            for key in reversed(list(node)):
                if key in ("example", "examples", "default", "const", "enum"):
                    continue  # data, not schema: a "$ref" key there is just a value
                stack.append((node[key], join_pointer(here, key)))
        elif isinstance(node, list):
            for i in reversed(range(len(node))):
                stack.append((node[i], join_pointer(here, i)))
    return found


class _Bundler:
    def __init__(self, root: Document, reporter: Reporter) -> None:
        self.root = root
        self.reporter = reporter
        self.data = copy.deepcopy(root.data)
        self.docs: dict[Path, Document] = {root.path.resolve(): root}
        self.placed: dict[tuple[Path, str], str] = {}  # (file, pointer) -> local pointer
        self.origins: dict[str, tuple[str, str]] = {}

    def run(self) -> Resolved:
        self._rewrite(self.data, self.root, "")
        return Resolved(self.root, self.data, self.origins)

    def _rewrite(self, tree: Any, doc: Document, base: str) -> None:
        """Check and localise every ``$ref`` in ``tree`` (which came from ``doc``)."""
        for where, ref in iter_refs(tree, base):
            target_file, _, fragment = ref.partition("#")
            node = pointer_get(self.data, where) if doc is self.root else None
            if _URL.match(ref):
                self._error(doc, where, f"$ref {ref!r} points to the network; specloom never fetches remote references")
                continue
            if not target_file:
                if doc is self.root:
                    self._check_local(doc, where, fragment)
                continue
            local = self._import(doc, where, target_file, fragment)
            if local is not None and node is not None:
                node["$ref"] = "#" + local

    def _check_local(self, doc: Document, where: str, fragment: str) -> None:
        if fragment and not fragment.startswith("/"):
            # a plain-name fragment targets a $anchor; the schema compiler resolves those
            return
        try:
            pointer_get(doc.data, unquote(fragment))
        except KeyError:
            self._error(doc, where, f"$ref '#{fragment}' points to nothing in {doc.name}")

    def _import(self, doc: Document, where: str, target: str, fragment: str) -> str | None:
        path = (doc.path.parent / target).resolve()
        if path not in self.docs:
            try:
                self.docs[path] = load(path, display_name=target)
            except SpecError as exc:
                self.reporter.diagnostics.extend(exc.diagnostics)
                self._error(doc, where, f"$ref {target!r}: the file could not be loaded")
                return None
        other = self.docs[path]
        if other is self.root:  # a $ref back into the root file: a local reference there
            try:
                pointer_get(self.root.data, unquote(fragment))
            except KeyError:
                self._error(doc, where, f"$ref '{target}#{fragment}' points to nothing in {target}")
                return None
            return fragment
        key = (path, fragment)
        if key in self.placed:
            return self.placed[key]
        try:
            value = pointer_get(other.data, unquote(fragment))
        except KeyError:
            self._error(doc, where, f"$ref '{target}#{fragment}' points to nothing in {target}")
            return None
        tokens = [unescape_token(t) for t in unquote(fragment).split("/")[1:]]
        if len(tokens) != 3 or tokens[0] != "components":
            self._error(doc, where, f"$ref into another file must name a component (components/<section>/<name>), not {fragment!r}")
            return None
        section = self.data.setdefault("components", {}).setdefault(tokens[1], {})
        local = join_pointer("/components", tokens[1], tokens[2])
        if tokens[2] in section:
            self._error(doc, where, f"$ref {target}#{fragment} would replace the existing {local}")
            return None
        self.placed[key] = _fragment(local)  # placed before recursing: a cycle between files ends here
        section[tokens[2]] = copy.deepcopy(value)
        self.origins[local] = (other.name, unquote(fragment))
        self._rewrite_foreign(section[tokens[2]], other, unquote(fragment), local)
        return _fragment(local)

    def _rewrite_foreign(self, tree: Any, doc: Document, fragment: str, local: str) -> None:
        """Localise refs inside content copied from ``doc``: ``#/x`` there means ``doc#/x``."""
        for where, ref in iter_refs(tree, ""):
            node = pointer_get(tree, where)
            target_file, _, frag = ref.partition("#")
            if _URL.match(ref):
                self._error(doc, fragment + where, f"$ref {ref!r} points to the network; specloom never fetches remote references")
                continue
            target_rel = target_file or doc.path.name
            placed = self._import(doc, fragment + where, target_rel, frag)
            if placed is not None:
                node["$ref"] = "#" + placed

    def _error(self, doc: Document, pointer: str, message: str) -> None:
        if doc is self.root:
            self.reporter.error(pointer, message)
        else:
            line = doc.lines.get(pointer, 0)
            self.reporter.diagnostics.append(Diagnostic(doc.name, line, pointer, message))


def resolve(doc: Document, reporter: Reporter) -> Resolved:
    """Bundle ``doc`` into one self-contained document; problems go to ``reporter``."""
    return _Bundler(doc, reporter).run()
