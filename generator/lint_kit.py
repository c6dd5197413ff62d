"""``specloom lint``: the testing-kit keys name things that exist, each a located error.

Input: a resolved document and the ``Reporter``. Output: an error at the key for

* an ``x-specloom-filter`` on a parameter of an operation that answers no list (nothing to
  select from), or whose ``property`` is not a property of the list's items;
* an ``x-specloom-item-status`` on a response that answers no list, or whose ``status`` or
  ``message`` pointer does not lead to a property of the items' schema.

Why: both name a property by text. Misspelled (``BillingFirstname``), the fake server's filter
selects nothing and the client never sees an item's status, so every call looks like a success:
silent until a vendor's bulk write fails. A schema that declares no ``properties`` (free-form)
cannot be checked and is left alone.
"""

from __future__ import annotations

from typing import Any

from specloom.diagnostics import Reporter, join_pointer
from specloom.resolve import follow
from specloom.rules import deref
from specloom.walk import iter_operations

__all__ = ["check"]


def _items(data: Any, schema: Any) -> Any:
    """The items schema of an array schema, else ``None``."""
    schema = deref(data, schema)
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if kind == "array" or (isinstance(kind, list) and "array" in kind):
        return deref(data, schema.get("items")) or {}
    return None


def _properties(data: Any, schema: Any, depth: int = 0) -> dict[str, Any] | None:
    """The properties ``schema`` declares (its ``allOf``/``anyOf``/``oneOf`` members' too), or
    ``None`` when it declares none: a free-form object allows any name."""
    schema = deref(data, schema)
    if not isinstance(schema, dict) or depth > 16:
        return None
    found: dict[str, Any] | None = dict(schema["properties"]) if isinstance(schema.get("properties"), dict) else None
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            more = _properties(data, member, depth + 1)
            if more is not None:
                found = {**(found or {}), **more}
    return found


def _missing(data: Any, schema: Any, pointer: str) -> str | None:
    """The first segment of the JSON ``pointer`` that ``schema`` does not declare, else ``None``."""
    for raw in pointer.split("/")[1:]:
        segment = raw.replace("~1", "/").replace("~0", "~")
        items = _items(data, schema)
        if items is not None and segment.isdigit():
            schema = items
            continue
        properties = _properties(data, schema)
        if properties is None:
            return None
        if segment not in properties:
            return segment
        schema = properties[segment]
    return None


def _list_items(data: Any, op: dict[str, Any]) -> Any:
    """The items schema of the first 2xx answer that is a list, else ``None``."""
    for status, response in sorted((op.get("responses") or {}).items()):
        if str(status).startswith("2"):
            for media in (deref(data, response).get("content") or {}).values():
                items = _items(data, media.get("schema"))
                if items is not None:
                    return items
    return None


def _filters(data: Any, report: _Once, pointer: str, op: dict[str, Any], item: dict[str, Any]) -> None:
    items = _list_items(data, op)
    item_pointer = pointer.rsplit("/", 1)[0]
    for base, params in ((pointer, op.get("parameters")), (item_pointer, item.get("parameters"))):
        for index, raw in enumerate(params or []):
            param, at = follow(data, raw, join_pointer(base, "parameters", index))
            declared = param.get("x-specloom-filter") if isinstance(param, dict) else None
            if not isinstance(declared, dict):
                continue
            key = join_pointer(at, "x-specloom-filter")
            if items is None:
                report(key, f"a filter selects items of a list, but {op.get('operationId')!r} answers no list")
                continue
            name = declared.get("property")
            if isinstance(name, str) and _missing(data, items, "/" + name.replace("~", "~0").replace("/", "~1")) is not None:
                known = ", ".join(sorted(_properties(data, items) or {})) or "none"
                report(join_pointer(key, "property"), f"filter property {name!r} is not a property of the listed items (they have: {known})")


def _item_status(data: Any, report: _Once, pointer: str, op: dict[str, Any]) -> None:
    for status, raw in (op.get("responses") or {}).items():
        response, at = follow(data, raw, join_pointer(pointer, "responses", status))
        declared = response.get("x-specloom-item-status") if isinstance(response, dict) else None
        if not isinstance(declared, dict):
            continue
        key = join_pointer(at, "x-specloom-item-status")
        lists = [_items(data, media.get("schema")) for media in (response.get("content") or {}).values()]
        if not lists or any(items is None for items in lists):
            report(key, "item status is read from each item of a list answer, but this response is not a list")
            continue
        for role in ("status", "message"):
            place = declared.get(role)
            if not isinstance(place, str) or not place.startswith("/"):
                continue
            for items in lists:
                segment = _missing(data, items, place)
                if segment is not None:
                    report(join_pointer(key, role), f"{role} pointer {place!r}: the items declare no property {segment!r}")
                    break


class _Once:
    """``reporter.error``, once per (pointer, message): a parameter or response shared by
    ``$ref`` is met once per operation using it."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.seen: set[tuple[str, str]] = set()

    def __call__(self, pointer: str, message: str) -> None:
        if (pointer, message) not in self.seen:
            self.seen.add((pointer, message))
            self.reporter.error(pointer, message)


def check(data: dict[str, Any], reporter: Reporter) -> None:
    """Report every kit key that names a property the schema does not have."""
    report = _Once(reporter)
    for _, _, pointer, op, item in iter_operations(data):
        _filters(data, report, pointer, op, item)
        _item_status(data, report, pointer, op)
