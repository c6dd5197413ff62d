"""The kit's facts come from the spec's shape, not from vendor names: the synthetic sixth vendor
(``tests/fixtures/sixth_vendor.yaml``, the whole x-specloom vocabulary) generates a working fake;
the IR stage that finds collections, ids and samples is tested on its own; every sample it
synthesises is valid against its schema."""

from __future__ import annotations

import importlib
import shutil
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from specloom_runtime.errors import ErrorInBody, NotFoundError
from specloom_runtime.wire import sign

from specloom.check import lint
from specloom.ir.build import build_ir
from specloom.ir.samples import SchemaCheck, Synthesizer
from specloom.load import load
from tests.pipeline.helpers import ROOT, run_cli, write_spec

SIXTH = ROOT / "tests" / "fixtures" / "sixth_vendor.yaml"
CREDENTIALS = {"api_token": "tok-1", "signing_key": "sign-2", "form_key": "form-3"}


@pytest.fixture(scope="module")
def sixth(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    tmp = tmp_path_factory.mktemp("kit")
    shutil.copy(SIXTH, tmp / "kit_sixth.yaml")
    code, _, err = run_cli("generate", str(tmp / "kit_sixth.yaml"), "--out", str(tmp / "out"))
    assert code == 0, err
    sys.path.insert(0, str(tmp / "out"))
    try:
        importlib.import_module("kit_sixth")
        return importlib.import_module("kit_sixth.testing")
    finally:
        sys.path.remove(str(tmp / "out"))


def _client(fake: Any) -> Any:
    client_module = sys.modules["kit_sixth.client"]
    return client_module.Client(**CREDENTIALS, installation="news.example.invalid", transport=fake, max_retries=0, validate_responses="raise")


def test_roles_ids_and_answers_are_found_by_shape(sixth: ModuleType) -> None:
    plays = {b.operation: b for b in sixth.BEHAVIOURS}
    assert [(r.name, r.id_field, r.id_kind) for r in sixth.RESOURCES] == [("Member", "id", "int")]
    assert {op: (b.role, b.resource, b.answer) for op, b in plays.items()} == {
        "listMembers": ("list", "Member", "page"),
        "createMember": ("create", "Member", "ack"),
        "getMember": ("get", "Member", "item"),
        "listEvents": ("record", "", "sample"),  # no id property: not a collection
        "legacySubmit": ("record", "", "sample"),
        "subscribe": ("record", "", "sample"),
    }
    assert [s.rule for s in plays["createMember"].body_failures] == [0, 1, 2]  # rule 3 is a text pattern
    assert plays["legacySubmit"].wire_kinds == {"quiet": "bool"}
    assert plays["getMember"].wire_kinds == {"id": "int"}


def test_the_synthetic_vendor_plays_its_spec(sixth: ModuleType) -> None:
    fake = sixth.FakeApi(credentials=CREDENTIALS)
    fake.seed({"email": f"m{i}@example.com", "active": "Y"} for i in range(120))
    with _client(fake) as client:
        members = list(client.iter_list_members())
        assert [m.id for m in members] == list(range(1, 121)) and members[0].active is True
        assert [r.params["page"] for r in fake.requests] == [0, 1, 2]
        assert all(r.params["tier"] == "active" for r in fake.requests)
        assert client.get_member(id=7).email == "m6@example.com"
        with pytest.raises(NotFoundError):
            client.get_member(id=999)
        client.create_member(body={"email": "ada@example.com", "labels": {"team": "x"}})
        assert fake.items()[-1] == {"id": 121, "email": "ada@example.com", "labels": {"team": "x"}}
        fake.fail("createMember", error_in_body=0, times=1)
        with pytest.raises(ErrorInBody) as caught:
            client.create_member(body={"email": "ada@example.com"})
        assert (caught.value.code, caught.value.messages) == ("FAKE", ("Simulated failure (specloom testing kit)",))
        fake.fail("createMember", error_in_body=1, times=1)
        with pytest.raises(ErrorInBody) as rejected:
            client.create_member(body={"email": "ada@example.com"})
        assert rejected.value.messages == ("rejected",)
        assert client.legacy_submit(body={"email": "old@example.com", "quiet": True}).result == "ok"
        assert fake.payloads("legacySubmit") == [{"email": "old@example.com", "quiet": True, "format": "json"}]
        assert client.list_events() == []


def test_signatures_are_verified_when_the_key_is_known(sixth: ModuleType) -> None:
    fake = sixth.FakeApi(credentials=CREDENTIALS)
    with _client(fake) as client:
        client.create_member(body={"email": "ada@example.com"})
    seen = fake.requests[-1].raw
    assert seen.headers["X-Body-Signature"] == sign(seen.content, "sign-2", encoding="base64")
    other = sixth.FakeApi(credentials={**CREDENTIALS, "signing_key": "another"})
    with _client(other) as client, pytest.raises(ErrorInBody) as caught:
        client.create_member(body={"email": "ada@example.com"})
    # the spec documents no 401/403 for it, but failures inside its 2xx body: refused that way
    assert caught.value.status == other.behaviour("createMember").success.status


WIDGETS = """\
openapi: 3.1.0
info: {title: Widgets, version: "1"}
servers: [{url: "https://widgets.invalid/api"}]
paths:
  /widgets:
    post:
      operationId: makeWidget
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/WidgetInput"}
      responses:
        "201":
          description: written
          content:
            application/json:
              schema:
                type: object
                required: [field, ref, code]
                properties:
                  field: {type: string}
                  ref: {type: string}
                  code: {type: integer}
              example: {field: widgetId, ref: "77", code: 201}
  /widgets/{widgetId}:
    parameters:
      - {name: widgetId, in: path, required: true, schema: {type: integer}}
    get:
      operationId: fetchWidget
      responses:
        "200":
          description: the widget
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
    delete:
      operationId: dropWidget
      responses:
        "204": {description: gone}
        "404": {description: no such widget}
components:
  schemas:
    WidgetInput:
      type: object
      required: [label]
      additionalProperties: false
      properties:
        label: {type: string, minLength: 2}
        ownerId: {type: integer}
    Widget:
      type: object
      required: [widgetId, label, created]
      properties:
        widgetId: {type: integer, readOnly: true}
        ownerId: {type: integer}
        label: {type: string}
        created: {type: string, format: date-time, readOnly: true}
        sku: {type: string, pattern: "^[0-9]{3}$", readOnly: true}
"""


def test_an_inline_spec_gets_a_collection_an_id_and_an_acknowledgement(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "widgets.yaml", WIDGETS)
    resolved, reporter = lint(load(spec))
    api = build_ir(resolved, reporter)
    [resource] = api.kit_resources
    assert (resource.name, resource.id_field, resource.id_kind) == ("Widget", "widgetId", "int")
    assert resource.server_fields.value == {"label": ""}  # required or read-only, not a date
    assert resource.stamps.value == {"created": "date-time"}  # the moment of storing, not the example's
    plays = {op.operation_id: op.kit for op in api.operations}
    assert plays["makeWidget"] is not None and plays["makeWidget"].answer == "ack"
    assert plays["makeWidget"].ack_id_pointer == "/ref"  # names widgetId; "201" is the status
    assert plays["fetchWidget"] is not None and plays["fetchWidget"].role == "get"
    drop = plays["dropWidget"]
    assert drop is not None and (drop.role, drop.success.status, drop.success.body) == ("delete", 204, None)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "format": "email"},
        {"type": "string", "format": "dd/mm/yyyy"},
        {"type": "string", "pattern": "^[0-9]{3}$"},
        {"type": "string", "minLength": 4, "maxLength": 6},
        {"type": "integer", "exclusiveMinimum": 7},
        {"type": "number", "minimum": -2.5, "maximum": -1},
        {"type": ["null", "boolean"]},
        {"type": "array", "minItems": 2, "items": {"enum": ["a", "b"]}},
        {"allOf": [{"$ref": "#/components/schemas/Base"}], "required": ["extra"], "properties": {"extra": {"const": 3}}},
        {"type": "object", "anyOf": [{"required": ["email"]}, {"required": ["phone"]}], "properties": {"email": {"format": "email", "type": "string"}}},
        {"$ref": "#/components/schemas/Base"},
    ],
)
def test_synthesised_instances_are_valid(schema: dict[str, Any]) -> None:
    document = {
        "components": {"schemas": {
            "Test": schema,
            "Base": {"type": "object", "required": ["id", "when"], "properties": {"id": {"type": "integer", "minimum": 1}, "when": {"type": "string", "format": "date"}}},
        }},
    }  # fmt: skip
    value = Synthesizer(document).value(schema)
    assert SchemaCheck(document).valid("/components/schemas/Test", value), value


TOKENS = """\
openapi: 3.1.0
info: {title: Tokens, version: "1"}
paths:
  /Tokens/{Sid}:
    get:
      operationId: fetchToken
      parameters:
        - {name: Sid, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the token
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Token"}
components:
  schemas:
    Token:
      type: object
      properties:
        account_sid: {type: string}
        sid: {type: string, pattern: "^TK[0-9a-f]{8}$"}
      examples:
        - {account_sid: ACffffffff, sid: TKaaaaaaaa}
"""


def test_the_item_path_names_the_id_and_string_ids_keep_the_example_shape(tmp_path: Path) -> None:
    from specloom_runtime.testing.kit import Resource
    from specloom_runtime.testing.play import _Collection

    resolved, reporter = lint(load(write_spec(tmp_path, "tokens.yaml", TOKENS)))
    [resource] = build_ir(resolved, reporter).kit_resources
    assert (resource.id_field, resource.id_kind, resource.id_template) == ("sid", "str", "TKaaaaaaaa")
    collection = _Collection(Resource("Token", "sid", "str", {}, id_template="TKaaaaaaaa"), (), datetime.now)
    collection.store({"sid": "TK00000001"})
    made = [collection.store({})["sid"] for _ in range(2)]
    assert made == ["TK00000002", "TK00000003"]  # the given id is not reused
