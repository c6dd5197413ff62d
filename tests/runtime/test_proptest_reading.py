"""The suites' oracle reads OpenAPI 3.0 keywords as the README's table says, not as 2020-12 does.

It read spec files as plain JSON Schema 2020-12, so on every 3.0 document (and every 3.1 file
with 3.0 habits) a generated suite failed: ``nullable`` values were "rejected by jsonschema", a
boolean ``exclusiveMinimum`` compared numbers with ``True``, and a ``$ref`` that ``--lenient``
accepts as any value raised ``PointerToNowhere``. The verdicts below are written from the rules,
not taken from the generated validators.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from specloom_runtime.proptest import SpecOracle

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Name": {"type": "string", "nullable": True, "enum": ["a", "b"]},
            "Pet": {
                "type": "object",
                "properties": {
                    "owner": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Owner"}]},
                    "tags": {"type": "array", "items": {"type": "string", "nullable": True}},
                    # a property named like the keyword is a property, not the keyword
                    "nullable": {"type": "boolean"},
                    "age": {"type": "integer", "minimum": 0, "exclusiveMinimum": True, "maximum": 9, "exclusiveMaximum": False},
                    "kind": {"type": ["string", "integer"], "nullable": True},
                },
            },
            "Owner": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "NotNullable": {"type": "string", "nullable": False},
            "Loose": {"$ref": "#/components/schemas/Missing"},
            "Cycle": {"type": "object", "nullable": True, "properties": {"next": {"$ref": "#/components/schemas/Cycle"}}},
        }
    },
}


@pytest.fixture(scope="module")
def oracle(tmp_path_factory: pytest.TempPathFactory) -> SpecOracle:
    path: Path = tmp_path_factory.mktemp("spec") / "spec.yaml"
    path.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    return SpecOracle(path)


@pytest.mark.parametrize(
    ("name", "value", "valid"),
    [
        ("Name", None, True),
        ("Name", "a", True),
        ("Name", "c", False),
        ("NotNullable", None, False),
        ("Pet", {"owner": None}, True),
        ("Pet", {"owner": {"id": 1}}, True),
        ("Pet", {"owner": {}}, False),
        ("Pet", {"tags": ["x", None]}, True),
        ("Pet", {"tags": [1]}, False),
        ("Pet", {"nullable": None}, False),
        ("Pet", {"nullable": True}, True),
        ("Pet", {"age": 0}, False),
        ("Pet", {"age": 1}, True),
        ("Pet", {"age": 9}, True),
        ("Pet", {"age": 10}, False),
        ("Pet", {"kind": None}, True),
        ("Pet", {"kind": 2.5}, False),
        ("Loose", {"anything": [1, None]}, True),
        ("Cycle", {"next": {"next": None}}, True),
        ("Cycle", {"next": 3}, False),
    ],
)
def test_oracle_reads_3_0_keywords_as_specloom_does(oracle: SpecOracle, name: str, value: object, valid: bool) -> None:
    assert oracle.is_valid(f"/components/schemas/{name}", value) is valid
