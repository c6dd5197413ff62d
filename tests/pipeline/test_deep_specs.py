"""Specs that lint clean must generate (or fail with a located diagnostic), however deeply their
schemas nest: arrays 22 deep and objects 50 deep used to stop ``generate`` with exit 3 (generated
validator code nested past CPython's limits), and a file named ``---.yaml`` made no package name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from specloom.validation import compile_validator
from tests.pipeline.helpers import ROOT, run_cli, write_spec


def _deep(kind: str, levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for i in range(levels):
        schema = {"type": "array", "items": schema} if kind == "array" else {"type": "object", "properties": {f"p{i}": schema}}
    return schema


def _instance(kind: str, levels: int, leaf: object) -> object:
    value = leaf
    for i in range(levels):
        value = [value] if kind == "array" else {f"p{i}": value}
    return value


@pytest.mark.parametrize(("kind", "levels"), [("array", 22), ("object", 50)])
def test_deep_schemas_compile_to_valid_python(kind: str, levels: int) -> None:
    v = compile_validator(_deep(kind, levels))
    assert v.is_valid(_instance(kind, levels, "x")) and not v.is_valid(_instance(kind, levels, 1))
    errors = list(v.iter_errors(_instance(kind, levels, 1)))
    assert len(errors) == 1 and errors[0].keyword == "type"
    assert errors[0].instance_path == ("/0" * levels if kind == "array" else "".join(f"/p{i}" for i in reversed(range(levels))))


SPEC = """\
openapi: 3.1.0
info: {{title: Deep, version: "1"}}
servers: [{{url: "http://127.0.0.1:9"}}]
paths:
  /deep:
    get:
      operationId: getDeep
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Deep"}}
components:
  schemas:
    Deep: {schema}
"""


@pytest.mark.parametrize(("kind", "levels"), [("array", 22), ("object", 50)])
def test_deep_specs_generate_packages_that_import_and_validate(tmp_path: Path, kind: str, levels: int) -> None:
    import json

    name = f"deep_{kind}s"
    spec = write_spec(tmp_path, f"{name}.yaml", SPEC.format(schema=json.dumps(_deep(kind, levels))))
    assert run_cli("lint", str(spec))[0] == 0
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    good, bad = json.dumps(_instance(kind, levels, "x")), json.dumps(_instance(kind, levels, 1))
    probe = (f"import json, sys; sys.path.insert(0, {str(tmp_path / 'out')!r}); import {name}, {name}.client, {name}.strategies, {name}.testing; "
             f"from {name}.validators import VALIDATORS as V; v = V['Deep']; "
             f"assert v.is_valid(json.loads({good!r})) and not v.is_valid(json.loads({bad!r}))")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_file_name_without_letters_is_a_located_lint_error(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "---.yaml", SPEC.format(schema="{type: string}"))
    for command in ("lint", "generate"):
        code, _, err = run_cli(command, str(spec), "--out", str(tmp_path / "out")) if command == "generate" else run_cli(command, str(spec))
        assert code == 2, err
        assert "---.yaml:1: /: the file name cannot name the generated package: '---' has no letters or digits" in err


@pytest.mark.parametrize("stem", ["email", "calendar", "httpx", "tests"])
def test_a_package_named_like_a_module_the_code_imports_is_warned_about(tmp_path: Path, stem: str) -> None:
    # with the output folder on sys.path (as a folder of its own is used), `email/` shadowed the
    # standard library's email (which httpx imports) and every import of the client failed
    spec = write_spec(tmp_path, f"{stem}.yaml", SPEC.format(schema="{type: string}"))
    code, _, err = run_cli("lint", str(spec))
    assert code == 0, err
    assert f"{stem}.yaml:1: /: warning: the generated package is named {stem!r}, as a module" in err
    assert "warning" not in run_cli("lint", str(write_spec(tmp_path, f"{stem}_api.yaml", SPEC.format(schema="{type: string}"))))[2]
