"""The generated property suite of a spec spread over several files passes.

Its oracle read only the entry file, so every test of such a document failed: the generator
bundles the other files' components into the entry (``/components/schemas/pet``, from
``models/pet.yaml``) and its modules record those pointers, which the entry file does not have
(``KeyError: 'schemas'`` on all of DigitalOcean's sampled tests). The suite now records where
each bundled component came from (``ORIGINS``) and its oracle reads the files themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pipeline.helpers import run_cli, run_suite, write_spec

ENTRY = """\
openapi: 3.0.3
info: {title: Spread, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /pets:
    $ref: paths/pets.yaml
  /owners/{id}:
    get:
      operationId: getOwner
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer, minimum: 1}}
      responses:
        "200":
          description: an owner
          content:
            application/json:
              schema: {$ref: "models/owner.yaml#/components/schemas/Owner"}
"""
FILES = {
    "paths/pets.yaml": """\
get:
  operationId: listPets
  parameters:
    - $ref: "../shared/params.yaml#/components/parameters/Limit"
  responses:
    "200":
      description: the pets
      content:
        application/json:
          schema: {type: array, maxItems: 3, items: {$ref: "../models/pet.yaml"}}
post:
  operationId: createPet
  requestBody:
    required: true
    content:
      application/json:
        schema: {$ref: "../models/pet.yaml"}
  responses:
    "201":
      description: created
      content:
        application/json:
          schema: {$ref: "../models/pet.yaml"}
""",
    "shared/params.yaml": """\
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 50}}
""",
    "models/pet.yaml": """\
type: object
required: [name]
properties:
  name: {type: string, minLength: 2, maxLength: 20}
  tag: {type: string, nullable: true, maxLength: 8}
  home: {$ref: "#/definitions/Home"}
  owner: {$ref: "owner.yaml#/components/schemas/Owner"}
definitions:
  Home: {type: string, enum: [house, flat]}
""",
    "models/owner.yaml": """\
components:
  schemas:
    Owner:
      type: object
      required: [id]
      properties:
        id: {type: integer, minimum: 1}
        since: {type: string, format: date, nullable: true}
""",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("spread")
    spec_dir = tmp / "spec"
    spec_dir.mkdir()
    for name, text in FILES.items():
        (spec_dir / name).parent.mkdir(parents=True, exist_ok=True)
        write_spec(spec_dir, name, text)
    spec = write_spec(spec_dir, "spread.yaml", ENTRY)
    code, _, err = run_cli("generate", "--lenient", str(spec), "--out", str(tmp / "out"))
    assert code == 0, err
    return tmp, tmp / "out" / "spread"


def test_the_suite_records_where_bundled_components_came_from(generated: tuple[Path, Path]) -> None:
    suite = (generated[1] / "tests" / "test_properties.py").read_text(encoding="utf-8")
    assert '"/components/schemas/Owner": ("models/owner.yaml", "/components/schemas/Owner"),' in suite
    assert "ORACLE = proptest.SpecOracle.recorded(__file__, SOURCE_SPEC_PATH, ORIGINS, lenient=True)" in suite


def test_the_suite_of_a_spec_in_several_files_passes(generated: tuple[Path, Path]) -> None:
    tmp, package = generated
    run = run_suite(package, tmp, "ci")
    assert run.returncode == 0, run.stdout[-4000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
