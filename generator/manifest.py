"""Ownership of the output folder: the manifest of the packages specloom generated there.

Input: the provenance of the packages a run builds, and the output folder as it is. Output: the
text of ``.specloom-manifest.json`` (package -> spec name and sha256, deterministic bytes) and the
entries of a previous manifest. ``generate SPEC`` replaces only the packages of the specs it is
given, so the other packages (and their manifest entries) must survive it; the manifest says which
packages are specloom's and which spec made each, and lists them for the root ``__init__.py``.
Also here, what a run may touch: the top-level entries it owns (``owned``: its packages, the root
files, and in a whole run the packages the manifest lists; ``check`` compares just these), and
the refusals that keep it off the project's own files (``refuse_foreign``: a folder or a root
``__init__.py`` specloom did not write; ``refuse_takeover``: another spec's package).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from specloom import __version__
from specloom.diagnostics import Diagnostic, SpecError
from specloom.load import read_bounded
from specloom.write import HEADER_START, Provenance

MANIFEST = PurePosixPath(".specloom-manifest.json")
ROOT_INIT = "__init__.py"  # the output folder's own, listing the packages: specloom's too

Entry = dict[str, Any]


def entry(prov: Provenance) -> Entry:
    return {"spec": prov.source_file, "sha256": prov.sha256, "overlays": [[name, sha] for name, sha in prov.overlays]}


def render(entries: dict[str, Entry]) -> str:
    """Sorted keys, fixed indentation, no timestamp: the same packages give the same bytes."""
    doc = {"generator": f"specloom {__version__}", "packages": entries}
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=True) + "\n"


def read(tree: dict[PurePosixPath, str], where: str) -> dict[str, Entry]:
    """The package entries of the manifest in ``tree`` ({} when there is none)."""
    text = tree.get(MANIFEST)
    if text is None:
        return {}
    try:
        doc = json.loads(text)
        packages = doc["packages"]
        if not isinstance(packages, dict) or not all(isinstance(k, str) and isinstance(v, dict) for k, v in packages.items()):
            raise TypeError("'packages' is not an object of objects")
    except (ValueError, KeyError, TypeError) as exc:
        message = f"not a specloom manifest ({type(exc).__name__}: {exc}); regenerate every spec (`specloom generate` without SPEC) to rewrite it"
        raise SpecError([Diagnostic(f"{where}/{MANIFEST}", 0, "", message)]) from None
    return {str(k): dict(v) for k, v in packages.items()}


_MANIFEST_BYTES = 16 * 1024 * 1024  # a manifest lists packages: kilobytes; anything past this is not one


def read_folder(out: Path) -> dict[str, Entry]:
    """The package entries of ``out``'s manifest ({} when there is none); only that file is read,
    at most ``_MANIFEST_BYTES`` of it (a folder of its name, a link to an endless file: errors)."""
    path = out / MANIFEST
    if not os.path.lexists(path):
        return {}
    raw = read_bounded(path, str(path), _MANIFEST_BYTES, limit_name="")
    return read({MANIFEST: raw.decode("utf-8", "replace")}, str(out))


def owned(out: Path, names: Iterable[str], whole: bool) -> set[str]:
    """The top-level entries of ``out`` a run owns: ``names`` (what it writes: its packages and
    the root files), and with ``whole`` the packages the manifest lists (those a whole run
    removes when no spec makes them any more). ``check`` compares exactly these."""
    return {*names, ROOT_INIT, str(MANIFEST), *(read_folder(out) if whole else ())}


def refuse_foreign(out: Path, built: dict[str, Entry], previous: dict[str, Entry]) -> None:
    """A run must not replace what the project wrote: a folder where a package goes that the
    manifest does not list and whose ``__init__.py`` specloom did not write (a hand-written
    package of the same name), nor the output folder's own ``__init__.py`` when it holds text
    specloom did not write (the folder is a package of the project's, ``--out src/app``)."""
    errors = []
    for package, made in sorted(built.items()):
        place = out / package
        if package in previous or not os.path.lexists(place) or _generated(place):
            continue
        errors.append(Diagnostic(made["spec"], 0, "", (
            f"{place} is not a package specloom generated (no specloom header in its __init__.py, not in "
            f"{MANIFEST}); generating would replace it with package {package!r} (named after the spec's "
            "file): rename one of them, or remove the folder"
        )))
    init = out / ROOT_INIT
    if not _ours(init):
        errors.append(Diagnostic(str(init), 1, "", (
            "not written by specloom (no specloom header): the output folder's __init__.py lists the "
            "generated packages, so generating would replace it; generate into a folder of its own "
            "(e.g. --out src/app/clients), or empty the file"
        )))
    if errors:
        raise SpecError(errors)


def _generated(place: Path) -> bool:
    """Whether ``place`` is a folder specloom wrote (or one left empty: nothing to lose)."""
    if place.is_symlink() or not place.is_dir():
        return False
    if not any(entry.name not in ("__pycache__",) for entry in place.iterdir()):
        return True
    return os.path.lexists(place / ROOT_INIT) and _ours(place / ROOT_INIT, blank=False)


def _ours(file: Path, *, blank: bool = True) -> bool:
    """Whether ``file`` begins with specloom's header, or is absent or (``blank``) holds nothing."""
    try:
        with file.open("rb") as head:
            start = head.read(4096)
    except FileNotFoundError:
        return blank
    except OSError:
        return False
    return start.startswith(HEADER_START.encode()) or (blank and not start.strip())


def refuse_takeover(previous: dict[str, Entry], built: dict[str, Entry], where: str) -> None:
    """A partial run must not silently replace a package that another spec generated."""
    errors = [
        Diagnostic(
            entry["spec"],
            0,
            "",
            f"package {package!r} in {where}/ was generated from {previous[package].get('spec')!r}; "
            "generating this spec would replace it (the package is named after the file: rename one "
            "of them, or run `specloom generate` over the whole specs folder)",
        )
        for package, entry in sorted(built.items())
        if package in previous and previous[package].get("spec") != entry["spec"]
    ]
    if errors:
        raise SpecError(errors)
