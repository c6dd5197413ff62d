"""Generate from inline specs, import the models and use them."""

from __future__ import annotations

import datetime
import importlib
import sys
from types import ModuleType

import pytest
from specloom_runtime.wire import UNSET, WireFormatError

from tests.pipeline.helpers import run_cli, write_spec

SPEC = """\
openapi: 3.1.0
info: {title: Shop, version: "1"}
paths: {}
components:
  schemas:
    Person:
      type: object
      required: [FullName]
      properties:
        FullName: {type: string}
        born: {type: string, format: dd/mm/yyyy}
        seen: {type: [string, "null"], format: mm/dd/yyyy hh:mm:ss}
        kind: {enum: [a, b]}
        active: {type: boolean, x-specloom-decode-strings: {"true": true, "false": false}}
        friends: {type: array, items: {$ref: "#/components/schemas/Person"}}
        tags: {type: object, additionalProperties: {type: string}}
      patternProperties:
        "^custom_[0-9]+$": {type: string}
"""


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    tmp = tmp_path_factory.mktemp("functional")
    write_spec(tmp, "shopfunc.yaml", SPEC)
    out = tmp / "out"
    code, _, err = run_cli("generate", str(tmp / "shopfunc.yaml"), "--out", str(out))
    assert code == 0, err
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module("shopfunc.models")
    finally:
        sys.path.remove(str(out))


def test_round_trip_with_dates_recursion_and_extra(models: ModuleType) -> None:
    wire = {
        "FullName": "Ann", "born": "15/08/1977", "seen": "01/15/2024 09:05:07", "kind": "a",
        "active": "false", "friends": [{"FullName": "Bob"}], "tags": {"x": "y"}, "custom_7": "v",
    }
    person = models.Person.from_dict(wire)
    assert person.full_name == "Ann"
    assert person.born == datetime.date(1977, 8, 15)
    assert person.seen == datetime.datetime(2024, 1, 15, 9, 5, 7)
    assert person.active is False
    assert person.friends[0].full_name == "Bob" and person.friends[0].born is UNSET
    assert person.extra == {"custom_7": "v"}
    assert person.to_dict() == {**wire, "active": False}
    assert models.Person.from_dict(person.to_dict()) == person


def test_null_and_absent_differ(models: ModuleType) -> None:
    assert models.Person.from_dict({"FullName": "A", "seen": None}).seen is None
    assert models.Person.from_dict({"FullName": "A"}).seen is UNSET
    assert "seen" not in models.Person(full_name="A").to_dict()


def test_wrong_wire_values_name_the_pointer(models: ModuleType) -> None:
    with pytest.raises(WireFormatError, match="/friends/0/born"):
        models.Person.from_dict({"FullName": "A", "friends": [{"FullName": "B", "born": "1977-08-15"}]})
    with pytest.raises(WireFormatError, match="FullName"):
        models.Person.from_dict({})


def test_slots_and_keyword_only(models: ModuleType) -> None:
    person = models.Person(full_name="A")
    with pytest.raises(AttributeError):
        person.not_a_field = 1
    with pytest.raises(TypeError):
        models.Person("A")
