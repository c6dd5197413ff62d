"""One document on both cores (``render(parallel=True)``, ``specloom.render.fork``): the package,
its warnings and the skipped property tests are those of the serial build, byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path

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


def test_the_child_lays_out_and_parses_the_strategies_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The largest module is parsed on the other core; this process parses the rest, and the
    count of modules laid out directly is the serial build's."""
    from specloom import format as fmt

    parsed: list[str] = []
    real = fmt._parse

    def recording(path: object, source: str) -> list[str]:
        parsed.append(str(path))  # appended in the process that parses (a child keeps its own list)
        return real(path, source)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "_parse", recording)
    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    direct = fmt.STATS["direct"]
    parallel, serial, forks = _both(spec, monkeypatch)
    assert forks == 2 and parallel == serial
    here = [p for p in parsed if p.endswith("strategies.py")]
    assert here == ["shop/strategies.py"]  # the serial build's only: the forked one parsed it in the child
    # every module counted once per build, strategies.py too (the child's count merged back), and
    # validators.py, laid out but not parsed (the compiler's own code), once per build
    assert fmt.STATS["direct"] - direct == sum(1 for p in parsed if not p.endswith("strategies.py")) + 2 + 2


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
