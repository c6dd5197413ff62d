"""``specloom validate`` on valid and invalid payloads: JSON, JSON Lines, YAML, stdin, many files.

Exit 0 means every payload is valid and 1 that one is not; each error names the file, the line
(when the input has lines to name) and the instance's JSON pointer. Payloads come from the real
specs' schemas (Salesfire, Firecart, Shift4Shop), and verdicts are checked against the generated
``VALIDATORS`` registries, which the command must agree with.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import (
    BAD_EMAIL,
    LOWERCASE,
    NO_CONTACT,
    VALID,
    env,
    jsonl,
    line_of,
    specloom,
    write_json,
)


def test_valid_json_file_exits_0_and_prints_only_the_summary(tmp_path: Path) -> None:
    run = specloom("validate", "salesfire", "CustomerSync", write_json(tmp_path / "ok.json", VALID))
    assert run.code == 0, run.out + run.err
    assert run.lines == [run.summary] and "valid" in run.summary and "invalid" not in run.summary
    assert run.err == ""


def test_invalid_json_file_exits_1_with_pointer_and_line_of_each_error(tmp_path: Path) -> None:
    path = write_json(tmp_path / "bad.json", {"types": ["marketing"]})  # no contact, bad enum
    run = specloom("validate", "salesfire", "CustomerSync", path)
    assert run.code == 1
    errors = run.errors_for(str(path))
    assert len(errors) == 2, run.out
    enum = next(e for e in errors if ": /types/0: " in e)
    value_line = line_of(path, '"marketing"')
    assert value_line > 1 and enum.startswith(f"{path}:{value_line}: ")  # the line the value is on
    assert any(": /: " in e for e in errors)  # the root's error: no email or mobile number
    assert run.summary.startswith("1 of 1 payload invalid (2 errors)")


def test_json_lines_report_the_line_of_each_invalid_payload(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "customers.jsonl", VALID, NO_CONTACT, VALID, LOWERCASE, blank_after=1)
    # line 1 valid, line 2 blank (skipped), 3 no contact, 4 valid, 5 lowercase enum
    run = specloom("validate", "salesfire", "CustomerSync", path)
    assert run.code == 1
    assert [e.split(": ", 2)[:2] for e in run.errors_for(str(path))] == [[f"{path}:3", "/"], [f"{path}:5", "/types/0"]]
    assert run.summary.startswith("2 of 4 payloads invalid (2 errors) in 1 file")


def test_ndjson_suffix_is_json_lines(tmp_path: Path) -> None:
    run = specloom("validate", "salesfire", "CustomerSync", jsonl(tmp_path / "c.ndjson", VALID, VALID, NO_CONTACT))
    assert run.code == 1 and run.summary.startswith("1 of 3 payloads invalid")


def test_all_valid_json_lines_exit_0(tmp_path: Path) -> None:
    run = specloom("validate", "salesfire", "CustomerSync", jsonl(tmp_path / "c.jsonl", *[VALID] * 50))
    assert run.code == 0 and run.summary.startswith("all 50 payloads valid")


def test_yaml_payload_errors_carry_the_yaml_line(tmp_path: Path) -> None:
    path = tmp_path / "customer.yaml"
    path.write_text("email: a@example.com\ntypes:\n  - MARKETING\n  - weekly\n", encoding="utf-8")
    run = specloom("validate", "salesfire", "CustomerSync", path)
    assert run.code == 1
    [error] = run.errors_for(str(path))
    assert error.startswith(f"{path}:4: /types/1: ") and "'weekly'" in error


def test_yaml_keeps_yaml_1_2_strings(tmp_path: Path) -> None:
    # `yes` and `2024-01-01` stay strings (YAML 1.2 core schema), so they are valid attribute values.
    path = tmp_path / "customer.yml"
    path.write_text("email: a@example.com\nattributes:\n  vip: yes\n  joined: 2024-01-01\n", encoding="utf-8")
    assert specloom("validate", "salesfire", "CustomerSync", path).code == 0


def test_stdin_one_pretty_printed_json_document() -> None:
    text = json.dumps(LOWERCASE, indent=2)
    value_line = 1 + next(i for i, line in enumerate(text.splitlines()) if '"marketing"' in line)
    run = specloom("validate", "salesfire", "CustomerSync", "-", stdin=text)
    assert run.code == 1
    [error] = run.errors_for("<stdin>")
    assert error.startswith(f"<stdin>:{value_line}: /types/0: ") and "'marketing'" in error
    assert run.summary.startswith("1 of 1 payload invalid")


def test_stdin_several_lines_are_json_lines() -> None:
    text = "\n".join(json.dumps(p) for p in (VALID, VALID, NO_CONTACT, VALID)) + "\n"
    run = specloom("validate", "salesfire", "CustomerSync", "-", stdin=text)
    assert run.code == 1
    assert [e.split(": ")[0] for e in run.errors_for("<stdin>")] == ["<stdin>:3"]
    assert run.summary.startswith("1 of 4 payloads invalid")


def test_stdin_input_format_forces_yaml() -> None:
    run = specloom("validate", "--input-format", "yaml", "salesfire", "CustomerSync", "-", stdin="mobile_number: '0700'\n")
    assert run.code == 0, run.out + run.err


def test_input_format_forces_json_lines_on_any_suffix(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "export.txt", VALID, NO_CONTACT)
    run = specloom("validate", "--input-format", "jsonl", "salesfire", "CustomerSync", path)
    assert run.code == 1 and run.errors_for(str(path))[0].startswith(f"{path}:2: ")


def test_empty_json_lines_file_has_no_payloads_and_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    run = specloom("validate", "salesfire", "CustomerSync", path)
    assert run.code == 0 and run.summary.startswith("0 payloads")


def test_several_files_in_one_run(tmp_path: Path) -> None:
    ok = write_json(tmp_path / "ok.json", VALID)
    lines = jsonl(tmp_path / "many.jsonl", VALID, NO_CONTACT, LOWERCASE)
    yaml = tmp_path / "one.yaml"
    yaml.write_text("mobile_number: '07000000000'\nchannels: [SMS]\n", encoding="utf-8")
    run = specloom("validate", "salesfire", "CustomerSync", ok, lines, yaml)
    assert run.code == 1
    assert not run.errors_for(str(ok)) and not run.errors_for(str(yaml))
    assert len(run.errors_for(str(lines))) == 2
    assert run.summary.startswith("2 of 5 payloads invalid (2 errors) in 3 files")
    assert specloom("validate", "salesfire", "CustomerSync", ok, yaml, ok).summary.startswith("all 3 payloads valid in 3 files")


def test_formats_asserted_by_default_and_annotate_turns_that_off(tmp_path: Path) -> None:
    path = write_json(tmp_path / "c.json", BAD_EMAIL)
    strict = specloom("validate", "salesfire", "CustomerSync", path)
    assert strict.code == 1 and ": /email: " in strict.errors_for(str(path))[0]
    assert specloom("validate", "--formats", "annotate", "salesfire", "CustomerSync", path).code == 0


@pytest.mark.parametrize(
    ("api", "name", "payload", "valid"),
    [
        ("salesfire", "syncCustomer.request", {"email": "test@salesfire.com", "types": ["MARKETING", "TRANSACTIONAL"]}, True),
        ("salesfire", "syncCustomer.request", {"email": "test@salesfire.com", "types": ["MARKETING", "MARKETING"]}, False),
        ("salesfire", "Attributes", {"name": "Ann", "favourite_colour": None}, True),
        ("salesfire", "Attributes", {"Favourite Colour": "red"}, False),  # propertyNames pattern
        ("firecart", "CustomerData", {"name": "David", "email": "david@address.com", "dateOfBirth": "15/08/1977", "Custom_Variable_1": "Value1"}, True),
        ("firecart", "CustomerData", {"name": "David", "dateOfBirth": "1977-08-15"}, False),  # dd/mm/yyyy
        ("shift4shop", "updateCustomers.request", [{"CustomerID": 1234, "BillingFirstName": "John", "MailList": True}], True),
        ("shift4shop", "updateCustomers.request", [], False),  # minItems: 1
        ("shift4shop", "updateCustomers.request", [{"BillingFirstName": "John"}], False),  # CustomerID required
        ("shift4shop", "updateCustomers.request", [{"CustomerID": 1, "Unknown": 1}], False),  # unevaluatedProperties
    ],
)
def test_real_spec_schemas_agree_with_the_generated_validators(tmp_path: Path, api: str, name: str, payload: object, valid: bool) -> None:
    import importlib

    registry = importlib.import_module(f"specloom.apis.{api}.validators").VALIDATORS
    assert registry[name].is_valid(payload) is valid  # the case itself is what it claims
    run = specloom("validate", api, name, write_json(tmp_path / "p.json", payload))
    assert run.code == (0 if valid else 1), run.out + run.err
    if not valid:
        errors = [str(e.instance_path or "/") for e in registry[name].errors(payload)]
        assert sorted(line.split(": ")[1] for line in run.errors_for(str(tmp_path / "p.json"))) == sorted(errors)


def test_response_keys_name_response_schemas(tmp_path: Path) -> None:
    answer = {"message": "The given data was invalid.", "errors": {"email": ["The email field is required."]}}
    key = "syncCustomer.response.422"
    assert specloom("validate", "salesfire", key, write_json(tmp_path / "answer.json", answer)).code == 0
    run = specloom("validate", "salesfire", key, write_json(tmp_path / "n.json", {"errors": {"email": "required"}}))
    assert run.code == 1
    assert sorted(e.split(": ")[1] for e in run.errors_for(str(tmp_path / "n.json"))) == ["/", "/errors/email"]


def test_without_a_specs_folder_the_installed_validators_are_used(tmp_path: Path) -> None:
    # Another repository that installs specloom: no specs/ in the working directory.
    jsonl(tmp_path / "c.jsonl", VALID, LOWERCASE)
    run = specloom("validate", "salesfire", "CustomerSync", "c.jsonl", cwd=tmp_path)
    assert run.code == 1 and run.errors_for("c.jsonl")[0].startswith("c.jsonl:2: /types/0: ")
    # those validators are compiled with formats asserted; they cannot annotate
    annotate = specloom("validate", "--formats", "annotate", "salesfire", "CustomerSync", "c.jsonl", cwd=tmp_path)
    assert annotate.code == 2 and "--specs-dir" in annotate.err


def test_specs_dir_is_where_the_schema_comes_from(tmp_path: Path) -> None:
    # A spec edited in --specs-dir changes the verdict at once: the command compiles the specs,
    # it does not read the committed generated/ code.
    specs = tmp_path / "specs"
    specs.mkdir()
    text = (Path(__file__).resolve().parents[2] / "specs" / "salesfire.yaml").read_text(encoding="utf-8")
    (specs / "salesfire.yaml").write_text(text.replace("enum: [MARKETING, TRANSACTIONAL]", "enum: [MARKETING, TRANSACTIONAL, marketing]"), encoding="utf-8")
    path = write_json(tmp_path / "c.json", LOWERCASE)
    assert specloom("validate", "salesfire", "CustomerSync", path).code == 1
    assert specloom("validate", "--specs-dir", specs, "salesfire", "CustomerSync", path).code == 0
    assert specloom("validate", "salesfire", "CustomerSync", "c.json", cwd=tmp_path).code == 0  # ./specs/ by default


def test_validating_never_imports_jsonschema(tmp_path: Path) -> None:
    # Start-up stays fast because only the one schema is compiled, by specloom's own compiler:
    # a jsonschema (or openapi-spec-validator) that fails on import must not matter.
    for name in ("jsonschema", "openapi_spec_validator"):
        (tmp_path / "shadow" / name).mkdir(parents=True)
        (tmp_path / "shadow" / name / "__init__.py").write_text(f"raise ImportError('{name} was imported')\n", encoding="utf-8")
    path = jsonl(tmp_path / "c.jsonl", VALID, LOWERCASE)
    schema = write_json(tmp_path / "s.json", {"properties": {"email": {"format": "email"}}})
    runs: list[tuple[list[str | Path], int]] = [(["salesfire", "CustomerSync", path], 1), (["--schema", schema, path], 0)]
    for args, code in runs:
        run = specloom("validate", *args, env_extra={"PYTHONPATH": str(tmp_path / "shadow")})
        assert run.code == code and "imported" not in run.err, run.err
    shadowed = subprocess.run([sys.executable, "-c", "import jsonschema"], env={**env(), "PYTHONPATH": str(tmp_path / "shadow")}, capture_output=True)
    assert shadowed.returncode != 0  # the shadow does hide the real package
