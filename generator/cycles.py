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


def ref_cycles(document: Any) -> tuple[frozenset[str], frozenset[str]]:
    """``(recursive_pointers(document), in_place_cycles(document))``, walking the document and
    each ``$ref`` target once for both (the strategy compiler asks both of a whole document)."""
    every: dict[str, set[str]] = {}
    in_place: dict[str, set[str]] = {}
    for target in _local_refs(document):
        try:
            every[target], in_place[target] = _both_refs(pointer_get(document, target))
        except KeyError:
            continue
    return _cyclic(every), _cyclic(in_place)


def recursive_pointers(document: Any) -> frozenset[str]:
    """Pointers of local ``$ref`` targets that can reach themselves through more ``$ref``s."""
    return ref_cycles(document)[0]


def in_place_cycles(document: Any) -> frozenset[str]:
    """Pointers of ``$ref`` targets that reach themselves through ``$ref``s and the applicators
    that apply to the same instance (no object or array keyword in between). Expanding one
    would never end: each step inlines the schema again for the same value."""
    return ref_cycles(document)[1]


def _local_refs(node: Any) -> set[str]:
    """Pointers of all the local ``$ref``s under ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                found.add(ref_pointer(ref))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _both_refs(node: Any) -> tuple[set[str], set[str]]:
    """Pointers of the local ``$ref``s under ``node``: all of them, and those that apply to the
    same instance as ``node`` (reached from it through the ``_IN_PLACE`` applicators only), in
    one walk: the parts not in place are gathered and walked once, without looking at keys."""
    in_place: set[str] = set()
    rest: list[Any] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if not isinstance(item, dict):
            rest.append(item)  # a list here is no schema: its items apply to nothing in place
            continue
        ref = item.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            in_place.add(ref_pointer(ref))
        for key, sub in item.items():
            if key not in _IN_PLACE:
                rest.append(sub)
            elif key == "dependentSchemas" and isinstance(sub, dict):
                # the mapping is not a schema: its values apply in place; its own "$ref" (a
                # property's name) counts only among all references
                rest.append({"$ref": sub["$ref"]} if "$ref" in sub else None)
                stack.extend(sub.values())
            elif isinstance(sub, list):
                stack.extend(sub)
            else:
                stack.append(sub)
    return in_place | _local_refs(rest), in_place


def _cyclic(edges: dict[str, set[str]]) -> frozenset[str]:
    """The nodes of ``edges`` (pointer -> pointers it refers to) that reach themselves."""
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
