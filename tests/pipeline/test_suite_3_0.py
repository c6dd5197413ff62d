"""The generated property suite of an OpenAPI 3.0 document passes, as the suites of our 3.1 specs do.

Each part of ``THREE_O`` failed before: the suite's oracle read the file as JSON Schema 2020-12
(``nullable`` values "rejected by jsonschema", a boolean ``exclusiveMinimum`` compared with
``True``, the ``$ref`` that ``--lenient`` accepts as any value raising ``PointerToNowhere``); the
client raised ``TypeError`` on a null item of a form field's array; the oracle wanted an empty
query array sent at least once, where OpenAPI's default style sends nothing; a nullable object
component was typed as its model alone, so a null answer raised ``ResponseValidationError`` and
its model strategy mapped ``from_dict`` over null; the oracle looked an operation without
``operationId`` up by the name ``--lenient`` gives it, which the file does not hold. The styles the
document states (``explode: false``, ``pipeDelimited``, ``deepObject``, a form's ``encoding``) are
checked by the suite's oracle from the file (``proptest.styled``).
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import run_cli, run_suite, write_spec

THREE_O = """\
openapi: 3.0.3
info: {title: Three O, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /pets:
    get:
      operationId: findPets
      parameters:
        - {name: tags, in: query, required: false, schema: {type: array, items: {type: string}}}
        - {name: limit, in: query, schema: {type: integer, minimum: 0, exclusiveMinimum: true}}
        - {name: fields, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
        - {name: bars, in: query, style: pipeDelimited, schema: {type: array, items: {type: integer}}}
        - {name: created, in: query, style: deepObject, schema: {type: object, additionalProperties: {type: integer}}}
        - {name: near, in: query, explode: false, schema: {type: object, properties: {lat: {type: number}}}}
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
    post:
      operationId: searchPets
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                criteria: {type: string}
                expand: {type: array, items: {type: string}}
                metadata: {type: object, additionalProperties: {type: string}}
              required: [criteria]
            encoding:
              expand: {style: deepObject, explode: true}
              metadata: {style: deepObject}
      responses:
        "200":
          description: found
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
  /owner:
    get:
      operationId: getOwner
      responses:
        "200":
          description: the owner, or null
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Owner"}
  /owner/{ownerId}/pets:
    delete:
      parameters:
        - {name: ownerId, in: path, required: true, schema: {type: integer}}
        - {name: kind, in: query, required: true, schema: {type: string}}
      responses:
        "204": {description: "no operationId, so named delete_owner_by_ownerId_pets"}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string, nullable: true, enum: [rex, tom]}
        owner: {nullable: true, allOf: [{$ref: "#/components/schemas/Owner"}]}
        weight: {type: number, maximum: 90, exclusiveMaximum: true}
        extra: {$ref: "#/components/schemas/Gone"}
        vet: {allOf: [{$ref: "#/components/schemas/Owner"}], description: null when none}
        friends: {type: array, nullable: true, items: {$ref: "#/components/schemas/Owner"}}
    Owner:
      type: object
      nullable: true
      properties: {id: {type: integer, nullable: true}}
"""


def test_the_suite_of_a_lenient_3_0_document_passes(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "three_o.yaml", THREE_O)
    out = tmp_path / "out"
    code, _, err = run_cli("generate", "--lenient", str(spec), "--out", str(out))
    assert code == 0, err
    assert "points to nothing" in err and "'nullable' rewritten" in err
    assert "operation without 'operationId' named from its method and path" in err
    run = run_suite(out / "three_o", tmp_path, "ci")
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
