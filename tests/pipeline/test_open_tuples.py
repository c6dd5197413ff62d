"""A tuple without ``items`` (``prefixItems`` only): what follows the prefix is any JSON value.

The IR typed such an array as a list of its prefix's types alone (``list[date]``), so a valid
answer ``["2000-01-01", null]`` raised ``ResponseValidationError`` while decoding its second
item as a date. Found by random schemas' suites (``test_documented_answers_parse_or_raise``).
"""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.pipeline.helpers import generated_module

SPEC = """\
openapi: 3.1.0
info: {title: Open tuples, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /pairs:
    get:
      operationId: getPair
      responses:
        "200":
          description: a date, then anything
          content:
            application/json:
              schema:
                type: array
                prefixItems: [{type: string, format: date}]
"""


def test_items_after_the_prefix_are_any_value(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=["2000-01-01", None, {"a": 1}])

    with generated_module(tmp_path, "tuples.yaml", SPEC, "tuples.client") as client_module:
        with client_module.Client(transport=httpx.MockTransport(answer)) as client:
            # typed list[date | JsonValue]: the union keeps the wire text of the first item
            assert client.get_pair() == ["2000-01-01", None, {"a": 1}]
