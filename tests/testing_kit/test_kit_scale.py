"""The testing kit checks its sample answers with the validators' compiler; the schemas of every
answer with a choice of candidates are compiled together, once, as ``validators.py`` is.
Compiled one answer at a time, a large published document (hundreds of answers whose models
reach most of its thousand models) spent seconds per answer recompiling the same functions:
about an hour before the package. An answer with one candidate (no example: only the body
synthesised from its schema) is not compiled at all: that candidate is its sample whatever it
is, and compiling the checks of such answers was most of a large document's kit."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from specloom.check import lint
from specloom.ir.build import build_ir
from specloom.load import load
from specloom.validation.checks import Checks
from tests.pipeline.helpers import ROOT, write_spec

N = 8  # resources, each with a list and a get answering a model, and the shared error answer


def _spec(examples: bool = True) -> str:
    paths = []
    example = ", example: {id: 0}" if examples else ""  # below the minimum: the synthesised body wins
    for i in range(N):
        ok = f'{{description: ok, content: {{application/json: {{schema: {{$ref: "#/components/schemas/R{i}"}}{example}}}}}}}'
        err = '{description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}'
        paths.append(f"  /r{i}:\n    get:\n      operationId: getR{i}\n      responses: {{'200': {ok}, default: {err}}}\n")
    schemas = "".join(f"    R{i}: {{type: object, required: [id], properties: {{id: {{type: integer, minimum: 1}}}}}}\n" for i in range(N))
    return (
        "openapi: 3.1.0\ninfo: {title: Many, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n"
        + "".join(paths)
        + "components:\n  schemas:\n" + schemas
        + "    Error: {type: object, required: [message], properties: {message: {type: string, minLength: 1}}}\n"
    )


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The pointers of each batch of the document's checks compiled from now on."""
    batches: list[list[str]] = []
    add = Checks.add

    def counting(self: Checks, pointers: Any) -> Any:
        batches.append(list(pointers))
        return add(self, batches[-1])

    monkeypatch.setattr(Checks, "add", counting)
    return batches


def test_the_answers_of_every_operation_are_compiled_in_one_module(tmp_path: Path, compiled: list[list[str]]) -> None:
    resolved, reporter = lint(load(write_spec(tmp_path, "many.yaml", _spec())))
    compiled.clear()  # lint checked the examples against their schemas
    api = build_ir(resolved, reporter)
    # each success answer has two candidates (its example, a synthesised body); each error one only
    assert len(compiled) == 1 and sorted(compiled[0]) == sorted(
        f"/paths/~1r{i}/get/responses/200/content/application~1json/schema" for i in range(N)
    ), compiled
    for op in api.operations:  # the samples are still judged: the invalid example loses to a valid body
        assert op.kit is not None and op.kit.success.body is not None
        assert op.kit.success.body.value == {"id": 1}
        for failure in op.kit.failures:  # and an error answer fits the shared Error model
            assert failure.body is not None and isinstance(failure.body.value["message"], str) and failure.body.value["message"]


def test_an_answer_with_one_candidate_compiles_no_check(tmp_path: Path, compiled: list[list[str]]) -> None:
    resolved, reporter = lint(load(write_spec(tmp_path, "bare.yaml", _spec(examples=False))))
    api = build_ir(resolved, reporter)
    assert compiled == []
    for op in api.operations:  # the synthesised bodies are the samples, and valid ones
        assert op.kit is not None and op.kit.success.body is not None
        body = op.kit.success.body.value
        assert isinstance(body, dict) and isinstance(body["id"], int) and body["id"] >= 1, body
        assert [f.body.value for f in op.kit.failures if f.body is not None] == [{"message": "x"}]


@pytest.mark.parametrize("spec", sorted(p.name for p in (ROOT / "specs").glob("*.yaml")))
def test_the_kit_leaves_the_document_as_it_found_it(spec: str) -> None:
    # candidate bodies are the document's own examples, not copies: choosing among them, checking
    # them and building error-in-body answers from them must only read them (later stages and
    # the other processes read the same document)
    resolved, reporter = lint(load(ROOT / "specs" / spec))
    before = copy.deepcopy(resolved.data)
    api = build_ir(resolved, reporter)
    assert any(op.kit is not None and op.kit.success.body is not None for op in api.operations)
    assert resolved.data == before
