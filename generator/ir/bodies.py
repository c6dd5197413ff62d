"""OpenAPI -> IR: an operation's request body (``Body``), the half of ``OperationBuilder`` that
reads ``requestBody``.

Input: the resolved document, the operation and its pointer. Output: a ``Body`` node (media type,
type, validator key, envelope, form fields' presence flags, defaults and styles), or a located
error for a body the client cannot send. Why a module of its own: the media types a request body
can have, and the rules of each, read apart from parameters and responses.
"""

from __future__ import annotations

from typing import Any

from specloom.diagnostics import join_pointer
from specloom.ir.kinds import json_kinds
from specloom.ir.nodes import Body, Json
from specloom.ir.samples import is_json_media
from specloom.ir.schema import SchemaTyper
from specloom.resolve import follow, pointer_get, ref_pointer
from specloom.rules import FORM, deref, fixed_value

__all__ = ["JSON_TYPES", "BodyReader", "media_choice", "properties", "required_names"]

JSON_TYPES = ("application/json", "text/json")


def media_choice(content: dict[str, Any]) -> str | None:
    for preferred in (*JSON_TYPES, FORM):
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
        if not is_json_media(media) and media != FORM:  # it would go as JSON labelled otherwise
            hint = "" if self.lenient else " (--lenient leaves the operation out)"
            self.typer.reporter.error(join_pointer(body_ptr, "content", media), f"a request body of media type {media!r} is beyond the client, which sends JSON and {FORM} bodies only{hint}")
        entry, entry_ptr = follow(self.data, content[media], join_pointer(body_ptr, "content", media))
        schema_ptr = join_pointer(entry_ptr, "schema")
        envelope = str(entry.get("x-specloom-envelope", ""))
        schema = entry.get("schema", {})
        if media == FORM:
            self._form_of_objects(schema, schema_ptr)
        if envelope:
            schema = (deref(self.data, schema).get("properties") or {}).get(envelope, {})
            schema_ptr = join_pointer(schema_ptr, "properties", envelope)
        props = properties(self.data, schema_ptr)
        flags = tuple(sorted(name for name, (sub, _) in props.items() if isinstance(sub, dict) and deref(self.data, sub).get("x-specloom-presence-flag")))
        defaults = {name: deref(self.data, sub)["x-specloom-client-default"] for name, (sub, _) in sorted(props.items()) if isinstance(sub, dict) and "x-specloom-client-default" in deref(self.data, sub)}
        required = required_names(self.data, schema_ptr)
        for name, (sub, _) in sorted(props.items()):  # a required constant is always sent, never asked for
            fixed, value = fixed_value(self.data, sub)
            if fixed and name in required:
                defaults[name] = value
        styles = []
        encoding = entry.get("encoding") if media == FORM and not envelope else None
        for name, field in sorted((encoding or {}).items()):
            if isinstance(field, dict):
                stated = self._style(field, join_pointer(entry_ptr, "encoding", name), "form")
                if stated:
                    styles.append((str(name), str(stated["style"]), bool(stated["explode"])))
        return Body(
            media_type=media, type=self.typer.type_of(schema, schema_ptr, hint + "Body"),
            required=bool(body.get("required")), envelope=envelope, form=media == FORM,
            validator_key=self._validator(f"{op_id}.request", join_pointer(entry_ptr, "schema")),
            presence_flags=flags, client_defaults=Json.of(defaults) if defaults else None,
            schema_pointer=schema_ptr, styles=tuple(styles),
        )

    def _form_of_objects(self, schema: Any, pointer: str) -> None:
        """A located error (at its ``type`` when it states one) when a form body's schema holds
        values other than objects (or ``null``: no body), or no object: a form is field names to
        values, the runtime sends nothing else."""
        kinds = json_kinds(self.data, schema, pointer)
        if kinds is None or ("object" in kinds and kinds <= {"object", "null"}):
            return
        node, where = follow(self.data, schema, pointer)
        at = join_pointer(where, "type") if isinstance(node, dict) and "type" in node else where
        held = ", ".join(sorted(kinds)) or "no value"
        self.typer.reporter.error(at, f"a form body is field names to values: its schema holds {held}, not objects alone, which cannot be sent as a form")


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
