"""A model's ``additionalProperties`` (or ``patternProperties``) taken from an ``allOf`` member.

The IR merged the member's keyword into the model's schema but typed it at the model's own
pointer (``.../Holder/additionalProperties``), which no file holds: generation stopped with an
internal error (``KeyError``; found by random schemas put into a spec). It is typed where it is.
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import generated_module

SPEC = """\
openapi: 3.1.0
info: {title: Extra from a member, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /holders:
    get:
      operationId: getHolder
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Holder"}
components:
  schemas:
    Holder:
      allOf:
        - type: object
          properties:
            a: {type: string}
          additionalProperties:
            type: object
            properties:
              n: {type: integer}
        - type: object
          properties:
            b: {type: integer}
          patternProperties:
            "^x-": {type: string}
"""


def test_extra_keys_typed_from_the_member_that_declares_them(tmp_path: Path) -> None:
    with generated_module(tmp_path, "extra.yaml", SPEC, "extra.models") as models:
        holder = models.Holder.from_dict({"a": "x", "b": 1, "z": {"n": 2}})
        assert (holder.a, holder.b) == ("x", 1)
        assert holder.extra["z"].n == 2  # the member's additionalProperties model, not a dict
        assert holder.to_dict() == {"a": "x", "b": 1, "z": {"n": 2}}
