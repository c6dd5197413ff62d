"""Real-world documents reference everything: request bodies, responses, parameters, headers,
examples, links and path items given as ``$ref`` are read through one resolver in every stage,
and inline models that share a hint (the branches of a ``oneOf``) get distinct class names."""

from __future__ import annotations

import ast
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

import httpx

from specloom.names import Scope
from tests.pipeline.helpers import run_cli, write_spec

REFERENCED = """\
openapi: 3.1.0
info: {title: Referenced, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /things:
    $ref: "#/components/pathItems/Things"
components:
  pathItems:
    Things:
      post:
        operationId: createThing
        parameters: [{$ref: "#/components/parameters/Limit"}]
        requestBody: {$ref: "#/components/requestBodies/NewThing"}
        responses:
          "201": {$ref: "#/components/responses/Created"}
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, maximum: 10}}
  requestBodies:
    NewThing:
      required: true
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Thing"}
  responses:
    Created:
      description: created
      headers:
        X-Rate: {$ref: "#/components/headers/Rate"}
      links:
        self: {$ref: "#/components/links/Self"}
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Thing"}
          examples:
            one: {$ref: "#/components/examples/One"}
  headers:
    Rate: {schema: {type: integer}}
  links:
    Self: {operationId: createThing}
  examples:
    One: {value: {name: "first", size: 2}}
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1}
        size: {type: integer}
"""


def _package(out: Path, name: str) -> object:
    sys.path.insert(0, str(out))
    try:
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
        return importlib.import_module(f"{name}.client")
    finally:
        sys.path.remove(str(out))


def test_referenced_bodies_responses_parameters_and_path_items_generate(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "referenced.yaml", REFERENCED)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), "--strict")
    assert code == 0, err
    client_module = _package(tmp_path / "out", "referenced")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"name": "first", "size": 2})

    with client_module.Client(transport=httpx.MockTransport(answer)) as client:  # type: ignore[attr-defined]
        result = client.create_thing(limit=3, body={"name": "first", "size": 2})
        assert result.name == "first" and result.size == 2
        try:  # the request validator is the referenced body's: an empty name is refused
            client.create_thing(limit=3, body={"name": ""})
        except Exception as exc:  # noqa: BLE001 - the generated package's own error type
            assert "/body/name" in str(exc)
        else:
            raise AssertionError("an invalid body must be refused before sending")
    assert len(sent) == 1 and sent[0].url.params["limit"] == "3"
    assert json.loads(sent[0].content) == {"name": "first", "size": 2}


BRANCHES = """\
openapi: 3.1.0
info: {title: Branches, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /pay:
    post:
      operationId: pay
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Payment"}
      responses:
        "204": {description: done}
components:
  schemas:
    Payment:
      type: object
      properties:
        method:
          oneOf:
            - {type: object, required: [card], properties: {card: {type: string}}}
            - {type: object, required: [iban], properties: {iban: {type: string}}}
            - {type: object, required: [wallet], properties: {wallet: {type: string}}}
    PaymentMethod:
      type: object
      properties: {kind: {type: string}}
"""


def _top_level_names(source: str) -> list[str]:
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def duplicate_definitions(package: Path) -> dict[str, dict[str, int]]:
    """Module -> top-level names it defines more than once (the last one silently wins)."""
    found = {}
    for module in sorted(package.rglob("*.py")):
        twice = {n: c for n, c in Counter(_top_level_names(module.read_text(encoding="utf-8"))).items() if c > 1}
        if twice:
            found[str(module.relative_to(package))] = twice
    return found


def test_inline_branch_models_get_distinct_class_names(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "branches.yaml", BRANCHES)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), "--strict")
    assert code == 0, err
    assert duplicate_definitions(tmp_path / "out") == {}
    classes = [n for n in _top_level_names((tmp_path / "out" / "branches" / "models.py").read_text()) if n[0].isupper()]
    assert len([c for c in classes if c.startswith("PaymentMethod")]) == 4  # three branches and the component


def test_allocate_new_never_hands_out_a_name_twice() -> None:
    scope = Scope(style="pascal")
    first, second = scope.allocate_new("payment method"), scope.allocate_new("payment method")
    assert first == "PaymentMethod" and second != first
    assert scope.allocate_new("PaymentMethod") not in (first, second)
