"""The rule table in specs/README.md is complete and true.

Input: the table under "## Rule table" in specs/README.md, the specs, ``test_rules.py``.
Output: pass/fail. Each row names a spec pointer and a test: the pointer must resolve, the test
(and its parametrize id) must exist, every test in ``test_rules.py`` must be named by some row,
and -- the real proof -- deleting the pointed-to rule from the spec must make the named test fail.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest

from . import test_rules
from .spec_helpers import README, VENDORS, fresh_copy, overridden, pointer_delete, pointer_get, raw

ROW = re.compile(
    r"^\|\s*(?P<n>\d+)\s*\|[^|]*\|[^|]*\|\s*`(?P<spec>[a-z0-9_]+)\.yaml#(?P<ptr>/[^`]*)`\s*\|"
    r"\s*`test_rules\.py::(?P<test>\w+)(?:\[(?P<id>[^\]]+)\])?`\s*\|\s*$"
)


def table() -> list[dict[str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Rule table", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if re.match(r"^\|\s*\d+\s*\|", line):
            match = ROW.match(line)
            assert match, f"malformed rule-table row: {line}"
            rows.append(match.groupdict())
    return rows


ROWS = table()


def _param_cases(func: Callable[..., Any]) -> dict[str | None, dict[str, Any]]:
    """Parametrize id -> keyword arguments (None -> {} for an unparametrized test)."""
    marks = [m for m in getattr(func, "pytestmark", []) if m.name == "parametrize"]
    if not marks:
        return {None: {}}
    (mark,) = marks
    names = mark.args[0]
    names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
    cases: dict[str | None, dict[str, Any]] = {}
    for case in mark.args[1]:
        values = case.values if hasattr(case, "values") else (case if len(names) > 1 else (case,))
        case_id = getattr(case, "id", None) or "-".join(str(v) for v in values)
        cases[case_id] = dict(zip(names, values, strict=True))
    return cases


def _call(row: dict[str, str]) -> None:
    func = getattr(test_rules, row["test"])
    func(**_param_cases(func)[row["id"]])


def test_table_is_big_and_numbered() -> None:
    assert len(ROWS) >= 40
    assert [int(r["n"]) for r in ROWS] == list(range(1, len(ROWS) + 1))
    assert {r["spec"] for r in ROWS} == set(VENDORS)


def test_every_rule_test_is_in_the_table() -> None:
    named = {r["test"] for r in ROWS}
    defined = {n for n in dir(test_rules) if n.startswith("test_") and callable(getattr(test_rules, n))}
    assert defined - named == set()


@pytest.mark.parametrize("row", ROWS, ids=[r["n"] for r in ROWS])
def test_rule_row(row: dict[str, str]) -> None:
    """The row's pointer and test exist, and deleting the pointed-to rule fails the test."""
    pointer_get(raw(row["spec"]), row["ptr"])
    func = getattr(test_rules, row["test"], None)
    assert callable(func), f"no test {row['test']} in test_rules.py"
    assert row["id"] in _param_cases(func), f"{row['test']} has no case [{row['id']}]"
    _call(row)  # passes on the real spec ...
    doc = fresh_copy(row["spec"])
    pointer_delete(doc, row["ptr"])
    with overridden(row["spec"], doc):
        try:
            _call(row)
        except Exception:  # noqa: BLE001 - any failure (assertion, missing key, bad $ref) counts
            return
    pytest.fail(f"deleting {row['spec']}.yaml#{row['ptr']} does not fail {row['test']}[{row['id']}]")


def test_override_does_not_leak() -> None:
    before = copy.deepcopy(raw("firecart"))
    doc = fresh_copy("firecart")
    with overridden("firecart", doc):
        pointer_delete(doc, "/servers")
    assert raw("firecart") == before
