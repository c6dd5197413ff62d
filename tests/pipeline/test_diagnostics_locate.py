"""Diagnostics that locate: every one names a real line and pointer, fits on one line, and all of
them are shown and counted; ``lint`` runs every check ``generate`` runs."""

from __future__ import annotations

import re
from pathlib import Path

from tests.pipeline.helpers import MINIMAL, run_cli, write_spec

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<pointer>/[^:]*): (?P<message>.+)$")


def _lint(tmp_path: Path, text: str) -> tuple[int, list[str]]:
    spec = write_spec(tmp_path, "api.yaml", text)
    code, _, err = run_cli("lint", str(spec))
    assert "Traceback" not in err
    return code, err.splitlines()


def test_every_structural_error_is_shown_and_counted(tmp_path: Path) -> None:
    paths = "".join(f"  /p{i}:\n    get:\n      operationId: op{i}\n      responses: {{\"200\": {{}}}}\n" for i in range(60))
    code, lines = _lint(tmp_path, MINIMAL.replace("paths:\n", "paths:\n" + paths))
    assert code == 2
    located = [m.groupdict() for m in map(LINE.match, lines) if m]
    missing = [d for d in located if "'description' is a required property" in d["message"]]
    assert len(missing) == 60, lines[-3:]
    assert {d["pointer"] for d in missing} == {f"/paths/~1p{i}/get/responses/200" for i in range(60)}
    assert all(d["line"] == str(8 + 4 * i) for d, i in zip(sorted(missing, key=lambda d: int(d["line"])), range(60), strict=True))
    assert lines[-1] == f"specloom lint: {len(located)} error(s)"


def test_a_huge_value_is_cut_and_a_message_stays_on_one_line(tmp_path: Path) -> None:
    huge = "v" * 900
    text = MINIMAL.replace("name: {type: string}", f'name: {{type: string, enum: "{huge}"}}\n        note: {{type: string, maxLength: 1, default: "two\\nlines"}}')
    code, lines = _lint(tmp_path, text)
    assert code == 2
    by_pointer = {m["pointer"]: m for m in map(LINE.match, lines) if m}
    assert len(lines) == len(by_pointer) + 1, lines  # each diagnostic one line, then the count
    enum = by_pointer["/components/schemas/Item/properties/name/enum"]
    assert enum["line"] == "21" and "(702 more characters)" in enum["message"] and len(enum["message"]) < 400
    default = by_pointer["/components/schemas/Item/properties/note/default"]
    assert default["line"] == "22" and "'two\\nlines'" in default["message"]


def test_lint_and_generate_agree_on_what_a_compiler_cannot_do(tmp_path: Path) -> None:
    # a pattern the validator compiler cannot translate: before, lint said OK and generate failed.
    # Now both degrade that one check with the same located warning, and with --strict both fail.
    text = MINIMAL.replace("name: {type: string}", "name: {type: string, pattern: '(?i)[a-z]+'}")
    write_spec(tmp_path, "api.yaml", text)
    where = "api.yaml:21: /components/schemas/Item/properties/name/pattern: warning: "
    code, _, err = run_cli("lint", str(tmp_path / "api.yaml"))
    assert code == 0 and where in err, err
    code, _, err = run_cli("generate", str(tmp_path / "api.yaml"), "--out", str(tmp_path / "out"))
    assert code == 0 and where in err, err
    for command in (("lint",), ("generate", "--out", str(tmp_path / "strict"))):
        code, _, err = run_cli(command[0], str(tmp_path / "api.yaml"), *command[1:], "--strict")
        assert code == 2 and "/components/schemas/Item/properties/name/pattern" in err and "[--strict]" in err, err


def test_a_default_response_from_another_file_is_bundled(tmp_path: Path) -> None:
    # "default" is a response code here, not a schema's default value: its $ref must be followed
    write_spec(tmp_path, "common.yaml", """\
        openapi: 3.1.0
        info: {title: c, version: "1"}
        paths: {}
        components:
          responses:
            Failure: {description: failed}
        """)
    text = MINIMAL.replace('components:\n', '        default: {$ref: "common.yaml#/components/responses/Failure"}\ncomponents:\n', 1)
    assert 'default: {$ref: "common.yaml' in text
    code, lines = _lint(tmp_path, text)
    assert code == 0, lines
