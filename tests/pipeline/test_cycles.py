"""The $ref targets on a cycle (``specloom.cycles``): recursive ones, and those applied in place."""

from __future__ import annotations

from specloom.cycles import in_place_cycles, recursive_pointers, ref_cycles


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# each schema's cycles worked out by hand: in place = reached through allOf/anyOf/oneOf/not/
# if/then/else/dependentSchemas values only, with no property or item keyword in between
CYCLES = {
    "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": _ref("Tree")}}},  # recursive only
    "Loop": {"anyOf": [{"type": "string"}, _ref("Loop")]},  # in place through anyOf
    "Ping": {"not": {"allOf": [_ref("Pong")]}},  # in place through not/allOf, and Pong back
    "Pong": {"if": {"type": "object"}, "then": _ref("Ping")},
    "Dep": {"dependentSchemas": {"a": _ref("Dep")}},  # a dependentSchemas value applies in place
    # dependentSchemas maps names to schemas: a "$ref" key there is no reference in place
    "Named": {"dependentSchemas": {"$ref": "#/components/schemas/Named", "b": {"properties": {"x": _ref("Named")}}}},
    "Leaf": {"allOf": [{"allOf": [_ref("Tree")]}]},  # reaches Tree, which does not reach Leaf
    "Nested": {"allOf": [[_ref("Nested")]]},  # a list inside allOf's list is no schema in place
}


def test_ref_cycles_finds_recursive_and_in_place_schemas_in_one_walk() -> None:
    document = {"components": {"schemas": CYCLES}, "paths": {"/x": {"get": {"responses": {"200": {"description": "", "content": {"application/json": {"schema": _ref("Gone")}}}}}}}}
    recursive, in_place = ref_cycles(document)
    pointers = {name: f"/components/schemas/{name}" for name in CYCLES}
    assert recursive == {pointers[n] for n in ("Tree", "Loop", "Ping", "Pong", "Dep", "Named", "Nested")}
    assert in_place == {pointers[n] for n in ("Loop", "Ping", "Pong", "Dep")}
    assert recursive_pointers(document) == recursive and in_place_cycles(document) == in_place  # a missing target ("Gone") is skipped
