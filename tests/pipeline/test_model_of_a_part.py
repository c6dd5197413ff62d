"""A component typed as the model of one of its parts: its models are drawn from the component
(or not at all when nothing satisfies the component).

``S: allOf [oneOf [an object], required: [a]]`` is typed as the object's model, named ``S``; the
suites check that model's wire form with ``S``'s validator, and its strategy drew the object's
values alone, so ``{}`` (no ``a``) failed ``test_models_round_trip[S]``. Found by random schemas
put into a spec and their generated suite run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.explore import spec_of
from tests.pipeline.helpers import assert_suite_passes


def _spec(*schemas: Any) -> str:
    """The schemas as components ``S0``, ``S1``... each the body and answer of an operation,
    laid out as the random-schema explorer found them (``tests.explore.spec_of``)."""
    return json.dumps(spec_of(list(schemas)))


WHOLE = _spec(
    {"allOf": [{"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}]}, {"required": ["a"]}]},
    {"anyOf": [{"type": "object", "properties": {"b": {"type": "integer"}}},
               {"type": "object", "properties": {"c": {"type": "string"}}, "required": ["c"]}]},
)  # fmt: skip


def test_the_suite_of_a_model_named_after_its_whole_passes(tmp_path: Path) -> None:
    assert_suite_passes(tmp_path, "parts.json", WHOLE, "parts")


# typed as the model of its object member, named S0, while nothing satisfies S0 (an integer that
# is a string or an object): the model was drawn from the member, and test_models_round_trip
# checked its wire form with S0's validator, which refuses every value (found by
# tests/explore.py, seeds 107, 119, 127)
NOTHING = _spec(
    {"type": "integer", "anyOf": [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "null"}}}]},
)


# typed as the model of an object member of anyOf [object, array]: drawn from the member alone, a
# model without a (S0's required) or any model at all (S1 holds no object) failed
# test_models_round_trip (tests/explore.py, seed 156); now drawn from the objects of S0, and S1's
# model has no strategy
CHOICES = _spec(
    {"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "array"}], "required": ["a"]},
    {"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "array"}], "not": {"type": "object"}},
)


def test_a_model_of_one_choice_is_drawn_from_the_objects_of_its_schema(tmp_path: Path) -> None:
    err = assert_suite_passes(tmp_path, "choices.json", CHOICES, "choices", "--no-strict")
    assert "no strategy for model S1" in err and "no strategy for model S0" not in err


def test_a_model_named_after_a_schema_nothing_satisfies_is_not_drawn(tmp_path: Path) -> None:
    err = assert_suite_passes(tmp_path, "nothing.json", NOTHING, "nothing", "--no-strict")
    assert "no strategy for model S0" in err


# typed as the model of its first member, named S0 (x an object, S0X's model), and drawn from
# S0's objects: those of the second member too, {x: ""}, which that model cannot read
# (WireFormatError in test_models_round_trip; tests/explore.py, seed 1014); now drawn from S0's
# objects that the first member accepts too
OTHER_MEMBER = _spec(
    {"anyOf": [{"type": "object", "properties": {"x": {"type": "object", "properties": {"a": {"type": "boolean"}}}}},
               {"type": "object", "properties": {"x": {"const": ""}}, "required": ["x"]}]},
)  # fmt: skip


def test_a_model_of_one_choice_is_not_drawn_from_another_choice(tmp_path: Path) -> None:
    assert_suite_passes(tmp_path, "other.json", OTHER_MEMBER, "other", "--no-strict")
