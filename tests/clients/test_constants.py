"""A required constant (``const``, or an ``enum`` of one value) is filled in by the client in every
request location (query, header, form field, JSON body field): never an argument, always sent.

Checked on Client Toolbox (the form field ``type``) and on a small generated spec with a
constant in each location."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from types import ModuleType
from urllib.parse import parse_qsl

import httpx
import pytest

from specloom.apis import clienttoolbox
from tests.clients.support import Harness, json_answer
from tests.pipeline.helpers import run_cli, write_spec

SPEC = """\
openapi: 3.1.0
info: {title: Constants, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /things:
    post:
      operationId: addThing
      parameters:
        - {name: action, in: query, required: true, schema: {type: string, enum: [ADD]}}
        - {name: X-Version, in: header, required: true, schema: {const: "2"}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "204": {description: done}
  /things/form:
    post:
      operationId: addThingByForm
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [kind, name]
              properties:
                kind: {type: string, const: thing}
                name: {type: string}
      responses:
        "204": {description: done}
components:
  schemas:
    Thing:
      type: object
      required: [kind, name]
      additionalProperties: false
      properties:
        kind: {type: string, enum: [thing]}
        name: {type: string}
"""


@pytest.fixture(scope="module")
def consts(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    tmp = tmp_path_factory.mktemp("consts")
    code, _, err = run_cli("generate", str(write_spec(tmp, "consts_api.yaml", SPEC)), "--out", str(tmp / "out"))
    assert code == 0, err
    sys.path.insert(0, str(tmp / "out"))
    try:
        return importlib.import_module("consts_api")
    finally:
        sys.path.remove(str(tmp / "out"))


def test_constants_are_no_arguments_and_always_sent(consts: ModuleType) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    assert set(inspect.signature(consts.Client.add_thing).parameters) == {"self", "body", "timeout", "headers"}
    with consts.Client(transport=httpx.MockTransport(answer)) as client:
        client.add_thing(body={"name": "bolt"})
        client.add_thing(body=consts.Thing(name="nut"))  # the model's constant field has its value
        client.add_thing_by_form(body={"name": "washer"})
    first, second, form = sent
    assert first.url.params["action"] == "ADD" and first.headers["X-Version"] == "2"
    assert json.loads(first.content) == {"name": "bolt", "kind": "thing"}
    assert json.loads(second.content) == {"kind": "thing", "name": "nut"}
    assert dict(parse_qsl(form.content.decode())) == {"kind": "thing", "name": "washer"}


def test_clienttoolbox_type_is_filled_in() -> None:
    h = Harness("clienttoolbox", "sync", answers=[json_answer({"status": "success", "customer": {"code": "1"}})])
    h.call("record_customer", body={"customer_action": "new", "account_id": "greatwidgets", "first_name": "Ann"})
    assert ("type", "record_customer") in parse_qsl(h.last.content.decode())
    form = clienttoolbox.RecordCustomerForm(customer_action="new", account_id="greatwidgets", first_name="Ann")
    assert form.to_dict()["type"] == "record_customer"

