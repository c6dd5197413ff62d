"""Shared helpers for the generator's tests: write an inline spec, run the CLI in-process, import a
package generated from it, run a generated package's property suite in a subprocess."""

from __future__ import annotations

import importlib
import io
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

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


@contextmanager
def generated_module(tmp_path: Path, spec_name: str, text: str, module: str, *flags: str) -> Iterator[Any]:
    """The module ``module`` (``"<package>.client"``) of the package generated from ``text``
    (written to ``tmp_path/spec_name``) into ``tmp_path/out``, imported; afterwards the package
    is forgotten and ``out`` leaves ``sys.path``."""
    spec = write_spec(tmp_path, spec_name, text)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), *flags)
    assert code == 0, err
    package = module.split(".")[0]
    sys.path.insert(0, str(tmp_path / "out"))
    importlib.invalidate_caches()  # the output folder is on sys.path from before it existed
    try:
        yield importlib.import_module(module)
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]


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
    command = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-p", "no:xdist", "-o", "addopts=",
               "--rootdir", str(tmp_path), str(package / "tests"), *(["-k", select] if select else [])]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=1200)


def assert_suite_passes(tmp_path: Path, spec_name: str, text: str, package: str, *flags: str) -> str:
    """The property suite of the package generated from ``text`` passes under the ``ci`` profile;
    returns what generation said on stderr (its warnings)."""
    spec = write_spec(tmp_path, spec_name, text)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), *flags)
    assert code == 0, err
    run = run_suite(tmp_path / "out" / package, tmp_path, "ci")
    assert run.returncode == 0, run.stdout[-4000:]
    assert " failed" not in run.stdout, run.stdout[-4000:]
    return err
