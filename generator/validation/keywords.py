"""The keyword table: every JSON Schema 2020-12 keyword -> how the compiler treats it.

Input: a keyword name found in a schema object. Output: a ``Keyword`` entry saying whether it is
checked by a handler (and which one), only carries annotations, or is refused, plus where its
subschemas live (used by the URI index to find embedded ``$id``/``$anchor``).

Keeping this in one table makes coverage readable at a glance and lets a test assert that every
2020-12 keyword is accounted for. Keywords that only make sense together (``if``/``then``/``else``,
``contains``/``minContains``/``maxContains``, ``prefixItems``/``items``, ``properties``/
``patternProperties``/``additionalProperties``) name the keyword whose handler checks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Keyword", "KEYWORDS", "ANNOTATION_ONLY", "lookup", "DRAFT_2020_12_KEYWORDS", "other_dialect"]

Role = Literal["assert", "applicator", "core", "annotation", "refused"]
Shape = Literal["", "schema", "list", "map"]


@dataclass(frozen=True, slots=True)
class Keyword:
    """How one keyword is compiled: ``handler`` names the emitter (``""`` for none)."""

    role: Role
    handler: str = ""
    shape: Shape = ""  # where subschemas are: one schema, a list of schemas, a name -> schema map


def _k(role: Role, handler: str = "", shape: Shape = "") -> Keyword:
    return Keyword(role, handler, shape)


KEYWORDS: dict[str, Keyword] = {
    # core: identifiers are read by the URI index, references are compiled to calls
    "$schema": _k("core"),
    "$id": _k("core"),
    "$anchor": _k("core"),
    "$dynamicAnchor": _k("core"),
    "$vocabulary": _k("core"),
    "$comment": _k("annotation"),
    "$defs": _k("core", shape="map"),
    "$ref": _k("applicator", "ref"),
    "$dynamicRef": _k("applicator", "dynamic_ref"),
    # applicators on the instance itself
    "allOf": _k("applicator", "all_of", "list"),
    "anyOf": _k("applicator", "any_of", "list"),
    "oneOf": _k("applicator", "one_of", "list"),
    "not": _k("applicator", "not_", "schema"),
    "if": _k("applicator", "if_", "schema"),
    "then": _k("applicator", "if_", "schema"),
    "else": _k("applicator", "if_", "schema"),
    "dependentSchemas": _k("applicator", "dependent_schemas", "map"),
    # applicators on children
    "properties": _k("applicator", "properties", "map"),
    "patternProperties": _k("applicator", "properties", "map"),
    "additionalProperties": _k("applicator", "properties", "schema"),
    "propertyNames": _k("applicator", "property_names", "schema"),
    "prefixItems": _k("applicator", "items", "list"),
    "items": _k("applicator", "items", "schema"),
    "contains": _k("applicator", "contains", "schema"),
    "unevaluatedProperties": _k("applicator", "unevaluated_properties", "schema"),
    "unevaluatedItems": _k("applicator", "unevaluated_items", "schema"),
    # assertions
    "type": _k("assert", "type"),
    "enum": _k("assert", "enum"),
    "const": _k("assert", "const"),
    "multipleOf": _k("assert", "multiple_of"),
    "maximum": _k("assert", "bounds"),
    "exclusiveMaximum": _k("assert", "bounds"),
    "minimum": _k("assert", "bounds"),
    "exclusiveMinimum": _k("assert", "bounds"),
    "maxLength": _k("assert", "length"),
    "minLength": _k("assert", "length"),
    "pattern": _k("assert", "pattern"),
    "maxItems": _k("assert", "count_items"),
    "minItems": _k("assert", "count_items"),
    "uniqueItems": _k("assert", "unique_items"),
    "maxContains": _k("assert", "contains"),
    "minContains": _k("assert", "contains"),
    "maxProperties": _k("assert", "count_properties"),
    "minProperties": _k("assert", "count_properties"),
    "required": _k("assert", "required"),
    "dependentRequired": _k("assert", "dependent_required"),
    "format": _k("assert", "format"),
    # annotations only (2020-12 meta-data and content vocabularies)
    "title": _k("annotation"),
    "description": _k("annotation"),
    "default": _k("annotation"),
    "deprecated": _k("annotation"),
    "readOnly": _k("annotation"),
    "writeOnly": _k("annotation"),
    "examples": _k("annotation"),
    "contentEncoding": _k("annotation"),
    "contentMediaType": _k("annotation"),
    "contentSchema": _k("annotation", shape="schema"),
    # OpenAPI 3.1 schema-object annotations
    "discriminator": _k("annotation"),
    "xml": _k("annotation"),
    "externalDocs": _k("annotation"),
    "example": _k("annotation"),
    # draft 2019-09 spellings: refused so a schema using them fails loudly, not silently
    "$recursiveRef": _k("refused"),
    "$recursiveAnchor": _k("refused"),
    "dependencies": _k("refused"),
    # an older home for subschemas; referenced by pointer in many real schemas, never asserts
    "definitions": _k("core", shape="map"),
}

ANNOTATION_ONLY = frozenset(k for k, v in KEYWORDS.items() if v.role == "annotation")

# The 2020-12 vocabularies (core, applicator, unevaluated, validation, format-annotation,
# content, meta-data), listed independently of the table so a test can compare the two.
DRAFT_2020_12_KEYWORDS = frozenset(
    """$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs
    allOf anyOf oneOf not if then else dependentSchemas prefixItems items contains properties
    patternProperties additionalProperties propertyNames unevaluatedItems unevaluatedProperties
    type const enum multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength
    minLength pattern maxItems minItems uniqueItems maxContains minContains maxProperties
    minProperties required dependentRequired format contentEncoding contentMediaType
    contentSchema title description default deprecated readOnly writeOnly examples""".split()
)


_EXTENSION = Keyword("annotation")  # every ``x-*`` key (one frozen value, not one made per lookup)


def lookup(name: str) -> Keyword | None:
    """The table entry for ``name``; vendor extensions (``x-*``) are annotations; None if unknown."""
    if name.startswith("x-"):
        return _EXTENSION
    return KEYWORDS.get(name)


# The drafts before 2020-12, as ``$schema`` names them: read as 2020-12, a schema written for one
# of them would be judged otherwise. (Another URI, such as a custom metaschema of 2020-12 with its
# own ``$vocabulary``, is read as 2020-12, as JSON Schema's test suite expects.)
_OLDER_DRAFT = re.compile(r"https?://json-schema\.org/(?:draft-0[3467]/schema|draft/2019-09/schema)#?")


def other_dialect(declared: Any) -> str | None:
    """The error for a schema declared (``$schema``, ``jsonSchemaDialect``) in a draft before
    2020-12, or None: read as 2020-12 it would be validated and drawn otherwise without a word
    (draft-07 ignores a ``$ref``'s siblings and reads an ``items`` list as a tuple), while
    openapi-spec-validator checks it against its own draft."""
    if not isinstance(declared, str) or not _OLDER_DRAFT.fullmatch(declared):
        return None
    return f"the schema is written for {declared!r}; specloom reads JSON Schema 2020-12 (or OpenAPI 3.1's dialect of it): convert it, or remove the declaration to have it read as 2020-12"
