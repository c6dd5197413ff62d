"""Ownership of the output folder: the manifest of the packages specloom generated there.

Input: the provenance of the packages a run builds, and the output folder as it is. Output: the
text of ``.specloom-manifest.json`` (package -> spec name and sha256, deterministic bytes) and the
entries of a previous manifest. ``generate SPEC`` replaces only the packages of the specs it is
given, so the other packages (and their manifest entries) must survive it; the manifest says which
packages are specloom's and which spec made each, and lists them for the root ``__init__.py``.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

from specloom import __version__
from specloom.diagnostics import Diagnostic, SpecError
from specloom.write import Provenance

MANIFEST = PurePosixPath(".specloom-manifest.json")

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
