"""The testing kit's player: a read request -> the answer the spec documents, with state.

Input: a ``_Call`` the reader filled and the fake's collections. Output: the ``Sample`` answered
(``create`` stores, ``get``/``update``/``delete`` act on the stored item, ``list`` pages,
``record`` keeps the payload) and the ``httpx.Response`` carrying it in wire form (decoded values
written back as the vendor's strings). A mixin of ``FakeServer``, split from ``testing.py``.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar

import httpx
from specloom_runtime.call.operation import DecodePlan, OperationSpec
from specloom_runtime.testing.records import (
    Behaviour,
    Resource,
    Sample,
    _Call,
    _is_json,
    _same,
    _shown,
)
from specloom_runtime.testing.shaping import (
    choose_format,
    count_body,
    drop_unasked,
    matches,
    render,
    stamp,
)
from specloom_runtime.wire.decode import apply_decode_plan
from specloom_runtime.wire.jsontypes import JsonValue

__all__ = ["OperationPlayer"]

def _encode(value: object, path: tuple[str | None, ...], mapping: Mapping[str, object]) -> object:
    """The inverse of a decode plan entry: a decoded value back to its wire string."""
    if not path:
        return next((wire for wire, logical in mapping.items() if _same(logical, value)), value)
    step, rest = path[0], path[1:]
    if step is None:
        return [_encode(v, rest, mapping) for v in value] if isinstance(value, list) else value
    if isinstance(value, dict) and step in value:
        return {**value, step: _encode(value[step], rest, mapping)}
    return value


def _item_plan(plan: DecodePlan, listed: bool) -> DecodePlan:
    if not listed:
        return plan
    return tuple((path[1:], mapping) for path, mapping in plan if path and path[0] is None)


class _Collection:
    """The items of one resource, by id, in insertion order."""

    def __init__(
        self, resource: Resource, plan: DecodePlan, clock: Callable[[], _dt.datetime]
    ) -> None:
        self.resource = resource
        self.plan = plan
        self.clock = clock
        self.items: dict[JsonValue, dict[str, JsonValue]] = {}
        self.written: dict[JsonValue, _dt.datetime] = {}
        """When each item was last written (naive UTC): what ``writtenFrom`` filters compare."""
        self.counter = 0
        """The largest integer id the collection has held: new ids count on from it, never reused."""

    def _now(self) -> _dt.datetime:
        moment = self.clock()
        return moment.astimezone(_dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment

    def touch(self, key: JsonValue, *, created: bool) -> None:
        """Record a write of item ``key``: its stamps (only the update ones unless ``created``)."""
        now = self._now()
        self.written[key] = now
        item = self.items[key]
        for name, fmt in self.resource.stamps.items():
            if created and name not in item or not created and "updat" in name.lower():
                item[name] = stamp(fmt, now)

    def key(self, value: JsonValue) -> JsonValue:
        if self.resource.id_kind == "int" and isinstance(value, str) and value.isdigit():
            return int(value)
        return str(value) if self.resource.id_kind == "str" and value is not None else value

    def store(self, fields: Mapping[str, object]) -> dict[str, JsonValue]:
        item = copy.deepcopy(dict(self.resource.server_fields))
        item.update(copy.deepcopy(dict(fields)))  # type: ignore[arg-type]
        item = apply_decode_plan(item, self.plan)  # type: ignore[assignment]
        ident = item.get(self.resource.id_field)
        if ident is None:
            while ident is None or ident in self.items:
                self.counter += 1
                ident = self._new_id(self.counter)
        item[self.resource.id_field] = ident = self.key(ident)
        if isinstance(ident, int) and ident > self.counter:  # kept as items arrive: no scan per new id
            self.counter = ident
        self.items[ident] = item
        self.touch(ident, created=True)
        return item

    def _new_id(self, number: int) -> JsonValue:
        if self.resource.id_kind == "int":
            return number
        template = self.resource.id_template
        run = re.search(r"[0-9A-Fa-f]+\Z", template)  # \Z: "$" also matches before a final newline
        if run is None:
            return str(number)
        return template[: run.start()] + str(number).rjust(len(run.group(0)), "0")



class OperationPlayer:
    """Playing operations against the stored collections (``FakeServer`` sets the attributes)."""

    behaviours: ClassVar[tuple[Behaviour, ...]]
    _specs: dict[str, OperationSpec[Any]]
    _collections: dict[str, _Collection]
    _payloads: dict[str, list[JsonValue]]

    def _perform(self, call: _Call) -> Sample:
        play, spec = call.behaviour, call.spec
        if play.role == "record" or play.resource not in self._collections:
            self._payloads.setdefault(play.operation, []).append(call.seen().payload)
            return play.success
        collection = self._collections[play.resource]
        id_field = collection.resource.id_field
        body = call.body
        if spec.body is not None and spec.body.envelope and isinstance(body, dict):
            body = body.get(spec.body.envelope)
        if play.role == "list":
            return self._page(call, collection)
        if play.role == "create":
            fields = (
                {k: v for k, v in (body or {}).items() if not (k == id_field and v is None)}
                if isinstance(body, dict)
                else {}
            )
            item = collection.store(fields)
            return self._written(call, play, [item])
        if play.role == "bulk_update":
            entries = body if isinstance(body, list) else []
            keys = [collection.key(e.get(id_field)) for e in entries if isinstance(e, dict)]
            if any(k not in collection.items for k in keys):
                return self._documented(play, (404,), 404)
            for key, entry in zip(keys, entries, strict=True):
                collection.items[key].update(apply_decode_plan({k: v for k, v in entry.items() if k != id_field}, collection.plan))  # type: ignore[union-attr, call-overload]
                collection.touch(key, created=False)
            return self._written(call, play, [collection.items[k] for k in keys])
        key = collection.key(call.params.get(play.id_param))
        if key not in collection.items:
            return self._documented(play, (404,), 404)
        item = collection.items[key]
        if play.role == "update" and isinstance(body, dict):
            item.update(apply_decode_plan({k: v for k, v in body.items() if k != id_field}, collection.plan))  # type: ignore[call-overload]
            collection.touch(key, created=False)
        elif play.role == "delete":
            del collection.items[key]
            collection.written.pop(key, None)
        return self._written(call, play, [item])

    def _written(self, call: _Call, play: Behaviour, items: list[dict[str, JsonValue]]) -> Sample:
        self._payloads.setdefault(play.operation, []).append(call.seen().payload)
        success = play.success
        if play.answer == "item":
            body: JsonValue = copy.deepcopy(items[0])
            return replace(
                success,
                media_type=success.media_type or "application/json",
                body=[body] if call.spec.single_item else body,
            )
        if play.answer != "ack" or not play.ack_id_pointer:
            return success
        key = play.ack_id_pointer[1:].replace("~1", "/").replace("~0", "~")
        id_field = self._collections[play.resource].resource.id_field
        ident = [item[id_field] for item in items]
        template = success.body
        entries: list[JsonValue] = []
        for value in ident:
            entry = copy.deepcopy(
                template[0] if isinstance(template, list) and template else template
            )
            if isinstance(entry, dict):
                entry[key] = str(value) if isinstance(entry.get(key), str) else value
            entries.append(entry)
        return replace(success, body=entries if isinstance(template, list) else entries[0])

    def _page(self, call: _Call, collection: _Collection) -> Sample:
        spec, play = call.spec, call.behaviour
        items = [
            item
            for key, item in collection.items.items()
            if matches(item, collection.written[key], play.filters, call.params)
        ]
        if play.count and call.params.get(play.count["param"]) not in (None, 0, False, "", "0"):
            return replace(
                play.success,
                media_type=play.success.media_type or "application/json",
                body=count_body(play.count["pointer"], len(items)),
            )
        paging = spec.pagination
        chunk = items
        if paging is not None:
            position = call.params.get(paging.page_attr)
            position = position if isinstance(position, int) else paging.first
            limit = call.params.get(paging.limit_attr) if paging.limit_attr else None
            size = limit if isinstance(limit, int) and limit > 0 else paging.size
            start = (position - paging.first) * size if paging.style == "page" else position
            chunk = items[start : start + size] if start >= 0 else []
        if not chunk and spec.empty_result is not None:
            statuses = spec.empty_result.get("status")
            messages = spec.empty_result.get("messages")
            if isinstance(statuses, list) and statuses and isinstance(statuses[0], int):
                return self._documented(play, (statuses[0],), statuses[0])
            if isinstance(messages, list) and messages:
                return Sample(400, "text/plain", str(messages[0]))
        return replace(play.success, media_type=play.success.media_type or "application/json", body=copy.deepcopy(chunk))  # type: ignore[arg-type]

    def _refusal(self, call: _Call, statuses: Sequence[int], fallback: int) -> Sample:
        """How the vendor refuses a call: its documented error status, else (an API that reports
        failures inside a 2xx body) the body failure in the success's media type, else
        ``fallback`` with a plain-text body."""
        play = call.behaviour
        if any(f.status in statuses for f in play.failures) or not play.body_failures:
            sample = self._documented(play, statuses, fallback)
            if sample.status == fallback and fallback == 400 and sample.media_type == "text/plain" and call.problems:
                # no documented answer: say what breaks the spec, as the Python kit's error does
                return Sample(fallback, "text/plain", f"{sample.body}: the request breaks the spec: {_shown(call.problems)}")
            return sample
        same = [f for f in play.body_failures if f.media_type == play.success.media_type]
        return (same or list(play.body_failures))[0]

    def _documented(self, play: Behaviour, statuses: Sequence[int], fallback: int) -> Sample:
        for status in statuses:
            for sample in play.failures:
                if sample.status == status:
                    return sample
        return Sample(fallback, "text/plain", f"{fallback} (specloom testing kit)")

    def _respond(
        self,
        call: _Call,
        sample: Sample,
        headers: Mapping[str, str] | None = None,
        *,
        scripted: bool = False,
        verbatim: bool = False,
    ) -> httpx.Response:
        """``sample`` as an httpx answer: wire strings written back, in the format the request
        asked for (unless ``verbatim``), members the request did not ask for left out (unless
        ``scripted``: a body the test wrote is answered as written)."""
        out = dict(headers or {})
        content = b""
        if sample.media_type and not (sample.body is None and not _is_json(sample.media_type)):
            body: object = sample.body
            media = sample.media_type
            documented = call.spec.response_for(sample.status)
            form = documented.form_for(sample.media_type) if documented else None
            if _is_json(sample.media_type):
                for path, mapping in form.plan if form is not None else ():
                    body = _encode(body, path, mapping)
                sent = {**call.params, **(call.body if isinstance(call.body, dict) else {})}
                if 200 <= sample.status < 300 and not scripted:
                    body = drop_unasked(body, call.behaviour.only_with, sent)  # type: ignore[arg-type]
                chosen = (media, "", False) if verbatim else choose_format(call.behaviour, sent, media)
                if documented is not None and chosen[0] not in (media, "application/javascript"):
                    chosen = chosen if documented.form_for(chosen[0]) else (media, "", chosen[2])
                media = chosen[0]
                content = render(call.behaviour, body, chosen, pretty=bool(call.behaviour.formats))  # type: ignore[arg-type]
            else:
                content = str(body).encode("utf-8")
            out.setdefault("Content-Type", media)
        return httpx.Response(sample.status, headers=out, content=content)

    def _plan_of(self, resource: Resource) -> DecodePlan:
        """How stored items are decoded: the plan of an answer that carries one item (or a page)."""
        for play in self.behaviours:
            if play.resource != resource.name or play.answer not in ("item", "page"):
                continue
            documented = self._specs[play.operation].response_for(play.success.status)
            form = documented.form_for(play.success.media_type) if documented else None
            if form is not None and form.plan:
                return _item_plan(
                    form.plan, play.answer == "page" or self._specs[play.operation].single_item
                )
        return ()
