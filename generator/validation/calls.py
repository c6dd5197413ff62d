"""Calls laid out as black lays them out: indent, callee and argument texts -> the lines.

Input: a statement made of a call (``out.append(Violation(p, where, keyword, message))``,
``raise ValidationError(collect(...))``, a registry entry ``"key": CompiledValidator(...),``),
its indentation and its arguments' source texts. Output: the statement's lines in black's form,
or None when an argument would itself need splitting (it holds an operator and is too long for
a line of its own): that rare statement is written on one line and the layout stage splits it.

Why: these are most of the long lines of a large document's ``validators.py`` (about 5,400 of
Spree's 7,000), and the generic layout (``format.lay_out``) rediscovers the brackets of each
one from its text, at about a tenth of a millisecond a line. The compiler knows the pieces; the
rules are black's right-hand split: the last bracket first (its opening line is short or cannot
be shorter), then the nested call's bracket, then one argument per line with a trailing comma.
``tests/validation/test_calls.py`` holds them against the layout and black.
"""

from __future__ import annotations

import re

from specloom.format_split import WIDTH

__all__ = ["MARK", "call_lines", "lay_out_calls", "nested_call_lines"]

# ``<statement>MARK<n>``: a function's line whose statement is ``out.append(Violation(*calls[n]))``,
# laid out by ``lay_out_calls`` once the function is complete: until then a line may still move a
# level out (``source.Writer`` merges nested ``if``s), and where it ends decides how it splits
MARK = "\x03"

# one string literal (no operator outside it can hide in it: an unescaped quote would end it) or a name
_ATOM = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|[A-Za-z_][A-Za-z0-9_.]*')


def call_lines(indent: str, callee: str, args: list[str], tail: str = "") -> list[str] | None:
    """``{indent}{callee}({args}){tail}`` in black's form (``tail``: a display item's comma)."""
    joined = ", ".join(args)
    if "\x02" in joined:  # a constant's marker, removed later: the lengths here would be wrong
        return None
    one = f"{indent}{callee}({joined}){tail}"
    if len(one) <= WIDTH:
        return [one]
    inner = indent + "    "
    closing = f"{indent}){tail}"
    if len(inner) + len(joined) <= WIDTH:
        return [f"{indent}{callee}(", inner + joined, closing]
    each = _each(inner, args)
    return None if each is None else [f"{indent}{callee}(", *each, closing]


def nested_call_lines(indent: str, callee: str, inner_callee: str, args: list[str]) -> list[str] | None:
    """``{indent}{callee}({inner_callee}({args}))`` in black's form: on one line if it fits, else
    the outer bracket split first and the inner call laid out a level deeper by ``call_lines``."""
    one = f"{indent}{callee}({inner_callee}({', '.join(args)}))"
    if len(one) <= WIDTH:
        return [one]
    laid = call_lines(indent + "    ", inner_callee, args)
    return None if laid is None else [f"{indent}{callee}(", *laid, f"{indent})"]


def lay_out_calls(lines: list[str], calls: list[list[str]]) -> list[str]:
    """``lines`` with each marked ``out.append(Violation(...))`` laid out at its indentation."""
    out: list[str] = []
    for line in lines:
        if MARK not in line:
            out.append(line)
            continue
        text, _, n = line.rpartition(MARK)
        indent = text[: len(text) - len(text.lstrip(" "))]
        out += nested_call_lines(indent, "out.append", "Violation", calls[int(n)]) or [text]
    return out


def _each(indent: str, args: list[str]) -> list[str] | None:
    """One argument a line with a trailing comma (a lone one: none, black splits at commas only
    between arguments); None if one too long could be split further."""
    lines = [f"{indent}{arg}," for arg in args] if len(args) > 1 else [indent + args[0]]
    if any(len(line) > WIDTH and not _ATOM.fullmatch(arg) for line, arg in zip(lines, args, strict=True)):
        return None
    return lines
