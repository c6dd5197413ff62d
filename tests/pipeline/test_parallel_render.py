"""One document on both cores (``render(parallel=True)``, ``specloom.render.fork``): the package,
its warnings and the skipped property tests are those of the serial build, byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import specloom.pipeline
import specloom.render.fork
from specloom.check import DEFAULT, Options
from tests.pipeline.helpers import MINIMAL, SHARED, write_spec
from tests.pipeline.test_degrade import DEGRADED

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")


def _both(spec: Path, monkeypatch: pytest.MonkeyPatch, options: Options = DEFAULT) -> tuple[object, object, int]:
    forks: list[int] = []
    real = specloom.render.fork.Elsewhere.__init__

    def counting(self: specloom.render.fork.Elsewhere, *args: object) -> None:
        forks.append(1)
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(specloom.render.fork.Elsewhere, "__init__", counting)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    parallel = specloom.pipeline.build_package(spec, options)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 10**9)
    serial = specloom.pipeline.build_package(spec, options)
    return parallel, serial, len(forks)


@pytest.mark.parametrize("text", [MINIMAL, DEGRADED], ids=["minimal", "degraded"])
def test_parallel_output_equals_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    parallel, serial, forks = _both(write_spec(tmp_path, "shop.yaml", text), monkeypatch)
    assert forks == 2
    assert parallel == serial


def test_parallel_output_equals_serial_on_a_corpus_document(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = SHARED / "corpora" / "openapi" / "oai_petstore-expanded.yaml"
    if not doc.is_file():
        pytest.skip("../shared corpus absent")
    parallel, serial, forks = _both(doc, monkeypatch, Options(lenient=True))
    assert forks == 2 and parallel == serial


def test_an_error_in_the_child_is_reported_located(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under --strict a degraded strategy is an error; raised from the child, it keeps its place."""
    from specloom.diagnostics import SpecError

    spec = write_spec(tmp_path, "shop.yaml", DEGRADED)
    errors = []
    for within in (1, 10**9):
        monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", within)
        with pytest.raises(SpecError) as caught:
            specloom.pipeline.build_package(spec, Options(strict=True))
        errors.append(caught.value.diagnostics)
    assert errors[0] == errors[1] and errors[0]


def test_the_child_lays_out_the_strategies_module_and_nobody_parses_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The largest module is laid out on the other core and parsed nowhere (its compiler wrote
    every line; the tests import it); this process parses the templates' modules, and the count
    of modules laid out directly is the serial build's."""
    from specloom import format as fmt

    parsed: list[str] = []
    real = fmt.statement_runs

    def recording(path: object, source: str) -> list[str]:
        parsed.append(str(path))  # appended in the process that parses (a child keeps its own list)
        return real(path, source)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "statement_runs", recording)
    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    direct = fmt.STATS["direct"]
    parallel, serial, forks = _both(spec, monkeypatch)
    assert forks == 2 and parallel == serial
    assert "shop/client.py" in parsed and not [p for p in parsed if p.endswith(("strategies.py", "validators.py"))]
    # every module counted once per build, strategies.py too (the child's count merged back), and
    # validators.py and strategies.py, laid out but not parsed (the compilers' own code), once per build
    assert fmt.STATS["direct"] - direct == len(parsed) + 2 + 2


@pytest.mark.parametrize("kind", ["validators", "strategies"])
def test_a_child_that_dies_is_replaced_by_the_serial_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """A child killed or failing (out of memory, an internal error) changes nothing but time."""
    import os

    import specloom.render

    parent = os.getpid()
    name = f"render_{kind}"
    real = getattr(specloom.render, name)

    def dying_in_the_child(*args: object, **kwargs: object) -> str:
        if os.getpid() != parent:
            os._exit(3)
        return str(real(*args, **kwargs))

    spec = write_spec(tmp_path, "shop.yaml", DEGRADED)
    serial = specloom.pipeline.build_package(spec, Options(lenient=True))
    monkeypatch.setattr(specloom.render, name, dying_in_the_child)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    assert specloom.pipeline.build_package(spec, Options(lenient=True)) == serial


def _events(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[int]]:
    """The order in which the build starts the strategies ahead, compiles lint's value checks
    and attaches the testing kit; and the pids of the children started ahead."""
    import specloom.ir.operations
    import specloom.lint_fork
    import specloom.schema_checks
    from specloom.ir.kit import attach_kit

    events: list[str] = []
    pids: list[int] = []

    def recorded(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            events.append(name)
            made = real(*args, **kwargs)
            if name == "ahead":
                pids.append(made.pid)
            return made

        return call

    monkeypatch.setattr(specloom.render.fork, "ahead", recorded("ahead", specloom.render.fork.ahead))
    monkeypatch.setattr(specloom.lint_fork, "_compile_value_checks", recorded("values", specloom.lint_fork._compile_value_checks))
    monkeypatch.setattr(specloom.schema_checks, "_values", recorded("defaults", specloom.schema_checks._values))
    monkeypatch.setattr(specloom.ir.operations, "attach_kit", recorded("kit", attach_kit))  # where it is called
    return events, pids


def test_a_large_documents_strategies_start_before_this_process_compiles_and_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The strategy compiler needs no compiled validators and no testing kit: its child starts as
    soon as the document is prepared (it builds its own IR) and uses the second core while this
    process compiles lint's value checks and builds the IR; the package is the serial one."""
    spec = write_spec(tmp_path, "shop.yaml", DEGRADED)
    events, pids = _events(monkeypatch)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    ahead = specloom.pipeline.build_package(spec, Options(lenient=True))
    assert events == ["ahead", "defaults", "values", "kit"] and pids[0] > 0
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 10**9)
    events.clear()
    assert specloom.pipeline.build_package(spec, Options(lenient=True)) == ahead
    assert events == ["defaults", "values", "kit"]  # below the threshold: no child ahead


def test_a_child_started_ahead_is_stopped_when_lint_refuses_the_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from specloom.diagnostics import SpecError

    spec = write_spec(tmp_path, "shop.yaml", MINIMAL.replace("name: {type: string}", "name: {type: strin}"))
    events, pids = _events(monkeypatch)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    with pytest.raises(SpecError):
        specloom.pipeline.build_package(spec, Options())
    assert events[0] == "ahead"
    with pytest.raises(ProcessLookupError):  # stopped and reaped: no process, not even a zombie
        os.kill(pids[0], 0)


# a default and an example that fail their schemas: lenient moves them to x-documented-*
BAD_VALUES = MINIMAL.replace("name: {type: string}", "name: {type: string, default: 3, examples: [4, ok]}")


def test_the_strategies_start_before_the_defaults_and_examples_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checking the defaults and examples compiles validators of their schemas (Square: more
    than a second) and only moves annotations the strategy compiler never reads; the strategies'
    child starts before it, and the package and its warnings are the serial build's."""
    spec = write_spec(tmp_path, "shop.yaml", BAD_VALUES)
    events, pids = _events(monkeypatch)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    ahead = specloom.pipeline.build_package(spec, Options(lenient=True))
    assert events == ["ahead", "defaults", "values", "kit"] and pids[0] > 0
    said = [d.message for d in ahead[3]]
    assert any("'default' that fails its own schema" in m for m in said) and any("an example that fails" in m for m in said)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 10**9)
    events.clear()
    assert specloom.pipeline.build_package(spec, Options(lenient=True)) == ahead
    assert events == ["defaults", "values", "kit"]


def test_a_child_started_ahead_is_stopped_when_a_default_fails_its_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from specloom.diagnostics import SpecError

    spec = write_spec(tmp_path, "shop.yaml", BAD_VALUES)
    events, pids = _events(monkeypatch)
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    with pytest.raises(SpecError) as caught:
        specloom.pipeline.build_package(spec, Options())
    assert "fails its own schema" in str(caught.value)
    assert events[:2] == ["ahead", "defaults"]
    with pytest.raises(ProcessLookupError):  # stopped and reaped
        os.kill(pids[0], 0)
