"""The pipeline, in one place: load -> lint -> resolve -> IR -> render -> format -> write.

(Resolution runs inside ``lint``'s first half, ``prepare``: every later stage reads the bundled
document.) Specs are independent, so with several of them each is built in its own process
(fork), two at a time: the code compilers and the layout dominate, and all are CPU-bound. One
spec alone uses both cores too: lint's checks (``verify``) run in a forked child beside the
build (``specloom.lint_fork``), and a large document's validators and strategies are compiled
in two more while this process renders the templates (``specloom.render.fork``; the strategies'
child starts as soon as the document is prepared, before its defaults and examples are checked:
``check.prepare_in_two``). ``generate`` may reuse packages from the build cache
(``specloom.cache``); ``check`` never does.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from specloom import manifest
from specloom.diagnostics import Diagnostic, Reporter, SpecError
from specloom.options import DEFAULT, Options
from specloom.write import Provenance, locked, not_a_folder, stamp, write

if TYPE_CHECKING:
    from specloom.forked import Child
    from specloom.resolve import Resolved

Built = tuple[str, dict[PurePosixPath, str], Provenance, list[Diagnostic]]


def spec_path(spec: Path, out: Path, package: str) -> str:
    """``spec`` relative to the package's folder ``out/package``, the way generated tests find it
    wherever the output goes (a POSIX path: the same text on every machine)."""
    return Path(os.path.relpath(spec.resolve(), (out / package).resolve())).as_posix()


def build_package(spec: Path, options: Options = DEFAULT, out: Path = Path("generated")) -> Built:
    """One spec -> its package name, formatted files, provenance and warnings (``SpecError`` on error).

    An artefact a compiler cannot do (a client method's typed result, a property test's
    strategy) is degraded alone, with a located warning saying what was lost; the rest of the
    package is generated. ``options.strict`` makes those warnings errors (the project's own specs).
    """
    return _build(spec, options, out)[0]


def _build(spec: Path, options: Options, out: Path = Path("generated")) -> tuple[Built, list[Path]]:
    """``build_package``, plus the other files the spec's ``$ref``s read (the cache checks them)."""
    # the stages are imported here, not at the top: a run whose specs all come from the build
    # cache needs none of them (about 0.3 s of imports: the runtime, httpx, the code compilers)
    from specloom import overlay
    from specloom.check import prepare_in_two
    from specloom.format import format_sources
    from specloom.ir.build import build_ir
    from specloom.lint_fork import Verified, can_fork
    from specloom.load import load
    from specloom.render import render
    from specloom.subset import select

    doc, overlays = overlay.apply(load(spec, limits=options.limits, ref_roots=options.ref_roots), options.overlays)
    resolved, reporter, values = prepare_in_two(doc, lenient=options.lenient, owned=True)  # lint's first half
    with _ahead(resolved, options, reporter) as early:  # a large document's strategies, from now on
        values()  # the first half's last step, defaults and examples: the strategies never read them
        with Verified(resolved, reporter, lenient=options.lenient, fork=can_fork() and not _in_worker) as checks:  # beside the build
            deps = [spec.parent / label for label in resolved.lines if label != doc.name]
            resolved = select(resolved, options.subset, reporter)  # later stages see only the subset
            selected = len(reporter.diagnostics)
            api = build_ir(resolved, reporter, lenient=options.lenient)
            api = dataclasses.replace(api, spec_path=spec_path(spec, out, api.package), package_prefix=options.package_prefix)
            try:
                files = format_sources(render(api, resolved.data, reporter, parallel=_fork_within(api), strategies=early))
            except SpecError as exc:  # the code compilers know the pointer; the reporter knows its line
                raise reporter.located(exc) from None
    linted = selected + checks.spliced
    degraded = [d for d in reporter.diagnostics[linted:] if d.severity == "warning"]
    if options.strict and degraded:
        raise SpecError(dataclasses.replace(d, severity="error", message=f"{d.message} [--strict]") for d in degraded)
    provenance = Provenance(doc.name, doc.sha256, overlays, options.subset.describe(), (len(api.operations), api.operation_total))
    return (api.package, files, provenance, reporter.warnings), deps


Outcome = tuple[Built, list[Path]] | list[Diagnostic]
# A document with this many validated schemas compiles its validators and strategies in two
# children while this process renders the templates (``render(parallel=True)``); below it, the
# forks cost more than they save.
FORK_WITHIN = 40
_in_worker = False  # set in the spec workers of ``_run``: two cores are already busy


def _fork_within(api: Any) -> bool:
    from specloom.forked import can_fork

    return can_fork() and not _in_worker and len(api.validators) >= FORK_WITHIN


@contextmanager
def _ahead(resolved: Resolved, options: Options, reporter: Reporter) -> Iterator[Child | None]:
    """A large document's strategies compiled in a child from the start of the build, before the
    defaults' and examples' checks (``render.fork.ahead``; ``render`` reads it), stopped if the
    build leaves without reading it (those checks failing included).
    Large: as many component schemas and operations as ``FORK_WITHIN`` validators (the IR that
    counts validators does not exist yet; each of those has one at least)."""
    from specloom.forked import can_fork
    from specloom.walk import iter_operations

    data = resolved.data
    schemas = (data.get("components") or {}).get("schemas") or {}
    if _in_worker or not can_fork() or len(schemas) + sum(1 for _ in iter_operations(data)) < FORK_WITHIN:
        yield None
        return
    from specloom.render.fork import ahead

    child = ahead(resolved, options.subset, reporter, lenient=options.lenient)
    try:
        yield child
    finally:
        child.abandon()  # nothing left to stop once its answer is read


def _mark_worker() -> None:
    global _in_worker
    _in_worker = True


def _build_or_diagnose(spec: Path, options: Options = DEFAULT, out: Path = Path("generated")) -> Outcome:
    try:
        return _build(spec, options, out)
    except SpecError as exc:  # returned, not raised: it crosses a process boundary
        return [*exc.diagnostics, *(w for w in exc.warnings if w.severity == "warning")]


def build_each(
    specs: list[Path], options: list[Options], cache_dir: Path | None = None, out: Path = Path("generated")
) -> list[Built | list[Diagnostic]]:
    """Each spec's package, or its diagnostics (errors, and the warnings found before them), in
    order: two at a time, unchanged ones from ``cache_dir`` (``specloom lint --strict``)."""
    return _build_all(specs, options, out, cache_dir)


def _build_all(specs: list[Path], options: list[Options], out: Path, cache_dir: Path | None = None) -> list[Built | list[Diagnostic]]:
    """Each spec's package (or its errors), in order, each with its own options; with
    ``cache_dir`` unchanged specs are read from the cache (``specloom.cache``) and only the
    others built, then stored."""
    results: dict[Path, Built | list[Diagnostic]] = {}
    keys: dict[Path, str | None] = {}
    by_spec = dict(zip(specs, options, strict=True))
    if cache_dir is not None:
        from specloom import cache

        for spec in specs:
            keys[spec] = digest = cache.key(spec, by_spec[spec], out)
            hit = cache.get(cache_dir, digest) if digest else None
            if hit is not None:
                results[spec] = hit
    todo = [s for s in specs if s not in results]
    if todo:
        from specloom.render import use_bytecode_cache

        use_bytecode_cache(cache_dir)
    for spec, outcome in zip(todo, _run(todo, [by_spec[s] for s in todo], out), strict=True):
        if isinstance(outcome, list):
            results[spec] = outcome
            continue
        results[spec], deps = outcome
        digest = keys.get(spec)
        if cache_dir is not None and digest:
            from specloom import cache

            cache.put(cache_dir, digest, outcome[0], deps)
    return [results[s] for s in specs]


def _run(specs: list[Path], options: list[Options], out: Path) -> list[Outcome]:
    if len(specs) < 2 or sys.platform != "linux":
        return [_build_or_diagnose(s, o, out) for s, o in zip(specs, options, strict=True)]
    # imported here: a run of one spec never starts a pool (multiprocessing costs about 10 ms to import)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import specloom.check  # noqa: F401  - the stages, imported once here, before forking, not in every worker
    import specloom.format  # noqa: F401
    import specloom.ir.build  # noqa: F401
    import specloom.strategies.module  # noqa: F401
    import specloom.validation.api  # noqa: F401
    from specloom import lint_meta
    from specloom.render import compile_templates

    lint_meta.preload()  # likewise the compiled metaschemas
    compile_templates()  # and the templates
    # the largest specs first, so the longest build does not start last while the other core idles
    order = sorted(range(len(specs)), key=lambda i: -_size(specs[i]))
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"), initializer=_mark_worker) as pool:
        built = pool.map(partial(_build_or_diagnose, out=out), [specs[i] for i in order], [options[i] for i in order])
        by_index = dict(zip(order, built, strict=True))
    return [by_index[i] for i in range(len(specs))]


def _size(spec: Path) -> int:
    try:
        return spec.stat().st_size
    except OSError:
        return 0  # unreadable: its build reports it


def build_tree(
    specs: list[Path],
    options: Options = DEFAULT,
    *,
    out: Path | None = None,
    whole: bool = True,
    cache_dir: Path | None = None,
    per_spec: Mapping[Path, Options] | None = None,
    coverage: list[str] | None = None,
) -> tuple[dict[PurePosixPath, str], list[Diagnostic]]:
    """Specs -> the complete output tree, in memory (used by both ``generate`` and ``check``).

    ``coverage`` receives one line per spec: how many of its operations have a client method.

    ``cache_dir``: reuse packages built before from the same inputs (``generate`` only: ``check``
    passes none, so it always compares against a full build).

    ``whole``: the specs are the whole specs folder, so the tree holds their packages and no other
    package the manifest lists (a package whose spec was removed goes). Otherwise the run owns only
    the packages of its specs, and the manifest and root ``__init__.py`` list the packages of both
    (the previous manifest's entries plus this run's). The tree holds only what the run writes:
    the rest of ``out`` is never read (``manifest.owned``, ``write``); a package may not replace a
    folder specloom did not generate (``manifest.refuse_foreign``). ``per_spec``: the options of
    some specs (``[tool.specloom]``), ``options`` for the others.
    """
    files, provenance, warnings = _packages(specs, options, out=out, cache_dir=cache_dir, per_spec=per_spec, coverage=coverage)
    return _rooted(files, provenance, out, whole), warnings


def _packages(
    specs: list[Path],
    options: Options,
    *,
    out: Path | None,
    cache_dir: Path | None,
    per_spec: Mapping[Path, Options] | None,
    coverage: list[str] | None,
) -> tuple[dict[PurePosixPath, str], dict[str, Provenance], list[Diagnostic]]:
    """``build_tree``'s first half: every spec's package (files, provenance, warnings), or
    ``SpecError`` with every broken spec's errors. Reads nothing of ``out``."""
    if out is not None:
        not_a_folder(out)  # before the build: seconds of work for a folder that cannot be written
    files: dict[PurePosixPath, str] = {}
    provenance: dict[str, Provenance] = {}
    warnings: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    ordered = sorted(specs)
    chosen = [(per_spec or {}).get(s, options) for s in ordered]
    for spec, built in zip(ordered, _build_all(ordered, chosen, out or Path("generated"), cache_dir), strict=True):
        if isinstance(built, list):  # keep going: report every broken spec in one run
            errors.extend(d for d in built if d.severity == "error")
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
    return files, provenance, warnings


def _rooted(files: dict[PurePosixPath, str], provenance: dict[str, Provenance], out: Path | None, whole: bool) -> dict[PurePosixPath, str]:
    """``build_tree``'s second half: the packages stamped, with the root ``__init__.py`` and the
    manifest, which list the packages of this run and (not ``whole``) those ``out``'s manifest
    lists; ``out``'s manifest is read here, so ``generate`` holds the folder's lock from here."""
    entries = {package: manifest.entry(prov) for package, prov in provenance.items()}
    if out is not None:
        # what the manifest does not list is the project's own (the output folder may be a package
        # of the project): never read or touched; only packages specloom generated are replaced or go
        previous = manifest.read_folder(out)
        manifest.refuse_foreign(out, entries, previous)
        if not whole:
            manifest.refuse_takeover(previous, entries, str(out))
            entries = {**previous, **entries}
    from specloom.format import format_sources
    from specloom.render import render_root

    files = {**files, **format_sources(render_root(list(entries)))}
    tree = stamp(files, provenance)
    tree[manifest.MANIFEST] = manifest.render(entries)
    return tree


def generate(
    specs: list[Path],
    out: Path,
    options: Options = DEFAULT,
    *,
    whole: bool = True,
    cache_dir: Path | None = None,
    per_spec: Mapping[Path, Options] | None = None,
    coverage: list[str] | None = None,
    waiting: Callable[[], None] | None = None,
) -> tuple[list[Diagnostic], list[str]]:
    """Build everything first, then write once: a failing spec leaves ``out`` untouched.

    Returns the warnings and the top-level folders of ``out`` the run removed (``whole`` only).
    ``coverage`` receives the operations-with-a-client-method line of each spec.
    ``cache_dir``: the build cache to read and fill (``specloom generate`` without ``--no-cache``).
    ``waiting``: called when another run holds ``out`` (``write.locked``) and this one waits.
    """
    files, provenance, warnings = _packages(specs, options, out=out, cache_dir=cache_dir, per_spec=per_spec, coverage=coverage)
    with locked(out, waiting):  # from reading the manifest to the last rename: no other run between
        tree = _rooted(files, provenance, out, whole)
        kept = {path.parts[0] for path in tree}
        removed = sorted(name for name in manifest.owned(out, kept, whole) - kept if (out / name).is_dir())
        write(tree, out, removed)  # a folder ``locked`` made and nothing filled goes with the lock
    return warnings, removed
