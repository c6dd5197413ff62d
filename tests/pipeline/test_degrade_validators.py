"""Degrade per validator: a schema the validator compiler refuses costs only the validators that
reach it (they accept any value; a located warning says their payloads are not checked), never
the document: the client, the models, the other validators and the kit are generated and work,
and the property tests that need the lost validators are skipped with the reason. ``--strict``
makes it an error, as for strategies."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.pipeline.helpers import ROOT, run_cli, write_spec
from tests.pipeline.test_realworld_refs import duplicate_definitions

# Two real refusals of the validator compiler, past lint: ``Tagged``'s key pattern is a valid
# Python regex (so OpenAPI's metaschema accepts it) with no ECMA-262 reading (inline flags), and
# it decides which keys are checked how, so it cannot just be left unchecked as ``pattern`` is;
# ``Loose``'s ``$dynamicRef`` names an anchor that exists nowhere. ``Thing`` is ordinary.
REFUSED = """\
openapi: 3.1.0
info: {title: Refused, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /tagged:
    post:
      operationId: createTagged
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Tagged"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /loose:
    get:
      operationId: getLoose
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Loose"}
components:
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1}
    Tagged:
      type: object
      additionalProperties: false
      patternProperties:
        "(?i)^x-": {type: string}
    Loose:
      type: object
      properties:
        next: {$dynamicRef: "#nowhere"}
"""
WARNING = re.compile(r"^refused\.yaml:(\d+): (\S+): warning: (.*)$", re.MULTILINE)
PROBE = """
import httpx
from refused.client import Client
from refused.validators import VALIDATORS
import refused.testing  # the kit imports

def answer(request):
    if request.url.path == "/tagged":
        assert request.read() == b'{"X-Count":5}', request.read()  # sent as given: not checked
        return httpx.Response(201, json={"name": "made"})
    return httpx.Response(200, json={"next": {"anything": [1]}})

client = Client(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(answer), validate_responses="raise")
print(client.create_tagged(body={"X-Count": 5}).name, type(client.get_loose()).__name__)
thing = VALIDATORS["Thing"]
print(thing.is_valid({"name": "a"}), thing.is_valid({"name": ""}), VALIDATORS["Tagged"].is_valid(7))
"""


def test_a_schema_the_validator_compiler_refuses_costs_only_its_validators(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()  # the generated suite reads the spec from ../specs (its oracle)
    spec = write_spec(tmp_path / "specs", "refused.yaml", REFUSED)
    out = tmp_path / "generated"
    code, stdout, err = run_cli("generate", str(spec), "--out", str(out))
    assert code == 0, err
    assert "2 of 2 operations have a client method" in stdout
    lines = REFUSED.splitlines()
    validators = {p: (int(n), m) for n, p, m in WARNING.findall(err) if m.endswith("(validators)")}
    assert set(validators) == {"/components/schemas/Tagged/patternProperties/(?i)^x-", "/components/schemas/Loose/properties/next/$dynamicRef"}, err
    line, message = validators["/components/schemas/Tagged/patternProperties/(?i)^x-"]
    assert '"(?i)^x-"' in lines[line - 1]  # the line of the refused key pattern itself
    assert "so no validator for Tagged, createTagged.request: their payloads are not checked" in message
    line, message = validators["/components/schemas/Loose/properties/next/$dynamicRef"]
    assert "$dynamicRef" in lines[line - 1] and "no validator for Loose, getLoose.response.200:" in message
    assert duplicate_definitions(out / "refused") == {}
    env = {**os.environ, "PYTHONPATH": f"{out}{os.pathsep}{ROOT}"}
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=out, env=env, timeout=60)
    assert probe.stdout.split() == ["made", "Loose", "True", "False", "True"], probe.stderr[-3000:]
    # the generated property suite runs, skipping (with the reason) the tests that need them
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")  # the ci profile, the network guard
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-p", "no:xdist",
         str(out / "refused" / "tests"), "-o", "addopts=", "--rootdir", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path, env={**env, "PYTHONPATH": str(tmp_path), "HYPOTHESIS_PROFILE": "ci"},
        timeout=240,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "no validator for createTagged.request" in run.stdout and " passed" in run.stdout, run.stdout[-3000:]


def test_strict_makes_a_refused_validator_an_error(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "refused.yaml", REFUSED)
    for command in (("generate", "--out", str(tmp_path / "out")), ("check", "--out", str(tmp_path / "out")), ("lint",)):
        code, _, err = run_cli(command[0], str(spec), *command[1:], "--strict")
        assert code == 2, (command, err)
        assert re.search(r"^refused\.yaml:\d+: /components/schemas/Tagged/patternProperties/\(\?i\)\^x-: .*no validator for Tagged.*\[--strict\]$", err, re.MULTILINE), err
    assert not (tmp_path / "out").exists()
