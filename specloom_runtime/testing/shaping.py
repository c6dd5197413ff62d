"""The testing kit's answer shaping, free of any transport: which items a list's filters select,
how a count is answered, which members only some requests get, and the bytes of an answer in
the format the request asked for (JSON, compact JSON, JSONP, XML).

Input: decoded request values (parameters and form fields as JSON values), stored items and the
``Behaviour`` facts the generated ``testing.py`` prints. Output: plain values and
``(media type, bytes)``. No httpx here: the same core can answer over any transport.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
from collections.abc import Mapping, Sequence
from xml.etree.ElementTree import Element, tostring

from specloom_runtime.testing.records import Behaviour
from specloom_runtime.wire.dates import NAMED_DATE_FORMATS, format_named, parse_named
from specloom_runtime.wire.jsontypes import JsonValue

__all__ = ["Chosen", "choose_format", "count_body", "drop_unasked", "matches", "render", "stamp"]

Chosen = tuple[str, str, bool]
"""The answer format a request asked for: (media type, JSONP function name or "", compact)."""


def _given(value: object) -> bool:
    return value is not None and value != "" and value != []


def stamp(fmt: str, moment: _dt.datetime) -> str:
    """``moment`` (UTC) written in a date property's wire format."""
    if fmt in NAMED_DATE_FORMATS:
        return format_named(fmt, moment if NAMED_DATE_FORMATS[fmt].kind == "datetime" else moment.date())
    if fmt == "date":
        return moment.date().isoformat()
    aware = moment if moment.tzinfo else moment.replace(tzinfo=_dt.UTC)
    return aware.isoformat(timespec="milliseconds")


def _moment(text: JsonValue, fmt: str) -> _dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = parse_named(fmt, text) if fmt in NAMED_DATE_FORMATS else _dt.datetime.fromisoformat(text)
    except (KeyError, ValueError):
        return None
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    return value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(_dt.UTC).replace(tzinfo=None)


def _same_text(a: object, b: object) -> bool:
    def text(v: object) -> str:
        return json.dumps(v) if isinstance(v, bool) or v is None else str(v)

    return text(a).casefold() == text(b).casefold()


def matches(
    item: Mapping[str, JsonValue],
    written: _dt.datetime,
    filters: Mapping[str, Mapping[str, str]],
    given: Mapping[str, JsonValue],
) -> bool:
    """Whether ``item`` (last written at ``written``, naive UTC) passes every filter the request
    set (an empty value sets none: the vendors' samples send every filter empty)."""
    for name, rule in filters.items():
        value = given.get(name)
        if not _given(value):
            continue
        match = rule.get("match", "equals")
        if match in ("writtenFrom", "writtenUntil"):
            moment = _moment(value, rule.get("format", ""))
            if moment is None:
                continue  # the validator has said what is wrong with it
            if (written < moment) if match == "writtenFrom" else (written > moment):
                return False
        elif not _same_text(item.get(rule.get("property", name)), value):
            return False
    return True


def count_body(pointer: str, count: int) -> JsonValue:
    """``{"total": 3}`` for pointer ``/total``: the count placed at ``pointer``."""
    body: JsonValue = count
    for step in reversed([p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]):
        body = {step: body}
    return body


def drop_unasked(body: JsonValue, only_with: Mapping[str, Sequence[str]], sent: Mapping[str, JsonValue]) -> JsonValue:
    """``body`` without the members the server sends only when the request carried a field it
    did not carry (e.g. a generated number, answered only when one was asked to be generated)."""
    for pointer, fields in only_with.items():
        if any(_given(sent.get(f)) for f in fields):
            continue
        steps = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        body = copy.deepcopy(body)
        node = body
        for step in steps[:-1]:
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(node, dict) and steps:
            node.pop(steps[-1], None)
    return body


def choose_format(play: Behaviour, sent: Mapping[str, JsonValue], media: str) -> Chosen:
    """The format the request asked for by the operation's format field (the server's default
    when it is not sent), JSONP when the callback field is sent; ``media`` when the operation
    declares no formats."""
    fmt = play.formats
    values = fmt.get("values")
    if not isinstance(values, dict):
        return media, "", False
    explicit = sent.get(str(fmt.get("param")))
    asked = explicit if _given(explicit) else fmt.get("default")
    chosen = media
    for name, kind in values.items():
        if isinstance(asked, str) and name.casefold() == asked.casefold() and isinstance(kind, str):
            chosen = kind
    callback = sent.get(str(fmt.get("jsonp"))) if fmt.get("jsonp") else None
    compact = bool(fmt.get("compact")) and _given(sent.get(str(fmt.get("compact"))))
    # JSONP is a JSON answer: a callback overrides the server's XML default, not an explicit XML
    if isinstance(callback, str) and callback and not (_given(explicit) and _is_xml(chosen)):
        return "application/javascript", callback, compact
    return chosen, "", compact


def _is_xml(media: str) -> bool:
    return media.endswith("/xml") or media.endswith("+xml")


def _text(value: JsonValue) -> str:
    return json.dumps(value) if isinstance(value, bool) else "" if value is None else str(value)


def _element(tag: str, value: JsonValue, pointer: str, attributes: frozenset[str]) -> Element:
    element = Element(tag)
    if not isinstance(value, dict):
        element.text = _text(value)
        return element
    for name, member in value.items():
        where = f"{pointer}/{name}"
        if name == "#text":
            element.text = _text(member)
        elif where in attributes and not isinstance(member, (dict, list)):
            element.set(name, _text(member))
        else:
            for one in member if isinstance(member, list) else [member]:
                element.append(_element(name, one, where, attributes))
    return element


def render(play: Behaviour, body: JsonValue, chosen: Chosen, pretty: bool) -> bytes:
    """The bytes of a JSON ``body`` in the ``chosen`` format: XML by the response convention
    (members documented as attributes become attributes), JSONP ``name(<JSON>)``, JSON indented
    when ``pretty`` and not asked to be compact."""
    media, callback, compact = chosen
    if _is_xml(media):
        fmt = play.formats
        listed = fmt.get("xml_attributes")
        attributes = frozenset(a for a in listed if isinstance(a, str)) if isinstance(listed, list) else frozenset()
        root = _element(str(fmt.get("xml_root") or "response"), body, "", attributes)
        return tostring(root, encoding="unicode").encode("utf-8")
    text = json.dumps(body, indent=2 if pretty and not compact else None, separators=(",", ":") if compact else None)
    return (f"{callback}({text})" if callback else text).encode("utf-8")
