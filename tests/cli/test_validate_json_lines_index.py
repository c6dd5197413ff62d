"""``validate`` locates errors in a JSON payload with a JSON-aware line index: the file is never
re-read as YAML (which took gigabytes on large files and refused valid escapes), and the index
looks only at the containers on the way to the pointer asked about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from specloom.load_json import JsonLines
from tests.pipeline.helpers import run_cli

SCHEMA = {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}}}}


def _payload(bad_at: int, count: int = 50) -> str:
    items = [{"label": "\ud83d\ude00", "n": "oops" if i == bad_at else i} for i in range(count)]
    return json.dumps({"note": "\ud83d\ude00 escaped", "items": items}, indent=2)  # ensure_ascii: \\ud83d\\ude00


def test_errors_in_json_payloads_carry_their_line_without_any_yaml_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_yaml(*args: object, **kwargs: object) -> None:
        raise AssertionError("a JSON file was read as YAML")

    monkeypatch.setattr(yaml.CSafeLoader, "__init__", no_yaml)
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(SCHEMA))
    payload = tmp_path / "payload.json"
    text = _payload(bad_at=37)
    payload.write_text(text)
    assert "\\ud83d\\ude00" in text
    line = text.splitlines().index('      "n": "oops"') + 1  # the bad value's line, by plain text search
    code, out, err = run_cli("validate", "--schema", str(schema), str(payload))
    assert code == 1, err
    assert f"{payload}:{line}: /items/37/n: " in out


def test_the_line_index_scans_only_the_containers_on_the_way() -> None:
    text = _payload(bad_at=-1, count=2000)
    lines = JsonLines(text, max_depth=128)
    assert lines["/items/1500/n"] == text.splitlines().index('      "n": 1500') + 1
    # root (2 members) + items (2,000) + item 1500 (2): never the 4,000 members of the other items
    assert len(lines._found) <= 1 + 2 + 2000 + 2 and len(lines._scanned) == 3
    assert "/items/2000" not in lines and "/items/1500/m" not in lines and "/nope/x" not in lines
