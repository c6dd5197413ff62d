"""The layout's shortcuts (``_top_found``, ``magic_comma``'s pre-check) against the definitions they replaced.

``_annotation`` and ``_union`` used to list every position of a line outside brackets and
string literals and test each one for `` = `` / `` | ``; ``_top_found`` searches the stretches
between marks instead. Both must find the same positions on any text, brackets and quotes
unbalanced or not, and the annotation split built on them must not change.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from specloom.strategies import layout

# the characters the search and the marks care about, plus a few plain ones
TEXT = st.text(alphabet=st.sampled_from(list("ab_:=| ,()[]{}'\"\\")), max_size=40)


def _old_top_level(text: str) -> list[int]:  # the definition before ``_top_found``
    out: list[int] = []
    depth, start = 0, 0
    for found in layout._MARKS.finditer(text):
        if depth == 0:
            out += range(start, found.start())
        c = found.group()
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(found.start())
        start = found.end()
    if depth == 0:
        out += range(start, len(text))
    return out


def _old_annotation(text: str) -> tuple[str, str, str] | None:
    found = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*): (.+)", text, re.DOTALL)
    if found is None:
        return None
    rest = found[2]
    cuts = _old_top_level(rest)
    equals = next((i for i in cuts if rest.startswith(" = ", i)), -1)
    hint, value = (rest[:equals], rest[equals:]) if equals >= 0 else (rest, "")
    if not any(hint.startswith(" | ", i) for i in cuts if i < len(hint)) or re.search(r"[()\[\]{}]", value):
        return None
    return found[1], hint, value


@given(TEXT, st.sampled_from([" = ", " | ", "||"]))
def test_top_found_is_every_top_level_position(text: str, needle: str) -> None:
    expected = [i for i in _old_top_level(text) if text.startswith(needle, i)]
    assert layout._top_found(text, needle) == expected
    assert layout._top_found(text, needle, first=True) == expected[:1]


@given(st.sampled_from(["x: ", "name_1: ", "x:", ""]), TEXT)
def test_annotation_split_unchanged(head: str, rest: str) -> None:
    assert layout._annotation(head + rest) == _old_annotation(head + rest)


def test_a_long_union_annotation_is_split_at_its_top_level_bars() -> None:
    operands = [f'Literal["a | b", "c = d{i}"]' for i in range(3)] + ["dict[str, int | None]", "Name"]
    hint = " | ".join(operands)
    line = f"value: {hint} = UNSET"
    assert layout._annotation(line) == ("value", hint, " = UNSET")
    assert layout.layout(line) == ["value: (", f"    {operands[0]}", *(f"    | {o}" for o in operands[1:]), ") = UNSET"]


def _old_magic_comma(text: str) -> bool:  # the definition before the ``_COMMA_CLOSING`` shortcut
    if "," not in text:
        return False
    stack: list[list[int]] = []
    for pos, char, _depth in layout.scan(text):
        if char in "([{":
            stack.append([pos, 0, -1])
        elif char == "," and stack:
            stack[-1][1] += 1
            stack[-1][2] = pos
        elif char in ")]}" and stack:
            opening, commas, last = stack.pop()
            if last >= 0 and not text[last + 1 : pos].strip():
                call = opening > 0 and (text[opening - 1].isalnum() or text[opening - 1] in "_)]")
                if not (text[opening] == "(" and commas == 1 and not call):
                    return True
    return False


# blanks of every kind ``str.strip`` removes (``\x1c``, no-break and ideographic spaces among them)
BLANKS = [c for c in map(chr, range(0x3001)) if c.isspace()]


@given(st.text(alphabet=st.sampled_from([*"ab_,()[]{}'\"\\", *BLANKS]), max_size=30))
def test_magic_comma_unchanged(text: str) -> None:
    assert layout.magic_comma(text) == _old_magic_comma(text)


def test_magic_comma_cases() -> None:
    assert layout.magic_comma("f(a, b,\u3000)") and layout.magic_comma("[1,]") and layout.magic_comma("f(x,)")
    assert not layout.magic_comma("(x,)") and not layout.magic_comma('f("a,)", b)') and not layout.magic_comma("f(a, b)")
