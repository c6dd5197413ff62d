"""The suites' check of values sent in a stated style: the pairs of a query or form, the value
the test gave and the style the spec file states -> an assertion.

Input: the pairs the client sent, a parameter's (or form field's) name, the value given and the
``style``/``explode`` the spec file states (read from the file, with OpenAPI's defaults). Output:
an assertion. Why written again here: the client writes with ``specloom_runtime.wire.styles``;
this module states what OpenAPI's table expects on its own (a JSON value read back where a list
or object travels as JSON), from the spec file rather than the ``ParamSpec``, so a template
that dropped a style, or a slip in the table, shows as a difference. ``sendable_in`` says which
values a header or cookie can carry at all (the suites draw only those for them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Mapping
from typing import Any
from urllib.parse import quote

__all__ = ["stated_style", "check_styled", "path_text", "path_segment", "sendable_in", "carried", "form_body", "ignored"]

# Header parameters OpenAPI says SHALL be ignored: the client sets these headers itself
_RESERVED_HEADERS = frozenset({"accept", "content-type", "authorization"})


def ignored(location: Any, name: str) -> bool:
    """Whether OpenAPI says a parameter declared at ``location`` under ``name`` is ignored."""
    return location == "header" and name.lower() in _RESERVED_HEADERS

_DEFAULT = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}
_SPLIT = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def stated_style(declared: Mapping[str, Any], where: str) -> tuple[str, bool] | None:
    """The (style, explode) a parameter or ``encoding`` entry states; None when it states neither."""
    if "style" not in declared and "explode" not in declared:
        return None
    style = str(declared.get("style", _DEFAULT.get(where, "form")))
    return style, bool(declared.get("explode", style in ("form", "deepObject")))


def _text(value: object) -> object:
    """What a server reads back for ``value``: text, or for a list or object its JSON value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return json.dumps(value)
    if isinstance(value, (list, tuple, Mapping)):
        return _plain(value)
    return str(value)


def _plain(value: object) -> object:
    """``value`` with every key a string, as JSON reads it back."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _read(text: str, container: bool) -> object:
    return json.loads(text) if container else text


def _joined(value: object) -> str:
    text = _text(value)
    return text if isinstance(text, str) else json.dumps(text, separators=(",", ":"))


def path_text(value: object, stated: tuple[str, bool] | None) -> str:
    """A path parameter's text before percent-encoding: a scalar's, or a list's or object's in
    the simple style (RFC 6570 ``{x}``, ``{x*}``: items joined by commas, an object's members as
    ``k,v`` pairs or, exploded, ``k=v``), nulls left out, a list or object inside as compact
    JSON; with no style stated (the runtime's own writing) an object whole as compact JSON.
    (label and matrix write their own punctuation: ``path_segment``.)"""
    if isinstance(value, Mapping):
        if stated is None:
            return _joined(value)
        members = [(str(k), _joined(v)) for k, v in value.items() if v is not None]
        return ",".join(f"{k}={v}" for k, v in members) if stated[1] else ",".join(t for kv in members for t in kv)
    if isinstance(value, (list, tuple)):
        return ",".join(_joined(v) for v in value if v is not None)
    return _joined(value)


def path_segment(name: str, value: object, stated: tuple[str, bool] | None) -> str:
    """A path parameter's segment as sent, percent-encoded: ``path_text``'s for the simple style
    (a segment of dots encoded, as URL normalisation would drop it), or OpenAPI's style table for
    ``label`` (``.blue``, ``.blue,black``, exploded ``.blue.black``, ``.R=100.G=200``) and
    ``matrix`` (``;color=blue``, ``;color=blue,black``, exploded ``;color=blue;color=black``,
    ``;R=100;G=200``), each name and value encoded and the punctuation as it is; an empty value
    (``""``, no item, no member) is ``.`` or ``;color``. They were compared as simple text, so any
    label or matrix parameter failed its suite. A segment of dots only (``.``, ``..``) is sent
    encoded: as it is, URL normalization would remove it with the segment before it."""
    style, explode = stated or ("simple", False)
    if style in ("label", "matrix"):
        segment = _styled_segment(name, value, style, explode)
    else:
        segment = quote(path_text(value, stated), safe="")
    return segment.replace(".", "%2E") if not segment.strip(".") else segment


def _styled_segment(name: str, value: object, style: str, explode: bool) -> str:
    key = quote(name, safe="")
    # (name, text) per item, encoded: an object's members are named by their keys
    if isinstance(value, Mapping):
        named = [(quote(str(k), safe=""), quote(_joined(v), safe="")) for k, v in value.items() if v is not None]
        items = [f"{k}={v}" for k, v in named] if explode else [t for kv in named for t in kv]
    else:
        listed = value if isinstance(value, (list, tuple)) else [value]
        named = [(key, quote(_joined(v), safe="")) for v in listed if v is not None]
        items = [v for _, v in named]
    if not any(items):
        return "." if style == "label" else f";{key}"
    if style == "label":
        return "." + ("." if explode else ",").join(items)
    if explode:  # RFC 6570 ``{;x*}``: an empty value is its name alone
        return "".join(f";{k}={v}" if v else f";{k}" for k, v in named)
    return f";{key}={','.join(items)}"


def _deep_pairs(prefix: str, value: object, out: list[tuple[str, str]]) -> None:
    """The pairs deepObject style sends: a bracketed key per member (a list's by index), nulls
    left out, an empty list or object sending nothing, as a missing one does."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if item is not None:
                _deep_pairs(f"{prefix}[{key}]", item, out)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            if item is not None:
                _deep_pairs(f"{prefix}[{index}]", item, out)
    else:
        out.append((prefix, _joined(value)))


def check_styled(name: str, sent: list[tuple[str, str]], field: str, value: object, style: str, explode: bool) -> None:
    """``value`` travelled as ``field`` in ``style`` among the pairs ``sent``."""
    items = [v for v in value if v is not None] if isinstance(value, (list, tuple)) else []
    if style == "deepObject" and isinstance(value, (list, tuple, Mapping)):
        want: list[tuple[str, str]] = []
        _deep_pairs(field, value, want)
        got = [(key, text) for key, text in sent if key.startswith(field + "[")]
        assert got == want, f"{name}: {field} in deepObject style sent as {got!r}, not {want!r}"
        return
    mine = [text for key, text in sent if key == field]
    if isinstance(value, Mapping):
        members = {str(k): v for k, v in value.items() if v is not None}
        if explode:
            for key, item in members.items():
                container = isinstance(item, (list, tuple, Mapping))  # sent as JSON text
                assert _text(item) in [_read(t, container) for k, t in sent if k == key], (
                    f"{name}: property {key} of {field} not sent as its own field"
                )
            return
        # keys and values may hold the delimiter themselves: compared as written, not split
        delimiter = _SPLIT[style]
        joined = delimiter.join(f"{key}{delimiter}{_joined(item)}" for key, item in members.items())
        assert mine == ([joined] if members else []), f"{name}: {field} sent as {mine!r}"
        return
    if isinstance(value, (list, tuple)):
        if explode:
            assert len(mine) == len(items), f"{name}: {field} sent {len(mine)} times for {len(items)} items"
            read = [_read(t, isinstance(i, (list, tuple, Mapping))) for t, i in zip(mine, items, strict=True)]
            assert read == [_text(i) for i in items], f"{name}: {field} sent as {mine!r}"
        else:
            assert mine == ([_SPLIT[style].join(_joined(i) for i in items)] if items else []), f"{name}: {field} sent as {mine!r}"
        return
    assert mine == [_text(value)], f"{name}: {field} sent as {mine!r}, not {value!r}"


def sendable_in(location: str) -> Callable[[object], bool]:
    """Whether a value's text can travel in a header (RFC 9110: printable ASCII, space, tab), a
    cookie (no ";" either) or a path (not empty); a test draws such values through it, the client
    refuses others."""
    if location == "path":  # an empty path segment would name another resource
        return lambda value: value not in ("", [], {}, ())
    allowed = re.compile(r"[\t -~]*" if location == "header" else r"[ -:<-~]*")

    def sendable(value: object) -> bool:
        if isinstance(value, str):
            return allowed.fullmatch(value) is not None
        if isinstance(value, Mapping):
            return all(sendable(k) and sendable(v) for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return all(sendable(v) for v in value)
        return True

    return sendable


def carried(location: str, required: bool) -> Callable[[object], bool]:
    """Whether a drawn argument reaches the wire as the spec asks: ``sendable_in`` its location,
    and, when the parameter is required (every path one is), not a value written as nothing --
    ``None`` (the client reads it as not given and refuses the call), a list or object of nothing
    but ``null`` items (RFC 6570 leaves those out, so no parameter is sent), in a path an empty
    text (the client refuses an empty segment)."""
    text = sendable_in(location) if location in ("header", "cookie") else None  # a path's: _nothing

    def ok(value: object) -> bool:
        if (required or location == "path") and _nothing(value, location == "path"):
            return False
        return text is None or text(value)

    return ok


def _nothing(value: object, path: bool) -> bool:
    """Written as nothing; in a path an empty text too (elsewhere ``q=`` carries it)."""
    if value is None or (path and value == ""):
        return True
    if isinstance(value, (list, tuple)):
        return all(item is None or (path and item == "") for item in value)
    if isinstance(value, Mapping):
        return all(item is None for item in value.values())
    return False


def form_body(required: bool, multipart: bool = False, styled: Collection[str] = ()) -> Callable[[object], bool]:
    """Whether a drawn body can travel as a form: field names to values (or, when the body is
    optional, ``None``: no body); the client refuses the rest, located, and in ``multipart`` a
    part name with a control character or a quote (escaped on the way, no server undoes it). A
    part is named by its field, or, for a field written in a style (``styled``: the body's
    ``styles``), by the names inside its value too; any other object travels as one JSON part,
    whatever its keys (refusing those made an object field of free-form JSON all but undrawable:
    the explorer's seed 5040)."""
    if multipart:
        return lambda value: (isinstance(value, Mapping) and _part_names(value, styled)) or (value is None and not required)
    return lambda value: isinstance(value, Mapping) or (value is None and not required)


_PART_NAME = re.compile(r'[^\x00-\x1f\x7f"]*').fullmatch


def _part_names(value: Mapping[object, object], styled: Collection[str]) -> bool:
    """Every field name of ``value`` can name a part unchanged, and so can every name inside
    the fields of ``styled`` (a styled object's keys, and its objects' keys, become part names)."""
    return all(_PART_NAME(str(k)) and (k not in styled or not isinstance(v, Mapping) or _names_inside(v)) for k, v in value.items())


def _names_inside(value: Mapping[object, object]) -> bool:
    return all(_PART_NAME(str(k)) and (not isinstance(v, Mapping) or _names_inside(v)) for k, v in value.items())
