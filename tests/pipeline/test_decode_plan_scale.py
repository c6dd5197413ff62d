"""The decode plan of a response (where ``x-specloom-decode-strings`` applies) stays linear in
the document's model graph. A path walk re-expands every shared ``$ref``: on a chain where each
model refers to the next two it costs Fibonacci many steps, and a large published document with
no decode-strings key at all never got past the IR. Steps are counted, not timed."""

from __future__ import annotations

from typing import Any

import pytest

from specloom.ir import decode_plan
from specloom.ir.decode_plan import DecodePlanner
from specloom.rules import deref

N = 22  # models in the chain: a path walk needs about fib(N) > 17,000 steps


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for i in range(N):
        props = {f"p{j}": {"$ref": f"#/components/schemas/M{j}"} for j in (i + 1, i + 2) if j < N}
        schemas[f"M{i}"] = {"type": "object", "properties": {"n": {"type": "integer"}, **props}}
    return schemas


@pytest.fixture()
def steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counter = [0]

    def counting(data: Any, node: Any, depth: int = 0) -> Any:
        counter[0] += 1
        return deref(data, node, depth)

    monkeypatch.setattr(decode_plan, "deref", counting)
    return counter


def test_no_decoding_in_a_shared_graph_is_decided_in_linear_steps(steps: list[int]) -> None:
    data = {"components": {"schemas": _schemas()}}
    planner = DecodePlanner(data)
    for _ in range(5):  # every response of the document shares the decided graph
        assert planner.plan({"$ref": "#/components/schemas/M0"}) == []
    assert steps[0] <= 10 * N, steps[0]


def test_decoding_off_the_shared_graph_is_found_without_walking_it(steps: list[int]) -> None:
    schemas = _schemas()
    schemas["Side"] = {"type": "object", "x-specloom-decode-strings": {"n": "integer"}}
    schemas["M0"]["properties"]["side"] = {"type": "array", "items": {"$ref": "#/components/schemas/Side"}}
    schemas["M0"]["allOf"] = [{"$ref": "#/components/schemas/Side"}]
    planner = DecodePlanner({"components": {"schemas": schemas}})
    # M0 is itself a Side (allOf), and every item of its "side" array is one
    assert planner.plan({"$ref": "#/components/schemas/M0"}) == [
        [["side", None], {"n": "integer"}],
        [[], {"n": "integer"}],
    ]
    assert steps[0] <= 10 * N, steps[0]
