"""Degrade per artefact, never per document: a schema the strategy compiler cannot do, or a
success answer with no typed schema, costs that one artefact (a located warning says what was
lost) and the rest of the package is generated; ``--strict`` makes those warnings errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.pipeline.helpers import ROOT, run_cli, write_spec

# ``Code``'s lookahead is beyond the strategy compiler (the validators check it fine);
# ``Template``'s ``(?i)`` is Python's, not ECMA-262's (neither compiler can use it);
# ``Thing`` is ordinary; ``getRaw`` answers any JSON.
DEGRADED = """\
openapi: 3.1.0
info: {title: Degraded, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /codes:
    post:
      operationId: sendCode
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Code"}
      responses:
        "204": {description: done}
  /raw:
    get:
      operationId: getRaw
      responses:
        "200":
          description: anything
          content:
            application/json:
              schema: {}
components:
  schemas:
    Code: {type: string, pattern: "^(?=.*[0-9])[a-z0-9]{4,8}$"}
    Template: {type: string, maxLength: 20, pattern: "(?i)^[a-z]*x$"}
    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1}
        size: {type: integer, minimum: 0}
"""
WARNING = re.compile(r"^degraded\.yaml:(\d+): (\S+): warning: (.*)$", re.MULTILINE)


def test_one_schema_beyond_the_strategy_compiler_degrades_its_artefact_alone(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()  # the generated suite reads the spec from ../specs (its oracle)
    spec = write_spec(tmp_path / "specs", "degraded.yaml", DEGRADED)
    out = tmp_path / "generated"
    code, _, err = run_cli("generate", str(spec), "--out", str(out))
    assert code == 0, err
    warned: dict[str, list[str]] = {}
    for line, pointer, message in WARNING.findall(err):
        assert int(line) > 0, message
        warned.setdefault(pointer, []).append(message)
    lost = warned.pop("/components/schemas/Code/pattern")  # the cause, located: Code and the body reaching it
    assert all(m.startswith("pattern: patterns with lookaround") and m.endswith("its property tests are skipped (strategies)") for m in lost)
    assert any("no strategy for Code (/components/schemas/Code)" in m for m in lost)
    assert any("no strategy for sendCode.request (" in m for m in lost)
    assert ["plain JSON" in m for m in warned.pop("/paths/~1raw/get/responses")] == [True]
    template = warned.pop("/components/schemas/Template/pattern")  # the validator's keyword, the strategy
    assert any(m.endswith("strings are not checked against it (validators)") for m in template), template
    assert any("no strategy for Template" in m for m in template), template
    assert warned == {}
    package = out / "degraded"
    strategies = (package / "strategies.py").read_text(encoding="utf-8")
    assert '"Thing": ' in strategies and '"Code": ' not in strategies.split("STRATEGIES:")[1].split("}")[0]
    checks = subprocess.run(  # Template's other keywords are still checked
        [sys.executable, "-c", "from degraded.validators import VALIDATORS as V; t = V['Template'];"
         "print(t.is_valid('ax'), t.is_valid('a' * 30), t.is_valid(1))"],
        capture_output=True, text=True, cwd=out, timeout=60,
    )
    assert checks.stdout.split() == ["True", "False", "False"], checks.stderr[-2000:]
    client = (package / "client.py").read_text(encoding="utf-8")
    assert all(f"def {m}(" in client for m in ("create_thing", "send_code", "get_raw"))
    # the generated property suite imports and passes, skipping (with the reason) what needs Code
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")  # the ci profile, the network guard
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "HYPOTHESIS_PROFILE": "ci"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-p", "no:xdist", str(package / "tests"),
         "-o", "addopts=", "--rootdir", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=240,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "no strategy for Code" in run.stdout and " passed" in run.stdout
    assert not (ROOT / "degraded").exists()


def test_strict_turns_degraded_artefacts_into_errors(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "degraded.yaml", DEGRADED)
    for command in (("generate", "--out", str(tmp_path / "out")), ("check", "--out", str(tmp_path / "out")), ("lint",)):
        code, _, err = run_cli(command[0], str(spec), *command[1:], "--strict")
        assert code == 2, (command, err)
        assert re.search(r"^degraded\.yaml:\d+: /components/schemas/Code/pattern: pattern: .*no strategy for Code.*\[--strict\]$", err, re.MULTILINE), err
        assert re.search(r"^degraded\.yaml:\d+: /paths/~1raw/get/responses: .*plain JSON.*\[--strict\]$", err, re.MULTILINE), err
    assert not (tmp_path / "out").exists()
    code, _, err = run_cli("lint", str(spec))
    assert code == 0, err  # without --strict, lint judges the document, not what can be generated
