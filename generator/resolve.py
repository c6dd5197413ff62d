"""Resolve stage: a loaded spec -> one self-contained document whose ``$ref``s are all local.

Input: a ``Document`` whose ``$ref``s point inside itself (``#/components/schemas/X``) or into
relative files (``common.yaml#/components/schemas/Address``). Output: a ``Resolved`` document in
which every external target has been copied into the root's ``components`` (under the same section
and name), so later stages see local references only. Local references are kept, not inlined:
recursive schemas stay finite, and the IR finds their cycles with a strongly-connected-components
pass instead of looping. The network is never used: a ``$ref`` with a URL scheme is an error.

File ``$ref``s are confined: the file must lie inside the entry spec's folder tree (or a folder
given with ``--allow-ref-root``; symbolic links are followed before the check), be a regular file
(no device or FIFO) and fit the loader's size limit -- a spec is input, and a ``$ref`` to
``../../secrets.yaml`` or ``/dev/zero`` must not read it into generated code or memory.
"""

from __future__ import annotations

import copy
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from specloom.diagnostics import Diagnostic, Reporter, SpecError, join_pointer, unescape_token
from specloom.load import Document, load

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


@dataclass(frozen=True, slots=True)
class Resolved:
    """The bundled document. ``origins`` maps a bundled pointer to its (file, pointer) of origin."""

    source: Document
    data: Any
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)
    lines: dict[str, Mapping[str, int]] = field(default_factory=dict)  # each bundled file's line map


def pointer_get(data: Any, pointer: str) -> Any:
    """The value at an RFC 6901 ``pointer`` (``KeyError`` when there is none)."""
    node = data
    if not pointer:
        return node
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    tokens = pointer[1:].split("/")
    if "~" in pointer:  # rare: most pointers need no unescaping (a call per token on every $ref)
        tokens = [unescape_token(raw) for raw in tokens]
    for token in tokens:
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
            in_responses = here.endswith("/responses")
            for key in reversed(list(node)):
                if key in ("example", "examples", "default", "const", "enum") and not (key == "default" and in_responses):
                    continue  # data, not schema: a "$ref" key there is just a value (a response code "default" is not)
                child = node[key]
                if isinstance(child, (dict, list)):  # a scalar holds no $ref: no pointer built for it
                    stack.append((child, join_pointer(here, key)))
        elif isinstance(node, list):
            for i in reversed(range(len(node))):
                if isinstance(node[i], (dict, list)):
                    stack.append((node[i], join_pointer(here, i)))
    return found


# where a $ref stands -> the components section its target belongs in (lenient bundling)
_SECTION_OF_PARENT = {"schema": "schemas", "items": "schemas", "not": "schemas", "additionalProperties": "schemas",
                      "contentSchema": "schemas", "requestBody": "requestBodies"}
_SECTION_OF_GRANDPARENT = {"properties": "schemas", "patternProperties": "schemas", "$defs": "schemas", "allOf": "schemas",
                           "anyOf": "schemas", "oneOf": "schemas", "prefixItems": "schemas", "parameters": "parameters",
                           "responses": "responses", "headers": "headers", "examples": "examples"}


def _section_at(where: str) -> str | None:
    """The components section a value placed at ``where`` belongs in, or None (inline it)."""
    tokens = [unescape_token(t) for t in where.split("/")[1:]]
    if tokens and tokens[-1] in _SECTION_OF_PARENT:
        return _SECTION_OF_PARENT[tokens[-1]]
    if len(tokens) > 1 and tokens[-2] in _SECTION_OF_GRANDPARENT:
        return _SECTION_OF_GRANDPARENT[tokens[-2]]
    return None


@dataclass(frozen=True, slots=True)
class _Inline:
    """A lenient bundling result: put this value where the ``$ref`` stood."""

    value: Any


class _Bundler:
    def __init__(self, root: Document, reporter: Reporter, lenient: bool = False, owned: bool = False) -> None:
        self.root = root
        self.reporter = reporter
        self.lenient = lenient
        self.inlining: set[tuple[Path, str]] = set()
        self.refs = iter_refs(root.data)
        # Bundling changes only the copy, and only for a $ref into another file; without one the
        # result is the document itself, which an owner may share (the root is read, not changed)
        local = owned and all(ref.startswith("#") for _, ref in self.refs)
        self.data = root.data if local else copy.deepcopy(root.data)
        self.docs: dict[Path, Document] = {root.path.resolve(): root}
        self.placed: dict[tuple[Path, str], str] = {}  # (file, pointer) -> local pointer
        self.origins: dict[str, tuple[str, str]] = {}
        self.roots = (root.path.resolve().parent, *(r.resolve() for r in root.ref_roots))

    def run(self) -> Resolved:
        self._rewrite()
        return Resolved(self.root, self.data, self.origins, {self._label(d): d.lines for d in self.docs.values()})

    def _label(self, doc: Document) -> str:
        """How a diagnostic names a bundled file: its path from the root document's folder."""
        return doc.name if doc is self.root else os.path.relpath(doc.path, self.root.path.parent)

    def _rewrite(self) -> None:
        """Check and localise every ``$ref`` of the root document (in ``self.data``, its copy)."""
        root = self.root
        for where, ref in self.refs:
            target_file, _, fragment = ref.partition("#")
            if _URL.match(ref):
                self._error(root, where, f"$ref {ref!r} points to the network; specloom never fetches remote references")
                continue
            if not target_file:
                self._check_local(root, where, fragment)
                continue
            node = pointer_get(self.data, where)
            local = self._import(root, where, target_file, fragment)
            if isinstance(local, _Inline):
                _replace(self.data, where, local.value)
                self.origins[where] = (self._label(self.docs[(root.path.parent / target_file).resolve()]), unquote(fragment))
            elif isinstance(local, str):
                node["$ref"] = "#" + local

    def _check_local(self, doc: Document, where: str, fragment: str) -> None:
        if fragment and not fragment.startswith("/"):
            # a plain-name fragment targets a $anchor; the schema compiler resolves those
            return
        try:
            pointer_get(doc.data, unquote(fragment))
        except KeyError:
            self._error(doc, where, f"$ref '#{fragment}' points to nothing in {doc.name}")

    def _refusal(self, path: Path) -> str | None:
        """Why the file ``path`` (resolved) may not be read for a ``$ref``, or None."""
        if not any(path.is_relative_to(root) for root in self.roots):
            return f"{path} is outside the spec's folder {self.roots[0]} (allow another folder with --allow-ref-root DIR)"
        try:
            info = os.stat(path)
        except OSError as exc:
            return f"cannot read {path}: {exc.strerror or exc}"
        if not stat.S_ISREG(info.st_mode):
            return f"{path} is not a regular file"
        if info.st_size > self.root.limits.max_bytes:
            return f"{path} is larger than {self.root.limits.max_bytes} bytes (limit max_bytes)"
        return None

    def _import(self, doc: Document, where: str, target: str, fragment: str) -> str | _Inline | None:
        path = (doc.path.parent / target).resolve()
        if path not in self.docs:
            refusal = self._refusal(path)
            if refusal is not None:
                self._error(doc, where, f"$ref {target + '#' + fragment if fragment else target!r} refused: {refusal}")
                return None
            try:
                self.docs[path] = load(path, display_name=target, limits=self.root.limits, ref_roots=self.root.ref_roots)
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
        if (len(tokens) != 3 or tokens[0] != "components") and self.lenient:
            return self._place(doc, where, path, fragment, value)
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
        self.origins[local] = (self._label(other), unquote(fragment))
        self._rewrite_foreign(section[tokens[2]], other, unquote(fragment), local)
        return _fragment(local)

    def _place(self, doc: Document, where: str, path: Path, fragment: str, value: Any) -> str | _Inline | None:
        """Lenient: a non-component target (a whole file, a "library" entry) becomes a component
        named after its file when the place of the ``$ref`` says which section (a schema, a
        parameter, a response...), else its content is inlined (an operation, a description)."""
        other = self.docs[path]
        key = (path, fragment)
        section_name = _section_at(where)
        if section_name is None:
            if key in self.inlining:
                self._error(doc, where, f"$ref {other.name}#{fragment} includes itself: what it means is unclear")
                return None
            self.inlining.add(key)
            tree = {"value": copy.deepcopy(value)}
            self._rewrite_foreign(tree, other, unquote(fragment), "", prefix="/value")
            self.inlining.discard(key)
            return _Inline(tree["value"])
        section = self.data.setdefault("components", {}).setdefault(section_name, {})
        stem = "_".join([Path(other.name).stem, *(unescape_token(t) for t in unquote(fragment).split("/")[1:])])
        name, n = stem, 2
        while name in section:
            name, n = f"{stem}_{n}", n + 1
        local = join_pointer("/components", section_name, name)
        self.placed[key] = _fragment(local)
        section[name] = copy.deepcopy(value)
        self.origins[local] = (self._label(other), unquote(fragment))
        self._rewrite_foreign(section[name], other, unquote(fragment), local)
        return _fragment(local)

    def _rewrite_foreign(self, tree: Any, doc: Document, fragment: str, local: str, prefix: str = "") -> None:
        """Localise refs inside content copied from ``doc``: ``#/x`` there means ``doc#/x``."""
        for where, ref in iter_refs(tree, ""):
            node = pointer_get(tree, where)
            target_file, _, frag = ref.partition("#")
            if _URL.match(ref):
                self._error(doc, fragment + where, f"$ref {ref!r} points to the network; specloom never fetches remote references")
                continue
            target_rel = target_file or doc.path.name
            inner = where[len(prefix):] if where.startswith(prefix) else where
            placed = self._import(doc, fragment + inner, target_rel, frag)
            if isinstance(placed, _Inline) and where:
                _replace(tree, where, placed.value)
            elif isinstance(placed, str):
                node["$ref"] = "#" + placed

    def _error(self, doc: Document, pointer: str, message: str) -> None:
        if doc is self.root:
            self.reporter.error(pointer, message)
        else:
            line = doc.lines.get(pointer, 0)
            self.reporter.diagnostics.append(Diagnostic(doc.name, line, pointer, message))


def _replace(tree: Any, pointer: str, value: Any) -> None:
    parent_pointer, _, last = pointer.rpartition("/")
    parent = pointer_get(tree, parent_pointer)
    token = unescape_token(last)
    if isinstance(parent, list):
        parent[int(token)] = value
    else:
        parent[token] = value


def resolve(doc: Document, reporter: Reporter, *, lenient: bool = False, owned: bool = False) -> Resolved:
    """Bundle ``doc`` into one self-contained document; problems go to ``reporter``. ``lenient``:
    a ``$ref`` into another file may name any value there, not only a component. ``owned``:
    ``doc.data`` is the caller's own and the result may share it (never copied when no
    ``$ref`` leaves the file); otherwise the result never shares anything with ``doc``."""
    return _Bundler(doc, reporter, lenient, owned).run()
