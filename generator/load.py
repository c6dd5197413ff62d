"""Load stage: a spec file (YAML or JSON) -> ``Document`` (plain data + a pointer -> line map).

Why not ``yaml.safe_load``: diagnostics need the line of every JSON pointer, and YAML 1.1's
implicit typing silently changes spec content (``yes`` -> True, ``2024-01-01`` -> a date, ``200:``
-> an int key). The loader below composes the node tree, keeps YAML 1.2's core types only
(true/false, null, ints, floats), turns integer keys such as response codes into strings, refuses
duplicate keys and merge keys, and bounds alias expansion so a "billion laughs" file cannot exhaust
memory. JSON is YAML 1.2, so the same code reads ``.json`` specs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, SpecError, escape_token

MAX_NODES = 2_000_000  # generous for real specs, far below what an alias bomb expands to

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader restricted to YAML 1.2 core-schema implicit types."""


_Loader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN\0"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
):
    _Loader.add_implicit_resolver(_tag, re.compile(_regexp), list(_first))


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded spec: its data, where each JSON pointer sits, and the file's identity."""

    path: Path
    data: Any
    lines: dict[str, int]
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: dict[str, int] = {}
        self.count = 0
        self.errors: list[Diagnostic] = []
        self.constructor = _Loader("")

    def build(self, node: yaml.Node, pointer: str) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise SpecError([self._err(node, pointer, "document too large (alias expansion?)")])
        self.lines.setdefault(pointer, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pointer)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, f"{pointer}/{i}") for i, item in enumerate(node.value)]
        return self.constructor.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, pointer: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.errors.append(self._err(key_node, pointer, "YAML merge keys (<<) are not supported"))
                continue
            key = self.constructor.construct_object(key_node, deep=True)
            if isinstance(key, bool) or not isinstance(key, (str, int)):
                self.errors.append(self._err(key_node, pointer, f"mapping key {key!r} is not a string"))
                continue
            key = str(key)
            child = f"{pointer}/{escape_token(key)}"
            if key in result:
                self.errors.append(self._err(key_node, child, f"duplicate key {key!r}"))
                continue
            self.lines[child] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, child)
        return result

    def _err(self, node: yaml.Node, pointer: str, message: str) -> Diagnostic:
        return Diagnostic(self.file, node.start_mark.line + 1, pointer, message)


def load(path: Path | str, *, display_name: str | None = None) -> Document:
    """Read and parse ``path``; raise ``SpecError`` (located) for unreadable or invalid input."""
    path = Path(path)
    file = display_name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Diagnostic(file, 0, "", f"cannot read file: {exc.strerror}")]) from None
    return loads(raw, path=path, display_name=file)


def loads(raw: bytes, *, path: Path, display_name: str | None = None) -> Document:
    """Parse spec bytes already in memory (see ``load``)."""
    file = display_name or str(path)
    try:
        text = raw.decode("utf-8-sig")
        node = yaml.compose(text, Loader=_Loader)
    except UnicodeDecodeError as exc:
        raise SpecError([Diagnostic(file, 0, "", f"not UTF-8 text ({exc.reason})")]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise SpecError([Diagnostic(file, line, "", f"invalid YAML: {what}")]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Diagnostic(file, 0, "", f"invalid YAML: {exc}")]) from None
    if node is None:
        raise SpecError([Diagnostic(file, 1, "", "the file is empty")])
    builder = _Builder(file)
    try:
        data = builder.build(node, "")
    except yaml.YAMLError as exc:
        raise SpecError([Diagnostic(file, 0, "", f"invalid YAML value: {exc}")]) from None
    if builder.errors:
        raise SpecError(builder.errors)
    return Document(path, data, builder.lines, hashlib.sha256(raw).hexdigest())
