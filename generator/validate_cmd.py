"""``specloom validate``: payload files -> a verdict per payload, as text, JSON or CI annotations.

Input: ``API NAME`` (a key of ``VALIDATORS`` in ``generated/<api>/validators.py``, compiled from
``--specs-dir``; with no specs folder, or one without that API, the installed package's) or ``--schema FILE`` (any JSON
Schema 2020-12), and payloads: JSON, JSON Lines, YAML files or ``-`` (stdin). Output: one line per
violation ``file[:line]: /pointer: message`` and a summary, one JSON document, or GitHub ``::error``
annotations. Exit 0 all valid, 1 something invalid, 2 anything else wrong -- never a traceback.

Why this shape: CI runs it over many, sometimes large, files. Only the schema asked for is compiled,
once, by the compiler that writes ``validators.py`` (so it agrees with the generated code and the
specs); the linter, and with it ``jsonschema``, runs only to explain a spec that cannot be read.
JSON Lines and the JSON output are streamed, so memory stays flat. The formats themselves live in
``specloom.validate_output``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from specloom_runtime.wire.lines import LineTooLong, bounded_lines

from specloom import load_json
from specloom.diagnostics import Diagnostic, Reporter, SpecError
from specloom.load import (
    DEFAULT_LIMITS,
    Limits,
    limit_argument,
    load,
    loads,
    spec_files,
    undecodable,
)
from specloom.validate_output import OUTPUTS, STDIN, Payload, Problem

# the import name of the packages generated from specs/ and installed with specloom
INSTALLED_APIS = "specloom.apis"

# Payload files may be larger than specs; depth, values and expanded size keep the spec bounds.
PAYLOAD_LIMITS = Limits(max_bytes=256 * 1024 * 1024)
KINDS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".yaml": "yaml", ".yml": "yaml"}
BOM = b"\xef\xbb\xbf"
USAGE = """\
specloom validate [options] API NAME FILE [FILE ...]
       specloom validate [options] --schema SCHEMA FILE [FILE ...]"""
EPILOG = """\
NAME is a schema name, <operationId>.request or <operationId>.response.<status> (the keys of
VALIDATORS in generated/<api>/validators.py). Inputs are read by suffix: .json, .jsonl/.ndjson
(one payload a line; blank lines skipped), .yaml/.yml. Stdin ('-') and other names are JSON Lines
when the first non-blank line is a JSON value by itself, else one JSON document. Options go
before API NAME or after the last FILE. Exit status: 0 all valid, 1 something invalid, 2 usage
error, unknown API or NAME, unreadable or unparsable input, broken spec or schema.

examples:
  specloom validate --format github myapi createCustomer.request customers.jsonl fixtures/*.yaml
  export-customers | specloom validate myapi Customer -
  specloom validate --schema customer.schema.yaml customers.jsonl"""


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    """Declare ``specloom validate``'s arguments on its subparser."""
    cmd.usage, cmd.epilog, cmd.formatter_class = USAGE, EPILOG, argparse.RawDescriptionHelpFormatter
    add = cmd.add_argument
    add("inputs", nargs="+", metavar="API NAME FILE", help="API and schema NAME (not with --schema), then payload files; '-' is stdin")
    add("--schema", help="validate against this JSON Schema file (.json/.yaml) instead of an API's schema")
    add("--specs-dir", metavar="DIR", help="specs to compile NAME from (default: specs/ when it exists, else the validators installed with specloom)")
    add("--format", choices=("human", "json", "github"), default="human", help="human (default): file[:line]: /pointer: message lines and a summary; json: one JSON document; github: ::error annotations")
    add("--formats", choices=("assert", "annotate"), default="assert", help="check the 'format' keyword (assert, the default) or only annotate")
    add("--input-format", choices=("auto", "json", "jsonl", "yaml"), default="auto", help="read every input as this (default: auto, by suffix)")
    add("--limit", action="append", default=[], type=limit_argument, metavar="NAME=N", help="change a size limit of the spec and the payloads, e.g. max_depth=500 (repeatable; see specs/README.md, Limits)")
    cmd.set_defaults(validate_usage=cmd.format_usage())


def limits(given: list[str]) -> tuple[Limits, Limits]:
    """(the spec's limits, the payloads') with ``--limit``s applied to both: payloads keep
    ``PAYLOAD_LIMITS`` (larger files) for every limit not given."""
    spec = Limits.parse(given)
    changed = {f.name: getattr(spec, f.name) for f in dataclasses.fields(Limits) if getattr(spec, f.name) != getattr(DEFAULT_LIMITS, f.name)}
    return spec, dataclasses.replace(PAYLOAD_LIMITS, **changed)


class UsageError(Exception):
    """The command line cannot be acted on (exit 2); ``args[1]`` true: print the usage line too."""


def run(args: argparse.Namespace) -> int:
    """Run ``specloom validate`` on parsed ``args``; return the exit status (0, 1 or 2)."""
    # here, not at the top: the runtime imports httpx, which every other command would pay for
    from specloom_runtime.wire import RecursionLimitError

    try:
        spec_limits, payload_limits = limits(args.limit)
        files, check, label = _target(args, spec_limits)
        out = OUTPUTS[args.format](label)
        for name in files:
            out.files += 1
            for item in _read(name, args.input_format, payload_limits):
                if isinstance(item, Problem):
                    out.problem(item)
                    continue
                try:
                    errors = [] if check.is_valid(item.value) else check.errors(item.value)
                except (RecursionError, RecursionLimitError):
                    out.problem(Problem(item.file, item.line or 0, "payload nested too deeply to validate"))
                else:
                    out.payload(item, errors)
        out.finish()
    except UsageError as exc:
        print(f"{args.validate_usage if exc.args[1:] else ''}specloom validate: error: {exc.args[0]}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `specloom validate ... | head`: stop quietly (no error at exit's flush)
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 2
    except SpecError:
        raise  # the CLI prints its located diagnostics and exits 2
    except Exception as exc:  # a bug, not the user's input: still no traceback
        print(f"specloom validate: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    return 2 if out.problems else 1 if out.invalid else 0


def _target(args: argparse.Namespace, spec_limits: Limits = DEFAULT_LIMITS) -> tuple[list[str], Any, str]:
    """(payload files, validator with ``is_valid``/``errors``, label) from the command line."""
    inputs: list[str] = args.inputs
    if args.schema is not None:
        return inputs, _schema_file(args.schema, args.formats, spec_limits), args.schema
    if len(inputs) < 3:
        raise UsageError("give API NAME FILE... (or --schema SCHEMA FILE...)", True)
    api, name, files = inputs[0], inputs[1], inputs[2:]
    if args.specs_dir is None and (not Path("specs").is_dir() or api not in _spec_files(Path("specs"))):
        # a repository's own specs/ need not hold the API: the installed validators have it
        local = sorted(_spec_files(Path("specs"))) if Path("specs").is_dir() else None
        return files, _installed(api, name, args.formats, local), name
    return files, _from_specs(Path(args.specs_dir or "specs"), api, name, args.formats, spec_limits), name


def _spec_files(folder: Path) -> dict[str, list[Path]]:
    """API name -> the spec files of ``folder`` that generate it."""
    from specloom.ir.operations import package_name

    specs: dict[str, list[Path]] = {}
    for path in spec_files(folder):
        try:
            specs.setdefault(package_name(path.stem), []).append(path)
        except ValueError:  # a file name that makes no package name (lint says so)
            continue
    return specs


def _schema_file(path: str, formats: str, spec_limits: Limits = DEFAULT_LIMITS) -> Any:
    doc = load(path, limits=spec_limits)
    if not isinstance(doc.data, (dict, bool)):
        raise SpecError([Diagnostic(path, 1, "", "a JSON Schema is an object or a boolean")])
    from specloom.rules import check_loops

    reporter = Reporter(path, doc.lines)
    check_loops(doc.data, reporter)
    reporter.raise_if_errors()
    return _compile(doc.data, ("schema", "schema", ""), path, formats, reporter)


def _from_specs(folder: Path, api: str, name: str, formats: str, spec_limits: Limits = DEFAULT_LIMITS) -> Any:
    from specloom.ir.build import build_ir
    from specloom.normalize import normalize
    from specloom.resolve import resolve

    if not folder.is_dir():
        raise UsageError(f"no such folder of specs: {folder}")
    specs = _spec_files(folder)
    if api not in specs:
        raise UsageError(_unknown("API", api, specs, f" in {folder}/"))
    if len(specs[api]) > 1:
        raise UsageError(f"API {api!r} is ambiguous: {', '.join(map(str, specs[api]))}")
    doc = load(specs[api][0], limits=spec_limits)
    reporter = Reporter(doc.name, doc.lines)
    try:  # validator keys from the IR, exactly as validators.py is generated; no linter needed
        if not isinstance(doc.data, dict) or not str(doc.data.get("openapi", "")).startswith("3."):
            raise SpecError([Diagnostic(doc.name, 1, "/openapi", "not an OpenAPI 3.x document")])
        resolved = resolve(dataclasses.replace(doc, data=normalize(doc.data, reporter)), reporter)
        reporter.raise_if_errors()
        entries = {v.key: (v.key, v.py_name, v.pointer) for v in build_ir(resolved, reporter).validators}
    except Exception as exc:  # the spec is broken: the linter says where (jsonschema only here)
        from specloom.check import lint

        lint(doc)
        if isinstance(exc, SpecError):
            raise
        raise SpecError([Diagnostic(doc.name, 0, "", f"cannot read its schemas: {type(exc).__name__}: {exc}")]) from None
    if name not in entries:
        raise UsageError(_unknown("schema name", name, entries, f" for {api}"))
    return _compile(resolved.data, entries[name], doc.name, formats, reporter)


def _compile(document: Any, entry: tuple[str, str, str], source_file: str, formats: str, reporter: Reporter) -> Any:
    """One entry of ``document`` -> its ``CompiledValidator``; problems located in ``source_file``."""
    from specloom.validation import CompileError, compile_module

    try:
        module = compile_module(document, [entry], source_file=source_file, formats=formats)
    except CompileError as exc:
        what = f"cannot compile: {exc.keyword + ': ' if exc.keyword else ''}{exc.message}"
        raise SpecError([Diagnostic(reporter.file, reporter.line_of(exc.pointer), exc.pointer, what)]) from None
    for warning in module.warnings:
        reporter.warning(warning.pointer, f"{warning.keyword}: {warning.message}")
    for diagnostic in reporter.warnings:
        print(str(diagnostic), file=sys.stderr)
    namespace: dict[str, Any] = {"__name__": "specloom_validate"}
    # Text the compiler wrote: spec strings appear in it only as repr() literals.
    exec(compile(module.source, f"<specloom validate {source_file}>", "exec"), namespace)  # noqa: S102
    return namespace["VALIDATORS"][entry[0]]


def _installed(api: str, name: str, formats: str, local: list[str] | None = None) -> Any:
    """No specs folder here, or one without ``api`` (another repository's own specs): the validators
    generated into the installed package. ``local``: the APIs of the local specs/, for messages."""
    here = "no specs/ folder here" if local is None else f"not in specs/ here (valid: {', '.join(local) or '(none)'})"
    try:
        apis: list[str] = list(importlib.import_module(INSTALLED_APIS).__all__)
    except (ImportError, AttributeError):
        raise UsageError(f"API {api!r} is {here} and no generated validators are installed; pass --specs-dir") from None
    if api not in apis:
        raise UsageError(_unknown("API", api, apis, f" installed with specloom, and {here}"))
    if formats != "assert":
        raise UsageError("--formats annotate needs the specs (--specs-dir): installed validators assert formats")
    registry: dict[str, Any] = importlib.import_module(f"{INSTALLED_APIS}.{api}.validators").VALIDATORS
    if name not in registry:
        raise UsageError(_unknown("schema name", name, registry, f" for {api}"))
    return registry[name]


def _unknown(what: str, given: str, known: Iterable[str], where: str) -> str:
    names = sorted(known)
    import difflib  # only a misspelt name needs it

    hint = "".join(f" (did you mean {c!r}?)" for c in difflib.get_close_matches(given, names, n=1))
    return f"unknown {what} {given!r}{where}{hint}; valid: {', '.join(names) or '(none)'}"


def _read(name: str, forced: str, bounds: Limits = PAYLOAD_LIMITS) -> Iterator[Payload | Problem]:
    """Every payload (or problem) of one input, in order; JSON Lines one line at a time."""
    display = STDIN if name == "-" else name
    kind = forced if forced != "auto" else "sniff" if name == "-" else KINDS.get(Path(name).suffix.lower(), "sniff")
    try:
        with contextlib.ExitStack() as stack:
            stream: IO[bytes] = sys.stdin.buffer if name == "-" else stack.enter_context(open(name, "rb"))
            if kind == "jsonl":
                yield from _json_lines(display, enumerate(bounded_lines(stream, display, bounds.max_bytes), 1), bounds)
            elif kind == "sniff":
                yield from _sniff(display, stream, bounds)
            else:
                raw = stream.read(bounds.max_bytes + 1)
                if len(raw) > bounds.max_bytes:
                    yield Problem(display, 0, f"file larger than {bounds.max_bytes} bytes (limit max_bytes)")
                    return
                yield from (_yaml if kind == "yaml" else _json_document)(display, raw, bounds)
    except OSError as exc:
        yield Problem(display, 0, f"cannot read file: {exc.strerror or exc}")
    except LineTooLong as exc:  # read on, it could be endless (/dev/zero was read until memory ran out)
        yield Problem(display, exc.line, f"more than {bounds.max_bytes} bytes without a line break (limit max_bytes): the rest is not read")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse(raw: bytes, bounds: Limits = PAYLOAD_LIMITS, encoding: str = "utf-8") -> tuple[Any, tuple[int, str] | None]:
    """(value, None), or (None, (line in ``raw`` or 0, message)) when ``raw`` is not JSON."""
    try:
        text = raw.decode(encoding)
        deep = load_json.too_deep(text, bounds.max_depth)
        if deep is not None:
            return None, (load_json.line_at(text, deep), f"nesting deeper than {bounds.max_depth} (limit max_depth)")
        return json.loads(text, parse_constant=_reject_constant), None
    except UnicodeDecodeError as exc:
        return None, undecodable(exc)
    except json.JSONDecodeError as exc:
        hint = " (several JSON values? name the file .jsonl or pass --input-format jsonl)" if exc.msg == "Extra data" else ""
        return None, (exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno}){hint}")
    except (ValueError, RecursionError) as exc:
        return None, (0, f"invalid JSON: {exc if isinstance(exc, ValueError) else 'nested too deeply'}")


def _json_lines(file: str, numbered: Iterable[tuple[int, bytes]], bounds: Limits = PAYLOAD_LIMITS) -> Iterator[Payload | Problem]:
    for number, raw in numbered:
        if raw.strip():
            value, error = _parse((raw.removeprefix(BOM) if number == 1 else raw).rstrip(b"\r\n"), bounds)
            yield Payload(file, number, value) if error is None else Problem(file, number, error[1])


def _sniff(file: str, stream: IO[bytes], bounds: Limits = PAYLOAD_LIMITS) -> Iterator[Payload | Problem]:
    """JSON Lines when the first non-blank line is a whole JSON value, else one JSON document."""
    head: list[bytes] = []
    for number, raw in enumerate(bounded_lines(stream, file, bounds.max_bytes), 1):
        head.append(raw)
        if raw.strip():
            break
        if number > bounds.max_bytes:  # blank lines without end (a byte each at least)
            yield Problem(file, number, f"more than {bounds.max_bytes} bytes of blank lines (limit max_bytes): the rest is not read")
            return
    if not head or not head[-1].strip():  # empty input: no payloads
        return
    if _parse(head[-1].removeprefix(BOM), bounds)[1] is None:
        yield from _json_lines(file, itertools.chain([(len(head), head[-1])], enumerate(bounded_lines(stream, file, bounds.max_bytes, len(head) + 1), len(head) + 1)), bounds)
    else:
        start = b"".join(head)
        rest = stream.read(bounds.max_bytes + 1 - len(start))
        if len(start) + len(rest) > bounds.max_bytes:
            yield Problem(file, 0, f"file larger than {bounds.max_bytes} bytes (limit max_bytes)")
            return
        yield from _json_document(file, start + rest, bounds)


def _json_document(file: str, raw: bytes, bounds: Limits = PAYLOAD_LIMITS) -> Iterator[Payload | Problem]:
    """One JSON document; its lines are found on demand by a JSON-aware index (``JsonLines``)."""
    try:
        text = raw.decode("utf-8-sig")
        value, lines = load_json.parse(text, file, bounds, measure=False)
    except UnicodeDecodeError as exc:
        yield Problem(file, *undecodable(exc))
    except SpecError as exc:
        yield from (Problem(d.file, d.line, d.message) for d in exc.diagnostics)
    else:
        yield Payload(file, None, value, lambda: lines)


def _yaml(file: str, raw: bytes, bounds: Limits = PAYLOAD_LIMITS) -> Iterator[Payload | Problem]:
    try:
        doc = loads(raw, path=Path(file), display_name=file, limits=bounds, as_json=False)
    except SpecError as exc:
        yield from (Problem(d.file, d.line, d.message) for d in exc.diagnostics)
    else:
        yield Payload(file, None, doc.data, lambda: doc.lines)
