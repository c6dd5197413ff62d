"""Lint stage: a loaded spec -> a normalised, bundled, checked document, or every located error.

Input: a ``Document``. Output: ``Resolved`` plus warnings, or ``SpecError`` listing each problem as
``file:line: pointer: message``. Checks, in order: it is OpenAPI 3.x (3.0 is normalised with a
warning); it fits the size limits (schemas, operations: a documented bound instead of a grind);
its file name makes a package name; every ``$ref`` resolves locally (never over the network); it is valid under
the OpenAPI 3.1 metaschema and passes ``openapi-spec-validator``'s checks (compiled and our own:
``lint_meta``, ``lint_openapi``; the library only words a refusal); every ``x-specloom-*`` key is known, allowed where it stands and well
formed (``vocabulary.schema.json``); every schema keyword is one the code compilers know, and
each ``default`` fits its schema (``schema_checks``); and the rules are coherent (unique
operationIds, Python names that do not collide, vendor rules that make sense for their operation).
Other tools' ``x-`` keys are ignored. With ``lenient`` a document that breaks its declared version
where its meaning is clear is repaired with one warning per kind (``lenient``, ``schema_checks``),
and complaints of the OpenAPI metaschema that do not change the meaning are warnings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import specloom.lint_locate as lint_locate
import specloom.lint_shape as lint_shape
from specloom import rules, schema_checks
from specloom.diagnostics import Reporter, join_pointer, show
from specloom.load import Document, Limits
from specloom.normalize import Notes, normalize
from specloom.options import DEFAULT, Options
from specloom.resolve import Resolved, resolve
from specloom.subset import EVERYTHING, Subset, select
from specloom.walk import iter_operations, unchanging, walk

VOCABULARY = Path(__file__).with_name("vocabulary.schema.json")
PREFIX = "x-specloom-"
__all__ = ["DEFAULT", "Options", "lint", "preflight"]  # Options lives in specloom.options; kept importable here


@cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return data


def lint(doc: Document, *, lenient: bool = False) -> tuple[Resolved, Reporter]:
    """Check ``doc``; raise ``SpecError`` with every error, else return the resolved document."""
    resolved, reporter = prepare(doc, lenient=lenient)
    verify(resolved, reporter, lenient=lenient)
    return resolved, reporter


def prepare(doc: Document, *, lenient: bool = False, owned: bool = False) -> tuple[Resolved, Reporter]:
    """Lint's first half: the skeleton and the sizes checked, the document normalised and its
    ``$ref``s resolved -- what every later stage reads. Raises ``SpecError`` like ``lint``.
    ``owned``: ``doc.data`` is the caller's to give up (the pipeline, which reads nothing of it
    afterwards): it is normalised in place instead of copied; otherwise it is left untouched."""
    resolved, reporter, values = prepare_in_two(doc, lenient=lenient, owned=owned)
    values()
    return resolved, reporter


def prepare_in_two(doc: Document, *, lenient: bool = False, owned: bool = False) -> tuple[Resolved, Reporter, Callable[[], None]]:
    """``prepare`` but its last step, the defaults' and examples' checks (``schema_checks.start``),
    returned to be called next (it may raise ``SpecError``): they only move annotations, so the
    pipeline starts a large document's strategies child before them."""
    reporter = Reporter(doc.name, doc.lines)
    data = doc.data
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        reporter.error("/openapi" if isinstance(data, dict) else "", "not an OpenAPI 3.x document (missing or unsupported 'openapi' version)")
        reporter.raise_if_errors()
    lint_shape.check(data, reporter)  # a list where a mapping belongs crashed the stages below
    reporter.raise_if_errors()
    _sizes(data, doc.limits, reporter)
    rules.check_package_name(doc.path.stem, reporter)
    reporter.raise_if_errors()
    # each step below works on the previous one's result, never shared: no copy beyond the first
    normalised = Document(doc.path, normalize(data, reporter, lenient=lenient, in_place=owned), doc.lines, doc.sha256, doc.limits, doc.ref_roots)
    reporter.raise_if_errors()
    resolved = resolve(normalised, reporter, lenient=lenient, owned=True)
    reporter.raise_if_errors()  # the structural validator cannot run over broken references
    if resolved.origins:  # content bundled from other files was not normalised with the root's
        reporter.origins, reporter.files = resolved.origins, resolved.lines  # located in their files
        lint_shape.check(resolved.data, reporter)
        reporter.raise_if_errors()
        resolved = Resolved(resolved.source, normalize(resolved.data, reporter, lenient=lenient, in_place=True), resolved.origins, resolved.lines)
    _sizes(resolved.data, doc.limits, reporter)  # schemas bundled from other files count too
    reporter.raise_if_errors()
    values = schema_checks.start(resolved.data, reporter, lenient=lenient)  # lenient, it repairs schemas
    return resolved, reporter, values


def verify(resolved: Resolved, reporter: Reporter, *, lenient: bool = False) -> None:
    """Lint's second half: checks that only read the prepared document and only add diagnostics
    (so ``specloom.lint_fork`` can run them beside the build). Raises ``SpecError`` like ``lint``."""
    with unchanging(resolved.data):  # every check below walks the document it only reads
        _verify(resolved, reporter, lenient=lenient)


def _verify(resolved: Resolved, reporter: Reporter, *, lenient: bool) -> None:
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
    _structure(resolved.data, reporter, lenient=lenient)
    reporter.raise_if_errors()


def _sizes(data: dict[str, Any], limits: Limits, reporter: Reporter) -> None:
    """Refuse documents beyond the documented bounds (``specs/README.md``, "Limits")."""
    schemas = (data.get("components") or {}).get("schemas")
    if isinstance(schemas, dict) and len(schemas) > limits.max_schemas:
        reporter.error("/components/schemas", f"{len(schemas)} schemas: more than specloom handles ({limits.max_schemas}, limit max_schemas; raise it with --limit max_schemas=N)")
    operations = sum(1 for _ in iter_operations(data)) if isinstance(data.get("paths"), dict) else 0
    if operations > limits.max_operations:
        reporter.error("/paths", f"{operations} operations: more than specloom handles ({limits.max_operations}, limit max_operations; raise it with --limit max_operations=N)")


def _schemas(data: dict[str, Any], reporter: Reporter) -> None:
    """Each top-level schema against the JSON Schema 2020-12 meta-schema, with exact pointers.

    One walk; a schema inside one already checked is skipped by looking up its ancestors (not by
    comparing with every checked pointer: that was quadratic). The compiled metaschema
    (``lint_meta.schema_is_valid``) decides, and only a schema it finds invalid goes through
    ``jsonschema`` (imported then), whose errors are worded and located as before."""
    from specloom import lint_meta

    taken: set[str] = set()
    tops: list[tuple[str, Any]] = []
    for role, pointer, node in walk(data):
        if role != "schema" or any(pointer[:i] in taken for i, c in enumerate(pointer) if c == "/" and i):
            continue
        taken.add(pointer)
        tops.append((pointer, node))
    fast = lint_meta.schema_is_valid()
    refused = [(pointer, node) for pointer, node in tops if not fast(node)]
    if not refused:
        return
    from jsonschema import Draft202012Validator

    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
    said: set[tuple[str, str]] = set()  # the 2020-12 metaschema meets a member once per vocabulary
    for pointer, node in refused:
        for err in meta.iter_errors(node):
            found = (join_pointer(pointer, *err.absolute_path), f"invalid schema: {_message(err)}")
            if found not in said:
                said.add(found)
                reporter.error(*found)


def _message(err: Any) -> str:
    """A jsonschema error's message with the offending value cut short (an enum can be pages)."""
    message = str(getattr(err, "message", err))
    instance = getattr(err, "instance", None)
    quoted = repr(instance)
    if len(quoted) > 200 and quoted in message:
        message = message.replace(quoted, show(instance))
    return message


def _structure(data: dict[str, Any], reporter: Reporter, *, lenient: bool = False) -> None:
    from specloom import lint_meta, lint_openapi

    # defaults are checked by schema_checks, located; the validator would report them at "/"
    data = _without_defaults(data)
    try:
        # the metaschema compiled by us decides in milliseconds, and our own checks do what
        # openapi-spec-validator does beyond it; only an invalid document takes the library's
        # own (slow) pass, whose errors are worded and located as ever
        if lint_meta.is_valid()(data):
            complaints = lint_openapi.complaints(data)
        else:
            complaints = _refused(data, lenient=lenient)
    except Exception as exc:  # the validator crashes on some malformed input; report, don't trace
        reporter.error("", f"OpenAPI structure could not be checked: {type(exc).__name__}: {exc}")
        return
    notes = Notes(reporter)
    for complaint in complaints:  # every one: a list cut at N hides the N+1st problem
        pointer, message = complaint.pointer, f"OpenAPI: {complaint.message}"
        if lenient and _multiple_branches(complaint):
            notes.note(pointer, "the OpenAPI metaschema finds this valid under more than one 'oneOf' branch; the meaning is the same either way")
            continue
        if lenient and _undefined_field(complaint):
            fields = re.search(r"\((.*) (?:was|were) unexpected\)", message)
            named = f" ({fields.group(1)})" if fields else ""
            notes.note(pointer, f"a field this version of OpenAPI does not define here is ignored{named}")
            continue
        if lenient and complaint.message.startswith(lint_openapi.UNDEFINED_REQUIRED):
            # JSON Schema's meaning is clear: the property must be there, with any value
            names = complaint.message[len(lint_openapi.UNDEFINED_REQUIRED) :].lstrip(": ")
            notes.note(pointer, f"'required' names properties that no 'properties' defines, here or in 'allOf' ({names}): each must be present, with any value")
            continue
        reporter.error(pointer, message)
    notes.flush()


def _multiple_branches(complaint: Any) -> bool:
    return bool(complaint.validator == "oneOf" and "is valid under each of" in complaint.message)


def _undefined_field(complaint: Any) -> bool:
    return complaint.validator in ("unevaluatedProperties", "additionalProperties")


def _refused(data: dict[str, Any], *, lenient: bool) -> list[Any]:
    """The complaints about a document the compiled metaschema refuses, worded by the library.

    Not ``lenient``: every refusal is an error that ends the run, and the library's whole pass
    words it as ever. ``lenient``: the metaschema's errors come from ``jsonschema`` run on the
    refused part only (``lint_narrow``): the same errors, at the same paths, in a fraction of the
    time; when lenient turns every one of them into a note, the document is otherwise as valid as
    any other and our own checks (``lint_openapi``) do the library's second pass, as for a valid
    one; else the library's whole pass words them."""
    from specloom import lint_meta, lint_narrow, lint_openapi

    library = _with_jsonschema()
    if not lenient:  # every refusal is an error: narrowing first would only add work before the whole pass
        return [_located(data, error) for error in library(data).iter_errors()]
    part = lint_narrow.refused_part(data, lint_meta.is_valid())
    refused = [_located(data, error) for error in library.schema_validator.iter_errors(part)]
    if refused and all(_multiple_branches(c) or _undefined_field(c) for c in refused):
        return refused + lint_openapi.complaints(data)
    return [_located(data, error) for error in library(data).iter_errors()]


def _located(data: dict[str, Any], error: Any) -> Any:
    """A library error as a ``lint_openapi.Complaint``, located in ``data`` as well as it can be."""
    from specloom.lint_openapi import Complaint

    path = [str(p) for p in getattr(error, "absolute_path", ())]
    pointer = join_pointer("", *path) if path else _find(data, getattr(error, "instance", None))
    if path and path[0] not in data:  # relative to a schema the library checked on its own
        pointer = lint_locate.schema_relative(data, path, getattr(error, "instance", None)) or pointer
    message = _message(error)
    if not pointer:
        pointer = _operation_named(message)
    return Complaint(pointer, message, str(getattr(error, "validator", "") or ""))


@cache
def _with_jsonschema() -> Any:
    """openapi-spec-validator with its metaschema pass run by ``jsonschema``, always: when the
    ``jsonschema-rs`` package is installed (the bench extras, or any user's), the library picks it
    instead, whose errors have no ``validator`` nor paths as lint reads them -- lenient repairs
    failed and errors were located at the root. (Imported here: the library takes ~0.3 s to
    import, and only lint needs it.)"""
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v31
    from openapi_spec_validator.schemas.backend import get_validator_backend
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator

    if get_validator_backend() == "jsonschema":
        return OpenAPIV31SpecValidator

    class WithJsonschema(OpenAPIV31SpecValidator):
        schema_validator = create_validator(dict(schema_v31))

    return WithJsonschema


def _operation_named(message: str) -> str:
    """The pointer of the operation a located-by-name message names ("'put' operation in '/a'")."""
    found = re.search(r"for '(\w+)' operation in '([^']*)'", message)
    return join_pointer("/paths", found.group(2), found.group(1)) if found else ""


def _without_defaults(data: Any) -> Any:
    """A copy of ``data`` with no ``default`` in any schema (containers shared, never mutated)."""
    schemas = {id(node) for role, _, node in walk(data) if role == "schema" and "default" in node}

    def copy(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: copy(v) for k, v in node.items() if not (k == "default" and id(node) in schemas)}
        if isinstance(node, list):
            return [copy(v) for v in node]
        return node

    return copy(data) if schemas else data


def _find(data: Any, instance: Any) -> str:
    """The pointer of the container ``instance`` inside ``data`` (by identity), else the root."""
    if not isinstance(instance, (dict, list)):
        return ""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, here = stack.pop()
        if node is instance:
            return here
        if isinstance(node, dict):
            stack.extend((v, join_pointer(here, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, join_pointer(here, i)) for i, v in enumerate(node))
    return ""


@cache
def _vocabulary_validator() -> Any:
    """Draft 2020-12 whose ``pattern`` is ECMA-262's, as JSON Schema defines it: ``$`` is the end
    of the text. (``jsonschema`` uses Python's ``re.search``, where ``^[A-Z_]+$`` also accepts
    ``"MY_KEY\\n"``: a name no environment could ever hold, written raw into docstrings.)"""
    import re

    from jsonschema import Draft202012Validator, ValidationError, validators
    from specloom_runtime.wire import translate_pattern

    def pattern(validator: Any, regex: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
        if validator.is_type(instance, "string") and not re.search(translate_pattern(regex), instance, re.ASCII):
            yield ValidationError(f"{instance!r} does not match {regex!r}")

    return validators.extend(Draft202012Validator, {"pattern": pattern})


def _vocabulary(data: dict[str, Any], reporter: Reporter) -> None:
    """Each ``x-specloom-*`` key: known, allowed where it stands, and its value well formed (the
    compiled vocabulary decides; ``jsonschema`` words what it refuses); and every schema in the
    dialect specloom reads (``other_dialect``)."""
    from specloom import lint_meta
    from specloom.validation.keywords import other_dialect

    vocab = vocabulary()
    locations: dict[str, dict[str, Any]] = vocab["locations"]
    placed: set[str] = set()
    if "jsonSchemaDialect" in data and (refused := other_dialect(data["jsonSchemaDialect"])):
        reporter.error("/jsonSchemaDialect", refused)
    for role, pointer, node in walk(data):
        placed.add(pointer)
        if role == "schema" and "$schema" in node and (refused := other_dialect(node["$schema"])):
            reporter.error(join_pointer(pointer, "$schema"), refused)
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
            if lint_meta.vocabulary_validators()[lint_meta.vocabulary_key(role, key)].is_valid(value):
                continue  # compiled: the common case costs no jsonschema import
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


def preflight(doc: Document, *, lenient: bool = False, subset: Subset = EVERYTHING) -> Reporter:
    """Everything ``generate`` checks, without formatting or writing: lint, the IR, and the code
    compilers (validators, strategies). Why: ``lint`` OK must mean ``generate`` succeeds."""
    from specloom.diagnostics import SpecError
    from specloom.ir.build import build_ir
    from specloom.render import render

    resolved, reporter = lint(doc, lenient=lenient)
    resolved = select(resolved, subset, reporter)
    try:
        render(build_ir(resolved, reporter, lenient=lenient), resolved.data, reporter)  # degraded artefacts: warnings
    except SpecError as exc:
        raise reporter.located(exc) from None
    return reporter
