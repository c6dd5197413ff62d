"""The $ref targets on a cycle (``specloom.cycles``): recursive ones, and those applied in place."""

from __future__ import annotations

from specloom.cycles import in_place_cycles, recursive_pointers, ref_cycles


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# each schema's cycles worked out by hand: in place = reached through allOf/anyOf/oneOf/not/
# if/then/else/dependentSchemas values only, with no property or item keyword in between
CYCLES = {
    "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": _ref("Tree")}}},  # recursive only
    "List": {"type": "array", "items": _ref("List")},  # recursive only: an item is another value
    "Loop": {"anyOf": [{"type": "string"}, _ref("Loop")]},  # in place through anyOf
    "Ping": {"not": {"allOf": [_ref("Pong")]}},  # in place through not/allOf, and Pong back
    "Pong": {"if": {"type": "object"}, "then": _ref("Ping")},
    "Dep": {"dependentSchemas": {"a": _ref("Dep")}},  # a dependentSchemas value applies in place
    # dependentSchemas maps names to schemas: a "$ref" key there is no reference in place
    # (but a reference all the same: Named is recursive)
    "Named": {"dependentSchemas": {"$ref": "#/components/schemas/Named", "b": {"type": "object"}}},
    # reaches Tree, which is on a cycle Leaf is not part of (a target: the 200 answer refers to it)
    "Leaf": {"allOf": [{"allOf": [_ref("Tree")]}]},
    "Nested": {"allOf": [[_ref("Nested")]]},  # a list inside allOf's list is no schema in place
}


def test_ref_cycles_finds_recursive_and_in_place_schemas_in_one_walk() -> None:
    answers = {code: {"description": "", "content": {"application/json": {"schema": _ref(name)}}} for code, name in (("200", "Leaf"), ("404", "Gone"))}
    document = {"components": {"schemas": CYCLES}, "paths": {"/x": {"get": {"responses": answers}}}}
    recursive, in_place = ref_cycles(document)
    pointers = {name: f"/components/schemas/{name}" for name in CYCLES}
    assert recursive == {pointers[n] for n in ("Tree", "List", "Loop", "Ping", "Pong", "Dep", "Named", "Nested")}
    assert in_place == {pointers[n] for n in ("Loop", "Ping", "Pong", "Dep")}
    # lint asks only the in-place ones, found without walking what is not in place
    assert in_place_cycles(document) == in_place and recursive_pointers(document) == recursive
    # a missing target ("Gone") is skipped
