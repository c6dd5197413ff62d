"""Lint's verdicts do not depend on what else is installed: with ``jsonschema-rs`` present (the
bench extras bring it; any user's project may), openapi-spec-validator runs its metaschema pass
with it by default, whose errors lint could neither locate nor recognise as lenient repairs."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline.helpers import ROOT, write_spec

# ``externalDocs`` in ``info``: a field OpenAPI does not define there (ignored under --lenient);
# a response without ``description``: an error, located at the response
UNDEFINED_FIELD = """\
openapi: 3.1.0
info: {title: Vendor, version: "1", externalDocs: {url: "http://127.0.0.1:9/docs"}}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200": {content: {application/json: {schema: {type: string}}}}
"""


@pytest.mark.skipif(importlib.util.find_spec("jsonschema_rs") is None, reason="jsonschema-rs is not installed (make .venv/.bench-installed)")
def test_lint_reads_the_metaschema_errors_whatever_backend_the_library_prefers(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "vendor.yaml", UNDEFINED_FIELD)
    env = {**os.environ, "OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": "jsonschema-rs", "SPECLOOM_CACHE": ""}
    run = subprocess.run([sys.executable, "-m", "generator", "lint", "--lenient", str(spec)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)  # fmt: skip
    errors = [line for line in run.stderr.splitlines() if line.startswith("vendor.yaml") and ": warning: " not in line]
    assert run.returncode == 2 and len(errors) == 1, run.stderr
    assert errors[0].startswith("vendor.yaml:8: /paths/~1things/get/responses/200: OpenAPI: 'description' is a required property"), errors
    assert "vendor.yaml:2: /info: warning: a field this version of OpenAPI does not define here is ignored" in run.stderr, run.stderr
