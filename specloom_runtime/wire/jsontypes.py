"""``JsonValue``: the type of any JSON document, for fields a spec leaves untyped."""

from __future__ import annotations

from typing import TypeAlias

JsonValue: TypeAlias = "None | bool | int | float | str | list[JsonValue] | dict[str, JsonValue]"

__all__ = ["JsonValue"]
