"""The strategy compiler's budget is charged to each named schema for its own work.

An entry that ``$ref``s into a large graph of schemas (a published document's ``Customer`` ->
``Order`` -> ``Address`` -> ... hundreds of them, each a plain object) used to pay for compiling
the whole graph, valid and invalid values, out of one budget: dozens of ordinary objects of a
large document were declared beyond the compiler and drawn by the slow fallback (or skipped).
Each named schema now pays for its own shape, so the document's work is at most its number of
schemas times the budget, and a graph of cheap schemas compiles exactly.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings

from specloom.strategies.module import MERGE_BUDGET, render_module
from specloom.strategies.shapes import StrategyError
from tests.strategies.oracle import budget, judge

N = 120  # schemas in the graph


def _schemas(base: str = "#/components/schemas") -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for i in range(N):
        props: dict[str, Any] = {f"f{k}": {"type": ["string", "null"]} for k in range(6)}
        props["next"] = {"$ref": f"{base}/S{(i + 1) % N}"}
        props["many"] = {"type": "array", "items": {"$ref": f"{base}/S{(i + 7) % N}"}, "maxItems": 1}
        schemas[f"S{i}"] = {"type": "object", "required": ["f0"], "properties": props}
    return schemas


def test_an_entry_reaching_a_large_graph_of_cheap_schemas_compiles_exactly() -> None:
    skipped: dict[str, StrategyError] = {}
    loose: dict[str, StrategyError] = {}
    entries = [("S0", "s0", "/components/schemas/S0")]
    source = render_module({"components": {"schemas": _schemas()}}, entries, source_file="doc.json", skipped=skipped, loose=loose)
    assert skipped == {} and loose == {}, (skipped, loose)  # the whole graph costs far more than one budget
    assert "_validators" not in source  # the exact form, not the filtered fallback
    assert '"S0": ' in source.split("INVALID:")[1].split("}")[0]  # labelled invalid values too


def test_one_schema_beyond_the_budget_is_still_stopped() -> None:
    # five anyOf levels of 6 branches, each branch merging the next level in (a $ref beside
    # other keywords): 6**5 alternatives in one schema's own shape, which its budget still stops
    schemas: dict[str, Any] = {}
    for lvl in range(5):
        deeper = {"$ref": f"#/components/schemas/L{lvl + 1}"} if lvl < 4 else {}
        schemas[f"L{lvl}"] = {"anyOf": [
            {"type": "object", "required": [f"a{lvl}_{b}"], "properties": {f"a{lvl}_{b}": {"type": "integer"}}, **deeper}
            for b in range(6)
        ]}  # fmt: skip
    skipped: dict[str, StrategyError] = {}
    loose: dict[str, StrategyError] = {}
    render_module({"components": {"schemas": schemas}}, [("L0", "l0", "/components/schemas/L0")], source_file="doc.json", skipped=skipped, loose=loose)
    stopped = {**skipped, **loose}
    assert list(stopped) == ["L0"] and f"more than {MERGE_BUDGET} steps" in stopped["L0"].message


def test_the_graph_draws_valid_values() -> None:
    from specloom.strategies import compile_strategy

    schema = {"$defs": _schemas("#/$defs"), "$ref": "#/$defs/S0"}
    compiled = compile_strategy(schema)
    oracle = judge(schema)

    @settings(max_examples=budget(20))
    @given(compiled.valid)
    def valid(value: Any) -> None:
        assert oracle.is_valid(value), [e.message for e in oracle.iter_errors(value)]

    valid()


def test_a_wide_object_is_within_its_budget() -> None:
    # canon merges a schema keyword by keyword; merging the properties part with the type and with
    # ``required`` merged each property with nothing, and every such merge was charged a step:
    # Stripe's ``account`` crossed the budget so, and 1,058 schemas reaching it lost their exact
    # strategies. A merge with nothing to combine is free now.
    width = MERGE_BUDGET // 2 + 100
    schema = {"type": "object", "required": ["p0", "p1"], "properties": {f"p{k}": {"type": "integer"} for k in range(width)}}
    skipped: dict[str, StrategyError] = {}
    loose: dict[str, StrategyError] = {}
    render_module(schema, [("wide", "wide", "")], source_file="doc.json", skipped=skipped, loose=loose)
    assert skipped == {} and loose == {}, (skipped, loose)
