"""The generated suites can fail: every listed mutant is killed by a named property's assertion.

Each mutant (``mutants.py``) is applied to a scratch copy of the runtime and one generated package
(``harness.py``); it must still pass ``mypy --strict`` (a bug a type checker would catch is not
the suite's merit), must not break collection or imports, and must make the expected property of
``generated/<api>/tests/test_properties.py`` fail on an ``AssertionError``. The suite passing on
the unmutated code is the rest of ``make test``, which runs those same files. The mutation score
is printed at the end of the session (``conftest.py``) and recorded per test.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.mutation import harness
from tests.mutation.mutants import MUTANTS, Mutant

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.parametrize("mutant", MUTANTS, ids=[m.name for m in MUTANTS])
def test_mutant_is_killed_by_its_property(
    mutant: Mutant, tmp_path: Path, mypy_cache: Path, record_property: Callable[[str, object], None]
) -> None:
    verdict = harness.judge(mutant, tmp_path, mypy_cache)
    assert verdict.typechecks, f"{mutant.name} does not pass mypy --strict:\n{verdict.mypy_output}"
    assert not verdict.errors, f"{mutant.name} broke collection or imports: {verdict.errors}\n{verdict.output[-3000:]}"
    killed = verdict.killed_by
    record_property("mutant", mutant.name)
    record_property("killed_by", f"{killed[0]}: {killed[1]}" if killed else "SURVIVED")
    assert killed is not None, f"{mutant.name} ({mutant.bug}) survived:\n{verdict.output[-3000:]}"
    test, message = killed
    assert test.startswith(mutant.killer), f"{mutant.name} was killed by {test}, not {mutant.killer}"
    print(f"{mutant.name}: killed by {test}: {message}")


def test_an_equivalent_change_survives(tmp_path: Path, mypy_cache: Path) -> None:
    """The harness itself can say "survived": a comment-only patch fails nothing, and the copy's
    own runtime and package are the ones imported."""
    noop = Mutant(
        name="comment-only",
        bug="none: a comment is added",
        api="firecart",
        file="specloom_runtime/wire/dates.py",
        old="def parse_named(",
        new="# an equivalent change\ndef parse_named(",
        killer="test_spec_date_examples_read_and_write_back",
    )
    verdict = harness.judge(noop, tmp_path, mypy_cache)
    assert verdict.typechecks and not verdict.errors, verdict.output[-3000:]
    assert verdict.failed == () and verdict.killed_by is None, verdict.output[-3000:]
    tree = tmp_path / noop.name
    where = subprocess.run(
        [sys.executable, "-c", "import specloom_runtime.wire.dates as d, generated.firecart as g; print(d.__file__); print(g.__file__)"],
        cwd=tree, env=harness._env(tree), capture_output=True, text=True, check=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(tree) for p in where), where
    assert "an equivalent change" in (tree / noop.file).read_text(encoding="utf-8")


def test_every_patch_targets_text_that_exists_once() -> None:
    for mutant in MUTANTS:
        text = (harness.ROOT / mutant.file).read_text(encoding="utf-8")
        assert text.count(mutant.old) == 1, f"{mutant.name}: patch target in {mutant.file} occurs {text.count(mutant.old)} times"
        assert mutant.old != mutant.new
