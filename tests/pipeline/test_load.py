"""The loader: YAML 1.2 core types, integer keys as strings, lines for every pointer."""

from __future__ import annotations

from pathlib import Path

import pytest

from specloom.diagnostics import SpecError
from specloom.load import load, loads


def test_yaml_11_surprises_are_kept_as_written(tmp_path: Path) -> None:
    doc = loads(b"a: yes\nb: 2024-01-01\nc: on\nresponses:\n  200: {}\n", path=tmp_path / "x.yaml")
    assert doc.data == {"a": "yes", "b": "2024-01-01", "c": "on", "responses": {"200": {}}}


def test_every_pointer_has_its_line(tmp_path: Path) -> None:
    doc = loads(b"a:\n  b:\n    - x\n    - y: 1\n", path=tmp_path / "x.yaml")
    assert doc.lines["/a"] == 1 and doc.lines["/a/b"] == 2 and doc.lines["/a/b/1/y"] == 4


def test_json_loads_too(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"openapi": "3.1.0",\n "x": [1, 2.5, null, true]}')
    doc = load(path)
    assert doc.data == {"openapi": "3.1.0", "x": [1, 2.5, None, True]} and doc.lines["/x"] == 2


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join(['*a' + str(i - 1)] * 10)}]" for i in range(1, 8)]
    with pytest.raises(SpecError, match="too large"):
        loads("\n".join(lines).encode(), path=tmp_path / "bomb.yaml")


def test_non_utf8_is_a_diagnostic(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="not UTF-8"):
        loads(b"a: \xff\xfe\n", path=tmp_path / "x.yaml")


@pytest.mark.parametrize(
    ("raw", "line", "said"),
    [
        (b"a: 1\nb: caf\xe9\n", 2, "byte 0xe9 at column 7"),  # Latin-1 saved: the byte is named
        (b"\xef\xbb\xbfa: 1\n\xff\n", 2, "byte 0xff at column 1"),
        ("a: 1\nb: ééé\nc: x\x1e\n".encode(), 3, "character U+001E at column 5 is not allowed"),  # libyaml counts bytes
        ("a: ééé\x02\n".encode(), 1, "character U+0002 at column 10"),
    ],
)
def test_bytes_that_are_no_text_are_located_at_their_line(tmp_path: Path, raw: bytes, line: int, said: str) -> None:
    """A bad byte or a control character was reported at the file alone (``x.yaml: /: not UTF-8
    text (invalid continuation byte)``): a user of a 4 MB document could not find it."""
    with pytest.raises(SpecError) as caught:
        loads(raw, path=tmp_path / "x.yaml")
    [found] = caught.value.diagnostics
    assert found.line == line and said in found.message, found
