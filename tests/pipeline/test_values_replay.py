"""What the defaults' and examples' checks move (``schema_checks.start``'s second step returns it)
replayed on a copy of the document taken before them (``schema_checks.replay``) gives the same
document: a child forked before the checks reads, after the replay, what this process reads."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from specloom.check import prepare_in_two
from specloom.load import load
from specloom.schema_checks import replay
from tests.pipeline.helpers import SHARED, write_spec

MOVES = """\
openapi: 3.1.0
info: {title: Moves, version: "1"}
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - {name: limit, in: query, schema: {type: integer, default: ten}}
        - {name: page, in: query, schema: {type: integer, default: 1}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:
  schemas:
    Item:
      type: object
      properties:
        id: {type: integer, examples: [1, x, 2, y]}
        name: {type: string, examples: [3]}
        size: {type: integer, examples: [4]}
"""


def _moved(spec: Path) -> tuple[Any, Any, list[Any]]:
    """The document before and after the checks, and what they moved."""
    resolved, _, values = prepare_in_two(load(spec), lenient=True)
    before = copy.deepcopy(resolved.data)
    moves = values()
    return before, resolved.data, moves


def test_a_replay_moves_what_the_checks_moved(tmp_path: Path) -> None:
    before, after, moves = _moved(write_spec(tmp_path, "moves.yaml", MOVES))
    assert dict(moves) == {
        "/paths/~1items/get/parameters/0/schema": "default",
        "/components/schemas/Item/properties/id": [1, 3],
        "/components/schemas/Item/properties/name": [0],
    }
    item = after["components"]["schemas"]["Item"]["properties"]
    assert item["id"]["examples"] == [1, 2] and item["id"]["x-documented-examples"] == ["x", "y"]
    assert "examples" not in item["name"] and item["name"]["x-documented-examples"] == [3]
    assert before != after
    replay(before, moves)
    assert before == after


def test_a_replay_on_a_corpus_document() -> None:
    doc = SHARED / "corpora" / "openapi-real" / "github_api.github.com.json"
    if not doc.is_file():
        pytest.skip("../shared corpus absent")
    before, after, moves = _moved(doc)
    assert moves  # a default and examples that fail their schemas
    replay(before, moves)
    assert before == after
