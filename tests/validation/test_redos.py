"""Backtracking patterns: maxLength runs before patterns, and lint warns at risky patterns.

Timing-free: a spy stands in for the compiled pattern, so "the pattern never ran" is observed
directly instead of through a clock.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from specloom_runtime.wire import passes, problems
from specloom_runtime.wire.patterns import translate_pattern

from specloom.check import lint
from specloom.load import load, loads
from specloom.regex_risk import backtracking_risk
from specloom.validation import compile_module
from specloom.walk import walk

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "specs").glob("*.yaml"))


class Spy:
    """Records every string a compiled pattern (or format checker) was asked about."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, value: str) -> bool:
        self.seen.append(value)
        return True


def _module(schema: dict[str, Any]) -> dict[str, Any]:
    source = compile_module({"s": schema}, [("s", "s", "/s")], source_file="t.yaml", formats="assert").source
    namespace: dict[str, Any] = {}
    exec(compile(source, "<test>", "exec"), namespace)  # noqa: S102 - our own generated module
    return namespace


@pytest.mark.parametrize(("bounds", "keyword", "within"), [
    ({"maxLength": 16}, "maxLength", "a" * 10),
    ({"minLength": 3, "maxLength": 16}, "maxLength", "a" * 10),
    ({"maxLength": 16, "minLength": 30}, "maxLength", "a" * 10),
])  # fmt: skip
def test_a_value_outside_the_length_bounds_never_reaches_the_pattern(bounds: dict[str, int], keyword: str, within: str) -> None:
    namespace = _module({"type": "string", **bounds, "pattern": "^(a+)+$", "format": "email"})
    spies = {name: Spy() for name in namespace if name.startswith(("_P", "_FMT"))}
    assert len(spies) == 2
    namespace.update(spies)  # generated functions read their module globals at call time
    validator = namespace["VALIDATORS"]["s"]
    value = "a" * 28 + "!"  # 29 characters: past 16, short of 40
    assert not validator.is_valid(value)
    errors = validator.errors(value)
    assert {e.keyword for e in errors} - {"minLength"} == {keyword}
    # the runtime's request/answer check: passes() first, then problems() for the messages
    assert not passes(validator, value)
    assert {p for p, _ in problems(validator, value, "/body")} == {"/body"}
    assert all(spy.seen == [] for spy in spies.values())
    assert {e.keyword for e in validator.errors(within)} <= {"minLength"}
    assert all(spy.seen == [within] for spy in spies.values())  # in bounds: the checks do run


RISKY = ["^(a+)+$", "(a*)*", "^(a|aa)+$", "(\\d+\\s?)+$", "^(\\d{1,3})+x$", "((a+)b?)+", "^([a-z]+-?)+$", "(ab|a.)+"]
SAFE = ["^[a-z0-9]+$", "^([a-z0-9]+-)*[a-z0-9]+$", "(foo|bar)+", "^(\\.[a-z]+|-[0-9]+)*$", "^(?:[a-z]+\\.)+[a-z]+$",
        "^([0-9a-f]{2}:?)+$", "(a|ab)+"]  # fmt: skip


@pytest.mark.parametrize("pattern", RISKY)
def test_risky_patterns_are_named(pattern: str) -> None:
    assert backtracking_risk(pattern)


@pytest.mark.parametrize("pattern", SAFE)
def test_unambiguous_repetitions_are_not_flagged(pattern: str) -> None:
    assert backtracking_risk(pattern) is None


def test_lint_warns_at_the_pattern_line() -> None:
    spec = b"""\
openapi: 3.1.0
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Code:
      type: string
      maxLength: 16
      pattern: "^(a+)+$"
    Bag:
      type: object
      patternProperties:
        "^(a|aa)+$": {type: string}
        "^x-[a-z]+$": {type: string}
"""
    _, reporter = lint(loads(spec, path=Path("t.yaml")))
    found = {(w.line, w.pointer) for w in reporter.warnings if "exponential" in w.message}
    assert found == {(9, "/components/schemas/Code/pattern"), (13, "/components/schemas/Bag/patternProperties/^(a|aa)+$")}


def test_a_repeated_pattern_is_judged_once_and_warned_at_each_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # a document repeats its patterns (Twilio: 130, 22 distinct), each judged by parsing it and
    # comparing the first characters of its branches: that was a third of lint's own time there
    from specloom import regex_risk

    parsed: list[str] = []

    def counting(pattern: str) -> str:
        parsed.append(pattern)
        return translate_pattern(pattern)  # what regex_risk imported, patched there below

    backtracking_risk.cache_clear()
    monkeypatch.setattr(regex_risk, "translate_pattern", counting)
    risky = {"type": "string", "pattern": "^(b+)+$"}
    spec = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},
            "components": {"schemas": {f"S{i}": dict(risky) for i in range(5)}}}  # fmt: skip
    _, reporter = lint(loads(json.dumps(spec).encode(), path=Path("t.json")))
    assert sorted(w.pointer for w in reporter.warnings if "exponential" in w.message) == [f"/components/schemas/S{i}/pattern" for i in range(5)]
    assert parsed == ["^(b+)+$"]


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_our_specs_patterns_are_not_flagged(path: Path) -> None:
    doc = load(path)
    patterns = [node["pattern"] for role, _, node in walk(doc.data) if role == "schema" and isinstance(node.get("pattern"), str)]
    assert [p for p in patterns if backtracking_risk(p)] == []
    _, reporter = lint(doc)
    assert [w for w in reporter.warnings if "exponential" in w.message] == []
