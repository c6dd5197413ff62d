"""What a customer list can hold that Python's ``json`` cannot read: nesting deeper than its stack.

A JSON Lines record or a ``json``-formatted CSV cell of 100,000 ``[`` was a ``RecursionError``
(a traceback that ended ``specloom sync``); now the line is a problem of its own, sent to the
rejects file, and the run goes on (found by throwing hostile input at the sandbox and the sync).
"""

from __future__ import annotations

import pytest
from specloom_runtime.sync.mapping import FieldMapping, MappingProblem
from specloom_runtime.sync.readers import InputProblem, read_records

DEEP = "[" * 100_000 + "]" * 100_000


def test_a_record_nested_too_deeply_is_a_problem_of_its_line() -> None:
    read = list(read_records([DEEP + "\n", '{"email": "anna@example.com"}\n'], "jsonl"))
    assert read == [(1, InputProblem("not JSON: nested too deeply")), (2, {"email": "anna@example.com"})]


def test_a_json_cell_nested_too_deeply_is_a_mapping_problem_said_briefly() -> None:
    mapping = FieldMapping(formats={("attributes",): "json"})
    with pytest.raises(MappingProblem) as caught:
        mapping.apply({"attributes": DEEP})
    assert "cannot be read as json" in str(caught.value) and len(str(caught.value)) < 300
