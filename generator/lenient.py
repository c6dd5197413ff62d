"""Lenient repairs (``--lenient``): a document that breaks its declared version -> one with the
same meaning that keeps it, plus one located warning per kind of repair.

Input: the data of a loaded document (a private copy: it is changed in place). Output: that data,
repaired; a located error where the meaning is not clear. Why: published vendor documents mix
OpenAPI versions and JSON Schema drafts; where a reader can tell what the author meant, specloom
rewrites and warns instead of refusing. ``before`` runs before normalisation and bundling (it
changes structure: operations, parameters, references); ``after`` runs on the bundled document,
where every schema can be read (keywords, values that fail their schema).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from specloom.diagnostics import Reporter, join_pointer, show
from specloom.normalize import Notes
from specloom.resolve import pointer_get, ref_pointer
from specloom.walk import Found, iter_operations, walk

MEDIA_TYPES = "#/components/mediaTypes/"


def _fragment(pointer: str) -> str:
    return "#" + quote(pointer, safe="/~!$&'()*+,;=:@")


def before(data: Any, reporter: Reporter, notes: Notes) -> None:
    """Structural repairs, made before normalisation and ``$ref`` bundling."""
    if not isinstance(data, dict):
        return
    _media_types(data, notes)
    _operation_ids(data, notes)
    _path_parameters(data, notes)
    _security(data, notes)
    # One walk for the three repairs below: none adds or removes an object another reads (they
    # move ``nullable`` into a schema, turn ``$recursiveRef`` into a ``$ref`` -- in place, or as an
    # ``allOf`` entry naming a schema that exists, which the dangling check would pass -- and set
    # aside a ``$ref`` to nothing).
    found = list(walk(data))
    _parameter_nullable(data, found, notes)
    _recursive_refs(found, reporter, notes)
    _dangling_schema_refs(data, found, notes)


# Maps whose keys are names chosen by the document's author (a parameter, a status, a media type
# may be called ``content`` or ``schema``): their members are objects, never these keywords.
_NAME_MAPS = frozenset((
    "paths", "webhooks", "callbacks", "pathItems", "parameters", "headers", "responses", "requestBodies",
    "content", "encoding", "examples", "links", "mediaTypes", "securitySchemes",
))  # fmt: skip


def _media_types(data: dict[str, Any], notes: Notes) -> None:
    """OpenAPI 3.2 ``components.mediaTypes`` and ``$ref`` in ``content``: inlined where used.

    A ``content`` map belongs to a parameter, header, request body or response: the walk does
    not enter schemas (a schema property named ``content`` is not one; skipping them is also
    most of the document) nor take a member of a map of names for a keyword."""
    components = data.get("components") if isinstance(data.get("components"), dict) else {}
    stack: list[tuple[Any, str, bool]] = [(data, "", False)]  # node, pointer, a map of names
    while stack:
        node, here, names = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if names:
                    stack.append((value, join_pointer(here, key), False))
                    continue
                if key == "schema" or key in ("example", "examples", "default", "const", "enum") or (key == "schemas" and here == "/components"):
                    continue
                where = join_pointer(here, key)
                if key == "content" and isinstance(value, dict) and isinstance(value.get("$ref"), str):
                    target = _target(data, value["$ref"])
                    if isinstance(target, dict):
                        node[key] = value = json.loads(json.dumps(target))
                        notes.note(where, "a '$ref' in place of a 'content' map (OpenAPI 3.2) inlined")
                if key == "content" and isinstance(value, dict):
                    for media_type, media in list(value.items()):
                        ref = media.get("$ref") if isinstance(media, dict) else None
                        if isinstance(ref, str) and ref.startswith(MEDIA_TYPES):
                            target = _target(data, ref)
                            if isinstance(target, dict):
                                value[media_type] = json.loads(json.dumps(target))
                                notes.note(join_pointer(where, media_type), "a media type '$ref' into 'components.mediaTypes' (OpenAPI 3.2) inlined")
                stack.append((value, where, key in _NAME_MAPS))
        elif isinstance(node, list):
            stack.extend((item, join_pointer(here, i), False) for i, item in enumerate(node))
    if isinstance(components, dict) and "mediaTypes" in components:
        notes.note("/components/mediaTypes", "OpenAPI 3.2 'components.mediaTypes' dropped after inlining its uses")
        del components["mediaTypes"]


def _target(data: Any, ref: str) -> Any:
    if not ref.startswith("#"):
        return None
    try:
        return pointer_get(data, ref_pointer(ref))
    except KeyError:
        return None


def _operation_ids(data: dict[str, Any], notes: Notes) -> None:
    """An operation without ``operationId`` is named from its method and path."""
    taken = {op.get("operationId") for _, _, _, op, _ in iter_operations(data)}
    for path, method, pointer, op, _ in iter_operations(data):
        if isinstance(op.get("operationId"), str) or "$ref" in op:  # a $ref: named once bundled
            continue
        words = [f"by_{seg[1:-1]}" if seg.startswith("{") and seg.endswith("}") else seg for seg in path.split("/") if seg]
        base = re.sub(r"[^0-9A-Za-z]+", "_", "_".join([method, *words])).strip("_")
        name, n = base, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name)
        op["operationId"] = name
        notes.note(pointer, "operation without 'operationId' named from its method and path (e.g. get_items_by_id for GET /items/{id})")


def _path_parameters(data: dict[str, Any], notes: Notes) -> None:
    """A ``{name}`` of the path template that no parameter declares: a required string."""
    for path, _, pointer, op, item in iter_operations(data):
        if "$ref" in op:
            continue  # checked once bundled
        declared = set()
        for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = _target(data, param["$ref"]) if isinstance(param, dict) and "$ref" in param else param
            if isinstance(param, dict) and param.get("in") == "path":
                declared.add(param.get("name"))
        for name in re.findall(r"{([^{}]+)}", path):
            if name not in declared:
                op.setdefault("parameters", []).append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
                notes.note(pointer, "a path template parameter the operation does not declare is taken as a required string")


def _security(data: dict[str, Any], notes: Notes) -> None:
    """A security requirement whose scopes are null (not a list) means no scopes."""
    places = [("/security", data.get("security"))]
    places += [(join_pointer(pointer, "security"), op.get("security")) for _, _, pointer, op, _ in iter_operations(data)]
    for pointer, requirements in places:
        for i, requirement in enumerate(requirements if isinstance(requirements, list) else []):
            for name, scopes in (requirement.items() if isinstance(requirement, dict) else ()):
                if scopes is None:
                    requirement[name] = []
                    notes.note(join_pointer(pointer, i, name), "security requirement scopes null taken as no scopes ([])")


def _parameter_nullable(data: dict[str, Any], found: list[Found], notes: Notes) -> None:
    """``nullable`` on a parameter or header object (not its schema) means the schema is nullable."""
    for role, pointer, node in found:
        if role == "parameter":
            _move_nullable(node, pointer, notes)
    for _, _, pointer, op, _ in iter_operations(data):
        for status, response in (op.get("responses") or {}).items():
            headers = response.get("headers") if isinstance(response, dict) else None
            for name, header in (headers or {}).items():
                _move_nullable(header, join_pointer(pointer, "responses", status, "headers", name), notes)


def _move_nullable(node: Any, pointer: str, notes: Notes) -> None:
    if not isinstance(node, dict) or "nullable" not in node:
        return
    flag = node.pop("nullable")
    schema = node.get("schema")
    if flag is True and isinstance(schema, dict):
        schema.setdefault("nullable", True)  # normalisation then rewrites it as 3.1 says
    notes.note(join_pointer(pointer, "nullable"), "'nullable' on a parameter or header (not its schema) moved into its schema")


def _recursive_refs(found: list[Found], reporter: Reporter, notes: Notes) -> None:
    """Draft 2019-09 ``$recursiveRef`` -> a ``$ref`` to the enclosing ``$recursiveAnchor`` schema."""
    anchors = [p for role, p, node in found if role == "schema" and node.get("$recursiveAnchor") is True]
    for role, pointer, node in found:
        if role != "schema" or "$recursiveRef" not in node:
            continue
        ref = node.pop("$recursiveRef")
        enclosing = [a for a in anchors if pointer == a or pointer.startswith(a + "/")]
        if ref != "#" or not enclosing:
            reporter.error(join_pointer(pointer, "$recursiveRef"), f"$recursiveRef {show(ref)} has no enclosing schema with '$recursiveAnchor: true': what it refers to is unclear")
            continue
        target = {"$ref": _fragment(max(enclosing, key=len))}
        if "$ref" in node:
            node.setdefault("allOf", []).append(target)
        else:
            node.update(target)
        notes.note(join_pointer(pointer, "$recursiveRef"), "draft 2019-09 '$recursiveRef' rewritten as a '$ref' to the enclosing '$recursiveAnchor' schema")
    for role, pointer, node in found:
        if role == "schema" and "$recursiveAnchor" in node:
            del node["$recursiveAnchor"]
            notes.note(join_pointer(pointer, "$recursiveAnchor"), "draft 2019-09 '$recursiveAnchor' dropped (its '$recursiveRef's now name it)")


def _dangling_schema_refs(data: dict[str, Any], found: list[Found], notes: Notes) -> None:
    """A schema ``$ref`` that points to nothing: the value is accepted as any value (JSON)."""
    for role, pointer, node in found:
        ref = node.get("$ref")
        if role != "schema" or not isinstance(ref, str) or not ref.startswith("#/"):
            continue
        if _target(data, ref) is None:
            del node["$ref"]
            node["x-documented-ref"] = ref
            notes.note(join_pointer(pointer, "$ref"), f"$ref {show(ref)} points to nothing: the value is accepted as any JSON value")
