"""Shared helpers for the generator's tests: write an inline spec, run the CLI in-process, run a
generated package's property suite in a subprocess."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import textwrap
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from specloom.cli import main

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def write_spec(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


MINIMAL = """\
openapi: 3.1.0
info: {title: Minimal, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Item"}}
components:
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        name: {type: string}
"""


def run_suite(package: Path, tmp_path: Path, profile: str, every: int = 1, select: str | None = None) -> subprocess.CompletedProcess[str]:
    """The generated property suite of ``package`` (a folder under ``tmp_path``) run under the
    Hypothesis ``profile`` in a fresh process, with this repository's conftest (the profiles, the
    network guard); only every ``every``-th of its tests when that is above 1, only those pytest's
    ``-k select`` keeps when given."""
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    env = {**os.environ, "PYTHONPATH": f"{package.parent}{os.pathsep}{ROOT}", "HYPOTHESIS_PROFILE": profile,
           "SPECLOOM_SUITE_EVERY": str(every)}  # fmt: skip
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-o", "addopts=",
               "--rootdir", str(tmp_path), str(package / "tests"), *(["-k", select] if select else [])]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=1200)
