"""Generated property suites run wherever the output goes, under the profile HYPOTHESIS_PROFILE names.

Input: a scratch project outside this repository (its own folder names, no conftest.py of ours).
Output: the generated suite collected and run there by pytest in a subprocess. Why: a user's
layout (``--out src/clients``, specs in ``apis/``) is not this repository's, and this repository's
``conftest.py``, which registers the Hypothesis profiles here, is not there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.venvs import ROOT, run

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def _pytest(project: Path, *args: str, profile: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HYPOTHESIS", "PYTEST"))}
    if profile is not None:
        env["HYPOTHESIS_PROFILE"] = profile
    command = [str(BIN / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "--rootdir", str(project), *args]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_the_generated_suite_finds_its_spec_in_another_layout(tmp_path: Path) -> None:
    project = tmp_path / "ownproj"
    (project / "apis").mkdir(parents=True)
    shutil.copyfile(ROOT / "specs" / "salesfire.yaml", project / "apis" / "salesfire.yaml")
    run(BIN / "specloom", "generate", "--specs-dir", "apis", "--out", "src/clients", cwd=project)
    assert (project / "src" / "clients" / "salesfire" / "tests" / "test_properties.py").is_file()
    done = _pytest(project, "src/clients/salesfire/tests", "-x")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "error" not in done.stdout.lower()


def test_a_moved_spec_is_named_in_the_error(tmp_path: Path) -> None:
    project = tmp_path / "ownproj"
    (project / "apis").mkdir(parents=True)
    shutil.copyfile(ROOT / "specs" / "salesfire.yaml", project / "apis" / "salesfire.yaml")
    run(BIN / "specloom", "generate", "--specs-dir", "apis", "--out", "src/clients", cwd=project)
    (project / "apis" / "salesfire.yaml").rename(project / "salesfire.yaml")
    done = _pytest(project, "src/clients/salesfire/tests", "-x")
    assert done.returncode != 0
    assert "recorded as '../../../apis/salesfire.yaml' relative to the package" in done.stdout


PROFILE_PROBE = '''
from hypothesis import settings

def test_profile():
    print("max_examples", settings().max_examples, "derandomize", settings().derandomize)
    assert False, (settings().max_examples, settings().derandomize)
'''


@pytest.mark.parametrize(("profile", "expected"), [("thorough", "(500, False)"), ("dev", "(100, False)"), (None, "(50, True)")])
def test_hypothesis_profile_works_outside_this_repository(tmp_path: Path, profile: str | None, expected: str) -> None:
    (tmp_path / "test_probe.py").write_text(PROFILE_PROBE, encoding="utf-8")
    done = _pytest(tmp_path, "test_probe.py", profile=profile)
    assert f"AssertionError: {expected}" in done.stdout, done.stdout[-3000:] + done.stderr[-2000:]


def test_an_unknown_profile_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "test_probe.py").write_text(PROFILE_PROBE, encoding="utf-8")
    done = _pytest(tmp_path, "test_probe.py", profile="thorogh")
    assert done.returncode == 4
    assert "HYPOTHESIS_PROFILE='thorogh': no such Hypothesis profile" in done.stderr


MANY_CASES = '''
import pytest
from hypothesis import given, settings, strategies as st

@pytest.mark.parametrize("case", range(1200))
@settings(max_examples=2)
@given(data=st.data())
def test_case(case, data):
    data.draw(st.integers())
'''


def test_a_test_parametrized_over_many_schemas_runs_every_case(tmp_path: Path) -> None:
    # Hypothesis's plugin chained each parametrized case's settings to the previous case's: past
    # about 950 cases in one process (a generated suite of a large document) every case failed
    # with RecursionError, and each was slower than the one before. specloom's plugin resets them.
    (tmp_path / "test_many.py").write_text(MANY_CASES, encoding="utf-8")
    done = _pytest(tmp_path, "test_many.py")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1200 passed" in done.stdout
