"""With ``lenient``, the suites' oracle reads a schema with ``properties`` but no ``type`` as an object.

``--lenient`` reads such schemas as ``type: object`` (the README's table): JSON Schema would let
any non-object through, which the model made of the schema cannot hold. The oracle applies the
same rule on its own, from the README's words, and only to a package generated with
``--lenient``. The verdicts below are written from the rule, not taken from the generator.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from specloom_runtime.proptest import SpecOracle

PROPS = {"id": {"type": "integer"}}
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Untyped": {"properties": PROPS},
            "NoProperties": {"required": ["id"]},
            "EmptyProperties": {"properties": {}},
            "List": {"type": "array", "items": {"properties": PROPS}},
            # a condition's subschema is left as written: a non-object passes it (so ``not`` refuses
            # it, and the ``then`` applies); read as an object, it would fail it
            "Negated": {"type": ["object", "string"], "not": {"properties": {"id": {"const": 1}}, "required": ["id"]}},
            "Conditional": {"if": {"properties": {"id": {"const": 1}}}, "then": {"type": "object", "required": ["x"]}},
            # a stated ``type`` decides for the ``allOf`` members: the null stays
            "NullableAll": {"type": ["object", "null"], "allOf": [{"properties": PROPS}]},
            "NullableSibling": {"allOf": [{"$ref": "#/components/schemas/NullableBase"}, {"properties": PROPS}]},
            "NullableBase": {"type": ["object", "null"]},
            "UntypedAll": {"allOf": [{"properties": PROPS}, {"properties": {"x": {"type": "string"}}}]},
            "Extended": {"allOf": [{"$ref": "#/components/schemas/NullableBase"}], "properties": PROPS},
            "Choice": {"oneOf": [{"type": "string"}, {"properties": PROPS, "required": ["id"]}]},
        }
    },
}


def _oracle(folder: Path, lenient: bool) -> SpecOracle:
    path = folder / "spec.yaml"
    path.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    return SpecOracle(path, lenient=lenient)


@pytest.fixture(scope="module")
def lenient(tmp_path_factory: pytest.TempPathFactory) -> SpecOracle:
    return _oracle(tmp_path_factory.mktemp("lenient"), True)


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> SpecOracle:
    return _oracle(tmp_path_factory.mktemp("strict"), False)


@pytest.mark.parametrize(
    ("name", "value", "valid"),
    [
        ("Untyped", None, False),
        ("Untyped", "text", False),
        ("Untyped", {"id": 1}, True),
        ("Untyped", {"id": "1"}, False),
        ("NoProperties", None, True),  # no named properties: no model, nothing read
        ("EmptyProperties", 3, True),
        ("List", [{"id": 1}], True),
        ("List", [None], False),
        ("Negated", "text", False),
        ("Negated", {"id": 1}, False),
        ("Negated", {"id": 2}, True),
        ("Conditional", 5, False),
        ("Conditional", {"id": 1}, False),
        ("Conditional", {"id": 2}, True),
        ("NullableAll", None, True),
        ("NullableAll", 7, False),
        ("NullableSibling", None, True),
        ("Extended", None, True),
        ("Extended", {"id": "1"}, False),
        ("UntypedAll", None, False),
        ("UntypedAll", {"id": 1, "x": "a"}, True),
        ("Choice", "text", True),  # read as JSON Schema, a string matches both branches
        ("Choice", {"id": 1}, True),
    ],
)
def test_lenient_reads_untyped_properties_as_an_object(lenient: SpecOracle, name: str, value: object, valid: bool) -> None:
    assert lenient.is_valid(f"/components/schemas/{name}", value) is valid


@pytest.mark.parametrize(
    ("name", "value"),
    [("Untyped", None), ("List", [None]), ("UntypedAll", None), ("NoProperties", 5)],
)
def test_without_lenient_json_schema_decides(strict: SpecOracle, name: str, value: object) -> None:
    assert strict.is_valid(f"/components/schemas/{name}", value) is True


def test_without_lenient_a_string_matches_both_branches(strict: SpecOracle) -> None:
    assert strict.is_valid("/components/schemas/Choice", "text") is False
