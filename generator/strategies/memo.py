"""``Emitter.strategy`` remembered: a shape asked again in the same context -> the constant of its first answer.

Input: the shapes an emitter asks a strategy for. Output: the constant written the first time, the
budget charged again. Why: a document's schemas meet the same shapes over and over (a property's type
in every mutation of its object, a shared enum, a branch of a shared ``anyOf``): Spree asks 11,850
times for 476 distinct shapes, and each repeated answer is a walk of the shape that writes nothing new.

The output must be the one a second walk writes, byte for byte. The key (``Keys``) holds what a walk
reads: the shape's fields with each value's type (shape equality takes ``1``, ``1.0`` and ``True`` for
one value, ``st.just(1)`` is not ``st.just(True)``), not its pointers (they only reach ``Reason`` values,
never remembered, and docstrings of composites, written once per body), and whether a recursive
schema is being emitted. Remembered only a constant whose walk wrote no lazy reference (``st.deferred``
names a schema or shape in progress), and until a rollback (its constants may be gone).

The budget, which an earlier memo got wrong (Stripe and Square: schemas over their budget with the
memo and not without): a hit charges the steps its first walk took. A second walk takes exactly as
many unless the first built canonical shapes or negations, which the second finds built: then the
first walk's steps are an upper bound (``Algebra.charge``), so a schema within its budget with such
hits is within it without; one that crosses it with them may not cross it without, and the compile
stops (``shapes.Inexact``) for ``module`` to compile the document again with exact hits only (Stripe,
Square: about 3 s of their 45 s).
A walk that reused a negation built before is remembered for its shape object only (see ``Memo``).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from specloom.strategies.shapes import (
    AnyOf,
    ArrayFacet,
    Contains,
    DependentSchema,
    IfThenElse,
    Not,
    NumberFacet,
    ObjectFacet,
    OneOf,
    Shape,
    StringFacet,
)

if TYPE_CHECKING:
    from specloom.strategies.algebra import Algebra
    from specloom.strategies.emit import Emitter
    from specloom.strategies.writer import Writer

__all__ = ["Memo", "Keys"]

Token = tuple[tuple[int, bool], tuple[int, bool], int, int, int, int, int, int] | None


class Keys:
    """Shapes -> small integers, equal exactly when a walk reads the same from both. Hash-consed: each
    shape, facet or rule object is keyed once and its parts by their own integers (a shape made by
    ``evolve`` shares its facets with its origin, so keying it reads a dozen fields)."""

    def __init__(self) -> None:
        # id -> (the object, kept alive so that the id stays its own; its key)
        self._by_id: dict[int, tuple[object, int]] = {}
        self._table: dict[tuple[Any, ...], int] = {}

    def of(self, part: object) -> int:
        """The key of a ``Shape`` (or of a facet or rule)."""
        known = self._by_id.get(id(part))
        if known is not None and known[0] is part:
            return known[1]
        t = type(part)
        key = self._table.setdefault((t, *map(self._flat, _FIELDS[t](part))), len(self._table))
        self._by_id[id(part)] = (part, key)
        return key

    def _flat(self, value: Any) -> Any:
        t = type(value)
        if t is str or value is None or t is frozenset:  # frozensets hold names and kinds: strings
            return value
        if t is tuple:
            return tuple(map(self._flat, value)) if value else value
        if t in _FIELDS:
            return self.of(value)
        if t is list:  # a JSON value (enum, not_in): tagged by its type, as scalars are
            return (list, *map(self._flat, value))
        if t is dict:
            return (dict, *((k, self._flat(v)) for k, v in value.items()))  # in order: json_lit writes it so
        return (t, repr(value) if t is float else value)  # -0.0 is 0.0, but not for repr


# What a walk reads: every field but the pointers (``where``, ``at``), which only ``Reason``s name -- and
# a composite's docstring, but a composite is written once per body (``Writer.composite``): an equal
# object from another pointer gets the function of the first, walked again or not.
def _fields(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """The values of the fields a walk reads, in one call (``attrgetter`` of one name gives no tuple)."""
    names = [n for n in cls.__slots__ if n not in ("where", "at")]  # type: ignore[attr-defined]
    return attrgetter(*names, names[0]) if len(names) == 1 else attrgetter(*names)


_FIELDS: dict[type, Callable[[Any], tuple[Any, ...]]] = {
    cls: _fields(cls) for cls in (Shape, StringFacet, NumberFacet, Contains, ArrayFacet, ObjectFacet, AnyOf, OneOf, IfThenElse, Not, DependentSchema)
}  # fmt: skip


class Memo:
    """One emitter's answers: (shape key, in a recursive schema) -> (constant, its walk's steps, exactly those).

    A walk that reused a negation built before is remembered for its shape object only (keyed by
    ``~id``; ``Keys`` keeps the object alive): an equal shape, another object, would negate its own
    objects, not find them built, and take more steps than the answer says."""

    def __init__(self, writer: Writer, algebra: Algebra, on: bool = True) -> None:
        self.on = on  # off: every ask is a walk (the equivalence tests)
        self.answers: dict[tuple[int, bool], tuple[str, int, bool]] = {}
        self.keys = Keys()
        self.w, self.alg = writer, algebra
        self.at = 0  # the writer's ``rollbacks`` when the answers were last valid
        self.bounds = 0  # hits charged an upper bound (a walk holding one is no exact count either)

    def ask(self, shape: Shape, em: Emitter) -> tuple[str | None, Token]:
        """The remembered answer for ``shape`` (its steps charged), else a token for ``keep``."""
        if not self.on:
            return None, None
        if self.at != self.w.rollbacks:  # the writer forgot constants: so do the answers naming them
            self.answers.clear()
            self.at = self.w.rollbacks
        key, alone = (self.keys.of(shape), em.in_recursion), (~id(shape), em.in_recursion)
        hit = self.answers.get(key) or self.answers.get(alone)
        if hit is not None and self.alg.charge(hit[1], hit[2]):
            self.bounds += not hit[2]
            return hit[0], None
        alg = self.alg
        return None, (key, alone, self.w.deferred, self.w.rollbacks, alg.spent, alg.filled, alg.reused, self.bounds)

    def keep(self, token: Token, code: object) -> None:
        """Remember ``code``, the answer ``ask`` had none for, if nothing in it depends on its context."""
        if token is None or type(code) is not str:
            return
        key, alone, deferred, rollbacks, spent, filled, reused, bounds = token
        alg = self.alg
        if deferred == self.w.deferred and rollbacks == self.w.rollbacks:
            exact = filled == alg.filled and bounds == self.bounds  # nothing built that a second walk finds built
            self.answers[key if reused == alg.reused else alone] = (code, alg.spent - spent, exact)
