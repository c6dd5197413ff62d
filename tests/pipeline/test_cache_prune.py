"""The build cache stays bounded (``specloom.cache.prune``, run by every ``put``): the least
recently used entries go beyond ``MAX_ENTRIES`` or ``MAX_BYTES`` (a hit counts as a use), a
killed run's temporary file goes after an hour, and nothing but entries is touched; the
generator's bytecode keeps one entry per module (a new source replaces the old one's)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path, PurePosixPath

import pytest

import specloom.cache as cache
from specloom.write import read_tree
from tests.pipeline.helpers import MINIMAL, run_cli, write_spec


def _entry(folder: Path, digest: str, size: int, age: float) -> Path:
    path = folder / digest[:2] / f"{digest}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def _digest(n: int) -> str:
    return f"{n:02x}" * 32


def test_the_least_recently_used_entries_beyond_the_count_are_deleted(tmp_path: Path) -> None:
    entries = [_entry(tmp_path, _digest(n), 10, age=100 - n) for n in range(6)]  # the last is the newest
    cache.prune(tmp_path, max_entries=4, max_bytes=10**9)
    assert [e.exists() for e in entries] == [False, False, True, True, True, True]


def test_the_least_recently_used_entries_beyond_the_size_are_deleted(tmp_path: Path) -> None:
    entries = [_entry(tmp_path, _digest(n), 100, age=100 - n) for n in range(4)]
    cache.prune(tmp_path, max_entries=100, max_bytes=250)
    assert [e.exists() for e in entries] == [False, False, True, True]


def test_other_files_of_the_cache_folder_are_left_alone(tmp_path: Path) -> None:
    kept = [tmp_path / ".gitignore", tmp_path / "meta" / "openapi_31_ab.py", tmp_path / "jinja" / "__jinja2_x.cache", tmp_path / "pyc" / ("ab" * 16) / "cd.pyc"]
    for path in kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("keep", encoding="utf-8")
        os.utime(path, (1, 1))  # older than every entry
    fresh_temp = tmp_path / "ab" / ".entry-123"  # another run writing now
    stale_temp = tmp_path / "ab" / ".entry-456"  # a run killed while writing
    for path, age in ((fresh_temp, 10), (stale_temp, 7200)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{", encoding="utf-8")
        os.utime(path, (time.time() - age, time.time() - age))
    cache.prune(tmp_path, max_entries=0, max_bytes=0)
    assert all(path.read_text(encoding="utf-8") == "keep" for path in kept)
    assert fresh_temp.exists() and not stale_temp.exists()


def test_generate_keeps_the_entries_it_just_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Three specs and room for two: the spec generated last, and the one read from the cache
    by the last run (a hit refreshes its entry), are the ones kept."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SPECLOOM_CACHE", str(folder))
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    specs = tmp_path / "specs"
    specs.mkdir()
    names = ("alpha", "beta", "gamma")
    for name in names:
        write_spec(specs, f"{name}.yaml", MINIMAL.replace("Minimal", name.title()))

    def generate(*spec_names: str) -> dict[PurePosixPath, str]:
        code, _, err = run_cli("generate", *(str(specs / f"{n}.yaml") for n in spec_names), "--out", str(tmp_path / f"out-{'-'.join(spec_names)}"))
        assert code == 0, err
        return dict(read_tree(tmp_path / f"out-{'-'.join(spec_names)}"))

    def entries() -> list[str]:  # the packages the cache holds
        return sorted(json.loads(path.read_text(encoding="utf-8"))["package"] for path in folder.glob("??/*.json"))

    generate("alpha")
    time.sleep(0.02)  # distinct modification times
    generate("beta")
    assert entries() == ["alpha", "beta"]
    time.sleep(0.02)
    generate("alpha")  # a hit: alpha's entry is used now, beta's is the oldest
    time.sleep(0.02)
    generate("gamma")  # stored, and the cache pruned to two
    assert entries() == ["alpha", "gamma"]


def test_a_modules_new_bytecode_replaces_its_old_entry(tmp_path: Path) -> None:
    source = tmp_path / "src" / "specloom_probe_module.py"
    source.parent.mkdir()
    folder = tmp_path / "pyc"
    values = []
    for version in (1, 2, 2, 3):
        source.write_text(f"VALUE = {version}\n", encoding="utf-8")
        loader = cache._BytecodeLoader("specloom_probe_module", str(source), folder)
        namespace: dict[str, object] = {}
        exec(loader.get_code("specloom_probe_module"), namespace)  # noqa: S102 - this test's own module
        values.append(namespace["VALUE"])
        assert len(list(folder.rglob("*.pyc"))) == 1
    assert values == [1, 2, 2, 3]
