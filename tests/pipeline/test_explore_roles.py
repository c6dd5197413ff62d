"""The explorer's ``--roles`` documents (``tests.explore.spec_with_roles``): each random schema
also serves as one parameter or form, multipart or text body, the same ones for the same seed, in a document the
independent OpenAPI validator accepts (else the explorer's findings would be the document's)."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from tests.explore import ROLES, _kinds, spec_with_roles

SCHEMAS: list[Any] = [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "integer"}}}, True, {"type": "array"}] * 6


def test_roles_are_drawn_from_the_seed_and_each_is_written_where_it_belongs() -> None:
    spec = spec_with_roles(SCHEMAS, 7)
    assert spec == spec_with_roles(SCHEMAS, 7)
    assert spec != spec_with_roles(SCHEMAS, 8)
    roles = {}
    for path, item in spec["paths"].items():
        operation = item["post"]
        role = roles[operation["operationId"]] = operation["x-explore-role"]
        content = operation["requestBody"]["content"]
        schema = SCHEMAS[int(operation["operationId"][4:])]
        if role in ("form", "multipart"):
            assert list(content) == [{"form": "application/x-www-form-urlencoded", "multipart": "multipart/form-data"}[role]]
            assert schema in (True, SCHEMAS[1])  # untyped, or objects
        elif role == "text":
            assert list(content) == ["text/plain"] and schema in (True, SCHEMAS[0])  # untyped, or strings
        else:
            assert list(content) == ["application/json"]
        parameters = operation.get("parameters", [])
        if role in ("query", "header", "path", "cookie"):
            (parameter,) = parameters
            assert parameter["in"] == role and parameter["schema"]["$ref"].endswith(f"/S{operation['operationId'][4:]}")
            assert path.endswith("/{p}") == (role == "path") and (role != "path" or parameter["required"])
        else:
            assert parameters == [] and "{" not in path
    assert len(roles) == len(SCHEMAS) and set(roles.values()) <= set(ROLES)
    assert len(set(roles.values())) >= 6 and {"form", "multipart", "text"} <= set(roles.values())  # 24 draws from 8 roles


def test_the_documents_are_valid_openapi() -> None:
    for seed in range(5):
        validate(spec_with_roles(SCHEMAS, seed))


def test_the_kinds_a_schema_holds_follow_its_refs() -> None:
    spec = spec_with_roles([{"$ref": "#/$defs/a%20b", "$defs": {"a b": {"type": "integer"}}}, {"$ref": "#/$defs/o", "$defs": {"o": {"type": "object"}}}], 0)
    assert _kinds(spec, 0) == frozenset({"number"})  # "a%20b" names "a b" (seed 5000's S22)
    assert _kinds(spec, 1) == frozenset({"object"})


def test_a_schema_that_can_only_be_null_is_never_a_required_parameter() -> None:
    for seed in range(20):
        for item in spec_with_roles([{"type": "null"}] * 6, seed)["paths"].values():
            assert not any(p["required"] for p in item["post"].get("parameters", [])), item
