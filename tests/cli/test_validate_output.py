"""``--format json`` (one parseable document), ``--format github`` (workflow annotations escaped by
GitHub's rules) and ``--schema`` with standalone JSON and YAML schemas.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import BAD_EMAIL, LOWERCASE, NO_CONTACT, VALID, jsonl, specloom, write_json


def test_json_format_is_one_document_with_every_payload(tmp_path: Path) -> None:
    lines = jsonl(tmp_path / "c.jsonl", VALID, NO_CONTACT, LOWERCASE)
    doc_path = write_json(tmp_path / "one.json", LOWERCASE)
    run = specloom("validate", "--format", "json", "salesfire", "CustomerSync", lines, doc_path)
    assert run.code == 1
    doc = json.loads(run.out)  # the whole of stdout: nothing else is printed there
    payloads = doc["payloads"]
    assert [(p["file"], p["line"], p["valid"]) for p in payloads] == [
        (str(lines), 1, True), (str(lines), 2, False), (str(lines), 3, False), (str(doc_path), None, False),
    ]
    assert payloads[0]["errors"] == []
    [root] = payloads[1]["errors"]
    assert root["instance_path"] == "" and root["line"] == 2
    assert root["schema_path"].startswith("salesfire.yaml#/components/schemas/CustomerSync")
    assert root["keyword"] and root["message"]
    [enum] = [e for e in payloads[3]["errors"] if e["instance_path"] == "/types/0"]
    assert enum["keyword"] == "enum" and enum["schema_path"].endswith("/properties/types/items/enum")
    assert enum["line"] == next(i for i, t in enumerate(doc_path.read_text().splitlines(), 1) if '"marketing"' in t)
    summary = doc["summary"]
    assert (summary["files"], summary["payloads"], summary["invalid"], summary["problems"]) == (2, 4, 3, 0)
    assert summary["errors"] == sum(len(p["errors"]) for p in payloads)
    assert doc["problems"] == []


def test_json_format_stays_parseable_with_input_problems(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"email": "a@example.com"}\nnot json\n', encoding="utf-8")
    run = specloom("validate", "--format", "json", "salesfire", "CustomerSync", path, tmp_path / "gone.json")
    assert run.code == 2
    doc = json.loads(run.out)
    assert [(p["file"], p["line"]) for p in doc["problems"]] == [(str(path), 2), (str(tmp_path / "gone.json"), None)]
    assert doc["summary"]["problems"] == 2 and len(doc["payloads"]) == 1


def test_json_format_with_no_payloads(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    doc = json.loads(specloom("validate", "--format", "json", "salesfire", "CustomerSync", path).out)
    assert doc["payloads"] == [] and doc["summary"]["payloads"] == 0


def _unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def _annotations(out: str) -> list[tuple[dict[str, str], str]]:
    """Parse ``::error k=v,k=v::message`` lines the way the runner does (split, then unescape)."""
    found = []
    for line in out.splitlines():
        if line.startswith("::error "):
            head, _, message = line[len("::error "):].partition("::")
            props = dict(p.split("=", 1) for p in head.split(","))
            found.append(({k: _unescape(v) for k, v in props.items()}, _unescape(message)))
    return found


def test_github_format_annotates_each_error_with_file_and_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", VALID, NO_CONTACT, VALID, LOWERCASE)
    run = specloom("validate", "--format", "github", "salesfire", "CustomerSync", path)
    assert run.code == 1
    found = _annotations(run.out)
    assert [(p["file"], p["line"]) for p, _ in found] == [(str(path), "2"), (str(path), "4")]
    assert found[1][1].startswith("/types/0: ")
    assert run.summary.startswith("2 of 4 payloads invalid")  # a plain log line after the annotations


def test_github_format_escapes_properties_and_messages(tmp_path: Path) -> None:
    # A file name with every character GitHub wants escaped in a property, and a message with
    # "%" (from the payload) and ":" (which a message may carry as is).
    folder = tmp_path / "odd"
    folder.mkdir()
    name = "a,b:c%d\r\ne.jsonl"
    payload = {"email": "100%:off"}
    (folder / name).write_text(json.dumps(payload) + "\n", encoding="utf-8")
    run = specloom("validate", "--format", "github", "salesfire", "CustomerSync", name, cwd=folder)
    assert run.code == 1
    [line] = [x for x in run.out.splitlines() if x.startswith("::error ")]
    head, _, message = line[len("::error "):].partition("::")
    assert "file=a%2Cb%3Ac%25d%0D%0Ae.jsonl" in head.split(",")
    assert "%25" in message and ":" in message and "%3A" not in message
    [(props, text)] = _annotations(run.out)
    assert props["file"] == name and props["line"] == "1"
    plain = json.loads(specloom("validate", "--format", "json", "salesfire", "CustomerSync", name, cwd=folder).out)
    [error] = plain["payloads"][0]["errors"]
    assert text == f"{error['instance_path']}: {error['message']}"


def test_github_format_annotates_unreadable_inputs_too(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{\n", encoding="utf-8")
    run = specloom("validate", "--format", "github", "salesfire", "CustomerSync", path)
    assert run.code == 2
    [(props, _)] = _annotations(run.out)
    assert props["file"] == str(path)


SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "contact"],
    "properties": {"id": {"type": "integer", "minimum": 1}, "contact": {"$ref": "#/$defs/contact"}},
    "$defs": {"contact": {"type": "string", "format": "email"}},
}
YAML_SCHEMA = """\
type: object
required: [id, contact]
properties:
  id: {type: integer, minimum: 1}
  contact: {$ref: "#/$defs/contact"}
$defs:
  contact: {type: string, format: email}
"""


@pytest.fixture(params=["json", "yaml"])
def schema(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "json":
        return write_json(tmp_path / "customer.schema.json", SCHEMA)
    path = tmp_path / "customer.schema.yaml"
    path.write_text(YAML_SCHEMA, encoding="utf-8")
    return path


def test_schema_option_validates_against_a_standalone_schema(tmp_path: Path, schema: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", {"id": 1, "contact": "a@example.com"}, {"id": 0, "contact": "a@example.com"}, {"id": 2})
    run = specloom("validate", "--schema", schema, path)
    assert run.code == 1
    assert [e.split(": ")[:2] for e in run.errors_for(str(path))] == [[f"{path}:2", "/id"], [f"{path}:3", "/"]]
    doc = json.loads(specloom("validate", "--format", "json", "--schema", schema, path).out)
    assert doc["payloads"][1]["errors"][0]["schema_path"] == f"{schema}#/properties/id/minimum"
    assert specloom("validate", "--schema", schema, jsonl(tmp_path / "ok.jsonl", {"id": 5, "contact": "x@example.com"})).code == 0


def test_schema_option_asserts_formats_unless_annotate(tmp_path: Path, schema: Path) -> None:
    path = write_json(tmp_path / "c.json", {"id": 1, "contact": "not-an-email"})
    strict = specloom("validate", "--schema", schema, path)
    assert strict.code == 1 and strict.errors_for(str(path))[0].split(": ")[1] == "/contact"
    assert specloom("validate", "--formats", "annotate", "--schema", schema, path).code == 0


def test_formats_annotate_also_applies_to_api_schemas(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", BAD_EMAIL, VALID)
    assert specloom("validate", "salesfire", "CustomerSync", path).code == 1
    assert specloom("validate", "--formats", "annotate", "salesfire", "CustomerSync", path).code == 0


def test_schema_option_reads_stdin_and_options_after_the_files(tmp_path: Path, schema: Path) -> None:
    run = specloom("validate", "--schema", schema, "-", "--format", "json", stdin='{"id": "7", "contact": "a@example.com"}\n')
    assert run.code == 1
    [payload] = json.loads(run.out)["payloads"]
    assert payload["file"] == "<stdin>" and payload["line"] == 1 and payload["errors"][0]["instance_path"] == "/id"


def test_help_describes_the_command() -> None:
    top = specloom("--help")
    assert top.code == 0 and "validate" in top.out
    run = specloom("validate", "--help")
    assert run.code == 0
    for option in ("--schema", "--specs-dir", "--format", "--formats", "--input-format", "API NAME FILE"):
        assert option in run.out
