"""The pipeline, in one place: load -> lint -> resolve -> IR -> render -> format -> write.

(Resolution runs inside ``lint``: the structural checks need a bundled document.) Specs are
independent, so with several of them each is built in its own process (fork), two at a time:
black and the OpenAPI validator dominate, and both are CPU-bound.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path, PurePosixPath

from generator import manifest, overlay
from generator.check import DEFAULT, Options, lint
from generator.diagnostics import Diagnostic, SpecError
from generator.format import format_sources
from generator.ir.build import build_ir
from generator.load import load
from generator.render import render, render_root
from generator.subset import select
from generator.write import SKIP_DIRS, Provenance, read_tree, stamp, write

Built = tuple[str, dict[PurePosixPath, str], Provenance, list[Diagnostic]]


def build_package(spec: Path, options: Options = DEFAULT) -> Built:
    """One spec -> its package name, formatted files, provenance and warnings (``SpecError`` on error).

    An artefact a compiler cannot do (a client method's typed result, a property test's
    strategy) is degraded alone, with a located warning saying what was lost; the rest of the
    package is generated. ``options.strict`` makes those warnings errors (the project's own specs).
    """
    doc, overlays = overlay.apply(load(spec, limits=options.limits, ref_roots=options.ref_roots), options.overlays)
    resolved, reporter = lint(doc, lenient=options.lenient)
    resolved = select(resolved, options.subset, reporter)  # later stages see only the subset
    linted = len(reporter.diagnostics)
    api = build_ir(resolved, reporter, lenient=options.lenient)
    try:
        files = format_sources(render(api, resolved.data, reporter))
    except SpecError as exc:  # the code compilers know the pointer; the reporter knows its line
        raise reporter.located(exc) from None
    degraded = [d for d in reporter.diagnostics[linted:] if d.severity == "warning"]
    if options.strict and degraded:
        raise SpecError(dataclasses.replace(d, severity="error", message=f"{d.message} [--strict]") for d in degraded)
    return api.package, files, Provenance(doc.name, doc.sha256, overlays, options.subset.describe(), (len(api.operations), api.operation_total)), reporter.warnings


def _build_or_diagnose(spec: Path, options: Options = DEFAULT) -> Built | list[Diagnostic]:
    try:
        return build_package(spec, options)
    except SpecError as exc:  # returned, not raised: it crosses a process boundary
        return list(exc.diagnostics)


def _build_all(specs: list[Path], options: Options) -> list[Built | list[Diagnostic]]:
    if len(specs) < 2 or sys.platform != "linux":
        return [_build_or_diagnose(s, options) for s in specs]
    import jsonschema  # noqa: F401  - imported once here, before forking, not in every worker
    import openapi_spec_validator  # noqa: F401
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(partial(_build_or_diagnose, options=options), specs))


def build_tree(
    specs: list[Path], options: Options = DEFAULT, *, out: Path | None = None, whole: bool = True,
    coverage: list[str] | None = None,
) -> tuple[dict[PurePosixPath, str], list[Diagnostic]]:
    """Specs -> the complete output tree, in memory (used by both ``generate`` and ``check``).

    ``whole``: the specs are the whole specs folder, so the tree holds their packages and nothing
    else (a package whose spec was removed goes). Otherwise the run owns only the packages of its
    specs: every other file already in ``out`` is kept, and the manifest and root ``__init__.py``
    list the packages of both (the previous manifest's entries plus this run's).
    ``coverage`` receives one line per spec: how many of its operations have a client method.
    """
    files: dict[PurePosixPath, str] = {}
    provenance: dict[str, Provenance] = {}
    warnings: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    ordered = sorted(specs)
    for spec, built in zip(ordered, _build_all(ordered, options), strict=True):
        if isinstance(built, list):  # keep going: report every broken spec in one run
            errors.extend(built)
            continue
        package, package_files, prov, spec_warnings = built
        if package in provenance:
            errors.append(Diagnostic(str(spec), 0, "", f"package name {package!r} is already generated from {provenance[package].source_file}"))
            continue
        files.update(package_files)
        provenance[package] = prov
        warnings.extend(spec_warnings)
        if coverage is not None:
            coverage.append(f"{spec}: {prov.operations[0]} of {prov.operations[1]} operations have a client method")
    if errors:
        raise SpecError(errors)
    tree: dict[PurePosixPath, str] = {}
    entries = {package: manifest.entry(prov) for package, prov in provenance.items()}
    if not whole and out is not None:
        current = read_tree(out)
        previous = manifest.read(current, str(out))
        manifest.refuse_takeover(previous, entries, str(out))
        entries = {**previous, **entries}
        tree = {path: text for path, text in current.items() if path.parts[0] not in provenance}
    files.update(format_sources(render_root(list(entries))))
    tree.update(stamp(files, provenance))
    tree[manifest.MANIFEST] = manifest.render(entries)
    return tree, warnings


def generate(
    specs: list[Path], out: Path, options: Options = DEFAULT, *, whole: bool = True, coverage: list[str] | None = None
) -> tuple[list[Diagnostic], list[str]]:
    """Build everything first, then write once: a failing spec leaves ``out`` untouched.

    Returns the warnings and the top-level folders of ``out`` the run removed (``whole`` only);
    ``coverage`` receives the operations-with-a-client-method line of each spec.
    """
    files, warnings = build_tree(specs, options, out=out, whole=whole, coverage=coverage)
    kept = {path.parts[0] for path in files}
    removed = sorted(d.name for d in out.iterdir() if d.is_dir() and d.name not in kept and d.name not in SKIP_DIRS) if out.is_dir() else []
    write(files, out)
    return warnings, removed
