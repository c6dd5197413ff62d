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


@pytest.mark.parametrize("name", ["oai_petstore-expanded.yaml", "sendgrid_tsg_mc_contacts_v3.json", "twilio_messaging_v1.yaml"])
def test_parallel_output_equals_serial_on_a_corpus_document(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Real documents, whose templates' modules the parallel path lays out whole (their syntax
    checked by a child) and the serial path statement run by statement: the same bytes."""
    doc = SHARED / "corpora" / "openapi" / name
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


@pytest.mark.parametrize("large", [True, False], ids=["large", "small"])
def test_a_child_parses_large_templates_modules_and_nobody_the_compilers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: bool) -> None:
    """On the parallel path the templates' modules, when they are large, are compiled (the check
    that they are Python) in a child while this process lays them out; small ones here; the two
    modules the code compilers write line by line are parsed nowhere (the tests import them); the
    serial build parses the templates' modules itself. Each build counts every module it lays
    out once."""
    import os

    import specloom.syntax_check
    from specloom import format as fmt

    monkeypatch.setattr(specloom.syntax_check, "FORK_BYTES", 0 if large else 10**9)

    log = tmp_path / "parsed.log"
    real = fmt.statement_runs

    def recording(path: object, source: str) -> list[str]:
        with log.open("a") as out:  # a file: the child's appends survive it
            out.write(f"{os.getpid()} {path}\n")
        return real(path, source)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "statement_runs", recording)
    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    direct = fmt.STATS["direct"]
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    parallel = specloom.pipeline.build_package(spec)
    in_parallel = [line.split() for line in log.read_text().splitlines()]
    log.unlink()
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 10**9)
    serial = specloom.pipeline.build_package(spec)
    in_serial = [line.split() for line in log.read_text().splitlines()]
    assert parallel == serial
    me = str(os.getpid())
    templates = {"shop/__init__.py", "shop/client.py", "shop/models.py", "shop/testing.py"}
    assert {path for pid, path in in_parallel if pid != me} == (templates if large else set())
    assert {path for pid, path in in_parallel if pid == me} == {"shop/tests/test_properties.py"} | (set() if large else templates)
    assert {path for pid, path in in_serial} == templates | {"shop/tests/test_properties.py"}
    assert {pid for pid, _ in in_serial} == {me}
    modules = [path for path, source in serial[1].items() if path.suffix == ".py" and source]
    assert fmt.STATS["direct"] - direct == 2 * len(modules) == 2 * 7


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


def _broken_models(monkeypatch: pytest.MonkeyPatch, added: dict[str, str] | None = None) -> None:
    """The models template (or each template of ``added``) writes lines that are not Python (a
    template bug)."""
    import specloom.render

    real = specloom.render._ENV.get_template
    lines = added or {"models.py.jinja": "\n\ndef broken(:\n    pass\n"}

    def broken(name: str, *args: Any) -> Any:
        template = real(name, *args)
        if name not in lines:
            return template

        class Broken:
            def render(self, **context: Any) -> str:
                return template.render(**context) + lines[name]

        return Broken()

    monkeypatch.setattr(specloom.render._ENV, "get_template", broken)


@pytest.mark.parametrize("dies", [False, True], ids=["child", "child-dies"])
def test_a_template_module_that_is_not_python_is_refused_as_the_serial_build_refuses_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dies: bool) -> None:
    """The syntax check in a child raises the serial build's error, naming the module and its
    line; a child that dies is replaced by the check here, with the same error."""
    import os

    import specloom.syntax_check
    from specloom import format as fmt
    from specloom.syntax_check import Checked

    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    _broken_models(monkeypatch)
    monkeypatch.setattr(specloom.syntax_check, "FORK_BYTES", 0)  # a child, however small
    messages = []
    for within in (10**9, 1):
        monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", within)
        if within == 1 and dies:
            def dying(self: Checked, parent: int = os.getpid(), real: Any = Checked._first_error) -> str:
                if os.getpid() != parent:
                    os._exit(3)
                return str(real(self))

            monkeypatch.setattr(Checked, "_first_error", dying)
        with pytest.raises(fmt.FormatError) as caught:
            specloom.pipeline.build_package(spec)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith("generated shop/models.py is not valid Python (SyntaxError: ")


def test_of_two_broken_template_modules_the_first_is_named_on_both_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``__init__.py`` broken but laid out whole, ``models.py`` broken with a line the layout
    must cut it to split: the parallel path names ``__init__.py``, as the serial build does
    (paths in order), not the module its layout stumbled on first."""
    import specloom.syntax_check
    from specloom import format as fmt

    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    long_line = "\n\nx = " + "1 + " * 60 + "1\n\ndef broken(:\n    pass\n"  # no bracket to split at
    _broken_models(monkeypatch, {"package_init.py.jinja": "\n\ndef broken(:\n    pass\n", "models.py.jinja": long_line})
    monkeypatch.setattr(specloom.syntax_check, "FORK_BYTES", 0)
    messages = []
    for within in (10**9, 1):
        monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", within)
        with pytest.raises(fmt.FormatError) as caught:
            specloom.pipeline.build_package(spec)
        messages.append(str(caught.value))
    assert messages[0].startswith("generated shop/__init__.py is not valid Python")
    assert messages[1] == messages[0]


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
