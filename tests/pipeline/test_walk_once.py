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
              example: [{{id: {i}}}]
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
    """Every operation's sample is chosen by its validity (an example, a synthesised body); the
    checks share one compiled module (one per operation re-emitted the referenced components
    each time: quadratic in practice)."""
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


def test_lints_second_half_walks_the_document_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # its checks each walked the document they only read (eight walks, about 10 ms each on a
    # 1.7 MB document); they now replay one, and say the same
    from specloom import walk as walk_module
    from specloom.check import prepare, verify

    spec = write_spec(tmp_path, "many.yaml", HEAD + "".join(OPERATION.format(i=i) for i in range(3)))
    resolved, reporter = prepare(load(spec))
    walks = 0
    real = walk_module._walk

    def counting(doc: Any) -> Any:
        nonlocal walks
        walks += 1
        return real(doc)

    monkeypatch.setattr(walk_module, "_walk", counting)
    verify(resolved, reporter)
    assert walks == 1
    assert list(walk_module.walk(resolved.data)) == list(real(resolved.data))  # outside: a fresh walk
    assert walks == 2


def test_a_document_the_walk_fails_on_is_walked_by_each_check_and_their_errors_stand_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # no replay then (each check meets the failure where it did); an error of the body must not
    # read as raised while handling the walk's own failure
    from specloom import walk as walk_module

    def broken(doc: Any) -> Any:
        raise TypeError("misshapen")

    monkeypatch.setattr(walk_module, "_walk", broken)
    with pytest.raises(ValueError, match="the check's own") as caught:
        with walk_module.unchanging({}):
            raise ValueError("the check's own")
    assert caught.value.__context__ is None
