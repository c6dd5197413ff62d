"""Degrade per operation: under ``--lenient`` an operation the IR cannot build costs that one
client method (located warnings say why), never the document; ``generate`` prints per document
how many operations have a client method. Without ``--lenient`` the error stays an error, and
``--strict`` turns the warnings back into errors."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from specloom.ir import operations
from tests.pipeline.helpers import run_cli, write_spec

SPEC = """\
openapi: 3.1.0
info: {title: Two ops, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /good:
    get:
      operationId: getGood
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
  /bad:
    get:
      operationId: getBad
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {m: {type: string}}}
"""
COVERAGE = re.compile(r"^specloom generate: \S*two_ops\.yaml: (\d+) of (\d+) operations have a client method$", re.MULTILINE)


@pytest.fixture()
def broken_bad(monkeypatch: pytest.MonkeyPatch) -> None:
    """A compiler defect on one operation (an internal error the IR meets building its answer)."""
    response = operations.OperationBuilder._response

    def failing(self: operations.OperationBuilder, op_id: str, *args: Any) -> Any:
        if op_id == "getBad":
            raise KeyError("#/components/responses/Gone")
        return response(self, op_id, *args)

    monkeypatch.setattr(operations.OperationBuilder, "_response", failing)


def test_every_operation_is_counted(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "two_ops.yaml", SPEC)
    code, out, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert COVERAGE.findall(out) == [("2", "2")], out


@pytest.mark.usefixtures("broken_bad")
def test_lenient_leaves_the_operation_out_with_a_located_warning(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "two_ops.yaml", SPEC)
    code, out, err = run_cli("generate", "--lenient", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert COVERAGE.findall(out) == [("1", "2")], out
    [warning] = [line for line in err.splitlines() if "getBad" in line]
    assert re.match(r"two_ops\.yaml:1[5-9]: /paths/~1bad/get: warning: cannot be built \(KeyError: .*\) "
                    r"\(operation 'getBad' has no client method\)$", warning), warning  # fmt: skip
    client = next((tmp_path / "out").glob("*/client.py")).read_text()
    assert "def get_good(" in client and "def get_bad(" not in client
    assert "getBad" not in next((tmp_path / "out").glob("*/validators.py")).read_text()


@pytest.mark.usefixtures("broken_bad")
@pytest.mark.parametrize("flags", [(), ("--lenient", "--strict")])
def test_without_lenient_or_with_strict_it_is_an_error(tmp_path: Path, flags: tuple[str, ...]) -> None:
    spec = write_spec(tmp_path, "two_ops.yaml", SPEC)
    code, _, err = run_cli("generate", *flags, str(spec), "--out", str(tmp_path / "out"))
    assert code != 0 and "Traceback" not in err
    if flags:
        assert re.search(r"^two_ops\.yaml:\d+: /paths/~1bad/get: .*no client method.*\[--strict\]$", err, re.MULTILINE), err
    assert not (tmp_path / "out").exists()
