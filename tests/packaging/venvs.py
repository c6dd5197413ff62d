"""Fresh virtual environments for the packaging tests, built offline from this checkout.

Input: the checkout, and the distributions installed in the interpreter running the tests (the venv
``make`` built from the hashed locks). Output: a venv holding exactly the distributions asked for,
and wheels built from the checkout. Why copy installed distributions instead of downloading: tests
reach no network, and the locked venv already holds the very files pip would unpack (each
distribution's RECORD lists them), so a copy gives the same environment, bounded and offline.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
# what a wheel of the project is built from; tests, caches and venvs stay out of the copy
PROJECT_PARTS = ("pyproject.toml", "setup.py", "README.md", "generator", "specloom_runtime", "generated")
TIMEOUT = 240  # seconds for one pip or venv step: generous for a loaded 2-core machine, still bounded


def run(*cmd: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    """Run a command; its output is the failure message when it exits non-zero."""
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"{' '.join(map(str, cmd))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(*names: str) -> set[str]:
    """The installed distributions ``names`` need, themselves included; ``name[extra]`` follows the
    requirements of that extra too."""
    seen: set[tuple[str, str]] = set()
    todo = [Requirement(n) for n in names]
    found: set[str] = set()
    while todo:
        requirement = todo.pop()
        name = norm(requirement.name)
        for extra in [""] + sorted(requirement.extras):
            if (name, extra) in seen:
                continue
            seen.add((name, extra))
            found.add(name)
            for text in metadata.distribution(name).requires or []:
                needed = Requirement(text)
                # a requirement without marker belongs to the base pass; a marked one to each pass it holds in
                if needed.marker.evaluate({"extra": extra}) if needed.marker else not extra:
                    todo.append(needed)
    return found


def fresh_venv(where: Path, installed: Iterable[str] = ()) -> Path:
    """A new venv with pip and copies of the ``installed`` distributions; returns its python."""
    run(sys.executable, "-m", "venv", where)
    python = where / "bin" / "python"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip())
    for name in sorted(installed):
        dist = metadata.distribution(name)
        for file in dist.files or []:
            source = Path(str(dist.locate_file(file)))
            if ".." in file.parts or not source.is_file() or "__pycache__" in file.parts:
                continue  # scripts outside site-packages and caches are not needed to import
            target = site / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return python


def project_wheel(wheelhouse: Path, scratch: Path) -> Path:
    """A wheel of this checkout, built from a copy (the build writes build/ and *.egg-info)."""
    source = scratch / "specloom-src"
    for part in PROJECT_PARTS:
        origin = ROOT / part
        if not origin.exists():
            continue  # setup.py: only once the import names are mapped (package-dir)
        if origin.is_dir():
            shutil.copytree(origin, source / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            source.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(origin, source / part)
    return wheel(source, wheelhouse)


def wheel(source: Path, wheelhouse: Path) -> Path:
    """Build the wheel of the project at ``source`` with this venv's setuptools, offline."""
    before = set(wheelhouse.glob("*.whl"))
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index", "--no-build-isolation", "-w", wheelhouse, source)
    (built,) = set(wheelhouse.glob("*.whl")) - before
    return built
