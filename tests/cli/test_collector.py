"""The console script runs the build commands without the cyclic garbage collector, and ends
them without the interpreter's teardown.

``cli.collector_off``: a build keeps its large structures until its end, so the collector's
passes only cost time (5-15% of a run). ``cli._exit_now``: the teardown would free every object
left in module caches one by one, so the process ends with ``os._exit`` once the standard
streams are flushed. The streaming commands (``validate``, ``serve``, ``sync``) may run for hours
and keep both, and so does a program that calls ``main()`` itself. Each case runs in a fresh
interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline.helpers import MINIMAL, write_spec

# the probe reports from inside the command (the console script does not return from a build)
PROBE = """
import atexit, gc, json, sys
import specloom.cli as cli

real = cli._dispatch
def dispatch(args):
    during = gc.isenabled()
    status = real(args)
    print(json.dumps({"status": status, "during": during}))
    return status
cli._dispatch = dispatch
atexit.register(print, "torn down")
sys.argv = ["specloom", *json.loads(sys.argv[1])]
if sys.argv[-1] == "--via-main":
    cli.main(sys.argv[1:-1])
    print("returned", gc.isenabled())
else:
    cli.console()
    print("returned", gc.isenabled())
"""


def _probe(args: list[str], cwd: Path) -> tuple[dict[str, object], list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], cwd=cwd, env=_buffered(), capture_output=True, text=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith('{"status"'))  # after the command's own output
    seen: dict[str, object] = json.loads(lines[at])
    assert done.returncode == seen["status"], done.stderr
    return seen, lines[at + 1 :]


def _buffered() -> dict[str, str]:
    """The environment with Python's default buffering (a CI may set PYTHONUNBUFFERED)."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    return tmp_path


@pytest.mark.parametrize("command", ["generate", "lint"])
def test_a_build_from_the_console_script_runs_without_the_collector_and_ends_without_teardown(project: Path, command: str) -> None:
    seen, after = _probe([command, "--specs-dir", "specs", "--out", "out", "--no-cache"], project)
    assert seen == {"status": 0, "during": False}
    assert after == []  # neither returned nor torn down (atexit did not run); stdout was flushed
    if command == "generate":
        assert (project / "out" / "shop" / "client.py").is_file()


def test_validate_keeps_the_collector_and_the_teardown(project: Path) -> None:
    (project / "payload.json").write_text("{}", encoding="utf-8")
    (project / "schema.json").write_text('{"type": "object"}', encoding="utf-8")
    seen, after = _probe(["validate", "--schema", "schema.json", "payload.json"], project)
    assert seen["during"] is True
    assert after == ["returned True", "torn down"]


def test_main_called_by_a_program_keeps_the_collector_and_returns(project: Path) -> None:
    seen, after = _probe(["generate", "--specs-dir", "specs", "--out", "out", "--no-cache", "--via-main"], project)
    assert seen == {"status": 0, "during": True}
    assert after == ["returned True", "torn down"]


def test_a_long_drift_report_reaches_a_pipe_whole(project: Path) -> None:
    """``check`` prints its diff to stdout, block-buffered into a pipe: ending the process
    without teardown must not lose what is still in the buffer."""
    env = {**_buffered(), "SPECLOOM_CACHE": ""}
    run = [sys.executable, "-m", "specloom"]
    assert subprocess.run([*run, "generate", "--specs-dir", "specs", "--out", "out"], cwd=project, env=env, capture_output=True, timeout=120).returncode == 0
    client = project / "out" / "shop" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "".join(f"# drift {i}\n" for i in range(20000)), encoding="utf-8")
    done = subprocess.run([*run, "check", "--specs-dir", "specs", "--out", "out"], cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    removed = [line for line in done.stdout.splitlines() if line.startswith("-# drift ")]
    assert len(removed) == 20000
    assert removed[-1] == "-# drift 19999"
