"""Boolean expression text: a condition's negation and the conjunction of two conditions.

Input: Python expressions the validator compiler wrote (names, calls, comparisons, ``and``/``or``
chains, ``repr`` string literals). Output: the expression ``not <expr>`` and ``<a> and <b>`` mean,
in the form a linter asks for: ``x not in k`` rather than ``not x in k`` (pycodestyle E713),
``x is not None`` rather than ``not x is None`` (E714), ``x != "a"`` rather than
``not x == "a"`` (flake8-simplify SIM201), ``a`` rather than ``not (not a)`` (SIM208). The
compiler negates a check when it writes a fast path's last ``if <violation>: return False`` as
``return <the negation>`` (SIM103) and merges an ``if`` whose whole body is another ``if`` into
one condition (SIM102, ``source.Writer``).

Why rewriting text is safe here: only one comparison operator at the top level is ever swapped for
its complement (``==``/``!=``, ``is``/``is not``, ``in``/``not in``), which for the values a
validator compares (JSON values, types, sets of names) is exactly ``not``; ordering comparisons
keep their ``not`` (``not x < 1`` is true for NaN, ``x >= 1`` is not). ``negate`` drops a leading
``not``, so what it returns is a bool when ``expr`` is made of bools: every check condition the
compiler writes is one (a regex search is tested ``_P1(x) is None``, never ``not _P1(x)``), since a
fast path may end ``return <negated check>``.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["conjoin", "negate", "unwrap"]

_STRING = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'""")
# what binds more loosely than ``and`` (needs parentheses as an operand of it), at the top level
_LOOSE = re.compile(r"\b(?:or|if|lambda)\b|:=")
_BOOLEAN = re.compile(r"\b(?:or|and|if|lambda|for)\b|:=|,")
_TUPLE = re.compile(r",|\bfor\b")  # parentheses that make a tuple or a generator expression
# a top-level comparison operator with its spaces (``x.keys() >= k`` too); ``not in``/``is not``
# before ``in``/``is`` so the longer one is taken
_COMPARE = re.compile(r" (?:not in|is not|in|is|==|!=|<=|>=|<|>) ")
_SWAP = {" == ": " != ", " != ": " == ", " is ": " is not ", " is not ": " is ", " in ": " not in ", " not in ": " in "}


@cache  # the compilers ask about the same few hundred expressions thousands of times
def _skeleton(expr: str) -> str:
    """``expr`` with the insides of string literals and brackets blanked (same length): what is
    left is its top level, so an operator found there applies to the whole expression."""
    text = _STRING.sub(lambda m: m[0][0] + " " * (len(m[0]) - 2) + m[0][-1], expr)
    if not any(b in text for b in "([{"):
        return text
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in ")]}":
            depth -= 1
        out.append(ch if depth == 0 else " ")
        if ch in "([{":
            depth += 1
    return "".join(out)


def _enclosed(skeleton: str) -> bool:
    """Whether the expression is one pair of parentheses around everything: ``(a or b)``."""
    return skeleton.startswith("(") and skeleton.endswith(")") and skeleton.count("(") == 1


def unwrap(expr: str) -> str:
    """``expr`` without parentheses around all of it (``((a))`` -> ``a``); a tuple or a generator
    expression keeps them."""
    expr = expr.strip()
    while _enclosed(_skeleton(expr)):
        inner = expr[1:-1].strip()
        if not inner or _TUPLE.search(_skeleton(inner)):
            break
        expr = inner
    return expr


def negate(expr: str) -> str:
    """An expression true exactly when ``expr`` is false."""
    expr = unwrap(expr)
    if expr in ("True", "False"):
        return "False" if expr == "True" else "True"
    sk = _skeleton(expr)
    if _BOOLEAN.search(sk):  # ``a or b``, ``a and b``, a conditional expression...
        return f"not ({expr})"
    if sk.startswith("not "):
        return unwrap(expr[4:])
    ops = _COMPARE.findall(sk)
    if len(ops) == 1 and ops[0] in _SWAP:
        at = sk.index(ops[0])
        return expr[:at] + _SWAP[ops[0]] + expr[at + len(ops[0]) :]
    return f"not {expr}"


def conjoin(first: str, second: str) -> str:
    """``first and second``, an operand in parentheses when it binds more loosely than ``and``."""
    parts = []
    for part in (unwrap(first), unwrap(second)):
        parts.append(f"({part})" if _LOOSE.search(_skeleton(part)) else part)
    return " and ".join(parts)
