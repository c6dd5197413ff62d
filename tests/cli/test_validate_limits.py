"""``specloom validate --limit NAME=N``: the size limits ``generate`` and ``lint`` take, parsed by
the same parser, applied to the spec or schema read and to the payloads (which otherwise keep
their larger default file size)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import specloom


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_a_raised_depth_limit_lets_a_deep_payload_be_validated(tmp_path: Path) -> None:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"type": "array"}))
    payload = tmp_path / "deep.json"
    payload.write_text(_nested(200))
    refused = specloom("validate", "--schema", schema, payload)
    assert refused.code == 2 and "nesting deeper than 128 (limit max_depth)" in refused.out + refused.err
    accepted = specloom("validate", "--limit", "max_depth=300", "--schema", schema, payload)
    assert accepted.code == 0, accepted.out + accepted.err


def test_the_limits_apply_to_the_spec_read_too(tmp_path: Path) -> None:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"name": {"type": "string"}}}))
    payload = tmp_path / "one.jsonl"
    payload.write_text('{"name": "x"}\n')
    run = specloom("validate", "--limit", "max_bytes=20", "--schema", schema, payload)
    assert run.code == 2 and "schema.json" in run.err and "larger than 20 bytes (limit max_bytes)" in run.err
    run = specloom("validate", "--limit", "max_nodes=100", "--schema", schema, payload)
    assert run.code == 0, run.out + run.err


def test_a_bad_limit_says_what_is_wrong_as_generate_does(tmp_path: Path) -> None:
    validate = specloom("validate", "--limit", "max_sizes=5", "--schema", tmp_path / "x.json", tmp_path / "y.json")
    generate = specloom("generate", "--limit", "max_sizes=5", "--out", tmp_path / "out")
    assert validate.code == generate.code == 2
    said = "--limit 'max_sizes=5': expected NAME=N with N >= 1 and NAME one of"
    assert said in validate.err and said in generate.err


def test_input_without_line_breaks_is_read_no_further_than_max_bytes(tmp_path: Path) -> None:
    """``/dev/zero`` (or a huge file with no line break) was read line by line: one endless line,
    until memory ran out. Now no line, nor a document, is read past ``max_bytes``."""
    endless, sniffed, blank = tmp_path / "zeros.jsonl", tmp_path / "zeros", tmp_path / "blank"
    endless.write_bytes(b"\x00" * 300_000)  # stand-ins for /dev/zero: far over the limit, one line
    sniffed.write_bytes(b"\x00" * 300_000)
    blank.write_bytes(b"\n" * 300_000)  # and blank lines without end
    long = ":1: more than 100000 bytes without a line break"
    for path, said in ((endless, long), (sniffed, long), (blank, ":100001: more than 100000 bytes of blank lines")):
        run = specloom("validate", "--limit", "max_bytes=100000", "salesfire", "CustomerSync", path)
        assert run.code == 2 and f"{path}{said}" in run.err, run.err
    run = specloom("validate", "--limit", "max_bytes=100000", "salesfire", "CustomerSync", "/dev/zero")
    assert run.code == 2 and "/dev/zero:1: more than 100000 bytes without a line break" in run.err, run.err
