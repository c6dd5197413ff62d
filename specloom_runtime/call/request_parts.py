"""Where a request's wire values go, as text: query pairs, header and cookie values, path
segments and form fields.

Input: one parameter's (or form field's) wire value and how the spec sends it (location,
style, explode). Output: the texts ``request.build`` assembles into the ``httpx.Request``;
``RequestValidationError`` for a value no header, cookie or path segment can carry unchanged.
Why a module of its own: these are the rules that keep a value from becoming another request
(header injection, ``..`` path segments, empty segments naming another resource), read and
tested apart from the assembly of the request.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote

from specloom_runtime.call.operation import ParamSpec
from specloom_runtime.errors import RequestValidationError
from specloom_runtime.wire import styles
from specloom_runtime.wire.validation import short_repr

__all__ = ["place_styled", "sendable", "path_segment", "scalars", "form_fields"]


def place_styled(
    spec_name: str,
    param: ParamSpec,
    value: object,
    query: list[tuple[str, str]],
    header_pairs: list[tuple[str, str]],
    cookies: list[str],
    path_values: dict[str, str],
) -> None:
    """A parameter with an OpenAPI ``style`` (``wire.styles``' table) added to the request's
    query pairs, headers, cookies or path values, as its location says."""
    if param.location == "query":
        query.extend(styles.pairs(param.wire, value, param.style, param.explode))
    elif param.location == "header":
        text = styles.segment(param.wire, value, "simple", param.explode)
        header_pairs.append((param.wire, sendable(spec_name, "header", param.wire, text)))
    elif param.location == "cookie":
        for key, text in styles.pairs(param.wire, value, "form", param.explode):
            cookies.append(f"{key}={sendable(spec_name, 'cookie', param.wire, text)}")
    elif param.style == "simple":
        text = styles.segment(param.wire, value, "simple", param.explode)
        path_values[param.wire] = path_segment(spec_name, param.wire, text)
    else:  # label and matrix write their own punctuation, the rest percent-encoded
        path_values[param.wire] = _not_dots(styles.segment(param.wire, value, param.style, param.explode))


# What a header value (RFC 9110 5.5: visible ASCII, space and tab; obs-text is opaque bytes a
# server reads in its own charset) and a cookie value (no ";", which would start another cookie)
# carry as they are
_HEADER_TEXT = re.compile(r"[\t\x20-\x7e]*").fullmatch
_COOKIE_TEXT = re.compile(r"[\x20-\x3a\x3c-\x7e]*").fullmatch


def sendable(operation: str, location: str, name: str, text: str) -> str:
    """``text`` when a header (or cookie) can carry it unchanged; else the call is refused before
    anything is sent (a line break would end the header and start another: header injection)."""
    if (_HEADER_TEXT if location == "header" else _COOKIE_TEXT)(text):
        return text
    what = "printable ASCII, space or tab" if location == "header" else "printable ASCII without ';'"
    problem = f"a {location} value must be {what}: {short_repr(text)} cannot be sent as it is"
    raise RequestValidationError(operation, [(f"/{location}/{name}", problem)])


def path_segment(operation: str, name: str, text: str) -> str:
    """``text`` as one path segment, percent-encoded; an empty one is refused."""
    if not text:  # /items/{id} with id "" is /items/: another resource, maybe a collection
        problem = "a path parameter cannot be empty: the request would name another resource"
        raise RequestValidationError(operation, [(f"/path/{name}", problem)])
    # "/" is encoded by quote; a value of dots only stays one segment of the path (``_not_dots``)
    return _not_dots(quote(text, safe=""))


def _not_dots(segment: str) -> str:
    """``segment``, its dots encoded when it is nothing else: ``.`` or ``..`` is a dot segment,
    which URL normalization (httpx's, a server's) removes with the segment before it (RFC 3986
    5.2.4), so the request would name another resource (a label parameter's ``.`` for an empty
    value, ``..`` for ``"."``: explorer seed 5072)."""
    return segment.replace(".", "%2E") if not segment.strip(".") else segment


def scalars(value: object) -> list[str]:
    """The texts of a parameter without a style: one per item of a list, else one."""
    if type(value) is str:
        return [value]
    if isinstance(value, (list, tuple)):
        # an item null is undefined, left out as RFC 6570 (3.2.1) leaves it; an item that is
        # itself a list or an object travels as compact JSON, as an object value does
        return [styles.text_of(v) for v in value if v is not None]
    return [styles.text_of(value)]


_STR_ONLY = frozenset({str})


def form_fields(
    content: object, presence_flags: frozenset[str], field_styles: Mapping[str, tuple[str, bool]]
) -> list[tuple[str, str]]:
    """A form body's ``(name, text)`` fields: ``None`` and a false presence flag left out, a
    styled field as its style writes it, lists one field per item."""
    if not isinstance(content, Mapping):
        raise TypeError("a form body must be a mapping of field names to values")
    if _STR_ONLY >= set(map(type, content.values())) and _STR_ONLY >= set(map(type, content)):
        return list(content.items())  # text fields under text names: each sent as it is
    fields: list[tuple[str, str]] = []
    for key, value in content.items():
        if value is None or (value is False and key in presence_flags):
            continue
        if type(value) is str:  # most form fields: one field, no conversion
            fields.append((str(key), value))
        elif key in field_styles:
            fields.extend(styles.pairs(str(key), value, *field_styles[key]))
        else:
            name = str(key)
            fields.extend((name, text) for text in scalars(value))
    return fields
