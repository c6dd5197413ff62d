"""Random valid specs -> packages black leaves as they are (``generate`` no longer runs black).

The drawn specs stress what the templates cannot lay out in advance: names and literals of any
length (so lines land on both sides of 100 columns), one, several or no items where the templates
loop (parameters, fields, responses, credentials, server variables), quotes inside strings
(black's quote choice), enums and unions in annotations. Every module, ``validators.py``
included, must be unchanged by the pinned black, whether ``specloom.format`` wrote it directly or sent it through black.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import black
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from specloom.check import Options
from specloom.format import black_mode
from specloom.pipeline import build_package
from tests.generator_properties.schemas import budget

# short and long wire names, with separators the name allocator has to replace
_WORDS = st.sampled_from(("id", "name", "customer", "billing", "address", "phone", "Number",
                          "SecondaryContactInformation", "x", "shipping", "createdAt", "status"))  # fmt: skip
NAMES = st.lists(_WORDS, min_size=1, max_size=5).map("_".join)
TEXT = st.text(st.sampled_from("ab \"'.-é"), max_size=60)
LONG_TEXT = st.one_of(TEXT, st.lists(_WORDS, min_size=8, max_size=20).map(" ".join))


@st.composite
def _property(draw: st.DrawFn, models: list[str]) -> dict[str, Any]:
    kinds = ["string", "integer", "enum", "array", "date", "nullable", "object"] + (["ref", "refs"] if models else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "enum":
        return {"type": "string", "enum": draw(st.lists(st.one_of(NAMES, TEXT), min_size=1, max_size=7, unique=True))}
    if kind == "array":
        return {"type": "array", "items": {"type": draw(st.sampled_from(("string", "integer", "boolean")))}}
    if kind == "date":
        return {"type": "string", "format": draw(st.sampled_from(("date", "date-time")))}
    if kind == "nullable":
        return {"type": ["string", "null"]}
    if kind == "object":
        return {"type": "object", "additionalProperties": {"type": draw(st.sampled_from(("string", "integer")))}}
    if kind == "ref":
        return {"$ref": f"#/components/schemas/{draw(st.sampled_from(models))}"}
    if kind == "refs":
        return {"type": "array", "items": {"$ref": f"#/components/schemas/{draw(st.sampled_from(models))}"}}
    return {"type": kind, "description": draw(LONG_TEXT)}


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    model_names = draw(st.lists(NAMES.map(lambda n: n.title().replace("_", "")), max_size=3, unique=True))
    schemas: dict[str, Any] = {}
    for index, model in enumerate(model_names):
        props = draw(st.lists(NAMES, max_size=6, unique=True))
        earlier = model_names[:index]  # refs only backwards: no recursion to reason about
        schemas[model] = {"type": "object", "description": draw(LONG_TEXT),
                          "properties": {p: draw(_property(earlier)) for p in props},
                          "required": props[: draw(st.integers(0, len(props)))]}  # fmt: skip
    paths: dict[str, Any] = {}
    for op_id in draw(st.lists(NAMES, min_size=1, max_size=3, unique=True)):
        params = [{"name": n, "in": "query", "description": draw(LONG_TEXT), "schema": draw(_property([]))}
                  for n in draw(st.lists(NAMES, max_size=4, unique=True))]  # fmt: skip
        operation: dict[str, Any] = {"operationId": op_id, "summary": draw(LONG_TEXT), "parameters": params,
                                     "responses": {"200": {"description": "ok"}}}  # fmt: skip
        if model_names:  # two ifs: in `model_names and draw(...)` mypy infers the draw as a list[str]
            if draw(st.booleans()):
                ref = {"$ref": f"#/components/schemas/{draw(st.sampled_from(model_names))}"}
                answer = draw(st.sampled_from((ref, {"type": "array", "items": ref})))
                operation["responses"]["200"]["content"] = {"application/json": {"schema": answer}}
                operation["requestBody"] = {"required": draw(st.booleans()), "content": {"application/json": {"schema": ref}}}
        paths[f"/{op_id}"] = {draw(st.sampled_from(("get", "post", "put"))): operation}
    server: dict[str, Any] = {"url": "https://api.example.invalid/v1"}
    if draw(st.booleans()):
        server = {"url": "https://{host}/v1", "variables": {"host": {"default": draw(st.sampled_from(("", "api.example.invalid")))}}}
    keys = draw(st.lists(NAMES, max_size=3, unique=True))
    return {
        "openapi": "3.1.0",
        "info": {"title": draw(LONG_TEXT) or "API", "version": "1", "description": draw(LONG_TEXT)},
        "servers": [server],
        "security": [{k: [] for k in keys}] if keys else [],
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {k: {"type": "apiKey", "in": "header", "name": k.title()} for k in keys}},
    }  # fmt: skip


@settings(max_examples=budget(8), suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(spec=specs())
def test_any_spec_generates_black_stable_modules(spec: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "drawn.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    _, files, _, _ = build_package(path, Options(lenient=True))
    for name, source in files.items():
        if name.suffix == ".py" and source:
            assert black.format_str(source, mode=black_mode()) == source, f"{name} is not black-stable"
