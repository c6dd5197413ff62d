"""Generated source -> its top-level statements, each compiled (or parsed) alone, in order.

Input: the text of a generated module (templates and code compilers separate top-level
statements by blank lines, as black does). Output: ``(text, code)`` per piece, the texts adding
up to the source; executing the codes one after another in one namespace is executing the module.
Why: CPython's parser and compiler need about 70 times the source's size while they work (a
7.6 MB module peaked at 547 MB), and most of what they free stays in the process. A large
document's modules are megabytes, so compiling one whole set the run's peak RSS; a piece at a
time, the peak is that of the largest piece. The format stage also lays out (or, where needed,
blacks) piece by piece, so black never has a whole large module to hold either.

A cut at blank lines that is not a statement boundary (inside a string or brackets) makes a
piece that does not compile alone: it is joined with the next one and tried again. A piece that
compiles alone ends at a statement boundary, so the pieces are exactly runs of the module's
statements. What still fails is compiled whole from the last boundary, for the error and its line.
"""

from __future__ import annotations
import __future__

import ast
import re
from collections.abc import Iterator
from typing import Any

_FUTURES = 0
for _feature in __future__.all_feature_names:
    _FUTURES |= getattr(__future__, _feature).compiler_flag
# a cut: blank lines, then a line at column 0 that starts a statement (an indented line, a
# closing bracket or ``else``/``except``... continues the statement before it)
_CUT = re.compile(r"\n\n+(?=[^\s)\]}])(?!(?:else|elif|except|finally)\b)")
_FINE = re.compile(r"\n+(?=[^\s)\]}])(?!(?:else|elif|except|finally)\b)")  # blank lines or not
_JOINS = 64  # a piece joined this often (a long string full of blank lines): compile the rest whole


def pieces(source: str, filename: str, *, parse_only: bool = False, fine: bool = False) -> Iterator[tuple[str, Any]]:
    """``(text, code)`` for runs of ``source``'s top-level statements (``ast.Module`` with
    ``parse_only``); a text after the first starts with the blank lines before it. ``fine``:
    cut before every top-level statement, not only where blank lines separate them.

    Raises ``SyntaxError`` (or ``ValueError``) as compiling the whole ``source`` would, at the
    same line."""
    flags = ast.PyCF_ONLY_AST if parse_only else 0
    first, joins = 0, 0
    for end in [m.start() for m in (_FINE if fine else _CUT).finditer(source)] + [len(source)]:
        text = source[first:end]
        try:
            compiled = compile(text, filename, "exec", flags=flags, dont_inherit=True)
        except (SyntaxError, ValueError):
            joins += 1
            if end == len(source) or joins > _JOINS:
                break  # a real error (or cuts that do not help here): compile the rest whole
            continue  # cut inside a string or brackets: join the next piece
        if not parse_only:  # a ``from __future__`` import holds for the rest of the module
            flags |= compiled.co_flags & _FUTURES
        yield text, compiled
        first, joins = end, 0
    else:
        return
    # ``first`` is a statement boundary: the rest, at its own lines, fails as the whole would
    rest = "\n" * source.count("\n", 0, first) + source[first:]
    yield source[first:], compile(rest, filename, "exec", flags=flags, dont_inherit=True)


def blocks(source: str, filename: str) -> Iterator[Any]:
    """The code objects of ``source``'s pieces: run in turn in one namespace, the module."""
    return (code for _, code in pieces(source, filename))
