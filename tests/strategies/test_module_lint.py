"""A strategies module is ruff-clean (pyflakes rules) for any schema, not only our specs' ones.

Found on a published document (a 3.0 ``nullable`` property without a type, normalised to
``anyOf: [{}, {type: null}]``): the presence solver declared a ``known`` set it never used
(F841), and a module without labelled mutations annotated its empty ``INVALID`` registry with a
``Mutation`` it did not import (F821).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from specloom.strategies.module import render_module

RUFF = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))

SCHEMAS: list[Any] = [
    {"description": "anything or null", "anyOf": [{}, {"type": "null"}]},
    {"type": "object", "properties": {"x": {"anyOf": [{}, {"type": "null"}]}}},
    {},
    {"type": "object", "properties": {"a": {}, "b": {}}, "dependentRequired": {"a": ["b"]}},
]


@pytest.mark.parametrize("schema", SCHEMAS, ids=range(len(SCHEMAS)))
def test_strategies_module_has_no_pyflakes_findings(schema: Any) -> None:
    source = render_module(schema, [("root", "root", "")], source_file="schema")
    result = subprocess.run(
        [RUFF, "check", "--no-cache", "--isolated", "--select", "F", "--stdin-filename", "strategies.py", "-"],
        input=source, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + "\n" + source
