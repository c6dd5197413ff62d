"""A fallback attempt that fails half-way leaves nothing behind in the strategies module.

The cheaper form of a schema over budget compiles its parts one by one; a recursive part names
itself early (``st.deferred(lambda: _n5)``) before it turns out to be beyond the budget too. That
half-written constant once stayed in the module, naming a strategy never defined (ruff F821 in a
large published document's package)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from specloom.strategies.module import render_module
from specloom.strategies.shapes import StrategyError

RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent))


def _document() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for lvl in range(5):  # 6**5 alternatives: beyond the budget, and not splittable from inside A
        deeper = {"$ref": f"#/components/schemas/L{lvl + 1}"} if lvl < 4 else {}
        schemas[f"L{lvl}"] = {"anyOf": [
            {"type": "object", "required": [f"a{lvl}_{b}"], "properties": {f"a{lvl}_{b}": {"type": "integer"}}, **deeper}
            for b in range(6)
        ]}  # fmt: skip
    # the costly levels behind a pattern: the fallback draws an object's properties apart, but
    # not its pattern keys, so A's cheaper form fails too, after naming itself early
    beyond = {"type": "object", "patternProperties": {"^k": {"$ref": "#/components/schemas/L0"}}}
    schemas["A"] = {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/A"}, "deep": beyond}}
    schemas["Root"] = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]}
    return {"components": {"schemas": schemas}}


@pytest.mark.skipif(RUFF is None, reason="ruff not installed")
def test_a_failed_fallback_leaves_no_undefined_name() -> None:
    skipped: dict[str, StrategyError] = {}
    loose: dict[str, StrategyError] = {}
    source = render_module(_document(), [("Root", "root", "/components/schemas/Root")], source_file="x", skipped=skipped, loose=loose)
    assert list(skipped) == ["Root"] and loose == {}  # neither form could be afforded
    assert RUFF is not None
    checked = subprocess.run([RUFF, "check", "--no-cache", "--select", "F821", "--stdin-filename", "strategies.py", "-"],
                             input=source, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert checked.returncode == 0, checked.stdout[-2000:]
