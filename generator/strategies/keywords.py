"""The strategy compiler's keyword table: every JSON Schema 2020-12 keyword -> what generation does.

Input: a keyword found in a schema object. Output: a ``Keyword`` entry -- the name of the
``canon`` handler that turns it into facts of a ``Shape``, or ``annotation`` (knowingly ignored:
it does not restrict which instances are valid), or ``refused`` with the reason. A test asserts
the table covers the whole 2020-12 vocabulary (the same list the validator compiler is checked
against), so a keyword can never be skipped silently: a generator that ignores a constraint
draws invalid data.

Keywords that only mean something together name the same handler (``if``/``then``/``else``,
``contains``/``minContains``/``maxContains``, the length pairs); the handler reads its partners.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from specloom.validation.keywords import DRAFT_2020_12_KEYWORDS

__all__ = ["Keyword", "KEYWORDS", "lookup"]

Role = Literal["handler", "structure", "annotation", "refused"]


@dataclass(frozen=True, slots=True)
class Keyword:
    """``role`` says what generation does with the keyword; ``handler`` names the canon method."""

    role: Role
    handler: str = ""
    reason: str = ""


def _h(handler: str) -> Keyword:
    return Keyword("handler", handler)


def _refuse(reason: str) -> Keyword:
    return Keyword("refused", reason=reason)


_ANNOTATION = Keyword("annotation")
_STRUCTURE = Keyword("structure")  # read by the canonicaliser itself, never a constraint

KEYWORDS: dict[str, Keyword] = {
    # core
    "$schema": _STRUCTURE,
    "$id": _STRUCTURE,  # only at the root of a compiled schema; elsewhere refused by canon
    "$defs": _STRUCTURE,
    "definitions": _STRUCTURE,
    "$comment": _ANNOTATION,
    "$vocabulary": _STRUCTURE,
    "$ref": _h("ref"),
    "$anchor": _refuse("anchors are beyond the strategy compiler (use JSON-pointer $refs)"),
    "$dynamicRef": _refuse("$dynamicRef is beyond the strategy compiler"),
    "$dynamicAnchor": _refuse("$dynamicAnchor is beyond the strategy compiler"),
    # applicators
    "allOf": _h("all_of"),
    "anyOf": _h("any_of"),
    "oneOf": _h("one_of"),
    "not": _h("not_"),
    "if": _h("if_"),
    "then": _h("if_"),
    "else": _h("if_"),
    "dependentSchemas": _h("dependent_schemas"),
    "prefixItems": _h("array"),
    "items": _h("array"),
    "contains": _h("array"),
    "properties": _h("object"),
    "patternProperties": _h("object"),
    "additionalProperties": _h("object"),
    "propertyNames": _h("object"),
    "unevaluatedItems": _h("unevaluated_items"),
    "unevaluatedProperties": _h("unevaluated_properties"),
    # validation
    "type": _h("type"),
    "enum": _h("enum"),
    "const": _h("enum"),
    "multipleOf": _h("number"),
    "maximum": _h("number"),
    "exclusiveMaximum": _h("number"),
    "minimum": _h("number"),
    "exclusiveMinimum": _h("number"),
    "maxLength": _h("string"),
    "minLength": _h("string"),
    "pattern": _h("string"),
    "format": _h("string"),
    "maxItems": _h("array"),
    "minItems": _h("array"),
    "uniqueItems": _h("array"),
    "maxContains": _h("array"),
    "minContains": _h("array"),
    "maxProperties": _h("object"),
    "minProperties": _h("object"),
    "required": _h("object"),
    "dependentRequired": _h("object"),
    # annotations: they describe valid instances without restricting them
    "title": _ANNOTATION,
    "description": _ANNOTATION,
    "default": _ANNOTATION,
    "deprecated": _ANNOTATION,
    "readOnly": _ANNOTATION,
    "writeOnly": _ANNOTATION,
    "examples": _ANNOTATION,
    "contentEncoding": _ANNOTATION,
    "contentMediaType": _ANNOTATION,
    "contentSchema": _ANNOTATION,
    # OpenAPI 3.1 schema-object annotations
    "discriminator": _ANNOTATION,
    "xml": _ANNOTATION,
    "externalDocs": _ANNOTATION,
    "example": _ANNOTATION,
    # draft 2019-09 spellings, removed in 2020-12
    "$recursiveRef": _refuse("draft 2019-09 keyword, not part of JSON Schema 2020-12"),
    "$recursiveAnchor": _refuse("draft 2019-09 keyword, not part of JSON Schema 2020-12"),
    "dependencies": _refuse("draft 7 keyword, not part of JSON Schema 2020-12 (use dependentRequired)"),
}

assert DRAFT_2020_12_KEYWORDS <= set(KEYWORDS), sorted(DRAFT_2020_12_KEYWORDS - set(KEYWORDS))


def lookup(name: str) -> Keyword | None:
    """The entry for ``name``; every ``x-`` extension (x-specloom-* included) is an annotation."""
    if name.startswith("x-"):
        return _ANNOTATION
    return KEYWORDS.get(name)
