"""What the oracle expects of a request body that is neither JSON nor a urlencoded form.

Input: the request the client sent, the body the suite drew, and the operation's request body as
the spec file declares it (its media type, schema and ``encoding``). Output: assertions that the
body travelled as that media type says: multipart form data read back with the standard
library's ``email`` parser (``testing.read.multipart_parts``; not httpx, which wrote it): each field in a part of its own name,
files as their bytes, objects as JSON parts, lists one part per item, nothing else; text as its
UTF-8 bytes; bytes unchanged.

Why apart from ``oracle``: these are the wire rules of uploads, read and tested apart from
parameters and JSON bodies (``oracle`` stays a size a reader can hold).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from specloom_runtime.proptest.styled import check_styled, stated_style
from specloom_runtime.testing.read import multipart_parts

__all__ = ["check_upload", "declared_entry", "is_json", "multipart_fields", "text_body"]


def is_json(media: str) -> bool:
    """A JSON media type (``application/json``, ``text/json``, ``*+json``)."""
    return media in ("application/json", "text/json") or media.endswith("+json")


def declared_entry(deref: Callable[[Any], Any], body: Mapping[str, Any], sent: str) -> dict[str, Any]:
    """The entry of the declared request ``body``'s content for the media type sent (a range,
    such as ``*/*``, for the concrete type the client labels it with), with a ``media`` key."""
    content = body.get("content") or {}
    media = sent if sent in content else next((m for m in content if "*" in m), sent)
    entry = deref(content.get(media) or {})
    return {**(entry if isinstance(entry, dict) else {}), "media": media}


def text_body(required: bool, accepts: Callable[[object], bool] | None = None) -> Callable[[object], bool]:
    """Whether a drawn body can travel as text: a ``str`` (that ``accepts``, the schema's
    validator, takes: the suite also offers plain text, for a schema whose own draws are
    seldom strings) or, when optional, ``None``: no body; the client refuses the rest."""
    return lambda value: (isinstance(value, str) and (accepts is None or accepts(value))) or (value is None and not required)


def multipart_fields(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """The parts of a ``multipart/form-data`` request: (field name, file name, content bytes)."""
    try:
        return [(name, filename, data) for name, filename, _, data in multipart_parts(request)]
    except ValueError as exc:
        raise AssertionError(str(exc)) from None


def check_upload(
    name: str,
    declared: Mapping[str, Any],
    deref: Callable[[Any], Any],
    request: httpx.Request,
    body: object,
    credentials: list[tuple[str, str]],
) -> None:
    """``request`` carries ``body`` as the declared media type says (see module docstring);
    ``credentials``: the form credentials, the first parts of a multipart body."""
    media = str(declared["media"])
    if media.startswith("multipart/"):
        _check_multipart(name, declared, deref, request, body, credentials)
    elif media.startswith("text/") or media.endswith("xml"):
        sent = request.headers.get("Content-Type", "")
        charset = sent.rpartition("charset=")[2].strip().lower() if "charset=" in sent else ""
        assert charset, f"{name}: text sent without its charset"
        assert isinstance(body, str) and request.content == body.encode(charset), f"{name}: text body not sent in {charset}"
    else:
        assert request.content == body, f"{name}: bytes body changed on the way"


def _check_multipart(
    name: str,
    declared: Mapping[str, Any],
    deref: Callable[[Any], Any],
    request: httpx.Request,
    body: object,
    credentials: list[tuple[str, str]],
) -> None:
    parts = multipart_fields(request)
    head = [(field, content.decode("utf-8")) for field, _, content in parts[: len(credentials)]]
    assert head == credentials, f"{name}: form credentials must be the first parts"
    parts = parts[len(credentials):]
    assert isinstance(body, Mapping), f"{name}: a multipart body is a mapping"
    schema = deref(declared.get("schema") or {})
    props = schema.get("properties") or {} if isinstance(schema, dict) else {}
    encoding = declared.get("encoding") or {}
    texts = [(field, content.decode("utf-8", "replace")) for field, filename, content in parts if filename is None]
    for key, value in body.items():
        mine = [(filename, content) for field, filename, content in parts if field == key]
        style = stated_style(encoding.get(key) or {}, "form") if key in encoding else None
        if value is None:
            assert not mine, f"{name}: part {key} sent for None"
        elif _is_file(deref, props.get(key)):
            files = value if isinstance(value, list) else [value]
            want = [item.encode("utf-8") if isinstance(item, str) else item for item in files]
            assert [content for _, content in mine] == want, f"{name}: file {key} not sent as its bytes"
            assert all(filename for filename, _ in mine), f"{name}: file {key} sent without a file name"
        elif style is not None:
            check_styled(name, texts, key, value, *style)
        elif isinstance(value, dict):
            assert len(mine) == 1 and json.loads(mine[0][1]) == value, f"{name}: object {key} is not one JSON part"
        elif isinstance(value, list):
            items = [item for item in value if item is not None]
            assert len(mine) == len(items), f"{name}: {key} sent in {len(mine)} parts for {len(items)} items"
        elif value is False and _flag(deref(props.get(key))):
            assert not mine, f"{name}: false presence flag {key} was sent"
        else:
            want_text = value if isinstance(value, str) else json.dumps(value)
            assert [content for _, content in mine] == [want_text.encode("utf-8")], f"{name}: field {key} is not {value!r}"
    keys = {str(k) for k in body}
    extra = {field for field, _, _ in parts if field not in keys and not any(field.startswith(f"{k}[") for k in keys)}
    if not any(key in encoding for key in keys):  # (an exploded form style sends an object's members)
        assert not extra, f"{name}: parts {sorted(extra)} were not in the body"


def _flag(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get("x-specloom-presence-flag"))


def _is_file(deref: Callable[[Any], Any], schema: Any) -> bool:
    node = deref(schema) if schema is not None else None
    if not isinstance(node, dict):
        return False
    if node.get("format") == "binary" or ("contentMediaType" in node and "contentEncoding" not in node):
        return True
    return node.get("type") == "array" and _is_file(deref, node.get("items"))
