"""The only doors through which spec text enters generated code.

Every value a spec author controls reaches a template through one of these filters: a Python
literal (``repr`` of a JSON value: quotes, backslashes, newlines and Unicode separators all escaped
by Python itself), an escaped docstring body, or an identifier that ``specloom.names`` chose.
Templates never place raw spec text anywhere else, so a description that closes a docstring and imports os, or a
default holding ``__import__('os')`` stays inert text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from specloom.ir.nodes import Json
from specloom.strategies.writer import str_lit, tuple_lit

_QUOTES = re.compile(r'"(?=")')
_QUOTES_END = re.compile(r'"(?=")|"$')


# The filters are pure and a package prints the same texts many times (a field's wire name in
# the model, its codec table and the testing kit; a parameter's description in the sync and the
# async method): strings are memoised (on Box, 4,306 distinct literals of 21,275, 2,201 distinct
# doc lines of 8,777). Bounded: a process rendering many documents keeps only recent texts.
_str_lit = lru_cache(maxsize=16384)(str_lit)


def pyliteral(value: Any) -> str:
    """A Python literal for a JSON value (``Json`` nodes are decoded first), written as black
    writes it: strings quoted by ``str_lit`` (double quotes unless that needs more escapes), so the
    module needs no formatter pass. Everything but strings and containers is ``repr``."""
    if type(value) is str:  # most calls: a name or a wire name
        return _str_lit(value)
    if isinstance(value, Json):
        return _json_literal(value)
    if isinstance(value, str):
        return _str_lit(value) if type(value) is str else str_lit(value)
    if isinstance(value, tuple):
        return tuple_lit([pyliteral(v) for v in value]) if value else "()"
    if isinstance(value, list):
        return "[" + ", ".join(pyliteral(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyliteral(k)}: {pyliteral(v)}" for k, v in value.items()) + "}"
    return repr(value)


@lru_cache(maxsize=4096)
def _json_literal(value: Json) -> str:
    """``pyliteral`` of a ``Json`` node's value (decoded once: nodes are hashable canonical text)."""
    return pyliteral(value.value)


def pyrepr(value: Any) -> str:
    """``repr`` of a value, for examples inside docstrings (black leaves their quotes alone)."""
    return repr(value.value if isinstance(value, Json) else value)


def _escape_char(ch: str) -> str:
    """One character as docstring text: a backslash doubled, an invisible or odd one escaped."""
    if ch == "\\":
        return "\\\\"
    if ch == "\n" or ch == " ":
        return ch
    if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Zs", "Cs", "Co", "Cn"):
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return ch


# ``_escape_char`` over ASCII, as a ``str.translate`` table: most spec text is ASCII, and a
# Python call per character was a tenth of a second of a mid-size document's run
_ASCII = {code: _escape_char(chr(code)) for code in range(128) if _escape_char(chr(code)) != chr(code)}
_wide = lru_cache(maxsize=4096)(_escape_char)  # the other characters, one category look-up each


def _escape(text: str) -> str:
    """``text`` with ``_escape_char`` applied to each character."""
    out = text.translate(_ASCII)
    if out.isascii():
        return out
    return "".join(_wide(ch) if ch > "\x7f" else ch for ch in out)


def docstring(text: Any, indent: int = 0) -> str:
    """Text safe inside a triple-quoted docstring: no closing quotes, no escapes, no odd line breaks."""
    return _docstring(str(text), indent)


@lru_cache(maxsize=8192)
def _docstring(text: str, indent: int) -> str:
    body = _escape(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in body.strip().split("\n")]
    # A quote that starts a run of quotes, or ends the text (the template closes the docstring
    # right after it), is escaped; a lone quote inside the text stays readable.
    lines = [_QUOTES.sub(r'\\"', line) for line in lines[:-1]] + [_QUOTES_END.sub(r'\\"', lines[-1])]
    pad = " " * indent
    # blank lines stay empty (W293), however many follow each other
    return lines[0] + "".join("\n" + (pad + line if line else "") for line in lines[1:])


def docopen(text: str) -> str:
    """Docstring-safe text that opens a docstring, as black writes it: a leading quote is
    set apart from the opening quotes by a space (black pads it; it changes nothing else)."""
    return " " + text if text.startswith('"') else text


def docline(text: Any) -> str:
    """The first line of ``text`` as docstring-safe text."""
    return _docline(str(text))


@lru_cache(maxsize=8192)
def _docline(text: str) -> str:
    return _docstring(text.strip().split("\n", 1)[0], 0)
