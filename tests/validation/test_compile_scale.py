"""Compiling validators stays polynomial on schemas whose models reference several others.

The fast path asks, before inlining a ``$ref``, how many loops deep the target may nest; that
question was answered by a tree walk through every ``$ref`` to ten levels, so its cost grew as
(references per model) ** 10 and a large published document (thousands of models, each naming
dozens) never finished. Steps (subschema look-ups) are counted, not timed."""

from __future__ import annotations

from typing import Any

import pytest

from specloom.validation import compile_validator
from specloom.validation import compiler as compiler_module

N = 16  # models; each holds arrays of the next three


def _schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    for i in range(N):
        props = {f"p{j}": {"type": "array", "items": {"$ref": f"#/$defs/M{j}"}} for j in (i + 1, i + 2, i + 3) if j < N}
        defs[f"M{i}"] = {"type": "object", "properties": {"n": {"type": "integer"}, **props}}
    return {"$defs": defs, "$ref": "#/$defs/M0"}


def test_loop_depth_questions_are_answered_once_per_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = 0
    child = compiler_module.Compiler.child

    def counting(self: compiler_module.Compiler, node: Any, *tokens: str | int) -> Any:
        nonlocal steps
        steps += 1
        return child(self, node, *tokens)

    monkeypatch.setattr(compiler_module.Compiler, "child", counting)
    validator = compile_validator(_schema())
    leaf = {"n": 1}
    assert validator.is_valid({"n": 1, "p1": [leaf], "p2": [{"n": 2, "p3": [leaf]}]})
    assert not validator.is_valid({"n": 1, "p2": [{"n": 2, "p3": [{"n": "x"}]}]})
    assert steps <= 300 * N, steps  # a tree walk took about 27,000 here


def test_each_subschema_is_read_from_the_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the fast path, the error path and every inlining of a model ask for the same children:
    # each location is looked up in the document once, not once per question (a pointer walk
    # from the root each time was a fifth of a large document's compile time)
    from specloom.validation import index as index_module

    read: list[Any] = []
    contents = index_module.Index.contents

    def counting(self: index_module.Index, loc: Any) -> Any:
        read.append(loc)
        return contents(self, loc)

    monkeypatch.setattr(index_module.Index, "contents", counting)
    validator = compile_validator(_schema())
    assert validator.is_valid({"n": 1, "p1": [{"n": 2}]}) and not validator.is_valid({"n": "one"})
    # walking the index reads each schema once; compiling may read each location once more
    assert len(read) <= 2 * len(set(read)), (len(read), len(set(read)))
