"""Schema checks the code compilers would otherwise make one at a time: a bundled document ->
located errors (or, with ``--lenient``, repairs and one warning per kind).

Input: the resolved (bundled) document data. Output: diagnostics on the reporter; with ``lenient``
the data is repaired in place. Why here: the validator and strategy compilers stop at the first
unknown keyword, so ``lint`` said OK where ``generate`` failed; this pass finds every such schema
in one run, with its line. It also checks each ``default`` against its own schema (located at the
value, where openapi-spec-validator reports ``/``), and with ``lenient`` each example too.

Lenient repairs: unknown keywords are dropped; duplicate ``required``/``enum`` entries are
dropped; draft 7 ``dependencies`` is split into ``dependentRequired``/``dependentSchemas``; a schema
with ``properties`` but no ``type`` is read as an object (``untyped_objects``); a ``default`` or
example that fails its schema is kept as documentation under ``x-documented-default`` /
``x-documented-examples`` (other tools' ``x-`` keys, which every stage ignores), never used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import quote

from specloom.diagnostics import Reporter, join_pointer, show
from specloom.normalize import Notes
from specloom.resolve import follow
from specloom.validation.checks import forget
from specloom.validation.keywords import KEYWORDS, lookup
from specloom.walk import walk

BASE = "urn:specloom:document"
OVERLAP = "oneOf"


def check(data: Any, reporter: Reporter, *, lenient: bool) -> None:
    start(data, reporter, lenient=lenient)()


def start(data: Any, reporter: Reporter, *, lenient: bool) -> Callable[[], None]:
    """The checks that repair schemas (keywords, duplicates, untyped objects); returns the rest,
    to be called next: each ``default`` and example against its schema (``_values``), then the
    warnings of both. Why two steps: the rest only moves annotations (``default`` ->
    ``x-documented-default``), which the strategy compiler never reads, so the pipeline forks a
    large document's strategies child between them (``pipeline._ahead``) instead of after the
    values' compiled checks (Square: more than a second with the other core idle)."""
    forget(data)  # lint starts here: what an earlier lint compiled of this dict may be stale
    notes = Notes(reporter)
    schemas = [(pointer, node) for role, pointer, node in walk(data) if role == "schema"]
    for pointer, node in schemas:
        _keywords(node, pointer, reporter, notes, lenient)
        if lenient:
            _duplicates(node, pointer, notes)
    untyped_objects(data, schemas, notes, repair=lenient)
    return partial(_finish, data, schemas, reporter, notes, lenient)


def _finish(data: Any, schemas: list[tuple[str, dict[str, Any]]], reporter: Reporter, notes: Notes, lenient: bool) -> None:
    _values(data, schemas, reporter, notes, lenient)
    notes.flush()


# The keywords a schema may hold as they are: most schemas hold only these (one set test each,
# instead of a table lookup and a pointer per keyword: Stripe's 18,700 schemas, 69,000 keywords)
_ACCEPTED = frozenset(name for name, entry in KEYWORDS.items() if entry.role != "refused")


def _keywords(node: dict[str, Any], pointer: str, reporter: Reporter, notes: Notes, lenient: bool) -> None:
    if _ACCEPTED.issuperset(node):
        return
    for key in list(node):
        entry = lookup(key) if isinstance(key, str) else None
        if entry is not None and entry.role != "refused":
            continue
        where = join_pointer(pointer, key)
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
        if all(type(value) is str for value in values) and len(set(values)) == len(values):
            continue  # the common case: distinct strings (duplicates below are told apart by JSON type too)
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


# keywords whose subschema is a condition on the value, not the value's schema: a ``type`` added
# there would change what the condition says (``not: {properties: ...}`` refuses non-objects)
CONDITIONS = ("not", "if", "contains")
COMPOSED = ("allOf", "anyOf", "oneOf")


def untyped_objects(data: Any, schemas: list[tuple[str, dict[str, Any]]], notes: Notes, *, repair: bool) -> None:
    """A schema with ``properties`` but no ``type`` -> ``type: object`` (``repair``: lenient), or
    a warning that says so (the document keeps JSON Schema's meaning).

    Why: JSON Schema lets any non-object through such a schema, but specloom makes it a model, as
    every generator does, so a client refused a ``null`` its own validator accepted, and a
    generated suite drew values its models cannot hold. Published documents that leave ``type``
    out mean an object. Left alone, because a ``type`` elsewhere decides (``[object, "null"]``
    keeps its null) or the schema is a condition: a schema one of whose ``allOf`` members (or
    the schema its ``$ref`` names) has a ``type``; the subschema of ``not``/``if``/``contains``;
    an ``allOf``/``anyOf``/``oneOf`` member of a schema that has a ``type`` (its own or added
    here) or is itself left alone, and each member of an ``allOf`` with a typed member.
    ``schemas`` come parents first (``walk``), so each schema is decided before its members. The
    suites' oracle reads the rule from the README, on its own (``proptest.reading``)."""
    exempt: set[int] = set()
    for pointer, node in schemas:
        named, parts = node.get("properties"), node.get("allOf")
        typed_parts = isinstance(parts, list) and any(_typed(data, m) for m in parts)
        if "type" not in node and isinstance(named, dict) and named and id(node) not in exempt and not typed_parts:
            if repair:
                node["type"] = "object"
                notes.note(pointer, "a schema with 'properties' but no 'type' read as an object ('type: object'): its model cannot hold another value")
            else:
                notes.note(pointer, "a schema with 'properties' but no 'type' accepts any non-object value too, which its model cannot hold: add 'type: object' (--lenient reads it so)")
        exempt.update(id(node[key]) for key in CONDITIONS if isinstance(node.get(key), dict))
        decided = "type" in node or id(node) in exempt
        for key in COMPOSED:
            members = node.get(key)
            if isinstance(members, list) and (decided or (key == "allOf" and typed_parts)):
                exempt.update(id(m) for m in members)


def _typed(data: Any, member: Any) -> bool:
    target, _ = follow(data, member, "")
    return isinstance(target, dict) and "type" in target


def _values(data: Any, schemas: list[tuple[str, dict[str, Any]]], reporter: Reporter, notes: Notes, lenient: bool) -> None:
    """Each ``default`` (and, lenient, each example) against the schema it sits in: compiled
    validators decide and word what they refuse (``lint_values``; ``jsonschema`` where they left
    something unchecked, or to tell an overlap of ``oneOf`` branches)."""
    from specloom.lint_values import compiled_checks

    def values(node: dict[str, Any]) -> list[Any]:
        examples = node.get("examples") if lenient else None
        return ([node["default"]] if "default" in node else []) + (examples if isinstance(examples, list) else [])

    valued = [(pointer, node) for pointer, node in schemas if values(node)]
    if not valued:
        return
    fast = compiled_checks(data, [pointer for pointer, _ in valued])
    # the schemas some value does not fit, worded together (one compile) when the first is
    refused = [] if fast is None else [p for p, node in valued if p in fast and not all(map(fast[p], values(node)))]
    judge = _Judge(data, fast, refused)
    for pointer, node in valued:
        has_examples = lenient and isinstance(node.get("examples"), list) and node["examples"]
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
    """Words a value the compiled check refused: the compiled error path where that check left
    nothing unchecked (``lint_values.explained``, compiled on the first such value), else
    ``jsonschema`` over the document (made on the first value that needs it)."""

    def __init__(self, data: Any, fast: dict[str, Any] | None, refused: list[str]) -> None:
        self.data = data
        self.fast = fast
        self.refused = refused
        self.registry: Any = None
        self.explain: dict[str, Any] | None = None

    def first_error(self, pointer: str, value: Any) -> str | None:
        said = self._compiled(pointer, value)
        return said if said is not None else self._jsonschema(pointer, value)

    def _compiled(self, pointer: str, value: Any) -> str | None:
        from specloom.lint_values import explained, refers
        from specloom.resolve import pointer_get

        if self.fast is None or refers(self.fast[pointer]):
            return None
        if self.explain is None:  # every pointer of the batch at once: one compile
            self.explain = explained(self.data, [p for p in self.refused if not refers(self.fast[p])]) or {}
        found = self.explain[pointer](value) if pointer in self.explain else None
        first = found[0] if found else None
        # a ``oneOf`` refusing the whole value may be an overlap of its branches, a note rather
        # than an error (``OVERLAP``): jsonschema tells that from no branch fitting
        if first is None or any(v.keyword == "oneOf" and not v.instance_path for v in found or ()):
            return None
        try:
            where = "".join(f"[{token!r}]" for token in _tokens(value, first.instance_path))
            keyword_value = pointer_get(self.data, first.schema_path.partition("#")[2])
        except (KeyError, IndexError, TypeError, ValueError):
            return None
        return f"{where + ': ' if where else ''}{first.keyword} {show(keyword_value)}"

    def _jsonschema(self, pointer: str, value: Any) -> str | None:
        from jsonschema import Draft202012Validator

        if self.registry is None:
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012

            self.registry = Registry().with_resource(BASE, Resource.from_contents(self.data, default_specification=DRAFT202012))
        # the schema without its own annotations, read through the registry so $refs resolve
        ref = {"$ref": BASE + "#" + quote(pointer, safe="/~!$&'()*+,;=:@")}
        validator = Draft202012Validator(ref, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
        return _first_error(validator, value)


def _tokens(value: Any, instance_path: str) -> list[str | int]:
    """An instance pointer's tokens as keys of ``value``: a list's indices as ints (as jsonschema's
    ``absolute_path`` has them, and ``repr`` shows them)."""
    from specloom.diagnostics import unescape_token

    tokens: list[str | int] = []
    for raw in instance_path.split("/")[1:]:
        token: str | int = unescape_token(raw)
        if isinstance(value, list):
            token = int(token)
        value = value[token]
        tokens.append(token)
    return tokens


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
