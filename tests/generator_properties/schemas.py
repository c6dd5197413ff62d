"""Hypothesis strategies for JSON Schemas (2020-12) inside the strategy compiler's vocabulary.

``schemas()`` draws a root schema, about half the time with ``$defs`` whose members refer to
each other and to themselves through ``$ref`` (recursion), built from the keywords both keyword
tables handle (``generator/strategies/keywords.py``, ``generator/validation/keywords.py``):
type, enum/const, number bounds and multipleOf, string lengths, patterns and formats,
prefixItems/items/contains with minContains/maxContains, min/maxItems and uniqueItems,
properties/patternProperties/additionalProperties/propertyNames/required/dependentRequired/
dependentSchemas/min-maxProperties, allOf/anyOf/oneOf/not, if/then/else and
unevaluatedProperties.

Schemas are *type-led*: a node mostly picks a type and then keywords that constrain it, so
most draws are satisfiable and the properties get past the compiler; conflicts (bounds that
cross, enums outside the type, a ``not`` that excludes everything, a recursion with no finite
value) still come up through combinators and ``$ref``, and are what the refusal half of the
strategy property is about.

Patterns come from a small fixed set that stays clear of every documented oracle difference
(``tests/validation/oracle_differences.py``): no ``$`` end anchor, no ``\\d \\w \\s \\b``
shorthand classes, no lookaround. Formats are ones ``specloom_runtime.wire.formats`` asserts and
``jsonschema`` checks alike (not ``email``: the oracle only looks for an ``@``, a listed
difference; the named vendor date formats are checked by the proptest table).

``json_values()`` draws instances biased towards the vocabulary the schemas use (their property
names, enum values, pattern-ish strings), so validators meet valid and invalid values alike, and
``mutations()`` lists small edits of a value. ``in_place_cycle()`` finds the schemas that no
oracle can judge (a ``$ref`` loop that never consumes the instance).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any
from urllib.parse import quote, unquote

from hypothesis import settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, ValidationError, validators

__all__ = [
    "FAMILIES", "FORMATS", "Ctx", "ExactDraft202012Validator", "KEY_PATTERNS", "NAMES", "PATTERNS", "VALUES", "budget", "escape", "in_place_cycle",
    "family_schemas", "json_values", "mutations", "resolve_pointer", "schema_node", "schemas",
]  # fmt: skip

# Property names: plain ones, one that needs JSON-pointer escaping, one that looks like a keyword.
NAMES = ("a", "b", "c", "x_1", "a/b", "$ref")
# Value patterns (searched, so unanchored at the end); each has full matches Hypothesis can draw.
PATTERNS = ("^a", "b", "^[a-c]+", "x|y", "^[a-z]{1,3}", "[0-9]", "^ab*c", "^(ab)+", "[^a]")
# Key patterns for patternProperties.
KEY_PATTERNS = ("^x_", "^[a-c]", "1", "^z")
FORMATS = ("date", "date-time", "time", "ipv4", "ipv6", "uuid", "hostname", "uri", "dd/mm/yyyy", "yyyy.mm.dd hh:mm:ss")
# Values for enum/const: every JSON kind, with 1 / 1.0 / True to exercise JSON equality.
VALUES: tuple[Any, ...] = (None, True, False, 0, 1, 1.0, -3, 2.5, "", "a", "ab", "x_1", [], [1, "a"], {}, {"a": 1}, {"b": None})
# $defs names: plain, with a space (percent-encoded in a $ref) and with "~" (escaped as ~0).
DEF_NAMES = ("node", "leaf", "a b", "t~1")

_INTS = st.integers(-20, 20)
_NUMS = st.sampled_from((-10, -2.5, 0, 0.5, 1, 3, 7.25, 100))
_MULTIPLES = st.sampled_from((1, 2, 3, 5, 0.5, 0.25, 1.5))


def budget(at_ci: int) -> int:
    """``at_ci`` examples under the ``ci`` profile (50 examples a test), scaled with the loaded
    profile (``thorough``, 500, runs ten times as many)."""
    current = settings.default.max_examples if settings.default is not None else 50
    return max(1, at_ci * current // 50)


def escape(token: str) -> str:
    """``token`` as it appears in a ``$ref``: RFC 6901 escaped, then percent-encoded (RFC 3986)."""
    return quote(token.replace("~", "~0").replace("/", "~1"), safe="~$!&'()*+,;=:@")


def _maybe(draw: st.DrawFn, schema: dict[str, Any], key: str, values: st.SearchStrategy[Any], percent: int = 30) -> None:
    if draw(st.integers(0, 99)) < percent:
        schema[key] = draw(values)


def _integer(draw: st.DrawFn) -> dict[str, Any]:
    s: dict[str, Any] = {"type": "integer"}
    lo = draw(st.none() | _INTS)
    if lo is not None:
        s[draw(st.sampled_from(("minimum", "exclusiveMinimum")))] = lo
    hi = draw(st.none() | _INTS)
    if hi is not None:
        s[draw(st.sampled_from(("maximum", "exclusiveMaximum")))] = hi if lo is None else max(hi, lo + draw(st.integers(0, 15)))
    _maybe(draw, s, "multipleOf", st.sampled_from((2, 3, 5)), 25)
    return s


def _number(draw: st.DrawFn) -> dict[str, Any]:
    s: dict[str, Any] = {"type": "number"}
    _maybe(draw, s, draw(st.sampled_from(("minimum", "exclusiveMinimum"))), _NUMS)
    low = s.get("minimum", s.get("exclusiveMinimum"))
    if draw(st.booleans()):
        hi = draw(_NUMS)
        s[draw(st.sampled_from(("maximum", "exclusiveMaximum")))] = hi if low is None else low + abs(hi) + 1
    _maybe(draw, s, "multipleOf", _MULTIPLES, 25)
    return s


def _string(draw: st.DrawFn, formats: Sequence[str]) -> dict[str, Any]:
    s: dict[str, Any] = {"type": "string"}
    how = draw(st.sampled_from(("plain", "plain", "pattern", "format")))
    if how == "pattern":
        s["pattern"] = draw(st.sampled_from(PATTERNS))
        _maybe(draw, s, "maxLength", st.integers(3, 8), 20)
    elif how == "format":
        s["format"] = draw(st.sampled_from(formats))
    else:
        lo = draw(st.none() | st.integers(0, 4))
        if lo is not None:
            s["minLength"] = lo
        _maybe(draw, s, "maxLength", st.integers(lo or 0, (lo or 0) + 6), 40)
    return s


def _same(a: Any, b: Any) -> bool:
    """JSON equality for the flat values of ``VALUES`` (1 == 1.0, True != 1)."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b
    return type(a) in (int, float) and type(b) in (int, float) and a == b or type(a) is type(b) and a == b


def _enum(draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.booleans()):
        return {"const": draw(st.sampled_from(VALUES))}
    unique: list[Any] = []
    for v in draw(st.lists(st.sampled_from(VALUES), min_size=1, max_size=4)):
        if not any(_same(v, u) for u in unique):  # enum items should be unique
            unique.append(v)
    return {"enum": unique}


def _leaf(draw: st.DrawFn, ctx: Ctx) -> Any:
    kind = draw(st.sampled_from(("integer", "number", "string", "string", "enum", "null", "boolean", "true", "ref", "bool")))
    if kind == "ref" and ctx.refs:
        return {"$ref": draw(st.sampled_from(ctx.refs))}
    if kind == "integer":
        return _integer(draw)
    if kind == "number":
        return _number(draw)
    if kind in ("string", "ref"):
        return _string(draw, ctx.formats)
    if kind == "enum":
        return _enum(draw)
    if kind == "bool":
        return draw(st.sampled_from((True, True, False)))
    if kind == "true":
        return {}
    return {"type": kind}


def _array(draw: st.DrawFn, ctx: Ctx, depth: int) -> dict[str, Any]:
    s: dict[str, Any] = {"type": "array"}
    sub = schema_node(ctx, depth - 1)
    if draw(st.integers(0, 3)) == 0:
        s["prefixItems"] = [draw(sub) for _ in range(draw(st.integers(1, 2)))]
    if draw(st.integers(0, 3)) > 0:
        s["items"] = draw(sub) if draw(st.integers(0, 5)) else False
    if draw(st.integers(0, 4)) == 0:
        s["contains"] = draw(sub)
        _maybe(draw, s, "minContains", st.integers(0, 2))
        _maybe(draw, s, "maxContains", st.integers(s.get("minContains", 1), 3))
    _maybe(draw, s, "minItems", st.integers(0, 2))
    _maybe(draw, s, "maxItems", st.integers(s.get("minItems", 0), 4))
    _maybe(draw, s, "uniqueItems", st.booleans(), 25)
    return s


def _object(draw: st.DrawFn, ctx: Ctx, depth: int) -> dict[str, Any]:
    s: dict[str, Any] = {"type": "object"}
    sub = schema_node(ctx, depth - 1)
    names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=3))
    if names:
        s["properties"] = {n: draw(sub) for n in names}
    required = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=2))
    if required:
        s["required"] = required
    if draw(st.integers(0, 4)) == 0:
        s["patternProperties"] = {p: draw(sub) for p in draw(st.lists(st.sampled_from(KEY_PATTERNS), unique=True, min_size=1, max_size=2))}
    if draw(st.integers(0, 2)) == 0:
        s["additionalProperties"] = draw(st.sampled_from((False, True)) | sub)
    if draw(st.integers(0, 6)) == 0:
        s["propertyNames"] = draw(st.sampled_from(({"maxLength": 3}, {"pattern": "^[a-z]"}, {"not": {"const": "b"}})))
    if draw(st.integers(0, 5)) == 0:
        s["dependentRequired"] = {draw(st.sampled_from(NAMES)): draw(st.lists(st.sampled_from(NAMES), unique=True, min_size=1, max_size=2))}
    if draw(st.integers(0, 8)) == 0:
        s["dependentSchemas"] = {draw(st.sampled_from(NAMES)): draw(sub)}
    _maybe(draw, s, "minProperties", st.integers(0, 2), 15)
    _maybe(draw, s, "maxProperties", st.integers(s.get("minProperties", 0) + len(required), 5), 15)
    return s


def _combinator(draw: st.DrawFn, ctx: Ctx, depth: int) -> Any:
    which = draw(st.sampled_from(("allOf", "anyOf", "oneOf", "not", "if", "typed+applicator")))
    sub = schema_node(ctx, depth - 1)
    if which == "not":
        return {"not": draw(sub)}
    if which == "if":
        s = {"if": draw(sub), "then": draw(sub)}
        if draw(st.booleans()):
            s["else"] = draw(sub)
        return s
    if which == "typed+applicator":  # a typed container with an applicator next to its keywords
        base = _array(draw, ctx, depth - 1) if depth > 1 and draw(st.booleans()) else _object(draw, ctx, max(depth - 1, 1))
        base[draw(st.sampled_from(("anyOf", "oneOf", "allOf")))] = [draw(sub) for _ in range(2)]
        if base["type"] == "object" and draw(st.integers(0, 3)) == 0:
            base["unevaluatedProperties"] = draw(st.sampled_from((False, {"type": "integer"})))
        return base
    node = {which: [draw(sub) for _ in range(draw(st.integers(1, 3)))]}
    if draw(st.integers(0, 3)) == 0:
        node["type"] = draw(st.sampled_from(("object", "string", "integer", ["integer", "null"], ["string", "array"])))
    return node


@dataclass(frozen=True)
class Ctx:
    """What a schema node may use: the ``$ref`` strings of its document, the formats."""

    refs: Sequence[str] = ()
    formats: Sequence[str] = FORMATS


@st.composite
def schema_node(draw: st.DrawFn, ctx: Ctx, depth: int = 3) -> Any:
    """One schema (a dict or a boolean) nested at most ``depth`` deep."""
    kind = draw(st.integers(0, 9)) if depth > 0 else 0
    if kind < 4:
        return _leaf(draw, ctx)
    if kind < 6:
        return _array(draw, ctx, depth)
    if kind < 8:
        return _object(draw, ctx, depth)
    return _combinator(draw, ctx, depth)


@st.composite
def schemas(draw: st.DrawFn, max_depth: int = 3, formats: Sequence[str] = FORMATS) -> Any:
    """A root schema; about half have ``$defs`` (possibly recursive) and a root that uses them."""
    defs = draw(st.lists(st.sampled_from(DEF_NAMES), unique=True, max_size=2))
    refs = [f"#/$defs/{escape(d)}" for d in defs]
    ctx = Ctx(refs, formats)
    root = draw(schema_node(ctx, max_depth))
    if not defs:
        return root
    body = {name: draw(schema_node(ctx, max_depth - 1)) for name in defs}
    if not isinstance(root, dict) or not any(ref in repr(root) for ref in refs):  # make the root use a def
        use = {"$ref": draw(st.sampled_from(refs))}
        root = {"allOf": [root, use]} if draw(st.booleans()) else use
    return {**root, "$defs": body}


FAMILIES = ("integer", "number", "string", "enum", "array", "object", "applicator")


@st.composite
def family_schemas(draw: st.DrawFn, family: str, formats: Sequence[str] = FORMATS) -> Any:
    """A shallow schema of one keyword family (containers and applicators over leaves)."""
    ctx = Ctx(formats=formats)
    if family == "array":
        return _array(draw, ctx, 1)
    if family == "object":
        return _object(draw, ctx, 1)
    if family == "applicator":
        return _combinator(draw, ctx, 1)
    return {"integer": _integer, "number": _number, "enum": _enum}.get(family, lambda d: _string(d, formats))(draw)


_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-25, 25), st.sampled_from((0.5, 1.0, 2.5, -2.5, 7.25, 1e20)),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from(("b", "abc", "ababc", "xy1", "a/b", "$ref", "x_2", "2024-02-29", "1.2.3.4", "z", "bb")),
    st.text(max_size=4),
)


def json_values() -> st.SearchStrategy[Any]:
    """JSON values that use the schemas' vocabulary (names, enum values, pattern-ish strings)."""
    keys = st.sampled_from((*NAMES, "x_2", "z", "b1")) | st.text(max_size=3)
    return st.recursive(
        _SCALARS | st.sampled_from(VALUES),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
        max_leaves=10,
    )


def mutations(value: Any) -> list[Any]:
    """Small edits of a (valid) value; each may or may not stay valid, validators must agree."""
    out: list[Any] = [None, [value], {"a": value}]
    if isinstance(value, bool):
        out += [not value, int(value)]
    elif isinstance(value, int | float):
        out += [value + 1, value - 1, -value, value + 0.5, str(value)]
    elif isinstance(value, str):
        out += [value + "a", value[1:], value[:-1], "x" + value, value + " ", value.upper()]
    elif isinstance(value, list):
        out += [value[1:], value + value[:1], [*value, None], list(reversed(value))]
    elif isinstance(value, dict):
        for key in list(value)[:3]:
            out += [{k: v for k, v in value.items() if k != key}, {**value, key: None}]
        out += [{**value, "zz": 1}, {**value, "x_9": "s"}, {**value, "a": []}]
    return out


# -- the oracle's multipleOf ----------------------------------------------------------------------


def _decimal(number: int | float) -> Fraction:
    """A JSON number exactly: an int as is, a float as the shortest decimal that reads back as it
    (the number text it came from), not its binary expansion."""
    return Fraction(number) if isinstance(number, int) else Fraction(repr(number))


def _exact_multiple_of(validator: Any, divisor: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "number") and _decimal(instance) % _decimal(divisor) != 0:
        yield ValidationError(f"{instance!r} is not a multiple of {divisor}")


# ``jsonschema`` with one keyword replaced. 2020-12 section 6.2.1: a number is valid "if division
# by this keyword's value results in an integer" -- arithmetic on numbers, while jsonschema divides
# in binary floating point: it accepts 6755399441055745 as a multiple of 1.5 (the quotient rounds
# to an integer past 2**52) and refuses 4.35 as a multiple of 0.05. Everything else is jsonschema.
ExactDraft202012Validator = validators.extend(Draft202012Validator, {"multipleOf": _exact_multiple_of})


# -- schemas no oracle can judge ------------------------------------------------------------------

IN_PLACE = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at an RFC 6901 ``pointer`` (``KeyError`` if none), written here for the oracle."""
    node = document
    for raw in pointer.split("/")[1:] if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def _refs(node: Any, keys: Sequence[str] | None) -> set[str]:
    """Local ``$ref`` targets under ``node``: through ``keys`` only, or everywhere (None)."""
    found: set[str] = set()
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, list) and keys is None:
            todo += item
        if not isinstance(item, dict):
            continue
        ref = item.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            found.add(unquote(ref[1:]))
        for key, value in item.items():
            if keys is None and key not in ("enum", "const"):
                todo.append(value)
            elif keys is not None and key in keys:
                todo += value if isinstance(value, list) else list(value.values()) if key == "dependentSchemas" else [value]
    return found


def in_place_cycle(document: Any) -> str | None:
    """A schema that reaches itself through local ``$ref``s without passing an object or array
    keyword (only ``allOf``/``anyOf``/``oneOf``/``not``/``if``/``then``/``else``/
    ``dependentSchemas``), or None. Validating against one can loop forever -- 2020-12 core
    section 7.7.1: "Schemas MUST NOT be run into an infinite loop against an instance" -- so no
    oracle has a verdict to compare with."""
    edges: dict[str, set[str]] = {}
    for target in _refs(document, None):
        try:
            edges[target] = _refs(resolve_pointer(document, target), IN_PLACE)
        except KeyError:
            continue
    for start, first in edges.items():
        seen: set[str] = set()
        todo = list(first)
        while todo:
            nxt = todo.pop()
            if nxt == start:
                return start
            if nxt not in seen:
                seen.add(nxt)
                todo += edges.get(nxt, ())
    return None
