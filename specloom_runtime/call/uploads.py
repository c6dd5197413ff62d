"""Request bodies that are neither JSON nor a urlencoded form: multipart form data, text, bytes.

Input: a ``BodySpec`` whose ``kind`` is ``multipart``, ``text`` or ``bytes`` and the caller's body
(models already in wire form). Output: ``read_files`` (binary files read into bytes, once);
``wrong_type`` (why a body of the wrong Python type cannot be sent: bytes or a binary file for a
``bytes`` body, ``str`` for text, a mapping for multipart, and for a file field bytes, text, a
binary file or ``(filename, content[, media type])``; a part name with a control character or a
quote is refused by ``encode``, which knows a styled field's names); ``schema_view`` (the value
the body's schema checks: a file is checked as the text of its bytes read as Latin-1, one
character per byte, so ``maxLength`` counts bytes); ``encode`` (the bytes sent and their
``Content-Type``).

Why: a schema describes JSON values, so a file (bytes) must be seen as a string to be checked,
and a multipart body has parts, each with its own headers. The parts are written by httpx
(``httpx.Request(files=...)``: its boundary, escaping of names and ``Content-Disposition``);
this module decides what each part is. A field travels as the urlencoded form would write it
(``request_parts.form_fields``: a list one part per item, a styled field as its style, a
``False`` presence flag left out), an object as one JSON part (``application/json``, OpenAPI's
default), a file with its own name (an open file's) or the field's as its file name unless the
caller gives one. A file is read whole, once, before the request is checked (no streaming: the
bytes are signed and sent again on a retry).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence

import httpx
from specloom_runtime.call.operation import BodySpec
from specloom_runtime.call.request_parts import form_fields
from specloom_runtime.errors import RequestValidationError
from specloom_runtime.wire import compact_json
from specloom_runtime.wire.media import media_type
from specloom_runtime.wire.validation import short_repr

__all__ = ["read_files", "wrong_type", "schema_view", "encode"]

_BYTES = (bytes, bytearray, memoryview)
_OCTETS = "application/octet-stream"
# what one file field may hold: bytes (or text) alone, or with a file name and a media type
_FILE_SHAPES = "bytes, text, a binary file or (filename, content[, media type])"
# a part's media type is a header value (httpx writes it as given): printable ASCII only
_MEDIA_TEXT = re.compile(r"[\x20-\x7e]+").fullmatch
# a part's name travels in quotes, where httpx (as browsers do) writes a control character or a
# quote as a %XX escape no server undoes: such a name would arrive as another
_NAME_TEXT = re.compile(r'[^\x00-\x1f\x7f"]*').fullmatch
_NAME_PROBLEM = "a multipart part name cannot carry a control character or '\"': it would arrive changed"


def read_files(shape: BodySpec, body: object) -> object:
    """``body`` with each binary file (an object with ``read()``, such as ``open(path, "rb")``)
    read into bytes, once: a ``bytes`` body, or a multipart body's file fields (a file's name,
    when it has one, becomes the part's file name). Anything else is left for ``wrong_type``."""
    if shape.kind == "bytes":
        return _read(body)
    if shape.kind != "multipart" or not shape.files or not isinstance(body, Mapping):
        return body
    read = dict(body)
    for name in shape.files & read.keys():
        value = read[name]
        read[name] = [_read_file(item) for item in value] if isinstance(value, list) else _read_file(value)
    return read


def _read(item: object) -> object:
    reader = getattr(item, "read", None)
    return reader() if callable(reader) and not isinstance(item, (str, *_BYTES)) else item


def _read_file(item: object) -> object:
    if isinstance(item, tuple) and len(item) in (2, 3):
        return (item[0], _read(item[1]), *item[2:])
    content = _read(item)
    if content is item:
        return item
    name = getattr(item, "name", None)  # open()'s path: its last part, as browsers send it
    return (os.path.basename(name), content) if isinstance(name, str) and os.path.basename(name) else content


def wrong_type(shape: BodySpec, body: object) -> tuple[str, str] | None:
    """``(pointer, problem)`` when ``body`` cannot be sent as ``shape`` says; else None."""
    if shape.kind == "bytes":
        if isinstance(body, _BYTES):
            return None
        return ("/body", f"a body of {shape.media_type} is bytes or a binary file: {short_repr(body)} is not")
    if shape.kind == "text":
        return None if isinstance(body, str) else ("/body", f"a text body is a str: {short_repr(body)} is not")
    if not isinstance(body, Mapping):
        return ("/body", f"a multipart body is field names to values: {short_repr(body)} is not")
    for name in shape.files & body.keys():
        value = body[name]
        for item in value if isinstance(value, list) else [value]:
            if item is not None and _file_content(item) is None:  # None: not sent
                return (f"/body/{name}", f"a file is {_FILE_SHAPES}: {short_repr(item)} is not")
    return None


def _file_content(item: object) -> bytes | None:
    """The bytes of one file as the caller gives it, or None for a shape no file has."""
    if isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[0], str):
        if len(item) == 3 and not (isinstance(item[2], str) and _MEDIA_TEXT(item[2])):
            return None
        item = item[1]
    if isinstance(item, str):
        return item.encode("utf-8")
    return bytes(item) if isinstance(item, _BYTES) else None


def schema_view(shape: BodySpec, body: object) -> object:
    """``body`` as its schema sees it: each file of a multipart body as Latin-1 text."""
    if shape.kind != "multipart" or not shape.files or not isinstance(body, Mapping):
        return body
    view = dict(body)
    for name in shape.files & view.keys():
        value = view[name]
        if isinstance(value, list):
            view[name] = [_file_text(item) for item in value]
        elif value is not None:
            view[name] = _file_text(value)
    return view


def _file_text(item: object) -> object:
    if isinstance(item, str):
        return item
    content = _file_content(item)
    return item if content is None else content.decode("latin-1")


def encode(
    operation: str, shape: BodySpec, content: object, leading: Sequence[tuple[str, str]]
) -> tuple[bytes, str]:
    """The bytes of ``content`` (checked by ``wrong_type``) and their ``Content-Type``; a
    multipart body's ``leading`` fields (the form credentials) come first.
    ``RequestValidationError`` for a part name that would arrive changed (see ``_NAME_TEXT``)."""
    if shape.kind == "bytes":
        assert isinstance(content, _BYTES)
        return bytes(content), shape.media_type
    if shape.kind == "text":
        assert isinstance(content, str)
        charset = media_type(shape.media_type)[1]
        if charset is None:
            return content.encode("utf-8"), shape.media_type + "; charset=utf-8"
        try:  # the charset the spec states is the one the server reads
            return content.encode(charset), shape.media_type
        except (LookupError, UnicodeEncodeError):
            problem = f"the text cannot be written in {charset}, the charset the spec states"
            raise RequestValidationError(operation, [("/body", problem)]) from None
    assert isinstance(content, Mapping)
    parts: list[tuple[str, tuple[str | None, bytes, str | None]]] = [
        (name, (None, text.encode("utf-8"), None)) for name, text in leading
    ]
    for key, value in content.items():
        name = str(key)
        stated = shape.part_types.get(name)
        if value is None:
            continue
        if name in shape.files:
            for item in value if isinstance(value, list) else [value]:
                if item is not None:  # a file left out of a list: not sent
                    parts.append((name, _file_part(name, item, stated)))
        elif isinstance(value, Mapping) and name not in shape.styles:
            json = compact_json(value).encode("utf-8")
            parts.append((name, (None, json, stated or "application/json")))
        else:
            for field, text in form_fields({key: value}, shape.presence_flags, shape.styles):
                parts.append((field, (None, text.encode("utf-8"), stated)))
    for name, _ in parts:
        if _NAME_TEXT(name) is None:  # a styled field's names are known only now
            raise RequestValidationError(operation, [(f"/body/{name}", _NAME_PROBLEM)])
    if not parts:  # no field: what a browser sends for an empty form (httpx would send nothing)
        boundary = os.urandom(16).hex()
        return f"--{boundary}--\r\n".encode("ascii"), f"multipart/form-data; boundary={boundary}"
    # httpx writes the parts (boundary, escaped names, headers); the request is only a writer
    writer = httpx.Request("POST", "http://localhost/", files=parts)
    return writer.read(), writer.headers["Content-Type"]


def _file_part(name: str, item: object, stated: str | None) -> tuple[str, bytes, str]:
    filename, media = name, stated or _OCTETS
    if isinstance(item, tuple):
        filename = item[0]
        if len(item) == 3:
            media = item[2]
    content = _file_content(item)
    assert content is not None  # wrong_type refused any other shape
    return (filename, content, media)
