"""One test per kind of spec problem: each is reported as file:line: pointer: message, exit 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.pipeline.helpers import MINIMAL, run_cli, write_spec

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<pointer>/[^:]*): (?P<message>.+)$")


def lint_errors(tmp_path: Path, text: str, name: str = "api.yaml") -> list[dict[str, str]]:
    spec = write_spec(tmp_path, name, text)
    code, _, err = run_cli("lint", str(spec))
    assert code == 2, err
    assert "Traceback" not in err
    found = [m.groupdict() for m in map(LINE.match, err.splitlines()) if m]
    assert found, err
    return found


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    [error] = lint_errors(tmp_path, "openapi: 3.1.0\ninfo: {title: x\npaths: {}\n")
    assert error["file"].endswith("api.yaml")
    assert int(error["line"]) in (2, 3)
    assert "invalid YAML" in error["message"]


def test_unknown_ref(tmp_path: Path) -> None:
    text = MINIMAL.replace("#/components/schemas/Item", "#/components/schemas/Nope")
    [error] = lint_errors(tmp_path, text)
    assert error["pointer"] == "/paths/~1items/get/responses/200/content/application~1json/schema/items"
    assert error["line"] == "13"
    assert "Nope" in error["message"]


def test_url_ref_is_never_fetched(tmp_path: Path) -> None:
    text = MINIMAL.replace("#/components/schemas/Item", "https://example.invalid/schemas.json#/Item")
    [error] = lint_errors(tmp_path, text)
    assert "never fetches" in error["message"]


def test_schema_error(tmp_path: Path) -> None:
    text = MINIMAL.replace("id: {type: integer}", "id: {type: 12}")
    errors = lint_errors(tmp_path, text)
    assert any(e["pointer"].startswith("/components/schemas/Item") for e in errors), errors


def test_unknown_specloom_key(tmp_path: Path) -> None:
    text = MINIMAL.replace("operationId: listItems", "operationId: listItems\n      x-specloom-paginate: {style: page}")
    [error] = lint_errors(tmp_path, text)
    assert error["pointer"] == "/paths/~1items/get/x-specloom-paginate"
    assert error["line"] == "8"
    assert "unknown" in error["message"]


def test_other_tools_extensions_are_ignored(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "api.yaml", MINIMAL.replace("operationId: listItems", "operationId: listItems\n      x-codegen-hint: {anything: [1, 2]}"))
    assert run_cli("lint", str(spec))[0] == 0


def test_malformed_specloom_key(tmp_path: Path) -> None:
    text = MINIMAL.replace("operationId: listItems", "operationId: listItems\n      x-specloom-pagination: {style: sideways}")
    errors = lint_errors(tmp_path, text)
    assert any("x-specloom-pagination" in e["pointer"] and "malformed" in e["message"] for e in errors), errors


def test_duplicate_operation_id(tmp_path: Path) -> None:
    text = MINIMAL + "  x-unused: 1\n"
    text = MINIMAL.replace("paths:\n", "paths:\n  /other:\n    get:\n      operationId: listItems\n      responses: {\"204\": {description: none}}\n")
    errors = lint_errors(tmp_path, text)
    assert any("duplicate operationId 'listItems'" in e["message"] for e in errors), errors


def test_names_colliding_as_python_identifiers(tmp_path: Path) -> None:
    text = MINIMAL.replace("paths:\n", "paths:\n  /other:\n    get:\n      operationId: list_items\n      responses: {\"204\": {description: none}}\n")
    errors = lint_errors(tmp_path, text)
    assert any("would share the Python name 'list_items'" in e["message"] for e in errors), errors


def test_self_contradicting_vendor_rule(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "schema: {type: array, items: {$ref: \"#/components/schemas/Item\"}}",
        "schema: {$ref: \"#/components/schemas/Item\"}",
    ).replace("operationId: listItems", "operationId: listItems\n      x-specloom-pagination: {style: page, pageParam: page, firstPage: 1, pageSize: 10}")
    errors = lint_errors(tmp_path, text)
    messages = " ".join(e["message"] for e in errors)
    assert "needs a list operation" in messages
    assert "does not have" in messages  # the page parameter is missing too


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    [error] = lint_errors(tmp_path, MINIMAL.replace("        name: {type: string}\n", "        name: {type: string}\n        id: {type: string}\n"))
    assert "duplicate key 'id'" in error["message"]
    assert error["line"] == "22"


def test_openapi_30_is_normalised_with_a_warning(tmp_path: Path) -> None:
    text = MINIMAL.replace("openapi: 3.1.0", "openapi: 3.0.3").replace("name: {type: string}", "name: {type: string, nullable: true}")
    spec = write_spec(tmp_path, "api.yaml", text)
    code, out, err = run_cli("lint", str(spec))
    assert code == 0, err
    assert "warning: OpenAPI 3.0.3 document accepted" in err
    assert "nullable" in err


@pytest.mark.parametrize("args", [("lint", "missing.yaml"), ("generate", "missing.yaml")])
def test_unreadable_file(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, _, err = run_cli(*args[:1], str(tmp_path / args[1]), *(("--out", str(tmp_path / "out")) if args[0] == "generate" else ()))
    assert code == 2
    assert "cannot read file" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_untyped_success_result_is_a_generation_error_under_strict(tmp_path: Path) -> None:
    text = MINIMAL.replace('schema: {type: array, items: {$ref: "#/components/schemas/Item"}}', "schema: {}")
    spec = write_spec(tmp_path, "api.yaml", text)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), "--strict")
    assert code == 2 and "Traceback" not in err
    [error] = [m.groupdict() for m in map(LINE.match, err.splitlines()) if m]
    assert error["pointer"] == "/paths/~1items/get/responses"
    assert "listItems" in error["message"] and "typed" in error["message"]
    assert not (tmp_path / "out").exists()


def test_a_schema_beyond_the_strategy_compiler_is_located_by_line(tmp_path: Path) -> None:
    # A lookaround pattern is valid JSON Schema (the validator compiles it) but cannot be drawn.
    text = MINIMAL.replace("name: {type: string}", 'name: {type: string, pattern: "^(?=a)a$"}')
    text = text.replace("required: [id]", "required: [id, name]")  # an optional one is left out
    spec = write_spec(tmp_path, "api.yaml", text)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), "--strict")
    assert code == 2 and "Traceback" not in err
    errors = [m.groupdict() for m in map(LINE.match, err.splitlines()) if m]  # Item and its model
    assert len(errors) == 2 and all(e == {**errors[0], "message": e["message"]} for e in errors)
    error = errors[0]
    assert error["pointer"] == "/components/schemas/Item/properties/name/pattern"
    assert error["line"] == str(text.splitlines().index('        name: {type: string, pattern: "^(?=a)a$"}') + 1)
    assert "lookaround" in error["message"] and "(strategies)" in error["message"]
    assert not (tmp_path / "out").exists()


def test_free_form_object_result_becomes_a_named_model(tmp_path: Path) -> None:
    text = MINIMAL.replace('schema: {type: array, items: {$ref: "#/components/schemas/Item"}}', "schema: {type: object}")
    spec = write_spec(tmp_path, "api.yaml", text)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    client = (tmp_path / "out" / "api" / "client.py").read_text()
    assert "-> _m.ListItemsResult:" in client


def test_a_bug_in_specloom_is_reported_without_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import specloom.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(specloom.pipeline, "_build_all", broken)  # every build goes through it
    monkeypatch.delenv("SPECLOOM_DEBUG", raising=False)
    spec = write_spec(tmp_path, "api.yaml", MINIMAL)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 3
    assert "internal error: RuntimeError: renderer exploded" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_schema_applying_itself_in_place_is_refused(tmp_path: Path) -> None:
    # Item -> anyOf -> $ref Item with no property between: any non-string value recurses forever.
    text = MINIMAL.replace(
        "      type: object\n      required: [id]",
        "      anyOf: [{type: string}, {$ref: '#/components/schemas/Item'}]\n      type: object\n      required: [id]",
    )
    [error] = lint_errors(tmp_path, text)
    assert error["pointer"] == "/components/schemas/Item"
    assert error["line"] == str(text.splitlines().index("    Item:") + 1)
    assert "would never end" in error["message"]
