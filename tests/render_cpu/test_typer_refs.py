"""``SchemaTyper`` on documents whose components are referred to from many places.

A ``$ref`` is resolved (pointer, target, model or not) once per document and remembered: the
types must be those of resolving it each time -- a model by its one class name, an alias by its
target's type, a recursive alias loosely, a dangling reference still an error -- and the typer
must not walk the pointer again for a ``$ref`` it has met.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.diagnostics import Reporter
from specloom.ir import schema as ir_schema
from specloom.ir.nodes import TypeRef
from specloom.ir.schema import SchemaTyper
from specloom.names import Scope
from specloom.resolve import pointer_get

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Pet": {"type": "object", "properties": {"id": {"type": "integer"}, "tag": {"$ref": "#/components/schemas/Tag"}}},
            "Tag": {"type": "string", "enum": ["a", "b"]},
            "Loop": {"anyOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Loop"}]},
            "Pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
        }
    }
}


def _typer() -> SchemaTyper:
    return SchemaTyper(DOC, Reporter("x.yaml"), Scope(style="pascal"))


def test_types_through_refs_met_many_times() -> None:
    typer = _typer()
    pet = {"$ref": "#/components/schemas/Pet"}
    for i in range(3):
        assert typer.type_of(pet, f"/p/{i}", "Hint") == TypeRef("model", model="Pet")
        assert typer.type_of({"$ref": "#/components/schemas/Pets"}, "/q", "Hint") == TypeRef("list", item=TypeRef("model", model="Pet"))
        tag = typer.type_of({"$ref": "#/components/schemas/Tag"}, "/t", "Hint")
        assert (tag.kind, [v.value for v in tag.values]) == ("literal", ["a", "b"])
        assert typer.type_of({"$ref": "#/components/schemas/Loop"}, "/l", "Hint") == TypeRef("json")  # the recursion is typed loosely, and json swallows the union
    assert sorted(m.name for m in typer.models.values()) == ["Pet"]
    assert typer.models["/components/schemas/Pet"].fields[1].type.kind == "literal"


def test_a_dangling_ref_fails_every_time() -> None:
    typer = _typer()
    for _ in range(2):
        with pytest.raises(KeyError):
            typer.type_of({"$ref": "#/components/schemas/Nowhere"}, "/x", "Hint")


def test_each_ref_is_walked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[str] = []
    plain = pointer_get  # what ir_schema imported, patched there below

    def counted(data: Any, pointer: str) -> Any:
        walked.append(pointer)
        return plain(data, pointer)

    monkeypatch.setattr(ir_schema, "pointer_get", counted)
    typer = _typer()
    for i in range(5):
        typer.type_of({"$ref": "#/components/schemas/Tag"}, f"/t/{i}", "Hint")
        typer.type_of({"$ref": "#/components/schemas/Pet"}, f"/p/{i}", "Hint")
    assert walked.count("/components/schemas/Tag") == 1
    assert walked.count("/components/schemas/Pet") == 2  # its $ref once, and its model once
