"""``specloom.versions`` against ``importlib.metadata``, its oracle, on every installed distribution."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from specloom import versions


def test_every_installed_distribution_has_the_version_importlib_metadata_finds() -> None:
    names = sorted({d.metadata["Name"] for d in metadata.distributions()})
    assert len(names) > 10  # the generator's own dependencies at least
    assert {n: versions.version(n) for n in names} == {n: metadata.version(n) for n in names}


@pytest.mark.parametrize("spelling", ["PyYAML", "pyyaml", "PYYAML"])
def test_names_are_compared_in_their_normal_form(spelling: str) -> None:
    assert versions.version(spelling) == metadata.version("PyYAML")


def test_a_missing_distribution_is_none() -> None:
    assert versions.version("no-such-distribution-installed-here") is None


def test_the_first_folder_on_the_path_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    (first / "demo_pkg-1.0.dist-info").mkdir(parents=True)
    (second / "demo_pkg-2.0.dist-info").mkdir(parents=True)
    (second / "other-3.1.dist-info").mkdir(parents=True)
    monkeypatch.setattr("sys.path", [str(first), str(tmp_path / "missing"), str(second)])
    versions._listed.cache_clear()
    try:
        assert versions.version("demo-pkg") == "1.0"
        assert versions.version("Other") == "3.1"
    finally:
        versions._listed.cache_clear()
