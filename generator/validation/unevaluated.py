"""``unevaluatedProperties`` / ``unevaluatedItems``: annotation tracking compiled to set building.

Input: a schema node with an ``unevaluated*`` keyword (or a node an annotation walk passes
through). Output: Python lines that build the set of property names / item indexes which the
node's *other* keywords evaluated -- its own ``properties``/``patternProperties``/
``additionalProperties``, ``prefixItems``/``items``/``contains``, plus what valid in-place
subschemas (``allOf``, ``anyOf``, ``oneOf``, ``if``/``then``/``else``, ``dependentSchemas``,
``$ref``, ``$dynamicRef``) evaluated, gathered by their ``a`` functions -- and the loop that checks
the rest against the ``unevaluated*`` subschema.

Annotation walks run only where these keywords appear, so other schemas pay nothing for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from specloom.validation.applicators import schemas_of
from specloom.validation.expr import negate
from specloom.validation.source import py_str, py_tuple

if TYPE_CHECKING:
    from specloom.validation.compiler import Compiler
    from specloom.validation.fn import Dyn, Fn
    from specloom.validation.index import Node

__all__ = ["emit_unevaluated", "emit_annotation_fn", "static_names", "closed_names"]

# keywords after which the evaluated property names depend on the instance
_DYNAMIC = frozenset({"patternProperties", "additionalProperties", "unevaluatedProperties", "anyOf", "oneOf",
                      "if", "dependentSchemas", "$dynamicRef"})  # fmt: skip


def static_names(c: Compiler, node: Node, dyn: Dyn, seen: set[object], top: bool = False) -> set[str] | None:
    """Property names ``node`` evaluates whatever the instance, when that set is fixed; else None.

    True for the common ``allOf: [{$ref: Base}], properties: {...}, unevaluatedProperties: false``
    composition, which then compiles like ``additionalProperties: false`` over the union of names.
    """
    s = node.schema
    if s is True or s is False:
        return set()
    if not isinstance(s, dict) or node.loc in seen:
        return None
    if any(k in s for k in _DYNAMIC if not (top and k == "unevaluatedProperties")):
        return None
    seen.add(node.loc)
    names = set(s.get("properties", {}))
    subs = [c.child(node, "allOf", i) for i in range(len(s.get("allOf", ())))]
    if "$ref" in s:
        subs.append(c.ref_target(node, "$ref", dyn))
    for sub in subs:
        more = static_names(c, sub, c.enter(dyn, sub.base), seen)
        if more is None:
            return None
        names |= more
    return names


def closed_names(c: Compiler, node: Node, dyn: Dyn) -> list[str] | None:
    """The only property names ``node`` allows, when it is a closed object whose names are fixed.

    ``additionalProperties: false`` without ``patternProperties``, or ``unevaluatedProperties:
    false`` over names known at compile time; None otherwise. The fast path checks such an object's
    key set first, with one ``issuperset``.
    """
    s = node.schema
    if s.get("additionalProperties") is False and not s.get("patternProperties"):
        return list(schemas_of(node, "properties", dict)) if "properties" in s else []
    if s.get("unevaluatedProperties") is False:
        fixed = static_names(c, node, dyn, set(), top=True)
        return None if fixed is None else sorted(fixed)
    return None


def emit_unevaluated(c: Compiler, fn: Fn, node: Node, v: str, path: str, known: str | None, dyn: Dyn) -> None:
    """``{"unevaluatedProperties": false}`` / ``{"unevaluatedItems": {"type": "string"}}``."""
    s, w = node.schema, fn.w
    for key, group in (("unevaluatedProperties", "object"), ("unevaluatedItems", "array")):
        if key not in s:
            continue
        sub = c.child(node, key)
        if sub.schema is True or sub.schema == {}:
            continue
        if fn.mode == "f" and group == "object" and sub.schema is False and closed_names(c, node, dyn) is not None:
            continue  # the fast path checked the key set up front (emit_object_cheap)
        block = c.guard(fn, group, v, known)
        if block is None:
            continue
        with block:
            ev, k, x = fn.local("ev"), fn.local("k"), fn.local("x")
            fixed = static_names(c, node, dyn, set(), top=True) if group == "object" else None
            if fixed is not None:
                # every evaluated name is known at compile time: a closed-object check, no set building
                ev = c.const("frozenset(" + py_tuple([py_str(n) for n in sorted(fixed)]) + ")", "_K") if fixed else "()"
            else:
                w.line(f"{ev}: set[object] = set()")
                _collect(c, fn, node, v, ev, dyn, include_self=False, groups=(group,))
            if group == "object":
                loop = w.block(f"for {k} in {v}:") if sub.schema is False else w.items_loop(k, x, v)
                kpath = "" if fn.mode == "f" else f'{path} + "/" + pointer_part({k})'
            else:
                loop = w.block(f"for {k} in range(len({v})):" if sub.schema is False else f"for {k}, {x} in enumerate({v}):")
                kpath = "" if fn.mode == "f" else f'{path} + "/" + str({k})'
            if kpath and group == "object":
                c.use("pointer_part")
            with loop, w.block(f"if {k} not in {ev}:"):
                if sub.schema is False:
                    what = "property " if group == "object" else "item "
                    c.fail(fn, node, key, f'"unevaluated {what}" + short_repr({k}) + " is not allowed"', path)
                else:
                    if group == "object":
                        c.check(fn, f"type({k}) is not str", node, key, f'"property name " + short_repr({k}) + " is not a string"', path)
                    c.emit(fn, sub, x, kpath, None, dyn)


def emit_annotation_fn(c: Compiler, fn: Fn, node: Node, dyn: Dyn) -> None:
    """The body of an ``a`` function: everything ``node`` evaluates in a valid ``value``."""
    fn.w.line("ev: set[object] = set()")
    _collect(c, fn, node, "value", "ev", dyn, include_self=True, groups=("object", "array"))
    fn.w.line("return ev")


def _collect(c: Compiler, fn: Fn, node: Node, v: str, ev: str, dyn: Dyn, *, include_self: bool,
             groups: tuple[str, ...]) -> None:  # fmt: skip
    s, w = node.schema, fn.w
    if not isinstance(s, dict):
        return
    c.vet(node)
    dyn = c.enter(dyn, node.base)
    if "object" in groups:
        block = c.guard(fn, "object", v, None if len(groups) > 1 else "object")
        assert block is not None
        with block:
            if "additionalProperties" in s or (include_self and "unevaluatedProperties" in s):
                w.line(f"{ev}.update({v})")
            else:
                if "properties" in s and s["properties"]:
                    names = c.const("frozenset(" + py_tuple([py_str(n) for n in s["properties"]]) + ")", "_K")
                    w.line(f"{ev}.update({v}.keys() & {names})")
                if "patternProperties" in s and s["patternProperties"]:
                    from specloom.validation.assertions import compile_pattern

                    holder = c.child(node, "patternProperties")
                    regexes = [compile_pattern(c, holder, p.replace("~", "~0").replace("/", "~1"), p) for p in s["patternProperties"]]
                    k = fn.local("k")
                    tests = " or ".join(f"{r}({k})" for r in regexes)
                    w.line(f"{ev}.update({k} for {k} in {v} if type({k}) is str and ({tests}))")
    if "array" in groups:
        block = c.guard(fn, "array", v, None if len(groups) > 1 else "array")
        assert block is not None
        with block:
            if "items" in s or (include_self and "unevaluatedItems" in s):
                w.line(f"{ev}.update(range(len({v})))")
            else:
                if "prefixItems" in s:
                    w.line(f"{ev}.update(range(min(len({v}), {len(schemas_of(node, 'prefixItems', list))})))")
                if "contains" in s:
                    i, x = fn.local("i"), fn.local("x")
                    test = c.bool_expr(c.child(node, "contains"), x, dyn)
                    # a loop, not ev.update(i for i, x in ...): the layout split that generator
                    # expression at the comma of its target, which is a syntax error
                    if test == "True":  # contains: true (a loop would not read x: B007)
                        w.line(f"{ev}.update(range(len({v})))")
                    elif test != "False":
                        with w.block(f"for {i}, {x} in enumerate({v}):"), w.block(f"if {test}:"):
                            w.line(f"{ev}.add({i})")
    _collect_in_place(c, fn, node, v, ev, dyn)


def _collect_in_place(c: Compiler, fn: Fn, node: Node, v: str, ev: str, dyn: Dyn) -> None:
    s, w = node.schema, fn.w

    def add(sub: Node) -> None:
        if isinstance(sub.schema, dict) and sub.schema:
            w.line(f"{ev}.update({c.call(sub, dyn, 'a')}({v}))")

    for i in range(len(s.get("allOf", ()))):
        add(c.child(node, "allOf", i))
    for key in ("$ref", "$dynamicRef"):
        if key in s:
            add(c.ref_target(node, key, dyn))
    for key in ("anyOf", "oneOf"):
        for i in range(len(s.get(key, ()))):
            sub = c.child(node, key, i)
            with w.block(f"if {c.bool_expr(sub, v, dyn)}:"):
                add(sub)
    if "if" in s:
        cond = c.child(node, "if")
        mark = w.mark()
        with w.block(f"if {c.bool_expr(cond, v, dyn)}:", merge="else" not in s):  # unless an ``else:`` follows
            add(cond)
            if "then" in s:
                add(c.child(node, "then"))
        if "else" in s:
            with w.block("else:" if w.mark() > mark else f"if {negate(c.bool_expr(cond, v, dyn))}:"):
                add(c.child(node, "else"))
    if isinstance(s.get("dependentSchemas"), dict):
        with w.block(f"if type({v}) is dict:"):
            for name in s["dependentSchemas"]:
                with w.block(f"if {py_str(name)} in {v}:"):
                    add(c.child(node, "dependentSchemas", name))
