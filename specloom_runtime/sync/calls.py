"""The sync's bridge to a generated package: records -> client calls, answers -> vendor ids.

Input: the package's ``AsyncClient`` instance, its ``SYNC`` (``SyncSpec``) and ``OPERATIONS``,
and the ``--param`` values. Output: per record, which operation writes it (upsert, create,
update or bulk update) with which keyword arguments; a check of those arguments with the
package's compiled validators (exactly what the client would refuse, before anything is sent);
the vendor id read from an answer; and lookups of vendor ids by key. Why: the engine stays
generic; all it knows about an API is what ``SYNC`` declares.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from specloom_runtime.call.operation import OperationSpec
from specloom_runtime.call.request import collect
from specloom_runtime.errors import RequestValidationError
from specloom_runtime.sync.spec import SyncOp, SyncSpec
from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.models import WireModel
from specloom_runtime.wire.pointer import resolve_pointer
from specloom_runtime.wire.unset import UNSET

__all__ = ["Target", "plain"]

_MISSING = object()


def plain(value: object) -> object:
    """A typed answer (models, lists of models) as plain JSON-like data."""
    if isinstance(value, WireModel):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _at(value: object, pointer: str) -> object:
    if not pointer:
        return value
    found = resolve_pointer(value, pointer, _MISSING)
    return found


def _field_at(answer: object, pointer: str) -> object:
    """The text or number ``pointer`` names in a typed answer, read from the models' fields (what
    ``to_dict`` would write for it: the leaf field's codec applied to that one value), or
    ``_MISSING``: the answer is not converted whole to its wire form for one id per record."""
    if not pointer.startswith("/") or "~" in pointer:
        return _MISSING
    tokens = pointer[1:].split("/")
    current = answer
    for n, token in enumerate(tokens):
        if isinstance(current, (list, tuple)):  # plain() of a list is the list of plain() items
            if not token.isdigit() or token[0] == "0" and token != "0" or int(token) >= len(current):
                return _MISSING
            current = current[int(token)]
            if n == len(tokens) - 1:
                return current if type(current) in (str, int) else _MISSING
            continue
        if not isinstance(current, WireModel):
            return _MISSING
        for f in current._wire_fields:
            if f.wire == token:
                value = getattr(current, f.attr)
                if value is UNSET:
                    return _MISSING
                if n == len(tokens) - 1:
                    encoded = f.codec.encode(value)
                    return encoded if type(encoded) in (str, int) else _MISSING
                current = value  # a nested model: to_dict writes its own to_dict here
                break
        else:
            return _MISSING  # not a declared field (perhaps an extra one): read the wire form
    return _MISSING


class Target:
    """One API as the sync sees it."""

    def __init__(self, client: Any, spec: SyncSpec, operations: Iterable[OperationSpec[Any]], params: Mapping[str, str]) -> None:
        self.client = client
        self.spec = spec
        self._ops = {op.name: op for op in operations}
        self._params = dict(params)
        self.lookup_requests = 0  # lookup requests made (a scan counts its first page)
        self._op_params: dict[int, tuple[SyncOp, dict[str, object]]] = {}
        self._exists = {op.operation: re.compile(op.exists) for op in (spec.upsert, spec.create) if op is not None and op.exists}
        known = {p.wire for op in self._ops.values() for p in op.params} | {p.attr for op in self._ops.values() for p in op.params}
        unknown = sorted(set(params) - known)
        if unknown:
            raise ValueError(f"--param {', '.join(unknown)}: not a parameter of any operation; known: {', '.join(sorted(known))}")

    def key_of(self, record: Mapping[str, JsonValue]) -> str | None:
        """The record's key as text (``None``: the record has none)."""
        value = _at(record, self.spec.key)
        if value is _MISSING or value is None or value == "":
            return None
        return value if isinstance(value, str) else repr(value)

    def write_op(self, vendor_id: str) -> SyncOp:
        """The operation for a record whose vendor id is ``vendor_id`` ("" unknown)."""
        spec = self.spec
        if vendor_id:
            for op in (spec.bulk_update, spec.update):
                if op is not None:
                    return op
        op = spec.upsert or spec.create
        assert op is not None  # the vocabulary requires one of them
        return op

    def _params_of(self, op: SyncOp) -> dict[str, object]:
        """``op``'s ``--param`` arguments (a fresh dict: callers add to it). Worked out once per
        operation, as they are the same for every record."""
        known = self._op_params.get(id(op))
        if known is None or known[0] is not op:
            spec = self._ops[op.operation]
            out: dict[str, object] = {}
            for p in spec.params:
                for name in (p.wire, p.attr):
                    if name in self._params and p.attr != op.argument:
                        out[p.attr] = self._params[name]
            known = self._op_params[id(op)] = (op, out)
        return dict(known[1])

    def _id(self, op: SyncOp, vendor_id: str) -> object:
        return int(vendor_id) if op.id_kind == "int" and vendor_id.lstrip("-").isdigit() else vendor_id

    def item(self, op: SyncOp, record: Mapping[str, JsonValue], vendor_id: str) -> dict[str, object]:
        """The record as ``op`` sends it: spec ``fields`` first, a bulk item's id added."""
        item: dict[str, object] = {**op.fields, **record}
        if op.batch:
            item[op.id_argument] = self._id(op, vendor_id)
        return item

    def arguments(self, op: SyncOp, items: list[dict[str, object]], vendor_id: str = "") -> dict[str, object]:
        """The keyword arguments of ``op``'s client method for these items (one unless a batch)."""
        args = self._params_of(op)
        args[op.argument] = items if op.batch else items[0]
        if op.id_argument and not op.batch:
            args[op.id_argument] = self._id(op, vendor_id)
        return args

    def problems(self, op: SyncOp, arguments: Mapping[str, object]) -> list[tuple[str, str]]:
        """``(pointer, message)`` for everything the client would refuse (nothing sent)."""
        spec = self._ops[op.operation]
        body = arguments.get("body") if spec.body is not None else None
        try:
            collect(spec, {k: v for k, v in arguments.items() if k != "body"}, body, True)
        except RequestValidationError as exc:
            return list(exc.errors)
        return []

    async def send(self, op: SyncOp, arguments: Mapping[str, object]) -> object:
        """Call ``op`` (the generated client's method) and return its typed answer; its errors
        propagate."""
        method = getattr(self.client, op.method)
        return await method(**arguments)

    def vendor_id(self, op: SyncOp, answer: object) -> str:
        """The vendor id in ``answer`` (typed or plain) at ``op.id_pointer`` ("" none)."""
        if not op.id_pointer:
            return ""
        found = _field_at(answer, op.id_pointer)
        if found is _MISSING:  # not a declared text or number field along the pointer: read the wire form
            found = _at(plain(answer), op.id_pointer)
        return "" if found is _MISSING or found is None else str(found)

    def exists(self, op: SyncOp, messages: Iterable[str]) -> bool:
        """An error message says the record is already there (``exists`` of the write op)."""
        pattern = self._exists.get(op.operation)
        return pattern is not None and any(pattern.search(m) for m in messages)

    async def lookup(self, keys: set[str], before: Callable[[], Awaitable[None]]) -> dict[str, str]:
        """Vendor ids of those ``keys`` the API has: one filtered lookup per key, or one scan of
        every page. ``before`` is awaited before each filtered request (pacing). Keys compare
        without case, as vendors store addresses as given but match them as equal."""
        op = self.spec.lookup
        if op is None or not keys:
            return {}
        wanted = {k.casefold(): k for k in keys}
        found: dict[str, str] = {}
        iterate = getattr(self.client, "iter_" + op.method, None)
        if op.argument:
            for key in sorted(keys):
                await before()
                self.lookup_requests += 1
                args = {**self._params_of(op), op.argument: key}
                listed = [i async for i in iterate(**args)] if iterate is not None else await getattr(self.client, op.method)(**args)
                self._match(op, listed, {key.casefold(): key}, found)
            return found
        await before()
        self.lookup_requests += 1
        args = self._params_of(op)
        if iterate is not None:
            async for item in iterate(**args):
                self._match(op, [item], wanted, found)
        else:
            self._match(op, await getattr(self.client, op.method)(**args), wanted, found)
        return found

    def _match(self, op: SyncOp, listed: Iterable[object], wanted: Mapping[str, str], found: dict[str, str]) -> None:
        for item in listed:
            data = plain(item)
            key = _at(data, op.key_pointer)
            if isinstance(key, str) and key.casefold() in wanted:
                found[wanted[key.casefold()]] = str(_at(data, op.id_pointer))
