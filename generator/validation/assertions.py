"""Emitters for assertion keywords: one node's ``type``/``enum``/``const`` and per-type checks.

Input: a schema object and the name of the local variable holding the instance. Output: lines of
Python written into the current function -- ``if <violation>: return False`` in a fast
``is_valid`` function, ``if <violation>: out.append(Violation(...))`` in an error-collecting one.

Checks are exact-type (``type(v) is str``) because that is both fastest and what JSON means: a
``bool`` is not an integer, ``1.0`` is. Floats that are not finite are not JSON numbers.
"""

from __future__ import annotations

import math
import re
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from specloom_runtime.wire import FORMAT_CHECKERS, FORMAT_NOTES, translate_pattern

from specloom.validation.errors import CompileError
from specloom.validation.expr import negate
from specloom.validation.source import py_literal, py_str, py_tuple

if TYPE_CHECKING:
    from specloom.validation.compiler import Compiler
    from specloom.validation.fn import Fn
    from specloom.validation.index import Node

__all__ = ["type_test", "negated_type_test", "covers", "JSON_TYPES", "GROUP_OF", "value_test", "emit_type",
           "emit_enum", "emit_string", "emit_number", "string_tests", "compile_pattern", "count"]  # fmt: skip

_TYPES = ("null", "boolean", "object", "array", "number", "string", "integer")
JSON_TYPES = frozenset(_TYPES)

# keyword -> the JSON type it applies to (checked inside one guarded block per type)
GROUP_OF = {
    "minLength": "string", "maxLength": "string", "pattern": "string", "format": "string",
    "minimum": "number", "maximum": "number", "exclusiveMinimum": "number",
    "exclusiveMaximum": "number", "multipleOf": "number",
}  # fmt: skip


def type_test(kind: str, v: str) -> str:
    """A Python expression true when ``v`` is of JSON type ``kind``."""
    return {
        "null": f"{v} is None",
        "boolean": f"type({v}) is bool",
        "object": f"type({v}) is dict",
        "array": f"type({v}) is list",
        "string": f"type({v}) is str",
        "integer": f"(type({v}) is int or (type({v}) is float and {v}.is_integer()))",
        "number": f"(type({v}) is int or (type({v}) is float and isfinite({v})))",
    }[kind]


def negated_type_test(kind: str, v: str) -> str:
    """A Python expression true when ``v`` is *not* of JSON type ``kind``."""
    simple = {"null": f"{v} is not None", "string": f"type({v}) is not str",
              "object": f"type({v}) is not dict", "array": f"type({v}) is not list",
              "boolean": f"type({v}) is not bool"}  # fmt: skip
    return simple.get(kind) or f"not {type_test(kind, v)}"


def _is_number(x: Any) -> bool:
    return type(x) in (int, float)


def covers(kinds: list[str], known: str | None) -> bool:
    """True when every value of JSON type ``known`` has one of the types ``kinds``."""
    return known is not None and (known in kinds or (known == "integer" and "number" in kinds))


def value_test(c: Compiler, values: list[Any], v: str, known: str | None) -> str:
    """An expression true when ``v`` JSON-equals one of ``values`` (``enum``/``const``)."""
    parts: list[str] = []
    strs = [x for x in values if type(x) is str]
    nums = [x for x in values if _is_number(x) and math.isfinite(x)]
    rest = [x for x in values if type(x) in (list, dict)]
    if strs:
        guard = "" if known == "string" else f"type({v}) is str and "
        if len(strs) == 1:
            parts.append(f"{guard}{v} == {py_str(strs[0])}")
        else:
            name = c.const("frozenset(" + py_tuple([py_str(x) for x in strs]) + ")", "_S")
            parts.append(f"{guard}{v} in {name}")
    if None in values:
        parts.append(f"{v} is None")
    parts += [f"{v} is {flag}" for flag in (True, False) if any(x is flag for x in values)]
    if nums:
        name = c.const("frozenset(" + py_tuple([py_literal(x) for x in nums]) + ")", "_N")
        parts.append(f"(type({v}) is int or type({v}) is float) and {v} in {name}")
    if rest:
        name = c.const(py_tuple([py_literal(x) for x in rest]), "_C")
        c.use("json_in")
        parts.append(f"json_in({v}, {name})")
    if not parts:
        return "False"
    return parts[0] if len(parts) == 1 else " or ".join(f"({p})" for p in parts)


def emit_type(c: Compiler, fn: Fn, node: Node, v: str, path: str, known: str | None) -> str | None:
    """``{"type": "string"}`` / ``{"type": ["string", "null"]}``; returns the known type."""
    raw = node.schema["type"]
    kinds = [raw] if isinstance(raw, str) else raw
    if not isinstance(kinds, list) or not kinds or any(k not in _TYPES for k in kinds):
        raise CompileError(node.loc.pointer + "/type", "type", f"bad type {raw!r}")
    kinds = list(dict.fromkeys("number" if k == "integer" and "number" in kinds else k for k in kinds))
    if fn.mode == "f" and covers(kinds, known):
        return known  # already tested on this path (the fast path knows it returned otherwise)
    if len(kinds) == 1:
        cond = negated_type_test(kinds[0], v)
    else:
        cond = "not (" + " or ".join(type_test(k, v) for k in kinds) + ")"
    want = " or ".join(kinds)
    host_msg = f'short_repr({v}) + " is not of type {want}"'
    c.check(fn, cond, node, "type", host_msg, path)
    return kinds[0] if len(kinds) == 1 and fn.mode == "f" else known

def emit_enum(c: Compiler, fn: Fn, node: Node, v: str, path: str, known: str | None) -> None:
    """``{"enum": ["a", 1, null]}`` and ``{"const": {"a": 1}}`` (JSON equality)."""
    for key in ("const", "enum"):
        if key not in node.schema:
            continue
        values = [node.schema[key]] if key == "const" else node.schema[key]
        if not isinstance(values, list):
            raise CompileError(node.loc.pointer + "/enum", "enum", "enum must be an array")
        text = py_str(" is not " + ("one of " if key == "enum" else "") + _clip(values if key == "enum" else values[0]))
        c.check(fn, negate(value_test(c, values, v, known)), node, key, f"short_repr({v}) + {text}", path)

def emit_string(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: object = None) -> None:
    """``{"minLength": 1, "maxLength": 20, "pattern": "^a", "format": "email"}``."""
    s = node.schema
    for key, op in (("minLength", "<"), ("maxLength", ">")):
        if key in s:
            n = _count(node, key)
            says = "shorter" if op == "<" else "longer"
            c.check(fn, f"len({v}) {op} {n}", node, key, py_str(f"is {says} than {n} characters"), path)
    # maxLength is the cheap guard on a pattern or format: the fast path has returned already
    # when it fails; the error path must not run a regex on a string it rejected either (a
    # backtracking pattern on an over-long value is the ReDoS the bound is there to stop).
    guarded = fn.mode != "f" and "maxLength" in s and ("pattern" in s or "format" in s)
    with fn.w.block(f"if len({v}) <= {_count(node, 'maxLength')}:") if guarded else nullcontext():
        _emit_pattern_and_format(c, fn, node, v, path)


def _emit_pattern_and_format(c: Compiler, fn: Fn, node: Node, v: str, path: str) -> None:
    s = node.schema
    if "pattern" in s and (name := _checkable_pattern(c, node, s["pattern"])) is not None:
        msg = f'short_repr({v}) + " does not match " + {py_str(_clip(s["pattern"]))}'
        c.check(fn, f"{name}({v}) is None", node, "pattern", msg, path)  # bool (``Writer.return_true``)
    if "format" in s:
        fmt = s["format"]
        if not isinstance(fmt, str):
            raise CompileError(node.loc.pointer + "/format", "format", "format must be a string")
        if fmt not in FORMAT_CHECKERS:
            c.warn(node.loc.pointer + "/format", "format", f"unknown format {fmt!r} is not checked")
        elif c.formats == "assert":
            c.use("FORMAT_CHECKERS")
            name = c.const(f"FORMAT_CHECKERS[{py_str(fmt)}]", "_FMT")
            msg = f"short_repr({v}) + {py_str(' is not a valid ' + fmt + FORMAT_NOTES.get(fmt, ''))}"
            c.check(fn, f"not {name}({v})", node, "format", msg, path)

def string_tests(c: Compiler, node: Node, v: str) -> list[str]:
    """Conditions, each true when the *string* ``v`` passes one string keyword of ``node``."""
    s = node.schema
    tests = [f"len({v}) {op} {_count(node, key)}" for key, op in (("minLength", ">="), ("maxLength", "<=")) if key in s]
    if "pattern" in s and (name := _checkable_pattern(c, node, s["pattern"])) is not None:
        tests.append(f"{name}({v}) is not None")
    if "format" in s:
        fmt = s["format"]
        if not isinstance(fmt, str):
            raise CompileError(node.loc.pointer + "/format", "format", "format must be a string")
        if fmt not in FORMAT_CHECKERS:
            c.warn(node.loc.pointer + "/format", "format", f"unknown format {fmt!r} is not checked")
        elif c.formats == "assert":
            c.use("FORMAT_CHECKERS")
            tests.append(f"{c.const(f'FORMAT_CHECKERS[{py_str(fmt)}]', '_FMT')}({v})")
    return tests


def emit_number(c: Compiler, fn: Fn, node: Node, v: str, path: str, dyn: object = None) -> None:
    """``{"minimum": 0, "exclusiveMaximum": 10, "multipleOf": 0.01}`` (exact arithmetic)."""
    s = node.schema
    for key, op, says in _BOUNDS:
        if key in s:
            bound = s[key]
            if not _is_number(bound):
                raise CompileError(f"{node.loc.pointer}/{key}", key, f"{key} must be a number")
            msg = f"short_repr({v}) + {py_str(f' is {says} {bound!r}')}"
            c.check(fn, f"{v} {op} {py_literal(bound)}", node, key, msg, path)
    if "multipleOf" in s:
        d = s["multipleOf"]
        if not _is_number(d) or d <= 0 or not math.isfinite(d):
            raise CompileError(node.loc.pointer + "/multipleOf", "multipleOf", "must be > 0")
        c.use("multiple_of")
        c.imports.add("from fractions import Fraction")
        frac = c.const(f"Fraction({py_str(repr(d))})", "_D")
        if type(d) is int:
            cond = f"(type({v}) is int and {v} % {d}) or (type({v}) is float and not multiple_of({v}, {frac}))"
        else:
            cond = f"not multiple_of({v}, {frac})"
        c.check(fn, cond, node, "multipleOf", f"short_repr({v}) + {py_str(f' is not a multiple of {d!r}')}", path)

def _checkable_pattern(c: Compiler, node: Node, text: Any) -> str | None:
    """``compile_pattern`` for the ``pattern`` keyword, which only ever narrows strings: a
    pattern whose ECMA-262 meaning Python cannot reproduce is left unchecked, with a warning,
    instead of failing every validator of the document (the schema's other keywords still
    are). ``patternProperties`` and ``propertyNames`` decide which keys are checked how: those
    still fail."""
    try:
        return compile_pattern(c, node, "pattern", text)
    except CompileError as exc:
        if not isinstance(text, str):
            raise
        c.warn(exc.pointer, "pattern", f"{exc.message}: strings are not checked against it")
        return None


def compile_pattern(c: Compiler, node: Node, key: str, text: Any) -> str:
    """A module-level constant for the ECMA-262 pattern ``text``: the bound ``search`` method of
    its compiled regex (one call, no attribute lookup, at run time); the constant's name."""
    where = f"{node.loc.pointer}/{key}"
    if not isinstance(text, str):
        raise CompileError(where, key, "pattern must be a string")
    try:
        translated = translate_pattern(text)
        re.compile(translated, re.ASCII)
    except (ValueError, re.error) as exc:
        raise CompileError(where, key, f"unsupported pattern {text!r}: {exc}") from None
    c.imports.add("import re")
    return c.const(f"re.compile({py_str(translated)}, re.ASCII).search", "_P")


_BOUNDS = (
    ("minimum", "<", "less than the minimum"),
    ("maximum", ">", "greater than the maximum"),
    ("exclusiveMinimum", "<=", "not greater than"),
    ("exclusiveMaximum", ">=", "not less than"),
)


def _count(node: Node, key: str) -> int:
    n = node.schema[key]
    if type(n) is float and n.is_integer():
        n = int(n)
    if type(n) is not int or n < 0:
        raise CompileError(f"{node.loc.pointer}/{key}", key, f"{key} must be a non-negative integer")
    return n


def _clip(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def groups_allowed(raw: Any) -> frozenset[str]:
    """The keyword groups (the compiler's ``_GROUPS``) a value of the types ``raw`` names can
    need; all of them when ``type`` is absent (``emit_type`` refuses a malformed one)."""
    kinds = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else None
    if kinds is None:
        return frozenset({"string", "number", "object", "array"})
    return frozenset("number" if k == "integer" else k for k in kinds if isinstance(k, str))


count = _count
