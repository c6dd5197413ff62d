"""Lint's second half beside the build (``specloom.lint_fork``): same package, same diagnostics in
the same order, same refusals as the serial run, and a failed child changes nothing."""

from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import specloom.lint_fork
import specloom.pipeline
from specloom.check import DEFAULT, Options, prepare, verify
from specloom.diagnostics import SpecError
from specloom.load import load
from tests.pipeline.helpers import MINIMAL, ROOT, SHARED, write_spec
from tests.pipeline.test_degrade import DEGRADED
from tests.pipeline.test_lenient import UNKNOWN

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")

# lenient: verify warns about the misspelt info field; the build warns about degraded artefacts
WARNED = DEGRADED.replace('info: {title: Degraded, version: "1"}', 'info: {title: Degraded, version: "1", summery: oops}')
# the prepared document is fine; verify refuses the schema (a type that is no type)
REFUSED = MINIMAL.replace("name: {type: string}", "name: {type: strin}")


def _built(spec: Path, options: Options, monkeypatch: pytest.MonkeyPatch, *, fork: bool) -> Any:
    monkeypatch.setattr(specloom.lint_fork, "can_fork", lambda: fork)
    try:
        return specloom.pipeline.build_package(spec, options)
    except SpecError as exc:
        return ("refused", exc.diagnostics, exc.warnings)


def _forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    started: list[int] = []
    real = specloom.lint_fork.Verified.__init__

    def counting(self: specloom.lint_fork.Verified, *args: Any, **kwargs: Any) -> None:
        try:
            real(self, *args, **kwargs)  # serial, it raises lint's errors itself
        finally:
            started.append(self.pid)

    monkeypatch.setattr(specloom.lint_fork.Verified, "__init__", counting)
    return started


@pytest.mark.parametrize(
    ("text", "options"),
    [(MINIMAL, DEFAULT), (WARNED, Options(lenient=True)), (REFUSED, DEFAULT), (UNKNOWN, Options(lenient=True))],
    ids=["minimal", "warned", "refused", "repaired"],  # repaired: lenient lint drops unknown keywords
)
def test_forked_checks_give_the_serial_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, options: Options) -> None:
    spec = write_spec(tmp_path, "shop.yaml", text)
    started = _forks(monkeypatch)
    forked = _built(spec, options, monkeypatch, fork=True)
    assert started and started[0] > 0  # it did fork
    serial = _built(spec, options, monkeypatch, fork=False)
    assert started[-1] == 0
    assert forked == serial


def test_the_warned_case_has_warnings_of_both_halves_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The equality above means something only if lint's and the build's warnings both occur."""
    _, _, _, warnings = _built(write_spec(tmp_path, "shop.yaml", WARNED), Options(lenient=True), monkeypatch, fork=True)
    messages = [w.message for w in warnings]
    first_build = next(i for i, m in enumerate(messages) if "summery" not in m)
    assert any("summery" in m for m in messages[:first_build]), messages
    assert len(messages) > first_build


def test_lint_errors_win_over_a_build_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build of a document lint refuses may fail any way; lint's errors are what is reported."""
    spec = write_spec(tmp_path, "shop.yaml", REFUSED)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the IR builder fell over")

    monkeypatch.setattr("specloom.ir.build.build_ir", broken)
    kind, errors, _ = _built(spec, DEFAULT, monkeypatch, fork=True)
    assert kind == "refused" and any("strin" in e.message for e in errors)
    with pytest.raises(RuntimeError):  # and a document lint accepts shows the build's own failure
        _built(write_spec(tmp_path, "ok.yaml", MINIMAL), DEFAULT, monkeypatch, fork=True)


@pytest.mark.parametrize("how", ["raises", "dies"])
def test_a_failed_child_is_checked_again_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    parent = os.getpid()
    real = verify

    def failing_in_the_child(*args: Any, **kwargs: Any) -> None:
        if os.getpid() != parent:
            if how == "dies":
                os._exit(3)
            raise RuntimeError("internal error in the child")
        real(*args, **kwargs)

    monkeypatch.setattr(specloom.lint_fork, "verify", failing_in_the_child)
    spec = write_spec(tmp_path, "shop.yaml", WARNED)
    forked = _built(spec, Options(lenient=True), monkeypatch, fork=True)
    monkeypatch.setattr(specloom.lint_fork, "verify", real)
    assert forked == _built(spec, Options(lenient=True), monkeypatch, fork=False)
    refused = write_spec(tmp_path, "bad.yaml", REFUSED)
    monkeypatch.setattr(specloom.lint_fork, "verify", failing_in_the_child)
    assert _built(refused, DEFAULT, monkeypatch, fork=True)[0] == "refused"


def _documents() -> list[Path]:
    corpus = SHARED / "corpora" / "openapi"
    return sorted((ROOT / "specs").glob("*.yaml")) + (sorted(corpus.glob("*.*[ln]")) if corpus.is_dir() else [])


@pytest.mark.parametrize("path", [*_documents(), "UNKNOWN", "WARNED"], ids=lambda p: getattr(p, "name", p))
def test_verify_leaves_the_prepared_document_as_it_found_it(path: Path | str, tmp_path: Path) -> None:
    """What running verify in another process relies on: it only reads the document (lenient
    lint's repairs are all made by ``prepare``)."""
    if isinstance(path, str):
        path = write_spec(tmp_path, "shop.yaml", {"UNKNOWN": UNKNOWN, "WARNED": WARNED}[path])
    resolved, reporter = prepare(load(path), lenient=True)
    before = copy.deepcopy(resolved.data)
    try:
        verify(resolved, reporter, lenient=True)
    except SpecError:
        pass
    assert resolved.data == before


def test_lint_child_and_testing_kit_compile_each_schema_once_between_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lint's child checks examples and defaults with compiled validators, and the testing kit
    (in this process, meanwhile) compiles nearly the same schemas' validators: each process
    compiled them. They are compiled once, here, before the child starts; it inherits them."""
    from specloom.validation import checks as checks_module
    from tests.pipeline.test_compile_once import SPEC

    log = tmp_path / "compiled.log"
    real = checks_module.Checks._compile

    def logged(self: checks_module.Checks, pointers: list[str]) -> None:
        with log.open("a", encoding="utf-8") as out:  # appended by each process, a line at a time
            out.writelines(f"{os.getpid()} {pointer}\n" for pointer in pointers)
        real(self, pointers)

    monkeypatch.setattr(checks_module.Checks, "_compile", logged)
    spec = write_spec(tmp_path, "shared.yaml", SPEC)
    started = _forks(monkeypatch)
    specloom.pipeline.build_package(spec, DEFAULT)
    assert started and started[0] != 0  # lint's child did run
    lines = [line.split(" ", 1) for line in log.read_text(encoding="utf-8").splitlines()]
    pointers = [pointer for _, pointer in lines]
    assert "/components/schemas/Item" in pointers  # its default is a value lint checks
    assert len(pointers) == len(set(pointers)), sorted(pointers)
    assert {pid for pid, _ in lines} == {str(os.getpid())}  # the child compiled nothing
