"""``specloom lint`` catches what would fail later, each as a located error or warning
(``file:line: pointer: message``): a presence flag on a non-boolean, a client default or example
its schema refuses, an error-in-body regex the runtime would refuse on import, a ``text/*`` media
range, two templated paths OpenAPI calls identical, and server variables the client cannot use."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pipeline.helpers import run_cli, write_spec

BASE = """\
openapi: 3.1.0
info: {title: Lint, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: tier, in: query, schema: {type: string, enum: [a, b]}, x-specloom-client-default: a, example: a}
      responses:
        "200":
          description: ok
          x-specloom-error-in-body:
            - when: {textPattern: "^ERROR"}
          content:
            text/plain:
              schema: {type: string}
  /items:
    post:
      operationId: addItem
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                quiet: {type: boolean, x-specloom-presence-flag: true}
                name: {type: string, maxLength: 5}
          application/json:
            schema: {type: object, properties: {name: {type: string, maxLength: 5}}}
            example: {name: abc}
      responses:
        "204": {description: done}
"""

CASES = {
    "presence_flag": (
        ("quiet: {type: boolean, x-specloom-presence-flag: true}", "quiet: {type: string, x-specloom-presence-flag: true}"),
        "error", "/paths/~1items/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/quiet/x-specloom-presence-flag",
        "presence flag works on a type: boolean field only",
    ),
    "client_default": (
        ("x-specloom-client-default: a,", "x-specloom-client-default: c,"),
        "error", "/paths/~1items~1{id}/get/parameters/1/x-specloom-client-default", "does not fit",
    ),
    "parameter_example": (("example: a}", "example: z}"), "warning", "/paths/~1items~1{id}/get/parameters/1/example", "does not fit"),
    "body_example": (
        ("example: {name: abc}", "example: {name: abcdefgh}"),
        "warning", "/paths/~1items/post/requestBody/content/application~1json/example", "/name: is longer than 5 characters",  # the validators' own words
    ),
    "regex": (
        ('textPattern: "^ERROR"', 'textPattern: "^ERROR("'),
        "error", "/paths/~1items~1{id}/get/responses/200/x-specloom-error-in-body/0", "not a valid regex",
    ),
    "media_range": (
        ("            text/plain:\n", "            text/*:\n"),
        "warning", "/paths/~1items~1{id}/get/responses/200/content/text~1*", "never equals an answer's Content-Type",
    ),
    "same_paths": (
        ("  /items:\n", "  /items/{key}:\n"),
        "error", "/paths/~1items~1{key}", "differ only in the names of their path parameters",
    ),
    "undeclared_variable": (
        ('url: "https://api.example.invalid"', 'url: "https://{tenant}.example.invalid"'),
        "error", "/servers/0/url", "uses {tenant}, which the server's variables do not declare",
    ),
    "unused_variable": (
        ('servers: [{url: "https://api.example.invalid"}]', 'servers: [{url: "https://api.example.invalid", variables: {tenant: {default: x}}}]'),
        "warning", "/servers/0/variables/tenant", "does not appear in the URL",
    ),
    "second_server_variable": (
        ('servers: [{url: "https://api.example.invalid"}]',
         'servers: [{url: "https://api.example.invalid"}, {url: "https://{tenant}.example.invalid", variables: {tenant: {default: x}}}]'),
        "warning", "/servers/1/variables", "uses the first server only",
    ),
    "variable_takes_a_keyword": (
        ('servers: [{url: "https://api.example.invalid"}]', 'servers: [{url: "https://{timeout}.example.invalid", variables: {timeout: {default: x}}}]'),
        "error", "/servers/0/variables/timeout", "which the constructor already has",
    ),
    "operation_server": (
        # an absolute one is used (tests/pipeline/test_own_servers.py); a relative one cannot be
        ("      operationId: getItem\n", "      operationId: getItem\n      servers: [{url: \"/other\"}]\n"),
        "warning", "/paths/~1items~1{id}/get/servers", "the client cannot use this server (its URL is not absolute)",
    ),
}


def test_the_base_spec_is_clean(tmp_path: Path) -> None:
    code, _, err = run_cli("lint", str(write_spec(tmp_path, "base.yaml", BASE)))
    assert (code, err) == (0, "")


@pytest.mark.parametrize("case", sorted(CASES))
def test_lint_locates_what_would_fail_later(tmp_path: Path, case: str) -> None:
    (old, new), level, pointer, says = CASES[case]
    assert old in BASE
    spec = write_spec(tmp_path, "spec.yaml", BASE.replace(old, new))
    code, _, err = run_cli("lint", str(spec))
    lines = [line for line in err.splitlines() if f": {pointer}: " in line]
    assert lines, err
    assert says in lines[0] and lines[0].startswith("spec.yaml:"), err
    assert "Traceback" not in err
    if level == "error":
        assert code == 2, err
    else:
        assert code == 0 and "warning" in lines[0].lower(), err
