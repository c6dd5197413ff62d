"""Where a schema-relative complaint of ``openapi-spec-validator`` really is: (document, the
error's path, its instance) -> an absolute JSON pointer, or "" when no schema matches.

Why: the library checks each schema on its own in its semantic pass, so some errors (a
``patternProperties`` key that is not a regex, say) carry a path relative to a schema it does not
name -- ``/patternProperties`` -- which lint printed at line 1. The schema is found back by
content: the first schema of the document in which the path leads to the error's instance (as
the value, or as a key or member of it). Only run for such an error, so its cost (one walk over
the schemas) is paid on the way to exit 2.
"""

from __future__ import annotations

from typing import Any

from specloom.diagnostics import join_pointer
from specloom.walk import walk

__all__ = ["schema_relative"]


def schema_relative(data: Any, path: list[str], instance: Any) -> str:
    """The absolute pointer of ``path`` inside the schema whose content matches, else ""."""
    for role, pointer, node in walk(data):
        if role != "schema":
            continue
        found = _at(node, path)
        if found is _NOTHING:
            continue
        if isinstance(found, dict) and isinstance(instance, str) and instance in found and found[instance] is not instance:
            return join_pointer(pointer, *path, instance)  # a key (a patternProperties regex): its own line
        if _same(found, instance) or (isinstance(found, list) and any(_same(v, instance) for v in found)):
            return join_pointer(pointer, *path)
    return ""


_NOTHING = object()


def _same(a: Any, b: Any) -> bool:
    return a is b or (type(a) is type(b) and a == b)


def _at(node: Any, path: list[str]) -> Any:
    for token in path:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _NOTHING
    return node
