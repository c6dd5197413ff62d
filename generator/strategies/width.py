"""How wide a value of a shape can be: a ``Shape`` -> about how many leaves one value holds.

Input: a canonical shape and a way to read the named shapes computed so far. Output: the number
of scalar leaves a value has when every property and one item of every array are there, capped
at ``CAP`` (a named schema met again inside itself, one not computed yet, or one nested deeper
than ``DEPTH`` counts one). Asked of a list's items once their strategy is compiled, so what they
reach is computed; a named shape is never computed here, which would charge its work to the
schema being compiled (``Algebra.budget``).

Why: a list without ``maxItems`` whose items are wide (a vendor's pull request has about 224
leaves; an app spec lists services, workers and jobs, each with dozens of settings) was drawn at
Hypothesis's usual lengths, so one value needed tens of kilobytes. Most draws overflowed
Hypothesis's 8 KB of choices per example and the rest took seconds, and the generated suites'
tests of such answers failed ``too_slow`` ("only generated 2 valid inputs after 30 seconds").
``containers.array`` draws a list of items ``WIDE`` leaves wide or more with at most about
``WIDE_LEAVES`` leaves beyond its ``minItems`` items (one item at least, and never past
``maxItems``): every kind of item still comes, with far fewer bytes. Narrower items keep
Hypothesis's usual lengths.
"""

from __future__ import annotations

from collections.abc import Callable

from specloom.strategies.shapes import AnyOf, OneOf, Shape

__all__ = ["Widths", "WIDE", "WIDE_LEAVES"]

CAP = 1000  # counting stops here: only "wide or not" is asked
DEPTH = 12  # shapes nested deeper count one leaf (the compiler calls this deep in its own stack)
WIDE = 20  # leaves from which an array's item is wide
WIDE_LEAVES = 120  # leaves a list of wide items holds beyond its minItems (one item at least)


class Widths:
    """Widths of one module's shapes, each named schema counted once."""

    def __init__(self, known: Callable[[str], Shape | None]) -> None:
        self.known = known  # pointer -> its shape, when computed already (``Canon.known``)
        self._named: dict[str, int] = {}
        self._active: set[str] = set()
        self._depth = 0
        self._cut = 0  # counts cuts at ``DEPTH``: a width found below a cut is not remembered

    def of(self, shape: Shape) -> int:
        """About how many leaves a value of ``shape`` holds (at most ``CAP``); one when the
        compiler's stack is too deep to count (the list keeps its usual lengths)."""
        try:
            return self._within(shape)
        except RecursionError:  # (the ``finally`` blocks below have unwound the count)
            self._cut += 1
            return 1

    def _within(self, shape: Shape) -> int:
        if self._depth >= DEPTH:
            self._cut += 1
            return 1
        self._depth += 1
        try:
            return self._of(shape)
        finally:
            self._depth -= 1

    def _of(self, shape: Shape) -> int:
        if shape.ref is not None:
            return self._named_width(shape.ref)
        total = 0
        if "object" in shape.kinds:
            for _, prop in shape.obj.props:
                if not prop.is_false:
                    total += self._within(prop)
                if total >= CAP:
                    return CAP
        if "array" in shape.kinds:
            a = shape.array
            total += sum(self._within(p) for p in a.prefix) + (self._within(a.items) if a.items is not None and not a.items.is_false else 1)
        for rule in shape.rules:  # the widest alternative: a draw may take it
            if isinstance(rule, AnyOf | OneOf):
                total += max((self._within(b) for b in rule.branches), default=0)
        return min(CAP, max(total, 1))

    def _named_width(self, pointer: str) -> int:
        if pointer in self._named:
            return self._named[pointer]
        if pointer in self._active:  # recursion is bounded by depth elsewhere (``_nested``)
            return 1
        shape = self.known(pointer)
        if shape is None:
            return 1
        self._active.add(pointer)
        cuts = self._cut
        try:
            width = self._within(shape)
        finally:
            self._active.discard(pointer)
        if self._cut == cuts:
            self._named[pointer] = width
        return width
