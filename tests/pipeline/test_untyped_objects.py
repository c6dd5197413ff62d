"""``--lenient`` reads a schema with ``properties`` but no ``type`` as an object, and the package agrees.

Published documents often leave ``type: object`` out (DigitalOcean's list items, GitHub's SCIM
user list). JSON Schema then accepts any non-object as well, so the generated validators accepted
a ``null`` that the model made of the schema refused: a client raised ``ResponseValidationError``
for an answer its validator passed, and the generated suite failed its round trips (7 of
DigitalOcean's 250 sampled tests, 1 of GitHub's). Lenient, the schema is now an object everywhere
(validators, strategies, models, the suite's oracle), with a located warning; without
``--lenient`` the document keeps JSON Schema's meaning, and a warning says how to mend it.

The same class of mismatch: an ``anyOf`` with a ``{}`` member (DigitalOcean's page links) was
typed as the union of its other members, and a ``true`` it accepts did not decode.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pipeline.helpers import run_cli, run_suite, write_spec

SPEC = """\
openapi: 3.0.3
info: {title: Untyped, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "200":
          description: the items
          content:
            application/json:
              schema:
                type: object
                properties:
                  items:
                    type: array
                    maxItems: 3
                    items:
                      properties:
                        id: {type: integer}
                        name: {type: string, maxLength: 10}
    post:
      operationId: createItem
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Item"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Note"}
components:
  schemas:
    Item:
      required: [id]
      properties:
        id: {type: integer, minimum: 1}
        tags: {type: array, maxItems: 2, items: {type: string, maxLength: 5}}
        link: {anyOf: [{$ref: "#/components/schemas/Link"}, {}]}
    Link:
      type: object
      properties:
        href: {type: string, maxLength: 5}
    Note:
      type: object
      nullable: true
      allOf:
        - properties:
            text: {type: string, maxLength: 10}
"""


def _generate(tmp_path: Path, *flags: str) -> tuple[str, Any]:
    spec = write_spec(tmp_path, "untyped.yaml", SPEC)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), *flags)
    assert code == 0, err
    importlib.invalidate_caches()  # the output folder is on sys.path from before it existed
    return err, importlib.import_module("untyped.validators")


@pytest.fixture
def importable(tmp_path: Path) -> Iterator[None]:
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        yield
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m == "untyped" or m.startswith("untyped.")]:
            del sys.modules[name]


@pytest.mark.usefixtures("importable")
def test_lenient_reads_them_as_objects_with_a_located_warning(tmp_path: Path) -> None:
    err, validators = _generate(tmp_path, "--lenient")
    said = [line for line in err.splitlines() if "no 'type' read as an object" in line]
    # located at the first in the file (the list's items), counted
    assert said == [
        "untyped.yaml:19: /paths/~1items/get/responses/200/content/application~1json/schema/properties/items/items:"
        " warning: a schema with 'properties' but no 'type' read as an object ('type: object'): its model cannot"
        " hold another value (and 1 more like it)"
    ], err
    item = validators.VALIDATORS["Item"]
    assert item.is_valid({"id": 1}) and not item.is_valid(None) and not item.is_valid("text")
    listed = validators.VALIDATORS["listItems.response.200"]
    assert listed.is_valid({"items": [{"id": 1}]}) and not listed.is_valid({"items": [None]})
    note = validators.VALIDATORS["Note"]  # its own type decides: nullable, so null stays
    assert note.is_valid(None) and note.is_valid({"text": "a"}) and not note.is_valid(3)
    # ``{}`` lets anything through the ``anyOf``, so the field holds any JSON value, not a Link
    models = (tmp_path / "out" / "untyped" / "models.py").read_text(encoding="utf-8")
    assert "    link: JsonValue | Unset = UNSET\n" in models


@pytest.mark.usefixtures("importable")
def test_without_lenient_json_schema_decides(tmp_path: Path) -> None:
    err, validators = _generate(tmp_path)
    assert "read as an object" not in err
    said = [line for line in err.splitlines() if "'properties' but no 'type'" in line]
    assert said == [
        "untyped.yaml:19: /paths/~1items/get/responses/200/content/application~1json/schema/properties/items/items:"
        " warning: a schema with 'properties' but no 'type' accepts any non-object value too, which its model"
        " cannot hold: add 'type: object' (--lenient reads it so) (and 1 more like it)"
    ], err
    assert validators.VALIDATORS["Item"].is_valid(None)
    assert validators.VALIDATORS["listItems.response.200"].is_valid({"items": [None]})


def test_the_lenient_packages_suite_passes(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "untyped.yaml", SPEC)
    code, _, err = run_cli("generate", str(spec), "--lenient", "--out", str(tmp_path / "out"))
    assert code == 0, err
    run = run_suite(tmp_path / "out" / "untyped", tmp_path, "ci")
    assert run.returncode == 0, run.stdout[-4000:]
    assert " failed" not in run.stdout, run.stdout[-4000:]
