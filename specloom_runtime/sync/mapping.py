"""Input record -> wire record: the ``--map mapping.yaml`` renames, constants and formats.

Input: a mapping file (YAML, read with ``yaml.safe_load``) or none, and one input record. Output:
the record the API's write operation takes, by wire names. Without a mapping, columns ARE wire
names. A target may be a JSON pointer (``/attributes/name``) to nest a value. Formats turn text
cells into typed values: ``boolean`` (true/yes/y/1 vs false/no/n/0), ``integer``, ``number``,
``json``, ``{date: {from: "%Y-%m-%d", to: "%d/%m/%Y"}}`` (strptime/strftime). A value a format
cannot read raises ``MappingProblem`` naming the field, which the sync writes to the rejects file.

Example mapping::

    rename: {E-mail: email, Name: /attributes/name}
    constants: {account_id: shop-1}
    formats: {accepts_marketing: boolean, /attributes/date_of_birth: {date: {from: "%Y-%m-%d", to: "%d/%m/%Y"}}}
    drop: [internal_notes]
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.validation import short_repr

__all__ = ["FieldMapping", "MappingProblem", "load_mapping"]

_TRUE = frozenset({"true", "yes", "y", "1", "on"})
_FALSE = frozenset({"false", "no", "n", "0", "off"})


class MappingProblem(ValueError):
    """A value the mapping cannot convert: ``pointer`` names the field."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer}: {message}")
        self.pointer = pointer
        self.message = message


def _pointer(name: str) -> tuple[str, ...]:
    if not name.startswith("/"):
        return (name,)
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in name[1:].split("/"))


def _as_pointer(path: tuple[str, ...]) -> str:
    return "/" + "/".join(t.replace("~", "~0").replace("/", "~1") for t in path)


@dataclass(frozen=True)
class FieldMapping:
    """Renames (column -> target path), constants (target path -> value), formats, dropped columns."""

    rename: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    constants: Mapping[tuple[str, ...], JsonValue] = field(default_factory=dict)
    formats: Mapping[tuple[str, ...], object] = field(default_factory=dict)
    drop: frozenset[str] = frozenset()

    def apply(self, record: Mapping[str, JsonValue]) -> dict[str, JsonValue]:
        """The wire record of one input record."""
        out: dict[str, JsonValue] = {}
        for column, value in record.items():
            if column in self.drop:
                continue
            _put(out, self.rename.get(column, (column,)), value)
        for path, value in self.constants.items():
            _put(out, path, value)
        for path, fmt in self.formats.items():
            holder: Any = out
            for token in path[:-1]:
                holder = holder.get(token) if isinstance(holder, dict) else None
            if isinstance(holder, dict) and path[-1] in holder:
                holder[path[-1]] = _convert(holder[path[-1]], fmt, _as_pointer(path))
        return out


def _put(out: dict[str, JsonValue], path: tuple[str, ...], value: JsonValue) -> None:
    holder = out
    for token in path[:-1]:
        nested = holder.setdefault(token, {})
        if not isinstance(nested, dict):
            raise MappingProblem(_as_pointer(path), f"{token!r} is both a value and a group of fields")
        holder = nested
    holder[path[-1]] = value


def _convert(value: JsonValue, fmt: object, pointer: str) -> JsonValue:
    if not isinstance(value, str):
        return value  # JSON Lines input is typed already
    text = value.strip()
    if fmt == "boolean":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise MappingProblem(pointer, f"{short_repr(value)} is not a boolean (true/false, yes/no, 1/0)")
    try:
        if fmt == "integer":
            return int(text)
        if fmt == "number":
            return float(text)
        if fmt == "json":
            parsed: JsonValue = json.loads(text)
            return parsed
        if isinstance(fmt, Mapping) and isinstance(fmt.get("date"), Mapping):
            spec = fmt["date"]
            return _dt.datetime.strptime(text, str(spec["from"])).strftime(str(spec["to"]))
    except (ValueError, KeyError, RecursionError) as exc:  # RecursionError: JSON nested too deeply
        raise MappingProblem(pointer, f"{short_repr(value)} cannot be read as {fmt}: {exc or type(exc).__name__}") from None
    raise MappingProblem(pointer, f"unknown format {fmt!r}")


_MAX_MAPPING = 2**20  # characters


def load_mapping(path: str | Path | None) -> FieldMapping:
    """The mapping in the YAML file ``path`` (``None``: columns are wire names).
    ``ValueError`` says what in the file is wrong."""
    if path is None:
        return FieldMapping()
    import yaml

    try:
        with open(path, encoding="utf-8") as f:
            text = f.read(_MAX_MAPPING + 1)  # a few renames: bounded (/dev/zero was read whole)
        if len(text) > _MAX_MAPPING:
            raise ValueError(f"{path}: more than {_MAX_MAPPING} characters: not a mapping file")
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:  # it was an internal error
        mark = getattr(exc, "problem_mark", None)
        raise ValueError(f"{path}:{mark.line + 1 if mark else 1}: not YAML: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(data, dict) or set(data) - {"rename", "constants", "formats", "drop"}:
        raise ValueError(f"{path}: a mapping has only the keys rename, constants, formats, drop")
    for key in ("rename", "constants", "formats"):
        if not isinstance(data.get(key, {}), dict):
            raise ValueError(f"{path}: {key} must be a mapping")
    for name, fmt in (data.get("formats") or {}).items():
        if fmt not in ("boolean", "integer", "number", "json") and not (isinstance(fmt, dict) and isinstance(fmt.get("date"), dict) and {"from", "to"} <= set(fmt["date"])):
            raise ValueError(f"{path}: formats.{name}: use boolean, integer, number, json or {{date: {{from: ..., to: ...}}}}")
    return FieldMapping(
        rename={str(k): _pointer(str(v)) for k, v in (data.get("rename") or {}).items()},
        constants={_pointer(str(k)): v for k, v in (data.get("constants") or {}).items()},
        formats={_pointer(str(k)): v for k, v in (data.get("formats") or {}).items()},
        drop=frozenset(str(c) for c in data.get("drop") or ()),
    )
