"""The hashed locks in ``requirements/`` cannot go stale silently.

Input: ``requirements/{pip,dev,bench}.txt`` (written by ``make lock``), ``pyproject.toml`` and the
distributions installed in the interpreter running the tests (the venv ``make`` built). Output:
pass/fail. The Makefile installs only from these locks, with ``--require-hashes``; these tests
fail when the venv holds a distribution, or a version, that no lock names (someone installed by
hand, or a dependency changed without ``make lock``), when a lock entry has no hash, and when a
pin of ``pyproject.toml`` and its lock disagree.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCKS = {name: ROOT / "requirements" / f"{name}.txt" for name in ("pip", "dev", "bench")}
_ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.M)
FIX = "run `make lock` after changing dependencies, and `make clean-venv test` to rebuild the venv"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(path: Path) -> dict[str, str]:
    return {_norm(name): version for name, version in _ENTRY.findall(path.read_text(encoding="utf-8"))}


def _entries(path: Path) -> list[str]:
    """One text per requirement (its continuation lines joined)."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    return [line for line in text.splitlines() if _ENTRY.match(line)]


@pytest.mark.parametrize("lock", LOCKS, ids=str)
def test_every_lock_entry_is_pinned_and_hashed(lock: str) -> None:
    entries = _entries(LOCKS[lock])
    assert entries, f"{LOCKS[lock]} names no package"
    assert [e.split()[0] for e in entries if "--hash=sha256:" not in e] == []
    assert "-e " not in LOCKS[lock].read_text(encoding="utf-8")  # editable lines cannot be hashed


def test_every_installed_distribution_is_locked_at_its_version() -> None:
    locked: dict[str, set[str]] = {}
    for path in LOCKS.values():
        for name, version in _pins(path).items():
            locked.setdefault(name, set()).add(version)
    installed = {_norm(d.metadata["Name"]): d.version for d in metadata.distributions()}
    installed.pop("specloom", None)  # the project itself: installed with --no-deps from the tree
    stray = {f"{name}=={version}" for name, version in installed.items() if version not in locked.get(name, set())}
    assert stray == set(), f"installed but not in requirements/*.txt at that version: {sorted(stray)}; {FIX}"


def test_the_locks_hold_pyprojects_pins_and_build_tools() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = project["project"]["optional-dependencies"]
    dev, bench = _pins(LOCKS["dev"]), _pins(LOCKS["bench"])
    for lock, wanted in ((dev, project["project"]["dependencies"] + extras["generate"] + extras["test"] + extras["dev"]), (bench, extras["bench"])):
        for requirement in wanted:
            name, _, version = re.sub(r"\[.*?\]", "", requirement).partition("==")
            assert lock.get(_norm(name)) == version, f"{requirement} is not what the lock pins; {FIX}"
    for tool in project["build-system"]["requires"]:
        assert _norm(re.split(r"[<>=!~ ]", tool)[0]) in dev  # --no-build-isolation takes them from the venv
    assert "pip" in _pins(LOCKS["pip"])
    # make bench adds to the dev venv: every shared package at the same version
    assert {n: v for n, v in bench.items() if n in dev} == dev
