"""Every spec is valid OpenAPI 3.1, uses the x-specloom vocabulary correctly, and is coherent.

Input: the five specs and the sixth-vendor fixture, ``generator/vocabulary.schema.json``.
Output: pass/fail. Checks: openapi-spec-validator; each x-specloom key is allowed where it stands
and its value satisfies the vocabulary schema; no x-specloom key hides anywhere else; the
operationIds are exactly the agreed list; cross-object rules no schema can express (see
"Coherence rules" in specs/README.md); every example validates against its schema.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from .spec_helpers import (
    VENDORS,
    Spec,
    all_specloom_keys,
    spec,
    spec_path,
    unwrap_jsonp,
    vocabulary,
    walk,
    xml_to_json,
)

ALL = [*VENDORS, "sixth_vendor"]
every_spec = pytest.mark.parametrize("name", ALL)

OPERATION_IDS = {
    "firecart": ["addCustomer"],
    "cartfunnel": ["listCustomers", "getCustomer", "createCustomer", "updateCustomer"],
    "salesfire": ["syncCustomer"],
    "shift4shop": [
        "createCustomer", "listCustomers", "listCustomerGroupCustomers", "getCustomer",
        "updateCustomers", "updateCustomer", "deleteCustomer",
    ],
    "clienttoolbox": ["recordCustomer"],
}
KEYS_BY_LOCATION = {
    "root": {"x-specloom-sync"},
    "securityScheme": {"x-specloom-in", "x-specloom-signature", "x-specloom-env"},
    "operation": {
        "x-specloom-pagination", "x-specloom-empty-result", "x-specloom-single-item",
        "x-specloom-retry-safe", "x-specloom-response-format",
    },
    "response": {"x-specloom-error-in-body", "x-specloom-item-status"},
    "mediaType": {"x-specloom-envelope"},
    "schema": {
        "x-specloom-decode-strings", "x-specloom-normalize-keys", "x-specloom-presence-flag",
        "x-specloom-client-default", "x-specloom-only-with",
    },
    "parameter": {"x-specloom-client-default", "x-specloom-filter", "x-specloom-count-only"},
}
FORM = "application/x-www-form-urlencoded"


@every_spec
def test_openapi_valid(name: str) -> None:
    s = spec(name)
    assert s.doc["openapi"] == "3.1.0"
    validate(s.doc)


@pytest.mark.parametrize("name", VENDORS)
def test_operation_ids(name: str) -> None:
    found = [op["operationId"] for _, _, _, op in spec(name).operations()]
    assert sorted(found) == sorted(OPERATION_IDS[name])


def test_vocabulary_schema_shape() -> None:
    vocab = vocabulary()
    Draft202012Validator.check_schema(vocab)
    assert {k: set(v) for k, v in vocab["locations"].items()} == KEYS_BY_LOCATION
    keys = {key for keys in KEYS_BY_LOCATION.values() for key in keys}
    targets = {entry["$ref"] for loc in vocab["locations"].values() for entry in loc.values()}
    assert targets == {f"#/$defs/{name}" for name in vocab["$defs"]}  # one $defs entry per key
    assert len(vocab["$defs"]) == len(keys) == 19
    text = repr(vocab).lower()
    for vendor in (*VENDORS, "3dcart", "sticky"):
        assert vendor not in text, f"the vocabulary names a vendor: {vendor}"


def _vocab_validator(location: str, key: str) -> Draft202012Validator:
    vocab = vocabulary()
    return Draft202012Validator({**vocab["locations"][location][key], "$defs": vocab["$defs"]})


@every_spec
def test_vocabulary_keys_valid(name: str) -> None:
    s = spec(name)
    placed: set[tuple[str, str]] = set()
    problems: list[str] = []
    for role, ptr, node in walk(s.doc):
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-specloom-")):
                continue
            placed.add((ptr, key))
            if key not in KEYS_BY_LOCATION.get(role, set()):
                problems.append(f"{ptr}/{key}: not allowed on a {role}")
                continue
            for err in _vocab_validator(role, key).iter_errors(value):
                problems.append(f"{ptr}/{key}: {err.message}")
    hidden = set(all_specloom_keys(s.doc)) - placed
    problems += [f"{ptr}/{key}: x-specloom key outside any known location" for ptr, key in sorted(hidden)]
    assert not problems, "\n".join(problems)


BAD_VALUES = [
    ("securityScheme", "x-specloom-in", "header"),
    ("securityScheme", "x-specloom-signature", {"algorithm": "hmac-sha1", "encoding": "hex", "payload": "body"}),
    ("securityScheme", "x-specloom-signature", {"algorithm": "hmac-sha256", "encoding": "hex"}),
    ("securityScheme", "x-specloom-env", "lower_case"),
    ("operation", "x-specloom-pagination", {"style": "page", "pageParam": "page", "firstPage": 1}),
    ("operation", "x-specloom-pagination", {"style": "cursor", "pageParam": "c", "firstPage": 1, "pageSize": 5}),
    ("operation", "x-specloom-empty-result", {}),
    ("operation", "x-specloom-empty-result", {"status": ["404"]}),
    ("operation", "x-specloom-single-item", False),
    ("operation", "x-specloom-retry-safe", "yes"),
    ("operation", "x-specloom-response-format", {"param": "output"}),
    ("response", "x-specloom-error-in-body", []),
    ("response", "x-specloom-error-in-body", [{"when": {"pointer": "/a", "equals": 1, "present": True}}]),
    ("response", "x-specloom-error-in-body", [{"when": {"pointer": "a", "present": True}}]),
    ("response", "x-specloom-error-in-body", [{"when": {"textPattern": "x"}, "codePattern": "(?<code>1)"}]),
    ("response", "x-specloom-error-in-body", [{"when": {"textPattern": "x"}, "severity": "high"}]),
    ("mediaType", "x-specloom-envelope", ""),
    ("schema", "x-specloom-decode-strings", {}),
    ("schema", "x-specloom-normalize-keys", {"ab": "_"}),
    ("schema", "x-specloom-presence-flag", False),
    ("schema", "x-specloom-only-with", []),
    ("parameter", "x-specloom-filter", {}),
    ("parameter", "x-specloom-filter", {"match": "equals"}),
    ("parameter", "x-specloom-filter", {"property": "a", "match": "like"}),
    ("parameter", "x-specloom-count-only", {"pointer": "TotalCount"}),
    ("operation", "x-specloom-response-format", {"param": "output", "values": {"J": "application/json"}, "compactParam": ""}),
]


@pytest.mark.parametrize(("location", "key", "value"), BAD_VALUES)
def test_vocabulary_rejects(location: str, key: str, value: Any) -> None:
    assert not _vocab_validator(location, key).is_valid(value)


# -- coherence: what the vocabulary schema cannot say -------------------------------------------


def _success(s: Spec, op: dict[str, Any], ptr: str) -> tuple[str, Any]:
    for status in sorted(op["responses"]):
        if status.startswith("2"):
            target, tptr = s.deref(op["responses"][status], f"{ptr}/responses/{status}")
            media_type, _ = next(iter(target["content"].items()))
            schema_ptr = tptr + "/content/" + media_type.replace("/", "~1") + "/schema"
            return schema_ptr, s.get(schema_ptr)
    raise AssertionError(f"{ptr}: no 2xx response")


def _query_params(s: Spec, ptr: str, op: dict[str, Any]) -> set[str]:
    item_ptr = ptr.rsplit("/", 1)[0]
    params = [*(s.at(item_ptr).get("parameters") or []), *(op.get("parameters") or [])]
    return {s.deref(p, "")[0]["name"] for p in params if s.deref(p, "")[0]["in"] == "query"}


@every_spec
def test_coherence(name: str) -> None:
    s = spec(name)
    schemes = s.doc["components"]["securitySchemes"]
    for _, _, ptr, op in s.operations():
        success_ptr, success = _success(s, op, ptr)
        for key in ("x-specloom-pagination", "x-specloom-empty-result", "x-specloom-single-item"):
            if key in op:
                assert success.get("type") == "array", f"{ptr}: {key} on a non-list answer"
        query = _query_params(s, ptr, op)
        for role in ("pageParam", "offsetParam", "limitParam"):
            if role in op.get("x-specloom-pagination", {}):
                assert op["x-specloom-pagination"][role] in query, f"{ptr}: {role}"
        content = s.deref(op.get("requestBody", {}), "")[0].get("content", {})
        for media in content.values():
            if "x-specloom-envelope" in media:
                schema = s.deref(media["schema"], "")[0]
                assert media["x-specloom-envelope"] in schema.get("required", []), f"{ptr}: envelope"
        requirement = op.get("security", s.doc.get("security")) or []
        used = {key for req in requirement for key in req}
        if any(schemes[k].get("x-specloom-in") == "form" for k in used):
            assert FORM in content, f"{ptr}: form credentials without a form body"
        for status, response in op["responses"].items():
            if "x-specloom-error-in-body" in s.deref(response, "")[0]:
                assert status.startswith("2"), f"{ptr}: error-in-body on {status}"
        fmt = op.get("x-specloom-response-format")
        if fmt:
            fields = set(s.deref(content.get(FORM, {}).get("schema", {}), "")[0].get("properties", {}))
            for role in ("param", "jsonpParam"):
                if role in fmt:
                    assert fmt[role] in query | fields, f"{ptr}: response format {role}"
            _, success_response = s.response(op["operationId"], success_ptr.split("/responses/")[1].split("/")[0])
            media_types = set(success_response["content"])
            assert set(fmt["values"].values()) <= media_types, f"{ptr}: undeclared response media type"
    for key, scheme in schemes.items():
        if "x-specloom-signature" in scheme:
            assert scheme["in"] == "header", key
    for role, ptr, node in walk(s.doc):
        if role != "schema" and role != "parameter":
            continue
        schema = node.get("schema", {}) if role == "parameter" else node
        if "x-specloom-client-default" in node:
            holder = ptr + "/schema" if role == "parameter" else ptr
            assert s.valid(holder, node["x-specloom-client-default"]), f"{ptr}: client default invalid"
        if role != "schema":
            continue
        if "x-specloom-presence-flag" in node:
            assert schema.get("type") == "boolean", f"{ptr}: presence flag on a non-boolean"
        if "x-specloom-normalize-keys" in node:
            assert "additionalProperties" in schema or "patternProperties" in schema, ptr
        for wire, value in (node.get("x-specloom-decode-strings") or {}).items():
            assert s.valid(ptr, value), f"{ptr}: decoded {wire!r} -> {value!r} is not valid here"


def _examples(media: dict[str, Any]) -> list[Any]:
    found = [media["example"]] if "example" in media else []
    found += [e["value"] for e in (media.get("examples") or {}).values() if "value" in e]
    return found


@every_spec
def test_examples_valid(name: str) -> None:
    s = spec(name)
    checked = 0
    for role, ptr, node in walk(s.doc):
        if role == "schema":
            for i, example in enumerate(node.get("examples") or []):
                assert s.valid(ptr, example), f"{ptr}/examples/{i}: {s.errors(ptr, example)}"
                checked += 1
        elif role in ("mediaType", "responseMediaType", "parameterMediaType") and "schema" in node:
            media_type = ptr.rsplit("/", 1)[1].replace("~1", "/")
            for example in _examples(node):
                if media_type == "application/xml":
                    example = xml_to_json(example)
                elif media_type == "application/javascript":
                    example = unwrap_jsonp(example)
                if role == "responseMediaType":
                    example = s.decode_strings(ptr + "/schema", example)
                assert s.valid(ptr + "/schema", example), f"{ptr}: {s.errors(ptr + '/schema', example)}"
                checked += 1
        elif role == "parameter" and "example" in node and "schema" in node:
            assert s.valid(ptr + "/schema", node["example"]), ptr
            checked += 1
    if name in VENDORS:
        assert checked >= 3, f"{name}: only {checked} examples"


@pytest.mark.parametrize("name", VENDORS)
def test_no_yaml11_traps(name: str) -> None:
    """Specs read the same under YAML 1.1 (PyYAML) and 1.2: no bare yes/no/on/off or dates."""
    text = spec_path(name).read_text(encoding="utf-8")
    traps = re.compile(r"(:|-)\s+(yes|no|on|off|y|n|Yes|No|On|Off|Y|N|YES|NO|\d{4}-\d{2}-\d{2})\s*$")
    bad = [line for line in text.splitlines() if traps.search(line) and not line.lstrip().startswith("#")]
    assert not bad, bad
