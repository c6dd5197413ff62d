"""A component typed as the model of one of its parts: its models are drawn from the component.

``S: allOf [oneOf [an object], required: [a]]`` is typed as the object's model, named ``S``; the
suites check that model's wire form with ``S``'s validator, and its strategy drew the object's
values alone, so ``{}`` (no ``a``) failed ``test_models_round_trip[S]``. Found by random schemas
put into a spec and their generated suite run.
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import assert_suite_passes

SPEC = """\
openapi: 3.1.0
info: {title: Model of a part, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /s:
    post:
      operationId: postS
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/S"}
      responses:
        "204": {description: ok}
components:
  schemas:
    S:
      allOf:
        - oneOf:
            - type: object
              properties:
                a: {type: string}
        - required: [a]
    T:
      anyOf:
        - type: object
          properties:
            b: {type: integer}
        - type: object
          properties:
            c: {type: string}
          required: [c]
"""


def test_the_suite_of_a_model_named_after_its_whole_passes(tmp_path: Path) -> None:
    assert_suite_passes(tmp_path, "parts.yaml", SPEC, "parts")
