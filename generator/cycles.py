"""Local ``$ref``s of a bundled document -> the targets that reach themselves through more of them.

Input: a document whose ``$ref``s are all local (``resolve``'s output). Output: the pointers of
the ``$ref`` targets on a cycle: all of them (``recursive_pointers``: the strategy compiler
checks that such a schema has finite values and bounds its depth), or only those whose cycle
applies the schema to the same value again (``in_place_cycles``: lint refuses them, since
validating would never end). A module of its own: lint and the strategy compiler ask, the
bundler does not.
"""

from __future__ import annotations

from typing import Any

from specloom.resolve import pointer_get, ref_pointer

_IN_PLACE = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")


def ref_cycles(document: Any) -> tuple[frozenset[str], frozenset[str]]:
    """``(recursive_pointers(document), in_place_cycles(document))``, walking the document and
    each ``$ref`` target once for both (the strategy compiler asks both of a whole document)."""
    every, in_place = _edges(document, every=True)
    return _cyclic(every), _cyclic(in_place)


def recursive_pointers(document: Any) -> frozenset[str]:
    """Pointers of local ``$ref`` targets that can reach themselves through more ``$ref``s."""
    return ref_cycles(document)[0]


def in_place_cycles(document: Any) -> frozenset[str]:
    """Pointers of ``$ref`` targets that reach themselves through ``$ref``s and the applicators
    that apply to the same instance (no object or array keyword in between). Expanding one
    would never end: each step inlines the schema again for the same value. (Lint asks only
    this: the parts of each target not in place are not walked.)"""
    return _cyclic(_edges(document, every=False)[1])


def _edges(document: Any, *, every: bool) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per ``$ref`` target, the targets it refers to (when ``every``; else nothing) and those it
    refers to in place."""
    all_refs: dict[str, set[str]] = {}
    in_place: dict[str, set[str]] = {}
    for target in _local_refs(document):
        try:
            node = pointer_get(document, target)
        except KeyError:
            continue
        rest: list[Any] | None = [] if every else None
        in_place[target] = found = _in_place_refs(node, rest)
        if rest is not None:
            all_refs[target] = found | _local_refs(rest)
    return all_refs, in_place


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


def _in_place_refs(node: Any, rest: list[Any] | None) -> set[str]:
    """Pointers of the local ``$ref``s that apply to the same instance as ``node`` (reached from
    it through the ``_IN_PLACE`` applicators only). Given ``rest``, the parts of ``node`` not in
    place are added to it: the ``$ref``s under those are the rest of its references
    (``_local_refs``, which walks them without looking at keys); without it, only the
    applicators' keys of each schema in place are looked up."""
    in_place: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if not isinstance(item, dict):
            if rest is not None:
                rest.append(item)  # a list here is no schema: its items apply to nothing in place
            continue
        ref = item.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            in_place.add(ref_pointer(ref))
        if rest is None:
            applied = [(key, item[key]) for key in _IN_PLACE if key in item]
        else:
            applied = []
            for key, sub in item.items():
                if key in _IN_PLACE:
                    applied.append((key, sub))
                else:
                    rest.append(sub)
        for key, sub in applied:
            if key == "dependentSchemas" and isinstance(sub, dict):
                # the mapping is not a schema: its values apply in place; its own "$ref" (a
                # property's name) counts only among all references
                if rest is not None and "$ref" in sub:
                    rest.append({"$ref": sub["$ref"]})
                stack.extend(sub.values())
            elif isinstance(sub, list):
                stack.extend(sub)
            else:
                stack.append(sub)
    return in_place


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
