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


def test_a_large_model_is_called_by_its_users_not_copied_into_each() -> None:
    # each of a large document's responses copied its model's checks (up to 400 schema objects a
    # function): Spree's validators.py was 5.9 MB, a sixth of its generation spent on copies
    from specloom.validation import compile_module

    fields = {f"field_{i}": {"type": "string", "maxLength": 10} for i in range(60)}
    document = {"$defs": {"Order": {"type": "object", "properties": fields},
                          **{f"Wrap{i}": {"type": "object", "properties": {"data": {"$ref": "#/$defs/Order"}}} for i in range(6)}}}  # fmt: skip
    entries = [(f"wrap{i}", f"wrap{i}", f"/$defs/Wrap{i}") for i in range(6)]
    source = compile_module(document, entries, source_file="big.yaml").source
    assert _fast_paths(source).count('"field_59" in ') == 1  # one function for Order, called by the six
    module: dict[str, Any] = {}
    exec(compile(source, "big.py", "exec"), module)  # noqa: S102 - our own output
    assert module["is_valid_wrap3"]({"data": {"field_59": "short"}})
    assert not module["is_valid_wrap3"]({"data": {"field_59": "far too long a value"}})


def test_a_small_model_is_still_copied_into_its_users() -> None:
    from specloom.validation import compile_module

    document = {"$defs": {"Tag": {"type": "object", "properties": {"label": {"type": "string"}}},
                          **{f"Wrap{i}": {"type": "object", "properties": {"tag": {"$ref": "#/$defs/Tag"}}} for i in range(3)}}}  # fmt: skip
    source = compile_module(document, [(f"w{i}", f"w{i}", f"/$defs/Wrap{i}") for i in range(3)], source_file="small.yaml").source
    assert _fast_paths(source).count('"label" in ') == 3  # each entry checks it without a call


def _fast_paths(source: str) -> str:
    """The ``-> bool`` functions of a validators module (the error paths name every field too)."""
    return "".join(f for f in source.split("\n\n\ndef ") if f.split("\n", 1)[0].endswith("-> bool:"))
