"""Nothing done once per operation that can be done once per document (#16, "parse once, walk once")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from specloom.check import lint
from specloom.ir.build import build_ir
from specloom.load import load
from specloom.validation.checks import Checks
from tests.pipeline.helpers import write_spec

OPERATION = """\
  /items{i}:
    get:
      operationId: listItems{i}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{type: array, items: {{$ref: "#/components/schemas/Item"}}}}
"""
HEAD = """\
openapi: 3.1.0
info: {title: Many, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
components:
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        name: {type: string, examples: [x]}
paths:
"""


def test_kit_samples_compile_the_response_schemas_once_per_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every operation's sample is checked against its schema; the checks share one compiled module
    (one per operation re-emitted the referenced components each time: quadratic in practice)."""
    spec = write_spec(tmp_path, "many.yaml", HEAD + "".join(OPERATION.format(i=i) for i in range(12)))
    resolved, reporter = lint(load(spec))
    calls: list[int] = []
    real = Checks.add

    def counting(self: Checks, pointers: Any) -> Any:
        pointers = list(pointers)
        calls.append(len(pointers))
        return real(self, pointers)

    monkeypatch.setattr(Checks, "add", counting)  # the kit's batches of the document's checks
    build_ir(resolved, reporter)
    assert calls == [12]
