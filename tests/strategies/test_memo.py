"""``strategies.memo``: a shape asked again is answered without a walk, and the module is the one written without.

The memo hands back the constant of a shape's first answer. Whatever the context (a shape equal to
another but from another pointer, values equal in Python but not in JSON, recursion, a schema
given up, budgets crossed with remembered steps in the count), the module written must be the one a
compile without it writes: checked on the five specs' real inputs, random schemas, the budget
documents, small budgets (every schema of a document crossing it), the case an earlier memo got
wrong on Stripe and Square (a hit charged steps its walk would not take again: budgets crossed
that are not) and values shape equality does not tell apart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from specloom.strategies import memo, module
from specloom.strategies.algebra import Algebra
from specloom.strategies.canon import Canon
from specloom.strategies.emit import Emitter
from specloom.strategies.shapes import Reason, Shape, StrategyError
from specloom.strategies.writer import Writer
from tests.generator_properties.schemas import budget, schemas
from tests.strategies import test_budget_per_schema as budgets

SPECS = sorted((Path(__file__).parents[2] / "specs").glob("*.yaml"))

Result = tuple[str, dict[str, str], dict[str, str]]


def _compile(
    document: Any, entries: list[tuple[str, str, str]], *, remember: bool, models: Any = ()
) -> Result:
    """The module, and what it skipped and drew loosely: with the memo (``render_module``) or without."""
    skipped: dict[str, StrategyError] = {}
    loose: dict[str, StrategyError] = {}
    if remember:
        source = module.render_module(
            document, entries, models, source_file="doc.json", skipped=skipped, loose=loose
        )
    else:
        source = module._render(
            document, entries, models, "doc.json", "", skipped, loose, memo=False
        )
    return source, {k: str(v) for k, v in skipped.items()}, {k: str(v) for k, v in loose.items()}


def _same(document: Any, entries: list[tuple[str, str, str]], models: Any = ()) -> Result:
    remembered = _compile(document, entries, remember=True, models=models)
    assert remembered == _compile(document, entries, remember=False, models=models)
    return remembered


def _entries(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    names = sorted(document.get("components", {}).get("schemas", {}))
    return [(n, f"s{i}", f"/components/schemas/{n}") for i, n in enumerate(names)]


def _spec(path: Path) -> tuple[dict[str, Any], list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The bundled document and the entries and models the pipeline gives the strategy compiler."""
    from specloom.check import prepare
    from specloom.ir.build import build_ir
    from specloom.load import load
    from specloom.options import DEFAULT

    resolved, reporter = prepare(load(path, limits=DEFAULT.limits), lenient=True)
    api = build_ir(resolved, reporter, lenient=True, kit=False)
    return (
        resolved.data,
        [(v.key, v.py_name, v.pointer) for v in api.validators],
        [(m.name, m.source_pointer, m.source_pointer) for m in api.models],
    )


# -- it remembers ---------------------------------------------------------------------------------


def test_an_equal_shape_asked_again_is_answered_without_a_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scalar = {
        "type": ["integer", "string"],
        "minimum": 1,
        "maxLength": 3,
        "pattern": "^a",
        "not": {"const": "ab"},
    }
    document = {
        "$defs": {
            "A": {"type": "object", "properties": {"x": scalar}},
            "B": {"type": "object", "properties": {"y": scalar}},
        }
    }
    walks: list[object] = []
    real = Emitter._strategy

    def walked_strategy(self: Emitter, shape: Shape) -> str | Reason:
        walks.append(shape)
        return real(self, shape)

    monkeypatch.setattr(Emitter, "_strategy", walked_strategy)
    em = Emitter(Canon(document), Writer())
    first = em.strategy(em.canon.shape_at("/$defs/A/properties/x"))
    walked, written = len(walks), em.w.mark()
    again = em.canon.shape_at(
        "/$defs/B/properties/y"
    )  # another object, equal (a scalar's pointer names nothing)
    assert (
        walked
        and again is not em.canon.shape_at("/$defs/A/properties/x")
        and again == em.canon.shape_at("/$defs/A/properties/x")
    )
    assert em.strategy(again) == first
    assert len(walks) == walked and em.w.mark() == written  # no walk, nothing written
    plain = Emitter(
        Canon(document), Writer(), memo=False
    )  # without the memo, the second ask walks again
    del walks[:]
    assert (
        plain.strategy(plain.canon.shape_at("/$defs/A/properties/x"))
        == plain.strategy(plain.canon.shape_at("/$defs/B/properties/y"))
        == first
    )
    assert len(walks) == 2 * walked


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_the_specs_modules_are_the_same_and_the_memo_answers(
    spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document, entries, models = _spec(spec)
    hits: list[str] = []
    real = memo.Memo.ask

    def ask(self: memo.Memo, shape: Any, em: Any) -> Any:
        answer = real(self, shape, em)
        if answer[0] is not None:
            hits.append(answer[0])
        return answer

    monkeypatch.setattr(memo.Memo, "ask", ask)
    _same(document, entries, models)
    assert (
        hits
    )  # the specs ask for one shape many times (a property's type in every mutation of its object)


# -- what an answer depends on besides shape equality -------------------------------------------------


def test_equal_objects_from_two_pointers_share_the_function_a_walk_writes() -> None:
    # the key leaves pointers out: an object's composite names its pointer in its docstring, but a
    # composite is written once per body, so an equal object elsewhere gets the first one's function
    # whether it is walked again or remembered
    pair = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    document = {"components": {"schemas": {
        "One": {"type": "object", "required": ["x"], "properties": {"x": pair, "y": {"type": "array", "items": pair}}},
        "Two": {"type": "object", "properties": {"z": dict(pair, required=["a"]), "w": pair}},
        "Three": {"type": "array", "items": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}},
    }}}  # fmt: skip
    source, _, _ = _same(document, _entries(document))
    assert (
        source.count('"Objects of /components/schemas/One/properties/x"') == 1
        and "Objects of /components/schemas/Two/properties/w" not in source
    )


def test_values_equal_in_python_but_not_in_json_keep_their_own_constants() -> None:
    # (1,) == (1.0,) == (True,) in Python: shapes with these enums are equal, and hash alike
    document = {"components": {"schemas": {
        "Int": {"const": 1}, "Float": {"const": 1.0}, "Bool": {"const": True},
        "Zero": {"type": "number", "minimum": 0.0, "maximum": 1}, "Zero2": {"type": "number", "minimum": 0, "maximum": 1},
        "Obj": {"type": "object", "properties": {"i": {"const": 1}, "f": {"const": 1.0}, "b": {"const": True}, "l": {"const": [1]}, "m": {"const": [1.0]}}},
    }}}  # fmt: skip
    source, _, _ = _same(document, _entries(document))
    assert all(
        lit in source
        for lit in ("st.just(1)", "st.just(1.0)", "st.just(True)", "st.just([1])", "st.just([1.0])")
    )


def test_a_shape_inside_its_own_recursion_is_drawn_lazily_not_remembered() -> None:
    document = {"components": {"schemas": {
        "Tree": {"type": "object", "properties": {"kids": {"type": "array", "items": {"anyOf": [{"$ref": "#/components/schemas/Tree"}, {"type": "null"}]}}}},
        "Forest": {"type": "array", "items": {"anyOf": [{"$ref": "#/components/schemas/Tree"}, {"type": "null"}]}},
        "Pair": {"type": "object", "properties": {"l": {"$ref": "#/components/schemas/Tree"}, "r": {"$ref": "#/components/schemas/Forest"}}},
    }}}  # fmt: skip
    _same(document, _entries(document))


# -- budgets ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("steps", [8, 25, 60, 200])
@pytest.mark.parametrize("spec", SPECS[:3], ids=[s.stem for s in SPECS[:3]])
def test_small_budgets_cross_at_the_same_steps(
    spec: Path, steps: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every budget crossed (most schemas of the spec given up, drawn loosely or skipped): a hit charges
    # the steps its walk took, so each schema crosses its budget where it does without the memo
    monkeypatch.setattr(module, "MERGE_BUDGET", steps)
    document, entries, models = _spec(spec)
    _, skipped, loose = _same(document, entries, models)
    if steps == 8:
        assert skipped or loose


def test_a_schema_within_its_budget_is_within_it_with_the_memo() -> None:
    # Stripe's billing_portal.session and the 25 schemas it reaches (descriptions left out; MIT, the
    # corpus's stripe_spec3.yaml): its walks build canonical shapes the walks asked again find built,
    # so a hit charging its first walk's steps as exact ones put it over its budget (drawn by its
    # cheaper form) while it compiles within it
    document = json.loads(
        (Path(__file__).parent / "data" / "budget_overcharge.json").read_text(encoding="utf-8")
    )
    _, skipped, loose = _same(
        document, [("session", "session", "/components/schemas/billing_portal.session")]
    )
    assert skipped == {} and loose == {}


@pytest.mark.parametrize("spec", SPECS[:2], ids=[s.stem for s in SPECS[:2]])
def test_a_crossing_with_upper_bounds_in_the_count_compiles_again_without_the_memo(
    spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hit whose first walk built canonical shapes or negations charges an upper bound (a second
    # walk would find them built): a count crossing its budget with one in it may not cross without,
    # so the document is compiled again with exact hits only. Here every hit is taken for an upper bound.
    real = Algebra.charge
    monkeypatch.setattr(Algebra, "charge", lambda self, steps, exact: real(self, steps, False))
    runs: list[tuple[bool, bool]] = []
    render = module._render

    def recorded_render(*a: Any, memo: bool, bounds: bool = True) -> str:
        runs.append((memo, bounds))
        return render(*a, memo=memo, bounds=bounds)

    monkeypatch.setattr(module, "_render", recorded_render)
    document, entries, models = _spec(spec)
    seen: list[int] = []
    # which budgets a spec crosses with a bound in the count moves with what the compiler charges
    # (a merge with nothing to combine is free since #16): a few budgets, and one of them must
    for steps in (3, 8, 20, 25, 40):
        monkeypatch.setattr(module, "MERGE_BUDGET", steps)
        runs.clear()
        _same(document, entries, models)
        assert runs in ([(True, True), (False, True)], [(True, True), (True, False), (False, True)])
        seen.append(len(runs))
    assert 3 in seen  # given up, again with exact hits only; then the comparison's run without the memo


@pytest.mark.parametrize("case", ["graph", "over budget"])
def test_budget_documents_compile_to_the_same_module(case: str) -> None:
    if case == "graph":
        document: Any = {"components": {"schemas": budgets._schemas()}}
        entries = [("S0", "s0", "/components/schemas/S0")]
    else:
        document = {"components": {"schemas": {}}}
        for lvl in range(5):
            deeper = {"$ref": f"#/components/schemas/L{lvl + 1}"} if lvl < 4 else {}
            document["components"]["schemas"][f"L{lvl}"] = {"anyOf": [
                {"type": "object", "required": [f"a{lvl}_{b}"], "properties": {f"a{lvl}_{b}": {"type": "integer"}}, **deeper}
                for b in range(6)
            ]}  # fmt: skip
        document["components"]["schemas"]["Both"] = {
            "type": "object",
            "properties": {k: {"$ref": "#/components/schemas/L0"} for k in "xy"},
        }
        entries = [(k, k.lower(), f"/components/schemas/{k}") for k in ("L0", "Both", "L3")]
    _same(document, entries)


@settings(max_examples=budget(60))
@given(schema=schemas())
def test_random_schemas_compile_to_the_same_module(schema: Any) -> None:
    def source(remember: bool) -> str:
        try:
            return _compile(schema, [("root", "root", "")], remember=remember)[0]
        except StrategyError as error:
            return f"refused: {error}"

    assert source(True) == source(False)
