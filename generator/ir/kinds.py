"""Which JSON kinds a schema can hold, read from what it states: a schema -> a set of kinds or None.

Input: the bundled document and a schema in it. Output: the kinds (``object``, ``array``,
``string``, ``number``, ``boolean``, ``null``; an integer is a number) its values can have, as
far as ``type``, ``const``, ``enum``, its ``allOf``, ``anyOf`` and ``oneOf`` members, ``not``,
``if``/``then``/``else`` and ``$ref``s say; None when they say nothing (any kind). Why: a form
body is field names to values, a text body a string, and a required parameter must send
something, so ``ir.bodies`` and ``operations`` refuse, located, a form whose schema holds no
object, a text body whose schema holds no string and a required parameter that can only be
``null`` (the explorer's ``--roles`` drew them: ``allOf: [{type: null}]`` as a form, a required
header ``{type: null}``), which no client call can send. Deliberately an over-estimate: ``not``
removes only the kinds of which it holds every value (``not: {type: string}``, not ``not:
{type: string, minLength: 1}``), and so does an ``if`` for its ``else``, so a refusal is always
right (``--roles`` drew text bodies whose schema holds no string through ``oneOf``, ``anyOf``
and ``not``: seeds 5020, 5023, 5026; and through ``if: {}`` and ``then``: seed 5040).
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
    for key in ("anyOf", "oneOf"):  # a value holds one branch at least: the branches' kinds
        branches = node.get(key)
        if isinstance(branches, list) and branches:
            each = [json_kinds(data, branch, pointer, depth + 1) for branch in branches]
            known = [k for k in each if k is not None]
            kinds = _narrowed(kinds, frozenset().union(*known) if len(known) == len(each) else None)
    if "not" in node:  # a value of a kind every value of which ``not`` holds is refused
        kinds = _narrowed(kinds, _KINDS - _whole_kinds(data, node["not"], pointer, depth + 1))
    if "if" in node and ("then" in node or "else" in node):
        kinds = _narrowed(kinds, _conditional(data, node, pointer, depth + 1))
    return kinds


def _conditional(data: Any, node: dict[str, Any], pointer: str, depth: int) -> frozenset[str] | None:
    """The kinds ``if``/``then``/``else`` let through: a value ``if`` holds has a kind of both
    ``if`` and ``then``; one it refuses, a kind of ``else`` of which ``if`` does not hold every
    value (``if: {}`` refuses none: only ``then``'s kinds are left)."""
    taken = _narrowed(json_kinds(data, node["if"], pointer, depth), json_kinds(data, node.get("then", True), pointer, depth))
    refused = _narrowed(json_kinds(data, node.get("else", True), pointer, depth), _KINDS - _whole_kinds(data, node["if"], pointer, depth))
    if taken is None or refused is None or taken | refused == _KINDS:
        return None  # as if unstated: a conditional that narrows no kind is no refusal's reason
    return taken | refused


def _whole_kinds(data: Any, schema: Any, pointer: str, depth: int) -> frozenset[str]:
    """The kinds of which ``schema`` holds every value (fewer when unsure): all for ``true``
    and ``{}``, a ``type`` stated alone (but ``integer``: not every number), a ``not``'s
    complement, and through ``anyOf``/``oneOf``/``allOf``."""
    node, _ = follow(data, schema, pointer)
    if node is True:
        return _KINDS
    if not isinstance(node, dict) or depth > 16:
        return frozenset()
    checks = {key for key in node if key not in _NOTES}
    if not checks:
        return _KINDS
    if checks == {"type"} and isinstance(node["type"], (str, list)):
        names = [node["type"]] if isinstance(node["type"], str) else node["type"]
        return frozenset(t for t in names if isinstance(t, str)) & _KINDS
    if checks == {"not"}:
        kinds = json_kinds(data, node["not"], pointer, depth + 1)
        return frozenset() if kinds is None else _KINDS - kinds
    if len(checks) == 1 and checks <= {"anyOf", "allOf"} and isinstance(node[next(iter(checks))], list):
        parts = [_whole_kinds(data, member, pointer, depth + 1) for member in node[next(iter(checks))]]
        if "anyOf" in checks:
            return frozenset().union(*parts)
        return _KINDS.intersection(*parts)
    return frozenset()


# keywords that annotate and check nothing: a schema of ``type`` and these holds every value of
# its types
_NOTES = frozenset({"title", "description", "default", "examples", "example", "deprecated", "readOnly", "writeOnly", "$comment", "$id", "$anchor", "$schema"})


def _narrowed(kinds: frozenset[str] | None, more: frozenset[str] | None) -> frozenset[str] | None:
    return more if kinds is None else kinds if more is None else kinds & more
