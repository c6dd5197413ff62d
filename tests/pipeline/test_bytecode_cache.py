"""The generator's own bytecode in the build cache folder (``specloom.cache.keep_bytecode``): with
PYTHONDONTWRITEBYTECODE set, a building run compiled ~100 modules from source every time (~0.15 s
of a one-spec regeneration); now the second run loads them from ``<cache>/pyc``, a damaged entry
is compiled again, and nothing is written beside the sources nor for generated packages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """\
import sys
from pathlib import Path
from specloom import cache
if {refuse_compiling}:
    def refuse(self, data, path):
        raise AssertionError("compiled from source: " + path)
    cache._BytecodeLoader.source_to_code = refuse
cache.keep_bytecode(Path({folder!r}))
import specloom.lint_openapi as module
print(type(module.__spec__.loader).__name__, module.complaints({{"openapi": "3.1.0", "paths": {{}}}}))
"""


def _run(folder: Path, *, refuse_compiling: bool = False, dont_write: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if dont_write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:  # Python's own bytecode away from the sources too (this test must not leave any there)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "python")
    code = SCRIPT.format(folder=str(folder), refuse_compiling=refuse_compiling)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def test_a_second_run_loads_the_generators_modules_from_the_cache_folder(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split()[0] == "_BytecodeLoader"
    entries = list((tmp_path / "pyc").rglob("*.pyc"))
    assert entries  # lint_openapi and what it imports
    second = _run(tmp_path, refuse_compiling=True)
    assert second.returncode == 0, second.stderr
    for entry in entries:  # damaged: compiled again, not trusted
        entry.write_bytes(b"not marshalled code")
    again = _run(tmp_path)
    assert again.returncode == 0 and again.stdout == first.stdout, again.stderr
    assert _run(tmp_path, refuse_compiling=True).returncode == 0  # written again


def test_nothing_is_kept_when_python_caches_bytecode_itself(tmp_path: Path) -> None:
    run = _run(tmp_path, dont_write=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[0] == "SourceFileLoader" and not (tmp_path / "pyc").exists()
