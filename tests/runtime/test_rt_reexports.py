"""A name a runtime module keeps importable after a move type-checks there too.

``translate_pattern`` moved from ``specloom_runtime.wire.validation`` to ``wire.patterns``; the old
module re-imports it so that code importing it from there goes on working. A bare re-import is
not a re-export under ``mypy --strict`` (``implicit_reexport`` is off): the import ran, and
type-checked code importing the name from its old home was refused.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def test_the_moved_translate_pattern_type_checks_from_its_old_module(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    source = "from specloom_runtime.wire.validation import translate_pattern\n\nprint(translate_pattern('a+'))\n"
    (tmp_path / "snippet.py").write_text(source, encoding="utf-8")
    # the old module and the snippet analysed, the modules they import skipped: about a second
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=skip", "--no-incremental",
               "--cache-dir", str(tmp_path / "cache"), "-m", "specloom_runtime.wire.validation", "-m", "snippet"]  # fmt: skip
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout
