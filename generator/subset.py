"""Subset stage: a linted document -> the same document cut down to the operations a user asked for.

Input: a ``Resolved`` document and a ``Subset`` (``--operations ID,...`` and/or ``--tags T,...``;
an operation is kept when its operationId or one of its tags is named). Output: a ``Resolved``
whose ``paths`` hold only those operations and whose ``components`` hold only what they reach
through local ``$ref``s (and discriminator mappings), transitively, cycles included; security
schemes stay whole (operations name them, they do not ``$ref`` them); webhooks go.

Why a document-to-document step right after lint: every later stage (models, validators,
strategies, testing kit, property suites) then sees only the subset without knowing about it, and
kept objects keep their pointers, so diagnostics stay located. A vendor's 300-operation document
cut to 5 operations generates 5 methods and the models they use, not 345.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from specloom.diagnostics import Reporter, join_pointer, unescape_token
from specloom.resolve import Resolved, follow, pointer_get, ref_pointer
from specloom.walk import HTTP_METHODS, iter_operations

_DATA = ("example", "examples", "default", "const", "enum")  # values, not schemas: a "$ref" there is data


@dataclass(frozen=True, slots=True)
class Subset:
    """The operations to generate: by operationId, or by tag (both empty: all of them)."""

    operations: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.operations or self.tags)

    def describe(self) -> str:
        """One line for the provenance header (names JSON-quoted: they are spec text)."""
        parts = []
        if self.operations:
            parts.append("operations " + ", ".join(json.dumps(o) for o in self.operations))
        if self.tags:
            parts.append("tags " + ", ".join(json.dumps(t) for t in self.tags))
        return "; ".join(parts)

    @staticmethod
    def parse(operations: str | None, tags: str | None) -> Subset:
        """``--operations a,b`` / ``--tags t`` -> a ``Subset`` (order kept, duplicates and blanks dropped)."""

        def split(text: str | None) -> tuple[str, ...]:
            return tuple(dict.fromkeys(p.strip() for p in (text or "").split(",") if p.strip()))

        return Subset(split(operations), split(tags))


EVERYTHING = Subset()


def select(resolved: Resolved, subset: Subset, reporter: Reporter) -> Resolved:
    """``resolved`` cut to ``subset`` (unchanged when it is empty); unknown names are located errors."""
    if not subset:
        return resolved
    data = resolved.data
    chosen = _chosen(data, subset, reporter)
    reporter.raise_if_errors()
    paths: dict[str, Any] = {}
    for path, raw in (data.get("paths") or {}).items():
        item, _ = follow(data, raw, join_pointer("/paths", path))
        if not isinstance(item, dict):
            continue
        kept = {k: v for k, v in item.items() if k != "$ref" and (k not in HTTP_METHODS or (path, k) in chosen)}
        if any(m in kept for m in HTTP_METHODS):  # a shared path item ($ref) is copied, cut to the choice
            paths[path] = kept
    pruned = {k: v for k, v in data.items() if k not in ("paths", "components", "webhooks")}
    pruned["paths"] = paths
    used_tags = {t for path, method, _, op, _ in iter_operations(data) if (path, method) in chosen for t in op.get("tags") or ()}
    if isinstance(data.get("tags"), list):
        pruned["tags"] = [t for t in data["tags"] if isinstance(t, dict) and t.get("name") in used_tags]
    components = data.get("components")
    if isinstance(components, dict):
        reached = _reached(data, pruned, reporter)
        reporter.raise_if_errors()
        pruned["components"] = {
            section: (
                {name: node for name, node in entries.items() if (section, name) in reached}
                if isinstance(entries, dict) and section != "securitySchemes"
                else entries
            )
            for section, entries in components.items()
        }
    return dataclasses.replace(resolved, data=pruned)


def _chosen(data: dict[str, Any], subset: Subset, reporter: Reporter) -> set[tuple[str, str]]:
    """The ``(path, method)`` of each selected operation; a name matching nothing is an error."""
    ids: dict[str, tuple[str, str]] = {}
    tags: dict[str, list[tuple[str, str]]] = {}
    for path, method, _, op, _ in iter_operations(data):
        if isinstance(op.get("operationId"), str):
            ids[op["operationId"]] = (path, method)
        for tag in op.get("tags") or ():
            if isinstance(tag, str):
                tags.setdefault(tag, []).append((path, method))
    for wanted, known, flag in ((subset.operations, ids, "--operations"), (subset.tags, tags, "--tags")):
        unknown = [w for w in wanted if w not in known]
        if unknown:
            what = "operationId" if flag == "--operations" else "tag of any operation"
            reporter.error(
                "/paths",
                f"{flag}: {', '.join(map(repr, unknown))} is not an {what} of this spec; valid: {', '.join(sorted(known)) or '(none)'}",
            )
    chosen = {ids[o] for o in subset.operations if o in ids}
    chosen.update(op for t in subset.tags for op in tags.get(t, ()))
    return chosen


def _reached(data: dict[str, Any], pruned: dict[str, Any], reporter: Reporter) -> set[tuple[str, str]]:
    """``(section, name)`` of every component the pruned document reaches, through any number of
    ``$ref``s (the original ``data`` is where targets are read from)."""
    reached: set[tuple[str, str]] = set()
    todo: list[tuple[Any, str]] = [(pruned, "")]
    while todo:
        node, where = todo.pop()
        for at, target in _targets(node, where):
            tokens = [unescape_token(t) for t in target.split("/")[1:]]
            if len(tokens) >= 3 and tokens[0] == "components":
                key = (tokens[1], tokens[2])
                if key not in reached:
                    reached.add(key)
                    try:
                        todo.append((pointer_get(data, join_pointer("/components", *key)), join_pointer("/components", *key)))
                    except KeyError:
                        pass  # lint reported broken references already
                continue
            try:
                pointer_get(pruned, target)
            except KeyError:  # into an operation that was not selected: its content is gone
                reporter.error(at, f"$ref {'#' + target!r} points into an operation outside the subset; select that operation too")
    return reached


def _targets(node: Any, where: str) -> list[tuple[str, str]]:
    """``(pointer of the referring object, target pointer)`` of each local ``$ref`` and
    discriminator mapping under ``node`` (example and default values skipped: they are data)."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str]] = [(node, where)]
    while stack:
        item, here = stack.pop()
        if isinstance(item, list):
            stack.extend((v, join_pointer(here, i)) for i, v in enumerate(item))
            continue
        if not isinstance(item, dict):
            continue
        ref = item.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            found.append((here, ref_pointer(ref)))
        mapping = item.get("discriminator", {}).get("mapping") if isinstance(item.get("discriminator"), dict) else None
        for value in (mapping or {}).values() if isinstance(mapping, dict) else ():
            if isinstance(value, str):  # a local reference, or a bare schema name
                found.append((here, ref_pointer(value) if value.startswith("#") else join_pointer("/components/schemas", value)))
        in_responses = here.endswith("/responses")
        for key, value in item.items():
            if key in _DATA and not (key == "default" and in_responses):
                continue
            stack.append((value, join_pointer(here, key)))
    return found
