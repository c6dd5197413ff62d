"""Local ``$ref``s of a bundled document -> the targets that reach themselves through more of them.

Input: a document whose ``$ref``s are all local (``resolve``'s output). Output: the pointers of
the ``$ref`` targets on a cycle: all of them (``recursive_pointers``: the strategy compiler
checks that such a schema has finite values and bounds its depth), or only those whose cycle
applies the schema to the same value again (``in_place_cycles``: lint refuses them, since
validating would never end). A module of its own: lint and the strategy compiler both ask,
and neither needs the bundler.
"""

from __future__ import annotations

from typing import Any

from specloom.resolve import pointer_get, ref_pointer

_IN_PLACE = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")


def _local_refs(node: Any, in_place: bool) -> set[str]:
    """Pointers of the local ``$ref``s under ``node``: all of them, or (``in_place``) only those
    that apply to the same instance as ``node`` (through the ``_IN_PLACE`` applicators)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                found.add(ref_pointer(ref))
            if not in_place:
                stack.extend(item.values())
                continue
            for key in _IN_PLACE:
                sub = item.get(key)
                if key == "dependentSchemas" and isinstance(sub, dict):
                    stack.extend(sub.values())
                elif isinstance(sub, list):
                    stack.extend(sub)
                elif sub is not None:
                    stack.append(sub)
        elif isinstance(item, list) and not in_place:
            stack.extend(item)
    return found


def _reaching_themselves(document: Any, in_place: bool) -> frozenset[str]:
    edges: dict[str, set[str]] = {}
    for target in _local_refs(document, in_place=False):
        try:
            edges[target] = _local_refs(pointer_get(document, target), in_place)
        except KeyError:
            continue
    cyclic = set()
    for start, first in edges.items():
        seen, todo = set(), list(first)
        while todo:
            nxt = todo.pop()
            if nxt == start:
                cyclic.add(start)
                break
            if nxt not in seen:
                seen.add(nxt)
                todo.extend(edges.get(nxt, ()))
    return frozenset(cyclic)


def recursive_pointers(document: Any) -> frozenset[str]:
    """Pointers of local ``$ref`` targets that can reach themselves through more ``$ref``s."""
    return _reaching_themselves(document, in_place=False)


def in_place_cycles(document: Any) -> frozenset[str]:
    """Pointers of ``$ref`` targets that reach themselves through ``$ref``s and the applicators
    that apply to the same instance (no object or array keyword in between). Expanding one
    would never end: each step inlines the schema again for the same value."""
    return _reaching_themselves(document, in_place=True)
