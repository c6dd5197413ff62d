"""Schemas the random-schema explorer (``tests/explore.py``) found generating code that ruff or
``mypy --strict`` refused, each reduced to its smallest form and pinned here. Each becomes one
spec laid out as the explorer lays it out (the schema as component ``S0``, body and answer of
``POST /s0``: ``tests.explore.spec_of``), generated without ``--strict`` (a schema without
strategy is a warning) into one temporary tree beside the project's settings, then checked with
ruff (the project's selection and ruff's defaults) and ``mypy --strict``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.explore import spec_of
from tests.pipeline.helpers import ROOT, run_cli

FOUND: dict[str, Any] = {
    # the validators' evaluated-items function of a `contains` wrote
    # ev.update(i for i, x in enumerate(value) if <test>), which the layout split at the comma of
    # the target when too long: a syntax error (seed 105)
    "contains_evaluated": {
        "anyOf": [{"type": "array", "contains": {"type": "string", "pattern": "^a", "maxLength": 3}}],
        "unevaluatedProperties": False,
    },
    # ... and with `contains: true` a loop would not read its item (B007)
    "contains_true_evaluated": {"type": "array", "anyOf": [{"contains": True}], "unevaluatedItems": False},
    # no schema of the spec has a strategy (nothing satisfies it): strategies.py imported
    # hypothesis.strategies as st and never used it (F401, seed 105)
    "nothing_satisfies": False,
    # an array whose items have no strategy (nothing satisfies them) may only be empty: the
    # strategy drew a size it never read (F841, seeds 103 and 119)
    "only_empty_arrays": {"type": "array", "items": {"type": "string", "minLength": 2, "maxLength": 1},
                          "contains": {}, "minContains": 0},  # fmt: skip
    # ... and with uniqueItems, the set of items seen (F841, seed 194)
    "only_empty_unique_arrays": {"type": "array", "items": {"type": "string", "minLength": 2, "maxLength": 1},
                                 "contains": {}, "minContains": 0, "uniqueItems": True},  # fmt: skip
    # every item matches `contains` (maxContains, and no item can fail contains): the loop over
    # hit/miss flags never read its flag (B007, seed 109)
    "every_item_contained": {"type": "array", "contains": {}, "maxContains": 1},
    # number or integer: the client's parameter was annotated float | int, which ruff's defaults
    # refuse (PYI041: an int is a float to type checkers; seed 107)
    "number_or_integer": {"anyOf": [{"type": "number"}, {"type": "integer"}]},
    # a property named l became the model attribute l, which ruff refuses (E741, ambiguous with 1)
    "property_l": {"type": "object", "properties": {"l": {"type": "integer"}}},
    # items that are false in disguise: the fast path's loop never read its item (B007, seed 146)
    "items_false_in_disguise": {"type": "array", "items": {"anyOf": [False]}},
    # the invalid values of not: {a recursive schema} tried that schema, which failed half-way: a
    # deferred reference to a name never defined stayed in strategies.py (F821, seed 172)
    "not_recursive": {"not": {"$ref": "#/$defs/t"},
                      "$defs": {"t": {"type": "object", "additionalProperties": {"$ref": "#/$defs/t"},
                                      "dependentSchemas": {"a": {}}, "maxProperties": 0}}},  # fmt: skip
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("finds")
    specs = []
    for name, schema in FOUND.items():
        specs.append(root / f"{name}.json")
        specs[-1].write_text(json.dumps(spec_of([schema])), encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "specloom_runtime").symlink_to(ROOT / "specloom_runtime", target_is_directory=True)
    code, _, err = run_cli("generate", "--no-strict", *map(str, specs), "--out", str(root / "out"))
    assert code == 0, err
    return root


def _report(tree: Path, *command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, cwd=tree, timeout=600)
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def reports(tree: Path) -> dict[str, str]:
    ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise"]
    defaults = ["--isolated", "--config", 'lint.isort.known-third-party=["specloom_runtime"]']
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tree / ".mypy_cache")]
    return {
        "ruff": _report(tree, *ruff, "out"),
        "ruff-defaults": _report(tree, *ruff, *defaults, "out"),
        "mypy": _report(tree, *mypy, *(f"out/{name}" for name in FOUND)),
    }


@pytest.mark.parametrize("check", ["ruff", "ruff-defaults", "mypy"])
@pytest.mark.parametrize("name", FOUND)
def test_generated_code_is_clean(reports: dict[str, str], check: str, name: str) -> None:
    found = [line for line in reports[check].splitlines() if f"out/{name}/" in line]
    assert found == [], reports[check]
