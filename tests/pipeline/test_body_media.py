"""A request body the client cannot encode costs its operation's client method, located.

The client sends JSON and ``application/x-www-form-urlencoded`` bodies. A body offered only as
``multipart/form-data``, ``text/plain``, ``application/octet-stream`` ... was sent as JSON
under that media type (a multipart body without parts or boundary: found by the explorer's
``--roles``, seed 5000; Box, Square, Stripe and GitHub each have such operations). Now, as for
any operation the IR cannot build, ``--lenient`` leaves it out with a located warning and
without it the generation stops with a located error.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.pipeline.helpers import run_cli, write_spec

SPEC = """\
openapi: 3.1.0
info: {title: Uploads, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /json:
    post:
      operationId: sendJson
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {n: {type: integer}}}
      responses: {"204": {description: ok}}
  /upload:
    post:
      operationId: upload
      requestBody:
        content:
          MEDIA:
            schema: {type: object, properties: {file: {type: string}}}
      responses: {"204": {description: ok}}
  /vendor:
    post:
      operationId: sendVendorJson
      requestBody:
        content:
          application/vnd.example+json:
            schema: {type: object, properties: {n: {type: integer}}}
      responses: {"204": {description: ok}}
"""
COVERAGE = re.compile(r"^specloom generate: \S*uploads\.yaml: (\d+) of (\d+) operations have a client method$", re.MULTILINE)


@pytest.mark.parametrize("media", ["multipart/form-data", "text/plain", "application/octet-stream"])
def test_lenient_leaves_out_an_operation_whose_body_the_client_cannot_send(tmp_path: Path, media: str) -> None:
    spec = write_spec(tmp_path, "uploads.yaml", SPEC.replace("MEDIA", media))
    code, out, err = run_cli("generate", "--lenient", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert COVERAGE.findall(out) == [("2", "3")], out
    [warning] = [line for line in err.splitlines() if "upload" in line]
    where = "/paths/~1upload/post/requestBody/content/" + media.replace("/", "~1")
    assert warning.startswith(f"uploads.yaml:18: {where}: warning: "), warning
    assert f"media type {media!r}" in warning and warning.endswith("(operation 'upload' has no client method)"), warning
    client = next((tmp_path / "out").glob("*/client.py")).read_text()
    assert "def send_json(" in client and "def send_vendor_json(" in client and "def upload(" not in client


def test_without_lenient_it_is_a_located_error(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "uploads.yaml", SPEC.replace("MEDIA", "multipart/form-data"))
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code != 0 and "Traceback" not in err
    assert re.search(r"^uploads\.yaml:18: /paths/~1upload/post/requestBody/content/multipart~1form-data: .*--lenient", err, re.MULTILINE), err
    assert not (tmp_path / "out").exists()


FORMS = """\
openapi: 3.1.0
info: {title: Forms, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /form:
    post:
      operationId: sendForm
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: SCHEMA
      responses: {"204": {description: ok}}
"""


@pytest.mark.parametrize(
    ("schema", "at", "said"),
    [
        # a stated type beyond objects: the runtime had only a TypeError for a list or a string
        # (the explorer's --roles drew them, seed 5000)
        ("{type: array}", "/type", "its schema holds array, not objects alone"),
        ("{type: [object, string]}", "/type", "its schema holds object, string, not objects alone"),
        ("{type: string}", "/type", "its schema holds string, not objects alone"),
        # no type at the top, but allOf, const or enum leave no object (seeds 5001 and 5002: the
        # suite filtered every draw out)
        ("{allOf: [{type: 'null'}]}", "", "its schema holds null, not objects alone"),
        ("{const: false}", "", "its schema holds boolean, not objects alone"),
        ("{allOf: [{}, {type: string, minLength: 1}]}", "", "its schema holds string, not objects alone"),
    ],
)
def test_a_form_body_that_cannot_be_objects_only_is_left_out(tmp_path: Path, schema: str, at: str, said: str) -> None:
    spec = write_spec(tmp_path, "forms.yaml", FORMS.replace("SCHEMA", schema))
    code, out, err = run_cli("generate", "--lenient", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    [warning] = [line for line in err.splitlines() if "sendForm" in line]
    where = "/paths/~1form/post/requestBody/content/application~1x-www-form-urlencoded/schema" + at
    assert warning.startswith(f"forms.yaml:11: {where}: warning: a form body is field names to values"), warning
    assert said in warning and warning.endswith("(operation 'sendForm' has no client method)"), warning


@pytest.mark.parametrize("schema", ["{type: object, properties: {a: {type: string}}}", "{type: [object, 'null']}", "{}"])
def test_a_form_body_of_objects_keeps_its_method(tmp_path: Path, schema: str) -> None:
    spec = write_spec(tmp_path, "forms.yaml", FORMS.replace("SCHEMA", schema))
    code, out, err = run_cli("generate", "--lenient", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0 and "sendForm" not in err, err
    assert "1 of 1 operations" in out


PARAMS = """\
openapi: 3.1.0
info: {title: Params, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /things:
    get:
      operationId: getThings
      parameters:
        - {name: X-Mode, in: header, required: REQUIRED, schema: SCHEMA}
      responses: {"204": {description: ok}}
"""


@pytest.mark.parametrize("schema", ["{type: 'null'}", "{allOf: [{type: [string, 'null']}, {type: 'null'}]}", "{enum: [null]}"])
def test_a_required_parameter_that_can_only_be_null_is_left_out(tmp_path: Path, schema: str) -> None:
    spec = write_spec(tmp_path, "params.yaml", PARAMS.replace("SCHEMA", schema).replace("REQUIRED", "true"))
    code, out, err = run_cli("generate", "--lenient", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    [warning] = [line for line in err.splitlines() if "getThings" in line]
    assert "/paths/~1things/get/parameters/0/schema: warning: required header parameter 'X-Mode' can only be null" in warning, warning


@pytest.mark.parametrize(("schema", "required"), [("{type: 'null'}", "false"), ("{type: [string, 'null']}", "true")])
def test_an_optional_null_or_a_nullable_required_parameter_keeps_its_method(tmp_path: Path, schema: str, required: str) -> None:
    spec = write_spec(tmp_path, "params.yaml", PARAMS.replace("SCHEMA", schema).replace("REQUIRED", required))
    code, out, err = run_cli("generate", "--lenient", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0 and "getThings" not in err, err
