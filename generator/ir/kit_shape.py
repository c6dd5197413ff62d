"""Testing-kit facts about the shape of answers: filters, count-only flags, response formats and
properties answered only on request, read from the spec for the fake server of ``testing.py``.

Input: the resolved document, one raw operation (and its path item), its ``Operation`` node and
the model its collection keeps. Output: plain JSON-able dicts that ``specloom.ir.kit`` stores on
the operation's ``KitBehaviour`` (``filters``, ``count``, ``formats``, ``only_with``). Split from
``kit.py``, which recognises collections; this module reads what shapes one operation's answer.

Everything comes from the spec, generically:

- filters: a list operation's query parameters (paging and count flags aside) filter by the item
  property their ``x-specloom-filter`` names, else by the property of the same name (case
  ignored); a path parameter of a nested list (``/Groups/{id}/Members``) filters by the property
  named after its parent (``GroupID``: the singular segment plus the parameter, or plus ``id``);
- count: a parameter with ``x-specloom-count-only`` turns the answer into a count;
- formats: ``x-specloom-response-format``, the server's default (the format field's schema
  ``default``) and, for an XML form, which members are attributes (from the documented XML
  examples; members are child elements otherwise);
- only_with: response properties with ``x-specloom-only-with`` (answered only when the request
  carried one of the named fields).
"""

from __future__ import annotations

import re
from typing import Any

from specloom.ir.nodes import Model, Operation
from specloom.rules import deref

__all__ = ["count_flag", "filters", "formats", "only_with", "raw_parameters"]

_PARAM = re.compile(r"\{([^{}/]+)\}")


def raw_parameters(data: Any, raw_op: dict[str, Any], path_item: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameter objects (path-item ones first, ``$ref`` followed)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(path_item.get("parameters") or []), *(raw_op.get("parameters") or [])]:
        param = deref(data, raw)
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            found[(param["name"], str(param.get("in", "")))] = param
    return list(found.values())


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def count_flag(params: list[dict[str, Any]]) -> dict[str, str]:
    """``{"param": wire name, "pointer": where the count goes}`` or ``{}``."""
    for param in params:
        declared = param.get("x-specloom-count-only")
        if isinstance(declared, dict) and isinstance(declared.get("pointer"), str):
            return {"param": param["name"], "pointer": declared["pointer"]}
    return {}


def filters(data: Any, op: Operation, path: str, params: list[dict[str, Any]], model: Model) -> dict[str, dict[str, str]]:
    """Parameter wire name -> ``{"property": ..., "match": ...}`` for a list operation."""
    by_norm = {_norm(f.wire_name): f.wire_name for f in model.fields}
    paging = {op.pagination.page_param, op.pagination.offset_param, op.pagination.limit_param} if op.pagination else set()
    result: dict[str, dict[str, str]] = {}
    for param in params:
        name, where = param["name"], param.get("in")
        declared = param.get("x-specloom-filter")
        if name in paging or "x-specloom-count-only" in param or param.get("schema", {}).get("const") is not None:
            continue
        if isinstance(declared, dict):
            result[name] = {"match": str(declared.get("match", "equals"))}
            if isinstance(declared.get("property"), str):
                result[name]["property"] = declared["property"]
            shape = deref(data, param.get("schema")) or {}
            if isinstance(shape.get("format"), str):
                result[name]["format"] = shape["format"]
        elif where == "query" and _norm(name) in by_norm:
            result[name] = {"property": by_norm[_norm(name)], "match": "equals"}
        elif where == "path":
            parent = path.split("{" + name + "}")[0].rstrip("/").rsplit("/", 1)[-1]
            singular = parent[:-1] if parent.endswith("s") else parent
            for candidate in (singular + name, singular + "id"):
                if _norm(candidate) in by_norm:
                    result[name] = {"property": by_norm[_norm(candidate)], "match": "equals"}
                    break
    return result


def _xml_attributes(text: str) -> tuple[str, set[str]]:
    """The root tag of a documented XML example and the JSON pointers of its attributes."""
    from defusedxml import ElementTree  # imported here: most documents have no XML example

    try:
        root = ElementTree.fromstring(text.strip())
    except Exception:  # noqa: BLE001 - an example that is not XML teaches nothing
        return "", set()
    found: set[str] = set()

    def visit(element: Any, prefix: str) -> None:
        for name in element.attrib:
            found.add(f"{prefix}/{name}")
        for child in element:
            visit(child, f"{prefix}/{child.tag}")

    visit(root, "")
    return str(root.tag), found


def formats(data: Any, raw_op: dict[str, Any], body_schema: Any, params: list[dict[str, Any]]) -> dict[str, Any]:
    """The response-format facts of one operation, or ``{}`` when it declares none."""
    fmt = raw_op.get("x-specloom-response-format")
    if not isinstance(fmt, dict) or not isinstance(fmt.get("values"), dict):
        return {}
    name = fmt.get("param")
    props = (deref(data, body_schema) or {}).get("properties") or {} if body_schema is not None else {}
    schema = deref(data, props.get(name)) if name in props else next((p.get("schema") for p in params if p["name"] == name), None)
    default = deref(data, schema).get("default") if isinstance(schema, dict) else None
    # "default" is always present (None: the server's default is not declared): templates print it.
    result: dict[str, Any] = {"param": name, "values": fmt["values"], "default": None}
    if isinstance(default, str) and default in fmt["values"]:
        result["default"] = default
    for key, out in (("jsonpParam", "jsonp"), ("compactParam", "compact")):
        if isinstance(fmt.get(key), str):
            result[out] = fmt[key]
    xml_media = [m for m in fmt["values"].values() if m.endswith("/xml") or m.endswith("+xml")]
    attributes: set[str] = set()
    root = ""
    for raw in (raw_op.get("responses") or {}).values():
        response = deref(data, raw) or {}
        for media in xml_media:
            content = (response.get("content") or {}).get(media) or {}
            texts = [content.get("example"), *((deref(data, e) or {}).get("value") for e in (content.get("examples") or {}).values())]
            for text in texts:
                if isinstance(text, str):
                    tag, found = _xml_attributes(text)
                    root = root or tag
                    attributes |= found
    if xml_media:
        result["xml_root"] = root or "response"
        result["xml_attributes"] = sorted(attributes)
    return result


def only_with(data: Any, schema: Any) -> dict[str, list[str]]:
    """Pointer of a response property -> the request fields that make the server answer it."""
    result: dict[str, list[str]] = {}

    def visit(node: Any, prefix: str, depth: int) -> None:
        node = deref(data, node)
        if not isinstance(node, dict) or depth > 8:
            return
        for name, sub in (node.get("properties") or {}).items():
            target = deref(data, sub)
            fields = target.get("x-specloom-only-with") if isinstance(target, dict) else None
            pointer = prefix + "/" + name.replace("~", "~0").replace("/", "~1")
            if isinstance(fields, list):
                result[pointer] = [str(f) for f in fields]
            visit(target, pointer, depth + 1)
        for key in ("allOf",):
            for part in node.get(key) or []:
                visit(part, prefix, depth + 1)

    visit(schema, "", 0)
    return result

