"""The pipeline, in one place: load -> lint -> resolve -> IR -> render -> format -> write.

(Resolution runs inside ``lint``: the structural checks need a bundled document.)
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from generator.check import lint
from generator.diagnostics import Diagnostic, SpecError
from generator.format import format_sources
from generator.ir.build import build_ir
from generator.load import load
from generator.render import render, render_root
from generator.write import Provenance, stamp, write


def build_package(spec: Path) -> tuple[str, dict[PurePosixPath, str], Provenance, list[Diagnostic]]:
    """One spec -> its package name, formatted files, provenance and warnings (``SpecError`` on error)."""
    doc = load(spec)
    resolved, reporter = lint(doc)
    api = build_ir(resolved, reporter)
    files = format_sources(render(api))
    return api.package, files, Provenance(doc.name, doc.sha256), reporter.warnings


def build_tree(specs: list[Path]) -> tuple[dict[PurePosixPath, str], list[Diagnostic]]:
    """Every spec -> the complete output tree, in memory (used by both ``generate`` and ``check``)."""
    files: dict[PurePosixPath, str] = {}
    provenance: dict[str, Provenance] = {}
    warnings: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    for spec in sorted(specs):
        try:
            package, package_files, prov, spec_warnings = build_package(spec)
        except SpecError as exc:  # keep going: report every broken spec in one run
            errors.extend(exc.diagnostics)
            continue
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


def generate(specs: list[Path], out: Path) -> list[Diagnostic]:
    """Build everything first, then write once: a failing spec leaves ``out`` untouched."""
    files, warnings = build_tree(specs)
    write(files, out)
    return warnings
