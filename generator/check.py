"""Lint stage: a loaded spec -> a normalised, bundled, checked document, or every located error.

Input: a ``Document``. Output: ``Resolved`` plus warnings, or ``SpecError`` listing each problem as
``file:line: pointer: message``. Checks, in order: it is OpenAPI 3.x (3.0 is normalised with a
warning); it fits the size limits (schemas, operations: a documented bound instead of a grind);
its file name makes a package name; every ``$ref`` resolves locally (never over the network); it is valid under
``openapi-spec-validator``; every ``x-specloom-*`` key is known, allowed where it stands and well
formed (``vocabulary.schema.json``); and the rules are coherent (unique operationIds, Python names
that do not collide, vendor rules that make sense for their operation). Other tools' ``x-`` keys
are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from generator import rules
from generator.diagnostics import Reporter, join_pointer
from generator.load import Document, Limits
from generator.normalize import normalize
from generator.resolve import Resolved, resolve
from generator.walk import iter_operations, walk

VOCABULARY = Path(__file__).with_name("vocabulary.schema.json")
PREFIX = "x-specloom-"


@cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return data


def lint(doc: Document) -> tuple[Resolved, Reporter]:
    """Check ``doc``; raise ``SpecError`` with every error, else return the resolved document."""
    reporter = Reporter(doc.name, doc.lines)
    data = doc.data
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        reporter.error("/openapi" if isinstance(data, dict) else "", "not an OpenAPI 3.x document (missing or unsupported 'openapi' version)")
        reporter.raise_if_errors()
    _sizes(data, doc.limits, reporter)
    rules.check_package_name(doc.path.stem, reporter)
    reporter.raise_if_errors()
    normalised = Document(doc.path, normalize(data, reporter), doc.lines, doc.sha256, doc.limits, doc.ref_roots)
    resolved = resolve(normalised, reporter)
    reporter.raise_if_errors()  # the structural validator cannot run over broken references
    _sizes(resolved.data, doc.limits, reporter)  # schemas bundled from other files count too
    reporter.raise_if_errors()
    # Located checks first: openapi-spec-validator reports schema errors relative to the schema
    # and some document errors with no position at all.
    _schemas(resolved.data, reporter)
    _vocabulary(resolved.data, reporter)
    reporter.raise_if_errors()
    try:
        rules.check(resolved.data, reporter)
    except (AttributeError, TypeError, KeyError):
        pass  # a structurally broken document; the structural check below says where
    reporter.raise_if_errors()
    _structure(resolved.data, reporter)
    reporter.raise_if_errors()
    return resolved, reporter


def _sizes(data: dict[str, Any], limits: Limits, reporter: Reporter) -> None:
    """Refuse documents beyond the documented bounds (``specs/README.md``, "Limits")."""
    schemas = (data.get("components") or {}).get("schemas")
    if isinstance(schemas, dict) and len(schemas) > limits.max_schemas:
        reporter.error("/components/schemas", f"{len(schemas)} schemas: more than specloom handles ({limits.max_schemas}, limit max_schemas; raise it with --limit max_schemas=N)")
    operations = sum(1 for _ in iter_operations(data)) if isinstance(data.get("paths"), dict) else 0
    if operations > limits.max_operations:
        reporter.error("/paths", f"{operations} operations: more than specloom handles ({limits.max_operations}, limit max_operations; raise it with --limit max_operations=N)")


def _schemas(data: dict[str, Any], reporter: Reporter) -> None:
    """Each top-level schema against the JSON Schema 2020-12 meta-schema, with exact pointers."""
    from jsonschema import Draft202012Validator

    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
    nested: set[str] = set()
    for role, pointer, node in walk(data):
        if role != "schema" or any(pointer.startswith(p + "/") for p in nested):
            continue
        nested.add(pointer)
        for err in meta.iter_errors(node):
            reporter.error(join_pointer(pointer, *err.absolute_path), f"invalid schema: {err.message}")


def _structure(data: dict[str, Any], reporter: Reporter) -> None:
    # imported here: openapi-spec-validator takes ~0.3 s to import, and only lint needs it
    from openapi_spec_validator import OpenAPIV31SpecValidator

    try:
        errors = list(OpenAPIV31SpecValidator(data).iter_errors())
    except Exception as exc:  # the validator crashes on some malformed input; report, don't trace
        reporter.error("", f"OpenAPI structure could not be checked: {type(exc).__name__}: {exc}")
        return
    for error in errors[:50]:
        path = [str(p) for p in getattr(error, "absolute_path", ())]
        reporter.error(join_pointer("", *path), f"OpenAPI: {getattr(error, 'message', error)}")


@cache
def _vocabulary_validator() -> Any:
    """Draft 2020-12 whose ``pattern`` is ECMA-262's, as JSON Schema defines it: ``$`` is the end
    of the text. (``jsonschema`` uses Python's ``re.search``, where ``^[A-Z_]+$`` also accepts
    ``"MY_KEY\\n"``: a name no environment could ever hold, written raw into docstrings.)"""
    import re

    from jsonschema import Draft202012Validator, ValidationError, validators

    from specloom_runtime.validation import translate_pattern

    def pattern(validator: Any, regex: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
        if validator.is_type(instance, "string") and not re.search(translate_pattern(regex), instance, re.ASCII):
            yield ValidationError(f"{instance!r} does not match {regex!r}")

    return validators.extend(Draft202012Validator, {"pattern": pattern})


def _vocabulary(data: dict[str, Any], reporter: Reporter) -> None:
    vocab = vocabulary()
    locations: dict[str, dict[str, Any]] = vocab["locations"]
    placed: set[str] = set()
    for role, pointer, node in walk(data):
        placed.add(pointer)
        allowed = locations.get(role, {})
        for key, value in node.items():
            if not key.startswith(PREFIX):
                continue
            here = join_pointer(pointer, key)
            if key not in allowed:
                known = sorted({k for keys in locations.values() for k in keys})
                where = "here" if any(key in keys for keys in locations.values()) else "anywhere"
                reporter.error(here, f"unknown or misplaced key {key!r}: not allowed {where} (a {role}); known keys: {', '.join(known)}")
                continue
            schema = {**allowed[key], "$defs": vocab.get("$defs", {})}
            for err in _vocabulary_validator()(schema).iter_errors(value):
                reporter.error(join_pointer(here, *err.absolute_path), f"malformed {key}: {err.message}")
    for pointer, key in _all_specloom_keys(data, ""):
        if pointer not in placed:
            reporter.error(join_pointer(pointer, key), f"{key!r} is not allowed at this place")


def _all_specloom_keys(node: Any, pointer: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith(PREFIX):
                found.append((pointer, key))
            elif key not in ("example", "examples", "default", "const", "enum"):
                found.extend(_all_specloom_keys(value, join_pointer(pointer, key)))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            found.extend(_all_specloom_keys(item, join_pointer(pointer, i)))
    return found
