"""Keywords of a type that ``type`` excludes (GitHub's ``payload: {type: string, nullable: true,
additionalProperties: true}``): the fast path has returned False for such a value already, so no
check guarded by that type is written -- it was dead code that ``mypy --strict`` refuses
("non-overlapping identity check"), and GitHub's package failed ``make corpus`` on it. Verdicts
stay those of ``jsonschema``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from specloom.validation import compile_module, compile_validator

REPO = Path(__file__).parent.parent.parent
# each property's type excludes the group of the keywords beside it
DELIVERY = {
    "type": "object",
    "required": ["headers", "payload"],
    "properties": {
        "headers": {"type": ["object", "null"], "additionalProperties": True},
        "payload": {"type": ["string", "null"], "additionalProperties": True, "propertyNames": {"maxLength": 2}},
        "count": {"type": "integer", "minLength": 2, "items": {"type": "string"}, "required": ["x"]},
        "tags": {"type": ["array"], "maximum": 3, "pattern": "^a", "minItems": 1},
    },
}
VALUES: list[Any] = [
    {"headers": None, "payload": None},
    {"headers": {"a": 1}, "payload": "text", "count": 5, "tags": ["b"]},
    {"headers": {}, "payload": {"long-key": 1}},
    {"headers": {}, "payload": None, "count": "12"},
    {"headers": {}, "payload": None, "tags": []},
    {"headers": [], "payload": None},
]


def test_keywords_of_an_excluded_type_write_no_dead_check_and_keep_the_verdicts(tmp_path: Path) -> None:
    validator = compile_validator(DELIVERY)
    oracle = Draft202012Validator(DELIVERY)
    assert [validator.is_valid(v) for v in VALUES] == [oracle.is_valid(v) for v in VALUES]
    assert [bool(list(validator.iter_errors(v))) for v in VALUES] == [not oracle.is_valid(v) for v in VALUES]
    target = tmp_path / "validators.py"
    target.write_text(compile_module({"Delivery": DELIVERY}, [("Delivery", "delivery", "/Delivery")], source_file="d.json").source)
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "c"), str(target)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout
