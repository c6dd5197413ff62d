"""The part of a document the OpenAPI metaschema refuses: (document, compiled ``is_valid``) -> a
smaller document with the same metaschema errors.

Why: when the compiled metaschema (``lint_meta``) refuses a document, ``jsonschema`` words and
locates the errors, and on a large document its pass is slow (Square's 3 MB: about 9 s, for one
``info.externalDocs`` that OpenAPI 3.1 does not define, which ``--lenient`` only notes). Entries of
the document's maps -- ``paths``, ``webhooks`` and each map of ``components`` -- are validated
independently of each other by the metaschema (a pattern or ``additionalProperties`` schema per
entry, and ``propertyNames``), so each entry is tried alone with the compiled validator, in a
small document that is otherwise valid, and only the refused ones are kept. The rest of the
document (``info``, ``servers``, ...) stays whole, so an error there is found as before; the
errors' paths are the full document's, since every kept key keeps its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["refused_part"]

_MAPS = ("paths", "webhooks")  # top-level maps; every map of ``components`` too


def refused_part(data: Any, is_valid: Callable[[Any], bool]) -> Any:
    """``data`` with only the map entries ``is_valid`` refuses alone (``data`` itself when it cannot
    be narrowed: not a dict, or its ``openapi`` field refused even in a minimal document)."""
    if not isinstance(data, dict):
        return data
    maps = _maps(data)
    base = {"openapi": data.get("openapi"), "info": {"title": "t", "version": "1"}}
    if not maps or not is_valid({**base, "paths": {}}):
        return data
    kept: dict[tuple[str, ...], dict[str, Any]] = {}
    for where, entries in maps.items():
        kept[where] = {name: entry for name, entry in entries.items() if not is_valid(_put({**base}, where, {name: entry}))}
    out = dict(data)
    for where, entries in kept.items():
        _put(out, where, entries)
    return out


def _maps(data: dict[str, Any]) -> dict[tuple[str, ...], dict[str, Any]]:
    found: dict[tuple[str, ...], dict[str, Any]] = {(key,): data[key] for key in _MAPS if isinstance(data.get(key), dict)}
    components = data.get("components")
    if isinstance(components, dict):
        found.update({("components", key): value for key, value in components.items() if isinstance(value, dict)})
    return found


def _put(document: dict[str, Any], where: tuple[str, ...], entries: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the map at ``where`` replaced by ``entries`` (parents copied, never changed)."""
    if len(where) == 1:
        document[where[0]] = entries
    else:
        document[where[0]] = {**document.get(where[0], {}), where[1]: entries}
    return document
