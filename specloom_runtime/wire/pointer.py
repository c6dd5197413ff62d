"""RFC 6901 JSON pointers into parsed answers: split once, walked many times.

Input: a pointer string (``""`` is the whole document, ``~1`` is ``/``, ``~0`` is ``~``) and a
parsed JSON document. Output: the tokens, the value there (``MISSING`` when there is none) and
JSON equality (``false`` is not ``0``, ``1`` equals ``1.0``). Shared by the error-in-body rules
(``body_rules``), which walk the same few pointers on every answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

__all__ = ["MISSING", "tokens", "walk", "lookup", "resolve_pointer", "json_equal"]


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Final = _Missing()

_INDEX = re.compile(r"0|[1-9][0-9]*")
_BAD_TILDE = re.compile(r"~(?![01])")


def tokens(pointer: str) -> tuple[str, ...]:
    """The unescaped reference tokens of ``pointer``; ``ValueError`` when it is malformed."""
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer {pointer!r} must be empty or start with '/'")
    parts = pointer[1:].split("/")
    for part in parts:
        if _BAD_TILDE.search(part):
            raise ValueError(f"JSON pointer {pointer!r} has a '~' not followed by 0 or 1")
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in parts)


def walk(document: object, path: tuple[str, ...]) -> object:
    """The value at ``path`` (from ``tokens``) in ``document``, or ``MISSING``."""
    value = document
    for token in path:
        if type(value) is dict or isinstance(value, Mapping):  # parsed JSON: dict, checked fast
            if token not in value:
                return MISSING
            value = value[token]
        elif isinstance(value, list) and _INDEX.fullmatch(token):
            index = int(token)
            if index >= len(value):
                return MISSING
            value = value[index]
        else:
            return MISSING
    return value


def lookup(document: object, pointer: str) -> object:
    """The value at ``pointer`` in ``document``, or ``MISSING``."""
    return walk(document, tokens(pointer))


def resolve_pointer(document: object, pointer: str, default: object = None) -> object:
    """The value at RFC 6901 ``pointer`` in ``document``, or ``default`` when there is none."""
    value = lookup(document, pointer)
    return default if value is MISSING else value


def json_equal(a: object, b: object) -> bool:
    """JSON equality: booleans are not numbers, and numbers compare by value."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b
