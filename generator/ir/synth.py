"""A schema of the bundled document -> a minimal instance of it, for the testing kit's samples.

Required properties only, ``minItems`` items, the first of ``const``/``enum``/``examples``,
formats written from one fixed moment (so the same spec gives the same samples); ``Impossible``
when no instance can be made (recursion beyond a depth, ``false``). ``specloom.ir.samples``
offers it as a candidate beside the spec's own examples.
"""

from __future__ import annotations

import copy
import datetime
import re
from typing import Any

from specloom_runtime.wire import NAMED_DATE_FORMATS, translate_pattern

from specloom.rules import deref

__all__ = ["Impossible", "Synthesizer"]

_SAMPLE_MOMENT = datetime.datetime(2024, 1, 31, 12, 0, 0)
_FORMAT_SAMPLES = {
    "email": "user@example.com",
    "date": "2024-01-31",
    "date-time": "2024-01-31T12:00:00Z",
    "time": "12:00:00Z",
    "uri": "https://example.com/",
    "uri-reference": "/example",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "regex": ".*",
}
_STRING_TRIES = ("", "x", "example", "0", "000", "1", "a", "A", "x@example.com")
_MAX_DEPTH = 12


class Impossible(Exception):
    """No instance can be synthesised for this schema (recursion, ``false``, ...)."""


class Synthesizer:
    """A minimal instance of a schema: required properties only, ``minItems`` items, the first of
    ``const``/``enum``/``examples``, formats written from one fixed moment."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def value(self, schema: Any, depth: int = 0) -> Any:
        if depth > _MAX_DEPTH or schema is False:
            raise Impossible
        schema = deref(self.data, schema)
        if not isinstance(schema, dict):
            return None
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return copy.deepcopy(schema["enum"][0])
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return copy.deepcopy(schema["examples"][0])
        kind = self._kind(schema, depth)
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            count = schema.get("minItems", 0)
            items = schema.get("items", {})
            prefix = schema.get("prefixItems") or []
            count = max(count if isinstance(count, int) else 0, len(prefix))
            return [self.value(prefix[i] if i < len(prefix) else items, depth + 1) for i in range(count)]
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return self._number(schema, kind)
        if kind == "boolean":
            return False
        for key in ("anyOf", "oneOf", "allOf"):
            for member in schema.get(key) or []:
                try:
                    return self.value(member, depth + 1)
                except Impossible:
                    continue
        return None

    def _kind(self, schema: dict[str, Any], depth: int) -> str:
        kinds = schema.get("type")
        if isinstance(kinds, str):
            return kinds
        if isinstance(kinds, list) and kinds:
            return next((k for k in kinds if k != "null"), "null")
        if "properties" in schema or "required" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        for member in schema.get("allOf") or []:
            target = deref(self.data, member)
            if isinstance(target, dict) and depth < _MAX_DEPTH:
                found = self._kind(target, depth + 1)
                if found:
                    return found
        return ""

    def _shape(self, schema: Any, depth: int) -> tuple[dict[str, Any], list[str]]:
        """Properties and required names through ``allOf`` (and the first ``anyOf``/``oneOf``)."""
        schema = deref(self.data, schema)
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return {}, []
        props = dict(schema.get("properties") or {})
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        members = list(schema.get("allOf") or [])
        for key in ("anyOf", "oneOf"):
            if schema.get(key):
                members.append(schema[key][0])
        for member in members:
            sub_props, sub_required = self._shape(member, depth + 1)
            for name, sub in sub_props.items():
                props.setdefault(name, sub)
            required.extend(r for r in sub_required if r not in required)
        return props, required

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        props, required = self._shape(schema, depth)
        return {name: self.value(props.get(name, {}), depth + 1) for name in required}

    def _string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in NAMED_DATE_FORMATS:
            return NAMED_DATE_FORMATS[fmt].format(_SAMPLE_MOMENT)
        if isinstance(fmt, str) and fmt in _FORMAT_SAMPLES:
            return _FORMAT_SAMPLES[fmt]
        low = schema.get("minLength", 0) if isinstance(schema.get("minLength"), int) else 0
        high = schema.get("maxLength") if isinstance(schema.get("maxLength"), int) else None
        tries = [*_STRING_TRIES, "x" * low, "0" * low]
        pattern = schema.get("pattern")
        try:
            compiled = re.compile(translate_pattern(pattern)) if isinstance(pattern, str) else None
        except (re.error, ValueError):
            compiled = None
        for text in tries:
            if len(text) >= low and (high is None or len(text) <= high):
                if compiled is None or compiled.search(text):
                    return text
        return "x" * low

    def _number(self, schema: dict[str, Any], kind: str) -> int | float:
        value: int | float = 0
        low, high = schema.get("minimum"), schema.get("maximum")
        xlow, xhigh = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        if isinstance(low, (int, float)) and value < low:
            value = low
        if isinstance(xlow, (int, float)) and value <= xlow:
            value = xlow + 1
        if isinstance(high, (int, float)) and value > high:
            value = high
        if isinstance(xhigh, (int, float)) and value >= xhigh:
            value = xhigh - 1
        if kind == "integer":
            value = int(value) if float(value).is_integer() else int(value) + 1
        return value
