"""A ``type`` beside an ``anyOf`` that narrows no kind (a member without type information): the
``type`` decides the Python type.

``{type: array, anyOf: [{}, {type: object, properties: ...}]}`` accepts every array (``{}``
passes anything, and the object member is only one choice). The IR left the ``{}`` member out of
the union and typed the property as the object member's model, ignoring ``type``, so a valid
answer ``{"tags": []}`` raised ``ResponseValidationError`` ("expected an object, got list").
Found by random schemas' suites (``tests/explore.py``, seed 126).
"""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.pipeline.helpers import generated_module

SPEC = """\
openapi: 3.1.0
info: {title: Open choices, version: "1"}
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
              schema:
                type: object
                properties:
                  tags:
                    type: array
                    anyOf:
                      - {}
                      - type: object
                        properties:
                          a: {type: string}
"""


def test_the_type_beside_an_open_choice_decides(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"tags": [1, "a"]})

    with generated_module(tmp_path, "choices.yaml", SPEC, "choices.client") as client_module:
        with client_module.Client(transport=httpx.MockTransport(answer), validate_responses="raise") as client:
            assert client.get_thing().tags == [1, "a"]
