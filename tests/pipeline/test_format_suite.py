"""A spec using every format ``jsonschema`` checks beyond the common ones: its suite passes.

GitHub's root answer has ``format: uri-template`` fields. The strategies had no grammar for that
format (nor for ``duration``, ``json-pointer``, ``iri`` ...), so they drew any text; the oracle,
``jsonschema`` with its format checkers, refused ``"{"`` (found by a sample of every 2nd test of
GitHub's suite), and our validators, which did not check the format, accepted it.
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import assert_suite_passes

FORMATS = ("uri-template", "duration", "json-pointer", "relative-json-pointer", "iri", "iri-reference",
           "idn-hostname", "idn-email")  # fmt: skip

SPEC = f"""\
openapi: 3.1.0
info: {{title: Formats, version: "1"}}
servers: [{{url: "http://127.0.0.1:9"}}]
paths:
  /links:
    post:
      operationId: saveLinks
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: "#/components/schemas/Links"}}
      responses:
        "200":
          description: saved
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Links"}}
components:
  schemas:
    Links:
      type: object
      required: [{", ".join(f"f{i}" for i in range(len(FORMATS)))}]
      properties:
{"".join(f"        f{i}: {{type: string, format: {fmt}}}{chr(10)}" for i, fmt in enumerate(FORMATS))}"""


def test_a_suite_over_every_format_passes(tmp_path: Path) -> None:
    assert_suite_passes(tmp_path, "formats.yaml", SPEC, "formats")
