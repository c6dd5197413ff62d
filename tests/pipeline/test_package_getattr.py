"""``specloom`` loads ``compile_validator`` lazily, and type checkers still see exactly its names.

A module-level ``__getattr__`` visible to mypy makes every ``from specloom import X`` type-check,
typed ``object``: a misspelt import would pass ``mypy --strict`` and fail only at run time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import specloom


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("mypy")
    (tmp_path / "snippet.py").write_text(source, encoding="utf-8")
    # only the package's __init__ and the snippet are analysed (submodules skipped): about a second
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=skip", "--no-incremental",
               "--cache-dir", str(tmp_path / "cache"), "-m", "specloom", "-m", "snippet"]  # fmt: skip
    return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)


def test_mypy_reports_a_name_the_package_does_not_have(tmp_path: Path) -> None:
    result = _mypy(tmp_path, "from specloom import compile_validatr\n")
    assert result.returncode == 1, result.stdout
    assert 'Module "specloom" has no attribute "compile_validatr"' in result.stdout


def test_mypy_accepts_the_lazy_name(tmp_path: Path) -> None:
    result = _mypy(tmp_path, "from specloom import compile_validator\n\nprint(compile_validator)\n")
    assert result.returncode == 0, result.stdout


def test_the_lazy_name_loads_and_an_unknown_one_is_an_attribute_error() -> None:
    from specloom.validation import compile_validator

    assert specloom.compile_validator is compile_validator
    with pytest.raises(AttributeError, match="no attribute 'compile_validatr'"):
        specloom.compile_validatr  # type: ignore[attr-defined]  # noqa: B018 - the misspelt attribute access is the test
