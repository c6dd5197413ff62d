"""Helpers for the spec tests: load a spec, follow local ``$ref``s, validate instances against it.

Input: a spec name (``firecart`` ... ``clienttoolbox``, or ``sixth_vendor`` for the fixture).
Output: a ``Spec`` whose validators resolve ``#/...`` references inside the spec (``referencing``
registry, never the network) and check every named date format with
``specloom_runtime.wire.dates.is_named_valid``. ``overridden`` swaps in an edited document so the rule
table test can delete a rule and watch its test fail.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from defusedxml import ElementTree
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from specloom_runtime.wire import NAMED_DATE_FORMATS, is_named_valid

ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = ROOT / "specs"
FIXTURE = ROOT / "tests" / "fixtures" / "sixth_vendor.yaml"
VOCABULARY = ROOT / "generator" / "vocabulary.schema.json"
README = SPECS_DIR / "README.md"
VENDORS = ("firecart", "cartfunnel", "salesfire", "shift4shop", "clienttoolbox")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_loaded: dict[str, dict[str, Any]] = {}
_override: dict[str, dict[str, Any]] = {}


def spec_path(name: str) -> Path:
    return FIXTURE if name == "sixth_vendor" else SPECS_DIR / f"{name}.yaml"


def raw(name: str) -> dict[str, Any]:
    """The spec's data as PyYAML reads it (a deep copy of the override while one is active)."""
    if name in _override:
        return _override[name]
    if name not in _loaded:
        _loaded[name] = yaml.safe_load(spec_path(name).read_text(encoding="utf-8"))
    return _loaded[name]


@contextmanager
def overridden(name: str, doc: dict[str, Any]) -> Iterator[None]:
    """Make ``spec(name)`` return ``doc`` inside the block."""
    _override[name] = doc
    try:
        yield
    finally:
        del _override[name]


@cache
def format_checker() -> FormatChecker:
    """The standard format checkers plus specloom's named date/time formats."""
    checker = FormatChecker()
    for name in NAMED_DATE_FORMATS:
        checker.checks(name)(partial(is_named_valid, name))
    return checker


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    return "".join("/" + escape(str(t)) for t in tokens)


def pointer_get(doc: Any, ptr: str) -> Any:
    """The node at RFC 6901 ``ptr`` (``KeyError``/``IndexError`` when it does not resolve)."""
    node = doc
    if ptr in ("", "#"):
        return node
    for token in ptr.lstrip("#").split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def pointer_delete(doc: Any, ptr: str) -> None:
    *parent_tokens, last = ptr.split("/")
    parent = pointer_get(doc, "/".join(parent_tokens))
    last = last.replace("~1", "/").replace("~0", "~")
    if isinstance(parent, list):
        del parent[int(last)]
    else:
        del parent[last]


class Spec:
    """One loaded spec with ``$ref``-aware lookups and validators."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.doc = raw(name)
        self.uri = f"urn:specloom-test:{name}"
        resource: Resource[Any] = DRAFT202012.create_resource(self.doc)
        self.registry: Registry[Any] = Registry().with_resource(self.uri, resource)
        self.formats = format_checker()

    # -- navigation ------------------------------------------------------------------------------
    def at(self, ptr: str) -> Any:
        return pointer_get(self.doc, ptr)

    def deref(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains from ``node`` (found at ``ptr``): the target and its pointer."""
        for _ in range(64):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, ptr
            ref = node["$ref"]
            assert ref.startswith("#/"), f"non-local $ref {ref!r} in {self.name}"
            ptr = ref[1:]
            node = self.at(ptr)
        raise AssertionError(f"$ref loop at {ptr}")

    def target(self, ptr: str) -> str:
        """The pointer of what ``ptr`` names once ``$ref`` chains are followed."""
        return self.deref(self.at(ptr), ptr)[1]

    def get(self, ptr: str) -> Any:
        return self.deref(self.at(ptr), ptr)[0]

    def operations(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """``(path, method, pointer, operation)`` for every operation."""
        for path, item in (self.doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, method, pointer("paths", path, method), item[method]

    def op(self, operation_id: str) -> tuple[str, dict[str, Any]]:
        """The pointer and object of the operation with this operationId."""
        for _, _, ptr, op in self.operations():
            if op.get("operationId") == operation_id:
                return ptr, op
        raise KeyError(f"{self.name}: no operation {operation_id!r}")

    def param(self, operation_id: str, name: str) -> tuple[str, dict[str, Any]]:
        """Pointer and object of a parameter (operation- or path-level), after ``$ref``."""
        ptr, op = self.op(operation_id)
        item_ptr = ptr.rsplit("/", 1)[0]
        for base, plist in ((ptr, op.get("parameters")), (item_ptr, self.at(item_ptr).get("parameters"))):
            for i, param in enumerate(plist or []):
                target, tptr = self.deref(param, f"{base}/parameters/{i}")
                if target.get("name") == name:
                    return tptr, target
        raise KeyError(f"{self.name}: {operation_id} has no parameter {name!r}")

    def param_schema_ptr(self, operation_id: str, name: str) -> str:
        """Pointer of a parameter's schema (``schema`` or the one ``content`` entry's schema)."""
        ptr, param = self.param(operation_id, name)
        if "schema" in param:
            return ptr + "/schema"
        (media,) = param["content"]
        return ptr + pointer("content", media, "schema")

    def request_ptr(self, operation_id: str, media: str) -> str:
        """Pointer of the request body media type object."""
        ptr, op = self.op(operation_id)
        _, body_ptr = self.deref(op["requestBody"], ptr + "/requestBody")
        ptr = body_ptr + pointer("content", media)
        self.at(ptr)
        return ptr

    def response(self, operation_id: str, status: str) -> tuple[str, dict[str, Any]]:
        ptr, op = self.op(operation_id)
        target, tptr = self.deref(op["responses"][status], ptr + pointer("responses", status))
        return tptr, target

    def response_schema_ptr(self, operation_id: str, status: str, media: str) -> str:
        ptr, _ = self.response(operation_id, status)
        return ptr + pointer("content", media, "schema")

    def scheme(self, key: str) -> dict[str, Any]:
        return dict(self.doc["components"]["securitySchemes"][key])

    # -- validation ------------------------------------------------------------------------------
    def validator(self, ptr: str) -> Draft202012Validator:
        """A 2020-12 validator for the schema at ``ptr`` (``$ref``s resolve inside the spec)."""
        self.at(ptr)  # fail loudly when the schema is missing
        ref = f"{self.uri}#{quote(ptr, safe='/~:@!$&()*+,;=')}"
        return Draft202012Validator({"$ref": ref}, registry=self.registry, format_checker=self.formats)

    def valid(self, ptr: str, instance: Any) -> bool:
        return bool(self.validator(ptr).is_valid(instance))

    def errors(self, ptr: str, instance: Any) -> list[str]:
        return [e.message for e in self.validator(ptr).iter_errors(instance)]

    def schema_ptr(self, name: str) -> str:
        ptr = pointer("components", "schemas", name)
        self.at(ptr)
        return ptr

    # -- the runtime's instance transformations, as declared by the spec --------------------------
    def decode_strings(self, ptr: str, instance: Any) -> Any:
        """Apply every ``x-specloom-decode-strings`` on the schema path of ``instance``."""
        schema, ptr = self.deref(self.at(ptr), ptr)
        if not isinstance(schema, dict):
            return instance
        table = schema.get("x-specloom-decode-strings") or {}
        if isinstance(instance, str) and instance in table:
            return table[instance]
        for i, _ in enumerate(schema.get("allOf") or []):
            instance = self.decode_strings(f"{ptr}/allOf/{i}", instance)
        if isinstance(instance, dict):
            props = schema.get("properties") or {}
            return {
                k: self.decode_strings(ptr + pointer("properties", k), v) if k in props else v
                for k, v in instance.items()
            }
        if isinstance(instance, list) and "items" in schema:
            return [self.decode_strings(ptr + "/items", v) for v in instance]
        return instance

    def normalize_keys(self, ptr: str, instance: dict[str, Any]) -> dict[str, Any]:
        """Apply the schema's ``x-specloom-normalize-keys`` to its undeclared property names."""
        schema = self.get(ptr)
        table = schema.get("x-specloom-normalize-keys") or {}
        declared = schema.get("properties") or {}
        out = {}
        for key, value in instance.items():
            if key not in declared:
                key = "".join(table.get(ch, ch) for ch in key)
            out[key] = value
        return out


def spec(name: str) -> Spec:
    return Spec(name)


def fresh_copy(name: str) -> dict[str, Any]:
    return copy.deepcopy(raw(name))


def xml_to_json(text: str) -> Any:
    """specloom's XML->JSON convention: root dropped, attributes and children become members,
    text-only elements become strings, repeated children become lists."""

    def convert(elem: Any) -> Any:
        if not elem.attrib and len(elem) == 0:
            return (elem.text or "").strip()
        out: dict[str, Any] = dict(elem.attrib)
        for child in elem:
            value = convert(child)
            if child.tag in out:
                previous = out[child.tag]
                out[child.tag] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                out[child.tag] = value
        return out

    return convert(ElementTree.fromstring(text))


JSONP = re.compile(r"^\s*[A-Za-z_$][A-Za-z0-9_$.]*\s*\((?P<json>.*)\)\s*;?\s*$", re.S)


def unwrap_jsonp(text: str) -> Any:
    match = JSONP.match(text)
    assert match, f"not JSONP: {text!r}"
    return json.loads(match["json"])


def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return data


# -- where each x-specloom key stands ------------------------------------------------------------
SCHEMA_SINGLE = (
    "items", "contains", "additionalProperties", "propertyNames", "not", "if", "then", "else",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema",
)
SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")
DATA_KEYS = ("example", "examples", "default", "const", "enum")


def _schemas(node: Any, ptr: str) -> Iterator[tuple[str, str, Any]]:
    if not isinstance(node, dict):
        return
    yield "schema", ptr, node
    for key in SCHEMA_SINGLE:
        if key in node:
            yield from _schemas(node[key], ptr + pointer(key))
    for key in SCHEMA_LIST:
        for i, sub in enumerate(node.get(key) or []):
            yield from _schemas(sub, ptr + pointer(key, i))
    for key in SCHEMA_MAP:
        for name, sub in (node.get(key) or {}).items():
            yield from _schemas(sub, ptr + pointer(key, name))


def _media(content: Any, ptr: str, role: str) -> Iterator[tuple[str, str, Any]]:
    for media_type, media in (content or {}).items():
        here = ptr + pointer(media_type)
        yield role, here, media
        if "schema" in media:
            yield from _schemas(media["schema"], here + "/schema")


def _parameter(param: Any, ptr: str) -> Iterator[tuple[str, str, Any]]:
    if "$ref" in param:
        return
    yield "parameter", ptr, param
    if "schema" in param:
        yield from _schemas(param["schema"], ptr + "/schema")
    yield from _media(param.get("content"), ptr + "/content", "parameterMediaType")


def _response(response: Any, ptr: str) -> Iterator[tuple[str, str, Any]]:
    if "$ref" in response:
        return
    yield "response", ptr, response
    yield from _media(response.get("content"), ptr + "/content", "responseMediaType")
    for name, header in (response.get("headers") or {}).items():
        yield "header", ptr + pointer("headers", name), header
        if "schema" in header:
            yield from _schemas(header["schema"], ptr + pointer("headers", name, "schema"))


def _request_body(body: Any, ptr: str) -> Iterator[tuple[str, str, Any]]:
    if "$ref" not in body:
        yield "requestBody", ptr, body
        yield from _media(body.get("content"), ptr + "/content", "mediaType")


def walk(doc: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """``(role, pointer, object)`` for every object that can carry x-specloom keys, plus the
    objects that cannot (root, info, server, ..., response/parameter media types, headers)."""
    yield "root", "", doc
    yield "info", "/info", doc.get("info", {})
    for i, server in enumerate(doc.get("servers") or []):
        yield "server", f"/servers/{i}", server
    components = doc.get("components") or {}
    yield "components", "/components", components
    for name, scheme in (components.get("securitySchemes") or {}).items():
        yield "securityScheme", pointer("components", "securitySchemes", name), scheme
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schemas(schema, pointer("components", "schemas", name))
    for name, param in (components.get("parameters") or {}).items():
        yield from _parameter(param, pointer("components", "parameters", name))
    for name, response in (components.get("responses") or {}).items():
        yield from _response(response, pointer("components", "responses", name))
    for name, body in (components.get("requestBodies") or {}).items():
        yield from _request_body(body, pointer("components", "requestBodies", name))
    for path, item in (doc.get("paths") or {}).items():
        base = pointer("paths", path)
        yield "pathItem", base, item
        for i, param in enumerate(item.get("parameters") or []):
            yield from _parameter(param, f"{base}/parameters/{i}")
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            here = f"{base}/{method}"
            yield "operation", here, op
            for i, param in enumerate(op.get("parameters") or []):
                yield from _parameter(param, f"{here}/parameters/{i}")
            if "requestBody" in op:
                yield from _request_body(op["requestBody"], here + "/requestBody")
            for status, response in (op.get("responses") or {}).items():
                yield from _response(response, here + pointer("responses", status))


def all_specloom_keys(node: Any, ptr: str = "") -> Iterator[tuple[str, str]]:
    """``(pointer of the owning object, key)`` for every x-specloom key anywhere outside data."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("x-specloom-"):
                yield ptr, key
            elif key not in DATA_KEYS:
                yield from all_specloom_keys(value, ptr + pointer(key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from all_specloom_keys(item, f"{ptr}/{i}")
