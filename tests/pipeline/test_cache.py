"""The build cache of ``specloom generate``: only changed specs are rebuilt, a bad entry is a miss,
``check`` and ``--no-cache`` never read it."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

import pytest

import specloom.pipeline
from specloom.options import Options
from specloom.write import read_tree
from tests.pipeline.helpers import MINIMAL, run_cli, write_spec

OTHER = MINIMAL.replace("Minimal", "Other").replace("listItems", "listThings")


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Two specs, a cache folder in ``tmp_path``, and the names of the specs each run builds."""
    monkeypatch.setenv("SPECLOOM_CACHE", str(tmp_path / "cache"))
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    write_spec(specs, "other.yaml", OTHER)
    names: list[str] = []
    real = specloom.pipeline._build

    def counting(spec: Path, options: Options, out: Path) -> object:
        names.append(spec.name)
        return real(spec, options, out)

    monkeypatch.setattr(specloom.pipeline, "_build", counting)
    monkeypatch.setattr(sys, "platform", "no-fork")  # as pipeline reads it; in-process: the counter sees every build
    return names


def _generate(tmp_path: Path, *extra: str) -> dict[PurePosixPath, str]:
    code, _, err = run_cli("generate", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"), *extra)
    assert code == 0, err
    return dict(read_tree(tmp_path / "out"))


def test_a_second_run_builds_nothing_and_writes_the_same(tmp_path: Path, built: list[str]) -> None:
    first = _generate(tmp_path)
    assert sorted(built) == ["other.yaml", "shop.yaml"]
    built.clear()
    assert _generate(tmp_path) == first
    assert built == []


def test_only_the_changed_spec_is_rebuilt(tmp_path: Path, built: list[str]) -> None:
    _generate(tmp_path)
    built.clear()
    write_spec(tmp_path / "specs", "shop.yaml", MINIMAL.replace("name: {type: string}", "name: {type: string}\n        price: {type: number}"))
    files = _generate(tmp_path)
    assert built == ["shop.yaml"]
    assert "price: float" in files[next(p for p in files if str(p) == "shop/models.py")]
    assert run_cli("check", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"))[0] == 0


def test_two_specs_of_the_same_bytes_are_two_packages(tmp_path: Path, built: list[str]) -> None:
    # the key held the spec's bytes but not its name: a copy (``cp shop.yaml shop_v2.yaml``)
    # generated from the cache was the first one's package, and shop_v2/ never appeared
    out = str(tmp_path / "out")
    assert run_cli("generate", str(tmp_path / "specs" / "shop.yaml"), "--out", out)[0] == 0
    copy = write_spec(tmp_path / "specs", "shop_v2.yaml", MINIMAL)
    built.clear()
    code, _, err = run_cli("generate", str(copy), "--out", out)
    assert code == 0, err
    assert built == ["shop_v2.yaml"]
    assert '"shop_v2.yaml"' in (tmp_path / "out" / "shop_v2" / "models.py").read_text()
    assert run_cli("generate", str(tmp_path / "specs" / "other.yaml"), "--out", out)[0] == 0
    assert run_cli("check", "--specs-dir", str(tmp_path / "specs"), "--out", out)[0] == 0


@pytest.mark.parametrize("garbage", [b"\x00\xff not json", b'{"format": 1}', b'{"format": 1, "deps": {}, "files": {"a.py": 3}}', b"[]"])
def test_a_corrupt_entry_is_ignored_and_rebuilt(tmp_path: Path, built: list[str], garbage: bytes) -> None:
    first = _generate(tmp_path)
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 2
    for entry in entries:
        entry.write_bytes(garbage)
    built.clear()
    assert _generate(tmp_path) == first
    assert sorted(built) == ["other.yaml", "shop.yaml"]


def test_a_poisoned_entry_never_reaches_check(tmp_path: Path, built: list[str]) -> None:
    """``check`` compares against a full build: an entry claiming other output changes nothing."""
    _generate(tmp_path)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text(entry.read_text().replace("listItems", "list_poisoned").replace("list_items", "list_poisoned"))
    code, diff, _ = run_cli("check", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"))
    assert code == 0, diff
    built.clear()
    _generate(tmp_path, "--no-cache")
    assert sorted(built) == ["other.yaml", "shop.yaml"]  # --no-cache reads nothing either
    assert "poisoned" not in (tmp_path / "out" / "shop" / "client.py").read_text()


def test_no_cache_writes_no_cache(tmp_path: Path, built: list[str]) -> None:
    _generate(tmp_path, "--no-cache")
    assert not (tmp_path / "cache").exists()


def test_a_changed_ref_file_invalidates_the_entry(tmp_path: Path, built: list[str]) -> None:
    specs = tmp_path / "specs"
    (specs / "other.yaml").unlink()
    shared = tmp_path / "specs" / "parts"
    shared.mkdir()
    part = "components:\n  schemas:\n    Item:\n      type: object\n      properties:\n        id: {type: integer}\n"
    write_spec(shared, "item.yaml", part)
    root = MINIMAL.split("components:")[0].replace('$ref: "#/components/schemas/Item"', '$ref: "parts/item.yaml#/components/schemas/Item"')
    write_spec(specs, "shop.yaml", root)
    _generate(tmp_path)
    built.clear()
    _generate(tmp_path)
    assert built == []
    write_spec(shared, "item.yaml", part + "        label: {type: string}\n")
    files = _generate(tmp_path)
    assert built == ["shop.yaml"]
    assert "label" in files[next(p for p in files if str(p) == "shop/models.py")]


def test_warnings_are_replayed_from_the_cache(tmp_path: Path, built: list[str]) -> None:
    write_spec(tmp_path / "specs", "shop.yaml", MINIMAL.replace("3.1.0", "3.0.3"))  # normalised with a warning
    code, _, first = run_cli("generate", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"))
    assert code == 0 and "warning" in first
    built.clear()
    code, _, second = run_cli("generate", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"))
    assert code == 0 and built == [] and second == first


def test_lint_strict_fills_the_cache_that_generate_reads(tmp_path: Path, built: list[str]) -> None:
    """``make generate`` is ``lint --strict`` then ``generate --strict``: each spec is built once."""
    code, _, err = run_cli("lint", "--strict", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert sorted(built) == ["other.yaml", "shop.yaml"]
    _generate(tmp_path, "--strict")
    assert sorted(built) == ["other.yaml", "shop.yaml"]
    assert run_cli("check", "--strict", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"))[0] == 0


def test_lint_strict_still_reports_each_broken_spec_with_its_warnings(tmp_path: Path, built: list[str]) -> None:
    write_spec(tmp_path / "specs", "shop.yaml", MINIMAL.replace("3.1.0", "3.0.3").replace("paths:", "x-specloom-bogus: 1\npaths:"))
    code, _, err = run_cli("lint", "--strict", "--specs-dir", str(tmp_path / "specs"))
    assert code == 2
    assert "shop.yaml:" in err and "x-specloom-bogus" in err and "warning: OpenAPI 3.0.3 document accepted" in err
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1  # other.yaml's package only


def test_a_package_from_the_cache_still_reports_its_operations(tmp_path: Path, built: list[str]) -> None:
    """The 'N of M operations' line is read by tools (bench/corpus.py): a cached build must print
    the same line as a fresh one, not '0 of 0'."""
    args = ("generate", "--specs-dir", str(tmp_path / "specs"), "--out", str(tmp_path / "out"))
    fresh = run_cli(*args)[1]
    built.clear()
    cached = run_cli(*args)[1]
    assert built == []
    lines = [line for line in fresh.splitlines() if "operations have a client method" in line]
    assert len(lines) == 2 and all(" 0 of " not in line for line in lines)
    assert [line for line in cached.splitlines() if "operations have a client method" in line] == lines


def test_the_generator_hash_skips_generated_output_inside_the_package(tmp_path: Path) -> None:
    """``specloom.apis`` (the project's ``generated/``) lies inside the ``specloom`` package: the
    generator's identity must not include it, or a ``generate`` that changes one package makes
    every other package's cache entry a miss on the next run."""
    from specloom import cache
    package = tmp_path / "specloom"
    (package / "render" / "templates").mkdir(parents=True)
    (package / "apis" / "shop").mkdir(parents=True)
    (package / "cli.py").write_text("x = 1\n")
    (package / "render" / "templates" / "client.py.jinja").write_text("{{ x }}\n")
    (package / "apis" / "__init__.py").write_text("")
    (package / "apis" / "shop" / "client.py").write_text("y = 2\n")
    seen = [p.relative_to(package).as_posix() for p in cache.source_files(package)]
    assert seen == ["cli.py", "render/templates/client.py.jinja"]
    real = [p for p in cache.source_files(Path(specloom.pipeline.__file__).parent) if "apis" in p.parts]
    assert real == []


def test_a_spec_too_large_to_build_is_not_read_whole_for_its_key(tmp_path: Path) -> None:
    """``generate /dev/zero`` read the device whole to hash it for the cache key, until memory
    ran out; the key reads no more than a spec may hold, and the build then refuses the file."""
    from specloom import cache

    sparse = tmp_path / "huge.yaml"
    with open(sparse, "wb") as f:
        f.truncate(cache._HASHED_BYTES + 1)  # sparse: no disk, no memory
    assert cache._file_hash(sparse) is None and cache.key(sparse, Options()) is None
    small = write_spec(tmp_path, "small.yaml", MINIMAL)
    assert cache._file_hash(small) is not None and cache.key(small, Options()) is not None
    code, _, err = run_cli("generate", "/dev/zero", "--out", str(tmp_path / "out"))
    assert code == 2 and "/dev/zero: /: file larger than" in err, err
