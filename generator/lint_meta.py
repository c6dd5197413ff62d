"""The OpenAPI 3.1 metaschema, compiled by specloom's own validator compiler: a document -> valid?

Input: a bundled, normalised document (plain data). Output: whether it is valid under the
metaschema ``openapi-spec-validator`` ships (the same file, so the same rules). Why: that
library's ``jsonschema`` pass is the slowest part of lint (seconds on a 2 MB document, a few
milliseconds compiled). Lint asks this first; only a document found invalid goes through the
library's own pass, which words and locates every error as before, so diagnostics do not change.
``tests/pipeline/test_lint_meta.py`` keeps the library as the oracle: same verdict on every corpus
document and on the invalid specs of the test suite.

Compiling the metaschema takes about a second, so its source is kept in the build cache folder
(``.specloom-cache/meta/``, keyed by the metaschema's and the generator's hashes) and imported from
there: Python caches its bytecode beside it, and a later run loads it in milliseconds. An entry
that does not import (truncated, edited) is compiled and written again. Without a cache folder
(``SPECLOOM_CACHE`` empty, as in the test suite) it is compiled once per process, and only for a
document large enough to repay it (``WORTH_COMPILING``); a small one takes the library's pass.
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


def metaschema() -> dict[str, Any]:
    """The OpenAPI 3.1 metaschema as ``openapi-spec-validator`` uses it."""
    from openapi_spec_validator.schemas import schema_v31

    return dict(schema_v31)


def cache_folder() -> Path | None:
    """Where compiled metaschemas are kept (``SPECLOOM_CACHE``, default ``.specloom-cache``)."""
    from specloom.cache import DEFAULT_FOLDER

    folder = os.environ.get("SPECLOOM_CACHE", str(DEFAULT_FOLDER))
    return Path(folder) / "meta" if folder else None


# Below this many operations + component schemas, and with no compiled metaschema at hand (in
# memory or in the cache folder), the library's pass (~10 ms per operation) is cheaper than
# compiling the metaschema (~1 s): the small specs of a test suite without cache stay fast.
WORTH_COMPILING = 60


def validator_for(data: Any) -> IsValid | None:
    """The compiled metaschema's ``is_valid`` when it is at hand or worth compiling for ``data``;
    None: let the library decide."""
    if is_valid.cache_info().currsize or _size(data) >= WORTH_COMPILING:
        return is_valid()
    path = _entry_path()
    return is_valid() if path is not None and path.is_file() else None


def _size(data: Any) -> int:
    paths = data.get("paths") if isinstance(data, dict) else None
    components = data.get("components") if isinstance(data, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return (len(paths) if isinstance(paths, dict) else 0) + (len(schemas) if isinstance(schemas, dict) else 0)


def _entry_path() -> Path | None:
    # the folder is read on every call: SPECLOOM_CACHE may change within one process (tests do),
    # and a path memoised under another setting would point into a cache the run does not use
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"openapi31_{_digest()[:32]}.py"


@cache
def _digest() -> str:
    from specloom.cache import generator_hash

    return hashlib.sha256(json.dumps(metaschema(), sort_keys=True).encode() + generator_hash().encode()).hexdigest()


@cache
def is_valid() -> IsValid:
    """The compiled metaschema's ``is_valid`` (compiled, or imported from the cache folder)."""
    path = _entry_path()
    if path is not None and path.is_file():
        loaded = _import(path)
        if loaded is not None:
            return loaded
    from specloom.validation import compile_validator

    validator = compile_validator(metaschema())
    if path is not None:
        _store(path, validator.source)
    return validator.is_valid


def _import(path: Path) -> IsValid | None:
    """The ``is_valid`` of a cached module we wrote, or None when it does not load."""
    try:
        spec = importlib.util.spec_from_file_location(f"specloom_openapi_meta_{path.stem}", path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found: IsValid = module.VALIDATORS["root"].is_valid
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


# Below this many schemas the ``jsonschema`` pass (a few ms each) is cheaper than compiling the
# JSON Schema 2020-12 metaschema (~0.1 s): the small specs of a test suite stay fast.
SCHEMAS_WORTH_COMPILING = 40


@cache
def schema_is_valid() -> IsValid:
    """Whether one schema is valid under the JSON Schema 2020-12 metaschema, compiled by us.

    Why: lint checks every top-level schema of a document against it, and ``jsonschema``'s pass
    (``$dynamicRef`` through six vocabulary documents) costs ms per schema, seconds on a large
    document; compiled, the same verdict takes microseconds, and only a schema found invalid
    goes through ``jsonschema`` for its worded, located errors. The vocabulary documents come
    from ``jsonschema_specifications`` (what ``jsonschema`` itself reads, no network). Formats
    are annotations, as in ``Draft202012Validator`` without a format checker."""
    from jsonschema import Draft202012Validator
    from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]  # no py.typed

    from specloom.validation import compile_validator

    return compile_validator(Draft202012Validator.META_SCHEMA, formats="annotate", registry=REGISTRY).is_valid
