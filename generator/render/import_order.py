"""Imported names -> the order isort (and ruff's ``I001``) expects inside ``from m import (...)``;
exported names -> the order ruff's ``RUF022`` expects in ``__all__``.

Generated ``from .models import (...)`` blocks list allocator names; ruff sorts members by type
(CONSTANTS, then Classes, then variables), then case-insensitively in natural order (``Model2``
before ``Model10``), then case-sensitively. A plain ``sorted()`` puts ``TargetUser`` before
``Targets``, which ruff flags; this key reproduces its order so any spec's package is clean.
``__all__`` is sorted the same way but case-sensitively only (``all_sorted``).
"""

from __future__ import annotations

import functools
from typing import Any


def _natord(a: str, b: str) -> int:
    """-1, 0 or 1: ``a`` against ``b`` in natural order as ruff compares names (the ``natord``
    crate, after Pool's ``strnatcmp``): digit runs compare by value (``Model2`` before
    ``Model10``), but a run starting with ``0`` digit by digit (``Z09`` before ``Z1``); any other
    character by its code point (digits sort before letters and ``_``)."""
    i = j = 0
    while True:
        if i == len(a) or j == len(b):
            return (i < len(a)) - (j < len(b))
        ca, cb = a[i], b[j]
        if ca in _DIGITS and cb in _DIGITS:
            ei, ej = _digits_end(a, i), _digits_end(b, j)
            ra, rb = a[i:ei], b[j:ej]
            if ca == "0" or cb == "0":  # left-aligned, as a fraction: the first difference decides
                common = min(len(ra), len(rb))
                result = _cmp(ra[:common], rb[:common]) or _cmp(len(ra), len(rb))
            else:  # right-aligned: the longer run is the larger number
                result = _cmp(len(ra), len(rb)) or _cmp(ra, rb)
            if result:
                return result
            i, j = ei, ej
            continue
        if ca != cb:
            return _cmp(ca, cb)
        i, j = i + 1, j + 1


_DIGITS = frozenset("0123456789")


def _digits_end(text: str, at: int) -> int:
    while at < len(text) and text[at] in _DIGITS:
        at += 1
    return at


def _cmp(a: Any, b: Any) -> int:
    return int(a > b) - int(a < b)


_natural = functools.cmp_to_key(_natord)


def _member_type(name: str) -> int:
    if len(name) > 1 and name.upper() == name and name.lower() != name:
        return 0  # constant
    if name[:1].isupper():
        return 1  # class
    return 2  # variable


def member_key(name: str) -> tuple[int, Any, Any]:
    """Sort key of one imported name, as ruff's isort orders members with its default settings."""
    return _member_type(name), _natural(name.lower()), _natural(name)


def import_sorted(names: list[str]) -> list[str]:
    return sorted(names, key=member_key)


def all_sorted(names: list[str]) -> list[str]:
    """``__all__``'s order by ruff's RUF022 ("isort-style"): constants, classes, the rest, each
    group in natural order, case-sensitively (unlike imports: ``URL`` before ``Url``)."""
    return sorted(names, key=lambda name: (_member_type(name), _natural(name)))
