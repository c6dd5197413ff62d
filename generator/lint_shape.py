"""The skeleton of an OpenAPI document: plain data -> a located error for each container of the
wrong kind, before anything walks it.

Input: a document as loaded (``$ref``s not followed). Output: errors on ``reporter``, one per
misshapen object: ``responses`` that is a list, ``content`` that is a string, a parameter with no
``in``, an ``operationId`` that is a mapping... Why: every later stage (normalisation, the walk,
``openapi-spec-validator``'s semantic pass, the IR) reads these containers with ``.items()`` and
``[...]``; a wrong kind made them crash (``internal error``, or a message located at ``/``). The
meaning of such a document is not clear, so even ``--lenient`` stops here, saying where.
Schemas are not entered: their shape is the JSON Schema metaschema's business, located already.
"""

from __future__ import annotations

from typing import Any

from specloom.diagnostics import Reporter, join_pointer, show

__all__ = ["check"]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# role -> {field: (kind of the field, role of its members)}; kinds: "map" (a mapping of members),
# "list" (a list of members), "obj" (one member), "str"; a member role None is not entered
_FIELDS: dict[str, dict[str, tuple[str, str | None]]] = {
    "root": {"paths": ("map", "pathItem"), "webhooks": ("map", "pathItem"), "components": ("obj", "components"),
             "servers": ("list", "object"), "security": ("list", "object"), "tags": ("list", "tag"),
             "info": ("obj", None)},
    "components": {"schemas": ("map", "schema"), "parameters": ("map", "parameter"), "responses": ("map", "response"),
                   "requestBodies": ("map", "requestBody"), "headers": ("map", "header"), "pathItems": ("map", "pathItem"),
                   "securitySchemes": ("map", "object"), "examples": ("map", "object"), "links": ("map", "object"),
                   "callbacks": ("map", "object"), "mediaTypes": ("map", "media")},
    "pathItem": {"parameters": ("list", "parameter"), "servers": ("list", "object"),
                 **{method: ("obj", "operation") for method in METHODS}},
    "operation": {"operationId": ("str", None), "parameters": ("list", "parameter"), "requestBody": ("obj", "requestBody"),
                  "responses": ("map", "response"), "callbacks": ("map", "object"), "security": ("list", "object"),
                  "tags": ("list", "string"), "servers": ("list", "object")},
    "parameter": {"name": ("str", None), "in": ("str", None), "schema": ("obj", "schema"), "content": ("map", "media")},
    "tag": {"name": ("str", None)},
    "header": {"schema": ("obj", "schema"), "content": ("map", "media")},
    "requestBody": {"content": ("map", "media")},
    "response": {"content": ("map", "media"), "headers": ("map", "header"), "links": ("map", "object")},
    "media": {"schema": ("obj", "schema"), "examples": ("map", "object"), "encoding": ("map", "object")},
}  # fmt: skip
_REQUIRED = {
    "parameter": (("name", "its name"), ("in", "where it goes: query, header, path or cookie")),
    "tag": (("name", "its name"),),
}
_OBJECT = {"pathItem": "a Path Item Object", "operation": "an Operation Object", "parameter": "a Parameter Object",
           "response": "a Response Object", "requestBody": "a Request Body Object", "header": "a Header Object",
           "media": "a Media Type Object", "components": "a Components Object", "tag": "a Tag Object"}  # fmt: skip
_KIND = {"map": "a mapping", "list": "a list", "obj": "an object", "str": "a string"}


def check(data: Any, reporter: Reporter) -> None:
    """Report every misshapen container of ``data`` (an OpenAPI document), located."""
    if not isinstance(data, dict):
        return
    stack: list[tuple[str, str, Any]] = [("root", "", data)]
    while stack:
        role, here, node = stack.pop()
        if not _member_ok(role, here, node, reporter) or not isinstance(node, dict):
            continue
        if "$ref" in node:  # a Reference Object is checked where it leads (resolve follows it)
            if not isinstance(node["$ref"], str):
                reporter.error(join_pointer(here, "$ref"), f"'$ref' is {_what(node['$ref'])}: OpenAPI wants a string (a URI) here")
            continue
        for key, wanted in _REQUIRED.get(role, ()):
            if key not in node:
                reporter.error(here, f"{_OBJECT[role]} with no {key!r}: OpenAPI requires {wanted}")
        for key, (kind, member) in _FIELDS.get(role, {}).items():
            if key not in node:
                continue
            value, at = node[key], join_pointer(here, key)
            if not _is(kind, value):
                reporter.error(at, f"{key!r} is {_what(value)}: OpenAPI wants {_KIND[kind]} here")
            elif member is not None and kind == "map":
                stack.extend((member, join_pointer(at, k), v) for k, v in value.items())
            elif member is not None and kind == "list":
                stack.extend((member, join_pointer(at, i), v) for i, v in enumerate(value))
            elif member is not None:
                stack.append((member, at, value))


def _member_ok(role: str, here: str, node: Any, reporter: Reporter) -> bool:
    if role == "schema":
        if not isinstance(node, (dict, bool)):
            reporter.error(here, f"a schema is {_what(node)}: OpenAPI wants an object or a boolean here")
        return False  # not entered: the metaschema checks schemas, located
    if role == "string":
        if not isinstance(node, str):
            reporter.error(here, f"{_what(node)} where OpenAPI wants a string")
        return False
    if not isinstance(node, dict):
        reporter.error(here, f"{_what(node)} where OpenAPI wants {_OBJECT.get(role, 'an object')}")
        return False
    return True


def _is(kind: str, value: Any) -> bool:
    return isinstance(value, {"map": dict, "obj": dict, "list": list, "str": str}[kind])


def _what(value: Any) -> str:
    kinds = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else f"{kinds.get(type(value), type(value).__name__)} ({show(value)[:60]})"
