"""Drive the real ``specloom`` console script in a subprocess, as CI and pre-commit do.

The script is the one installed next to the running interpreter (``.venv/bin/specloom``), so the
tests cover the entry point, argument parsing and exit statuses exactly as a user meets them.
Every run is checked for a Python traceback: none of ``specloom validate``'s outcomes may show one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SPECLOOM = BIN / "specloom"

# Salesfire CustomerSync (specs/salesfire.yaml): an email or a mobile number is required,
# types/channels are upper-case enums, unknown fields are refused, email is format-checked.
VALID = {"email": "a@example.com"}
NO_CONTACT = {"types": ["MARKETING"]}  # neither email nor mobile_number: one error, at "/"
LOWERCASE = {"email": "b@example.com", "types": ["marketing"]}  # one error, at "/types/0"
BAD_EMAIL = {"email": "not-an-email"}  # valid only when formats are not asserted


@dataclass(frozen=True)
class Run:
    """What one ``specloom`` process did."""

    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        """Non-empty stdout lines."""
        return [line for line in self.out.splitlines() if line]

    @property
    def summary(self) -> str:
        """The last stdout line (the human and github formats end with the summary)."""
        return self.lines[-1]

    def errors_for(self, file: str) -> list[str]:
        """Human-format error lines about ``file``."""
        return [line for line in self.lines if line.startswith(f"{file}:")]


def env() -> dict[str, str]:
    """The caller's environment with the venv's scripts first on PATH (as an activated venv)."""
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def specloom(*args: str | Path, cwd: Path = ROOT, stdin: str | bytes | None = None, env_extra: dict[str, str] | None = None) -> Run:
    """Run ``specloom ARGS`` and return its exit status and output; fail on any traceback."""
    done = subprocess.run(
        [str(SPECLOOM), *map(str, args)], cwd=cwd, input=stdin.encode() if isinstance(stdin, str) else stdin,
        capture_output=True, timeout=120, env={**env(), **(env_extra or {})},
    )
    run = Run(done.returncode, done.stdout.decode(), done.stderr.decode())
    assert "Traceback" not in run.err and "Traceback" not in run.out, run.err
    return run


def jsonl(path: Path, *payloads: Any, blank_after: int | None = None) -> Path:
    """Write payloads one a line (with a blank line after line ``blank_after``, if given)."""
    lines = [json.dumps(p) for p in payloads]
    if blank_after is not None:
        lines.insert(blank_after, "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_json(path: Path, payload: Any, indent: int | None = 2) -> Path:
    """Write one JSON document (pretty-printed by default, so values sit on their own lines)."""
    path.write_text(json.dumps(payload, indent=indent) + "\n", encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line of ``path`` containing ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")
