"""Schema checks the code compilers would otherwise make one at a time: a bundled document ->
located errors (or, with ``--lenient``, repairs and one warning per kind).

Input: the resolved (bundled) document data. Output: diagnostics on the reporter; with ``lenient``
the data is repaired in place. Why here: the validator and strategy compilers stop at the first
unknown keyword, so ``lint`` said OK where ``generate`` failed; this pass finds every such schema
in one run, with its line. It also checks each ``default`` against its own schema (located at the
value, where openapi-spec-validator reports ``/``), and with ``lenient`` each example too.

Lenient repairs: unknown keywords are dropped; duplicate ``required``/``enum`` entries are
dropped; draft 7 ``dependencies`` is split into ``dependentRequired``/``dependentSchemas``; a
``default`` or example that fails its schema is kept as documentation under ``x-documented-default``
/ ``x-documented-examples`` (other tools' ``x-`` keys, which every stage ignores), never used.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from specloom.diagnostics import Reporter, join_pointer, show
from specloom.normalize import Notes
from specloom.validation.checks import forget
from specloom.validation.keywords import lookup
from specloom.walk import walk

BASE = "urn:specloom:document"
OVERLAP = "oneOf"


def check(data: Any, reporter: Reporter, *, lenient: bool) -> None:
    forget(data)  # lint starts here: what an earlier lint compiled of this dict may be stale
    notes = Notes(reporter)
    schemas = [(pointer, node) for role, pointer, node in walk(data) if role == "schema"]
    for pointer, node in schemas:
        _keywords(node, pointer, reporter, notes, lenient)
        if lenient:
            _duplicates(node, pointer, notes)
    _values(data, schemas, reporter, notes, lenient)
    notes.flush()


def _keywords(node: dict[str, Any], pointer: str, reporter: Reporter, notes: Notes, lenient: bool) -> None:
    for key in list(node):
        entry = lookup(key) if isinstance(key, str) else None
        where = join_pointer(pointer, key)
        if entry is not None and entry.role != "refused":
            continue
        if lenient and key == "dependencies" and isinstance(node[key], dict):
            for name, dep in node.pop(key).items():
                node.setdefault("dependentRequired" if isinstance(dep, list) else "dependentSchemas", {})[name] = dep
            notes.note(where, "draft 7 'dependencies' split into 'dependentRequired'/'dependentSchemas'")
        elif lenient and entry is None:
            del node[key]
            notes.note(where, f"unknown schema keyword {show(key)} ignored")
        elif entry is None:
            reporter.error(where, f"unknown schema keyword {show(key)} (not JSON Schema 2020-12 nor OpenAPI 3.1; --lenient ignores it with a warning)")
        else:
            reporter.error(where, f"schema keyword {show(key)} is not JSON Schema 2020-12 (a draft 2019-09/7 spelling)")


def _duplicates(node: dict[str, Any], pointer: str, notes: Notes) -> None:
    for key in ("required", "enum"):
        values = node.get(key)
        if not isinstance(values, list):
            continue
        seen: set[str] = set()
        kept = []
        for value in values:
            mark = json.dumps([type(value).__name__, value], sort_keys=True, default=repr)
            if mark not in seen:
                seen.add(mark)
                kept.append(value)
        if len(kept) < len(values):
            node[key] = kept
            notes.note(join_pointer(pointer, key), f"duplicate '{key}' entries dropped")


def _values(data: Any, schemas: list[tuple[str, dict[str, Any]]], reporter: Reporter, notes: Notes, lenient: bool) -> None:
    """Each ``default`` (and, lenient, each example) against the schema it sits in: compiled
    validators decide (``lint_values``), and ``jsonschema`` words what they refuse."""
    from specloom.lint_values import compiled_checks

    def checked(node: dict[str, Any]) -> bool:
        return "default" in node or bool(lenient and isinstance(node.get("examples"), list) and node["examples"])

    pointers = [pointer for pointer, node in schemas if checked(node)]
    if not pointers:
        return
    fast = compiled_checks(data, pointers)
    judge = _Judge(data)
    for pointer, node in schemas:
        has_examples = lenient and isinstance(node.get("examples"), list) and node["examples"]
        if "default" not in node and not has_examples:
            continue
        fits = fast[pointer] if fast is not None else None

        def problem(value: Any, pointer: str = pointer, fits: Any = fits) -> str | None:
            return None if fits is not None and fits(value) else judge.first_error(pointer, value)

        if "default" in node:
            said = problem(node["default"])
            if said is not None and said.startswith(OVERLAP) and lenient:
                notes.note(join_pointer(pointer, "default"), "a 'default' valid under more than one 'oneOf' branch is kept (the branches overlap; its meaning is clear)")
            elif said is not None and lenient:
                node["x-documented-default"] = node.pop("default")
                notes.note(join_pointer(pointer, "default"), "a 'default' that fails its own schema is kept as documentation only, never used")
            elif said is not None:
                reporter.error(join_pointer(pointer, "default"), f"the default {show(node['default'])} fails its own schema: {said} (--lenient keeps it as documentation only)")
        if has_examples:
            bad = [e for e in node["examples"] if problem(e) is not None]
            if bad:
                node["examples"] = [e for e in node["examples"] if all(e is not b for b in bad)]
                node["x-documented-examples"] = bad
                if not node["examples"]:
                    del node["examples"]
                notes.note(join_pointer(pointer, "examples"), "an example that fails its own schema is kept as documentation only, never used")


class _Judge:
    """``jsonschema`` over the document, made on the first value the compiled check refuses."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self.registry: Any = None

    def first_error(self, pointer: str, value: Any) -> str | None:
        from jsonschema import Draft202012Validator

        if self.registry is None:
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012

            self.registry = Registry().with_resource(BASE, Resource.from_contents(self.data, default_specification=DRAFT202012))
        # the schema without its own annotations, read through the registry so $refs resolve
        ref = {"$ref": BASE + "#" + quote(pointer, safe="/~!$&'()*+,;=:@")}
        validator = Draft202012Validator(ref, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
        return _first_error(validator, value)


def _first_error(validator: Any, value: Any) -> str | None:
    try:
        error = next(iter(validator.iter_errors(value)), None)
    except Exception:  # an unresolvable schema: resolution problems are reported elsewhere
        return None
    if error is None:
        return None
    if error.validator == "oneOf" and not error.absolute_path and "is valid under each of" in error.message:
        return OVERLAP + " (valid under more than one branch)"
    where = "".join(f"[{p!r}]" for p in error.absolute_path)
    return f"{where + ': ' if where else ''}{error.validator} {show(error.validator_value)}"
