"""``strategies.memo``: the strategies module is the same with ``Emitter.strategy``'s answers remembered.

The memo answers an equal shape asked again with the constant of its first answer, instead of
walking the shape again; whatever the context (recursion, lazy references, rollbacks of a schema
given up, budgets), the module written must be the one written without it. Checked on the
five specs' real inputs, on random schemas (the generator properties' ``schemas``) and on the
budget documents (an entry reaching a graph of schemas, a schema over its budget).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from specloom import pipeline, render
from specloom.options import DEFAULT
from specloom.strategies import memo
from specloom.strategies.module import render_module
from specloom.strategies.shapes import StrategyError
from tests.generator_properties.schemas import budget, schemas
from tests.strategies import test_budget_per_schema as budgets

SPECS = sorted((Path(__file__).parents[2] / "specs").glob("*.yaml"))


def _both(monkeypatch: pytest.MonkeyPatch, make: Any) -> tuple[Any, Any]:
    """``make()`` with the memo, then without (nothing remembered, nothing asked)."""
    remembered = make()
    with monkeypatch.context() as m:
        m.setattr(memo.Memo, "ask", lambda self, em, shape: (None, None))
        return remembered, make()


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_the_specs_strategies_modules_are_unchanged(spec: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []
    real = render.render_strategies

    def twice(api: Any, document: Any, skipped: Any = None, reporter: Any = None) -> str:
        remembered, plain = _both(monkeypatch, lambda: real(api, document, None if skipped is None else {}, None))
        seen.append((remembered, plain))
        return real(api, document, skipped, reporter)

    monkeypatch.setattr(render, "render_strategies", twice)
    monkeypatch.setattr(pipeline, "_in_worker", True)  # no forks: compiled here, where the patch is
    pipeline._build(spec, dataclasses.replace(DEFAULT, lenient=True), tmp_path)
    assert len(seen) == 1 and seen[0][0] == seen[0][1]


def _source(schema: Any) -> str:
    try:
        return render_module(schema, [("root", "root", "")], source_file="schema")
    except StrategyError as error:
        return f"refused: {error}"


@settings(max_examples=budget(60))
@given(schema=schemas())
def test_random_schemas_compile_to_the_same_module(schema: Any) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        remembered, plain = _both(monkeypatch, lambda: _source(schema))
    assert remembered == plain


@pytest.mark.parametrize("case", ["graph", "over budget"])
def test_budget_documents_compile_to_the_same_module(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def make() -> tuple[str, dict[str, str], dict[str, str]]:
        skipped: dict[str, StrategyError] = {}
        loose: dict[str, StrategyError] = {}
        if case == "graph":
            document, entries = {"components": {"schemas": budgets._schemas()}}, [("S0", "s0", "/components/schemas/S0")]
        else:
            document, entries = _over_budget()
        source = render_module(document, entries, source_file="doc.json", skipped=skipped, loose=loose)
        return source, {k: str(v) for k, v in skipped.items()}, {k: str(v) for k, v in loose.items()}

    remembered, plain = _both(monkeypatch, make)
    assert remembered == plain


def _over_budget() -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """Five anyOf levels of six branches (``test_one_schema_beyond_the_budget_is_still_stopped``),
    reached twice: from itself and from an entry that holds it twice."""
    schemas_: dict[str, Any] = {}
    for lvl in range(5):
        deeper = {"$ref": f"#/components/schemas/L{lvl + 1}"} if lvl < 4 else {}
        schemas_[f"L{lvl}"] = {"anyOf": [
            {"type": "object", "required": [f"a{lvl}_{b}"], "properties": {f"a{lvl}_{b}": {"type": "integer"}}, **deeper}
            for b in range(6)
        ]}  # fmt: skip
    schemas_["Both"] = {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/L0"}, "y": {"$ref": "#/components/schemas/L0"}}}
    return {"components": {"schemas": schemas_}}, [(k, k.lower(), f"/components/schemas/{k}") for k in ("L0", "Both", "L3")]
