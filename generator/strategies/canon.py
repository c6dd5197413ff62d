"""Canonicalise: a JSON Schema object (2020-12, local ``$ref``s) -> a ``Shape``.

Input: a resolved document (an OpenAPI file or a bare schema) and JSON pointers into it.
Output: cached shapes, one per pointer. Every keyword goes through ``keywords.KEYWORDS``: a
handler turns it into facts, an annotation is ignored knowingly, anything else is a located
``StrategyError`` (keyword and pointer). ``allOf`` is merged into its parent here; the other
applicators become ``Rule``s for the emitters. A ``$ref`` standing alone stays a reference to
the named shape at its target, which is how recursive schemas stay finite (``st.deferred``).
``unevaluatedProperties``/``unevaluatedItems`` are folded in once the keys or items a schema
evaluates are known (after expanding its own rules when it has some).
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any
from urllib.parse import unquote

from specloom_runtime.wire import FORMAT_CHECKERS, translate_pattern

from specloom.cycles import in_place_cycles
from specloom.diagnostics import escape_token
from specloom.resolve import pointer_get
from specloom.strategies.algebra import Algebra, search
from specloom.strategies.dnf import expand, fold_unevaluated
from specloom.strategies.keywords import lookup
from specloom.strategies.shapes import (
    FALSE,
    NUMBER_KINDS,
    TRUE,
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
    StrategyError,
    StringFacet,
    evolve,
)  # fmt: skip

__all__ = ["Canon", "TYPE_KINDS"]

TYPE_KINDS = {
    "null": frozenset({"null"}), "boolean": frozenset({"boolean"}), "integer": frozenset({"integer"}),
    "number": NUMBER_KINDS, "string": frozenset({"string"}), "array": frozenset({"array"}),
    "object": frozenset({"object"}),
}  # fmt: skip
_LOOKAROUND = re.compile(r"\(\?<?[=!]")


class Canon:
    """Shapes of the schemas of one document, by JSON pointer (see the module docstring)."""

    def __init__(self, document: Any, in_place: frozenset[str] | None = None) -> None:
        """``in_place``: the document's ``cycles.in_place_cycles``, when the caller has them
        (found on first use otherwise)."""
        self.document = document
        self.algebra = Algebra(self.shape_at)
        self._cache: dict[str, Shape] = {}
        self._busy: set[str] = set()
        self._in_place = in_place

    def shape_at(self, pointer: str) -> Shape:
        """The shape of the schema at ``pointer`` (computed once)."""
        cached = self._cache.get(pointer)
        if cached is not None:
            return cached
        if pointer in self._busy:
            raise StrategyError("$ref", pointer, "the schema contains itself through allOf/$ref with no object or array in between; beyond the strategy compiler")
        if self._in_place is None:
            self._in_place = in_place_cycles(self.document)
        if pointer in self._in_place:
            raise StrategyError("$ref", pointer, "the schema refers to itself through $ref and allOf/anyOf/oneOf/not/if/dependentSchemas with no object or array in between (validation could loop forever); beyond the strategy compiler")
        self._busy.add(pointer)
        self.algebra.filled += 1  # its merges are charged now, not when it is asked again (``memo``)
        try:
            try:
                schema = pointer_get(self.document, pointer)
            except KeyError:
                raise StrategyError("$ref", pointer, "no schema at this pointer") from None
            shape = self._of(schema, pointer)
        finally:
            self._busy.discard(pointer)
        self._cache[pointer] = shape
        return shape

    def known(self, pointer: str) -> Shape | None:
        """The shape of the schema at ``pointer`` if it was computed already, else None: a
        question that must not do (or charge) a schema's work (``specloom.strategies.width``)."""
        return self._cache.get(pointer)

    def target(self, pointer: str) -> str | None:
        """The pointer a lone ``$ref`` at ``pointer`` stands for (None if it is not one)."""
        schema = pointer_get(self.document, pointer)
        if isinstance(schema, dict) and "$ref" in schema and all(k == "$ref" or _is_annotation(k) for k in schema):
            return self._ref_pointer(schema["$ref"], pointer)
        return None

    # -- one schema object ----------------------------------------------------------------------

    def _of(self, schema: Any, pointer: str) -> Shape:
        if schema is True:
            return evolve(TRUE, where=pointer)
        if schema is False:
            return evolve(FALSE, where=pointer)
        if not isinstance(schema, dict):
            raise StrategyError("", pointer, "a schema must be an object or a boolean")
        handlers: list[str] = []
        for key in schema:
            entry = lookup(key) if isinstance(key, str) else None
            where = f"{pointer}/{escape_token(str(key))}"
            if entry is None:
                raise StrategyError(str(key), where, "unknown keyword")
            if entry.role == "refused":
                raise StrategyError(key, where, entry.reason)
            if key == "$id" and pointer:
                raise StrategyError(key, where, "an embedded $id changes how $refs resolve; beyond the strategy compiler")
            if entry.role == "handler" and entry.handler not in handlers:
                handlers.append(entry.handler)
        if handlers == ["ref"]:
            return Shape(ref=self._ref_pointer(schema["$ref"], pointer), where=pointer)
        parts = [getattr(self, "_" + h)(schema, pointer) for h in handlers if h not in ("unevaluated_properties", "unevaluated_items")]
        shape = self.algebra.merge_all(parts)
        shape = evolve(shape, where=pointer)
        if "unevaluatedItems" in schema or "unevaluatedProperties" in schema:
            shape = evolve(self.algebra.deref(shape), where=pointer)  # folding needs the facts
        if "unevaluatedItems" in schema:
            shape = self._fold_items(shape, self.shape_at(pointer + "/unevaluatedItems"))
        if "unevaluatedProperties" in schema:
            shape = self._fold_properties(shape, self.shape_at(pointer + "/unevaluatedProperties"), pointer)
        return shape

    def _ref_pointer(self, ref: Any, pointer: str) -> str:
        where = pointer + "/$ref"
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise StrategyError("$ref", where, f"only local JSON-pointer references are supported, not {ref!r}")
        target = unquote(ref[1:])
        if target and not target.startswith("/"):
            raise StrategyError("$ref", where, f"anchor references ({ref!r}) are beyond the strategy compiler")
        return target

    @staticmethod
    def _at(schema: dict[str, Any], pointer: str, keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        return tuple((k, f"{pointer}/{k}") for k in keys if k in schema)

    def _child(self, pointer: str, *tokens: str | int) -> Shape:
        return self.shape_at(pointer + "".join("/" + escape_token(str(t)) for t in tokens))

    # -- handlers (one per entry of the keyword table) -------------------------------------------

    def _ref(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"$ref": "#/$defs/a", "minLength": 1}``: the target merged with its siblings."""
        return self.shape_at(self._ref_pointer(schema["$ref"], pointer))

    def _all_of(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"allOf": [A, B]}``: merged into one shape."""
        branches = _list(schema, "allOf", pointer)
        return self.algebra.merge_all([self._child(pointer, "allOf", i) for i in range(len(branches))])

    def _any_of(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"anyOf": [A, B]}``: a rule, drawn as one branch merged with the rest."""
        branches = _list(schema, "anyOf", pointer)
        return Shape(rules=(AnyOf(tuple(self._child(pointer, "anyOf", i) for i in range(len(branches))), pointer + "/anyOf"),))

    def _one_of(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"oneOf": [A, B]}``: a rule; a branch is merged with the negation of the others."""
        branches = _list(schema, "oneOf", pointer)
        return Shape(rules=(OneOf(tuple(self._child(pointer, "oneOf", i) for i in range(len(branches))), pointer + "/oneOf"),))

    def _not_(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"not": S}``: merged in directly when its negation is one exact shape, else a rule."""
        inner = self._child(pointer, "not")
        deref = self.algebra.deref(inner)
        if not deref.rules:
            alts, gaps = self.algebra.negate(deref)
            if len(alts) == 1 and not gaps:
                return evolve(alts[0], where=pointer, at=(("not", pointer + "/not"),))
        return Shape(rules=(Not(inner, pointer + "/not"),))

    def _if_(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"if": C, "then": T, "else": E}`` (then/else default to true; no if: ignored)."""
        if "if" not in schema or ("then" not in schema and "else" not in schema):
            return TRUE
        then = self._child(pointer, "then") if "then" in schema else TRUE
        other = self._child(pointer, "else") if "else" in schema else TRUE
        return Shape(rules=(IfThenElse(self._child(pointer, "if"), then, other, pointer + "/if"),))

    def _dependent_schemas(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"dependentSchemas": {"a": S}}``: when ``a`` is present, the object satisfies S."""
        deps = _dict(schema, "dependentSchemas", pointer)
        return Shape(rules=tuple(DependentSchema(name, self._child(pointer, "dependentSchemas", name), f"{pointer}/dependentSchemas/{escape_token(name)}")
                                 for name in deps))  # fmt: skip

    def _type(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"type": "string"}`` / ``{"type": ["integer", "null"]}``."""
        raw = schema["type"]
        names = [raw] if isinstance(raw, str) else raw
        if not isinstance(names, list) or not names or any(n not in TYPE_KINDS for n in names):
            raise StrategyError("type", pointer + "/type", f"bad type {raw!r}")
        kinds: frozenset[str] = frozenset().union(*(TYPE_KINDS[n] for n in names))
        return Shape(kinds=kinds, at=(("type", pointer + "/type"),))

    def _enum(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"enum": ["a", 1]}`` and ``{"const": "a"}`` (both may appear: their intersection)."""
        parts = []
        if "enum" in schema:
            if not isinstance(schema["enum"], list):
                raise StrategyError("enum", pointer + "/enum", "enum must be an array")
            parts.append(Shape(enum=tuple(schema["enum"]), at=(("enum", pointer + "/enum"),)))
        if "const" in schema:
            parts.append(Shape(enum=(schema["const"],), at=(("const", pointer + "/const"),)))
        return self.algebra.merge_all(parts)

    def _number(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"minimum": 0, "exclusiveMaximum": 10, "multipleOf": 0.5}``."""
        for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
            if key in schema and type(schema[key]) not in (int, float):
                raise StrategyError(key, f"{pointer}/{key}", f"{key} must be a number")
        f = NumberFacet()
        for key, low, excl in (("minimum", True, False), ("exclusiveMinimum", True, True), ("maximum", False, False), ("exclusiveMaximum", False, True)):
            if key in schema:
                bound = Shape(number=NumberFacet(lo=schema[key], lo_excl=excl) if low else NumberFacet(hi=schema[key], hi_excl=excl))
                f = self.algebra.merge(Shape(number=f), bound).number
        if "multipleOf" in schema:
            d = schema["multipleOf"]
            if d <= 0 or d != d or d in (float("inf"),):
                raise StrategyError("multipleOf", pointer + "/multipleOf", "multipleOf must be > 0")
            f = evolve(f, multiple=Fraction(d) if type(d) is int else Fraction(repr(d)))
        keys = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
        return Shape(number=f, at=self._at(schema, pointer, keys))

    def _string(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``{"minLength": 1, "maxLength": 9, "pattern": "^a", "format": "date"}``."""
        lo = _count(schema, "minLength", pointer) or 0
        hi = _count(schema, "maxLength", pointer)
        patterns: tuple[str, ...] = ()
        if "pattern" in schema:
            patterns = (check_pattern(schema["pattern"], pointer + "/pattern"),)
        formats: tuple[str, ...] = ()
        if "format" in schema:
            if not isinstance(schema["format"], str):
                raise StrategyError("format", pointer + "/format", "format must be a string")
            # Unknown formats are not asserted by the validators either: an annotation here too.
            formats = (schema["format"],) if schema["format"] in FORMAT_CHECKERS else ()
        at = self._at(schema, pointer, ("minLength", "maxLength", "pattern", "format"))
        return Shape(string=StringFacet(lo, hi, patterns, (), formats), at=at)

    def _array(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``prefixItems``, ``items``, ``contains`` (+ min/maxContains), min/maxItems, uniqueItems."""
        prefix = tuple(self._child(pointer, "prefixItems", i) for i in range(len(_list(schema, "prefixItems", pointer, allow_missing=True))))
        items = self._child(pointer, "items") if "items" in schema else None
        contains: tuple[Contains, ...] = ()
        if "contains" in schema:
            least = _count(schema, "minContains", pointer)
            contains = (Contains(self._child(pointer, "contains"), 1 if least is None else least, _count(schema, "maxContains", pointer)),)
        unique = schema.get("uniqueItems", False)
        if not isinstance(unique, bool):
            raise StrategyError("uniqueItems", pointer + "/uniqueItems", "uniqueItems must be a boolean")
        facet = ArrayFacet(prefix, items, _count(schema, "minItems", pointer) or 0, _count(schema, "maxItems", pointer), unique, contains)
        keys = ("prefixItems", "items", "contains", "minItems", "maxItems", "uniqueItems")
        return Shape(array=facet, at=self._at(schema, pointer, keys))

    def _object(self, schema: dict[str, Any], pointer: str) -> Shape:
        """``properties``, ``patternProperties``, ``additionalProperties``, ``propertyNames``,
        ``required``, ``dependentRequired``, min/maxProperties."""
        declared = _dict(schema, "properties", pointer, allow_missing=True)
        patterns = tuple((check_pattern(p, f"{pointer}/patternProperties"), self._child(pointer, "patternProperties", p))
                         for p in _dict(schema, "patternProperties", pointer, allow_missing=True))  # fmt: skip
        props = []
        for name in declared:
            shape = self._child(pointer, "properties", name)
            for p, s in patterns:
                if search(p, name):  # a named key matching a pattern obeys both
                    shape = self.algebra.merge(shape, s)
            props.append((name, shape))
        required = _list(schema, "required", pointer, allow_missing=True)
        dep = _dict(schema, "dependentRequired", pointer, allow_missing=True)
        if not all(isinstance(r, str) for r in required) or not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in dep.values()):
            raise StrategyError("required", pointer, "required/dependentRequired must list property names")
        facet = ObjectFacet(
            props=tuple(props), required=frozenset(required), patterns=patterns,
            additional=self._child(pointer, "additionalProperties") if "additionalProperties" in schema else None,
            names=self._child(pointer, "propertyNames") if "propertyNames" in schema else None,
            min_props=_count(schema, "minProperties", pointer) or 0, max_props=_count(schema, "maxProperties", pointer),
            dep_required=tuple((k, tuple(v)) for k, v in dep.items()),
            evaluated=frozenset(declared), evaluates_all="additionalProperties" in schema,
        )  # fmt: skip
        keys = ("properties", "patternProperties", "additionalProperties", "propertyNames", "required",
                "dependentRequired", "minProperties", "maxProperties")  # fmt: skip
        return Shape(obj=facet, at=self._at(schema, pointer, keys))

    # -- unevaluated* ---------------------------------------------------------------------------

    def _fold_properties(self, shape: Shape, unevaluated: Shape, pointer: str) -> Shape:
        """Fold ``unevaluatedProperties`` into each alternative of the schema's own rules."""
        at = shape.at + (("unevaluatedProperties", pointer + "/unevaluatedProperties"),)
        if not shape.rules:
            return evolve(fold_unevaluated(self.algebra, shape, unevaluated), at=at)
        alts = self._unfolded(expand(self.algebra, shape)[0], pointer)
        if not alts:
            return evolve(FALSE, where=pointer)
        # The base facts stay (every alternative satisfies them); the rules become the folded
        # alternatives, each with the keys its own branches evaluated.
        folded = tuple(fold_unevaluated(self.algebra, a, unevaluated) for a in alts)
        return evolve(shape, rules=(AnyOf(folded, pointer + "/unevaluatedProperties"),), at=at)

    def _unfolded(self, alts: list[Shape], pointer: str) -> list[Shape]:
        """``alts`` with each branch that is a ``$ref`` (``anyOf: [{$ref: X}]``) replaced by X's
        facts, its own rules expanded: a ``$ref`` is drawn by X's strategy, which knows nothing of
        the ``unevaluatedProperties`` around it (X: ``required: [a]`` drew objects with an ``a``
        that no ``properties`` evaluates, every one refused)."""
        for _ in range(_UNFOLDINGS):
            if all(a.ref is None for a in alts):
                return alts
            alts = [b for a in alts for b in ([a] if a.ref is None else expand(self.algebra, self.algebra.deref(a))[0])]
        raise StrategyError("unevaluatedProperties", pointer + "/unevaluatedProperties", "branches that are $refs to branches that are $refs, too deep; beyond the strategy compiler")

    def _fold_items(self, shape: Shape, unevaluated: Shape) -> Shape:
        # Items matched by ``contains`` count as evaluated; requiring them to satisfy the
        # unevaluated schema as well only narrows what is drawn.
        f = shape.array
        if f.items is not None or unevaluated.is_true:
            return shape
        contains = tuple(evolve(c, shape=self.algebra.merge(c.shape, unevaluated)) for c in f.contains)
        return evolve(shape, array=evolve(f, items=unevaluated, contains=contains))


_UNFOLDINGS = 8  # $refs followed through branches of branches (anyOf: [{$ref: X}], X: anyOf: [{$ref: Y}]...)


def check_pattern(pattern: Any, where: str) -> str:
    """An ECMA-262 pattern the validators can translate (else a located error)."""
    if not isinstance(pattern, str):
        raise StrategyError("pattern", where, "pattern must be a string")
    try:
        re.compile(translate_pattern(pattern), re.ASCII)
    except (ValueError, re.error) as exc:
        raise StrategyError("pattern", where, f"unsupported pattern {pattern!r}: {exc}") from None
    return pattern


def generable(pattern: str) -> bool:
    """Whether Hypothesis can draw full matches of ``pattern`` without filtering (no lookaround)."""
    return _LOOKAROUND.search(translate_pattern(pattern)) is None


def _is_annotation(key: str) -> bool:
    entry = lookup(key)
    return entry is not None and entry.role in ("annotation", "structure")


def _count(schema: dict[str, Any], key: str, pointer: str) -> int | None:
    if key not in schema:
        return None
    n = schema[key]
    if type(n) is float and n.is_integer():
        n = int(n)
    if type(n) is not int or n < 0:
        raise StrategyError(key, f"{pointer}/{key}", f"{key} must be a non-negative integer")
    return n


def _list(schema: dict[str, Any], key: str, pointer: str, allow_missing: bool = False) -> list[Any]:
    value = schema.get(key, [] if allow_missing else None)
    if not isinstance(value, list) or (not value and not allow_missing):
        raise StrategyError(key, f"{pointer}/{key}", f"{key} must be a non-empty array")
    return value


def _dict(schema: dict[str, Any], key: str, pointer: str, allow_missing: bool = False) -> dict[str, Any]:
    value = schema.get(key, {} if allow_missing else None)
    if not isinstance(value, dict):
        raise StrategyError(key, f"{pointer}/{key}", f"{key} must be an object")
    return value
