"""Emitters for array keywords: ``prefixItems``, ``items``, ``contains`` (with
``minContains``/``maxContains``), ``minItems``, ``maxItems`` and ``uniqueItems``.

Input: a schema object whose instance, known to be a list, sits in a local variable. Output:
Python lines inlined into the current function; each child schema is inlined into a loop over the
items, so the function's nesting follows the schema, never the instance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from specloom.validation.applicators import dyn_path, schemas_of, sub_path
from specloom.validation.assertions import count
from specloom.validation.source import py_str

if TYPE_CHECKING:
    from specloom.validation.compiler import Compiler
    from specloom.validation.fn import Dyn, Fn
    from specloom.validation.index import Node

__all__ = ["ARRAY_KEYS", "emit_array"]

ARRAY_KEYS = ("prefixItems", "items", "contains", "minItems", "maxItems", "uniqueItems")
# JSON types whose values a Python set tells apart exactly as JSON equality does (1 == 1.0 in
# both), as long as booleans and numbers are not mixed (True == 1 in Python only).
_HASHABLE = frozenset({"string", "null", "boolean", "number", "integer"})


def emit_array(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: Dyn) -> None:
    """``prefixItems``, ``items``, ``contains`` (+ ``min/maxContains``), ``min/maxItems``,
    ``uniqueItems``."""
    s, w = node.schema, fn.w
    for key, op in (("minItems", "<"), ("maxItems", ">")):
        if key in s:
            n = count(node, key)
            c.check(fn, f"len({v}) {op} {n}", node, key, py_str(f"has {'fewer' if op == '<' else 'more'} than {n} items"), path)
    prefix = schemas_of(node, "prefixItems", list) if "prefixItems" in s else []
    # fast path: once every item has passed an items schema that allows only hashable scalars
    # (no bool/number mix), a set compares them as JSON does; checked after the items loop
    late_unique = (s.get("uniqueItems") is True and fn.mode == "f" and "items" in s and not prefix
                   and _hashable_items(c, c.child(node, "items"), dyn))  # fmt: skip
    if s.get("uniqueItems") is True and not late_unique:
        c.use("all_unique")
        c.check(fn, f"len({v}) > 1 and not all_unique({v})", node, "uniqueItems", '"has non-unique items"', path)
    for i in range(len(prefix)):
        sub = c.child(node, "prefixItems", i)
        x = fn.local("x")
        with w.block(f"if len({v}) > {i}:"):
            mark = w.mark()
            w.line(f"{x} = {v}[{i}]")
            c.emit(fn, sub, x, sub_path(fn, path, i), None, dyn)
            w.drop_unused(mark, x)
    if "items" in s:
        sub = c.child(node, "items")
        if sub.schema is False:
            c.check(fn, f"len({v}) > {len(prefix)}", sub, "", py_str(f"has more than {len(prefix)} items"), path)
        else:
            x, ix = fn.local("x"), fn.local("i")
            items = f"{v}[{len(prefix)}:]" if prefix else v
            if fn.mode == "f":
                with w.loop(f"for {x} in {items}:", x, f"for _ in {items}:"):
                    c.emit(fn, sub, x, "", None, dyn)
            else:
                # ``range(len(v))`` from 0: ``range(0, ...)`` is a finding of ruff's defaults (PIE808)
                indices = f"range({len(prefix)}, len({v}))" if prefix else f"range(len({v}))"
                with w.loop(f"for {ix}, {x} in enumerate({items}, {len(prefix)}):", x, f"for {ix} in {indices}:"):
                    c.emit(fn, sub, x, dyn_path(fn, path, ix, index=True), None, dyn)
    if late_unique:
        c.check(fn, f"len({v}) > 1 and len(set({v})) != len({v})", node, "uniqueItems", "", path)
    if "contains" in s:
        sub = c.child(node, "contains")
        x = fn.local("x")
        test = c.bool_expr(sub, x, dyn)
        least = count(node, "minContains") if "minContains" in s else 1
        most = count(node, "maxContains") if "maxContains" in s else None
        if most is None and least == 1:
            c.check(fn, f"not any({test} for {x} in {v})", node, "contains", '"contains no matching item"', path)
        elif most is not None or least > 1:
            found = fn.local("n")
            w.line(f"{found} = sum(1 for {x} in {v} if {test})")
            if least:
                c.check(fn, f"{found} < {least}", node, "minContains", py_str(f"contains fewer than {least} matching items"), path)
            if most is not None:
                c.check(fn, f"{found} > {most}", node, "maxContains", py_str(f"contains more than {most} matching items"), path)


def _hashable_items(c: Compiler, items: Node, dyn: Dyn) -> bool:
    """True when every value valid against ``items`` is a scalar that a set compares as JSON does."""
    s = items.schema
    if not isinstance(s, dict):
        return False
    kind = s.get("type")
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else None
    if kinds is None and (implied := c.measure.implied_type(items, dyn)) is not None:
        kinds = [implied]
    values = [s["const"]] if "const" in s else s["enum"] if isinstance(s.get("enum"), list) else None
    for group in (kinds, None if values is None else [_JSON_KIND.get(type(x), "other") for x in values]):
        if group and set(group) <= _HASHABLE and not ("boolean" in group and {"number", "integer"} & set(group)):
            return True
    return False


_JSON_KIND = {str: "string", type(None): "null", bool: "boolean", int: "number", float: "number"}
