"""The client's template handed to the strategies' child (``render.fork.Ahead``): whichever
process takes the offer renders ``client.py``, and the package is the serial build's, byte for
byte, also when the defaults' and examples' checks moved a default the client prints after the
child forked (it replays them), and when the child dies holding it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

import specloom.pipeline
import specloom.render.fork
from specloom import format as fmt
from specloom.options import Options
from tests.pipeline.helpers import MINIMAL, write_spec

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")

# the response-format parameter's default fails its schema: under --lenient it is moved to
# x-documented-default, and the client has no default format (a client built from the document
# as it was before the move says "application/xml"); an example that fails its schema too
MOVED = MINIMAL.replace(
    "      operationId: listItems\n",
    "      operationId: listItems\n"
    "      parameters:\n        - {name: output, in: query, schema: {type: string, maxLength: 4, default: XML_1}}\n"
    "      x-specloom-response-format: {param: output, values: {JSON: application/json, XML_1: application/xml}}\n",
).replace("      required: [id]\n", "      required: [id]\n      examples: [{id: 1}, {id: x}]\n")


def _child_takes_it(monkeypatch: pytest.MonkeyPatch, *, dies: bool = False) -> list[str]:
    """The child waits for the offer and takes it; this process never takes it back. Returns
    the modules this process parses (``format._parse``)."""
    parent = os.getpid()

    def read_offer(fd: int) -> bytes | None:
        if os.getpid() == parent:
            return None  # the child has it
        os.set_blocking(fd, True)  # wait for it
        offer = os.read(fd, 4096)
        if dies:
            os._exit(3)
        return offer

    parsed: list[str] = []
    real = fmt._parse

    def recording(path: Any, source: str) -> list[str]:
        parsed.append(str(path))
        return real(path, source)

    monkeypatch.setattr(specloom.render.fork, "_read_offer", read_offer)
    monkeypatch.setattr(fmt, "_parse", recording)
    return parsed


def _parallel_and_serial(spec: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 1)
    parallel = specloom.pipeline.build_package(spec, Options(lenient=True))
    monkeypatch.setattr(specloom.pipeline, "FORK_WITHIN", 10**9)
    return parallel, specloom.pipeline.build_package(spec, Options(lenient=True))


@pytest.mark.parametrize("text", [MINIMAL, MOVED], ids=["minimal", "moved"])
def test_the_child_renders_the_client_as_this_process_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    parsed = _child_takes_it(monkeypatch)
    spec = write_spec(tmp_path, "shop.yaml", text)
    parallel, serial = _parallel_and_serial(spec, monkeypatch)
    assert parallel == serial
    assert parsed.count("shop/client.py") == 1  # the serial build's: the child laid out the parallel one


def test_the_moved_default_changes_the_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # what makes the test above meaningful: the moved default is absent from the serial client,
    # so a child that did not replay the move would print it
    _, serial = _parallel_and_serial(write_spec(tmp_path, "shop.yaml", MOVED), monkeypatch)
    (tmp_path / "m").mkdir()
    _, minimal = _parallel_and_serial(write_spec(tmp_path / "m", "shop.yaml", MINIMAL), monkeypatch)
    client = next(text for path, text in serial[1].items() if path.name == "client.py")  # type: ignore[index]
    assert "output" in client and "application/xml" in client and '"default"' not in client
    assert client != next(text for path, text in minimal[1].items() if path.name == "client.py")  # type: ignore[index]


def test_a_child_that_dies_holding_the_client_changes_nothing_but_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _child_takes_it(monkeypatch, dies=True)
    parallel, serial = _parallel_and_serial(write_spec(tmp_path, "shop.yaml", MOVED), monkeypatch)
    assert parallel == serial


def test_an_offer_the_child_never_read_is_taken_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    real = specloom.render.fork._read_offer
    taken: list[bool] = []

    def slow_child(fd: int) -> bytes | None:
        if os.getpid() != parent:
            return None  # still at its strategies when this process comes to the client
        offer = real(fd)
        taken.append(offer is not None)
        return offer

    monkeypatch.setattr(specloom.render.fork, "_read_offer", slow_child)
    parallel, serial = _parallel_and_serial(write_spec(tmp_path, "shop.yaml", MOVED), monkeypatch)
    assert parallel == serial and taken == [True]
