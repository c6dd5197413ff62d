"""Lint of ``x-specloom-sync``: a resolved spec -> located errors where the sync target cannot work.

Input: the resolved (bundled) document and the reporter. Output: errors at the offending pointer
inside ``x-specloom-sync`` when a named operation does not exist, the record parameter or the
update's id parameter is not one of the operation's parameters, the ``key`` pointer does not lie
inside the request record's schema, an ``id`` pointer does not lie inside the 2xx answer's schema
(or, for ``lookup``, inside one listed item), the bulk ``idField`` is not a property of its items,
or an ``exists`` regex does not compile. Why: ``specloom sync`` would otherwise fail on the first
record of a long run, far from the spec line that is wrong. (The shape, e.g. positive batch
limits, is checked by the vocabulary schema.)
"""

from __future__ import annotations

import re
from typing import Any

from specloom.diagnostics import Reporter, join_pointer, unescape_token
from specloom.rules import deref
from specloom.walk import iter_operations

KEY = "x-specloom-sync"
_WRITES = ("upsert", "create")


def check(data: dict[str, Any], reporter: Reporter) -> None:
    """Every check of ``x-specloom-sync`` (nothing when the document declares none)."""
    sync = data.get(KEY)
    if not isinstance(sync, dict):
        return
    here = join_pointer("", KEY)
    ops = {op.get("operationId"): (op, item) for _, _, _, op, item in iter_operations(data)}
    for role in (*_WRITES, "update", "bulkUpdate", "lookup"):
        entry = sync.get(role)
        if not isinstance(entry, dict):
            continue
        where = join_pointer(here, role)
        name = entry.get("operation")
        if name not in ops:
            known = ", ".join(sorted(str(k) for k in ops if k))
            reporter.error(join_pointer(where, "operation"), f"no operation {name!r} in this document; known: {known}")
            continue
        op, item = ops[name]
        record = record_schema(data, op, item, entry.get("record")) if role != "lookup" else {}
        if record is None:
            reporter.error(join_pointer(where, "record" if entry.get("record") else "operation"),
                           f"operation {name!r} has no request record: no JSON or form body, nor a parameter {entry.get('record')!r} with a schema")  # fmt: skip
            continue
        if role in _WRITES:
            _key_inside(data, sync, record, here, str(name), reporter)
            _id_inside(data, answer_schema(data, op), entry.get("id"), join_pointer(where, "id"), "the 2xx answer", reporter)
            _regex(entry.get("exists"), join_pointer(where, "exists"), reporter)
        elif role == "update" and not any(p.get("name") == entry.get("idParam") for p in parameters(data, op, item)):
            reporter.error(join_pointer(where, "idParam"), f"{entry.get('idParam')!r} is not a parameter of {name!r}")
        elif role == "bulkUpdate" and not inside(data, record, ["0", str(entry.get("idField"))]):
            reporter.error(join_pointer(where, "idField"), f"{entry.get('idField')!r} is not a property of the items of {name!r}'s body")
        elif role == "lookup":
            listed = answer_schema(data, op)
            for field in ("key", "id"):
                _id_inside(data, listed, "/0" + str(entry.get(field, "")), join_pointer(where, field), "one item of the listed answer", reporter)
            param = entry.get("param")
            if param is not None and not any(p.get("name") == param and p.get("in") == "query" for p in parameters(data, op, item)):
                reporter.error(join_pointer(where, "param"), f"{param!r} is not a query parameter of {name!r}")


def parameters(data: Any, op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters, path-item ones included, ``$ref``s followed."""
    found = [deref(data, p) for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]]
    return [p for p in found if isinstance(p, dict)]


def record_schema(data: Any, op: dict[str, Any], item: dict[str, Any], param: object) -> Any:
    """The schema of the record a write sends: the parameter ``param``'s, else the body's (an
    ``x-specloom-envelope`` unwrapped); ``None`` when there is none."""
    if isinstance(param, str):
        for p in parameters(data, op, item):
            if p.get("name") == param:
                content = p.get("content") or {}
                schema = p.get("schema") or next((m.get("schema") for m in content.values() if isinstance(m, dict)), None)
                return deref(data, schema) if schema is not None else None
        return None
    body = deref(data, op.get("requestBody")) or {}
    for media in (body.get("content") or {}).values():
        if isinstance(media, dict) and "schema" in media:
            schema = deref(data, media["schema"])
            envelope = media.get("x-specloom-envelope")
            if isinstance(envelope, str):
                schema = deref(data, (schema.get("properties") or {}).get(envelope, {}))
            return schema
    return None


def answer_schema(data: Any, op: dict[str, Any]) -> Any:
    """The schema of the first 2xx JSON answer (``{}``: none declared)."""
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            for media_type, media in ((deref(data, response) or {}).get("content") or {}).items():
                if "json" in media_type and isinstance(media, dict):
                    return deref(data, media.get("schema", {}))
    return {}


def inside(data: Any, schema: Any, tokens: list[str], depth: int = 0) -> bool:
    """Whether the instance path ``tokens`` can exist under ``schema``: each token a declared
    property, or an array index; composition keywords and ``$ref`` are followed."""
    schema = deref(data, schema)
    if not tokens:
        return True
    if not isinstance(schema, dict) or depth > 32:
        return False
    token, rest = tokens[0], tokens[1:]
    for word in ("allOf", "anyOf", "oneOf"):
        if any(inside(data, branch, tokens, depth + 1) for branch in schema.get(word) or []):
            return True
    if token in (schema.get("properties") or {}):
        return inside(data, schema["properties"][token], rest, depth + 1)
    if token.isdigit() and isinstance(schema.get("items"), dict):
        return inside(data, schema["items"], rest, depth + 1)
    return False


def _tokens(pointer: str) -> list[str]:
    return [unescape_token(t) for t in pointer.split("/")[1:]]


def _key_inside(data: Any, sync: dict[str, Any], record: Any, here: str, name: str, reporter: Reporter) -> None:
    key = sync.get("key")
    if isinstance(key, str) and not inside(data, record, _tokens(key)):
        reporter.error(join_pointer(here, "key"), f"key {key!r} is not inside the request record of {name!r} (no such property)")


def _id_inside(data: Any, schema: Any, pointer: object, where: str, what: str, reporter: Reporter) -> None:
    if isinstance(pointer, str) and pointer and not inside(data, schema, _tokens(pointer)):
        reporter.error(where, f"{pointer!r} is not inside {what}'s schema")


def _regex(pattern: object, where: str, reporter: Reporter) -> None:
    if isinstance(pattern, str):
        try:
            re.compile(pattern)
        except re.error as exc:
            reporter.error(where, f"not a valid regex: {exc}")
