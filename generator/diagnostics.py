"""Diagnostics: what is wrong, and where (file, line, JSON pointer).

Every stage reports problems as ``Diagnostic`` values. Warnings are collected and printed; errors are
gathered and raised once, together, as ``SpecError`` so a user sees every problem of a spec in one
run, each as ``file:line: pointer: message``. The CLI turns ``SpecError`` into exit status 2 and
never shows a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

VALUE_LIMIT = 200  # a value quoted in a message (an enum, a default) is cut here
MESSAGE_LIMIT = 1000  # a last bound on one message, whatever it quotes


def shorten(text: str, limit: int = VALUE_LIMIT) -> str:
    """``text`` on one line and at most about ``limit`` characters, saying how much was cut."""
    flat = " ".join(text.split()) if ("\n" in text or "\r" in text) else text
    if len(flat) <= limit:
        return flat
    return f"{flat[:limit]}... ({len(flat) - limit} more characters)"


def show(value: object) -> str:
    """A value as a message quotes it: its ``repr``, on one line, cut at ``VALUE_LIMIT``."""
    return shorten(repr(value))


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One located problem. ``line`` is 1-based; 0 when the position is unknown."""

    file: str
    line: int
    pointer: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        prefix = "warning: " if self.severity == "warning" else ""
        # one diagnostic, one line: a message never spans lines nor runs on for pages
        return f"{where}: {self.pointer or '/'}: {prefix}{shorten(self.message, MESSAGE_LIMIT)}"


def to_rows(diagnostics: Iterable[Diagnostic]) -> list[list[str | int]]:
    """Diagnostics as JSON rows (a forked child's answer, ``specloom.forked``)."""
    return [[d.file, d.line, d.pointer, d.message, d.severity] for d in diagnostics]


def from_rows(rows: Iterable[Iterable[object]]) -> list[Diagnostic]:
    """``to_rows`` undone; ``ValueError``/``TypeError`` for rows that are not its output."""
    found = []
    for file, line, pointer, message, severity in rows:
        if not isinstance(line, int) or severity not in ("error", "warning"):
            raise ValueError(f"not a diagnostic row: {line!r}, {severity!r}")
        found.append(Diagnostic(str(file), line, str(pointer), str(message), "warning" if severity == "warning" else "error"))
    return found


class OutputError(Exception):
    """The output folder cannot be written as asked (it is a file, or a write failed): said in a
    line by the command line, never an internal error (``specloom.write`` raises it)."""


class SpecError(Exception):
    """Raised with every error diagnostic found; ``str()`` lists them one per line."""

    def __init__(self, diagnostics: Iterable[Diagnostic], warnings: Iterable[Diagnostic] = ()) -> None:
        self.diagnostics = tuple(sorted(diagnostics))
        self.warnings = tuple(warnings)  # found before the errors stopped the run; shown with them
        super().__init__("\n".join(str(d) for d in self.diagnostics))


@dataclass(slots=True)
class Reporter:
    """Collects diagnostics for one file, locating JSON pointers through the loader's line map."""

    file: str
    lines: Mapping[str, int] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # bundled content: pointer in the bundle -> (file, pointer there), and each file's line map
    origins: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    files: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def _at(self, pointer: str, message: str, severity: Severity) -> Diagnostic:
        """A diagnostic in the file the content came from (bundled from another file, or not)."""
        if self.origins:
            here = pointer
            while here:
                if here in self.origins:
                    file, there = self.origins[here]
                    inner = there + pointer[len(here):]
                    lines = self.files.get(file, {})
                    while inner not in lines and inner:
                        inner = inner.rsplit("/", 1)[0]
                    return Diagnostic(file, lines.get(inner, 0), there + pointer[len(here):], message, severity)
                here = here.rsplit("/", 1)[0]
        return Diagnostic(self.file, self.line_of(pointer), pointer, message, severity)

    def line_of(self, pointer: str) -> int:
        """The line of ``pointer``, or of its nearest located ancestor."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return 0
            pointer = pointer.rsplit("/", 1)[0]

    def first_in_file(self, pointers: Iterable[str]) -> str:
        """The pointer of ``pointers`` (not empty) located first in the file (ties: the smaller
        pointer); a line index that can answer without locating every pointer does
        (``JsonLines.first``)."""
        first = getattr(self.lines, "first", None)
        if first is not None:
            return str(first(pointers))
        return min(pointers, key=lambda p: (self.line_of(p) or float("inf"), p))

    def error(self, pointer: str, message: str) -> None:
        self.diagnostics.append(self._at(pointer, message, "error"))

    def warning(self, pointer: str, message: str) -> None:
        self.diagnostics.append(self._at(pointer, message, "warning"))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise SpecError(self.errors, self.warnings)

    def located(self, error: SpecError) -> SpecError:
        """``error`` with a line for each of this file's diagnostics that had none.

        The code compilers (validators, strategies) know only JSON pointers; the line map is here.
        """
        return SpecError(
            (Diagnostic(d.file, self.line_of(d.pointer), d.pointer, d.message, d.severity) if d.file == self.file and not d.line else d
             for d in error.diagnostics),
            self.warnings,
        )


def escape_token(token: str | int) -> str:
    """One RFC 6901 reference token: ``~`` -> ``~0``, ``/`` -> ``~1``."""
    text = str(token)
    if "~" in text or "/" in text:  # rare in keys: most tokens are returned as they are
        return text.replace("~", "~0").replace("/", "~1")
    return text


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """``join_pointer("/paths", "/a/{b}")`` -> ``"/paths/~1a~1{b}"``."""
    if len(tokens) == 1:  # most calls: one or two tokens, without a generator and a join
        return f"{pointer}/{escape_token(tokens[0])}"
    if len(tokens) == 2:
        return f"{pointer}/{escape_token(tokens[0])}/{escape_token(tokens[1])}"
    return pointer + "".join("/" + escape_token(t) for t in tokens)
