"""Emitters for applicator keywords: object and array children, and in-place combinators.

Input: a schema object whose instance sits in a local variable. Output: Python lines inlined into
the current function (see ``generator.validation.compiler`` for the two function kinds).

Children (``properties``, ``items``...) are inlined into loops over the instance, so a schema
with no references compiles to one function whose nesting follows the schema, never the instance:
such a validator answers for any instance depth without recursing. Subschemas whose *verdict* is
needed (``anyOf``, ``oneOf``, ``not``, ``if``, ``contains``) become a tiny inline expression when
they are trivial (``{"required": ["email"]}``) and a call to their fast function otherwise.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from generator.validation.assertions import compile_pattern, count, type_test, value_test
from generator.validation.errors import CompileError
from generator.validation.keywords import lookup
from generator.validation.source import py_str, py_tuple

if TYPE_CHECKING:
    from generator.validation.compiler import Compiler, Dyn, Fn
    from generator.validation.index import Node

__all__ = ["OBJECT_KEYS", "ARRAY_KEYS", "keyword_of", "simple_expr", "emit_object", "emit_array",
           "emit_in_place", "sub_path", "names_of", "schemas_of"]  # fmt: skip

OBJECT_KEYS = ("required", "minProperties", "maxProperties", "dependentRequired", "properties",
               "patternProperties", "additionalProperties", "propertyNames", "dependentSchemas")  # fmt: skip
ARRAY_KEYS = ("prefixItems", "items", "contains", "minItems", "maxItems", "uniqueItems")
_SIMPLE = frozenset({"type", "required", "const", "enum"})


def _esc(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def sub_path(fn: Fn, path: str, token: str | int) -> str:
    """Instance-path expression for a child with a name known at compile time."""
    return "" if fn.mode == "f" else f"{path} + {py_str('/' + _esc(token))}"


def _dyn_path(fn: Fn, path: str, var: str, index: bool = False) -> str:
    if fn.mode == "f":
        return ""
    if index:
        return f'{path} + "/" + str({var})'
    fn_use = "pointer_part"
    return f'{path} + "/" + {fn_use}({var})'


def keyword_of(node: Node) -> str:
    """The keyword a subschema hangs from (``.../properties/a`` -> ``properties``)."""
    tokens = node.loc.pointer.split("/")
    for token in reversed(tokens[1:]):
        if lookup(token) is not None:
            return token
    return "schema"


def names_of(node: Node, key: str) -> list[str]:
    """A keyword's value that must be a list of property names (``required``...)."""
    value = node.schema[key]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise CompileError(f"{node.loc.pointer}/{key}", key, f"{key} must be an array of strings")
    return list(dict.fromkeys(value))


def schemas_of(node: Node, key: str, shape: type) -> Any:
    value = node.schema[key]
    if not isinstance(value, shape) or (shape is list and not value):
        raise CompileError(f"{node.loc.pointer}/{key}", key, f"{key} must be a non-empty {shape.__name__}")
    return value


def simple_expr(c: Compiler, node: Node, v: str) -> str | None:
    """An inline boolean expression for a schema using only type/required/const/enum, else None."""
    s = node.schema
    keys = [k for k in s if (entry := lookup(k)) is None or entry.role != "annotation"]
    if not keys or any(k not in _SIMPLE for k in keys):
        return None
    c.vet(node)
    parts: list[str] = []
    if "type" in s:
        kinds = [s["type"]] if isinstance(s["type"], str) else s["type"]
        if not isinstance(kinds, list) or any(k not in _TYPES for k in kinds):
            return None  # let the full emitter report the malformed value
        parts.append("(" + " or ".join(type_test(k, v) for k in kinds) + ")")
    for key in ("const", "enum"):
        if key in s:
            values = [s[key]] if key == "const" else s[key]
            if not isinstance(values, list):
                return None
            parts.append(f"({value_test(c, values, v, None)})")
    if "required" in s:
        names = names_of(node, "required")
        if names:
            parts.append(f"(type({v}) is not dict or (" + " and ".join(f"{py_str(n)} in {v}" for n in names) + "))")
    return " and ".join(parts) or "True"


_TYPES = frozenset({"null", "boolean", "object", "array", "number", "string", "integer"})


def emit_object(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: Dyn) -> None:
    """``required``, ``properties``, ``patternProperties``, ``additionalProperties``,
    ``propertyNames``, ``dependentRequired``, ``dependentSchemas``, ``min/maxProperties``."""
    s, w = node.schema, fn.w
    if "required" in s:
        names = names_of(node, "required")
        if fn.mode == "f" and names:
            if len(names) <= 4:
                cond = " or ".join(f"{py_str(n)} not in {v}" for n in names)
            else:
                required = c.const("frozenset(" + py_tuple([py_str(n) for n in names]) + ")", "_R")
                cond = f"not {v}.keys() >= {required}"
            c.check(fn, cond, node, "required", "", path)
        elif names:
            k = fn.local("k")
            with w.block(f"for {k} in {py_tuple([py_str(n) for n in names])}:"):
                c.check(fn, f"{k} not in {v}", node, "required", f'repr({k}) + " is a required property"', path)
    for key, op in (("minProperties", "<"), ("maxProperties", ">")):
        if key in s:
            n = count(node, key)
            c.check(fn, f"len({v}) {op} {n}", node, key, py_str(f"has {op} {n} properties".replace("<", "fewer than").replace(">", "more than")), path)
    if "dependentRequired" in s:
        for name, needs in schemas_of(node, "dependentRequired", dict).items():
            if not isinstance(needs, list) or not all(isinstance(x, str) for x in needs):
                raise CompileError(f"{node.loc.pointer}/dependentRequired", "dependentRequired", "values must be arrays of strings")
            if needs:
                missing = " or ".join(f"{py_str(x)} not in {v}" for x in needs)
                cond = f"{py_str(name)} in {v} and " + (missing if len(needs) == 1 else f"({missing})")
                msg = py_str(f"{name!r} requires {needs!r}")
                c.check(fn, cond, node, "dependentRequired", msg, path)
    _emit_properties(c, fn, node, v, path, dyn)
    if "propertyNames" in s:
        sub = c.child(node, "propertyNames")
        k = fn.local("k")
        with w.block(f"for {k} in {v}:"):  # even for a trivial subschema: names must be strings
            c.check(fn, f"type({k}) is not str", node, "propertyNames", f'"property name " + short_repr({k}) + " is not a string"', path)
            c.emit(fn, sub, k, path, "string" if fn.mode == "f" else None, dyn)
    if "dependentSchemas" in s:
        for name in schemas_of(node, "dependentSchemas", dict):
            sub = c.child(node, "dependentSchemas", name)
            with w.block(f"if {py_str(name)} in {v}:"):
                c.emit(fn, sub, v, path, "object", dyn)


def _emit_properties(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: Dyn) -> None:
    s, w = node.schema, fn.w
    props = schemas_of(node, "properties", dict) if "properties" in s else {}
    pats = schemas_of(node, "patternProperties", dict) if "patternProperties" in s else {}
    if fn.mode == "f" and not pats and s.get("additionalProperties") is False:
        # cheapest rejection first: unknown keys, before any per-property work
        names = c.const("frozenset(" + py_tuple([py_str(n) for n in props]) + ")", "_K") if props else None
        k = fn.local("k")
        with w.block(f"for {k} in {v}:"):
            c.check(fn, f"{k} not in {names}" if names else "True", node, "additionalProperties", "", path)
        props_done = True
    else:
        props_done = False
    # the fast path has already returned unless every required name is present
    present = set(names_of(node, "required")) if fn.mode == "f" and "required" in s else set()
    for name in props:
        sub = c.child(node, "properties", name)
        x = fn.local("x")
        with nullcontext() if name in present else w.block(f"if {py_str(name)} in {v}:"):
            mark = w.mark()
            w.line(f"{x} = {v}[{py_str(name)}]")
            c.emit(fn, sub, x, sub_path(fn, path, name), None, dyn)
            if w.mark() == mark + 1:
                del w.lines[mark]
    if props_done or (not pats and "additionalProperties" not in s):
        return
    known = c.const("frozenset(" + py_tuple([py_str(n) for n in props]) + ")", "_K") if props else None
    regexes = [compile_pattern(c, c.child(node, "patternProperties"), _esc(p), p) for p in pats]
    extra = c.child(node, "additionalProperties") if "additionalProperties" in s else None
    k, x = fn.local("k"), fn.local("x")
    kpath = _dyn_path(fn, path, k)
    if kpath:
        c.use("pointer_part")
    if extra is not None and extra.schema is False and not pats:
        # the common closed object: one set lookup per key
        with w.block(f"for {k} in {v}:"):
            cond = f"{k} not in {known}" if known else "True"
            c.check(fn, cond, node, "additionalProperties", f'short_repr({k}) + " is not an allowed property"', path)
        return
    with w.block(f"for {k}, {x} in {v}.items():"):
        c.check(fn, f"type({k}) is not str", node, "additionalProperties" if extra else "patternProperties",
                f'"property name " + short_repr({k}) + " is not a string"', path)  # fmt: skip
        for i, (pattern, regex) in enumerate(zip(pats, regexes, strict=True)):
            sub = c.child(node, "patternProperties", pattern)
            with w.block(f"if {regex}.search({k}):"):
                c.emit(fn, sub, x, kpath, None, dyn)
            del i
        if extra is not None:
            tests = ([f"{k} in {known}"] if known else []) + [f"{r}.search({k})" for r in regexes]
            block = w.block(f"if not ({' or '.join(tests)}):") if tests else None
            if block is None:
                _emit_extra(c, fn, extra, k, x, kpath, dyn)
            else:
                with block:
                    _emit_extra(c, fn, extra, k, x, kpath, dyn)


def _emit_extra(c: Compiler, fn: Fn, extra: Node, k: str, x: str, kpath: str, dyn: Dyn) -> None:
    if extra.schema is False:
        parent_path = kpath.rsplit(' + "/"', 1)[0] if kpath else ""
        c.fail(fn, extra, "", f'short_repr({k}) + " is not an allowed property"', parent_path)
    else:
        c.emit(fn, extra, x, kpath, None, dyn)


def emit_array(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: Dyn) -> None:
    """``prefixItems``, ``items``, ``contains`` (+ ``min/maxContains``), ``min/maxItems``,
    ``uniqueItems``."""
    s, w = node.schema, fn.w
    for key, op in (("minItems", "<"), ("maxItems", ">")):
        if key in s:
            n = count(node, key)
            c.check(fn, f"len({v}) {op} {n}", node, key, py_str(f"has {'fewer' if op == '<' else 'more'} than {n} items"), path)
    if s.get("uniqueItems") is True:
        c.use("all_unique")
        c.check(fn, f"len({v}) > 1 and not all_unique({v})", node, "uniqueItems", '"has non-unique items"', path)
    prefix = schemas_of(node, "prefixItems", list) if "prefixItems" in s else []
    for i in range(len(prefix)):
        sub = c.child(node, "prefixItems", i)
        x = fn.local("x")
        with w.block(f"if len({v}) > {i}:"):
            mark = w.mark()
            w.line(f"{x} = {v}[{i}]")
            c.emit(fn, sub, x, sub_path(fn, path, i), None, dyn)
            if w.mark() == mark + 1:
                del w.lines[mark]
    if "items" in s:
        sub = c.child(node, "items")
        if sub.schema is False:
            c.check(fn, f"len({v}) > {len(prefix)}", sub, "", py_str(f"has more than {len(prefix)} items"), path)
        else:
            x, ix = fn.local("x"), fn.local("i")
            items = f"{v}[{len(prefix)}:]" if prefix else v
            if fn.mode == "f":
                with w.block(f"for {x} in {items}:"):
                    c.emit(fn, sub, x, "", None, dyn)
            else:
                with w.block(f"for {ix}, {x} in enumerate({items}, {len(prefix)}):"):
                    c.emit(fn, sub, x, _dyn_path(fn, path, ix, index=True), None, dyn)
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


def emit_in_place(c: Compiler, fn: Fn, node: Node, v: str, path: str, known: str | None, dyn: Dyn) -> None:
    """``allOf``, ``$ref``, ``$dynamicRef``, ``anyOf``, ``oneOf``, ``not``, ``if``/``then``/``else``."""
    s, w = node.schema, fn.w
    if "allOf" in s:
        for i in range(len(schemas_of(node, "allOf", list))):
            c.emit(fn, c.child(node, "allOf", i), v, path, known, dyn)
    for key in ("$ref", "$dynamicRef"):
        if key in s:
            target = c.ref_target(node, key, dyn)
            if fn.mode == "f":
                c.check(fn, _negated(c.bool_expr(target, v, dyn)), node, key, "", path)
            elif target.schema is not True and target.schema != {}:
                w.line(f"{c.call(target, dyn, 'e')}({v}, {path}, out)")
    for key, what in (("anyOf", "any"), ("oneOf", "exactly one")):
        if key in s:
            tests = [c.bool_expr(c.child(node, key, i), v, dyn) for i in range(len(schemas_of(node, key, list)))]
            cond = f"not ({' or '.join(tests)})" if key == "anyOf" else f"[{', '.join(tests)}].count(True) != 1"
            c.check(fn, cond, node, key, f'short_repr({v}) + " is not valid against {what} of the {key} schemas"', path)
    if "not" in s:
        test = c.bool_expr(c.child(node, "not"), v, dyn)
        c.check(fn, test, node, "not", f'short_repr({v}) + " must not be valid against the not schema"', path)
    if "if" in s and ("then" in s or "else" in s):
        test = c.bool_expr(c.child(node, "if"), v, dyn)
        then = c.child(node, "then") if "then" in s else None
        other = c.child(node, "else") if "else" in s else None
        mark = w.mark()
        if then is not None:
            with w.block(f"if {test}:"):
                c.emit(fn, then, v, path, known, dyn)
        if other is not None:
            with w.block("else:" if w.mark() > mark else f"if not ({test}):"):
                c.emit(fn, other, v, path, known, dyn)


def _negated(expr: str) -> str:
    """``not <expr>``, parenthesised unless ``expr`` is a plain call."""
    simple = expr.endswith(")") and expr.count("(") == 1 and " " not in expr
    return f"not {expr}" if simple else f"not ({expr})"
