"""Command line: ``specloom lint | generate | check | validate | serve | sync`` (also ``python -m specloom``).

Exit status: 0 success; 1 ``check`` found drift or ``validate`` an invalid payload; 2 a broken
spec, unreadable file or usage error.
Problems print as ``file:line: pointer: message`` on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from specloom import config, serve_cmd, sync_cmd, validate_cmd
from specloom.diagnostics import Diagnostic, OutputError, SpecError
from specloom.load import limit_argument, spec_files
from specloom.options import Options

# import names of the libraries the `[generate]` extra adds to the runtime-only base install
GENERATE_EXTRA = frozenset({"jinja2", "jsonschema", "referencing", "openapi_spec_validator", "black", "yaml", "jsonpath_rfc9535", "hypothesis"})


def _specs(given: Sequence[str], specs_dir: str) -> list[Path]:
    if given:
        return [Path(p) for p in given]
    folder = Path(specs_dir)
    if not folder.is_dir():
        raise SpecError([Diagnostic(specs_dir, 0, "", "no such folder of specs (run from the project root, or name the specs)")])
    return spec_files(folder)


def _warn(warnings: Sequence[Diagnostic]) -> None:
    for w in warnings:
        print(str(w), file=sys.stderr)


@dataclass(frozen=True)
class Plan:
    """What a lint/generate/check run works on: flags over ``[tool.specloom]`` over defaults."""

    specs: list[Path]
    specs_dir: str
    out: str
    options: dict[Path, Options]


def _plan(args: argparse.Namespace) -> Plan:
    settings = config.read(args.config)
    specs_dir = settings.folder("specs-dir", args.specs_dir, "specs")
    out = settings.folder("out", getattr(args, "out", None), "generated")
    prefix = settings.folder("package-prefix", getattr(args, "package_prefix", None), config.default_prefix(out))
    config.check_prefix(prefix, settings.file if getattr(args, "package_prefix", None) is None else "--package-prefix")
    specs = _specs(args.specs, specs_dir)
    flags = vars(args)
    options = {s: dataclasses.replace(settings.options(s, specs_dir, flags), package_prefix=prefix) for s in specs}
    return Plan(specs, specs_dir, out, options)


def _version() -> str:
    from specloom.versions import version

    found = version("specloom")
    if found is None:  # run from a source tree without installing it
        from specloom import __version__

        return __version__
    return found


def cmd_lint(args: argparse.Namespace) -> int:
    from specloom import overlay
    from specloom.check import preflight
    from specloom.load import load

    errors: list[Diagnostic] = []
    warnings = 0
    plan = _plan(args)
    specs = plan.specs
    built = [s for s in specs if plan.options[s].strict]
    if built:  # every artefact must be generable: build them, in memory (and cache them)
        from specloom.pipeline import build_each

        for outcome in build_each(built, [plan.options[s] for s in built], _cache_dir(args), Path(plan.out)):
            found = outcome if isinstance(outcome, list) else outcome[3]
            errors.extend(d for d in found if d.severity == "error")
            _warn([d for d in found if d.severity == "warning"])
            warnings += sum(1 for d in found if d.severity == "warning")
    for spec in [s for s in specs if s not in built]:
        options = plan.options[spec]
        try:
            doc, _ = overlay.apply(load(spec, limits=options.limits, ref_roots=options.ref_roots), options.overlays)
            reporter = preflight(doc, lenient=options.lenient, subset=options.subset)
            _warn(reporter.warnings)
            warnings += len(reporter.warnings)
        except SpecError as exc:
            _warn(exc.warnings)
            warnings += len(exc.warnings)
            errors.extend(exc.diagnostics)
    if errors:
        raise SpecError(errors)
    print(f"specloom lint: {len(specs)} spec(s) OK" + (f", {warnings} warning(s)" if warnings else ""))
    return 0


def _cache_dir(args: argparse.Namespace) -> Path | None:
    """The build cache folder (``SPECLOOM_CACHE``, default ``.specloom-cache``); None: no cache."""
    from specloom.cache import DEFAULT_FOLDER

    folder = os.environ.get("SPECLOOM_CACHE", str(DEFAULT_FOLDER))  # empty: no cache (the test suite)
    return None if args.no_cache or not folder else Path(folder)


def cmd_generate(args: argparse.Namespace) -> int:
    from specloom.format import black_note
    from specloom.pipeline import generate

    plan = _plan(args)
    coverage: list[str] = []
    def waiting() -> None:
        print(f"specloom generate: waiting for another run writing into {plan.out}/", file=sys.stderr, flush=True)

    warnings, removed = generate(plan.specs, Path(plan.out), whole=not args.specs, per_spec=plan.options, cache_dir=_cache_dir(args), coverage=coverage, waiting=waiting)
    _warn(warnings)
    for line in coverage:  # read by bench/corpus.py: every operation left out has a warning above
        print(f"specloom generate: {line}")
    if note := black_note():  # read by bench/corpus.py too: pieces black still formatted
        print(f"specloom generate: {note}")
    for folder in removed:  # only a run over the whole specs folder removes a package
        print(f"specloom generate: removed {plan.out}/{folder}/ (no spec in {plan.specs_dir}/ produces it)", file=sys.stderr)
    print(f"specloom generate: {len(plan.specs)} spec(s) -> {plan.out}/")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import difflib  # here, not at the top: only check writes a diff

    from specloom import manifest
    from specloom.pipeline import build_tree
    from specloom.write import read_tree

    plan = _plan(args)
    expected, _ = build_tree(plan.specs, out=Path(plan.out), whole=not args.specs, per_spec=plan.options)
    # only what the run owns: the project's own files beside the packages are not compared
    actual = read_tree(Path(plan.out), manifest.owned(Path(plan.out), {p.parts[0] for p in expected}, not args.specs))
    drift = []
    for path in sorted(set(expected) | set(actual)):
        want, have = expected.get(path), actual.get(path)
        if want == have:
            continue
        if want is None:
            drift.append(f"extra file {plan.out}/{path} (not produced by the specs)\n")
        elif have is None:
            drift.append(f"missing file {plan.out}/{path}\n")
        else:
            drift.extend(difflib.unified_diff(have.splitlines(True), want.splitlines(True), f"{plan.out}/{path} (committed)", f"{plan.out}/{path} (from specs)"))
    if drift:
        sys.stdout.writelines(drift)
        print(f"specloom check: {plan.out}/ differs from what the specs produce; run `specloom generate`", file=sys.stderr)
        return 1
    print(f"specloom check: {plan.out}/ is up to date ({len(expected)} files)")
    return 0


def _names(text: str) -> str:
    """``--operations``/``--tags``: at least one name. An empty list (``--operations "$OPS"`` with
    ``OPS`` unset) would otherwise choose no subset, and the whole document be generated."""
    if not any(part.strip() for part in text.split(",")):
        raise argparse.ArgumentTypeError("names nothing; leave the flag out to generate every operation")
    return text


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="specloom", description="OpenAPI 3.1 specs -> typed clients, validators and property tests.")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(dest="command", required=True, help="what to do")
    for name, func, help_ in (
        ("lint", cmd_lint, "check specs; print file:line: pointer: message for each problem"),
        ("generate", cmd_generate, "write generated/ from the specs (atomically)"),
        ("check", cmd_check, "fail with a diff when generated/ differs from what the specs produce"),
    ):
        cmd = sub.add_parser(name, help=help_)
        cmd.add_argument("specs", nargs="*", help="spec files (default: every .yaml, .yml and .json file in --specs-dir, hidden ones aside)")
        cmd.add_argument("--config", metavar="FILE", help="read [tool.specloom] from FILE (default: ./pyproject.toml when present); flags win over it")
        cmd.add_argument("--specs-dir", metavar="DIR", help="folder of the specs when none is named (default: specs)")
        cmd.add_argument("--lenient", action=argparse.BooleanOptionalAction, help="repair what breaks the declared version where the meaning is clear, with warnings")
        cmd.add_argument("--overlay", action="append", default=[], metavar="FILE", help="an OpenAPI Overlay 1.0 file applied before lint (repeatable, in order)")
        cmd.add_argument("--allow-ref-root", action="append", default=[], metavar="DIR", help="a folder whose files $refs may read besides the spec's own folder tree (repeatable)")
        cmd.add_argument("--limit", action="append", default=[], type=limit_argument, metavar="NAME=N", help="raise a size limit, e.g. max_schemas=10000 (repeatable; see specs/README.md, Limits)")
        cmd.add_argument("--strict", action=argparse.BooleanOptionalAction, help="a degraded artefact (e.g. a schema without strategy) is an error, not a warning")
        cmd.add_argument("--operations", type=_names, metavar="ID,...", help="only these operations (by operationId) and the schemas they reach")
        cmd.add_argument("--tags", type=_names, metavar="TAG,...", help="only the operations with one of these tags (with --operations: either)")
        # lint takes them too: lint --strict builds each package as generate would write it there
        # (a package records its spec's path relative to the output), so generate reuses the build
        cmd.add_argument("--out", metavar="DIR", help="output folder (default: generated)")
        if name != "lint":
            cmd.add_argument("--package-prefix", metavar="NAME", help="import name of the output folder, used in the generated docs (default: from --out, e.g. src/app/clients -> app.clients)")
        if name in ("generate", "lint"):
            cmd.add_argument("--no-cache", action="store_true", help="build every spec anew, neither reading nor filling .specloom-cache/")
        cmd.set_defaults(func=func)
    validate = sub.add_parser(
        "validate",
        help="check payload files (JSON, JSON Lines, YAML, stdin) against an API's schema or a schema file",
        description="Validate payloads against a schema of an API's spec, or a standalone JSON Schema.",
    )
    validate_cmd.add_arguments(validate)
    validate.set_defaults(func=validate_cmd.run)
    served = sub.add_parser("serve", help="serve an API's testing kit over HTTP on 127.0.0.1 (a sandbox server)")
    serve_cmd.add_arguments(served)
    served.set_defaults(func=serve_cmd.run)
    synced = sub.add_parser("sync", help="push a CSV / JSON Lines list of records into an API (resumable, rate-limited)")
    sync_cmd.add_arguments(synced)
    synced.set_defaults(func=sync_cmd.run)
    return p


# The commands that build packages: one short run each, whose objects live until its end (the
# console script runs them without the cyclic collector and ends without teardown); ``validate``,
# ``serve`` and ``sync`` may run for hours over a stream of payloads or requests: they keep both.
BUILDS = frozenset({"lint", "generate", "check"})


def main(argv: Sequence[str] | None = None, *, quick_builds: bool = False) -> int:
    """The command line on ``argv``; its exit status. ``quick_builds`` (the console script's):
    the build commands run without the cyclic garbage collector (``collector_off``) and end the
    process when done (``_exit_now``)."""
    args = parser().parse_args(argv)
    if quick_builds and args.command in BUILDS:
        with collector_off():
            status = _dispatch(args)
        _exit_now(status)
    return _dispatch(args)


def _exit_now(status: int) -> NoReturn:
    """End the process with ``status`` once the output streams are flushed, without the
    interpreter's teardown (as mypy does after a run): it would free, one by one, every object
    the run left in module caches, and collect once more. Every file the run wrote is closed by
    then (``write`` renames whole trees into place); only the standard streams are buffered."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that left (``| head``) or a closed stream
            pass
    os._exit(status)


def _dispatch(args: argparse.Namespace) -> int:
    try:
        result: int = args.func(args)
        return result
    except SpecError as exc:
        for d in exc.diagnostics:
            print(str(d), file=sys.stderr)
        print(f"specloom {args.command}: {len(exc.diagnostics)} error(s)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OutputError as exc:
        print(f"specloom {args.command}: {exc}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.partition(".")[0] not in GENERATE_EXTRA:
            raise
        # the base install is the runtime alone: say which extra brings the generator's libraries
        print(
            f"specloom {args.command}: needs the generator's libraries ({exc.name} is not installed); "
            "install them with: pip install 'specloom[generate]'",
            file=sys.stderr,
        )
        return 2
    except Exception as exc:  # a bug of specloom itself: say so plainly, no bare traceback
        if os.environ.get("SPECLOOM_DEBUG"):
            raise
        print(
            f"specloom {args.command}: internal error: {type(exc).__name__}: {exc}. This is a bug in "
            "specloom; please report it with the spec that triggers it (SPECLOOM_DEBUG=1 shows the "
            "traceback). Nothing was written.",
            file=sys.stderr,
        )
        return 3


def console() -> int:
    """The command line as the ``specloom`` script and ``python -m specloom`` run it (through
    ``specloom.script``, which first serves dataclass methods from shipped code).

    ``jsonschema`` imports the optional ``rfc3987_syntax`` package when it is installed (it comes
    with ``jsonschema[format-nongpl]``, which the test oracle needs), and that package compiles
    dozens of grammars at import: about 3 s of every run. It only checks the ``iri`` formats, which
    the linter never asks for, so the command line skips it.
    """
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    return main(quick_builds=True)


@contextmanager
def collector_off() -> Iterator[None]:
    """The run without Python's cyclic garbage collector.

    Why: a run builds large structures that live until its end (the document, its line map, the
    IR, the sources) and makes little cyclic garbage. The collector's passes walk those
    structures again and again and free almost nothing: 5-15% of a run's CPU (Spree 6.0 -> 5.5 s,
    7 MB more at peak; Stripe 62 -> 54 s, 504 -> 559 MB; ``bench/corpus.py`` shows peak RSS).
    Forked children (lint's, the compilers', the spec workers) inherit the setting. Only the
    console script does this, and only for ``BUILDS``: a program calling ``main()`` keeps its
    collector as it was.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
