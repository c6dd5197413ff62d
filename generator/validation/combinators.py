"""Emitters for the in-place combinators: ``allOf``, ``$ref``/``$dynamicRef``, ``anyOf``, ``oneOf``,
``not`` and ``if``/``then``/``else``.

Input: a schema object whose instance sits in a local variable. Output: Python lines inlined into
the current function. They apply every subschema to the same instance, so unlike the object and
array children (``specloom.validation.applicators``) they never open a loop; a subschema whose
verdict is needed becomes an inline expression when trivial and a call to its fast function
otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from specloom.validation.applicators import schemas_of, simple_expr
from specloom.validation.expr import negate

if TYPE_CHECKING:
    from specloom.validation.compiler import Compiler
    from specloom.validation.fn import Dyn, Fn
    from specloom.validation.index import Node

__all__ = ["emit_in_place"]


def _cheap(c: Compiler, node: Node, key: str, v: str, known: str | None) -> bool:
    """Fast path: is ``anyOf``/``oneOf``/``not`` made of inline expressions only (so it goes first)?"""
    subs = [c.child(node, key)] if key == "not" else [c.child(node, key, i) for i in range(len(schemas_of(node, key, list)))]
    return all(isinstance(sub.schema, bool) or sub.schema == {} or simple_expr(c, sub, v, known) is not None for sub in subs)


def emit_in_place(c: Compiler, fn: Fn, node: Node, v: str, path: str, known: str | None, dyn: Dyn,
                  phase: str = "all") -> None:  # fmt: skip
    """``allOf``, ``$ref``, ``$dynamicRef``, ``anyOf``, ``oneOf``, ``not``, ``if``/``then``/``else``.

    The fast path calls this twice: ``phase="cheap"`` writes the ``anyOf``/``oneOf``/``not`` made
    of inline expressions, ``phase="rest"`` everything else; ``"all"`` (error path) writes all.
    """
    s, w = node.schema, fn.w
    cheap = {key for key in ("anyOf", "oneOf", "not") if key in s and fn.mode == "f" and _cheap(c, node, key, v, known)}
    todo = cheap if phase == "cheap" else {k for k in s if k not in cheap}
    if "allOf" in todo:
        for i in range(len(schemas_of(node, "allOf", list))):
            c.emit(fn, c.child(node, "allOf", i), v, path, known, dyn)
    for key in ("$ref", "$dynamicRef"):
        if key in todo:
            target = c.ref_target(node, key, dyn)
            if c.can_inline(fn, target):
                # fast path, target not on the current inlining chain: its checks, without a call
                fn.inline.append(target.loc)
                fn.spent += c.measure.size(target)
                c.emit(fn, target, v, path, known, dyn)
                fn.inline.pop()
            elif fn.mode == "f":
                c.check(fn, negate(c.bool_expr(target, v, dyn, known)), node, key, "", path)
            elif target.schema is not True and target.schema != {}:
                w.line(f"{c.call(target, dyn, 'e')}({v}, {path}, out)")
    for key, what in (("anyOf", "any"), ("oneOf", "exactly one")):
        if key in todo:
            subs = [c.child(node, key, i) for i in range(len(schemas_of(node, key, list)))]
            if key == "anyOf":  # cheapest alternative first: `or` stops at the first valid one
                subs.sort(key=lambda sub: c.measure.cost(sub, dyn))
            tests = [c.bool_expr(sub, v, dyn, known) for sub in subs]
            if key == "anyOf" and "True" in tests:
                continue  # an alternative accepts anything: nothing to check (not `not (True or ...)`)
            cond = negate(" or ".join(tests)) if key == "anyOf" else f"[{', '.join(tests)}].count(True) != 1"
            c.check(fn, cond, node, key, f'short_repr({v}) + " is not valid against {what} of the {key} schemas"', path)
    if "not" in todo:
        test = c.bool_expr(c.child(node, "not"), v, dyn, known)
        c.check(fn, test, node, "not", f'short_repr({v}) + " must not be valid against the not schema"', path)
    if "if" in todo and ("then" in s or "else" in s):
        test = c.bool_expr(c.child(node, "if"), v, dyn, known)
        then = c.child(node, "then") if "then" in s else None
        other = c.child(node, "else") if "else" in s else None
        # an ``if`` of ``true`` or ``false`` decides the branch now (SIM222/SIM223 otherwise)
        if test in ("True", "False"):
            branch = then if test == "True" else other
            if branch is not None:
                c.emit(fn, branch, v, path, known, dyn)
            return
        mark = w.mark()
        if then is not None:
            with w.block(f"if {test}:", merge=other is None):  # unless an ``else:`` follows
                c.emit(fn, then, v, path, known, dyn)
        if other is not None:
            before = w.mark()
            with w.block("else:" if before > mark else f"if {negate(test)}:"):
                c.emit(fn, other, v, path, known, dyn)
            if mark < before == w.mark():  # the else checked nothing (``else: true``): merge after all
                w.merge_sole_if(mark)

