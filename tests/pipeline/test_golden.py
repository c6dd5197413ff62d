"""Golden output for small one-feature specs (tests/golden/<feature>.yaml -> <feature>/models.py).

These are reviewed regression files, never a feature's only test. After an intended change, review
the diff and update them with:  SPECLOOM_UPDATE_GOLDEN=1 .venv/bin/pytest tests/pipeline/test_golden.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from specloom.pipeline import build_tree

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
SPECS = sorted(GOLDEN.glob("*.yaml"))


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_golden(spec: Path) -> None:
    files, _ = build_tree([spec])
    for rel, text in sorted(files.items()):
        if rel.name != "models.py":
            continue
        expected_path = GOLDEN / spec.stem / rel.name
        if os.environ.get("SPECLOOM_UPDATE_GOLDEN"):
            expected_path.parent.mkdir(exist_ok=True)
            expected_path.write_text(text, encoding="utf-8")
        assert expected_path.exists(), f"no golden file {expected_path}; create it with SPECLOOM_UPDATE_GOLDEN=1"
        expected = expected_path.read_text(encoding="utf-8")
        if text != expected:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "golden", "generated"))
            pytest.fail(f"{spec.name} output changed:\n{diff}\nIf intended, review and run:\n  SPECLOOM_UPDATE_GOLDEN=1 .venv/bin/pytest tests/pipeline/test_golden.py")
