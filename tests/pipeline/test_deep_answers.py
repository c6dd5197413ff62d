"""An answer of a recursive model nested deeper than the models' reading can follow is a
``ResponseValidationError`` saying so, whatever the validation mode, never a bare ``RecursionError``.

A tree 500 levels deep passed the compiled validator (a frame a level) and then escaped the
client as ``RecursionError`` from the models' reading (several frames a level): an answer the
server controls crashed the caller with an exception no ``except SpecloomError`` catches (found
by sending the clients hostile answers). Deeper still, the JSON reader already refused it.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from specloom_runtime.errors import ResponseValidationError

from tests.pipeline.helpers import generated_module

TREE = """\
openapi: 3.1.0
info: {title: Tree, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /tree:
    get:
      operationId: getTree
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Node"}
components:
  schemas:
    Node:
      type: object
      properties:
        name: {type: string}
        child: {$ref: "#/components/schemas/Node"}
"""


@pytest.mark.parametrize("mode", ["raise", "warn", "off"])
def test_a_tree_deeper_than_the_models_can_read_is_a_response_validation_error(tmp_path: Path, mode: str) -> None:
    body = ('{"child":' * 700 + "{}" + "}" * 700).encode()
    with generated_module(tmp_path, "tree.yaml", TREE, "tree.client") as client_module:
        answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"}))
        with client_module.Client(transport=answer, validate_responses=mode) as client:
            shallow = client_module.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"child": {"name": "leaf"}})))
            assert shallow.get_tree().child.name == "leaf"  # the models read a tree that fits
            with pytest.raises(ResponseValidationError) as caught:
                client.get_tree()
    assert list(caught.value.errors) == [("", "nested too deeply to read into its model")]
