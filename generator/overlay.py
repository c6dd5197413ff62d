"""Overlays: a loaded document + OpenAPI Overlay 1.0 files -> the document they describe.

Input: a ``Document`` and overlay files (YAML or JSON), applied in the order given. Output: a new
``Document`` (same path and line map: a diagnostic in the vendor's text still names its line) and
the ``(file name, sha256)`` of each overlay applied, for the provenance header. Why: a user adds
``x-specloom-*`` rules (error-in-body, signing, decode-strings, empty-result) to a vendor's
published document without editing it, and the next published version takes the same overlay.

Each action's ``target`` is an RFC 9535 JSONPath (the ``jsonpath-rfc9535`` library) selecting
objects or arrays: ``update`` is merged into each object (objects merged key by key, other values
replaced) or appended to each array; ``remove: true`` deletes each selected node. An overlay whose
``extends`` names another file is skipped for this document. Problems are located errors in the
overlay file (``file:line: pointer: message``).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from specloom.diagnostics import Diagnostic, SpecError, join_pointer, show
from specloom.load import Document, load

Applied = tuple[tuple[str, str], ...]


def apply(doc: Document, overlays: Sequence[Path]) -> tuple[Document, Applied]:
    """``doc`` with every overlay of ``overlays`` that concerns it applied, in order."""
    if not overlays:
        return doc, ()
    data = copy.deepcopy(doc.data)
    applied: list[tuple[str, str]] = []
    for path in overlays:
        overlay = load(path)
        if _applies(overlay, doc):
            data = _apply_one(data, overlay)
            applied.append((overlay.name, overlay.sha256))
    return dataclasses.replace(doc, data=data), tuple(applied)


def _applies(overlay: Document, doc: Document) -> bool:
    extends = overlay.data.get("extends") if isinstance(overlay.data, dict) else None
    # ``extends`` is a URI reference; its last segment names the document (no network lookup)
    return not isinstance(extends, str) or PurePosixPath(extends.split("#")[0]).name in ("", doc.path.name)


def _apply_one(data: Any, overlay: Document) -> Any:
    import jsonpath_rfc9535 as jsonpath

    errors: list[Diagnostic] = []

    def error(pointer: str, message: str) -> None:
        errors.append(Diagnostic(overlay.name, _line(overlay, pointer), pointer, message))

    spec = overlay.data
    if not isinstance(spec, dict) or not str(spec.get("overlay", "")).startswith("1."):
        error("/overlay" if isinstance(spec, dict) else "", "not an OpenAPI Overlay 1.x document (missing or unsupported 'overlay' version)")
        raise SpecError(errors)
    actions = spec.get("actions")
    if not isinstance(actions, list) or not actions:
        error("/actions", "an overlay needs a non-empty list of 'actions'")
        raise SpecError(errors)
    for i, action in enumerate(actions):
        here = join_pointer("/actions", i)
        target = action.get("target") if isinstance(action, dict) else None
        if not isinstance(target, str):
            error(here, "an action needs a 'target' (a JSONPath)")
            continue
        try:
            nodes = list(jsonpath.find(target, data))
        except jsonpath.JSONPathError as exc:
            error(join_pointer(here, "target"), f"invalid JSONPath {show(target)}: {exc}")
            continue
        if not nodes:
            error(join_pointer(here, "target"), f"JSONPath {show(target)} selects nothing in the document")
            continue
        if action.get("remove") is True:
            # deepest and last first, so removing one node never shifts another's index
            for node in sorted(nodes, key=lambda n: n.location, reverse=True):
                if not node.location:
                    error(join_pointer(here, "target"), "an overlay cannot remove the whole document")
                    break
                parent = node.parent.value if node.parent is not None else None
                key = node.location[-1]
                if isinstance(parent, (dict, list)):
                    del parent[key]  # type: ignore[arg-type]
            continue
        if "update" not in action:
            error(here, "an action needs 'update' or 'remove: true'")
            continue
        for node in nodes:
            value = node.value
            if isinstance(value, dict) and isinstance(action["update"], dict):
                _merge(value, action["update"])
            elif isinstance(value, list):
                update = action["update"]
                value.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
            else:
                error(join_pointer(here, "update"), f"JSONPath {show(target)} selects {node.path()}, which is not an object or array, or 'update' is not an object")
    if errors:
        raise SpecError(errors)
    return data


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _line(doc: Document, pointer: str) -> int:
    while pointer and pointer not in doc.lines:
        pointer = pointer.rsplit("/", 1)[0]
    return doc.lines.get(pointer, 0)
