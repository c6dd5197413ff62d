"""Testing-kit facts: what the fake server of ``testing.py`` answers, as data printed from the IR.

Input: the resolved document, the raw operations (as ``walk.iter_operations`` yields them), the
built ``Operation`` nodes and the models. Output: the same operations with ``kit`` filled in (new
frozen nodes, made before the ``Api`` exists; nothing is mutated afterwards). The sample bodies
come from ``specloom.ir.samples``.

Collections are recognised by shape, never by name: a path ``P`` (or ``P.ext``) and an item path
``P/{x}`` (or ``P/{x}.ext``) form a collection when a GET of them returns a model, or a list of one,
with an id property. The id property is the one the item path names, else the model's best id-like
property: named ``id``, ``<Model>ID``/``<model>_id``, else the shortest ending in ``id``; read-only
and required ones first; integer or string. Any other GET returning a list of that model lists the
same collection. Everything else (an RPC-style call, an upsert that nothing reads back, a list
wrapped in an envelope object) is a ``record``: the payload is kept and the success sample answered.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any, Literal

from specloom.ir.kit_shape import count_flag, filters, formats, only_with, raw_parameters
from specloom.ir.nodes import Field, Json, Model, Operation, TypeRef
from specloom.ir.nodes_kit import KitAnswer, KitBehaviour, KitResource, KitRole, KitSample
from specloom.ir.samples import Impossible, Samples, is_json_media, raw_response
from specloom.rules import deref

RawOperation = tuple[str, str, str, dict[str, Any], dict[str, Any]]

_EXT = re.compile(r"(\.[A-Za-z0-9]+)\Z")  # \Z: "$" would also match before a final newline
_ITEM = re.compile(r"(.*)/\{([^{}/]+)\}\Z")


def _split(path: str) -> tuple[str, str]:
    """``/customers/{id}.json`` -> (``/customers/{id}``, ``.json``)."""
    match = _EXT.search(path)
    if match is None or path.endswith("}"):
        return path, ""
    return path[: match.start()], match.group(1)


def _model_of(t: TypeRef | None, listed: bool) -> str:
    """The model name of ``t`` (a list of models when ``listed``), else ``""``."""
    if t is None:
        return ""
    if listed:
        return t.item.model if t.kind == "list" and t.item is not None and t.item.kind == "model" else ""
    return t.model if t.kind == "model" else ""


def _id_field(model: Model, path_params: set[str]) -> Field | None:
    """The model's id property: the one an item path names (``/customers/{id}``), else the best
    id-like name (``id``, ``<model>id``, ``<model>_id``, then the shortest ending in ``id``),
    read-only and required ones first; integer or string."""
    ranked: list[tuple[int, int, str, Field]] = []
    for f in model.fields:
        if _scalar_kind(f.type) not in ("int", "str"):
            continue
        name = f.wire_name.lower()
        stem = model.name.lower()
        score = 4 if name in ("id", stem + "id", stem + "_id") else 2 if name.endswith("id") and len(name) > 2 else 0
        if not score:
            continue
        score += int(f.read_only) + int(f.required) + 8 * (name in path_params)
        ranked.append((-score, len(name), f.wire_name, f))
    return min(ranked, key=lambda r: r[:3])[3] if ranked else None


def _scalar_kind(t: TypeRef) -> str:
    if t.kind in ("int", "float", "bool"):
        return t.kind
    if t.kind == "union":
        members = [m for m in t.members if m.kind != "none"]
        return _scalar_kind(members[0]) if len(members) == 1 else "str"
    if t.kind == "literal":
        values = [v.value for v in t.values]
        if values and all(isinstance(v, bool) for v in values):
            return "bool"
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "int"
    if t.kind == "list" and t.item is not None:
        return "list:" + _scalar_kind(t.item)
    return "str"


def _wire_kinds(op: Operation, models: dict[str, Model]) -> Json:
    kinds: dict[str, str] = {}
    for p in op.parameters:
        if p.const is None and not p.json_encoded:
            kinds[p.wire_name] = _scalar_kind(p.type)
    if op.body is not None and op.body.kind in ("form", "multipart") and op.body.type.kind == "model" and op.body.type.model in models:
        for f in models[op.body.type.model].fields:
            kinds.setdefault(f.wire_name, _scalar_kind(f.type))
    return Json.of({k: v for k, v in sorted(kinds.items()) if v != "str"})


def _ack_pointer(success: KitSample, id_field: str) -> str:
    """Where an acknowledgement names the written record: in an entry that mentions the id
    property by name (``{"Key": "CustomerID", "Value": "1234"}``), the one other member holding
    digits that is not the HTTP status; ``""`` when there is no such single member."""
    body = success.body.value if success.body is not None else None
    entry = body[0] if isinstance(body, list) and body else body
    if not isinstance(entry, dict) or id_field not in entry.values():
        return ""
    digits = [
        key for key, value in entry.items()
        if (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, str) and value.isdigit())
        if str(value) != str(success.status)
    ]
    return "/" + digits[0].replace("~", "~0").replace("/", "~1") if len(digits) == 1 else ""


def attach_kit(data: Any, raw_ops: list[RawOperation], ops: Sequence[Operation], models: dict[str, Model]) -> tuple[Operation, ...]:
    """``ops`` with their ``kit`` facts (see the module docstring)."""
    by_name = {m.name: m for m in models.values()}
    samples = Samples(data)
    samples.schemas.expect(  # the answers' schemas a choice between candidates may ask about, compiled together
        schema_pointer
        for _, _, pointer, raw, _ in raw_ops
        for status in raw.get("responses") or {}
        for schema_pointer in samples.asked(*raw_response(data, raw, pointer, status))
    )
    successes: dict[str, KitSample] = {}
    pieces: dict[str, tuple[tuple[KitSample, ...], tuple[KitSample, ...]]] = {}
    for (_, _, pointer, raw, _), op in zip(raw_ops, ops, strict=True):
        documented = [r for r in op.responses if r.status.upper().startswith("2")]
        wanted = "201" if any(r.status == "201" for r in documented) and op.method == "POST" else None
        response = next((r for r in documented if r.status == wanted), documented[0] if documented else None)
        raw_success, where = raw_response(data, raw, pointer, response.status) if response else ({}, "")
        success = samples.success(op, response, raw_success, where)
        failures: list[KitSample] = []
        for r in op.responses:
            raw_r, where_r = raw_response(data, raw, pointer, r.status)
            made = samples.failure(r, raw_r, where_r)
            if made is not None and all(f.status != made.status for f in failures):
                failures.append(made)
        successes[op.operation_id] = success
        pieces[op.operation_id] = (samples.body_failures(response, raw_success, where, success), tuple(failures))
    resources, roles = _collections(ops, by_name, samples, successes)
    result = []
    for (path, _, pointer, raw, item), op in zip(raw_ops, ops, strict=True):
        role, resource_name, id_param = roles.get(op.operation_id, ("record", "", ""))
        resource = resources.get(resource_name)
        success = successes[op.operation_id]
        answer = _answer(role, op, resource, success)
        params = raw_parameters(data, raw, item)
        found = filters(data, op, path, params, by_name[resource_name]) if role == "list" and resource_name in by_name else {}
        result.append(dataclasses.replace(op, kit=KitBehaviour(
            role=role, resource=resource, id_param=id_param, answer=answer,
            ack_id_pointer=_ack_pointer(success, resource.id_field) if resource and answer == "ack" else "",
            success=success, body_failures=pieces[op.operation_id][0], failures=pieces[op.operation_id][1],
            wire_kinds=_wire_kinds(op, by_name), filters=Json.of(found),
            count=Json.of(count_flag(params) if role == "list" else {}),
            formats=Json.of(formats(data, raw, _body_schema(data, raw), params)),
            only_with=Json.of(only_with(data, _success_schema(data, raw, pointer, success))),
        )))
    return tuple(result)


def _body_schema(data: Any, raw: dict[str, Any]) -> Any:
    content = (deref(data, raw.get("requestBody")) or {}).get("content") or {}
    return next((m.get("schema") for m in content.values() if isinstance(m, dict) and "schema" in m), None)


def _success_schema(data: Any, raw: dict[str, Any], pointer: str, success: KitSample) -> Any:
    node, _ = raw_response(data, raw, pointer, str(success.status))
    content = node.get("content") or {}
    media = content.get(success.media_type) or next((m for k, m in content.items() if is_json_media(k)), None)
    return media.get("schema") if isinstance(media, dict) else None


def _collections(
    ops: Sequence[Operation], models: dict[str, Model], samples: Samples, successes: dict[str, KitSample]
) -> tuple[dict[str, KitResource], dict[str, tuple[KitRole, str, str]]]:
    families: dict[str, list[tuple[Operation, str]]] = {}
    for op in ops:
        base, ext = _split(op.path)
        item = _ITEM.match(base)
        if item and item.group(1):
            families.setdefault(item.group(1) + ext, []).append((op, item.group(2)))
        else:
            families.setdefault(op.path, []).append((op, ""))
    resources: dict[str, KitResource] = {}
    roles: dict[str, tuple[KitRole, str, str]] = {}
    for members in families.values():
        name = next((_model_of(op.result, False) for op, p in members if p and op.method == "GET" and _model_of(op.result, False)), "")
        name = name or next((_model_of(op.result, True) for op, p in members if not p and op.method == "GET" and _model_of(op.result, True)), "")
        if not name or name not in models:
            continue
        id_field = _id_field(models[name], {p.lower() for _, p in members if p})
        if id_field is None:
            continue
        if name not in resources:
            resources[name] = _resource(models[name], id_field, members, samples, successes)
        for op, param in members:
            role = _role(op, param, name, id_field.wire_name, models)
            if role is not None:
                roles[op.operation_id] = (role, name, param)
    for op in ops:  # other lists of a collection's model (e.g. the members of a group)
        listed = _model_of(op.result, True)
        if op.operation_id not in roles and op.method == "GET" and listed in resources:
            roles[op.operation_id] = ("list", listed, "")
    return resources, roles


def _role(op: Operation, param: str, model: str, id_field: str, models: dict[str, Model]) -> KitRole | None:
    if param:
        if op.method == "GET":
            return "get" if _model_of(op.result, False) == model else None
        if op.method in ("PUT", "PATCH", "POST") and op.body is not None:
            return "update"  # POST to an item updates it in form-based APIs
        return "delete" if op.method == "DELETE" else None
    if op.method == "POST" and op.body is not None:
        return "create"
    if op.method == "GET" and _model_of(op.result, True) == model:
        return "list"
    if op.method in ("PUT", "PATCH") and op.body is not None:
        item = _model_of(op.body.type, True)
        if item in models and any(f.wire_name == id_field for f in models[item].fields):
            return "bulk_update"
    return None


def _resource(model: Model, id_field: Field, members: list[tuple[Operation, str]], samples: Samples, successes: dict[str, KitSample]) -> KitResource:
    example: Any = None
    for op, param in members:
        body = successes[op.operation_id].body
        value = body.value if body is not None else None
        if op.method == "POST" and not param and _model_of(op.result, False) == model.name:
            example = value
        elif op.method == "GET" and param and isinstance(value, list) and value:
            example = example if example is not None else value[0]
        elif op.method == "GET" and param:
            example = example if example is not None else value
        if isinstance(example, dict):
            break
    if not isinstance(example, dict):
        try:
            example = samples.synth.value({"$ref": "#" + model.source_pointer})
        except Impossible:
            example = {}
    keep = {f.wire_name: f for f in model.fields if (f.read_only or f.required) and f.wire_name != id_field.wire_name}
    stamps = {name: stamp for name, f in keep.items() if (stamp := _stamp(f.type))}
    # an example's data (a credit of 1.1, a creation date) is not every new record's: numbers
    # start at 0, dates are the moment the fake stores the item; flags and markers stay as shown
    fields = {
        k: 0 if isinstance(v, (int, float)) and not isinstance(v, bool) else v
        for k, v in (example.items() if isinstance(example, dict) else ())
        if k in keep and k not in stamps
    }
    kind: Literal["int", "str"] = "int" if _scalar_kind(id_field.type) == "int" else "str"
    shown = example.get(id_field.wire_name) if isinstance(example, dict) else None
    return KitResource(
        name=model.name, id_field=id_field.wire_name, id_kind=kind, server_fields=Json.of(fields),
        id_template=shown if kind == "str" and isinstance(shown, str) else "", stamps=Json.of(stamps),
    )


def _stamp(t: TypeRef) -> str:
    """The wire format of a date property (``date-time``, ``date`` or a named format), else ``""``."""
    if t.kind == "union":
        members = [m for m in t.members if m.kind != "none"]
        return _stamp(members[0]) if len(members) == 1 else ""
    if t.kind in ("date", "datetime"):
        return t.date_format or ("date-time" if t.kind == "datetime" else "date")
    return ""


def _answer(role: KitRole, op: Operation, resource: KitResource | None, success: KitSample) -> KitAnswer:
    if resource is None or role == "record":
        return "sample"
    if role == "list":
        return "page"
    if role == "get" or (role in ("create", "update") and _model_of(op.result, False) == resource.name):
        return "item"
    body = success.body.value if success.body is not None else None
    return "ack" if isinstance(body, (dict, list)) and is_json_media(success.media_type) else "sample"
