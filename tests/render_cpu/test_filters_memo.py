"""The audited filters, memoised: the same text as their plain definitions, escaped once.

``pyliteral``, ``docstring`` and ``docline`` keep a bounded memo of string inputs (a package
prints the same names and descriptions many times). The oracle is the definitions as they were
before the memo (copied below, from ``specloom.render.filters`` at e27738a), on random text that
is heavy in the characters the escaping cares about; the memo must also never hand back another
call's answer (a second call, and calls with another indent, match the oracle too).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from specloom.ir.nodes import Json
from specloom.render import filters
from specloom.strategies.writer import str_lit, tuple_lit

_QUOTES = re.compile(r'"(?=")')
_QUOTES_END = re.compile(r'"(?=")|"$')


def old_pyliteral(value: object) -> str:
    if isinstance(value, Json):
        value = value.value
    if isinstance(value, str):
        return str_lit(value)
    if isinstance(value, tuple):
        return tuple_lit([old_pyliteral(v) for v in value]) if value else "()"
    if isinstance(value, list):
        return "[" + ", ".join(old_pyliteral(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{old_pyliteral(k)}: {old_pyliteral(v)}" for k, v in value.items()) + "}"
    return repr(value)


def old_docstring(text: object, indent: int = 0) -> str:
    body = "".join(filters._escape_char(ch) for ch in str(text).replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in body.strip().split("\n")]
    lines = [_QUOTES.sub(r'\\"', line) for line in lines[:-1]] + [_QUOTES_END.sub(r'\\"', lines[-1])]
    pad = " " * indent
    return lines[0] + "".join("\n" + (pad + line if line else "") for line in lines[1:])


def old_docline(text: object) -> str:
    return old_docstring(str(text).strip().split("\n", 1)[0])


_TEXT = st.text(alphabet=st.sampled_from('ab "\'\\\n\r\t\x00\u2028\u00e9\u200b{}') | st.characters(), max_size=40)
_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3), max_leaves=8)  # fmt: skip


@given(_TEXT, st.integers(0, 12))
def test_docstring_and_docline_match_their_plain_definitions(text: str, indent: int) -> None:
    for _ in range(2):  # the second call is answered by the memo
        assert filters.docstring(text, indent) == old_docstring(text, indent)
        assert filters.docstring(text) == old_docstring(text)
        assert filters.docline(text) == old_docline(text)


@given(_JSON)
def test_pyliteral_matches_its_plain_definition(value: object) -> None:
    for _ in range(2):
        assert filters.pyliteral(value) == old_pyliteral(value)
        assert filters.pyliteral(Json.of(value)) == old_pyliteral(Json.of(value))
        assert filters.pyliteral((value,)) == old_pyliteral((value,))


def test_non_strings_go_through_str_as_before() -> None:
    class Shouting(str):
        def __repr__(self) -> str:
            return "SHOUT"

        def __str__(self) -> str:
            return "shout"

    assert filters.pyliteral(Shouting("x")) == old_pyliteral(Shouting("x"))
    assert filters.docline(Shouting("x")) == old_docline(Shouting("x")) == "shout"
    assert filters.docstring(12.5, 4) == old_docstring(12.5, 4) == "12.5"


def test_a_text_printed_twice_is_escaped_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the mechanism: a package prints each description twice (sync and async method) and a
    # field's wire name in several modules; the second time costs a look-up, not an escape
    escaped: list[str] = []
    plain = filters._escape

    def counted(text: str) -> str:
        escaped.append(text)
        return plain(text)

    monkeypatch.setattr(filters, "_escape", counted)
    text = "A description seen twice \u2028 unlike any other test's text 7f3a"
    filters.docstring(text, 8)
    filters.docstring(text, 8)
    filters.docline(text + " (a line)")
    filters.docline(text + " (a line)")
    assert len(escaped) == 2
