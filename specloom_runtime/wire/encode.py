"""Write request values the way they travel: compact JSON, form bodies, query/form scalars.

Input: Python values of generated request models and parameters (already stripped of ``UNSET``
members, with dates already written in their named wire format by the caller). Output: ``str``
or ``bytes`` ready for httpx.

Why one place: a signed body must be serialized exactly once and the same bytes both signed and
sent (``json_body``), and every client must write ``True`` as ``true`` in a query string, not
Python's ``True``. Output is deterministic: key order is the order the caller built, never
sorted behind its back, and floats use Python's shortest round-trip form.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from decimal import Decimal
from urllib.parse import urlencode

from specloom_runtime.wire.unset import Unset

__all__ = [
    "compact_json",
    "json_body",
    "form_encode",
    "query_string",
    "urlencode_pairs",
    "to_wire_scalar",
]


def _refuse(value: object) -> object:
    if isinstance(value, Unset):
        raise TypeError("UNSET reached the serializer: drop unset members before serializing")
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(
        f"{type(value).__name__} is not JSON; convert it first (dates: write them in their "
        "named wire format)"
    )


# json.dumps builds a new encoder on every call that passes options; these are built once and
# encode exactly as json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False,
# sort_keys=..., default=_refuse) would.
_COMPACT = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_refuse
)
_COMPACT_SORTED = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=False, allow_nan=False, sort_keys=True, default=_refuse
)


# for JSON inside a URL or header: non-ASCII escaped (\u00e9), readable whatever charset the
# server decodes the query with
_COMPACT_ASCII = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=True, allow_nan=False, default=_refuse
)


def compact_json(value: object, *, sort_keys: bool = False, ascii_only: bool = False) -> str:
    """JSON text without spaces (``","`` and ``":"``), NaN/Infinity refused; non-ASCII kept, or
    written as ``\\uXXXX`` escapes with ``ascii_only`` (JSON in a query parameter or header).

    Enum members are written as their value; anything else that is not JSON raises ``TypeError``.
    """
    if ascii_only:
        return _COMPACT_ASCII.encode(value) if not sort_keys else json.dumps(
            value, separators=(",", ":"), allow_nan=False, sort_keys=True, default=_refuse
        )
    return (_COMPACT_SORTED if sort_keys else _COMPACT).encode(value)


def json_body(value: object) -> bytes:
    """``compact_json(value)`` as UTF-8 bytes: serialize once, then sign and send these bytes."""
    return compact_json(value).encode("utf-8")


def to_wire_scalar(value: object) -> str:
    """One query/form value as text: ``True`` → ``"true"``, ``3`` → ``"3"``, enums by value.

    ``None``, dates and containers raise ``TypeError``: the caller decides how those travel
    (omitted, a named date format, repeated or comma-joined parameters).
    """
    if type(value) is str:  # the usual case, decided before the enum and subclass checks
        return value
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} cannot be sent as a number")
        return json.dumps(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value!r} cannot be sent as a number")
        return str(value)
    raise TypeError(f"{type(value).__name__} is not a wire scalar; the caller must convert it")


# What ``quote_plus`` leaves as it is (its "always safe" characters): a text made only of them
# is all stripped by ``rstrip`` (one C-level pass, the test ``quote_from_bytes`` itself makes).
# Every byte of the UTF-8 form of any other text becomes itself, "+" (a space) or "%XX".
_UNQUOTED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_PLUS_QUOTED = [
    chr(byte) if chr(byte) in _UNQUOTED else "+" if byte == 0x20 else f"%{byte:02X}"
    for byte in range(256)
]


def _quote_plus(text: str) -> str:
    """``quote_plus(text)``: the same table lookups, made by ``map`` in C rather than by a
    comprehension (a JSON text in a query has hundreds of bytes); the same ``UnicodeEncodeError``
    for a lone surrogate."""
    return "".join(map(_PLUS_QUOTED.__getitem__, text.encode("utf-8")))


def urlencode_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    """``urllib.parse.urlencode(pairs)`` for (name, text) pairs, without most of its calls.

    ``urlencode`` passes every name and value through ``quote_plus``, several Python calls each,
    although most of them need no quoting. Here all the texts joined are tested at once first:
    when none needs quoting (usual in queries) the pairs are joined as they are; otherwise only
    the texts that need it are quoted. Anything but pairs of ``str`` goes to ``urlencode``
    itself.
    """
    safe = _UNQUOTED
    try:
        if not "".join([name + text for name, text in pairs]).rstrip(safe):
            return "&".join([name + "=" + text for name, text in pairs])
        return "&".join(
            [
                (_quote_plus(name) if name.rstrip(safe) else name)
                + "="
                + (_quote_plus(text) if text.rstrip(safe) else text)
                for name, text in pairs
            ]
        )
    except TypeError:  # a value that is not text: urlencode writes it with str()
        return urlencode(pairs)


def query_string(pairs: Sequence[tuple[str, str]]) -> str:
    """The query httpx writes for ``params=pairs`` on a URL without a query of its own.

    httpx groups the values of a repeated name at the name's first place (``QueryParams``), then
    urlencodes; the same is done here, so a URL given this query is the one ``params=`` builds.
    """
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names):
        grouped: dict[str, list[str]] = {}
        for name, text in pairs:
            grouped.setdefault(name, []).append(text)
        pairs = [(name, text) for name, texts in grouped.items() for text in texts]
    return urlencode_pairs(pairs)


def form_encode(fields: Sequence[tuple[str, str]]) -> bytes:
    """An ``application/x-www-form-urlencoded`` body: UTF-8, space as ``+``, order and repeats
    kept (what ``urlencode(fields, encoding="utf-8")`` writes)."""
    return urlencode_pairs(list(fields)).encode("ascii")
