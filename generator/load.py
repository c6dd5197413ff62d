"""Load stage: a spec file (YAML or JSON) -> ``Document`` (plain data + a pointer -> line map).

Why not ``yaml.safe_load``: diagnostics need the line of every JSON pointer, and YAML 1.1's
implicit typing silently changes spec content (``yes`` -> True, ``2024-01-01`` -> a date, ``200:``
-> an int key). ``specloom.load_yaml`` builds the data from the parser's events, keeping YAML 1.2's
core types only; ``.json`` files are read by the ``json`` module with a lazy pointer -> line index
(``specloom.load_json``): JSON is YAML 1.2, but reading it as YAML is many times slower and refuses
valid escapes such as surrogate pairs.

Every input is bounded (``Limits``): file size, nesting depth (checked before any recursive code
runs), and the size the data expands to -- nodes, and bytes of keys, JSON pointers and strings --
so a nested or alias-bomb file of a few hundred kilobytes cannot exhaust the stack or memory. The
defaults are far above the largest real documents (see ``specs/README.md``, "Limits").
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from specloom.diagnostics import Diagnostic, SpecError


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds on one input file; ``load``/``loads`` and lint refuse anything beyond them."""

    max_bytes: int = 16 * 1024 * 1024  # file size
    max_depth: int = 128  # nested objects/arrays
    max_nodes: int = 1_000_000  # values, after YAML alias expansion
    max_expanded_bytes: int = 64 * 1024 * 1024  # keys, JSON pointers and strings, expanded
    max_schemas: int = 3_000  # components/schemas entries (checked by lint)
    max_operations: int = 1_500  # operations under paths (checked by lint)

    @classmethod
    def parse(cls, items: list[str]) -> Limits:
        """``["max_schemas=10000", ...]`` (the CLI's ``--limit``) -> Limits; ``ValueError`` if bad."""
        names = {f.name for f in fields(cls)}
        changes: dict[str, int] = {}
        for item in items:
            name, _, value = item.partition("=")
            name = name.strip().replace("-", "_")
            if name not in names or not value.strip().isdigit() or int(value) < 1:
                raise ValueError(f"--limit {item!r}: expected NAME=N with N >= 1 and NAME one of {', '.join(sorted(names))}")
            changes[name] = int(value)
        return replace(cls(), **changes)


def limit_argument(item: str) -> str:
    """One ``--limit NAME=N``, checked when the command line is read (an argparse ``type``)."""
    import argparse

    try:
        Limits.parse([item])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return item


DEFAULT_LIMITS = Limits()
# the file names a specs folder holds (lint, generate, check and validate read the same ones)
SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def spec_files(folder: Path) -> list[Path]:
    """The spec files of a specs folder, sorted: its ``.yaml``/``.yml``/``.json`` files, hidden ones
    aside (a ``.spectral.yaml`` linter configuration, an editor's ``.#api.yaml``, the manifest of
    packages generated into the folder are not specs)."""
    return sorted(p for p in folder.iterdir() if p.suffix in SPEC_SUFFIXES and not p.name.startswith(".") and p.is_file())


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded spec: its data, where each JSON pointer sits, and the file's identity.

    ``ref_roots``: folders whose files a ``$ref`` may name (empty: the spec's own folder only).
    """

    path: Path
    data: Any
    lines: Mapping[str, int]
    sha256: str
    limits: Limits = DEFAULT_LIMITS
    ref_roots: tuple[Path, ...] = field(default=())

    @property
    def name(self) -> str:
        return self.path.name


def read_bounded(path: Path, file: str, limit: int, limit_name: str = "max_bytes") -> bytes:
    """The bytes of ``path``, at most ``limit`` of them (a device or pipe never runs unbounded);
    ``limit_name``: the ``--limit`` that raises the bound, named in the error ("": none does)."""
    try:
        with open(path, "rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as exc:
        raise SpecError([Diagnostic(file, 0, "", f"cannot read file: {exc.strerror or exc}")]) from None
    if len(raw) > limit:
        raise SpecError([Diagnostic(file, 0, "", f"file larger than {limit} bytes" + (f" (limit {limit_name})" if limit_name else ""))])
    return raw


def load(
    path: Path | str,
    *,
    display_name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ref_roots: tuple[Path, ...] = (),
) -> Document:
    """Read and parse ``path``; raise ``SpecError`` (located) for unreadable or invalid input."""
    path = Path(path)
    file = display_name or str(path)
    raw = read_bounded(path, file, limits.max_bytes)
    return loads(raw, path=path, display_name=file, limits=limits, ref_roots=ref_roots)


def loads(
    raw: bytes,
    *,
    path: Path,
    display_name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ref_roots: tuple[Path, ...] = (),
    as_json: bool | None = None,
) -> Document:
    """Parse spec bytes already in memory (see ``load``); JSON when ``as_json`` or a ``.json`` path."""
    file = display_name or str(path)
    if len(raw) > limits.max_bytes:
        raise SpecError([Diagnostic(file, 0, "", f"file larger than {limits.max_bytes} bytes (limit max_bytes)")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, message = undecodable(exc)
        raise SpecError([Diagnostic(file, line, "", message)]) from None
    json_file = path.suffix.lower() == ".json" if as_json is None else as_json
    data: Any
    lines: Mapping[str, int]
    if json_file:
        from specloom import load_json

        data, lines = load_json.parse(text, file, limits)
    else:  # only then: PyYAML costs a JSON document's run about 10 ms to import
        from specloom import load_yaml

        data, lines = load_yaml.parse(text, file, limits)
    return Document(path, data, lines, hashlib.sha256(raw).hexdigest(), limits, ref_roots)


def undecodable(exc: UnicodeDecodeError) -> tuple[int, str]:
    """Where bytes stop being UTF-8, as (line, message): the line, the column (in bytes) and the
    byte itself, so a user finds the one bad byte of a large file (saved in Latin-1, cut short)."""
    data = exc.object  # what the offsets count in: the bytes after a byte order mark
    line, column = place(data, exc.start)
    return line, f"not UTF-8 text: byte 0x{data[exc.start]:02x} at column {column} ({exc.reason})"


def place(text: str | bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text`` (columns in its units: bytes, characters)."""
    head = text[:offset]
    newlines, last = (head.count("\n"), head.rfind("\n")) if isinstance(head, str) else (head.count(b"\n"), head.rfind(b"\n"))
    return newlines + 1, offset - last
