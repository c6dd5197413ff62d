"""The suites' oracle reads a spec spread over several files (``proptest.files``).

It read only the entry file, so for a document whose schemas, path items and responses sit in
other files (DigitalOcean's: 1,500 files) every generated test failed: the pointers the generator
records (``/components/schemas/droplet``, placed there by bundling) were not in the entry file
(``KeyError: 'schemas'``), and its references to other files were not followed. The verdicts
below are written from the files, not taken from the generator's bundled document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from specloom_runtime.proptest import SpecOracle
from specloom_runtime.proptest.files import SpecFiles
from specloom_runtime.proptest.reading import operations_by_id

FILES = {
    "api.yaml": {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/pets": {"$ref": "paths/pets.yaml"}},
        "components": {"schemas": {"Local": {"type": "integer", "minimum": 1}}},
    },
    "paths/pets.yaml": {
        "get": {
            "operationId": "listPets",
            "parameters": [{"$ref": "../shared/params.yaml#/limit"}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "../models/pet.yaml"}}}}},
        }
    },
    "shared/params.yaml": {"limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}}},
    "models/pet.yaml": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 2},
            "owner": {"$ref": "owner.yaml", "nullable": True},
            "home": {"$ref": "#/definitions/Home"},  # local to pet.yaml, not to the entry file
            "local": {"$ref": "../api.yaml#/components/schemas/Local"},  # back into the entry file
            "secret": {"$ref": "../../outside.yaml"},  # outside the spec's folder: points to nothing
        },
        "definitions": {"Home": {"type": "string", "enum": ["house", "flat"]}},
        # a value, not a reference: left as written
        "example": {"name": "Rex", "owner": {"$ref": "owner.yaml"}},
    },
    "models/owner.yaml": {"type": "object", "properties": {"$ref": "fields.yaml#/owner_fields"}},
    "models/fields.yaml": {"owner_fields": {"age": {"type": "integer", "minimum": 0}}},
}
# what the generator's bundling recorded: the component it placed, and where it came from
ORIGINS = {"/components/schemas/pet": ("models/pet.yaml", "")}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root: Path = tmp_path_factory.mktemp("multi")
    (root / "my spec").mkdir()  # a space: the files are addressed by file: URIs
    for name, data in FILES.items():
        path = root / "my spec" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
    (root / "outside.yaml").write_text(yaml.safe_dump({"type": "string", "maxLength": 0}), encoding="utf-8")
    return root / "my spec"


@pytest.fixture(scope="module")
def oracle(folder: Path) -> SpecOracle:
    return SpecOracle(folder / "api.yaml", ORIGINS)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ({"name": "Rex"}, True),
        ({"name": "R"}, False),  # minLength in pet.yaml
        ({}, False),  # required
        ({"name": "Rex", "owner": None}, True),  # nullable beside a $ref to another file
        ({"name": "Rex", "owner": {"age": 3}}, True),
        ({"name": "Rex", "owner": {"age": -1}}, False),  # properties given by a $ref to a map of names
        ({"name": "Rex", "home": "flat"}, True),
        ({"name": "Rex", "home": "tent"}, False),  # pet.yaml's own definitions
        ({"name": "Rex", "local": 0}, False),  # the entry file's component, reached from pet.yaml
        ({"name": "Rex", "secret": "x"}, True),  # a file outside the folder is not read: accepts any
    ],
)
def test_a_bundled_component_is_judged_by_its_own_file(oracle: SpecOracle, value: object, valid: bool) -> None:
    assert oracle.is_valid("/components/schemas/pet", value) is valid


def test_a_pointer_through_another_files_path_item_and_response(oracle: SpecOracle) -> None:
    where = "/paths/~1pets/get/responses/200/content/application~1json/schema"
    assert oracle.is_valid(where, {"name": "Rex"})
    assert not oracle.is_valid(where, {"name": 1})
    uri, there = oracle.files.locate(where)
    # the entry's path item is a $ref: the pointer goes on in the file it names
    assert (uri.rsplit("/", 2)[-2:], there) == (["paths", "pets.yaml"], "/get/responses/200/content/application~1json/schema")


def test_operations_and_their_parameters_are_found_in_other_files(oracle: SpecOracle) -> None:
    item, operation = operations_by_id(oracle.files)["listPets"]
    assert operation["responses"]["200"]["description"] == "ok"
    [limit] = [oracle.files.deref(p) for p in operation["parameters"]]
    assert (limit["name"], limit["schema"]["maximum"]) == ("limit", 50)


def test_values_and_files_outside_the_folder_are_left_alone(folder: Path) -> None:
    files = SpecFiles(folder / "api.yaml", ORIGINS)
    pet = files.node("/components/schemas/pet")
    assert pet["example"]["owner"] == {"$ref": "owner.yaml"}  # an example is data
    assert pet["properties"]["owner"]["$ref"] == (folder / "models" / "owner.yaml").as_uri()
    with pytest.raises(LookupError):
        files.target(pet["properties"]["secret"]["$ref"])
    with pytest.raises(KeyError):
        files.node("/components/schemas/absent")


# Named date examples spread over files: one in the entry, the others where its $refs lead (a
# path item, the schema its answer names, a file reached only from that schema). Another file
# this spec may not read (outside its folder) and one that is not YAML are left out.
DATED = {
    "api.yaml": {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/orders": {"$ref": "paths/orders.yaml"}},
        "components": {"schemas": {"Stamp": {"type": "string", "format": "dd/mm/yyyy", "examples": ["25/12/2024"]}}},
    },
    "paths/orders.yaml": {
        "get": {
            "operationId": "listOrders",
            "parameters": [
                {"name": "since", "in": "query", "schema": {"type": "string", "format": "mm/dd/yyyy"}, "example": "12/31/2024"},
                {"name": "broken", "in": "query", "schema": {"$ref": "../broken.yaml"}, "example": "01/01/2020"},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "../models/order.yaml"}, "example": {"placed": "01/02/2025"}}},
                }
            },
        }
    },
    "models/order.yaml": {
        "type": "object",
        "properties": {
            "placed": {"type": "string", "format": "mm/dd/yyyy", "example": "03/04/2025"},
            "due": {"$ref": "dates.yaml#/due"},
            "elsewhere": {"$ref": "../../outside-dated.yaml"},
        },
    },
    "models/dates.yaml": {"due": {"type": "string", "format": "yyyy/mm/dd", "example": "2025/06/30"}},
}


def test_date_examples_are_read_from_every_file_the_spec_reaches(tmp_path: Path) -> None:
    from specloom_runtime.proptest.values import date_examples

    root = tmp_path / "dated"
    for name, data in DATED.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
    (root / "broken.yaml").write_text("type: [string\n", encoding="utf-8")  # not YAML
    outside = {"type": "string", "format": "dd/mm/yyyy", "example": "01/01/1999"}
    (tmp_path / "outside-dated.yaml").write_text(yaml.safe_dump(outside), encoding="utf-8")
    assert date_examples(SpecOracle(root / "api.yaml")) == [
        ("dd/mm/yyyy", "25/12/2024"),  # the entry file's
        ("mm/dd/yyyy", "01/02/2025"),  # a member of the answer's example, in the path item's file
        ("mm/dd/yyyy", "03/04/2025"),  # the schema's own, in the file the answer names
        ("mm/dd/yyyy", "12/31/2024"),  # a parameter's, in the path item's file
        ("yyyy/mm/dd", "2025/06/30"),  # a file reached only from another file
    ]
