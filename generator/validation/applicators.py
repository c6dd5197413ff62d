"""Emitters for object keywords, and the helpers every emitter shares (paths, keyword lookups).

Input: a schema object whose instance sits in a local variable. Output: Python lines inlined into
the current function (see ``specloom.validation.compiler`` for the two function kinds).

Children (``properties``, ``additionalProperties``...) are inlined into loops over the instance,
so a schema with no references compiles to one function whose nesting follows the schema, never
the instance: such a validator answers for any instance depth without recursing. Array keywords
live in ``specloom.validation.arrays``, the in-place combinators (``allOf``, ``anyOf``, ``$ref``...)
in ``specloom.validation.combinators``.
"""

from __future__ import annotations

import re
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from specloom_runtime.wire import translate_pattern

from specloom.validation.assertions import (
    compile_pattern,
    count,
    covers,
    string_tests,
    type_test,
    value_test,
)
from specloom.validation.errors import CompileError
from specloom.validation.expr import negate
from specloom.validation.keywords import lookup
from specloom.validation.source import py_str, py_tuple

if TYPE_CHECKING:
    from specloom.validation.compiler import Compiler
    from specloom.validation.fn import Dyn, Fn
    from specloom.validation.index import Node

__all__ = ["OBJECT_KEYS", "CHEAP_OBJECT_KEYS", "keyword_of", "simple_expr", "emit_object",
           "emit_object_cheap", "sub_path", "dyn_path", "names_of", "schemas_of"]  # fmt: skip

OBJECT_KEYS = ("required", "minProperties", "maxProperties", "dependentRequired", "properties",
               "patternProperties", "additionalProperties", "propertyNames", "dependentSchemas")  # fmt: skip
CHEAP_OBJECT_KEYS = ("required", "minProperties", "maxProperties", "dependentRequired")
_SIMPLE = frozenset({"type", "required", "const", "enum", "minLength", "maxLength", "pattern", "format"})


def _esc(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def sub_path(fn: Fn, path: str, token: str | int) -> str:
    """Instance-path expression for a child with a name known at compile time."""
    return "" if fn.mode == "f" else f"{path} + {py_str('/' + _esc(token))}"


def dyn_path(fn: Fn, path: str, var: str, index: bool = False) -> str:
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


def simple_expr(c: Compiler, node: Node, v: str, known: str | None = None) -> str | None:
    """An inline boolean expression for a schema using only type/required/const/enum and the
    string keywords, else None. ``known`` is a JSON type ``v`` is already known to have.

    The expression always evaluates to ``True`` or ``False`` (``oneOf`` counts them)."""
    s = node.schema
    keys = [k for k in s if (entry := lookup(k)) is None or entry.role != "annotation"]
    if not keys or any(k not in _SIMPLE for k in keys):
        return None
    c.vet(node)
    parts: list[str] = []
    kind = known
    if "type" in s:
        kinds = [s["type"]] if isinstance(s["type"], str) else s["type"]
        if not isinstance(kinds, list) or not kinds or any(k not in _TYPES for k in kinds):
            return None  # let the full emitter report the malformed value
        if not covers(kinds, known):  # one type's test is a comparison or parenthesised already
            parts.append(type_test(kinds[0], v) if len(kinds) == 1 else "(" + " or ".join(type_test(k, v) for k in kinds) + ")")
            kind = kinds[0] if len(kinds) == 1 else None
    for key in ("const", "enum"):
        if key in s:
            values = [s[key]] if key == "const" else s[key]
            if not isinstance(values, list):
                return None
            parts.append(f"({value_test(c, values, v, kind)})")
    if "required" in s and kind in ("object", None):
        names = [f"{py_str(n)} in {v}" for n in names_of(node, "required")]
        if names and kind == "object":
            parts += names
        elif names:
            parts.append(f"(type({v}) is not dict or ({' and '.join(names)}))")
    tests = string_tests(c, node, v)
    if tests and kind == "string":
        parts += tests
    elif tests and kind is None:
        parts.append(f"(type({v}) is not str or ({' and '.join(tests)}))")
    # each part is a comparison, a call or parenthesised: only a conjunction needs parentheses
    return "True" if not parts else parts[0] if len(parts) == 1 else "(" + " and ".join(parts) + ")"


_TYPES = frozenset({"null", "boolean", "object", "array", "number", "string", "integer"})


def emit_object_cheap(c: Compiler, fn: Fn, node: Node, v: str, closed: list[str] | None) -> None:
    """Fast path, first checks on an object: ``required``, ``min/maxProperties``,
    ``dependentRequired`` and, for a closed object (``closed``: the only names allowed), its key set
    (one C-level ``issuperset`` instead of a Python loop)."""
    s = node.schema
    if "required" in s:
        names = names_of(node, "required")
        if len(names) <= 4:
            cond = " or ".join(f"{py_str(n)} not in {v}" for n in names)
        else:
            required = c.const("frozenset(" + py_tuple([py_str(n) for n in names]) + ")", "_R")
            cond = f"not {v}.keys() >= {required}"
        if names:
            c.check(fn, cond, node, "required", "", "")
    for key, op in (("minProperties", "<"), ("maxProperties", ">")):
        if key in s:
            c.check(fn, f"len({v}) {op} {count(node, key)}", node, key, "", "")
    if "dependentRequired" in s:
        for name, needs in schemas_of(node, "dependentRequired", dict).items():
            if not isinstance(needs, list) or not all(isinstance(x, str) for x in needs):
                raise CompileError(f"{node.loc.pointer}/dependentRequired", "dependentRequired", "values must be arrays of strings")
            if needs:
                missing = " or ".join(f"{py_str(x)} not in {v}" for x in needs)
                c.check(fn, f"{py_str(name)} in {v} and " + (missing if len(needs) == 1 else f"({missing})"),
                        node, "dependentRequired", "", "")  # fmt: skip
    if closed is not None:
        if closed:
            allowed = c.const("frozenset(" + py_tuple([py_str(n) for n in closed]) + ")", "_K")
            c.check(fn, f"not {allowed}.issuperset({v})", node, "additionalProperties", "", "")
        else:
            c.check(fn, v, node, "additionalProperties", "", "")  # only {} is allowed


# The fast path remembers property names that matched a ``propertyNames`` pattern, up to this
# many characters per name and this many names per pattern (bounded memory, no eviction).
MEMO_LIMIT = (64, 1024)


def _name_pattern(c: Compiler, names: Node) -> str | None:
    """The compiled pattern of a ``propertyNames`` schema that is only a ``pattern``, else None."""
    s = names.schema
    if not isinstance(s, dict) or [k for k in s if (e := lookup(k)) is None or e.role != "annotation"] != ["pattern"]:
        return None
    c.vet(names)
    return compile_pattern(c, names, "pattern", s["pattern"])


def _any_name_matches(props: dict[str, Any], pats: dict[str, Any]) -> bool:
    """Whether any property name is matched by any ``patternProperties`` pattern, searched as the
    generated code searches (translated ECMA-262, ``re.ASCII``); the patterns were checked by
    ``compile_pattern`` already."""
    regexes = [re.compile(translate_pattern(p), re.ASCII) for p in pats]
    return any(r.search(name) for r in regexes for name in props)


def _emit_object_fast(c: Compiler, fn: Fn, node: Node, v: str, dyn: Dyn) -> None:
    """Fast path, after ``emit_object_cheap``: each property (cheapest schema first), then one loop
    over the keys for ``propertyNames``, ``patternProperties`` and ``additionalProperties``."""
    s, w = node.schema, fn.w
    props = schemas_of(node, "properties", dict) if "properties" in s else {}
    pats = schemas_of(node, "patternProperties", dict) if "patternProperties" in s else {}
    present = set(names_of(node, "required")) if "required" in s else set()  # returned False otherwise
    subs = {name: c.child(node, "properties", name) for name in props}
    for name in sorted(props, key=lambda n: c.measure.cost(subs[n], dyn)):
        sub, x = subs[name], fn.local("x")
        with nullcontext() if name in present else w.block(f"if {py_str(name)} in {v}:"):
            mark = w.mark()
            w.line(f"{x} = {v}[{py_str(name)}]")
            c.emit(fn, sub, x, "", None, dyn)
            w.drop_unused(mark, x)
    extra = c.child(node, "additionalProperties") if "additionalProperties" in s else None
    if extra is not None and extra.schema is False and not pats:
        extra = None  # a closed object: its key set was checked by emit_object_cheap
    names = c.child(node, "propertyNames") if "propertyNames" in s else None
    if names is not None or pats or extra is not None:
        regexes = [compile_pattern(c, c.child(node, "patternProperties"), _esc(p), p) for p in pats]
        k, x = fn.local("k"), fn.local("x")
        values = bool(pats) or (extra is not None and extra.schema is not False)
        with w.items_loop(k, x, v) if values else w.block(f"for {k} in {v}:"):
            c.check(fn, f"type({k}) is not str", node, "propertyNames", "", "")  # names must be strings
            if names is not None and (regex := _name_pattern(c, names)) is not None:
                # property names repeat from instance to instance: remember those that matched
                memo = c.memo(regex)
                with w.block(f"if {k} not in {memo}:"):
                    c.check(fn, f"{regex}({k}) is None", names, "pattern", "", "")
                    with w.block(f"if len({k}) <= {MEMO_LIMIT[0]} and len({memo}) < {MEMO_LIMIT[1]}:"):
                        w.line(f"{memo}.add({k})")
            elif names is not None:
                c.emit(fn, names, k, "", "string", dyn)
            if props and pats and not _any_name_matches(props, pats):
                # A declared property matches no pattern (decided here, by the same regex
                # engine) and is not additional: nothing below applies to it, so its name costs
                # one set lookup instead of a regex search per pattern.
                known = c.const("frozenset(" + py_tuple([py_str(n) for n in props]) + ")", "_K")
                with w.block(f"if {k} in {known}:"):
                    w.line("continue")
            for pattern, regex in zip(pats, regexes, strict=True):
                with w.block(f"if {regex}({k}):"):
                    c.emit(fn, c.child(node, "patternProperties", pattern), x, "", None, dyn)
            if extra is not None:
                allowed = c.const("frozenset(" + py_tuple([py_str(n) for n in props]) + ")", "_K") if props else None
                tests = ([f"{k} in {allowed}"] if allowed else []) + [f"{r}({k})" for r in regexes]
                if extra.schema is False:
                    c.check(fn, negate(" or ".join(tests)) if tests else "True", node, "additionalProperties", "", "")
                elif tests:
                    with w.block(f"if {negate(' or '.join(tests))}:"):
                        c.emit(fn, extra, x, "", None, dyn)
                else:
                    c.emit(fn, extra, x, "", None, dyn)
    if "dependentSchemas" in s:
        for name in schemas_of(node, "dependentSchemas", dict):
            sub = c.child(node, "dependentSchemas", name)
            with w.block(f"if {py_str(name)} in {v}:"):
                c.emit(fn, sub, v, "", "object", dyn)


def emit_object(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: Dyn) -> None:
    """``required``, ``properties``, ``patternProperties``, ``additionalProperties``,
    ``propertyNames``, ``dependentRequired``, ``dependentSchemas``, ``min/maxProperties``."""
    if fn.mode == "f":
        _emit_object_fast(c, fn, node, v, dyn)
        return
    s, w = node.schema, fn.w  # the error path: every violation, with its instance path
    if "required" in s:
        names = names_of(node, "required")
        if names:
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
            c.emit(fn, sub, k, path, None, dyn)
    if "dependentSchemas" in s:
        for name in schemas_of(node, "dependentSchemas", dict):
            sub = c.child(node, "dependentSchemas", name)
            with w.block(f"if {py_str(name)} in {v}:"):
                c.emit(fn, sub, v, path, "object", dyn)


def _emit_properties(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: Dyn) -> None:
    s, w = node.schema, fn.w
    props = schemas_of(node, "properties", dict) if "properties" in s else {}
    pats = schemas_of(node, "patternProperties", dict) if "patternProperties" in s else {}
    for name in props:
        sub = c.child(node, "properties", name)
        x = fn.local("x")
        with w.block(f"if {py_str(name)} in {v}:"):
            mark = w.mark()
            w.line(f"{x} = {v}[{py_str(name)}]")
            c.emit(fn, sub, x, sub_path(fn, path, name), None, dyn)
            w.drop_unused(mark, x)
    if not pats and "additionalProperties" not in s:
        return
    known = c.const("frozenset(" + py_tuple([py_str(n) for n in props]) + ")", "_K") if props else None
    regexes = [compile_pattern(c, c.child(node, "patternProperties"), _esc(p), p) for p in pats]
    extra = c.child(node, "additionalProperties") if "additionalProperties" in s else None
    k, x = fn.local("k"), fn.local("x")
    kpath = dyn_path(fn, path, k)
    if kpath:
        c.use("pointer_part")
    if extra is not None and extra.schema is False and not pats:
        # the common closed object: one set lookup per key
        with w.block(f"for {k} in {v}:"):
            cond = f"{k} not in {known}" if known else "True"
            c.check(fn, cond, node, "additionalProperties", f'short_repr({k}) + " is not an allowed property"', path)
        return
    with w.items_loop(k, x, v):
        c.check(fn, f"type({k}) is not str", node, "additionalProperties" if extra else "patternProperties",
                f'"property name " + short_repr({k}) + " is not a string"', path)  # fmt: skip
        for i, (pattern, regex) in enumerate(zip(pats, regexes, strict=True)):
            sub = c.child(node, "patternProperties", pattern)
            with w.block(f"if {regex}({k}):"):
                c.emit(fn, sub, x, kpath, None, dyn)
            del i
        if extra is not None:
            tests = ([f"{k} in {known}"] if known else []) + [f"{r}({k})" for r in regexes]
            block = w.block(f"if {negate(' or '.join(tests))}:") if tests else None
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
