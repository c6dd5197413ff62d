"""Imported names -> the order isort (and ruff's ``I001``) expects inside ``from m import (...)``;
exported names -> the order ruff's ``RUF022`` expects in ``__all__``.

Generated ``from .models import (...)`` blocks list allocator names; ruff sorts members by type
(CONSTANTS, then Classes, then variables), then case-insensitively in natural order (``Model2``
before ``Model10``), then case-sensitively. A plain ``sorted()`` puts ``TargetUser`` before
``Targets``, which ruff flags; this key reproduces its order so any spec's package is clean.
``__all__`` is sorted the same way but case-sensitively only (``all_sorted``).
"""

from __future__ import annotations

import re
from typing import Any

# A name cut into runs of ASCII digits and single other characters.
_RUNS = re.compile(r"[0-9]+|[^0-9]")


def _natural(name: str) -> tuple[tuple[Any, ...], ...]:
    """The sort key of ``name`` in natural order as ruff compares names (the ``natord`` crate,
    after Pool's ``strnatcmp``): digit runs compare by value (``Model2`` before ``Model10``), but
    a run starting with ``0`` digit by digit, as a fraction (``Z09`` before ``Z1``); any other
    character by its code point (digits sort before letters and ``_``).

    One tuple per run, so ``sorted`` compares keys in C instead of calling a comparison function
    for each pair (Box's imports: 7,600 calls, about 35 ms). A character is ``(code point,)``; a
    digit run ``(48, ...)`` -- between the characters below ``0`` and those above ``9``, as its
    first digit would be. Among runs: those starting with ``0`` come first (their first digit is
    the smallest) and compare as text (a prefix first); the others by length, then as text (by
    value)."""
    return tuple(
        (48, 0, run) if run[0] == "0" else (48, 1, len(run), run) if run[0] in _DIGITS else (ord(run),)
        for run in _RUNS.findall(name)
    )


_DIGITS = frozenset("0123456789")


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
