"""Imported names -> the order isort (and ruff's ``I001``) expects inside ``from m import (...)``.

Generated ``from .models import (...)`` blocks list allocator names; ruff sorts members by type
(CONSTANTS, then Classes, then variables), then case-insensitively in natural order (``Model2``
before ``Model10``), then case-sensitively. A plain ``sorted()`` puts ``TargetUser`` before
``Targets``, which ruff flags; this key reproduces its order so any spec's package is clean.
"""

from __future__ import annotations

import re

_RUNS = re.compile(r"\d+|\D+")


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    # digit runs compare by value and sort before any other character (as ASCII '0'-'9' do
    # against '_' and letters); other runs compare as text
    return tuple((0, int(run), run) if run.isdigit() else (1, 0, run) for run in _RUNS.findall(text))


def _member_type(name: str) -> int:
    if len(name) > 1 and name.upper() == name and name.lower() != name:
        return 0  # constant
    if name[:1].isupper():
        return 1  # class
    return 2  # variable


def member_key(name: str) -> tuple[int, tuple[tuple[int, int, str], ...], tuple[tuple[int, int, str], ...]]:
    """Sort key of one imported name, as ruff's isort orders members with its default settings."""
    return _member_type(name), _natural(name.lower()), _natural(name)


def import_sorted(names: list[str]) -> list[str]:
    return sorted(names, key=member_key)
