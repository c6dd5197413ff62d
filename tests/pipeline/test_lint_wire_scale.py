"""The example-vs-schema lint stays linear on documents whose models reference each other.

Whether a media type's schema decodes wire strings (``x-specloom-decode-strings``, whose examples
are wire form and are not checked) is decided over the ``$ref`` graph. A tree walk re-expands
every shared ``$ref``: on a chain where each model refers to the next two it costs Fibonacci many
steps (a large real-world document never finished linting). Steps are counted, not timed."""

from __future__ import annotations

from typing import Any

import pytest

from specloom import lint_wire
from specloom.diagnostics import Reporter
from specloom.rules import deref

N = 22  # models in the chain: a tree walk needs about fib(N) > 17,000 steps, a graph walk ~2N


def _document(decode_at_end: bool) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for i in range(N):
        props = {f"p{j}": {"$ref": f"#/components/schemas/M{j}"} for j in (i + 1, i + 2) if j < N}
        schemas[f"M{i}"] = {"type": "object", "properties": {"n": {"type": "integer"}, **props}}
    if decode_at_end:
        schemas[f"M{N - 1}"]["x-specloom-decode-strings"] = {"n": "integer"}
    media = {"schema": {"$ref": "#/components/schemas/M0"}, "example": {"n": "seven"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Chain", "version": "1"},
        "paths": {"/m": {"get": {"operationId": "getM", "responses": {"200": {
            "description": "ok", "content": {"application/json": media}}}}}},
        "components": {"schemas": schemas},
    }  # fmt: skip


@pytest.mark.parametrize("decode_at_end", [False, True])
def test_decoding_search_visits_each_schema_once(monkeypatch: pytest.MonkeyPatch, decode_at_end: bool) -> None:
    steps = 0

    def counting(data: Any, node: Any, depth: int = 0) -> Any:
        nonlocal steps
        steps += 1
        return deref(data, node, depth)

    monkeypatch.setattr(lint_wire, "deref", counting)
    reporter = Reporter("chain.yaml")
    lint_wire._values_fit(_document(decode_at_end), reporter)
    warned = [d for d in reporter.diagnostics if "example does not fit" in d.message]
    # the decoding at the chain's far end is found: its wire-form example is not judged
    assert len(warned) == (0 if decode_at_end else 1), reporter.diagnostics
    assert steps <= 10 * N, steps
