"""Metaschemas compiled by specloom's own validator compiler: a document or schema -> valid?

Input: a bundled, normalised document, or one schema of it. Output: whether it is valid under
the metaschema lint checks it against: the OpenAPI 3.1 document metaschema ``openapi-spec-validator``
ships (``is_valid``), the JSON Schema 2020-12 metaschema (``schema_is_valid``), the OpenAPI 3.1
schema dialect with its formats asserted (``dialect_is_valid``, what the library checks each
schema against) and the ``x-specloom-*`` vocabulary (``vocabulary_validators``). Why: the
libraries' ``jsonschema`` passes are the slowest part of lint (seconds on a 2 MB document) and
importing them costs ~0.3 s a process; compiled, a verdict takes milliseconds. Lint asks these
first; only something found invalid goes through the libraries, imported then, which word and
locate every error as before, so diagnostics do not change. ``tests/pipeline/test_lint_meta.py``
and ``test_lint_openapi.py`` keep the libraries as the oracle.

Compiling the OpenAPI metaschema takes about a second, so each compiled source is kept in the
build cache folder (``.specloom-cache/meta/``, keyed by the shipped source it holds, or, for a
source compiled here, by the generator's hash, which covers the compiler and the versions of
the libraries the metaschemas come from) and imported from there: Python caches its
bytecode beside it, and a later run loads it in milliseconds. An entry that does not import
(truncated, edited) is compiled and written again. Without a cache folder (``SPECLOOM_CACHE``
empty, as in the test suite) each is compiled once per process, when first needed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

IsValid = Callable[[Any], bool]
OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"


def metaschema() -> dict[str, Any]:
    """The OpenAPI 3.1 metaschema as ``openapi-spec-validator`` uses it."""
    from openapi_spec_validator.schemas import schema_v31

    return dict(schema_v31)


def cache_folder() -> Path | None:
    """Where compiled metaschemas are kept (``SPECLOOM_CACHE``, default ``.specloom-cache``)."""
    from specloom.cache import DEFAULT_FOLDER

    folder = os.environ.get("SPECLOOM_CACHE", str(DEFAULT_FOLDER))
    return Path(folder) / "meta" if folder else None


def validator_for(data: Any) -> IsValid:
    """The compiled OpenAPI 3.1 metaschema's ``is_valid`` (kept for callers that ask per document)."""
    return is_valid()


def _source_openapi31() -> str:
    from specloom.validation import compile_validator

    return compile_validator(metaschema()).source


def _source_schema2020() -> str:
    from jsonschema import Draft202012Validator
    from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]  # no py.typed

    from specloom.validation import compile_validator

    return compile_validator(Draft202012Validator.META_SCHEMA, formats="annotate", registry=REGISTRY).source


def _source_dialect31() -> str:
    # the library checks each schema with its format checker: regex, uri and uri-reference are
    # asserted (``specloom_runtime.wire.formats``); lint re-checks a refusal with the library
    from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS

    from specloom.validation import compile_validator

    return compile_validator(OPENAPI_SPECIFICATIONS.contents(OAS31_DIALECT), formats="assert", registry=OPENAPI_SPECIFICATIONS).source


def vocabulary_key(role: str, key: str) -> str:
    return f"{role}:{key}"


def _source_vocabulary() -> str:
    from specloom.check import vocabulary
    from specloom.validation import compile_module

    vocab = vocabulary()
    entries = [
        (vocabulary_key(role, key), f"v{i}_{n}", f"/locations/{role}/{key}")
        for i, (role, keys) in enumerate(sorted(vocab["locations"].items()))
        for n, key in enumerate(sorted(keys))
    ]
    return compile_module(vocab, entries, source_file="vocabulary.schema.json", formats="annotate").source


_SOURCES: dict[str, Callable[[], str]] = {
    "openapi31": _source_openapi31,
    "schema2020": _source_schema2020,
    "dialect31": _source_dialect31,
    "vocabulary": _source_vocabulary,
}


# The compiled sources, shipped with the package (``metaschemas.json``, written by
# ``python -m specloom.lint_meta``; ``tests/pipeline/test_lint_meta.py`` checks it is what the
# compiler writes today): a first run (no cache) pays no compile (~1 s) and imports no library.
# Each is used only when the versions of the libraries its metaschema comes from (and, for the
# vocabulary, the vocabulary file) are those it was compiled from; else it is compiled here.
SHIPPED = Path(__file__).resolve().with_name("metaschemas.json")
_INPUTS = {
    "openapi31": ("openapi-spec-validator",),
    "schema2020": ("jsonschema", "jsonschema-specifications"),
    "dialect31": ("openapi-schema-validator", "jsonschema-specifications"),
    "vocabulary": (),
}


def stamp(name: str) -> str:
    """What the compiled source of ``name`` depends on besides the compiler."""
    from specloom.check import VOCABULARY
    from specloom.versions import version

    parts = []
    for library in _INPUTS[name]:
        release = version(library)
        parts.append(f"{library}=={release}" if release is not None else f"{library} absent")
    if name == "vocabulary":
        parts.append(hashlib.sha256(VOCABULARY.read_bytes()).hexdigest())
    return " ".join(parts)


def source(name: str) -> str:
    """The compiled source of the metaschema ``name``: shipped when it fits, else compiled now."""
    shipped = _fitting(name)
    return shipped if shipped is not None else _SOURCES[name]()


def _fitting(name: str) -> str | None:
    """The shipped source of ``name`` when it was compiled from what is installed now (the
    libraries' versions, the vocabulary file: ``stamp``); None when it was not, or is absent or
    damaged (then it is compiled)."""
    try:
        entry = _shipped()[name]
        if entry["stamp"] == stamp(name) and isinstance(entry["source"], str):
            found: str = entry["source"]
            return found
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


@cache
def _shipped() -> dict[str, Any]:
    modules: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))["modules"]
    return modules


def write_shipped() -> None:
    """Compile every metaschema and write ``metaschemas.json`` (after a compiler or library change)."""
    modules = {name: {"stamp": stamp(name), "source": _SOURCES[name]()} for name in sorted(_SOURCES)}
    SHIPPED.write_text(json.dumps({"modules": modules}, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _entry_path(name: str = "openapi31") -> Path | None:
    # the folder is read on every call: SPECLOOM_CACHE may change within one process (tests do),
    # and a path memoised under another setting would point into a cache the run does not use
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"{name}_{_digest(name)[:32]}.py"


@cache
def _digest(name: str) -> str:
    """The entry's key, from what its source is made of. The shipped source, when it fits, is
    keyed by its own text: the generator's ~200 files are not hashed (loading the four cached
    metaschemas in a run without a build cache: 19-21 -> 14-15 ms CPU). A source compiled here depends
    on the compiler and the libraries' versions: the generator's hash covers both; the
    metaschema itself is not read (that imports the library)."""
    shipped = _fitting(name)
    if shipped is not None:
        return hashlib.sha256(f"{name}\nshipped\n{shipped}".encode()).hexdigest()
    from specloom.cache import generator_hash

    return hashlib.sha256(f"{name}\n{generator_hash()}".encode()).hexdigest()


def load(name: str) -> dict[str, Any]:
    """The ``VALIDATORS`` of the compiled metaschema ``name`` (imported from the cache folder, or
    compiled and stored there)."""
    path = _entry_path(name)
    if path is not None and path.is_file():
        loaded = _import(path)
        if loaded is not None:
            return loaded
    text = source(name)
    if path is not None:
        _store(path, text)
        stored = _import(path) if path.is_file() else None
        if stored is not None:  # its bytecode just written: not compiled twice
            return stored
    namespace: dict[str, Any] = {"__name__": f"specloom_meta_{name}"}
    # executing text that *we* generated from a metaschema: its strings only appear in repr()s
    exec(compile(text, f"<specloom metaschema {name}>", "exec"), namespace)  # noqa: S102
    validators: dict[str, Any] = namespace["VALIDATORS"]
    return validators


@cache
def is_valid() -> IsValid:
    """The compiled OpenAPI 3.1 metaschema's ``is_valid`` (compiled, or imported from the cache folder)."""
    found: IsValid = load("openapi31")["root"].is_valid
    return found


def _import(path: Path) -> dict[str, Any] | None:
    """The ``VALIDATORS`` of a cached module we wrote, or None when it does not load."""
    try:
        spec = importlib.util.spec_from_file_location(f"specloom_openapi_meta_{path.stem}", path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found: dict[str, Any] = module.VALIDATORS
        if not isinstance(found, dict) or not found:
            return None
        return found
    except Exception:  # a damaged entry of any kind is a miss: compile again
        return None


def _store(path: Path, source: str) -> None:
    from specloom.cache import prepare

    try:
        prepare(path.parent.parent)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".meta-", suffix=".tmp", dir=path.parent)
    except OSError:
        return  # no cache this time; the next run compiles again
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(source)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    import py_compile

    # written even under PYTHONDONTWRITEBYTECODE: compiling 700 kB of source costs ~0.2 s a run
    py_compile.compile(str(path), doraise=False, quiet=2)
    name = path.stem.rsplit("_", 1)[0]
    for stale in path.parent.glob(f"{name}_*.py"):  # an older generator's: never read again
        if stale != path and stale.stem.rsplit("_", 1)[0] == name:
            stale.unlink(missing_ok=True)


@cache
def schema_is_valid() -> IsValid:
    """Whether one schema is valid under the JSON Schema 2020-12 metaschema, compiled by us.

    Why: lint checks every top-level schema of a document against it, and ``jsonschema``'s pass
    (``$dynamicRef`` through six vocabulary documents) costs ms per schema, seconds on a large
    document; compiled, the same verdict takes microseconds, and only a schema found invalid
    goes through ``jsonschema`` for its worded, located errors. The vocabulary documents come
    from ``jsonschema_specifications`` (what ``jsonschema`` itself reads, no network). Formats
    are annotations, as in ``Draft202012Validator`` without a format checker."""
    found: IsValid = load("schema2020")["root"].is_valid
    return found


@cache
def dialect_is_valid() -> IsValid:
    """Whether one schema is valid under the OpenAPI 3.1 schema dialect, formats asserted: the
    check ``openapi-spec-validator`` makes of each schema it reaches (``specloom.lint_openapi``)."""
    found: IsValid = load("dialect31")["root"].is_valid
    return found


@cache
def vocabulary_validators() -> dict[str, Any]:
    """``vocabulary_key(role, key)`` -> the compiled validator of that ``x-specloom-*`` key's value."""
    return load("vocabulary")


def preload() -> None:
    """Load every compiled metaschema now: before forking spec workers, so they share them."""
    is_valid(), schema_is_valid(), dialect_is_valid(), vocabulary_validators()


if __name__ == "__main__":
    write_shipped()
