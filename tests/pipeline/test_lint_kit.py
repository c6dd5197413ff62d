"""``specloom lint`` checks that the testing-kit keys name what exists: an ``x-specloom-filter``
``property`` among the listed items' properties (and a filter only on a list operation), an
``x-specloom-item-status`` on a list answer whose ``status``/``message`` pointers lead to item
properties. Each slip is a located error (``file:line: pointer: message``) at the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pipeline.helpers import run_cli, write_spec

BASE = """\
openapi: 3.1.0
info: {title: Kit, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - $ref: "#/components/parameters/firstname"
        - {name: since, in: query, x-specloom-filter: {match: writtenFrom}, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Item"}}
    put:
      operationId: updateItems
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {$ref: "#/components/schemas/Item"}}
      responses:
        "200": {$ref: "#/components/responses/Written"}
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:
  parameters:
    firstname:
      name: firstname
      in: query
      x-specloom-filter: {property: FirstName}
      schema: {type: string}
  responses:
    Written:
      description: one result per record
      x-specloom-item-status: {status: /Status, success: "2[0-9][0-9]", message: /Detail/Message}
      content:
        application/json:
          schema:
            type: array
            items:
              type: object
              properties:
                Status: {type: string}
                Detail: {type: object, properties: {Message: {type: string}}}
  schemas:
    Item:
      allOf:
        - {type: object, properties: {id: {type: integer}}}
        - {type: object, properties: {FirstName: {type: string}}}
"""

CASES = {
    "filter_property": (
        ("x-specloom-filter: {property: FirstName}", "x-specloom-filter: {property: Firstname}"),
        "/components/parameters/firstname/x-specloom-filter/property", "filter property 'Firstname' is not a property of the listed items (they have: FirstName, id)",
    ),
    "filter_not_a_list": (
        ("        - {name: id, in: path, required: true, schema: {type: integer}}\n",
         "        - {name: id, in: path, required: true, schema: {type: integer}}\n        - $ref: \"#/components/parameters/firstname\"\n"),
        "/components/parameters/firstname/x-specloom-filter", "'getItem' answers no list",
    ),
    "item_status_status": (
        ("{status: /Status,", "{status: /State,"),
        "/components/responses/Written/x-specloom-item-status/status", "status pointer '/State': the items declare no property 'State'",
    ),
    "item_status_message": (
        ("message: /Detail/Message}", "message: /Detail/Text}"),
        "/components/responses/Written/x-specloom-item-status/message", "message pointer '/Detail/Text': the items declare no property 'Text'",
    ),
    "item_status_not_a_list": (
        ("""          schema:
            type: array
            items:
              type: object
              properties:
                Status: {type: string}
                Detail: {type: object, properties: {Message: {type: string}}}""",
         """          schema:
            type: object
            properties:
              Status: {type: string}"""),
        "/components/responses/Written/x-specloom-item-status", "this response is not a list",
    ),
}


def test_the_base_spec_is_clean(tmp_path: Path) -> None:
    code, _, err = run_cli("lint", str(write_spec(tmp_path, "base.yaml", BASE)))
    assert (code, err) == (0, "")


@pytest.mark.parametrize("case", sorted(CASES))
def test_lint_locates_a_kit_key_naming_nothing(tmp_path: Path, case: str) -> None:
    (old, new), pointer, says = CASES[case]
    assert old in BASE
    spec = write_spec(tmp_path, "spec.yaml", BASE.replace(old, new))
    code, _, err = run_cli("lint", str(spec))
    lines = [line for line in err.splitlines() if f": {pointer}: " in line]
    assert len(lines) == 1, err  # located once, though the shared key is met by every operation
    assert says in lines[0] and lines[0].startswith("spec.yaml:") and "Traceback" not in err, err
    assert code == 2, err
