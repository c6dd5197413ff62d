"""The ``UNSET`` sentinel: "the caller did not pass this argument", distinct from ``None``.

Input: a value of an optional parameter or model field. Output: whether it was left out.
Why: the APIs specloom targets distinguish "field absent" from "field sent as null" (an update that
sends ``"middle_name": null`` clears the name; one that omits it keeps it), so generated signatures
read ``middle_name: str | None | Unset = UNSET`` and serializers drop ``UNSET`` members.

``UNSET`` is the only member of the one-member enum ``Unset``. An enum gives, for free, a singleton
that survives ``pickle``, ``copy`` and ``deepcopy``, and lets ``mypy`` narrow ``x is UNSET`` /
``x is not UNSET`` in both branches. It is falsy and its repr is ``UNSET``.
"""

from __future__ import annotations

import enum
from typing import Final, Literal, TypeGuard

__all__ = ["UNSET", "Unset", "is_unset"]


class Unset(enum.Enum):
    """Type of the ``UNSET`` sentinel; use it in annotations: ``x: int | None | Unset = UNSET``."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    __str__ = __repr__


UNSET: Final = Unset.UNSET
"""The "not given" marker. Compare with ``is``: ``if value is UNSET: ...``."""


def is_unset(value: object) -> TypeGuard[Unset]:
    """True when ``value`` is the ``UNSET`` sentinel (``value is UNSET`` also narrows for mypy)."""
    return value is UNSET
