"""Where things are in an OpenAPI document: a structural walk that names each object's role.

Input: an OpenAPI 3.1 document (plain data). Output: ``(role, pointer, object)`` triples for every
security scheme, operation, parameter, response, media type and schema, including schemas nested
inside schemas. The linter uses the roles to decide which ``x-specloom-*`` keys may appear where;
the IR builder uses the same walk so both agree on what a "schema" is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Literal

from specloom.diagnostics import join_pointer
from specloom.resolve import follow

Role = Literal["root", "securityScheme", "operation", "parameter", "response", "mediaType", "schema"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# JSON-Schema keywords whose value is a schema, a list of schemas, or a map of schemas.
SCHEMA_SINGLE = (
    "items", "contains", "additionalProperties", "propertyNames", "not", "if", "then", "else",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema",
)
SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SUBSCHEMA_KEYS = frozenset(SCHEMA_SINGLE + SCHEMA_LIST + SCHEMA_MAP)

Found = tuple[Role, str, dict[str, Any]]


def iter_schemas(schema: Any, pointer: str) -> Iterator[Found]:
    """The schema at ``pointer`` and every subschema inside it (not following ``$ref``)."""
    stack = [(schema, pointer)]
    while stack:
        node, here = stack.pop()
        if not isinstance(node, dict):
            continue
        yield ("schema", here, node)
        if node.keys().isdisjoint(_SUBSCHEMA_KEYS):  # a leaf (most schemas): nothing to look up
            continue
        for key in SCHEMA_SINGLE:
            if key in node:
                stack.append((node[key], join_pointer(here, key)))
        for key in SCHEMA_LIST:
            if isinstance(node.get(key), list):
                stack.extend((s, join_pointer(here, key, i)) for i, s in enumerate(node[key]))
        for key in SCHEMA_MAP:
            if isinstance(node.get(key), dict):
                stack.extend((s, join_pointer(here, key, k)) for k, s in node[key].items())


def _media(content: Any, pointer: str) -> Iterator[Found]:
    if not isinstance(content, dict):
        return
    for media_type, media in content.items():
        if isinstance(media, dict):
            here = join_pointer(pointer, media_type)
            yield ("mediaType", here, media)
            if "schema" in media:
                yield from iter_schemas(media["schema"], join_pointer(here, "schema"))


def _parameter(param: Any, pointer: str) -> Iterator[Found]:
    if isinstance(param, dict) and "$ref" not in param:
        yield ("parameter", pointer, param)
        if "schema" in param:
            yield from iter_schemas(param["schema"], join_pointer(pointer, "schema"))
        yield from _media(param.get("content"), join_pointer(pointer, "content"))


def _response(response: Any, pointer: str) -> Iterator[Found]:
    if isinstance(response, dict) and "$ref" not in response:
        yield ("response", pointer, response)
        yield from _media(response.get("content"), join_pointer(pointer, "content"))
        for name, header in _members(response.get("headers")):
            if isinstance(header, dict) and "schema" in header:
                yield from iter_schemas(header["schema"], join_pointer(pointer, "headers", name, "schema"))


def _request_body(body: Any, pointer: str) -> Iterator[Found]:
    if isinstance(body, dict) and "$ref" not in body:
        yield from _media(body.get("content"), join_pointer(pointer, "content"))


def iter_operations(doc: Any) -> Iterator[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    """``(path, method, pointer, operation, path_item)`` for every operation, in document order.

    A path item given as ``$ref`` is followed: ``pointer`` is where the operation really lives."""
    for path, raw in _members(doc.get("paths")):
        item, where = follow(doc, raw, join_pointer("/paths", path))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, join_pointer(where, method), op, item


def _members(node: Any) -> Iterable[tuple[str, Any]]:
    """A mapping's entries; nothing for anything else (``lint_shape`` reports the misshapen ones:
    the walk itself must not crash before it has)."""
    return node.items() if isinstance(node, dict) else ()


def _entries(node: Any) -> Iterable[tuple[int, Any]]:
    return enumerate(node) if isinstance(node, list) else ()


_STILL: list[tuple[Any, list[Found]]] = []  # documents promised unchanged, and their one walk


@contextmanager
def unchanging(doc: Any) -> Iterator[None]:
    """Within it, ``walk(doc)`` replays one walk instead of walking again: for a stage that only
    reads ``doc`` and walks it several times (lint's second half, eight times; a walk of a
    1.7 MB document is about 10 ms). ``doc`` must not change meanwhile."""
    try:
        found = list(_walk(doc))
    except Exception:  # noqa: BLE001 - a misshapen document: each walk meets it where it did
        found = None
    if found is None:  # yielded outside the handler: the body's own errors keep their own context
        yield
        return
    _STILL.append((doc, found))
    try:
        yield
    finally:
        _STILL.pop()


def walk(doc: Any) -> Iterator[Found]:
    """Every role-bearing object of an OpenAPI document."""
    if _STILL and _STILL[-1][0] is doc:
        return iter(_STILL[-1][1])
    return _walk(doc)


def _walk(doc: Any) -> Iterator[Found]:
    if not isinstance(doc, dict):
        return
    yield ("root", "", doc)
    found = doc.get("components")
    components: dict[str, Any] = found if isinstance(found, dict) else {}
    for name, scheme in _members(components.get("securitySchemes")):
        if isinstance(scheme, dict):
            yield ("securityScheme", join_pointer("/components/securitySchemes", name), scheme)
    for name, schema in _members(components.get("schemas")):
        yield from iter_schemas(schema, join_pointer("/components/schemas", name))
    for name, param in _members(components.get("parameters")):
        yield from _parameter(param, join_pointer("/components/parameters", name))
    for name, response in _members(components.get("responses")):
        yield from _response(response, join_pointer("/components/responses", name))
    for name, body in _members(components.get("requestBodies")):
        yield from _request_body(body, join_pointer("/components/requestBodies", name))
    for path, item in _members(doc.get("paths")):
        if not isinstance(item, dict):
            continue
        base = join_pointer("/paths", path)
        for i, param in _entries(item.get("parameters")):
            yield from _parameter(param, join_pointer(base, "parameters", i))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            here = join_pointer(base, method)
            yield ("operation", here, op)
            for i, param in _entries(op.get("parameters")):
                yield from _parameter(param, join_pointer(here, "parameters", i))
            yield from _request_body(op.get("requestBody"), join_pointer(here, "requestBody"))
            for status, response in _members(op.get("responses")):
                yield from _response(response, join_pointer(here, "responses", status))
