"""What a customer list can hold that a reader of text or JSON stumbles on: a line is rejected,
the run goes on (found by throwing hostile input at the sandbox and the sync).

- nesting deeper than Python's stack: a JSON Lines record or a ``json``-formatted CSV cell of
  100,000 ``[`` was a ``RecursionError``, a traceback that ended ``specloom sync``;
- a byte that is not UTF-8 (a list saved in Latin-1): the whole run stopped at it, with a
  message giving its offset in a read buffer, not its line.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from specloom_runtime.sync.mapping import FieldMapping, MappingProblem
from specloom_runtime.sync.readers import InputProblem, open_records, read_records

DEEP = "[" * 100_000 + "]" * 100_000


def test_a_record_nested_too_deeply_is_a_problem_of_its_line() -> None:
    read = list(read_records([DEEP + "\n", '{"email": "anna@example.com"}\n'], "jsonl"))
    assert read == [(1, InputProblem("not JSON: nested too deeply")), (2, {"email": "anna@example.com"})]


def test_a_json_cell_nested_too_deeply_is_a_mapping_problem_said_briefly() -> None:
    mapping = FieldMapping(formats={("attributes",): "json"})
    with pytest.raises(MappingProblem) as caught:
        mapping.apply({"attributes": DEEP})
    assert "cannot be read as json" in str(caught.value) and len(str(caught.value)) < 300


def test_a_line_that_is_not_utf8_is_rejected_and_the_others_are_read(tmp_path: Path) -> None:
    csv = tmp_path / "list.csv"
    csv.write_bytes("email,first_name\nanna@example.com,Anna\nbo@example.com,Zo\u00e9\ncy@example.com,Cy\n".encode("latin-1"))
    assert list(open_records(str(csv))) == [
        (2, {"email": "anna@example.com", "first_name": "Anna"}),
        (3, InputProblem("not UTF-8 text: byte 0xe9 in the cell of 'first_name'")),
        (4, {"email": "cy@example.com", "first_name": "Cy"}),
    ]
    lines = tmp_path / "list.jsonl"
    lines.write_bytes('{"email": "zo\u00e9@example.com"}\n{"email": "cy@example.com"}\n'.encode("latin-1"))
    assert list(open_records(str(lines))) == [
        (1, InputProblem("not UTF-8 text: byte 0xe9 at column 14")),
        (2, {"email": "cy@example.com"}),
    ]
    stdin = io.TextIOWrapper(io.BytesIO(csv.read_bytes()), encoding="utf-8")
    assert [number for number, read in open_records("-", stdin) if isinstance(read, InputProblem)] == [3]


def test_a_cell_over_the_csv_limit_is_a_problem_of_its_line() -> None:
    """The csv module refuses a cell over 128 KB with ``csv.Error``: an "internal error" that
    ended the run; now that line is rejected and the next ones are read."""
    lines = ["email,name\n", "a@example.com,Ann\n", "b@example.com," + "x" * 200_000 + "\n", "c@example.com,Cy\n"]
    read = list(read_records(iter(lines), "csv"))
    assert read[0] == (2, {"email": "a@example.com", "name": "Ann"}) and read[2] == (4, {"email": "c@example.com", "name": "Cy"})
    assert read[1] == (3, InputProblem("not CSV: field larger than field limit (131072)"))


def test_a_line_without_end_is_read_no_further_than_max_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A list without line breaks (``/dev/zero``) was read until memory ran out."""
    from specloom_runtime.sync import readers

    monkeypatch.setattr(readers, "MAX_LINE", 1000)
    endless = tmp_path / "list.jsonl"
    endless.write_text('{"email": "a@example.com"}\n' + "x" * 5000, encoding="utf-8")
    found = open_records(str(endless))
    assert next(found) == (1, {"email": "a@example.com"})
    with pytest.raises(ValueError, match=r"list.jsonl: line 2 runs over 1000 characters without a line break"):
        next(found)


def test_a_mapping_file_is_read_no_further_than_a_mapping_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from specloom_runtime.sync import mapping

    monkeypatch.setattr(mapping, "_MAX_MAPPING", 100)
    big = tmp_path / "mapping.yaml"
    big.write_text("rename:\n" + "".join(f"  c{i}: f{i}\n" for i in range(50)), encoding="utf-8")
    with pytest.raises(ValueError, match="mapping.yaml: more than 100 characters"):
        mapping.load_mapping(big)
    small = tmp_path / "small.yaml"
    small.write_text("rename: {E-mail: email}\n", encoding="utf-8")
    assert mapping.load_mapping(small).rename == {"E-mail": ("email",)}
