"""Normalise stage: OpenAPI 3.0 idioms (and 3.0 habits left in 3.1 files) -> OpenAPI 3.1.

Input: loaded spec data. Output: a 3.1 document with the same meaning, plus one located warning per
rewrite. Why: real documents are often 3.0, or 3.1 files that still use 3.0 keywords; where the
meaning is clear specloom rewrites and warns instead of refusing. Rewrites: ``nullable`` -> a type
array (or ``anyOf`` with null), schema ``example`` -> ``examples``, boolean
``exclusiveMinimum``/``exclusiveMaximum`` -> numeric ones, ``openapi: 3.0.x`` -> ``3.1.0``.
"""

from __future__ import annotations

import copy
from typing import Any

from specloom.diagnostics import Reporter, join_pointer
from specloom.walk import walk


class Notes:
    """Collapses repeated rewrites into one warning each: '<message> (and N more like it)'."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.seen: dict[str, list[str]] = {}

    def note(self, pointer: str, message: str) -> None:
        self.seen.setdefault(message, []).append(pointer)

    def flush(self) -> None:
        for message, pointers in self.seen.items():
            more = f" (and {len(pointers) - 1} more like it)" if len(pointers) > 1 else ""
            # located at the first occurrence in the file, whatever order the walk found them in
            first = self.reporter.first_in_file(pointers)
            self.reporter.warning(first, message + more)


def _nullable(schema: dict[str, Any], pointer: str, reporter: Notes) -> None:
    flag = schema.pop("nullable")
    if flag is not True:
        return
    reporter.note(join_pointer(pointer, "nullable"), "OpenAPI 3.0 'nullable' rewritten as a type including \"null\"")
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"].append(None)
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    else:
        inner = {k: schema.pop(k) for k in list(schema) if not k.startswith("x-") and k not in ("title", "description")}
        schema["anyOf"] = [inner, {"type": "null"}]


def _exclusive(schema: dict[str, Any], key: str, bound: str, pointer: str, reporter: Notes) -> None:
    flag = schema[key]
    if not isinstance(flag, bool):
        return
    reporter.note(join_pointer(pointer, key), f"OpenAPI 3.0 boolean '{key}' rewritten as a number")
    if flag and bound in schema:
        schema[key] = schema.pop(bound)
    else:
        del schema[key]


def normalize(data: Any, reporter: Reporter, *, lenient: bool = False, in_place: bool = False) -> Any:
    """Return a 3.1 copy of ``data``; never mutates the input. ``lenient``: repair first (see
    ``specloom.lenient``). ``in_place``: ``data`` is the caller's own, changed and returned
    instead of a copy (a large document's copy is a noticeable part of lint)."""
    notes = Notes(reporter)
    if not in_place:
        data = copy.deepcopy(data)
    if lenient:
        from specloom import lenient as repairs

        repairs.before(data, reporter, notes)
    data = _normalize(data, reporter, notes)
    notes.flush()
    return data


def _normalize(data: Any, reporter: Reporter, notes: Notes) -> Any:
    if not isinstance(data, dict):
        return data
    version = str(data.get("openapi", ""))
    if version.startswith("3.0"):
        reporter.warning("/openapi", f"OpenAPI {version} document accepted through normalisation to 3.1.0")
        data["openapi"] = "3.1.0"
    for role, pointer, node in list(walk(data)):
        if role != "schema":
            continue
        if "nullable" in node:
            _nullable(node, pointer, notes)
        if "example" in node and "examples" not in node:
            node["examples"] = [node.pop("example")]
            notes.note(join_pointer(pointer, "example"), "schema 'example' rewritten as 'examples'")
        for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if key in node:
                _exclusive(node, key, bound, pointer, notes)
    return data
