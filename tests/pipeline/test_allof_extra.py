"""A model's ``additionalProperties`` (or ``patternProperties``) taken from an ``allOf`` member.

The IR merged the member's keyword into the model's schema but typed it at the model's own
pointer (``.../Holder/additionalProperties``), which no file holds: generation stopped with an
internal error (``KeyError``; found by random schemas put into a spec). It is typed where it is.
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import generated_module

# a document whose one operation answers a Holder (its schema follows)
HOLDER = """\
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
"""

SPEC = HOLDER + """\
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


CHAIN = HOLDER + """\
    Holder:
      allOf:
        - {$ref: "#/components/schemas/Alias"}
        - {type: object, properties: {b: {type: integer}}}
    Alias: {$ref: "#/components/schemas/Leaf"}
    Leaf:
      type: object
      properties:
        inner: {type: object, properties: {n: {type: integer}}}
"""


def test_an_allof_member_that_is_a_chain_of_refs_is_typed_where_its_properties_are(tmp_path: Path) -> None:
    # the member's properties were typed under the chain's first link (.../Alias/properties/inner),
    # which holds none: an internal error (KeyError; the explorer's --roles, seed 5036)
    with generated_module(tmp_path, "chain.yaml", CHAIN, "chain.models") as models:
        holder = models.Holder.from_dict({"inner": {"n": 2}, "b": 1})
        assert (holder.inner.n, holder.b) == (2, 1)
