"""The console script runs the build commands without the cyclic garbage collector.

``cli.collector_off``: a build keeps its large structures until its end, so the collector's
passes only cost time (5-15% of a run); at the end the survivors are frozen so the interpreter's
exit skips them. The streaming commands (``validate``, ``serve``, ``sync``) may run for hours and
keep the collector, and so does a program that calls ``main()`` itself. Each case runs in a
fresh interpreter: freezing this test process's objects would outlive the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline.helpers import MINIMAL, write_spec

PROBE = """
import gc, json, sys
import specloom.cli as cli

seen = []
real = cli._dispatch
cli._dispatch = lambda args: (seen.append(gc.isenabled()), real(args))[1]
sys.argv = ["specloom", *json.loads(sys.argv[1])]
status = cli.console() if sys.argv[-1] != "--via-main" else cli.main(sys.argv[1:-1])
print(json.dumps({"status": status, "during": seen, "after": gc.isenabled(), "frozen": gc.get_freeze_count()}))
"""


def _probe(args: list[str], cwd: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def project(tmp_path: Path) -> Path:
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    return tmp_path


@pytest.mark.parametrize("command", ["generate", "lint"])
def test_a_build_from_the_console_script_runs_without_the_collector_and_freezes_what_is_left(project: Path, command: str) -> None:
    seen = _probe([command, "--specs-dir", "specs", "--out", "out", "--no-cache"], project)
    assert seen["status"] == 0
    assert seen["during"] == [False]
    assert seen["after"] is True  # switched back on once the command is done
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 1000


def test_validate_keeps_the_collector(project: Path) -> None:
    (project / "payload.json").write_text("{}", encoding="utf-8")
    (project / "schema.json").write_text('{"type": "object"}', encoding="utf-8")
    seen = _probe(["validate", "--schema", "schema.json", "payload.json"], project)
    assert seen["during"] == [True]
    assert seen["frozen"] == 0


def test_main_called_by_a_program_keeps_the_collector(project: Path) -> None:
    seen = _probe(["generate", "--specs-dir", "specs", "--out", "out", "--no-cache", "--via-main"], project)
    assert seen["status"] == 0
    assert seen["during"] == [True]
    assert seen["frozen"] == 0
