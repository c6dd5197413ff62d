"""OpenAPI -> IR: an operation's request body (``Body``), the half of ``OperationBuilder`` that
reads ``requestBody``.

Input: the resolved document, the operation and its pointer. Output: a ``Body`` node (media type,
how it is written: JSON, urlencoded form, multipart, text or bytes; type, validator key,
envelope, form fields' presence flags, defaults, styles, files and parts' media types), or a
located error for a body the client cannot send (a form whose schema holds no object, a text
body whose schema holds no string). Why a module of its own: the media types a request body can
have, and the rules of each, read apart from parameters and responses.
"""

from __future__ import annotations

import re
from typing import Any

from specloom_runtime.wire.media import is_binary, kind_of, media_type

from specloom.diagnostics import join_pointer, show
from specloom.ir.kinds import json_kinds
from specloom.ir.nodes import Body, Json, TypeRef
from specloom.ir.schema import SchemaTyper
from specloom.resolve import follow, pointer_get, ref_pointer
from specloom.rules import FORM, deref, fixed_value

__all__ = ["BodyReader", "body_kind", "media_choice", "sent_media_type", "properties", "required_names"]

_JSON_TYPES = ("application/json", "text/json")
# a media type with parameters, printable ASCII only (RFC 9110 8.3.1)
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*;[\x20-\x7e]*)?").fullmatch


def media_choice(content: dict[str, Any]) -> str | None:
    for preferred in (*_JSON_TYPES, FORM):
        if preferred in content:
            return preferred
    return next(iter(content), None)


class BodyReader:
    """``OperationBuilder``'s reading of request bodies (a mixin: it uses the builder's document,
    typer, validator registry and style reading)."""

    data: Any
    typer: SchemaTyper
    lenient: bool

    def _validator(self, key: str, pointer: str) -> str:
        raise NotImplementedError

    def _style(self, node: dict[str, Any], where: str, location: str) -> dict[str, Any]:
        raise NotImplementedError

    def _body(self, op: dict[str, Any], pointer: str, op_id: str, hint: str) -> Body | None:
        body, body_ptr = follow(self.data, op.get("requestBody"), join_pointer(pointer, "requestBody"))
        content = (body or {}).get("content") or {}
        media = media_choice(content)
        if media is None:
            return None
        kind = body_kind(media)
        entry, entry_ptr = follow(self.data, content[media], join_pointer(body_ptr, "content", media))
        schema_ptr = join_pointer(entry_ptr, "schema")
        envelope = str(entry.get("x-specloom-envelope", "")) if kind in ("json", "form") else ""
        if "x-specloom-envelope" in entry and kind not in ("json", "form"):
            self.typer.reporter.warning(join_pointer(entry_ptr, "x-specloom-envelope"), f"an envelope wraps a JSON or form body; a {kind} body is sent as given, so it is ignored")
        schema = entry.get("schema", {})
        if kind in ("form", "multipart", "text"):
            self._holds_what_is_sent(schema, schema_ptr, kind)
        if envelope:
            schema = (deref(self.data, schema).get("properties") or {}).get(envelope, {})
            schema_ptr = join_pointer(schema_ptr, "properties", envelope)
        has_schema = "schema" in entry  # optional in OpenAPI: no schema, no check
        props = properties(self.data, schema_ptr) if has_schema and kind != "bytes" else {}
        flags = tuple(sorted(name for name, (sub, _) in props.items() if isinstance(sub, dict) and deref(self.data, sub).get("x-specloom-presence-flag")))
        defaults = {name: deref(self.data, sub)["x-specloom-client-default"] for name, (sub, _) in sorted(props.items()) if isinstance(sub, dict) and "x-specloom-client-default" in deref(self.data, sub)}
        required = required_names(self.data, schema_ptr) if props else set()
        for name, (sub, _) in sorted(props.items()):  # a required constant is always sent, never asked for
            fixed, value = fixed_value(self.data, sub)
            if fixed and name in required:
                defaults[name] = value
        styles, part_types = [], []
        encoding = entry.get("encoding") if kind in ("form", "multipart") and not envelope else None
        for name, field in sorted((encoding or {}).items()):
            if isinstance(field, dict):
                stated = self._style(field, join_pointer(entry_ptr, "encoding", name), "form")
                if stated:
                    styles.append((str(name), str(stated["style"]), bool(stated["explode"])))
                if kind == "multipart" and "contentType" in field:
                    part_types.extend(self._part_type(field["contentType"], join_pointer(entry_ptr, "encoding", name, "contentType"), str(name)))
        if kind == "bytes":
            type_, key = TypeRef(kind="bytes"), ""  # bytes as they are: no schema checks them
        else:
            type_ = TypeRef(kind="str") if kind == "text" else self.typer.type_of(schema, schema_ptr, hint + "Body")
            key = self._validator(f"{op_id}.request", join_pointer(entry_ptr, "schema")) if has_schema else ""
        return Body(
            media_type=sent_media_type(media, kind), type=type_,
            required=bool(body.get("required")), envelope=envelope, kind=kind, validator_key=key,
            presence_flags=flags, client_defaults=Json.of(defaults) if defaults else None,
            schema_pointer=schema_ptr, styles=tuple(styles),
            files=tuple(sorted(name for name, (sub, _) in props.items() if kind == "multipart" and _is_file(self.data, sub))),
            part_types=tuple(part_types),
        )

    def _part_type(self, stated: Any, where: str, name: str) -> list[tuple[str, str]]:
        """A multipart field's media type from its ``encoding`` (the first of a list), or none and
        a located warning for one that is no media type (it is a part's header: a line break in
        it would write another header)."""
        first = stated.split(",")[0].strip() if isinstance(stated, str) else ""
        if _MEDIA_TYPE(first) and "*" not in first:
            return [(name, first)]
        self.typer.reporter.warning(where, f"contentType {show(stated)} names no single media type; the part goes as the client's default")
        return []

    def _holds_what_is_sent(self, schema: Any, pointer: str, kind: str) -> None:
        """A located error (at its ``type`` when it states one) when the schema of a form or
        multipart body holds values other than objects (or ``null``: no body), or no object (a
        form is field names to values, the runtime sends nothing else), or when a text body's
        holds no string (the caller's ``str`` is what is sent)."""
        kinds = json_kinds(self.data, schema, pointer)
        if kinds is None:
            return
        held = ", ".join(sorted(kinds)) or "no value"
        if kind == "text":
            if "string" not in kinds:
                self.typer.reporter.error(_at_type(self.data, schema, pointer), f"a text body is a string: its schema holds {held}, no string")
        elif "object" not in kinds or not kinds <= {"object", "null"}:
            self.typer.reporter.error(_at_type(self.data, schema, pointer), f"a {kind} body is field names to values: its schema holds {held}, not objects alone, which cannot be sent as a {'form' if kind == 'form' else 'set of parts'}")


def _at_type(data: Any, schema: Any, pointer: str) -> str:
    node, where = follow(data, schema, pointer)
    return join_pointer(where, "type") if isinstance(node, dict) and "type" in node else where


def body_kind(media: str) -> str:
    """How a request body of ``media`` is written (``Body.kind``): JSON, a urlencoded form,
    multipart form data, bytes as the caller gives them (what the runtime reads as bytes in an
    answer: ``wire.media.is_binary``), or text (the rest: ``text/*``, XML ...)."""
    base = media_type(media)[0]
    if base == FORM:
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    if kind_of(base) == "json":
        return "json"
    return "bytes" if is_binary(base) else "text"


def sent_media_type(media: str, kind: str) -> str:
    """The ``Content-Type`` sent: the spec's media type, but a range (``*/*``, ``image/*``,
    ``text/*``), which no request can be labelled with, as its most general member."""
    if "*" not in media:
        return media
    return "text/plain" if kind == "text" else "application/octet-stream"


def _is_file(data: Any, schema: Any) -> bool:
    """A multipart field sent as a file: a binary string (OpenAPI 3.0's ``format: binary``,
    3.1's ``contentMediaType`` without ``contentEncoding``), or a list of them."""
    node = deref(data, schema)
    if not isinstance(node, dict):
        return False
    if node.get("format") == "binary" or ("contentMediaType" in node and "contentEncoding" not in node):
        return True
    items = node.get("items")
    return node.get("type") == "array" and isinstance(items, dict) and _is_file(data, items)


def properties(data: Any, pointer: str) -> dict[str, tuple[Any, str]]:
    """Named properties of the object schema at ``pointer``, through ``$ref`` and ``allOf``."""
    found: dict[str, tuple[Any, str]] = {}
    seen: set[str] = set()

    def visit(where: str) -> None:
        if where in seen:
            return
        seen.add(where)
        node = pointer_get(data, where)
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            visit(ref_pointer(node["$ref"]))
            return
        if not isinstance(node, dict):
            return
        for i, _member in enumerate(node.get("allOf") or []):
            visit(join_pointer(where, "allOf", i))
        for name, sub in (node.get("properties") or {}).items():
            found.setdefault(name, (deref(data, sub), join_pointer(where, "properties", name)))

    visit(pointer)
    return found


def required_names(data: Any, pointer: str) -> set[str]:
    """Required property names of the object schema at ``pointer``, through ``$ref`` and ``allOf``."""
    node = deref(data, pointer_get(data, pointer))
    if not isinstance(node, dict):
        return set()
    found = set(node.get("required") or [])
    for member in node.get("allOf") or []:
        member = deref(data, member)
        if isinstance(member, dict):
            found |= set(member.get("required") or [])
    return found
