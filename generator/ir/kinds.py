"""Which JSON kinds a schema can hold, read from what it states: a schema -> a set of kinds or None.

Input: the bundled document and a schema in it. Output: the kinds (``object``, ``array``,
``string``, ``number``, ``boolean``, ``null``; an integer is a number) its values can have,
as far as ``type``, ``const``, ``enum`` and its ``allOf`` members and ``$ref``s say; None when
they say nothing (any kind). Why: a form body is field names to values and a required parameter
must send something, so ``operations`` refuses, located, a form whose schema holds no object
and a required parameter that can only be ``null`` (the explorer's ``--roles`` drew both:
``allOf: [{type: null}]`` as a form, a required header ``{type: null}``), which no client call
can send. Deliberately shallow: ``anyOf``, ``oneOf``, ``not`` and conditionals are not read (a
narrower answer there is only a cheaper refusal; the strategies find the rest).
"""

from __future__ import annotations

from typing import Any

from specloom.resolve import follow

__all__ = ["json_kinds"]

_KINDS = frozenset({"object", "array", "string", "number", "boolean", "null"})


def _kind_of(value: Any) -> str:
    """The JSON kind of a value as a spec's YAML or JSON gives it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def json_kinds(data: Any, schema: Any, pointer: str = "", depth: int = 0) -> frozenset[str] | None:
    """The kinds ``schema`` (at ``pointer``) can hold; None for any (see the module docstring)."""
    node, _ = follow(data, schema, pointer)
    if node is False:
        return frozenset()
    if not isinstance(node, dict) or depth > 16:  # true, or a chain this deep: any
        return None
    kinds: frozenset[str] | None = None
    stated = node.get("type")
    if isinstance(stated, (str, list)):
        names = [stated] if isinstance(stated, str) else stated
        kinds = frozenset("number" if t == "integer" else t for t in names if isinstance(t, str)) & _KINDS
    if "const" in node:
        kinds = _narrowed(kinds, frozenset({_kind_of(node["const"])}))
    if isinstance(node.get("enum"), list):
        kinds = _narrowed(kinds, frozenset(_kind_of(v) for v in node["enum"]))
    for member in node.get("allOf") or [] if isinstance(node.get("allOf"), list) else []:
        kinds = _narrowed(kinds, json_kinds(data, member, pointer, depth + 1))
    return kinds


def _narrowed(kinds: frozenset[str] | None, more: frozenset[str] | None) -> frozenset[str] | None:
    return more if kinds is None else kinds if more is None else kinds & more
