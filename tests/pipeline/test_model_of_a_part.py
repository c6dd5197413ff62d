"""A component typed as the model of one of its parts: its models are drawn from the component
(or not at all when nothing satisfies the component).

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


# typed as the model of its object member, named S, while nothing satisfies S (an integer that is
# a string or an object): the model was drawn from the member, and test_models_round_trip checked
# its wire form with S's validator, which refuses every value (found by tests/explore.py, seeds
# 107, 119, 127)
NOTHING = """\
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
      type: integer
      anyOf:
        - type: string
        - type: object
          properties:
            a: {type: "null"}
"""


# typed as the model of an object member of anyOf [object, array]: drawn from the member alone, a
# model without a (U's required) or any model at all (V holds no object) failed
# test_models_round_trip (tests/explore.py, seed 156); now drawn from the objects of U, and V's
# model has no strategy
CHOICES = """\
openapi: 3.1.0
info: {title: Model of a choice, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /u:
    post:
      operationId: postU
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/U"}
      responses:
        "204": {description: ok}
  /v:
    post:
      operationId: postV
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/V"}
      responses:
        "204": {description: ok}
components:
  schemas:
    U:
      anyOf:
        - type: object
          properties:
            a: {type: string}
        - type: array
      required: [a]
    V:
      anyOf:
        - type: object
          properties:
            a: {type: string}
        - type: array
      not: {type: object}
"""


def test_a_model_of_one_choice_is_drawn_from_the_objects_of_its_schema(tmp_path: Path) -> None:
    err = assert_suite_passes(tmp_path, "choices.yaml", CHOICES, "choices", "--no-strict")
    assert "no strategy for model V" in err and "no strategy for model U" not in err


def test_a_model_named_after_a_schema_nothing_satisfies_is_not_drawn(tmp_path: Path) -> None:
    err = assert_suite_passes(tmp_path, "nothing.yaml", NOTHING, "nothing", "--no-strict")
    assert "no strategy for model S" in err
