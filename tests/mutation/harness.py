"""Run one mutant: copy, patch, type-check, and run the generated suite that must kill it.

Input: a ``Mutant`` and a scratch directory. Output: a ``Verdict`` saying whether the mutant
imported and passed ``mypy --strict``, and which test (if any) failed on which assertion.

Why a copy of the tree and a subprocess: the mutated runtime and package must be the only ones the
suite can import (the copy's root comes first on ``sys.path``; the test checks this), and nothing
in the working tree is ever written. The subprocess runs under the ``mutation`` Hypothesis
profile: ``ci`` without the shrink phase, since the harness needs the first failing assertion,
not the smallest example.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import defusedxml.ElementTree as ElementTree

from tests.mutation.mutants import Mutant

ROOT = Path(__file__).resolve().parents[2]
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")


@dataclass(frozen=True)
class Verdict:
    """What the suite did with one mutant."""

    typechecks: bool
    mypy_output: str
    failed: tuple[tuple[str, str, str], ...]  # (test id, exception type, first line of message)
    errors: tuple[str, ...]  # collection/setup errors: a mutant that breaks imports is not killed
    output: str

    @property
    def killed_by(self) -> tuple[str, str] | None:
        """(test id, assertion message) of the first property that failed on an assertion."""
        for test, kind, message in self.failed:
            if kind.endswith("AssertionError"):
                return test, message
        return None


def copy_tree(api: str, dest: Path) -> Path:
    """The files one API's generated suite needs, copied under ``dest`` (returned)."""
    dest.mkdir(parents=True)
    shutil.copytree(ROOT / "specloom_runtime", dest / "specloom_runtime", ignore=_IGNORE)
    (dest / "generated").mkdir()
    shutil.copy2(ROOT / "generated" / "__init__.py", dest / "generated" / "__init__.py")
    shutil.copytree(ROOT / "generated" / api, dest / "generated" / api, ignore=_IGNORE)
    (dest / "specs").mkdir()
    shutil.copy2(ROOT / "specs" / f"{api}.yaml", dest / "specs" / f"{api}.yaml")
    for name in ("conftest.py", "pyproject.toml"):
        shutil.copy2(ROOT / name, dest / name)
    return dest


def apply(mutant: Mutant, tree: Path) -> None:
    """Patch the copy; ``AssertionError`` unless ``old`` occurs exactly once."""
    target = tree / mutant.file
    text = target.read_text(encoding="utf-8")
    count = text.count(mutant.old)
    assert count == 1, f"{mutant.name}: the text to patch occurs {count} times in {mutant.file}"
    target.write_text(text.replace(mutant.old, mutant.new), encoding="utf-8")


def _env(tree: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "HYPOTHESIS_"))}
    env.update(PYTHONPATH=str(tree), PYTHONHASHSEED="0", HYPOTHESIS_PROFILE="mutation", PYTHONDONTWRITEBYTECODE="1")
    return env


def typecheck(mutant: Mutant, tree: Path, cache: Path) -> tuple[bool, str]:
    """``mypy --strict`` (the copied pyproject's settings) on the mutated package and runtime."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), "-p", f"generated.{mutant.api}", "-p", "specloom_runtime"],
        cwd=tree, env=_env(tree), capture_output=True, text=True, timeout=600, check=False,
    )
    return done.returncode == 0, done.stdout + done.stderr


def run_suite(mutant: Mutant, tree: Path, select: str | None = None) -> tuple[list[tuple[str, str, str]], list[str], str]:
    """Run the API's generated suite (only ``select``'s tests when given), stopping at the first failure."""
    report = tree / "junit.xml"
    command = [
        sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
        f"--junitxml={report}", f"generated/{mutant.api}/tests/test_properties.py",
        "-k", select or mutant.killer,
    ]
    done = subprocess.run(command, cwd=tree, env=_env(tree), capture_output=True, text=True, timeout=900, check=False)
    failed: list[tuple[str, str, str]] = []
    errors: list[str] = []
    if report.exists():
        for case in ElementTree.parse(report).iter("testcase"):
            test = f"{case.get('name')}"
            for failure in case.iter("failure"):
                message = failure.get("message") or ""
                kind, _, text = message.partition(": ")
                failed.append((test, kind, text.splitlines()[0] if text else ""))
            errors.extend(f"{test}: {e.get('message')}" for e in case.iter("error"))
    if done.returncode not in (0, 1):
        errors.append(f"pytest exit code {done.returncode}")
    return failed, errors, done.stdout + done.stderr


def judge(mutant: Mutant, scratch: Path, cache: Path, *, select: str | None = None) -> Verdict:
    """Copy, patch, type-check and run: the whole verdict on one mutant."""
    tree = copy_tree(mutant.api, scratch / mutant.name)
    apply(mutant, tree)
    typechecks, mypy_output = typecheck(mutant, tree, cache)
    failed, errors, output = run_suite(mutant, tree, select or mutant.select or None)
    return Verdict(typechecks, mypy_output, tuple(failed), tuple(errors), output)
