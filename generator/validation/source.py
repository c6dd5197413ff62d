"""Source-text building blocks: Python literals for JSON values, and an indenting line writer.

Input: JSON values taken from a schema, and lines of generated code. Output: Python source text.

Schema text reaches generated source only through ``py_literal``/``py_str`` (``repr``-based, so
quotes, newlines and non-printables are escaped) or through identifiers the compiler invents;
never by pasting. Strings are printed with double quotes when that needs no escapes, which is
what black would write, so its pass over the output changes little.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cache
from typing import Any

from specloom.validation.expr import conjoin, negate

__all__ = ["py_str", "py_literal", "py_tuple", "Writer"]


@cache  # the same names, pointers and messages come back thousands of times on a large document
def py_str(text: str) -> str:
    """A Python string literal for ``text``, quoted as black quotes it: double quotes unless they
    need more escapes than single ones (the strategy compiler's ``str_lit`` too)."""
    literal = repr(text)
    if literal[0] == '"' or text.count('"') > text.count("'"):
        return literal
    return '"' + literal[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'


def py_literal(value: Any) -> str:
    """A Python expression that evaluates to the JSON value ``value``."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return repr(value)
        return 'float("inf")' if value > 0 else '-float("inf")' if value < 0 else 'float("nan")'
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def py_tuple(items: list[str]) -> str:
    """A tuple display of already-rendered items, as black would print it."""
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"


class Writer:
    """Lines of code at an indentation level; a block whose body stays empty disappears."""

    def __init__(self, level: int = 0) -> None:
        self.lines: list[str] = []
        self.level = level
        self.loops = 0  # open ``for`` blocks: CPython allows 20 statically nested blocks

    def line(self, text: str) -> None:
        self.lines.append("    " * self.level + text)

    def block(self, head: str, merge: bool = True) -> _Block:
        """``with w.block("if x:"):`` -- the head is dropped again if nothing was written under it,
        and an ``if`` whose body is one ``if`` becomes one ``if`` of both conditions (``merge``
        False: an ``else:`` may follow this one, so its condition must stay its own)."""
        return _Block(self, head, merge)

    def items_loop(self, k: str, x: str, mapping: str) -> AbstractContextManager[None]:
        """``for k, x in mapping.items():`` -- or ``for k in mapping:`` when the body never reads
        ``x`` (a value schema of ``true`` checks nothing): ruff flags an unused loop variable."""
        return self.loop(f"for {k}, {x} in {mapping}.items():", x, f"for {k} in {mapping}:")

    @contextmanager
    def loop(self, head: str, x: str, instead: str) -> Iterator[None]:
        """``with w.loop("for x in v:", "x", "for _ in v:")`` -- ``instead`` when the body never
        reads ``x`` (an item schema that is false in disguise, ``anyOf: [false]``: ruff's B007)."""
        start = len(self.lines)
        with self.block(head):
            yield
        if len(self.lines) > start and not self._read_after(start, x):
            self.lines[start] = "    " * self.level + instead

    def return_true(self) -> None:
        """``return True`` after a fast path's checks; a last ``if c: return False`` becomes
        ``return not c`` instead (the same answer; flake8-simplify SIM103 asks for it)."""
        indent = "    " * self.level
        last = self.lines[-2:]
        if len(last) == 2 and last[1] == f"{indent}    return False" and last[0].startswith(f"{indent}if "):
            self.lines[-2:] = [f"{indent}return {negate(last[0][len(indent) + 3 : -1])}"]
        else:
            self.line("return True")

    def mark(self) -> int:
        return len(self.lines)

    def merge_sole_if(self, start: int) -> None:
        """Merge the ``if`` block at ``lines[start]`` with a sole inner ``if`` after the fact: for
        a block opened with ``merge=False`` whose ``else:`` turned out empty."""
        if start < len(self.lines):
            _merge_sole_if(self.lines, start, "    " * self.level)

    def drop_unused(self, mark: int, name: str) -> None:
        """Remove the binding of ``name`` at ``lines[mark]`` when no later line reads it: an
        item or property schema that reads nothing of its value (``true``; ``false``, whose check
        is presence or length alone) left ``x = value["a"]`` unused (ruff F841)."""
        if not self._read_after(mark, name):
            del self.lines[mark]

    def _read_after(self, at: int, name: str) -> bool:
        """Whether a line after ``lines[at]`` mentions the local ``name`` (as a whole word)."""
        used = re.compile(rf"\b{re.escape(name)}\b")
        return any(used.search(line) for line in itertools.islice(self.lines, at + 1, None))

    def since(self, mark: int) -> list[str]:
        return self.lines[mark:]


class _Block:
    """``Writer.block``'s context manager, a class rather than ``@contextmanager``: the compiler
    opens tens of thousands of blocks for a large document, and a generator costs twice as much."""

    __slots__ = ("w", "start", "loop", "merge")

    def __init__(self, w: Writer, head: str, merge: bool = True) -> None:
        self.w, self.start = w, len(w.lines)
        self.loop = head.startswith(("for ", "while ", "with ", "try"))
        self.merge = merge and head.startswith("if ")
        w.line(head)

    def __enter__(self) -> None:
        self.w.level += 1
        self.w.loops += self.loop

    def __exit__(self, *exc: object) -> None:
        w = self.w
        w.level -= 1
        w.loops -= self.loop
        if len(w.lines) == self.start + 1:
            del w.lines[self.start]
        elif self.merge:
            _merge_sole_if(w.lines, self.start, "    " * w.level)


def _merge_sole_if(lines: list[str], start: int, indent: str) -> None:
    """``if a:`` at ``lines[start]`` whose whole body is ``if b:`` and its block -> ``if a and b:``
    over that block, a level less indented (flake8-simplify SIM102 asks for it; the same
    bytecode). The lines are single statements here (the error path's calls are laid out once
    the function is complete, ``Compiler.run``), so a body line is one indented more than
    ``if b:``, and a line indented like ``if b:`` is a statement after it (or its ``else:``)."""
    inner = indent + "    "
    if not lines[start + 1].startswith("if ", len(inner)):
        return
    deeper = len(inner)
    for line in itertools.islice(lines, start + 2, None):
        if line[deeper : deeper + 1] != " ":
            return
    outer_cond, inner_cond = lines[start][len(indent) + 3 : -1], lines[start + 1][deeper + 3 : -1]
    lines[start : start + 2] = [f"{indent}if {conjoin(outer_cond, inner_cond)}:"]
    lines[start + 1 :] = [line[4:] for line in lines[start + 1 :]]


def _names(name: str, body: str) -> bool:
    """Whether ``body`` uses the identifier ``name`` (``re.search(rf"\\b{name}\\b", body)``).

    Found with ``str.find``, the word boundaries tested at each hit: a regex that starts with
    ``\\b`` is tried at every position, and the body is megabytes for a large document (0.1 s a
    name there, for each runtime name the module imports)."""
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _WORD.match(body, at - 1)) and (end == len(body) or not _WORD.match(body, end)):
            return True
        at = body.find(name, at + 1)
    return False


_WORD = re.compile(r"\w")


def import_lines(body: str, imports: set[str], runtime: set[str], typed_consts: bool) -> list[str]:
    """The import lines a validators module needs: those of ``imports`` and ``runtime`` it uses."""
    used = {i for i in imports if _names(i.split()[-1], body)}
    std = sorted(i for i in used if i.startswith("import "))
    std += sorted(i for i in used if i.startswith("from "))
    if typed_consts:
        std.append("from typing import Any")
    lines = [*std, ""] if std else []
    # one import of the runtime's wire subpackage, names in ruff's order (CONSTANTS, Classes, functions)
    wanted = runtime | ({"FORMAT_CHECKERS"} if "FORMAT_CHECKERS" in body else set())
    names = sorted(wanted, key=lambda n: (0 if len(n) > 1 and n.isupper() else 1 if n[0].isupper() else 2, n.lower(), n))
    names = [n for n in names if _names(n, body)]
    one = "from specloom_runtime.wire import " + ", ".join(names)
    if len(one) <= 88:
        lines.append(one)
    else:
        lines += ["from specloom_runtime.wire import (", *(f"    {n}," for n in names), ")"]
    return lines
