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
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from specloom_runtime.wire.dates import NAMED_DATE_FORMATS
from specloom_runtime.wire.unset import UNSET

__all__ = [
    "Codec", "PLAIN", "DateCodec", "ListCodec", "DictCodec", "ModelCodec", "UnionCodec",
    "DecodeStrings", "WireField", "WireModel", "WireFormatError", "name_clash",
]


class WireFormatError(ValueError):
    """A wire value that does not fit its declared type; names the JSON pointer."""

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer = pointer
        self.reason = message
        super().__init__(f"{pointer or '/'}: {message}")

    def _under(self, prefix: str) -> None:
        """Move the error below ``prefix`` (a pointer such as ``"/friends/0"``).

        Decoders raise with the pointer relative to the value they were given, and each container
        prefixes its step as the error passes through it, so no pointer text is built for the
        values that decode fine (almost all of them).
        """
        self.pointer = prefix + self.pointer
        self.args = (f"{self.pointer or '/'}: {self.reason}",)


def name_clash(first: str, second: str, wire: str) -> WireFormatError:
    """Two member names that are sent under one wire name (after ``x-specloom-normalize-keys``)."""
    return WireFormatError(
        "/" + wire.replace("~", "~0").replace("/", "~1"),
        f"{first!r} and {second!r} would both be sent as {wire!r}; keep one of them",
    )


class Codec:
    """Plain JSON values pass through unchanged.

    ``decode(value, pointer)`` is the entry point; subclasses implement ``_decode(value)``,
    which raises ``WireFormatError`` with a pointer relative to ``value`` (see
    ``WireFormatError._under``).
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # a codec written against the older interface (overriding ``decode`` only) still nests
        if "decode" in cls.__dict__ and "_decode" not in cls.__dict__:
            cls._decode = lambda self, value: self.decode(value, "")  # type: ignore[method-assign]

    def encode(self, value: Any) -> Any:
        return value

    def decode(self, value: Any, pointer: str) -> Any:
        """``value`` read from the wire; a ``WireFormatError`` names its place below ``pointer``."""
        if not pointer:
            return self._decode(value)
        try:
            return self._decode(value)
        except WireFormatError as exc:
            exc._under(pointer)
            raise

    def _decode(self, value: Any) -> Any:
        return value


PLAIN = Codec()


def _decoder(codec: Codec) -> Any:
    """The codec's ``_decode``, or ``None`` for a codec that passes values through unchanged."""
    return None if type(codec) is Codec else codec._decode


@dataclass(frozen=True, slots=True)
class DateCodec(Codec):
    """``date``/``date-time`` (ISO 8601) or a named format of ``specloom_runtime.wire.dates``."""

    format: str

    def encode(self, value: Any) -> Any:
        if self.format == "date":
            return value.isoformat() if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime) else value
        if self.format == "date-time":
            return value.isoformat() if isinstance(value, _dt.datetime) else value
        return NAMED_DATE_FORMATS[self.format].format(value) if isinstance(value, _dt.date) else value

    def _decode(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise WireFormatError("", f"expected a {self.format} string, got {type(value).__name__}")
        try:
            if self.format == "date-time":
                return _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
            if self.format == "date":
                return _dt.date.fromisoformat(value)
            return NAMED_DATE_FORMATS[self.format].parse(value)
        except ValueError:
            raise WireFormatError("", f"{value!r} is not in the {self.format} format") from None


@dataclass(frozen=True, slots=True)
class ListCodec(Codec):
    item: Codec

    def encode(self, value: Any) -> Any:
        if not isinstance(value, (list, tuple)):  # another member's value, in a union
            return value
        return [self.item.encode(v) for v in value]

    def _decode(self, value: Any) -> Any:
        if not isinstance(value, list):
            raise WireFormatError("", f"expected an array, got {type(value).__name__}")
        decode = _decoder(self.item)
        if decode is None:
            return list(value)
        out: list[Any] = []
        try:
            for item in value:
                out.append(decode(item))
        except WireFormatError as exc:
            exc._under(f"/{len(out)}")  # the item that failed is the next one
            raise
        return out


@dataclass(frozen=True, slots=True)
class DictCodec(Codec):
    item: Codec

    def encode(self, value: Any) -> Any:
        if not isinstance(value, Mapping):  # another member's value, in a union
            return value
        return {k: self.item.encode(v) for k, v in value.items()}

    def _decode(self, value: Any) -> Any:
        if not isinstance(value, dict):
            raise WireFormatError("", f"expected an object, got {type(value).__name__}")
        decode = _decoder(self.item)
        if decode is None:
            return dict(value)
        return _decode_members(value.items(), decode)


def _decode_members(items: Any, decode: Any) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    key: Any = None
    try:
        for key, item in items:
            out[key] = decode(item)
    except WireFormatError as exc:
        exc._under(f"/{_escape(key)}")
        raise
    return out


@dataclass(frozen=True, slots=True)
class ModelCodec(Codec):
    model: type[WireModel]

    def encode(self, value: Any) -> Any:
        return value.to_dict() if isinstance(value, WireModel) else value

    def _decode(self, value: Any) -> Any:
        return self.model._from_wire(value)


@dataclass(frozen=True, slots=True)
class UnionCodec(Codec):
    """Tries each member in turn; ``None`` passes when the union is nullable."""

    members: tuple[Codec, ...]
    _order: tuple[Codec, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # PLAIN accepts anything, so it is tried last: an object must become the union's model,
        # not stay a dict because a plain ``str`` member came first.
        object.__setattr__(self, "_order", tuple(sorted(self.members, key=lambda m: m is PLAIN)))

    def encode(self, value: Any) -> Any:
        if value is None:  # the union's None (a nullable list or object): no member encodes it
            return None
        for member in self.members:
            if member is not PLAIN:
                encoded = member.encode(value)
                if encoded is not value:
                    return encoded
        return value

    def _decode(self, value: Any) -> Any:
        if value is None:
            return None
        last: WireFormatError | None = None
        for member in self._order:
            try:
                return member._decode(value)
            except WireFormatError as exc:
                last = exc
        raise last or WireFormatError("", "no member of the union accepts the value")


@dataclass(frozen=True, slots=True)
class DecodeStrings(Codec):
    """Wire strings standing for other JSON values (``"false"`` for false, ``"null"`` for null)."""

    mapping: Mapping[str, Any]
    inner: Codec

    def encode(self, value: Any) -> Any:
        return self.inner.encode(value)

    def _decode(self, value: Any) -> Any:
        if isinstance(value, str) and value in self.mapping:
            value = self.mapping[value]
        if value is None or type(self.inner) is Codec:  # None, or a plain inner codec
            return value
        return self.inner._decode(value)


@dataclass(frozen=True, slots=True)
class WireField:
    wire: str
    attr: str
    codec: Codec
    required: bool


class _ReadPlan:
    """How ``from_dict`` reads one model, worked out once from its ``_wire_fields``."""

    __slots__ = (
        "fields", "steps", "known", "extra", "names", "strings", "decoders", "required", "bulk",
    )  # fmt: skip

    def __init__(self, fields: tuple[WireField, ...], extra: Codec) -> None:
        self.fields = fields  # the tuple this plan was made from (to notice a new one)
        self.steps: tuple[tuple[str, str, Any, bool], ...] = tuple(
            (f.wire, f.attr, _decoder(f.codec), f.required) for f in fields
        )  # (wire, attr, decoder or None, required)
        self.known = frozenset(f.wire for f in fields)
        self.extra: Any = _decoder(extra)  # None when unknown members pass unchanged
        # For the bulk read (see ``WireModel._from_wire``): each wire name's attribute, the fields
        # that need decoding (by attribute) and the required names. The attribute names are the
        # generated module's (interned) strings: keyword arguments named by them are matched by
        # identity, where the equal strings parsed from JSON would be compared one by one.
        self.names = {f.wire: f.attr for f in fields}
        # wire strings over a plain codec (``"true"`` for true) are looked up in place
        self.strings = tuple(
            (f.attr, f.codec.mapping)
            for f in fields
            if type(f.codec) is DecodeStrings and type(f.codec.inner) is Codec
        )
        simple = {attr for attr, _ in self.strings}
        self.decoders = tuple(
            (attr, decode)
            for _, attr, decode, _ in self.steps
            if decode is not None and attr not in simple
        )
        self.required = frozenset(f.wire for f in fields if f.required)
        attrs = {f.attr for f in fields}
        self.bulk = len(self.known) == len(attrs) == len(fields) and "extra" not in attrs


class WireModel:
    """Base of generated dataclasses. Subclasses are ``@dataclass(slots=True, kw_only=True)``."""

    __slots__ = ()
    _wire_fields: ClassVar[tuple[WireField, ...]] = ()
    _extra_codec: ClassVar[Codec] = PLAIN
    _normalize_keys: ClassVar[Mapping[str, str]] = {}
    _read_plan: ClassVar[_ReadPlan | None] = None
    extra: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The wire form: wire names, declared date formats, absent (UNSET) fields left out."""
        out: dict[str, Any] = {}
        for f in self._wire_fields:
            value = getattr(self, f.attr)
            if value is not UNSET:
                out[f.wire] = f.codec.encode(value)
        origins: dict[str, str] = {}
        for key, value in self.extra.items():
            given = key
            for old, new in self._normalize_keys.items():
                key = key.replace(old, new)
            if key in out:  # two names that become one: refused rather than a value lost
                raise name_clash(origins.get(key, key), given, key)
            origins[key] = given
            out[key] = self._extra_codec.encode(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read the wire form; unknown keys go to ``extra``. ``WireFormatError`` names the pointer."""
        return cls._from_wire(data)

    @classmethod
    def _plan(cls) -> _ReadPlan:
        plan = cls._read_plan
        # generated modules assign ``_wire_fields`` after the classes exist, so the plan is made
        # on first use; a subclass (or a test) with other fields gets a plan of its own
        if plan is None or plan.fields is not cls._wire_fields:
            plan = cls._read_plan = _ReadPlan(cls._wire_fields, cls._extra_codec)
        return plan

    @classmethod
    def _from_wire(cls, data: Any) -> Self:
        """``from_dict`` with pointers relative to ``data`` (see ``WireFormatError._under``)."""
        if type(data) is not dict and not isinstance(data, Mapping):
            raise WireFormatError("", f"expected an object, got {type(data).__name__}")
        plan = cls._read_plan
        if plan is None or plan.fields is not cls._wire_fields:
            plan = cls._plan()
        if plan.bulk and data.keys() >= plan.required:
            try:
                return cls._read_bulk(data, plan)
            except WireFormatError:
                pass  # the field-by-field read finds the problem it always found first
        return cls._read_fields(data, plan)

    @classmethod
    def _read_bulk(cls, data: Mapping[Any, Any], plan: _ReadPlan) -> Self:
        """Well-formed data read with C-level dict operations, decoding only the fields whose
        codec does something: most members of a typical answer pass unchanged."""
        names = plan.names
        extra: dict[Any, Any] = {}
        if data.keys() <= plan.known:  # no unknown members, the usual case
            kwargs = dict(zip(map(names.__getitem__, data), data.values(), strict=True))
        else:
            known = plan.known
            kwargs = {names[k]: v for k, v in data.items() if k in known}
            extra = {k: v for k, v in data.items() if k not in known}
            if plan.extra is not None:
                extra = {k: plan.extra(v) for k, v in extra.items()}
        for attr, mapping in plan.strings:
            item = kwargs.get(attr)
            if isinstance(item, str) and item in mapping:
                kwargs[attr] = mapping[item]
        for attr, decode in plan.decoders:
            if attr in kwargs:
                kwargs[attr] = decode(kwargs[attr])
        kwargs["extra"] = extra
        return cls(**kwargs)

    @classmethod
    def _read_fields(cls, data: Mapping[Any, Any], plan: _ReadPlan) -> Self:
        kwargs: dict[str, Any] = {}
        for wire, attr, decode, required in plan.steps:
            if wire in data:
                if decode is None:
                    kwargs[attr] = data[wire]
                    continue
                try:
                    kwargs[attr] = decode(data[wire])
                except WireFormatError as exc:
                    exc._under(f"/{_escape(wire)}")
                    raise
            elif required:
                raise WireFormatError("", f"required property {wire!r} is missing")
        known = plan.known
        unknown = [(k, v) for k, v in data.items() if k not in known]
        extra = plan.extra
        kwargs["extra"] = dict(unknown) if extra is None else _decode_members(unknown, extra)
        return cls(**kwargs)


def _escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")
