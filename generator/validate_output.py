"""``specloom validate``'s inputs and outputs: a payload or an unreadable input -> text, JSON or
GitHub annotations on stdout, located problems on stderr.

Input: ``Payload`` (one instance and where it came from) with its violations, or ``Problem``.
Output: the human format (one ``file[:line]: /pointer: message`` line per violation), one JSON
document written as it goes (so memory stays flat over millions of payloads), or GitHub
``::error`` workflow commands; each ends with a summary. Kept apart from the command so that what
is printed can change without touching how payloads are read and checked.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from specloom.diagnostics import Reporter
from specloom.log_text import json_text as _json
from specloom.log_text import one_line as _one_line
from specloom.log_text import where as _where

__all__ = ["OUTPUTS", "STDIN", "Payload", "Problem"]

STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class Payload:
    """One instance to check. ``line``: its line in a JSON Lines input; None for a whole file."""

    file: str
    line: int | None
    value: Any
    lines: Callable[[], Mapping[str, int]] | None = None  # pointer -> line, built on demand


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read or parsed (exit 2); ``line`` is 0 when unknown."""

    file: str
    line: int
    message: str



def _error_line(payload: Payload, pointer: str) -> int:
    """The line an error points at: the payload's line in JSON Lines, else the value's line (or 0)."""
    return (payload.line or 0) if payload.lines is None else Reporter(payload.file, payload.lines()).line_of(pointer)


class _Output:
    """Counts payloads and errors; ``show`` prints them (this base class: the human format)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.files = self.payloads = self.invalid = self.errors = self.problems = 0
        self.write = sys.stdout.write

    def payload(self, payload: Payload, errors: list[Any]) -> None:
        """Count one checked payload, then show it with its violations (none when valid)."""
        self.payloads, self.invalid, self.errors = self.payloads + 1, self.invalid + bool(errors), self.errors + len(errors)
        self.show(payload, errors)

    def show(self, payload: Payload, errors: list[Any]) -> None:
        """One line per violation: ``file[:line]: /pointer: message``."""
        for e in errors:
            where = _where(payload.file, _error_line(payload, e.instance_path))
            self.write(f"{where}: {_one_line(e.instance_path or '/')}: {_one_line(e.message)}\n")

    def problem(self, problem: Problem) -> None:
        """An input that could not be read: a located diagnostic on stderr, in every format."""
        self.problems += 1
        print(f"{_where(problem.file, problem.line)}: {_one_line(problem.message)}", file=sys.stderr)

    def summary(self) -> str:
        """E.g. ``3 of 20000 payloads invalid (5 errors) in 2 files``."""
        payloads, files, problems = _n(self.payloads, "payload"), _n(self.files, "file"), _n(self.problems, "input problem")
        text = f"{self.invalid} of {payloads} invalid ({_n(self.errors, 'error')})" if self.invalid else f"{'all ' * (self.payloads > 1)}{payloads} valid"
        return f"{text} in {files}" + (f"; {problems}" if self.problems else "")

    def finish(self) -> None:
        """Print the summary line."""
        self.write(self.summary() + "\n")


class _Json(_Output):
    """One JSON document on stdout, written as it goes: payloads, problems, summary."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.problem_list: list[dict[str, Any]] = []
        self.write('{"payloads": [')

    def show(self, payload: Payload, errors: list[Any]) -> None:
        """The payload's entry: file, line (JSON Lines), valid flag and every violation."""
        keys = ("instance_path", "schema_path", "keyword", "message")
        listed = [{**{k: getattr(e, k) for k in keys}, "line": _error_line(payload, e.instance_path) or None} for e in errors]
        entry = {"file": payload.file, "line": payload.line, "valid": not errors, "errors": listed}
        self.write(("," if self.payloads > 1 else "") + "\n" + _json(entry))

    def problem(self, problem: Problem) -> None:
        """Kept for the document's ``problems`` list, and said on stderr too."""
        super().problem(problem)
        self.problem_list.append({"file": problem.file, "line": problem.line or None, "message": problem.message})

    def finish(self) -> None:
        """Close the document with the problems and the summary counts."""
        summary = {**{k: getattr(self, k) for k in ("files", "payloads", "invalid", "errors", "problems")}, "text": self.summary()}
        self.write(f'\n],\n"problems": {_json(self.problem_list)},\n"summary": {_json(summary)}}}\n')


class _Github(_Output):
    """GitHub Actions workflow commands: one ``::error file=...,line=...::...`` per violation."""

    def show(self, payload: Payload, errors: list[Any]) -> None:
        """Annotate the file (and line, when known) with each violation's pointer and message."""
        for e in errors:
            self.write(_annotation(payload.file, _error_line(payload, e.instance_path), f"invalid {self.label}", f"{e.instance_path or '/'}: {e.message}"))

    def problem(self, problem: Problem) -> None:
        """Annotate an unreadable input too (and say it on stderr)."""
        super().problem(problem)
        self.write(_annotation(problem.file, problem.line, "specloom validate", problem.message))


def _annotation(file: str, line: int, title: str, message: str) -> str:
    """``::error file=F,line=L,title=T::message``, escaped by GitHub's workflow-command rules."""
    props = ([f"file={file.translate(_PROPERTY)}"] if file != STDIN else []) + ([f"line={line}"] if line else [])
    return f"::error {','.join([*props, f'title={title.translate(_PROPERTY)}'])}::{message.translate(_DATA)}\n"


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# GitHub: "%", CR and LF are percent-encoded in a message; in a property value, ":" and "," too.
_DATA = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_PROPERTY = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})
OUTPUTS: dict[str, type[_Output]] = {"human": _Output, "json": _Json, "github": _Github}
