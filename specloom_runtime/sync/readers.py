"""Streamed record readers: a CSV or JSON Lines file (or ``-``, standard input) -> records.

Input: a path (``.csv``; ``.jsonl``/``.ndjson``/``.json``; ``-`` reads stdin and tells the two
apart by the first character) and an opened text stream. Output: ``(line, record)`` pairs one at a
time, so memory stays constant in the number of records; a line that cannot be read is yielded as
``(line, InputProblem)`` for the rejects file instead of stopping the run. CSV cells are strings;
an empty cell is a field left out (a spreadsheet has no "absent").
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.lines import bounded_lines

__all__ = ["InputProblem", "open_records", "read_records"]


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A line of the input that is not a record: why."""

    message: str


Record = dict[str, JsonValue]


def read_records(stream: Iterable[str], kind: str) -> Iterator[tuple[int, Record | InputProblem]]:
    """``(line number, record or problem)`` for each record of ``stream`` (``kind``: csv or jsonl)."""
    if kind == "csv":
        reader = csv.DictReader(stream)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # a cell over the csv module's limit (128 KB): this line only
                yield reader.line_num + 1, InputProblem(f"not CSV: {exc}")  # (not counted yet)
                continue
            undecoded = next((f"{why} in the cell of {key!r}" for key, value in row.items() if (why := _undecoded(f"{key}{value}"))), None)
            if undecoded:
                yield reader.line_num, InputProblem(undecoded)
                continue
            if None in row:
                yield reader.line_num, InputProblem(f"{len(row[None])} more cells than the header's {len(reader.fieldnames or [])} columns")
                continue
            yield reader.line_num, {k: v for k, v in row.items() if v not in ("", None)}
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        found = _UNDECODED.search(line)
        if found:
            yield number, InputProblem(f"{_undecoded(found.group())} at column {found.start() + 1}")
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            yield number, InputProblem(f"not JSON: {exc}")
            continue
        except RecursionError:  # a line of 100,000 "[": too deep for Python's stack
            yield number, InputProblem("not JSON: nested too deeply")
            continue
        if not isinstance(value, dict):
            yield number, InputProblem(f"a record is a JSON object, not {type(value).__name__}")
            continue
        yield number, value


# a byte that is not UTF-8, as the "surrogateescape" error handler reads it
_UNDECODED = re.compile("[\udc80-\udcff]")


def _undecoded(text: str) -> str | None:
    """Why ``text`` is no record when a byte of it is not UTF-8 (a file saved in Latin-1), naming
    the byte: its line is rejected and the others are read (the error stopped the whole run)."""
    found = _UNDECODED.search(text)
    return None if found is None else f"not UTF-8 text: byte 0x{ord(found.group()) - 0xDC00:02x}"


def _kind(path: str) -> str:
    lower = path.lower()
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    raise ValueError(f"{path}: unknown input format; name the file .csv or .jsonl (or pass - for stdin)")


def open_records(path: str, stdin: IO[str] | None = None) -> Iterator[tuple[int, Record | InputProblem]]:
    """The records of the file ``path`` (``-``: ``stdin``, CSV unless it starts with ``{``)."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        if isinstance(stream, io.TextIOWrapper):  # a bad byte is a rejected line, as in a file
            stream.reconfigure(errors="surrogateescape")
        head = stream.read(1)
        while head.isspace():
            head = stream.read(1)
        rest = bounded_lines(stream, "standard input", MAX_LINE)
        lines = itertools.chain([head + next(rest, "")] if head else [], rest)
        yield from read_records(lines, "jsonl" if head == "{" else "csv")
        return
    kind = _kind(path)
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        yield from read_records(bounded_lines(f, path, MAX_LINE), kind)


MAX_LINE = 16 * 2**20  # characters: far more than a customer record, bounded all the same
