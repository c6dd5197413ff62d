"""A cheaper form's finished parts are compiled once per module, whatever is rolled back around them.

Stripe's shared models (``legal_entity_company``, ``person``) were each compiled exactly a hundred
times or more by the fallback, 35 ms a time: a part finished for one schema's cheaper form was
thrown away when the main emitter gave up a schema around it (its constants were in the one shared
writer), or when the cheaper form it belonged to failed later on, and the next cheaper form reaching
it compiled it again. The fallback now writes into side writers of the module's (``Writer.side``):
its exact parts in one that only a part's own failed attempt rolls back, the pieces assembling them
in another that a failed cheaper form rolls back.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from specloom.strategies import emit
from specloom.strategies.module import render_module
from specloom.strategies.shapes import StrategyError
from specloom.strategies.writer import Writer

PART = "/components/schemas/Part"


def _costly() -> dict[str, Any]:
    """6**5 alternatives: beyond the budget of any schema merging them."""
    schemas: dict[str, Any] = {}
    for lvl in range(5):
        deeper = {"$ref": f"#/components/schemas/L{lvl + 1}"} if lvl < 4 else {}
        schemas[f"L{lvl}"] = {"anyOf": [
            {"type": "object", "required": [f"a{lvl}_{b}"], "properties": {f"a{lvl}_{b}": {"type": "integer"}}, **deeper}
            for b in range(6)
        ]}  # fmt: skip
    schemas["Part"] = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "minimum": 3}}}
    return schemas


def _compiles(monkeypatch: pytest.MonkeyPatch, schemas: dict[str, Any], keys: list[str]) -> tuple[Counter[str], str, list[str], list[str]]:
    """How often the fallback's emitter (the one without a cheaper form) compiled each named schema."""
    count: Counter[str] = Counter()
    real = emit.Emitter.named

    def named(self: emit.Emitter, pointer: str) -> Any:
        if self.cheaper is None and pointer not in self._named and pointer not in self._progress:
            count[pointer] += 1
        return real(self, pointer)

    monkeypatch.setattr(emit.Emitter, "named", named)
    skipped: dict[str, StrategyError] = {}
    loose: dict[str, StrategyError] = {}
    entries = [(k, k.lower(), f"/components/schemas/{k}") for k in keys]
    source = render_module({"components": {"schemas": schemas}}, entries, source_file="x", skipped=skipped, loose=loose)
    return count, source, sorted(skipped), sorted(loose)


def _undefined(source: str) -> set[str]:
    defined = set(re.findall(r"^(?:def )?(_[a-z]\d+)\b", source, re.MULTILINE))
    return set(re.findall(r"\b(_[a-z]\d+)\b", source)) - defined


def test_a_part_survives_the_rollback_of_the_schema_around_its_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """A0 reaches Q, over budget, drawn by its cheaper form (Part compiled for it); then A0 is over budget
    too and given up whole: Q's cheaper form, Part included, was rolled back and compiled again, per A."""
    schemas = _costly()
    costly = [{"$ref": "#/components/schemas/L0"}]
    schemas["Q"] = {"type": "object", "properties": {"part": {"$ref": "#" + PART}}, "allOf": costly}
    for i in range(3):
        schemas[f"A{i}"] = {"type": "object", "properties": {"q": {"$ref": "#/components/schemas/Q"}, "p": {"$ref": "#" + PART}}, "allOf": costly}
    count, source, skipped, loose = _compiles(monkeypatch, schemas, ["A0", "A1", "A2", "Q"])
    assert (skipped, loose) == ([], ["A0", "A1", "A2", "Q"])
    assert count[PART] == 1  # was 3: once per A
    assert _undefined(source) == set()


def test_a_part_survives_a_failed_cheaper_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root's cheaper form finishes Part, then fails (A's pattern keys reach the costly levels): B's cheaper
    form reaches Part again. Part is compiled twice for Root (once inside A's exact attempt, which is over
    budget and undone), never again for B (was: three times)."""
    schemas = _costly()
    beyond = {"type": "object", "patternProperties": {"^k": {"$ref": "#/components/schemas/L0"}}}
    schemas["A"] = {"type": "object", "properties": {"part": {"$ref": "#" + PART}, "child": {"$ref": "#/components/schemas/A"}, "deep": beyond}}
    schemas["Root"] = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]}
    schemas["B"] = {"type": "object", "properties": {"part": {"$ref": "#" + PART}}, "allOf": [{"$ref": "#/components/schemas/L0"}]}
    count, source, skipped, loose = _compiles(monkeypatch, schemas, ["Root", "B"])
    assert (skipped, loose) == (["Root"], ["B"])
    assert count[PART] == 2
    assert _undefined(source) == set()


def test_a_side_writer_comes_first_shares_the_count_and_survives_rollbacks() -> None:
    main = Writer()
    side = main.side()
    mark = main.mark()
    part = side.const("st.integers()")
    user = main.const(f"st.lists({part})")
    assert part != user  # one count for both: no name given twice
    main.rollback(mark)  # the schema using the part is given up: the part stays
    again = main.const(f"st.lists({part})")
    side.fixed("_EMAIL", "st.emails()")
    main.fixed("_EMAIL", "st.emails()")  # both wanted it: defined once
    body = "\n".join(main.body())
    assert body.index(f"{part}:") < body.index(f"{again}:")
    assert body.count("_EMAIL =") == 1 and user not in body
