"""The validator compiler's vocabulary: a function being written, an entry point, and the limits.

Input: none (definitions). Output: ``Fn``, ``Entry``, the ``Kind``/``Dyn`` aliases and the inlining
limits, shared by ``compiler`` and the keyword emitters (``assertions``, ``applicators``,
``unevaluated``). Why a module of its own: the emitters need these at run time, and importing them
from here instead of from ``compiler`` keeps the import graph one-way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from specloom.validation.index import Loc, Node
from specloom.validation.source import Writer

__all__ = ["Kind", "Dyn", "Fn", "Entry", "INLINE_DEPTH", "INLINE_BUDGET", "INLINE_MAX_LOOPS", "INLINE_MAX_INDENT", "SPLIT_LOOPS", "SPLIT_INDENT"]

Kind = Literal["f", "e", "a"]
Dyn = tuple[tuple[str, Loc], ...]  # dynamic anchor name -> the outermost resource's target
# Fast-path inlining of ``$ref`` targets: at most this many nested levels, and this many schema
# objects copied into one function (beyond that, a call): code size stays linear in practice.
# Why 50: a larger model is called, not copied into each of its users (with 400, each of a
# 300-operation document's responses copied its model's checks: Spree's validators.py was 5.9 MB,
# 4.4 MB now, and its generation spends 15% less CPU); a call costs little beside checking such a
# model, and smaller schemas (all five specs' included) are still copied whole.
INLINE_DEPTH = 8
INLINE_BUDGET = 50
# ... and only while the function stays within these nesting limits (CPython refuses more than 20
# statically nested loops, and more than 100 levels of indentation).
INLINE_MAX_LOOPS = 16
INLINE_MAX_INDENT = 40
# A subschema is written into its parent's function only while that function stays well within
# those limits; deeper (arrays of arrays 22 deep, objects 50 deep), it gets a function of its own.
SPLIT_LOOPS = 12
SPLIT_INDENT = 40


@dataclass
class Fn:
    """The function being written: its number, kind and lines, and a counter for local names.

    ``inline`` is the chain of schemas whose checks are being written into this function (its own
    schema first, then each ``$ref`` target inlined on the fast path); ``spent`` counts the schema
    objects inlined so far, against ``INLINE_BUDGET``.
    """

    fid: int
    mode: Kind
    w: Writer = field(default_factory=lambda: Writer(1))
    counter: int = 0
    inline: list[Loc] = field(default_factory=list)
    spent: int = 0
    calls: list[list[str]] = field(default_factory=list)  # ``Violation`` arguments (``calls.MARK``)

    def local(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One public entry point: registry key, Python name suffix, and the schema it validates."""

    key: str
    py_name: str
    node: Node
