"""Boolean schemas as ``allOf`` members of a model: ``true`` adds nothing, ``false`` no field.

``{"allOf": [true, {"$ref": ...}]}`` is valid JSON Schema; the IR collected each member's
properties with ``member.get(...)`` and stopped with an internal error ("'bool' object has no
attribute 'get'", found by random schemas put into a spec).
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import generated_module

SPEC = """\
openapi: 3.1.0
info: {title: Boolean members, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /things:
    get:
      operationId: getThing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Base:
      type: object
      required: [id]
      properties:
        id: {type: integer}
    Thing:
      allOf:
        - true
        - {$ref: "#/components/schemas/Base"}
        - type: object
          properties:
            name: {type: string}
    Never:
      type: object
      properties:
        note: {type: string}
      allOf: [false]
"""


def test_boolean_members_add_no_field(tmp_path: Path) -> None:
    with generated_module(tmp_path, "booleans.yaml", SPEC, "booleans.models") as models:
        thing = models.Thing.from_dict({"id": 1, "name": "a"})
        assert (thing.id, thing.name) == (1, "a")
        assert [f for f in models.Never.__dataclass_fields__ if f != "extra"] == ["note"]  # extra: unnamed keys


def test_the_validators_read_them_as_json_schema(tmp_path: Path) -> None:
    with generated_module(tmp_path, "booleans.yaml", SPEC, "booleans.validators") as validators:
        assert validators.VALIDATORS["Thing"].is_valid({"id": 1})
        assert not validators.VALIDATORS["Thing"].is_valid({"name": "a"})  # Base requires id
        assert not validators.VALIDATORS["Never"].is_valid({})  # false refuses every value
