"""Literals of the presence solver: ``(variable, truth)`` pairs and the few operations on them.

Input: literal sets (the alternatives a presence rule allows, see ``specloom.strategies.presence``).
Output: whether two sets contradict each other (``contradicts``), the literal a ``(x and A) or
(not x and B)`` rule pivots on (``pivot_of``), a literal's index in the generated tables, and the
combinations of one alternative per choice (``spread``) -- costed before they are enumerated, so
the solver stays polynomial however many rules an object has.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

__all__ = ["Lit", "MAX_TRIED", "spread", "literal_index", "contradicts", "pivot_of"]

Lit = tuple[int, bool]  # (variable, truth)
MAX_TRIED = 4096  # combinations of choices examined for starting sets


def spread(choices: list[list[list[Lit]]]) -> Iterator[tuple[list[Lit], ...]]:
    """Every combination of one alternative per choice, or ``MAX_TRIED`` spread evenly over them
    when there are more (costed before enumerated: polynomial however many rules there are)."""
    total = math.prod(len(c) for c in choices)
    if total <= MAX_TRIED:
        yield from itertools.product(*choices)
        return
    for k in range(MAX_TRIED):
        index, combo = k * total // MAX_TRIED, []
        for c in reversed(choices):  # mixed radix, last choice fastest, as itertools.product
            index, digit = divmod(index, len(c))
            combo.append(c[digit])
        yield tuple(reversed(combo))


def literal_index(var: int, truth: bool) -> int:
    return 2 * var + (0 if truth else 1)


def contradicts(a: list[Lit], b: list[Lit]) -> bool:
    against = set(b)
    return any((v, not t) in against for v, t in a)


def pivot_of(a: list[Lit], b: list[Lit]) -> Lit | None:
    """A literal of ``a`` whose negation is in ``b``: ``(x and A) or (not x and B)``."""
    for v, t in a:
        if (v, not t) in b:
            return (v, t)
    return None
