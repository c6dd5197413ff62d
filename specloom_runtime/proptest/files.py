"""The files of a spec as the suites' oracle reads them: the entry file and the files its ``$ref``\\s name.

Input: the entry spec file and, for a document spread over several files, where each component
the generator bundled into it came from (the suite's ``ORIGINS``: ``/components/<section>/<name>``
-> (file relative to the entry's folder, JSON pointer in it)). Output: nodes addressed by the
bundled document's JSON pointers (the pointers the generated modules record), ``$ref``\\s followed
across files, and each file's data for ``referencing`` to resolve them for ``jsonschema``.

Each file is read with PyYAML once. In it, every ``$ref`` to another file -- and, in a file other
than the entry, every local one -- is rewritten to an absolute ``file:`` URI, so a node says where
its reference goes whichever file it came from (a copy of the node carries that along). Values
(``example``, ``default``, ``enum``...) are left as they are. Files are read only from the entry's
folder tree and the folders of the files ``ORIGINS`` names (where the generator found them); a
reference elsewhere points to nothing.

Why not the generator's bundled document: the oracle must not share code with what it judges. It
takes from the generator only where bundling put each component, as it takes the pointers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

import yaml
from referencing import Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["SpecFiles", "UNREADABLE", "node_at", "tokens", "pointer"]

# keys whose values are instances, not schemas or OpenAPI objects: a "$ref" in them is data
_DATA = frozenset({"example", "examples", "default", "enum", "const"})
# keys whose values map names (a property named "example" is a schema) to schemas
_NAMES = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_CHAIN = 50  # $refs followed in a row before the chain counts as a cycle
# what reading a file, or following a $ref into it, raises when it is absent, outside the spec's
# folders or not YAML: the oracle then reads "nothing there"
UNREADABLE = (LookupError, ValueError, TypeError, OSError, yaml.YAMLError)
MAX_FILES = 10_000  # files ``documents`` reads (DigitalOcean's $refs reach 2,828)
# PyYAML's safe loader, through libyaml when PyYAML was built with it: the same data, about four
# times faster (``documents`` reads every file of a document spread over thousands)
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def tokens(where: str) -> list[str]:
    """The reference tokens of a JSON pointer (URI-fragment form accepted), unescaped."""
    return [unquote(t).replace("~1", "/").replace("~0", "~") for t in where.split("/")[1:]] if where else []


def pointer(parts: list[str]) -> str:
    """The JSON pointer of ``parts`` (RFC 6901 escapes)."""
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in parts)


def node_at(doc: Any, where: str) -> Any:
    """The node of ``doc`` at a JSON pointer (``KeyError``/``IndexError`` when absent)."""
    node = doc
    for token in tokens(where):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _absolute(data: Any, uri: str, *, entry: bool) -> tuple[list[tuple[dict[str, Any], str]], list[str]]:
    """Rewrite ``data``'s references to absolute URIs, in place (local ones of the entry stay).
    Returns where a ``$ref`` stands for a whole map of names (``properties: {$ref: ...}``), and
    the other files the references name, in the order met."""
    maps: list[tuple[dict[str, Any], str]] = []
    files: dict[str, None] = {}
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, names = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not (entry and ref.startswith("#")):
                node["$ref"] = urljoin(uri, ref)
                files.setdefault(node["$ref"].partition("#")[0])
            for key, value in node.items():
                if names or key not in _DATA:
                    stack.append((value, key in _NAMES and not names))
                if key in _NAMES and not names and isinstance(value, dict) and isinstance(value.get("$ref"), str):
                    maps.append((node, key))
        elif isinstance(node, list):
            stack.extend((item, False) for item in node)
    return maps, [file for file in files if file != uri]


class SpecFiles:
    """The entry file's data (``entry``, at ``uri``) and, read when asked, the files it refers to."""

    def __init__(self, entry: Path, origins: Mapping[str, tuple[str, str]] | None = None) -> None:
        path = entry.resolve()
        self.uri = path.as_uri()
        placed = {where: ((path.parent / file).resolve(), there) for where, (file, there) in (origins or {}).items()}
        self._folders = {path.parent, *(file.parent for file, _ in placed.values())}
        self._origins = {where: (file.as_uri(), there) for where, (file, there) in placed.items()}
        self._docs: dict[str, Any] = {}
        self._refers: dict[str, list[str]] = {}  # file URI -> the other files its $refs name
        self.entry: Any = self._read(path, self.uri, entry=True)

    def document(self, uri: str) -> Any:
        """The data of the file at ``uri`` (``LookupError`` for one this spec may not read)."""
        if uri not in self._docs:
            parts = urlsplit(uri)
            path = Path(url2pathname(parts.path)).resolve()  # unquoted; a drive letter on Windows
            if parts.scheme != "file" or not any(path.is_relative_to(f) for f in self._folders) or not path.is_file():
                raise LookupError(f"{uri}: not a file of this spec")
            self._read(path, uri, entry=False)
        return self._docs[uri]

    def _read(self, path: Path, uri: str, *, entry: bool) -> Any:
        """The file at ``path`` read, its references made absolute, kept under ``uri``. A map of
        names that is a ``$ref`` becomes the map it points to, as the generator's bundling puts
        it there (one that points to nothing: no names, as a missing ``$ref`` accepts anything)."""
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        maps, self._refers[uri] = _absolute(data, uri, entry=entry)
        self._docs[uri] = data  # before the maps: one may point back into this file
        for node, key in maps:
            try:
                node[key] = self.deref(node[key])
            except (LookupError, ValueError, TypeError, OSError, yaml.YAMLError):
                node[key] = {}
        return data

    def documents(self) -> Iterator[tuple[str, Any]]:
        """``(URI, data)`` of the entry file, then of every file its ``$ref``s reach, each once,
        in the order reached (``MAX_FILES`` at most); a file this spec may not read, or that
        does not parse, is left out (``target`` reports it where a test needs it)."""
        todo, seen = [self.uri], set[str]()
        while todo and len(seen) < MAX_FILES:
            uri = todo.pop(0)
            if uri in seen:
                continue
            seen.add(uri)
            try:
                data = self.document(uri)
            except UNREADABLE:
                continue
            yield uri, data
            todo.extend(self._refers.get(uri, ()))

    def resource(self, uri: str) -> Resource[Any]:
        """The file at ``uri`` as a JSON Schema 2020-12 resource (``referencing``'s ``retrieve``)."""
        return DRAFT202012.create_resource(self.document(uri))

    def target(self, ref: str) -> Any:
        """What the (rewritten) ``$ref`` value ``ref`` points to: ``LookupError`` (or
        ``IndexError``, ``ValueError``...) when nothing is there."""
        uri, _, fragment = ref.partition("#")
        return node_at(self.document(uri or self.uri), fragment)

    def deref(self, node: Any) -> Any:
        """``node`` with its ``$ref`` chain followed."""
        for _ in range(_CHAIN):
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not isinstance(ref, str):
                return node
            node = self.target(ref)
        raise AssertionError("a $ref cycle in the spec's files")

    def locate(self, where: str) -> tuple[str, str]:
        """(file URI, pointer in that file) of the node at the bundled document's pointer ``where``:
        a bundled component is looked up in ``ORIGINS``, and a step the file does not have is
        taken after the ``$ref`` standing there (a path item or schema another file holds)."""
        parts = tokens(where)
        uri, at = self.uri, []
        head = pointer(parts[:3])
        if parts[:1] == ["components"] and head in self._origins:
            uri, there = self._origins[head]
            at, parts = tokens(there), parts[3:]
        node = node_at(self.document(uri), pointer(at))
        for token in parts:
            for _ in range(_CHAIN):
                ref = node.get("$ref") if isinstance(node, dict) and token not in node else None
                if not isinstance(ref, str):
                    break
                target, _, fragment = ref.partition("#")
                uri, at = target or uri, tokens(fragment)
                node = node_at(self.document(uri), pointer(at))
            node = node[int(token)] if isinstance(node, list) else node[token]
            at.append(token)
        return uri, pointer(at)

    def node(self, where: str) -> Any:
        """The node at the bundled document's pointer ``where`` (``KeyError`` when absent)."""
        uri, there = self.locate(where)
        return node_at(self.document(uri), there)
