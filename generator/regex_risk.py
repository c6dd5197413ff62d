"""Backtracking risk of a schema pattern: an ECMA-262 pattern -> why it may take exponential time.

Input: the text of a ``pattern`` keyword or a ``patternProperties`` key. Output: None, or a short
reason naming the repetition that lets a backtracking engine (Python's ``re``, which generated
validators use) try exponentially many ways to match one string. ``specloom lint`` warns with it,
located at the pattern, because a length bound checked first only helps where the author set one.

Two shapes are flagged, both on a repetition that may run more than once:
* the repeated group can end with an optional or variable-length part whose characters could also
  begin its next repetition (``(a+)+``, ``(a*)*``, ``(\\d+\\s?)+``, ``(\\d{1,3})+``, ``(a|aa)+``,
  which Python reads as ``(a(?:|a))+``): a run of such characters splits into iterations in
  exponentially many ways;
* the repeated group holds alternatives that can start with the same character (``(ab|a.)+``).
A mandatory separator (``([a-z]+-)*``, ``(\\s*,\\s*[^,]+)*``) makes the split unique and is not
flagged, nor is ``(\\w|\\d)*``, which Python's parser merges into one character class. This is a
heuristic (no false alarm on ordinary patterns, the textbook cases caught), not a proof of safety.
The pattern is parsed by the standard library's own regex parser after the same ECMA -> Python
translation the validators use, so what is analysed is what will run.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from specloom_runtime.wire import translate_pattern

__all__ = ["backtracking_risk"]

# ``re``'s parser (``re._parser``; public as the deprecated ``sre_parse``): the only complete
# parser of Python's regex dialect, so this module does not carry a second one.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_UNBOUNDED = _c.MAXREPEAT
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
# Characters tried when asking whether two alternatives can start alike: ASCII and Latin-1, plus
# a few from classes that only Unicode-aware escapes reach.
_SAMPLE = [chr(i) for i in range(256)] + ["\u0101", "\u2028", "\u3000", "\u0661", "\uff21"]
_CATEGORY: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdigit, "CATEGORY_NOT_DIGIT": lambda ch: not ch.isdigit(),
    "CATEGORY_SPACE": str.isspace, "CATEGORY_NOT_SPACE": lambda ch: not ch.isspace(),
    "CATEGORY_WORD": lambda ch: ch.isalnum() or ch == "_",
    "CATEGORY_NOT_WORD": lambda ch: not (ch.isalnum() or ch == "_"),
}  # fmt: skip


@lru_cache(maxsize=4096)  # a document repeats its patterns (Twilio: 130 of them, 22 distinct)
def backtracking_risk(pattern: str) -> str | None:
    """Why ``pattern`` may backtrack exponentially, or None (also for an unsupported pattern,
    which the validator compiler reports on its own)."""
    try:
        return _scan(list(_parser.parse(translate_pattern(pattern), re.ASCII)))
    except (ValueError, re.error, RecursionError):  # unsupported, or nested past the stack
        return None


def _scan(seq: list[Any]) -> str | None:
    for op, av in seq:
        if op in _REPEATS and op is not None:
            low, high, body = av
            if high > 1:
                reason = _ambiguous(list(body))
                if reason:
                    return f"{reason} (repeated by {_quantifier(low, high)})"
            found = _scan(list(body))
        elif op == _c.SUBPATTERN:
            found = _scan(list(av[-1]))
        elif op == _c.BRANCH:
            found = next((r for branch in av[1] if (r := _scan(list(branch)))), None)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _scan(list(av[1]))
        else:
            found = None
        if found:
            return found
    return None


def _ambiguous(seq: list[Any]) -> str | None:
    """How a repeated body can match one string in several ways, or None."""
    starts = _first(seq)
    if _continuations(seq) & starts:
        return "the repeated group can end with an optional or variable-length part that could also begin its next repetition"
    return _overlapping_branch(seq)


def _continuations(seq: list[Any]) -> frozenset[str]:
    """Characters that may extend a match of ``seq`` that could also end here (its optional or
    variable-length tail): the same run of characters then splits into iterations two ways."""
    found: set[str] = set()
    for op, av in reversed(seq):
        if op in _REPEATS and op is not None:
            if av[0] != av[1]:
                found |= _first(list(av[2]))
            found |= _continuations(list(av[2]))
        elif op == _c.SUBPATTERN:
            found |= _continuations(list(av[-1]))
        elif op == _c.BRANCH:
            branches = [list(b) for b in av[1]]
            for branch in branches:
                found |= _continuations(branch)
            if any(all(_nullable(x) for x in b) for b in branches):
                found |= {ch for b in branches for ch in _first(b)}
        if not _nullable((op, av)):
            break
    return frozenset(found)


def _overlapping_branch(seq: list[Any]) -> str | None:
    for op, av in seq:
        if op == _c.BRANCH:
            branches = [list(b) for b in av[1]]
            firsts = [_first(b) for b in branches]
            if any(firsts[a] & firsts[b] for a in range(len(firsts)) for b in range(a + 1, len(firsts))):
                return "the repeated group holds alternatives that can start with the same character"
            inner = [_overlapping_branch(b) for b in branches]
        elif op in _REPEATS and op is not None:
            inner = [_overlapping_branch(list(av[2]))]
        elif op == _c.SUBPATTERN:
            inner = [_overlapping_branch(list(av[-1]))]
        else:
            continue
        reason = next((r for r in inner if r), None)
        if reason:
            return reason
    return None


def _nullable(item: Any) -> bool:
    op, av = item
    if op in _ZERO_WIDTH:
        return True
    if op in _REPEATS and op is not None:
        return bool(av[0] == 0 or all(_nullable(x) for x in av[2]))
    if op == _c.SUBPATTERN:
        return all(_nullable(x) for x in av[-1])
    if op == _c.BRANCH:
        return any(all(_nullable(x) for x in b) for b in av[1])
    return False


def _first(seq: list[Any]) -> frozenset[str]:
    """The sample characters a match of ``seq`` can start with (all of them when unsure)."""
    found: set[str] = set()
    for item in seq:
        op, av = item
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS and op is not None:
            found |= _first(list(av[2]))
        elif op == _c.SUBPATTERN:
            found |= _first(list(av[-1]))
        elif op == _c.BRANCH:
            for branch in av[1]:
                found |= _first(list(branch))
        else:
            found |= {ch for ch in _SAMPLE if _starts(op, av, ch)}
        if not _nullable(item):
            return frozenset(found)
    return frozenset(found)


def _starts(op: Any, av: Any, ch: str) -> bool:
    if op == _c.LITERAL:
        return ord(ch) == int(av)
    if op == _c.NOT_LITERAL:
        return ord(ch) != int(av)
    if op == _c.IN:
        return _in_class(av, ch)
    return True  # ANY, back-references and anything unforeseen: assume it may start anywhere


def _in_class(items: Any, ch: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op == _c.NEGATE:
            negate = True
        elif op == _c.LITERAL:
            hit = hit or ord(ch) == av
        elif op == _c.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op == _c.CATEGORY:
            hit = hit or _CATEGORY.get(str(av), _anything)(ch)
        else:
            hit = True
    return hit != negate


def _anything(ch: str) -> bool:
    return True


def _quantifier(low: int, high: int) -> str:
    if high == _UNBOUNDED:
        return {0: "*", 1: "+"}.get(low, f"{{{low},}}")
    return "?" if (low, high) == (0, 1) else f"{{{low},{high}}}"
