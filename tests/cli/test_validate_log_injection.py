"""A payload cannot write CI log lines: keys and file names reach ``specloom validate``'s output
inert in every ``--format`` (one problem per line, no GitHub workflow command of its own).

GitHub's runner reads stdout and stderr line by line (split at CR and LF) and obeys ``::cmd::``
at the start of a line (after spaces) and a legacy ``##[cmd]`` anywhere in it; ``_commands``
finds both, the way the runner would.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.helpers import jsonl, specloom, write_json

KEY = "k\n::error title=forged::pwned\r::stop-commands::tok\u2028##[error]x\x1b[2J%0A"
SCHEMA = {"additionalProperties": {"type": "integer"}}


def _commands(text: str) -> list[str]:
    return [line for line in re.split(r"\r\n|\r|\n", text) if line.lstrip().startswith("::") or "##[" in line]


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    schema = write_json(tmp_path / "s.json", SCHEMA)
    return schema, jsonl(tmp_path / "p.jsonl", {KEY: "s", "b": "t"})


def test_human_format_keeps_one_problem_per_line_and_no_command(tmp_path: Path) -> None:
    schema, payloads = _setup(tmp_path)
    run = specloom("validate", "--schema", schema, payloads)
    assert run.code == 1
    assert len(run.out.splitlines()) == 3  # two errors, the summary: no other line break of any kind
    assert _commands(run.out) == [] and _commands(run.err) == []
    [line] = [x for x in run.out.splitlines() if "pwned" in x]
    assert line.startswith(f"{payloads}:1: /k\\n::error title=forged::pwned\\r::stop-commands::tok\\u2028#")
    assert "\\x1b[2J%0A: " in line  # the terminal escape shown, "%" left alone (nothing decodes it)


def test_github_format_annotations_decode_to_the_key(tmp_path: Path) -> None:
    schema, payloads = _setup(tmp_path)
    run = specloom("validate", "--format", "github", "--schema", schema, payloads)
    assert run.code == 1
    lines = re.split(r"\r\n|\r|\n", run.out)
    annotations = [x for x in lines if x.startswith("::")]
    assert len(annotations) == 2 and all(x.startswith("::error file=") for x in annotations)
    assert _commands("\n".join(x for x in lines if not x.startswith("::error file="))) == []
    assert _commands(run.err) == []
    [forged] = [x for x in annotations if "pwned" in x]
    message = forged.split("::", 2)[2]
    decoded = message.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
    assert decoded == f"/{KEY}: 's' is not of type integer"


def test_json_format_is_json_holding_the_key_and_no_command(tmp_path: Path) -> None:
    schema, payloads = _setup(tmp_path)
    run = specloom("validate", "--format", "json", "--schema", schema, payloads)
    assert run.code == 1
    assert _commands(run.out) == []
    doc = json.loads(run.out)
    assert {e["instance_path"] for p in doc["payloads"] for e in p["errors"]} == {f"/{KEY}", "/b"}


def test_file_names_cannot_start_or_break_a_line(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text(json.dumps(SCHEMA), encoding="utf-8")
    jsonl(tmp_path / "::error::x.jsonl", {"a": "s"})
    run = specloom("validate", "--schema", "s.json", "::error::x.jsonl", "gone\n::warning::y.json", cwd=tmp_path)
    assert run.code == 2
    assert _commands(run.out) == [] and _commands(run.err) == []
    assert run.out.splitlines()[0].startswith("./::error::x.jsonl:1: /a: ")
    [problem] = run.err.splitlines()
    assert problem.startswith("gone\\n::warning::y.json: cannot read file")
