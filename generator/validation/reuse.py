"""Fast-path functions written once per document: a function's text and effects, replayed.

Input: a ``Compiler`` about to write the fast path (``f``) of a schema, and the document's store
of fast paths other compilers wrote (``validation.checks`` keeps one per document). Output: the
function's lines, written by the emitters the first time and replayed from the store after that.

Why: lint and the testing kit compile the fast paths of most of a document's models (their
``is_valid``), and ``validators.py`` wrote them all again. A fast path depends only on its schema,
its dynamic scope and the format mode: what differs between two modules is the numbering of the
functions and constants it names. So the first compiler records, besides the lines, every call it
made while writing them (functions it requested, constants, memo sets, warnings, imports); a later
compiler makes the same calls in the same order, which numbers everything exactly as writing the
function would have, and renames the recorded placeholders to its own. A function whose text
names something it did not request itself is not stored (it is written again, as before).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom.validation.compiler import Compiler
    from specloom.validation.fn import Dyn, Kind
    from specloom.validation.index import Loc, Node

__all__ = ["Log", "Store", "fast_body"]

# the names a function's text holds until the module is assembled: functions \x00<n>\x00,
# constants and memo sets \x02<name>\x02 (repr() escapes both characters in string literals)
_MARKED = re.compile("\x00\\d+\x00|\x02[^\x02]*\x02")


@dataclass
class Log:
    """What writing one fast path did, in order, and the lines it wrote."""

    calls: list[tuple[Node, Dyn, Kind, str]] = field(default_factory=list)  # ..., placeholder got
    consts: list[tuple[str, str, str]] = field(default_factory=list)  # code, prefix, name got
    memos: list[tuple[str, str]] = field(default_factory=list)  # pattern constant, name got
    warnings: list[tuple[str, str, str]] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)
    runtime: set[str] = field(default_factory=set)
    lines: list[str] = field(default_factory=list)


Store = dict[tuple["Loc", "Dyn", str], "Log | None"]  # None: written, but not replayable


def fast_body(c: Compiler, node: Node, dyn: Dyn, write: Callable[[], list[str]]) -> list[str]:
    """The lines of ``node``'s fast path in ``c``: replayed from ``c.shared`` or written by ``write``."""
    assert c.shared is not None
    key = (node.loc, dyn, c.formats)
    known = c.shared.get(key)
    if known is not None:
        return _replay(c, known)
    log = c.log = Log()
    imports, runtime = c.imports, c.runtime
    c.imports, c.runtime = log.imports, log.runtime  # what this function needs, apart
    try:
        lines = write()
    finally:
        c.imports, c.runtime = imports | log.imports, runtime | log.runtime
        c.log = None
    log.lines = lines
    own = {p for *_, p in log.calls} | {n for *_, n in log.consts} | {n for _, n in log.memos}
    c.shared.setdefault(key, log if all(m in own for line in lines for m in _MARKED.findall(line)) else None)
    return lines


def _replay(c: Compiler, log: Log) -> list[str]:
    names: dict[str, str] = {}
    for node, dyn, kind, got in log.calls:
        names[got] = c.call(node, dyn, kind)
    for code, prefix, got in log.consts:
        names[got] = c.const(code, prefix)
    for pattern, got in log.memos:
        names[got] = c.memo(names.get(pattern, pattern))
    for warning in log.warnings:
        c.warn(*warning)
    c.imports |= log.imports
    c.runtime |= log.runtime
    rename: Callable[[re.Match[str]], str] = lambda m: names[m[0]]  # noqa: E731
    return [_MARKED.sub(rename, line) for line in log.lines]


def unmark(text: Any) -> str:
    """``text`` with the constants' and memo sets' markers removed (their names remain)."""
    return str(text).replace("\x02", "")
