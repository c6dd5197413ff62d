"""Wire <-> model conversion for generated dataclasses.

Input: a generated dataclass declares ``_wire_fields`` (wire name, attribute, codec) once, after all
classes of its module exist. Output: ``to_dict()`` writes the wire form (wire names, dates in the
field's declared format, nested models, absent fields left out); ``from_dict()`` reads it back, keeps
unknown keys in ``extra`` instead of failing, and decodes declared wire strings (``"true"`` -> True).
Why a runtime and not per-field generated code: conversion rules are the same for every API; writing
them once keeps generated modules short (black is the slow stage) and the rules testable.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from specloom_runtime.dates import NAMED_DATE_FORMATS
from specloom_runtime.unset import UNSET

__all__ = [
    "Codec", "PLAIN", "DateCodec", "ListCodec", "DictCodec", "ModelCodec", "UnionCodec",
    "DecodeStrings", "WireField", "WireModel", "WireFormatError",
]


class WireFormatError(ValueError):
    """A wire value that does not fit its declared type; names the JSON pointer."""

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer = pointer
        super().__init__(f"{pointer or '/'}: {message}")


class Codec:
    """Plain JSON values pass through unchanged."""

    def encode(self, value: Any) -> Any:
        return value

    def decode(self, value: Any, pointer: str) -> Any:
        return value


PLAIN = Codec()


@dataclass(frozen=True, slots=True)
class DateCodec(Codec):
    """``date``/``date-time`` (ISO 8601) or a named format of ``specloom_runtime.dates``."""

    format: str

    def encode(self, value: Any) -> Any:
        if self.format == "date":
            return value.isoformat() if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime) else value
        if self.format == "date-time":
            return value.isoformat() if isinstance(value, _dt.datetime) else value
        return NAMED_DATE_FORMATS[self.format].format(value) if isinstance(value, _dt.date) else value

    def decode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, str):
            raise WireFormatError(pointer, f"expected a {self.format} string, got {type(value).__name__}")
        try:
            if self.format == "date":
                return _dt.date.fromisoformat(value)
            if self.format == "date-time":
                return _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
            return NAMED_DATE_FORMATS[self.format].parse(value)
        except ValueError:
            raise WireFormatError(pointer, f"{value!r} is not in the {self.format} format") from None


@dataclass(frozen=True, slots=True)
class ListCodec(Codec):
    item: Codec

    def encode(self, value: Any) -> Any:
        return [self.item.encode(v) for v in value]

    def decode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, list):
            raise WireFormatError(pointer, f"expected an array, got {type(value).__name__}")
        return [self.item.decode(v, f"{pointer}/{i}") for i, v in enumerate(value)]


@dataclass(frozen=True, slots=True)
class DictCodec(Codec):
    item: Codec

    def encode(self, value: Any) -> Any:
        return {k: self.item.encode(v) for k, v in value.items()}

    def decode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, dict):
            raise WireFormatError(pointer, f"expected an object, got {type(value).__name__}")
        return {k: self.item.decode(v, f"{pointer}/{_escape(k)}") for k, v in value.items()}


@dataclass(frozen=True, slots=True)
class ModelCodec(Codec):
    model: type[WireModel]

    def encode(self, value: Any) -> Any:
        return value.to_dict() if isinstance(value, WireModel) else value

    def decode(self, value: Any, pointer: str) -> Any:
        return self.model._from_wire(value, pointer)


@dataclass(frozen=True, slots=True)
class UnionCodec(Codec):
    """Tries each member in turn; ``None`` passes when the union is nullable."""

    members: tuple[Codec, ...]

    def encode(self, value: Any) -> Any:
        for member in self.members:
            if member is not PLAIN:
                encoded = member.encode(value)
                if encoded is not value:
                    return encoded
        return value

    def decode(self, value: Any, pointer: str) -> Any:
        if value is None:
            return None
        last: WireFormatError | None = None
        # PLAIN accepts anything, so it is tried last: an object must become the union's model,
        # not stay a dict because a plain ``str`` member came first.
        for member in sorted(self.members, key=lambda m: m is PLAIN):
            try:
                return member.decode(value, pointer)
            except WireFormatError as exc:
                last = exc
        raise last or WireFormatError(pointer, "no member of the union accepts the value")


@dataclass(frozen=True, slots=True)
class DecodeStrings(Codec):
    """Wire strings standing for other JSON values (``"false"`` for false, ``"null"`` for null)."""

    mapping: Mapping[str, Any]
    inner: Codec

    def encode(self, value: Any) -> Any:
        return self.inner.encode(value)

    def decode(self, value: Any, pointer: str) -> Any:
        if isinstance(value, str) and value in self.mapping:
            value = self.mapping[value]
        return None if value is None else self.inner.decode(value, pointer)


@dataclass(frozen=True, slots=True)
class WireField:
    wire: str
    attr: str
    codec: Codec
    required: bool


class WireModel:
    """Base of generated dataclasses. Subclasses are ``@dataclass(slots=True, kw_only=True)``."""

    __slots__ = ()
    _wire_fields: ClassVar[tuple[WireField, ...]] = ()
    _extra_codec: ClassVar[Codec] = PLAIN
    _normalize_keys: ClassVar[Mapping[str, str]] = {}
    extra: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The wire form: wire names, declared date formats, absent (UNSET) fields left out."""
        out: dict[str, Any] = {}
        for f in self._wire_fields:
            value = getattr(self, f.attr)
            if value is not UNSET:
                out[f.wire] = f.codec.encode(value)
        for key, value in self.extra.items():
            for old, new in self._normalize_keys.items():
                key = key.replace(old, new)
            out[key] = self._extra_codec.encode(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read the wire form; unknown keys go to ``extra``. ``WireFormatError`` names the pointer."""
        return cls._from_wire(data, "")

    @classmethod
    def _from_wire(cls, data: Any, pointer: str) -> Self:
        if not isinstance(data, Mapping):
            raise WireFormatError(pointer, f"expected an object, got {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        known = set()
        for f in cls._wire_fields:
            known.add(f.wire)
            if f.wire in data:
                kwargs[f.attr] = f.codec.decode(data[f.wire], f"{pointer}/{_escape(f.wire)}")
            elif f.required:
                raise WireFormatError(pointer, f"required property {f.wire!r} is missing")
        kwargs["extra"] = {
            k: cls._extra_codec.decode(v, f"{pointer}/{_escape(k)}") for k, v in data.items() if k not in known
        }
        return cls(**kwargs)


def _escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")
