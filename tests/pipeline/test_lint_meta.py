"""Lint's metaschema pass, compiled by specloom (``specloom.lint_meta``), against its oracle:
``openapi-spec-validator``'s own metaschema validator gives the same verdict on every corpus
document, on invalid variants of them, and on the test suite's invalid specs; the library's slow
pass runs only for a document found invalid, so diagnostics stay worded and located as before."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specloom import cache, check, lint_meta
from specloom.diagnostics import SpecError
from specloom.load import load
from tests.pipeline.helpers import MINIMAL, ROOT, SHARED, run_cli, write_spec

SMALL = sorted(p for p in (SHARED / "corpora" / "openapi").glob("*") if p.suffix in (".yaml", ".yml", ".json"))
LARGE = sorted(p for p in (SHARED / "corpora" / "openapi-real").glob("*") if p.suffix in (".yaml", ".yml", ".json"))


def oracle(data: Any) -> bool:
    from openapi_spec_validator.schemas import openapi_v31_schema_validator

    return next(iter(openapi_v31_schema_validator.iter_errors(data)), None) is None


def linted(doc: Path) -> list[Any]:
    """The documents lint hands to the metaschema pass (normalised, bundled, defaults dropped)."""
    seen: list[Any] = []
    compiled = lint_meta.is_valid()

    def recording(data: Any) -> bool:
        if not seen:  # later calls are lint_narrow's probes of one map entry each, not documents
            seen.append(data)
        return compiled(data)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lint_meta, "is_valid", lambda: recording)
        try:
            check.lint(load(doc, limits=check.DEFAULT.limits), lenient=True)
        except SpecError:
            pass  # refused before or by the structural pass: compared on what reached it, if anything
    return seen


@pytest.mark.skipif(not SMALL, reason="../shared corpus absent")
@pytest.mark.parametrize("doc", SMALL, ids=lambda p: p.stem)
def test_same_verdict_as_the_library_on_the_corpus(doc: Path) -> None:
    for data in linted(doc):
        assert lint_meta.is_valid()(data) == oracle(data)


@pytest.mark.corpus
@pytest.mark.parametrize("doc", LARGE, ids=lambda p: p.stem)
def test_same_verdict_as_the_library_on_the_large_documents(doc: Path) -> None:
    for data in linted(doc):
        assert lint_meta.is_valid()(data) == oracle(data)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*here, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*here, i))


@pytest.fixture(scope="module")
def petstore() -> Any:
    doc = SHARED / "corpora" / "openapi" / "oai_petstore-expanded.yaml"
    if not doc.is_file():
        pytest.skip("../shared corpus absent")
    return linted(doc)[0]


@given(data=st.data())
def test_same_verdict_on_broken_variants(petstore: Any, data: st.DataObject) -> None:
    """One change anywhere in a valid document: a key dropped, a value of another type, a stray key."""
    paths = list(_paths(petstore))
    variant = copy.deepcopy(petstore)
    where = data.draw(st.sampled_from(paths[1:]))
    parent = variant
    for step in where[:-1]:
        parent = parent[step]
    change = data.draw(st.sampled_from(["drop", "retype", "stray"]))
    if change == "drop" and isinstance(parent, dict):
        del parent[where[-1]]
    elif change == "stray" and isinstance(parent[where[-1]], dict):
        parent[where[-1]]["stray"] = 1
    else:
        parent[where[-1]] = data.draw(st.sampled_from([7, "x", [], {}, None, True, -1.5]))
    assert lint_meta.is_valid()(variant) == oracle(variant)


INVALID = {  # specs of the test suite the metaschema refuses, each with the error lint must locate
    "no_info": (MINIMAL.replace('info: {title: Minimal, version: "1"}\n', ""), "'info' is a required property"),
    "stray_operation_field": (MINIMAL.replace("      operationId: listItems\n", "      operationId: listItems\n      stray: 1\n"), "OpenAPI:"),
    "title_a_number": (MINIMAL.replace("title: Minimal", "title: 12"), "OpenAPI:"),
    "parameter_without_in": (MINIMAL.replace("      operationId: listItems\n", "      operationId: listItems\n      parameters: [{name: q, schema: {type: string}}]\n"), "OpenAPI"),
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_specs_keep_their_located_library_errors(tmp_path: Path, name: str) -> None:
    text, expected = INVALID[name]
    spec = write_spec(tmp_path, "shop.yaml", text)
    seen = linted(spec)
    assert [lint_meta.is_valid()(d) for d in seen] == [oracle(d) for d in seen]
    code, _, err = run_cli("lint", str(spec))
    assert code == 2 and expected in err and "shop.yaml:" in err


def test_a_valid_document_skips_the_librarys_metaschema_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Refusing:
        def iter_errors(self, instance: Any) -> Iterator[Any]:
            raise AssertionError("the jsonschema metaschema pass ran on a valid document")

    lint_meta.is_valid()  # at hand: used even for a small document
    monkeypatch.setattr(check._with_jsonschema(), "schema_validator", Refusing())  # the class lint uses
    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    check.lint(load(spec))
    broken = write_spec(tmp_path, "broken.yaml", MINIMAL.replace("title: Minimal", "title: 12"))
    with pytest.raises(SpecError, match="metaschema pass ran"):  # an invalid one takes it
        check.lint(load(broken))


def test_a_damaged_cached_metaschema_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECLOOM_CACHE", str(tmp_path / "cache"))
    fresh = lint_meta.is_valid.__wrapped__
    first = fresh()
    stored = list((tmp_path / "cache" / "meta").glob("openapi31_*.py"))
    assert len(stored) == 1 and (tmp_path / "cache" / ".gitignore").read_text() == "*\n"
    assert fresh()({"openapi": "3.1.0"}) is False  # loaded from the cache: still the metaschema
    for damage in ("def broken(:\n", "VALIDATORS = {}\n", ""):
        stored[0].write_text(damage)
        for pyc in stored[0].parent.glob("__pycache__/*"):
            pyc.unlink()
        again = fresh()
        assert again({"openapi": "3.1.0"}) is False and first({"openapi": "3.1.0"}) is False
        assert again({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}) is True
    assert "VALIDATORS" in stored[0].read_text()  # written again
    sys.modules.pop(f"specloom_openapi_meta_{stored[0].stem}", None)


def test_a_cached_metaschema_is_found_without_hashing_the_generator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped source, when it fits, keys its cache entry by its own text: the generator's
    files are not hashed for it (loading the four cached metaschemas in a run without a build
    cache, ``--no-cache`` or ``check``: 19-21 -> 14-15 ms CPU). A source compiled here depends
    on the compiler, so its key is the generator's hash."""

    def refuse() -> str:
        raise AssertionError("the generator's files were hashed")

    monkeypatch.setenv("SPECLOOM_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "generator_hash", refuse)
    lint_meta._digest.cache_clear()
    try:
        path = lint_meta._entry_path("openapi31")
        assert path is not None and path.parent == tmp_path / "cache" / "meta"
        other = {"stamp": lint_meta.stamp("openapi31"), "source": "VALIDATORS = {}\n"}
        monkeypatch.setattr(lint_meta, "_shipped", lambda: {"openapi31": other})
        lint_meta._digest.cache_clear()
        assert lint_meta._entry_path("openapi31") not in (path, None)  # another source: another entry
        monkeypatch.setattr(lint_meta, "_shipped", lambda: {"openapi31": {**other, "stamp": "openapi-spec-validator==0.0.1"}})
        lint_meta._digest.cache_clear()
        with pytest.raises(AssertionError, match="were hashed"):  # compiled here: the compiler counts
            lint_meta._entry_path("openapi31")
    finally:
        lint_meta._digest.cache_clear()  # no key of a source made up here outlives the test


def test_linting_with_compiled_metaschemas_at_hand_imports_no_validation_library(tmp_path: Path) -> None:
    """With the compiled metaschemas shipped, or in the cache folder (after a first run), lint imports
    neither ``openapi-spec-validator`` nor ``jsonschema`` (~0.3 s a process), whatever the spec
    holds (defaults, examples, ``x-specloom-*`` keys): they are imported only to word an error.
    (Once, the cache key itself read the metaschema from the library, and defaults, examples and
    the vocabulary were checked by ``jsonschema``.)"""
    specs = [write_spec(tmp_path, "shop.yaml", MINIMAL), *sorted((ROOT / "specs").glob("*.yaml"))]
    code = (
        "import sys; from pathlib import Path; from specloom import check; from specloom.load import load\n"
        f"for spec in {[str(s) for s in specs]!r}:\n"
        "    check.lint(load(Path(spec)))\n"
        "    print(Path(spec).name, sorted({m.split('.')[0] for m in sys.modules} & {'openapi_spec_validator', 'jsonschema', 'openapi_schema_validator'}))\n"
    )
    env = {**os.environ, "SPECLOOM_CACHE": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], [r.stderr for r in runs]
    for run in runs:  # the first from the shipped sources (metaschemas.json), the second from the cache
        assert run.stdout.splitlines() == [f"{spec.name} []" for spec in specs]
    assert {p.name.split("_")[0] for p in (tmp_path / "cache" / "meta").glob("*.py")} == {"dialect31", "openapi31", "schema2020", "vocabulary"}


def test_the_shipped_compiled_metaschemas_are_what_the_compiler_writes_today() -> None:
    """``metaschemas.json`` spares a first run the compile (~1 s); a stale one would be used in
    place of the compiler's output (``python -m specloom.lint_meta`` writes it again)."""
    shipped = lint_meta._shipped()
    assert sorted(shipped) == sorted(lint_meta._SOURCES)
    for name, build in lint_meta._SOURCES.items():
        assert shipped[name]["stamp"] == lint_meta.stamp(name), f"{name}: run python -m specloom.lint_meta"
        assert shipped[name]["source"] == build(), f"{name}: run python -m specloom.lint_meta"


def test_a_shipped_source_compiled_from_other_library_versions_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lint_meta, "_shipped", lambda: {"openapi31": {"stamp": "openapi-spec-validator==0.0.1", "source": "VALIDATORS = {}\n"}})
    assert "VALIDATORS = {}" not in lint_meta.source("openapi31")
    monkeypatch.setattr(lint_meta, "_shipped", lambda: {"openapi31": {"stamp": lint_meta.stamp("openapi31"), "source": "VALIDATORS = {}\n"}})
    assert lint_meta.source("openapi31") == "VALIDATORS = {}\n"
