"""The pipeline, in one place: load -> lint -> resolve -> IR -> render -> format -> write.

(Resolution runs inside ``lint``: the structural checks need a bundled document.) Specs are
independent, so with several of them each is built in its own process (fork), two at a time:
black and the OpenAPI validator dominate, and both are CPU-bound.
"""

from __future__ import annotations

import functools
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path, PurePosixPath

from generator.check import lint
from generator.diagnostics import Diagnostic, SpecError
from generator.format import format_sources
from generator.ir.build import build_ir
from generator.load import DEFAULT_LIMITS, Limits, load
from generator.render import render, render_root
from generator.write import Provenance, stamp, write

Built = tuple[str, dict[PurePosixPath, str], Provenance, list[Diagnostic]]


def build_package(spec: Path, limits: Limits = DEFAULT_LIMITS, ref_roots: tuple[Path, ...] = ()) -> Built:
    """One spec -> its package name, formatted files, provenance and warnings (``SpecError`` on error)."""
    doc = load(spec, limits=limits, ref_roots=ref_roots)
    resolved, reporter = lint(doc)
    api = build_ir(resolved, reporter)
    try:
        files = format_sources(render(api, resolved.data))
    except SpecError as exc:  # the code compilers know the pointer; the reporter knows its line
        raise reporter.located(exc) from None
    return api.package, files, Provenance(doc.name, doc.sha256), reporter.warnings


def _build_or_diagnose(spec: Path, limits: Limits, ref_roots: tuple[Path, ...]) -> Built | list[Diagnostic]:
    try:
        return build_package(spec, limits, ref_roots)
    except SpecError as exc:  # returned, not raised: it crosses a process boundary
        return list(exc.diagnostics)


def _build_all(specs: list[Path], limits: Limits, ref_roots: tuple[Path, ...]) -> list[Built | list[Diagnostic]]:
    build = functools.partial(_build_or_diagnose, limits=limits, ref_roots=ref_roots)
    if len(specs) < 2 or sys.platform != "linux":
        return [build(s) for s in specs]
    import jsonschema  # noqa: F401  - imported once here, before forking, not in every worker
    import openapi_spec_validator  # noqa: F401
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(build, specs))


def build_tree(
    specs: list[Path], limits: Limits = DEFAULT_LIMITS, ref_roots: tuple[Path, ...] = ()
) -> tuple[dict[PurePosixPath, str], list[Diagnostic]]:
    """Every spec -> the complete output tree, in memory (used by both ``generate`` and ``check``).

    ``limits`` and ``ref_roots`` (folders ``$ref``s may read besides each spec's own) go to ``load``.
    """
    files: dict[PurePosixPath, str] = {}
    provenance: dict[str, Provenance] = {}
    warnings: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    ordered = sorted(specs)
    for spec, built in zip(ordered, _build_all(ordered, limits, ref_roots), strict=True):
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
    if errors:
        raise SpecError(errors)
    files.update(format_sources(render_root(list(provenance))))
    return stamp(files, provenance), warnings


def generate(specs: list[Path], out: Path, limits: Limits = DEFAULT_LIMITS, ref_roots: tuple[Path, ...] = ()) -> list[Diagnostic]:
    """Build everything first, then write once: a failing spec leaves ``out`` untouched."""
    files, warnings = build_tree(specs, limits, ref_roots)
    write(files, out)
    return warnings
