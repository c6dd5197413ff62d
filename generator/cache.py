"""Build cache: (spec bytes, overlays, options, generator) -> a package built before, from disk.

Input: a spec path, the ``Options`` of the run and a cache folder (``.specloom-cache/`` by
default, git-ignored). Output: the ``Built`` result ``generate`` would compute, when one was stored
under the same key, else ``None``. Why: re-running ``generate`` after editing one spec of five
rebuilds only that one; ``check`` never reads the cache (it stays a full comparison).

The key hashes the spec's bytes, each overlay's bytes, every option that changes the output, and
the generator's own identity: the bytes of every source file of ``generator`` and
``specloom_runtime`` (templates and JSON included) plus the versions of the libraries that shape
the output. Files a spec's ``$ref``s read are recorded in the entry with their hashes and checked
on every hit. An entry is one JSON file written atomically; one that cannot be read, does not
parse or does not have the expected shape is ignored (and rebuilt), never trusted: it holds only
data (file texts and diagnostics), nothing from it is executed.

The folder stays bounded: each ``put`` keeps the most recently used entries (a hit refreshes an
entry's time) up to ``MAX_ENTRIES`` and ``MAX_BYTES`` and deletes the rest, so entries keyed by
an older generator, old option sets or deleted specs do not pile up. The generator's bytecode
(``pyc/``) keeps one entry per module: a module compiled anew replaces its previous entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from functools import cache
from importlib.machinery import PathFinder, SourceFileLoader
from pathlib import Path, PurePosixPath
from typing import Any

from specloom.diagnostics import Diagnostic, SpecError
from specloom.load import read_bounded
from specloom.options import Options
from specloom.versions import version
from specloom.write import Provenance

Built = tuple[str, dict[PurePosixPath, str], Provenance, list[Diagnostic]]

DEFAULT_FOLDER = Path(".specloom-cache")
FORMAT = 1  # the entry layout; a change makes old entries misses
# enough for every spec of a project under a few option sets, and for a few large vendor
# documents (an entry holds the package's text: megabytes to tens of megabytes for those);
# older entries are rebuilt when asked again
MAX_ENTRIES = 256
MAX_BYTES = 512 * 1024 * 1024
# libraries whose version can change generated text or verdicts (the metaschemas lint compiles too)
_LIBRARIES = ("black", "jinja2", "jsonschema", "jsonschema-specifications", "openapi-spec-validator", "openapi-schema-validator", "PyYAML", "referencing", "hypothesis")
_SUFFIXES = (".py", ".jinja", ".json")
OUTPUT_SUBPACKAGES = ("apis",)  # specloom.apis = generated/ (setup.py's ROOTS)


@cache
def generator_hash() -> str:
    """sha256 over the generator's and runtime's source files and the pinned library versions."""
    from importlib.util import find_spec

    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for name in ("specloom", "specloom_runtime"):  # found, not imported: the runtime loads httpx
        found = find_spec(name)
        if found is None or found.origin is None:
            raise ModuleNotFoundError(f"no module named {name!r}", name=name)
        root = Path(found.origin).parent
        for path in source_files(root):
            digest.update(f"{name}/{path.relative_to(root).as_posix()}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in _LIBRARIES:
        release = version(name)
        digest.update((f"{name}=={release}\n" if release is not None else f"{name} absent\n").encode())
    return digest.hexdigest()


def source_files(root: Path) -> list[Path]:
    """The files under ``root`` that make up the generator, sorted: sources, templates, JSON.

    ``specloom.apis`` is output, not generator: setup.py installs the project's ``generated/``
    there, inside the ``specloom`` package, and hashing it made every ``generate`` that changed
    one package a miss for all the others on the next run."""
    # one os.walk, not an rglob per suffix: a third of the cost, in every run that uses the cache
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        top = folder == str(root)
        subfolders[:] = [d for d in subfolders if d != "__pycache__" and not (top and d in OUTPUT_SUBPACKAGES)]
        found.extend(Path(folder, name) for name in names if name.endswith(_SUFFIXES))
    return sorted(found)


_HASHED_BYTES = 64 * 2**20  # more than a spec may hold unless --limit raises max_bytes (16 MB)


def _file_hash(path: Path) -> str | None:
    """sha256 of the file, or None when it cannot be read or holds more than ``_HASHED_BYTES``
    (the build then says so, located): ``generate /dev/zero`` read the device whole for the key,
    until the machine ran out of memory."""
    try:
        return hashlib.sha256(read_bounded(path, str(path), _HASHED_BYTES)).hexdigest()
    except SpecError:
        return None


def key(spec: Path, options: Options, out: Path = Path("generated")) -> str | None:
    """The cache key of building ``spec`` with ``options`` into ``out`` (None: an input cannot be
    read). Each input counts by its bytes and its place: the package is named after the spec's
    file, its headers name the spec and the overlays, and it records the spec's path relative to
    ``out`` (which counts too), so two files of the same bytes are two builds."""
    inputs = {str(path.resolve()): _file_hash(path) for path in (spec, *options.overlays)}
    if None in inputs.values():
        return None  # unreadable: the build reports it, located
    parts = [
        generator_hash(),
        json.dumps([[name, str(path.resolve()), inputs[str(path.resolve())]] for name, path in [("spec", spec), *(("overlay", o) for o in options.overlays)]]),
        f"lenient={options.lenient} strict={options.strict} limits={options.limits!r}",
        f"ref_roots={[str(r.resolve()) for r in options.ref_roots]} subset={options.subset.describe()}",
        f"package_prefix={options.package_prefix} out={out.resolve()}",
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _entry(folder: Path, digest: str) -> Path:
    return folder / digest[:2] / f"{digest}.json"


def get(folder: Path, digest: str) -> Built | None:
    """The entry stored under ``digest``, or None (absent, corrupt, or a ``$ref``'d file changed)."""
    entry = _entry(folder, digest)
    try:
        built = _decode(json.loads(entry.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # a corrupt or foreign entry is a miss: the spec is built again
    if built is not None:
        with contextlib.suppress(OSError):  # used now: the last one ``prune`` deletes
            os.utime(entry)
    return built


def _decode(data: Any) -> Built | None:
    if data["format"] != FORMAT:
        return None
    for name, sha in data["deps"].items():
        if not isinstance(name, str) or _file_hash(Path(name)) != sha:
            return None
    files = {PurePosixPath(str(path)): _text(text) for path, text in data["files"].items()}
    prov = data["provenance"]
    provenance = Provenance(
        _text(prov["source_file"]),
        _text(prov["sha256"]),
        tuple((_text(name), _text(sha)) for name, sha in prov["overlays"]),
        _text(prov["subset"]),
        (int(prov["operations"][0]), int(prov["operations"][1])),
    )
    warnings = [Diagnostic(_text(w[0]), int(w[1]), _text(w[2]), _text(w[3]), "warning") for w in data["warnings"]]
    return _text(data["package"]), files, provenance, warnings


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def prepare(folder: Path) -> None:
    """Make the cache folder; it ignores itself in git, wherever it is made (``OSError`` if not)."""
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")


def put(folder: Path, digest: str, built: Built, deps: list[Path]) -> None:
    """Store ``built`` under ``digest``, with the hash of each file in ``deps``; best effort."""
    package, files, prov, warnings = built
    hashes = {str(p.resolve()): _file_hash(p) for p in deps}
    if any(h is None for h in hashes.values()):
        return
    data = {
        "format": FORMAT,
        "package": package,
        "files": {str(path): text for path, text in files.items()},
        "provenance": {"source_file": prov.source_file, "sha256": prov.sha256, "overlays": [list(o) for o in prov.overlays], "subset": prov.subset, "operations": list(prov.operations)},
        "warnings": [[w.file, w.line, w.pointer, w.message] for w in warnings],
        "deps": hashes,
    }
    target = _entry(folder, digest)
    try:
        prepare(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=target.parent)
    except OSError:
        return  # a read-only or full disk costs a rebuild next time, not this run
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(tmp, target)  # atomic: a reader sees the old entry or the whole new one
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    prune(folder)


def prune(folder: Path, max_entries: int | None = None, max_bytes: int | None = None) -> None:
    """Delete the least recently used entries beyond ``max_entries`` or ``max_bytes`` (by default
    ``MAX_ENTRIES``, ``MAX_BYTES``), and temporary files a killed run left an hour ago or more;
    best effort (another run may prune the same folder meanwhile)."""
    max_entries = MAX_ENTRIES if max_entries is None else max_entries
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    found: list[tuple[float, int, Path]] = []
    abandoned = time.time() - 3600  # a temporary entry this old was left by a killed run
    for shard in _shards(folder):
        for item in _listing(shard):
            try:
                stat = item.stat()
            except OSError:
                continue
            if item.name.startswith(".entry-"):
                if stat.st_mtime < abandoned:
                    _delete(item)
            elif item.name.endswith(".json"):
                found.append((stat.st_mtime, stat.st_size, item))
    found.sort(key=lambda entry: (-entry[0], entry[2].name))  # newest first; ties by name
    total = 0
    for count, (_, size, item) in enumerate(found):
        total += size
        if count >= max_entries or total > max_bytes:
            _delete(item)


def _shards(folder: Path) -> list[Path]:
    """The entries' subfolders: two hexadecimal digits (``pyc``, ``meta``, ``jinja`` are not)."""
    return [d for d in _listing(folder) if len(d.name) == 2 and all(c in "0123456789abcdef" for c in d.name) and d.is_dir()]


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _delete(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# -- the generator's own bytecode ---------------------------------------------------------------
# With PYTHONDONTWRITEBYTECODE set (as in this project's environment) and an editable install,
# Python compiles each of the ~100 modules a build imports from source on every run: ~0.15 s of a
# 0.45 s one-spec regeneration. A run that builds keeps their compiled code in the cache folder
# instead (``pyc/``, keyed by the source's bytes, its path and Python's bytecode magic), never
# beside the sources: the setting's point, no ``__pycache__`` in the checkout, holds. Only the
# ``specloom`` and ``specloom_runtime`` modules, and only when Python itself would not cache them.

_OWN = ("specloom", "specloom_runtime")


def keep_bytecode(folder: Path | None) -> None:
    """Keep the generator's compiled modules in ``folder/pyc`` from now on (None: stop)."""
    import sys

    for finder in [f for f in sys.meta_path if isinstance(f, _BytecodeFinder)]:
        sys.meta_path.remove(finder)
    if folder is not None and sys.dont_write_bytecode:
        sys.meta_path.insert(0, _BytecodeFinder(folder / "pyc"))


class _BytecodeFinder:
    """A meta path finder: the usual spec of a generator module, with ``_BytecodeLoader``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname.split(".")[0] not in _OWN or fullname.startswith("specloom.apis"):
            return None  # generated packages are output: Python's own rules
        spec = PathFinder.find_spec(fullname, path)
        if spec is not None and type(spec.loader) is SourceFileLoader:
            spec.loader = _BytecodeLoader(fullname, spec.loader.path, self.folder)
        return spec


class _BytecodeLoader(SourceFileLoader):
    def __init__(self, fullname: str, path: str, folder: Path) -> None:
        super().__init__(fullname, path)
        self.folder = folder

    def get_code(self, fullname: str) -> Any:
        import marshal
        from importlib.util import MAGIC_NUMBER

        source = self.get_data(self.path)  # bytes: the key is the file as it is now
        digest = hashlib.sha256(MAGIC_NUMBER + self.path.encode() + b"\0" + source).hexdigest()
        module = hashlib.sha256(self.path.encode()).hexdigest()[:32]  # one folder per source file
        entry = self.folder / module / f"{digest}.pyc"
        try:
            return marshal.loads(entry.read_bytes())  # only what this loader wrote, under its key
        except (OSError, ValueError, EOFError, TypeError):
            pass  # absent or damaged: compile
        code = self.source_to_code(source, self.path)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".pyc-", dir=entry.parent)
            with os.fdopen(fd, "wb") as stream:
                stream.write(marshal.dumps(code))
            os.replace(tmp, entry)
            for older in entry.parent.glob("*.pyc"):  # the module's previous sources: never read again
                if older != entry:
                    _delete(older)
        except OSError:
            pass  # not writable: compiled again next run, as without this cache
        return code
