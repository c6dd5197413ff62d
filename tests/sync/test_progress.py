"""``specloom sync``'s progress and ``--rate`` checks, as a command.

* On a terminal (stderr a pseudo-terminal, ``pty``) a tqdm bar is drawn on stderr while the
  summary on stdout stays whole (``--report json`` parses); not on a terminal, plain
  ``specloom sync: ...`` lines and no bar escape (carriage return, ANSI code); without tqdm
  installed, plain lines even on a terminal.
* ``--rate`` of 0, a negative number, NaN or infinity is a usage error naming the option and the
  value (exit 2, no traceback), for ``specloom sync`` and ``specloom serve`` alike.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.serve.support import ROOT, running
from tests.sync.support import APIS

SALESFIRE = APIS["salesfire"]
PARAMS = ["--param", "site=s1", "--param", "list=l1", "--rate", "5000/s"]  # not the spec's pace


def _records(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for n in range(count):
            f.write(json.dumps(SALESFIRE.record(n)) + "\n")
    return path


def _env(extra_path: Path | None = None) -> dict[str, str]:
    paths = [str(extra_path)] if extra_path else []
    return {**os.environ, **SALESFIRE.environ(), "PYTHONPATH": os.pathsep.join([*paths, str(ROOT)]), "COLUMNS": "120"}


def _on_a_terminal(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """Run ``specloom sync ARGS`` with stderr on a pseudo-terminal; (exit, stdout, stderr)."""
    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a terminal's size
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "sync", "salesfire", *args], cwd=cwd, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=side,
    )  # fmt: skip
    os.close(side)
    seen = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    assert process.stdout is not None
    out = process.stdout.read().decode("utf-8")
    code = process.wait(timeout=30)
    os.close(main)
    return code, out, seen.decode("utf-8", "replace")


def test_a_bar_on_a_terminal_and_lines_elsewhere(tmp_path: Path) -> None:
    data = _records(tmp_path / "customers.jsonl", 1000)
    with running("salesfire") as (url, _):
        code, out, err = _on_a_terminal([str(data), "--base-url", url, "--report", "json", "--state", str(tmp_path / "a.sqlite"), *PARAMS], _env(), tmp_path)
        assert code == 0, err
        report = json.loads(out)  # stdout holds the report alone: no bar in it
        assert (report["sent"], report["read"]) == (1000, 1000)
        assert err.count("\rspecloom sync: ") >= 2 and " records/s" in err  # the bar, redrawn
        assert "specloom sync: 1000 records [" in err and "sent 1000, unchanged 0, rejected 0" in err  # its final state
        assert "specloom sync: 1000 read" not in err  # not the plain lines

        plain = subprocess.run(
            [sys.executable, "-m", "generator", "sync", "salesfire", str(data), "--base-url", url, "--full",
             "--state", str(tmp_path / "a.sqlite"), *PARAMS],
            cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    assert plain.stderr.startswith("specloom sync: 1") and " read, " in plain.stderr
    assert "\r" not in plain.stderr and "\x1b[" not in plain.stderr
    assert "1000 requests; 1000 records read" in plain.stdout  # the summary, whole


def test_without_tqdm_a_terminal_gets_plain_lines(tmp_path: Path) -> None:
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "tqdm.py").write_text("raise ImportError('tqdm is not installed here')\n", encoding="utf-8")
    data = _records(tmp_path / "customers.jsonl", 1000)
    with running("salesfire") as (url, _):
        code, out, err = _on_a_terminal([str(data), "--base-url", url, "--state", str(tmp_path / "b.sqlite"), *PARAMS], _env(hide), tmp_path)
    assert code == 0, err
    assert "specloom sync: 1000 read, " in err and "\r\n" in err and "\x1b[" not in err  # a line, no bar
    assert "1000 requests; 1000 records read" in out


@pytest.mark.parametrize("command", ["sync", "serve"])
def test_a_rate_of_zero_or_less_is_a_usage_error(command: str, tmp_path: Path) -> None:
    data = _records(tmp_path / "customers.jsonl", 1)
    args = {"sync": ["salesfire", str(data), "--base-url", "http://127.0.0.1:9", *PARAMS], "serve": ["salesfire", "--port", "0"]}[command]
    for value in ("0", "-2/s", "0/s", "nan", "inf"):
        done = subprocess.run(
            [sys.executable, "-m", "generator", command, *args, f"--rate={value}"],
            cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=20,
        )  # fmt: skip
        assert done.returncode == 2, (value, done.stdout, done.stderr)
        assert done.stderr.startswith(f"specloom {command}: --rate {value!r}: must be"), done.stderr
        assert "Traceback" not in done.stderr and done.stdout == ""
