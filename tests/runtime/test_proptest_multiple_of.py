"""The suites' oracle computes ``multipleOf`` on the numbers, as the generated validators do.

``jsonschema`` divides in binary floating point: past 2**53 every float "is" a multiple of 3, so
the random-schema explorer's suite (``tests/explore.py``, seed 122) failed
``test_valid_values_pass_both_validators`` on ``not: {type: number, multipleOf: 3}`` with a drawn
``3.7263878058847417e+182`` (37263878058847417 followed by zeros: not a multiple of 3), which the
generated validator rightly accepts. The verdicts below are worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from specloom_runtime.proptest import SpecOracle

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "NotThrees": {"not": {"type": "number", "multipleOf": 3}},
            "Halves": {"type": "number", "multipleOf": 1.5},
            "Cents": {"type": "number", "multipleOf": 0.05},
        }
    },
}


@pytest.mark.parametrize(
    ("name", "value", "valid"),
    [
        ("NotThrees", 3.7263878058847417e182, True),  # digit sum 88: no multiple of 3
        ("NotThrees", 3e200, False),
        ("NotThrees", 7, True),
        ("Halves", 6755399441055745, False),  # odd: no multiple of 1.5 (jsonschema: the quotient rounds)
        ("Halves", 4.5, True),
        ("Cents", 4.35, True),  # 87 times 0.05 (jsonschema: 86.99999999999999)
        ("Cents", 4.36, False),
    ],
)
def test_multiple_of_is_exact(tmp_path: Path, name: str, value: float, valid: bool) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    assert SpecOracle(path).is_valid(f"/components/schemas/{name}", value) is valid
