"""The layout reads each long line with one scan: same layout as the copy of the old one.

``specloom.strategies.layout`` used to scan again, with one regex pass each, every substring it
descended into (a bracket's body, each item, each item's body...), and ``top_text`` read the
whole text once more at each level: the cost of a long sample dict grew with its depth. Now a
piece cut from a scanned text takes its marks from that scan (``_within``/``_shifted``), the first
scan skips string literals inside its matches (``_NEXT``), ``top_text`` reads only the stretches at
depth 0, and ``_trailers`` pairs the brackets at depth 0 in turn. The oracle is the module as it
was (``old_layout``), on random text (brackets, commas, quotes and backslashes in any order) and
on random Python expressions laid out at several widths; the memos are kept between examples,
as in a run (a stale or wrongly derived entry would show in a later example).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from specloom.strategies import layout
from tests.layout_scan import old_layout

_TEXT = st.text(alphabet="ab(),[]{} \"'\\.:=+|", max_size=40)


def _outcome(function: Any, *args: Any) -> Any:
    """What ``function`` returns, or the kind of exception it raises (the old code may raise too)."""
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 -- compared, not hidden
        return ("raised", type(error))


@given(_TEXT)
@example('a("b,c)", [d])')
@example(")a(b)(c")
@example("'x\\'(', (y")
def test_scans_and_top_texts_are_the_old_ones(text: str) -> None:
    assert layout._scan_text(text) == old_layout._scan(text)
    assert layout.scan(text) == old_layout.scan(text)
    assert layout.top_text(text) == old_layout.top_text(text)
    assert layout._trailers(text) == old_layout._trailers(text)
    assert layout.magic_comma(text) == old_layout.magic_comma(text)


def _cuts(text: str) -> Iterator[tuple[int, int]]:
    """The spans the layout cuts a scanned text at: each bracket pair's body, and each item
    (blanks stripped) of each body."""
    marks = old_layout.scan(text)
    stack: list[int] = []
    for pos, char, _depth in marks:
        if char in "([{":
            stack.append(pos)
        elif char in ")]}" and stack:
            opening = stack.pop()
            yield opening + 1, pos
            body = text[opening + 1 : pos]
            cuts = [p for p, c, d in old_layout.scan(body) if c == "," and d == 0]
            for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True):
                part = body[a + 1 : b]
                lead = len(part) - len(part.lstrip())
                yield opening + 2 + a + lead, opening + 2 + a + lead + len(part.strip())


@given(_TEXT)
@example('{"a(": [1, "b,"], "c": (d, e)}')
def test_a_piece_cut_from_a_scanned_text_has_the_marks_of_its_own_scan(text: str) -> None:
    marks = layout.scan(text)
    for start, end in _cuts(text):
        assert layout._shifted(marks, start, end) == old_layout._scan(text[start:end]), (start, end)


_NAME = st.from_regex(r"[a-z_][a-z0-9_]{0,10}", fullmatch=True)
_ATOM = st.one_of(_NAME, st.text(alphabet="ab ,()[]{}\"'\\x", max_size=20).map(repr), st.integers().map(str))


def _calls(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    items = st.lists(st.one_of(inner, st.tuples(_NAME, inner).map("=".join)), max_size=6)
    comma = st.sampled_from(["", ","])
    return st.one_of(
        st.tuples(_NAME, items, comma).map(lambda t: f"{t[0]}({', '.join(t[1])}{t[2] if t[1] else ''})"),
        st.tuples(st.lists(inner, max_size=6), comma).map(lambda t: f"[{', '.join(t[0])}{t[1] if t[0] else ''}]"),
        st.tuples(st.lists(inner, max_size=6), comma).map(lambda t: f"({', '.join(t[0])}{t[1] if t[0] else ''})"),
        st.lists(st.tuples(_ATOM, inner), max_size=6).map(lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}"),
        st.tuples(inner, st.sampled_from([" + ", " or ", " | ", " == ", " if x else "]), inner).map("".join),
        st.tuples(inner, _NAME, st.lists(inner, max_size=3)).map(lambda t: f"{t[0]}.{t[1]}({', '.join(t[2])})"),
    )


_EXPRESSION = st.recursive(_ATOM, _calls, max_leaves=40)
_HEAD = st.sampled_from(["", "x = ", "value: Any = ", "x: A | B = ", "self.attr = ", "return ", "name: "])


@given(st.sampled_from(["", "    ", "        "]), _HEAD, _EXPRESSION, st.sampled_from([30, 60, 100]), st.sampled_from(["", ","]))
@example("    ", "x = ", "f(" + ", ".join(f'"k{i}": {{"a": [1, "(", g(h, i)]}}' for i in range(6)) + ")", 40, "")
def test_lines_are_laid_out_as_the_old_layout_did(indent: str, head: str, expression: str, width: int, suffix: str) -> None:
    line = indent + head + expression
    assert _outcome(layout.layout, line, width, suffix) == _outcome(old_layout.layout, line, width, suffix)
    assert _outcome(layout.layout_inside, indent, head + expression, suffix, width) == _outcome(old_layout.layout_inside, indent, head + expression, suffix, width)
    text = head + expression
    opening = old_layout.trailer(text)  # the text ends in a bracket: split there, as a header is
    if opening >= 0:
        closing = len(text) - 1
        assert _outcome(layout.split_at, indent, text, opening, closing, ":", width) == _outcome(old_layout.split_at, indent, text, opening, closing, ":", width)


class _Counted:
    """A compiled pattern counting the characters its searches are given to read."""

    def __init__(self, pattern: Any, read: list[int]) -> None:
        self._pattern, self._read = pattern, read

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._read[0] += (len(text) if endpos is None else endpos) - pos
        return self._pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0) -> Any:
        found = self._pattern.match(text, pos)
        self._read[0] += (found.end() if found else len(text)) - pos
        return found


@pytest.mark.parametrize("depth", [12])
def test_a_deep_literal_is_read_about_once_not_once_a_level(monkeypatch: pytest.MonkeyPatch, depth: int) -> None:
    # a sample dict literal as the testing kit writes them: each level holds long strings and
    # the next level, so the line is about as long at each level down
    value = "1"
    for level in range(depth):
        value = "{" + f'"key_{level}": "{"x" * 60}", "other_{level}": {value}' + "}"
    line = f"    _SAMPLE_{depth}: dict[str, Any] = {value}"
    read = [0]
    for name in ("_MARKS", "_NEXT"):
        if hasattr(layout, name):
            monkeypatch.setattr(layout, name, _Counted(getattr(layout, name), read))
    # the else branch runs on the layout before 8481e58, whose _scan was an lru_cache
    layout._SCANS.clear() if hasattr(layout, "_SCANS") else layout._scan.cache_clear()  # type: ignore[attr-defined]
    laid = layout.layout(line)
    read_here = read[0]  # (the old layout below reads through ``format_split``'s ``top_text`` too)
    assert laid == old_layout.layout(line)
    assert len(laid) > depth  # the line was split at every level
    # one scan of the line, one more of its annotation's value (``_annotation``, at the top
    # only), and the characters at depth 0 of each level's text (``top_text``); the old layout
    # read each level's text two or three times: more than 2 * depth times the line
    assert read_here <= 3 * len(line), (read_here, len(line))
