r"""ECMA-262 ``pattern`` text -> the Python regular expression with the same meaning.

Input: the text of a JSON Schema ``pattern`` (or a ``patternProperties`` key), an ECMA-262
regular expression. Output: the Python ``re`` pattern generated code compiles with ``re.ASCII``
and searches with (patterns are not anchored), or ``ValueError`` when ECMA syntax has no Python
equivalent. Why a translation: the two dialects read ``\s``, ``.``, ``$``, named groups and
several escapes differently, and a pattern must mean in a generated validator what it means to
the spec's author. The validators, the strategy compiler and lint all translate through here.
"""

from __future__ import annotations

import re

__all__ = ["translate_pattern"]


# -- ECMA-262 patterns -------------------------------------------------------------------------
# JSON Schema patterns are ECMA-262 regular expressions; generated code runs them with Python's
# ``re`` compiled with ``re.ASCII`` and ``search`` semantics (patterns are not anchored).
# Where the two dialects differ, ``translate_pattern`` rewrites the ECMA text:
#   \d \D \w \W \b \B  ASCII in ECMA: ``re.ASCII`` gives Python the same meaning; kept as is.
#   \s \S              ECMA's whitespace includes Unicode spaces and U+FEFF; spelled out as a
#                      class. ``\S`` inside a class (``[\s\S]``, ``[^\S\n]``): the class is
#                      rewritten as the whitespace it keeps or leaves out (``_with_not_space``).
#   $                  ECMA: end of input only; Python's ``$`` also matches before a final "\n":
#                      becomes ``\Z`` (always safe outside a class).
#   .                  ECMA excludes \n \r U+2028 U+2029; Python only \n: spelled out as a class.
#   (?<name> \k<name>  named groups: Python's (?P<name> and (?P=name).
#   [^] []             "any char" / "no char" in ECMA; Python cannot parse them: rewritten.
#   (?P (?# (?i)       Python-only group syntax: ValueError (not ECMA-262).
#   \cX \0 \u{...}     control, NUL and code-point escapes: written as the character.
#   \p{L} \P{L}        letters (also spelled {Letter}): ``(?u:[^\W\d_])``, i.e. Unicode word
#                      characters that are not digits or "_" (this also admits the few numeric
#                      characters outside Nd, such as "²"); other property escapes have no
#                      Python equivalent -> ValueError (an unsupported ``pattern``).
#   \a \e \g \z \A \Z  mean something else (or nothing) in ECMA -> ValueError.
# Inside classes, ``[``, ``&``, ``~`` and ``|`` are escaped so Python never reads a set operation.

_ECMA_SPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_ECMA_DOT = "[^\\n\\r\\u2028\\u2029]"
# the same whitespace, one character each (U+2000..U+200A expanded)
_SPACES = "\t\n\x0b\x0c\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"


def _with_not_space(members: str, negated: bool) -> str:
    """A class holding ``\\S`` besides ``members`` (already Python class text), as a plain class.

    ``[X\\S]`` is X together with every non-whitespace character: all but the whitespace X leaves
    out. ``[^X\\S]`` is the whitespace X leaves out. Whitespace is a short finite list, so which of
    it X holds is asked of Python's own reading of X (``re.ASCII``, as the pattern runs)."""
    if members.startswith("^"):  # a literal "^" first in ECMA's [\S^]; first here, it would negate
        members = "\\" + members
    try:
        held = re.compile(f"[{members}]", re.ASCII) if members else None
    except re.error as exc:
        raise ValueError(f"character class not understood: {exc}") from None
    left = "".join(f"\\u{ord(c):04x}" for c in _SPACES if held is None or not held.match(c))
    if negated:
        return f"[{left}]" if left else "(?!)"
    return f"[^{left}]" if left else "[\\s\\S]"


def translate_pattern(pattern: str) -> str:
    """Rewrite an ECMA-262 pattern into Python ``re`` syntax (compile with ``re.ASCII``)."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    opened, negated, not_space = 0, False, False  # the class: where in ``out``, [^, holds \S
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise ValueError("pattern ends with a lone backslash")
            e = pattern[i + 1]
            i += 2
            if e == "s":
                out.append(_ECMA_SPACE if in_class else f"[{_ECMA_SPACE}]")
            elif e == "S":
                if in_class:
                    not_space = True  # the class is rewritten at its end
                else:
                    out.append(f"[^{_ECMA_SPACE}]")
            elif e == "c" and i < n and pattern[i].isascii() and pattern[i].isalpha():
                out.append(f"\\x{ord(pattern[i]) % 32:02x}")
                i += 1
            elif e == "0" and not (i < n and pattern[i].isdigit()):
                out.append("\\x00")
            elif e == "u" and i < n and pattern[i] == "{":
                end = pattern.index("}", i)
                out.append(f"\\U{int(pattern[i + 1 : end], 16):08x}")
                i = end + 1
            elif e == "k" and i < n and pattern[i] == "<" and not in_class:
                end = pattern.index(">", i)
                out.append(f"(?P={pattern[i + 1 : end]})")
                i = end + 1
            elif e in "pP" and pattern.startswith(("{L}", "{Letter}"), i) and not in_class:
                # letters: Unicode word characters minus digits and "_" (scoped Unicode mode)
                out.append("(?u:[^\\W\\d_])" if e == "p" else "(?u:[\\W\\d_])")
                i = pattern.index("}", i) + 1
            elif e in "pP":
                raise ValueError("Unicode property escapes other than \\p{L} are not supported")
            elif e in "aegzAZ":
                raise ValueError(f"\\{e} has no ECMA-262 meaning")
            else:
                out.append("\\" + e)
            continue
        if in_class:
            if c == "]":
                in_class = False
                if not_space:
                    members = "".join(out[opened + 1 + negated :])
                    out[opened:] = [_with_not_space(members, negated)]
                    not_space = False
                else:
                    out.append(c)
            elif c in "[&~|":
                out.append("\\" + c)
            else:
                out.append(c)
        elif c == "[":
            if pattern.startswith("[^]", i):
                out.append("[\\s\\S]")
                i += 3
                continue
            if pattern.startswith("[]", i):
                out.append("(?!)")
                i += 2
                continue
            in_class = True
            opened, negated = len(out), pattern.startswith("[^", i)
            out.append(c)
            if negated:
                out.append("^")
                i += 1
        elif c == "$":
            out.append("\\Z")
        elif c == ".":
            out.append(_ECMA_DOT)
        elif c == "(" and pattern.startswith("(?<", i) and pattern[i + 3 : i + 4] not in ("=", "!"):
            out.append("(?P<")
            i += 3
            continue
        elif c == "(" and pattern.startswith("(?", i) and pattern[i + 2 : i + 3] not in (":", "=", "!", "<"):
            raise ValueError("only (?: (?= (?! (?<= (?<! (?<name> groups exist in ECMA-262")
        else:
            out.append(c)
        i += 1
    if in_class:
        raise ValueError("unterminated character class")
    return "".join(out)
