"""``[tool.specloom]`` of a project's ``pyproject.toml`` -> the settings a run starts from.

Input: the ``pyproject.toml`` of the current folder (or ``--config FILE``) and the flags given.
Output: the specs folder, the output folder, the package prefix, and one ``Options`` per spec.
Why: every run repeated its flags; a project writes them once. The keys are the flags' long
names (``specs-dir``, ``out``, ``package-prefix``, ``strict``, ``lenient``, ``overlay``,
``operations``, ``tags``, ``limit``, ``allow-ref-root``); ``[tool.specloom.specs.<stem>]`` tables
set the spec keys for one spec of the folder. A flag given on the command line wins over both.

The spec keys of the file apply to the specs of its specs folder only: a spec named from
elsewhere is not one of the project's, and gets the flags alone. Paths are relative to the folder
of the ``pyproject.toml``.
"""

from __future__ import annotations

import keyword
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from specloom.diagnostics import Diagnostic, SpecError
from specloom.load import Limits
from specloom.options import Options
from specloom.subset import Subset

__all__ = ["Config", "read", "default_prefix", "check_prefix", "SPEC_KEYS", "FOLDER_KEYS"]

SPEC_KEYS = {"strict": bool, "lenient": bool, "overlay": list, "operations": list, "tags": list, "limit": dict, "allow-ref-root": list}
FOLDER_KEYS = {"specs-dir": str, "out": str, "package-prefix": str}


@dataclass(frozen=True)
class Config:
    """What ``[tool.specloom]`` says (empty when there is none); ``base`` is its file's folder."""

    file: str = ""
    base: Path = Path(".")
    folders: Mapping[str, str] = field(default_factory=dict)
    spec: Mapping[str, Any] = field(default_factory=dict)  # the spec keys for every spec of the folder
    per_spec: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # stem -> spec keys

    def folder(self, key: str, flag: str | None, default: str) -> str:
        """A folder key: the flag, else the file's value (relative to its folder), else ``default``."""
        if flag is not None:
            return flag
        if key in self.folders:
            return self.folders[key] if key == "package-prefix" else os.path.normpath(self.base / self.folders[key])
        return default

    def options(self, spec: Path, specs_dir: str, flags: Mapping[str, Any]) -> Options:
        """The ``Options`` of one spec: defaults < ``[tool.specloom]`` < its spec table < flags."""
        keys: dict[str, Any] = {}
        if spec.resolve().parent == Path(specs_dir).resolve():
            keys.update(self.spec)
            keys.update(self.per_spec.get(spec.stem, {}))
        paths = {k: tuple(self.base / p for p in keys.get(k, ())) for k in ("overlay", "allow-ref-root")}
        limits = [f"{name}={value}" for name, value in keys.get("limit", {}).items()] + list(flags["limit"])
        operations = flags["operations"] if flags["operations"] is not None else ",".join(keys.get("operations", []))
        tags = flags["tags"] if flags["tags"] is not None else ",".join(keys.get("tags", []))
        return replace(
            Options(),
            lenient=flags["lenient"] if flags["lenient"] is not None else bool(keys.get("lenient", False)),
            strict=flags["strict"] if flags["strict"] is not None else bool(keys.get("strict", False)),
            overlays=tuple(Path(p) for p in flags["overlay"]) or paths["overlay"],
            ref_roots=tuple(Path(p) for p in flags["allow_ref_root"]) or paths["allow-ref-root"],
            limits=Limits.parse(limits),
            subset=Subset.parse(operations, tags),
        )


def read(path: str | None) -> Config:
    """``[tool.specloom]`` of ``path`` (default: ``./pyproject.toml`` when it exists) -> ``Config``."""
    file = Path(path or "pyproject.toml")
    if path is None and not file.is_file():
        return Config()
    import tomllib  # here: only a run with a configuration file pays for its import (about 3 ms)

    try:
        text = file.read_text(encoding="utf-8")
        table = tomllib.loads(text).get("tool", {}).get("specloom", {})
    except OSError as exc:
        raise SpecError([Diagnostic(str(file), 0, "", f"cannot read the configuration: {exc.strerror or exc}")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError([Diagnostic(str(file), getattr(exc, "lineno", 0) or 0, "", f"not TOML: {exc}")]) from None
    errors: list[Diagnostic] = []

    def check(entries: Mapping[str, Any], known: Mapping[str, type], pointer: str) -> dict[str, Any]:
        for key, value in entries.items():
            where = Diagnostic(str(file), _line(text, key), f"{pointer}/{key}", "")
            if key not in known:
                errors.append(replace(where, message=f"unknown key {key!r}; known keys: {', '.join(sorted(known))}"))
            elif not isinstance(value, known[key]) or (known[key] is list and not _strings(value)):
                want = {str: "a string", bool: "true or false", list: "a list of strings", dict: "a table"}[known[key]]
                errors.append(replace(where, message=f"{key} must be {want}, not {value!r}"))
        return {k: v for k, v in entries.items() if k in known}

    specs = table.get("specs", {})
    top = check({k: v for k, v in table.items() if k != "specs"}, {**FOLDER_KEYS, **SPEC_KEYS}, "/tool/specloom")
    per_spec = {}
    if not isinstance(specs, dict):
        errors.append(Diagnostic(str(file), _line(text, "specs"), "/tool/specloom/specs", "specs must be a table of tables, one per spec file stem"))
    else:
        for stem, keys in specs.items():
            if not isinstance(keys, dict):
                errors.append(Diagnostic(str(file), _line(text, stem), f"/tool/specloom/specs/{stem}", "must be a table of spec keys"))
                continue
            per_spec[stem] = check(keys, SPEC_KEYS, f"/tool/specloom/specs/{stem}")
    for pointer, keys in [("/tool/specloom", top), *((f"/tool/specloom/specs/{s}", k) for s, k in per_spec.items())]:
        try:
            Limits.parse([f"{name}={value}" for name, value in keys.get("limit", {}).items()])
        except ValueError as exc:
            errors.append(Diagnostic(str(file), _line(text, "limit"), f"{pointer}/limit", str(exc).replace("--limit ", "")))
    if errors:
        raise SpecError(errors)
    return Config(
        file=str(file),
        base=Path(os.path.relpath(file.resolve().parent)),
        folders={k: v for k, v in top.items() if k in FOLDER_KEYS},
        spec={k: v for k, v in top.items() if k in SPEC_KEYS},
        per_spec=per_spec,
    )


def _strings(value: Any) -> bool:
    return all(isinstance(v, str) for v in value)


def _line(text: str, key: str) -> int:
    """The line of ``key = ...`` (or the table ``[...key]``) in the TOML text; 0 if not found."""
    pattern = re.compile(rf'^\s*(?:"?{re.escape(key)}"?\s*=|\[.*\b{re.escape(key)}\]\s*$)', re.M)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 0


def default_prefix(out: str) -> str:
    """The import name an output folder most likely has: ``src/app/clients`` -> ``app.clients``."""
    parts = [p for p in Path(out).parts if p not in (".", "")]
    if parts and parts[0] == "src":
        parts = parts[1:]
    if parts and all(p.isidentifier() and not keyword.iskeyword(p) for p in parts):
        return ".".join(parts)
    return "generated"


def check_prefix(prefix: str, where: str) -> None:
    """A package prefix is a dotted Python import name (it is written into generated docs)."""
    if not all(p.isidentifier() and not keyword.iskeyword(p) for p in prefix.split(".")):
        raise SpecError([Diagnostic(where, 0, "/tool/specloom/package-prefix", f"{prefix!r} is not a dotted Python import name")])
