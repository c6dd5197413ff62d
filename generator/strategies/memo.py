"""``Emitter.strategy`` remembered: an equal shape, met again in the same context -> the same constant.

Input: the shapes the emitters ask a strategy for. Output: the constant computed the first time.
Why: a document's schemas meet the same shapes over and over (a property type, an enum, a
branch of a shared ``anyOf``): Spree asks 11,850 times for 476 distinct shapes, and each answer
costs a walk of the shape that writes nothing new (the writer already holds every constant).

Remembered only what cannot depend on where it is asked: a string (a ``Reason`` names the
pointer of the shape, which equality ignores), keyed by whether a recursive schema is being
emitted (containers stay small there), computed without a lazy reference (``st.deferred``: it
names a schema or shape in progress) and without the writer forgetting anything meanwhile (a
rollback forgets every answer). A hit charges the budget the steps the first answer took, so a
schema over its budget still is; a shape equal to one being emitted is drawn lazily by
``strategy`` before it asks. A shape holding a list or an object (``const: []``) cannot be
hashed: it is not remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from specloom.strategies.shapes import Reason, Shape

if TYPE_CHECKING:
    from specloom.strategies.algebra import Algebra
    from specloom.strategies.emit import Emitter
    from specloom.strategies.writer import Writer

__all__ = ["Memo"]

Token = tuple[tuple["Shape", bool], int, int, int] | None


class Memo:
    """One emitter's answers: (shape, in a recursive schema) -> (constant, budget steps it took)."""

    def __init__(self, writer: Writer, algebra: Algebra) -> None:
        self.answers: dict[tuple[Shape, bool], tuple[str, int]] = {}
        self.w, self.alg = writer, algebra
        self.at = 0  # the writer's ``rollbacks`` when the answers were last valid

    def ask(self, em: Emitter, shape: Shape) -> tuple[str | None, Token]:
        """The remembered answer for ``shape`` (its steps charged again), else a token for ``keep``."""
        if self.at != self.w.rollbacks:  # the writer forgot constants: so do the answers naming them
            self.answers.clear()
            self.at = self.w.rollbacks
        key = (shape, em.in_recursion)
        try:
            hit = self.answers.get(key)
        except TypeError:  # an enum or const holding a list or an object: not hashable, not remembered
            return None, None
        if hit is None:
            return None, (key, self.w.deferred, self.alg.spent, self.w.rollbacks)
        for _ in range(hit[1]):
            self.alg.spend()
        return hit[0], None

    def keep(self, token: Token, code: str | Reason) -> None:
        """Remember ``code``, the answer ``ask`` had none for, if nothing in it depends on its context."""
        if token is None or not isinstance(code, str):
            return
        key, deferred, spent, rollbacks = token
        if deferred == self.w.deferred and rollbacks == self.w.rollbacks and self.alg.spent >= spent:
            self.answers[key] = (code, self.alg.spent - spent)
