"""IR of ``x-specloom-sync``: the declared sync target + the built operations -> a ``Sync`` node.

Input: the linted document's ``x-specloom-sync`` (``specloom.lint_sync`` already checked that
every name and pointer exists) and the operations and models the IR built. Output: ``Sync`` with
one ``SyncTarget`` per declared role, naming client methods and keywords by the allocator's
names, so the runtime (``specloom_runtime.sync``) calls the generated client and needs nothing
else. Why here: the engine must never parse the spec, and must not guess Python names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from specloom.ir.nodes import Json, Model, Operation, TypeRef
from specloom.ir.nodes_kit import Sync, SyncTarget

_ROLES: tuple[tuple[str, Literal["upsert", "create", "update", "bulk_update", "lookup"]], ...] = (
    ("upsert", "upsert"), ("create", "create"), ("update", "update"),
    ("bulkUpdate", "bulk_update"), ("lookup", "lookup"),
)


def build_sync(data: dict[str, Any], ops: tuple[Operation, ...], models: tuple[Model, ...]) -> Sync | None:
    """The ``Sync`` node, or ``None`` when the document declares no sync target."""
    declared = data.get("x-specloom-sync")
    if not isinstance(declared, dict):
        return None
    by_id = {op.operation_id: op for op in ops}
    targets = []
    for key, role in _ROLES:
        entry = declared.get(key)
        if isinstance(entry, dict):
            targets.append(_target(role, entry, by_id[entry["operation"]], models))
    rate = declared.get("rate") or {}
    return Sync(
        key=str(declared["key"]),
        targets=tuple(targets),
        rate=float(rate.get("perSecond", 0.0)),
        rate_documented=bool(rate.get("documented", False)),
    )


def _param(op: Operation, wire: object) -> str:
    return next(p.py_name for p in op.parameters if p.wire_name == wire)


def _kind(t: TypeRef | None) -> Literal["int", "str"]:
    if t is None:
        return "str"
    if t.kind == "int" or any(m.kind == "int" for m in t.members):
        return "int"
    return "str"


def _target(role: Literal["upsert", "create", "update", "bulk_update", "lookup"], entry: dict[str, Any], op: Operation, models: tuple[Model, ...]) -> SyncTarget:
    record = entry.get("record")
    argument = _param(op, record) if isinstance(record, str) else "body"
    base = SyncTarget(role=role, operation_id=op.operation_id, method=op.py_name, argument=argument)
    if role == "lookup":
        param = entry.get("param")
        return replace(base, argument=_param(op, param) if param else "", id_pointer=str(entry["id"]), key_pointer=str(entry["key"]))
    if role == "update":
        id_param = next(p for p in op.parameters if p.wire_name == entry["idParam"])
        return replace(base, id_argument=id_param.py_name, id_kind=_kind(id_param.type))
    if role == "bulk_update":
        item = op.body.type.item if op.body is not None else None
        model = next((m for m in models if item is not None and m.name == item.model), None)
        field = next((f for f in model.fields if f.wire_name == entry["idField"]), None) if model else None
        return replace(base, id_argument=str(entry["idField"]), id_kind=_kind(field.type if field else None), batch=int(entry["maxItems"]))
    return replace(
        base,
        id_pointer=str(entry.get("id", "")),
        safe=bool(entry.get("safe", False)),
        fields=Json.of(entry.get("fields") or {}),
        exists=str(entry.get("exists", "")),
    )
