"""Declared wire strings decoded: a JSON value and a decode plan -> the value the spec means.

Input: a value as the vendor wrote it and a ``DecodePlan`` (``x-specloom-decode-strings``: where
``"true"``/``"false"`` or other declared strings stand for other JSON values, as ``[path,
mapping]`` pairs; a ``None`` path step means every array item). Output: the value with each
declared string replaced. Pure data, no transport: the client's answer reading, the testing kit
and the generator's sample answers all use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specloom_runtime.call.operation import DecodePlan

__all__ = ["apply_decode_plan"]


def _decode(value: object, path: tuple[str | None, ...], mapping: Mapping[str, object]) -> object:
    if not path:
        return mapping[value] if isinstance(value, str) and value in mapping else value
    step, rest = path[0], path[1:]
    if step is None:
        if isinstance(value, list):
            return [_decode(item, rest, mapping) for item in value]
        return value
    if isinstance(value, dict) and step in value:
        return {**value, step: _decode(value[step], rest, mapping)}
    return value


def apply_decode_plan(value: object, plan: DecodePlan) -> object:
    """``value`` with every declared wire string replaced (``"false"`` → false) where the plan says."""
    for path, mapping in plan:
        value = _decode(value, path, mapping)
    return value


def decode_owned(
    value: object, path: tuple[str | None, ...], mapping: Mapping[str, object]
) -> object:
    """``_decode`` for a value nobody else holds (a body just parsed): changed in place, no copies."""
    if len(path) == 1 and path[0] is not None:  # one member of an object, the usual plan entry
        if isinstance(value, dict):
            item = value.get(path[0])
            if isinstance(item, str) and item in mapping:
                value[path[0]] = mapping[item]
        return value
    if not path:
        return mapping[value] if isinstance(value, str) and value in mapping else value
    step, rest = path[0], path[1:]
    if step is None:
        if isinstance(value, list):
            for index, item in enumerate(value):
                value[index] = decode_owned(item, rest, mapping)
    elif isinstance(value, dict) and step in value:
        value[step] = decode_owned(value[step], rest, mapping)
    return value
