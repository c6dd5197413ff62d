"""``specloom validate`` exit status 2: usage errors, unknown API or NAME, unreadable or unparsable
inputs, broken specs and schemas -- each with a message that says what and where, never a traceback
(``helpers.specloom`` fails any run whose output holds one).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tests.cli.helpers import NO_CONTACT, ROOT, VALID, jsonl, specloom, write_json

SALESFIRE = (ROOT / "specs" / "salesfire.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["salesfire"],
        ["salesfire", "CustomerSync"],  # no FILE
        ["--format", "xml", "salesfire", "CustomerSync", "x.json"],
        ["--formats", "maybe", "salesfire", "CustomerSync", "x.json"],
        ["--no-such-option", "salesfire", "CustomerSync", "x.json"],
    ],
)
def test_usage_errors_exit_2_with_the_usage_line(args: list[str]) -> None:
    run = specloom("validate", *args)
    assert run.code == 2 and run.out == ""
    assert "usage: specloom" in run.err


def test_unknown_api_exits_2_listing_every_api_of_the_specs_folder(tmp_path: Path) -> None:
    run = specloom("validate", "salesforce", "CustomerSync", write_json(tmp_path / "c.json", VALID))
    assert run.code == 2 and run.out == ""
    for spec in (ROOT / "specs").glob("*.yaml"):
        assert spec.stem in run.err
    assert "'salesforce'" in run.err and "salesfire" in run.err


def test_unknown_name_exits_2_listing_every_validator_key(tmp_path: Path) -> None:
    run = specloom("validate", "salesfire", "Customer", write_json(tmp_path / "c.json", VALID))
    assert run.code == 2 and run.out == ""
    keys = importlib.import_module("specloom.apis.salesfire.validators").VALIDATORS
    assert keys and all(key in run.err for key in keys)
    assert "'Customer'" in run.err


def test_unknown_api_and_name_without_a_specs_folder(tmp_path: Path) -> None:
    write_json(tmp_path / "c.json", VALID)
    api = specloom("validate", "nope", "CustomerSync", "c.json", cwd=tmp_path)
    assert api.code == 2 and all(name in api.err for name in importlib.import_module("generated").__all__)
    name = specloom("validate", "firecart", "Nope", "c.json", cwd=tmp_path)
    assert name.code == 2 and "CustomerData" in name.err


def test_missing_specs_dir_exits_2(tmp_path: Path) -> None:
    run = specloom("validate", "--specs-dir", tmp_path / "nowhere", "salesfire", "CustomerSync", write_json(tmp_path / "c.json", VALID))
    assert run.code == 2 and "nowhere" in run.err


def test_unreadable_files_exit_2_and_the_other_files_are_still_checked(tmp_path: Path) -> None:
    invalid = jsonl(tmp_path / "bad.jsonl", NO_CONTACT)
    missing, folder = tmp_path / "missing.json", tmp_path / "folder.json"
    folder.mkdir()
    run = specloom("validate", "salesfire", "CustomerSync", missing, invalid, folder)
    assert run.code == 2  # an unreadable input outranks an invalid payload
    assert run.errors_for(str(invalid))  # still checked and reported
    problems = run.err.splitlines()
    assert any(line.startswith(f"{missing}: ") for line in problems)
    assert any(line.startswith(f"{folder}: ") for line in problems)


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        ("broken.json", b'{\n  "email": "a@example.com",\n}\n', 3),  # trailing comma
        ("two.json", b'{"email": "a@example.com"}\n{"email": "b@example.com"}\n', 2),  # JSON Lines in .json
        ("nan.json", b'{"email": NaN}', 1),  # NaN is not JSON (was 0: no line)
        ("broken.yaml", b"email: a@example.com\ntypes: [MARKETING\n", 3),
        ("latin1.json", '{"email": "caf\u00e9@example.com"}'.encode("latin-1"), 1),  # was 0: no line
        ("latin1.yaml", 'types: [MARKETING]\nemail: caf\u00e9@example.com\n'.encode("latin-1"), 2),
        ("latin1.jsonl", '{"email": "a@example.com"}\n{"email": "caf\u00e9@example.com"}\n'.encode("latin-1"), 2),
        ("empty.json", b"", 1),
    ],
)
def test_unparsable_files_exit_2_with_file_and_line(tmp_path: Path, name: str, content: bytes, line: int) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    run = specloom("validate", "salesfire", "CustomerSync", path)
    assert run.code == 2
    where = f"{path}:{line}: " if line else f"{path}: "
    assert any(err.startswith(where) for err in run.err.splitlines()), run.err


def test_a_bad_json_line_exits_2_with_its_line_number_and_the_rest_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"email": "a@example.com"}\n{"email": \n{"types": ["MARKETING"]}\n', encoding="utf-8")
    run = specloom("validate", "salesfire", "CustomerSync", path)
    assert run.code == 2
    assert [e for e in run.err.splitlines() if e.startswith(f"{path}:")] == [f"{path}:2: invalid JSON: Expecting value (column 11)"]
    assert run.errors_for(str(path))[0].startswith(f"{path}:3: ")


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "pointer", "at"),
    [
        # a $ref to nothing, inside the schema asked for: located at the referring property
        ('$ref: "#/components/schemas/Attributes"', '$ref: "#/components/schemas/Atributes"',
         "/components/schemas/CustomerSync/properties/attributes", "        attributes:\n          $ref"),
        # a malformed keyword value in that schema
        ("format: email\n          minLength: 1", "format: email\n          minLength: -1",
         "/components/schemas/CustomerSync/properties/email/minLength", "minLength: -1"),
        # a type JSON Schema does not have
        ("    CustomerSync:\n      type: object", "    CustomerSync:\n      type: record",
         "/components/schemas/CustomerSync/type", "type: record"),
        # not YAML at all: located where the parser noticed (pointer "/")
        ("        mobile_number:\n", "        mobile_number: [\n", "/", "mobile_number: ["),
    ],
)
def test_broken_spec_exits_2_with_file_line_pointer_message(tmp_path: Path, old: str, new: str, pointer: str, at: str) -> None:
    assert old in SALESFIRE
    text = SALESFIRE.replace(old, new, 1)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "salesfire.yaml").write_text(text, encoding="utf-8")
    run = specloom("validate", "--specs-dir", tmp_path / "specs", "salesfire", "CustomerSync", write_json(tmp_path / "c.json", VALID))
    assert run.code == 2 and run.out == ""
    located = re.compile(r"^\S*salesfire\.yaml:(?P<line>\d+): (?P<pointer>/\S*): (?P<message>.+)$")
    found = [(int(m["line"]), m["pointer"]) for m in map(located.match, run.err.splitlines()) if m]
    line = _line(text, at)
    if pointer == "/":
        assert found and found[0][1] == "/" and abs(found[0][0] - line) <= 2, run.err
    else:
        assert (line, pointer) in found, run.err


def test_broken_schema_file_exits_2_located(tmp_path: Path) -> None:
    schema = tmp_path / "schema.yaml"
    schema.write_text("type: object\nproperties:\n  id:\n    type: integr\n", encoding="utf-8")
    run = specloom("validate", "--schema", schema, write_json(tmp_path / "c.json", {"id": 1}))
    assert run.code == 2
    assert f"{schema}:4: /properties/id/type: " in run.err


@pytest.mark.parametrize("content", ["[1, 2]\n", "just text\n"])
def test_a_schema_that_is_no_schema_exits_2(tmp_path: Path, content: str) -> None:
    schema = tmp_path / "schema.yaml"
    schema.write_text(content, encoding="utf-8")
    run = specloom("validate", "--schema", schema, write_json(tmp_path / "c.json", VALID))
    assert run.code == 2 and str(schema) in run.err


def test_a_schema_applying_itself_in_place_exits_2_located(tmp_path: Path) -> None:
    schema = tmp_path / "loop.yaml"
    schema.write_text("$defs:\n  a:\n    allOf: [{$ref: '#/$defs/b'}]\n  b:\n    anyOf: [{$ref: '#/$defs/a'}]\n$ref: '#/$defs/a'\n", encoding="utf-8")
    run = specloom("validate", "--schema", schema, write_json(tmp_path / "c.json", 1))
    assert run.code == 2
    assert f"{schema}:2: /$defs/a: " in run.err and f"{schema}:4: /$defs/b: " in run.err
    assert "would never end" in run.err


def test_missing_schema_file_exits_2(tmp_path: Path) -> None:
    run = specloom("validate", "--schema", tmp_path / "nope.json", write_json(tmp_path / "c.json", VALID))
    assert run.code == 2 and "nope.json" in run.err


def test_a_payload_too_deep_to_validate_is_an_input_problem_not_a_crash(tmp_path: Path) -> None:
    schema = write_json(tmp_path / "tree.json", {"$defs": {"t": {"type": "array", "items": {"$ref": "#/$defs/t"}}}, "$ref": "#/$defs/t"})
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    run = specloom("validate", "--schema", schema, deep)
    assert run.code == 2 and str(deep) in run.err


@pytest.mark.parametrize(
    ("declared", "code"),
    [
        ("http://json-schema.org/draft-07/schema#", 2),
        ("http://json-schema.org/draft-04/schema#", 2),
        ("https://json-schema.org/draft/2020-12/schema", 1),  # read: "abc" is too long
        ("https://json-schema.org/draft/2020-12/schema#", 1),
        ("https://spec.openapis.org/oas/3.1/dialect/base", 1),
    ],
)
def test_a_schema_written_for_another_draft_is_refused_at_its_schema_keyword(tmp_path: Path, declared: str, code: int) -> None:
    """Read as 2020-12, a draft-07 schema could be judged otherwise without a word: draft-07
    ignores a ``$ref``'s siblings (``"abc"`` passes this one there, fails ``maxLength`` here)."""
    schema = tmp_path / "schema.yaml"
    schema.write_text(f"type: object\n$schema: '{declared}'\nproperties:\n  email: {{$ref: '#/$defs/e', maxLength: 2}}\n$defs: {{e: {{type: string}}}}\n", encoding="utf-8")
    run = specloom("validate", "--schema", schema, write_json(tmp_path / "c.json", {"email": "abc"}))
    assert run.code == code, run.err
    if code == 2:
        assert f"{schema}:2: /$schema: cannot compile: $schema: the schema is written for '{declared}'" in run.err and "remove the declaration" in run.err
