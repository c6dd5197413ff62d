"""Generated files say how to regenerate them with the command a pip user has, naming the spec."""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import MINIMAL, run_cli, write_spec


def test_headers_name_the_spec_and_the_command(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "one.yaml", MINIMAL)
    out = tmp_path / "out"
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0
    head = (out / "one" / "client.py").read_text().splitlines()[:2]
    assert head[1] == '# Do not edit: change the spec "one.yaml" and run `specloom generate` on it.'
    assert "make generate" not in (out / "__init__.py").read_text()
    assert "`specloom generate`" in (out / "__init__.py").read_text().splitlines()[0]
