"""``format.lay_out``'s fast path for plain lines: the same layout as the loop without it.

A line that is short, holds no docstring quotes, ends in no open bracket or ``):`` and has no
magic comma is kept as it is without asking whether it is code or docstring text. The oracle is
the loop as it was before (copied below from ``specloom.format.lay_out`` at e27738a; it calls the
same helpers), on sources made of lines that exercise every branch: long calls and headers,
docstrings opened and closed, comments, empty displays, magic commas, ``if (...):``.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from specloom import format as fmt
from specloom import format_split
from specloom.format import (
    _JOINED,
    _MAGIC,
    _OPEN,
    WIDTH,
    _header,
    _in_text,
    _parenthesise_block,
    _unsplittable,
)


def old_lay_out(source: str) -> tuple[str, bool]:
    from specloom.strategies.layout import layout, layout_inside, magic_comma

    out: list[str] = []
    in_doc, done, code_opens = False, True, False
    lines = source.split("\n")
    for index, line in enumerate(lines):
        if line is _JOINED:
            continue
        text_line, in_doc = _in_text(line, in_doc)
        opened, code_opens = code_opens, not text_line and line[-1:] in _OPEN and "#" not in line
        if not text_line and line[-1:] in _OPEN and index + 1 < len(lines) and "#" not in line:
            closing = lines[index + 1].lstrip(" ")
            if closing[:1] == _OPEN[line[-1]]:
                line, lines[index + 1] = line + closing, _JOINED
        if not text_line and fmt._HEADS.match(line) and (len(line) > WIDTH or fmt._PARENS.match(line)):
            split = _header(line)
            if split is not None or len(line) > WIDTH:
                done = done and (split is not None or _unsplittable(line))
                out += split or [line]
                continue
        if text_line or (len(line) <= WIDTH and not _MAGIC.search(line)):
            out.append(line)
            continue
        if line.lstrip().startswith("raise ") and (raised := format_split.raise_from(line)) is not None:
            out += raised
            continue
        if _unsplittable(line):
            out.append(line)
            continue
        field = fmt._FIELD.fullmatch(line)
        if field:
            fits = len(field[1]) + 4 + len(field[3]) <= WIDTH
            out += [f"{field[1]}{field[2]}: (", f"{field[1]}    {field[3]}", f"{field[1]})"] if fits else [line]
            continue
        if _parenthesise_block(lines, index):
            line = lines[index]
            out.append(line)
            continue
        bound = fmt._BOUND.fullmatch(line)
        if bound and (fmt._STRINGS.fullmatch(bound[2]) or (fmt._NAME.fullmatch(bound[2]) and len(bound[1]) + 4 + len(bound[2]) <= WIDTH)):
            out += [f"{line[: -len(bound[2])]}(", f"{bound[1]}    {bound[2]}", f"{bound[1]})"]
            continue
        returns = fmt._RETURNS.fullmatch(line)
        if returns and (split := format_split.returns(returns[1], returns[2])) is not None:
            out += split
            continue
        text, suffix = (line[:-1], ",") if line.endswith(",") else (line, "")
        if not suffix and opened and out[-1][-1:] in _OPEN:
            laid = layout_inside(text[: len(text) - len(text.lstrip(" "))], text.lstrip(" "), "")
        else:
            laid = layout(text, WIDTH, suffix)
        done = done and all((len(part) <= WIDTH or _unsplittable(part)) and not magic_comma(part.lstrip(" ").rstrip(",")) for part in laid)
        out += laid
    return "\n".join(out), done


_NAME = st.sampled_from(["a", "value", "customer_reference_number", "x" * 40])
_ARGS = st.lists(st.sampled_from(['"text"', "name", "f(a, b)", "[1, 2,]", "{'k': v}", '"a, b)"', "x=1", "(y,)"]), max_size=12)
_INDENT = st.sampled_from(["", "    ", "        "])


@st.composite
def _line(draw: st.DrawFn) -> str:
    indent, name, args = draw(_INDENT), draw(_NAME), draw(_ARGS)
    kind = draw(st.integers(0, 13))
    call = f"{name}({', '.join(args)})"
    return indent + [
        f"{name} = {call}",
        f"{name}: {name} = {call}",
        f"{name}: {name} = {name}(",
        f"{call},",
        f"if ({name} and {call}):",
        f"def {name}(self, {', '.join(a for a in args if '=' not in a)}) -> {name}:",
        '"""' + name,
        name + ' """',
        '"""' + call + '"""',
        "# " + call + "," + " )" * draw(st.integers(0, 2)),
        ")",
        "]",
        f"raise {name}({', '.join(args)}) from None",
        f"{name} = '\"\"\"' + {call}",
    ][kind] + draw(st.sampled_from(["", ",", " ,)", "(", "[", "{"]))


@given(st.lists(_line(), max_size=14))
@example(["    if (a and f(x)):", "        pass"])  # black drops the parentheses
@example(["x = f(", ")", "y = [", "    ]"])  # an empty display closed on its line
@example(['    """Doc', "    x = f(a, b,)", '    """', "x = f(a, b,)"])  # text, then code
@example(["# f(a, b,)", "value = " + "f(a, " * 30 + ")" * 30])
@example(["    result = call(" + "a_long_name_" * 8 + " for x in y)"])  # a part left too long: not done
@example(["    result = call([a,] + " + "a_long_name_" * 8 + " for x in y)", "x = f(" + "[b, c,], " * 12 + ")"])
@example(["x = f(a,) + g"])  # short, but a magic comma layout cannot explode: not done
# the one line inside a bracket opened by the line before it is laid out as inside brackets;
# a comment that ends in a bracket opens nothing
@example(["result = call(", "    first_value + " + "second_value_name + " * 6 + "last", ")"])
@example(["# a comment (", "    first_value + " + "second_value_name + " * 6 + "last", ")"])
@example(["    if (a):", "    if not (a):", "    elif (b and c(d)):", "    while (x):", "    def f(", "    ):"])
def test_lay_out_matches_the_loop_without_the_fast_path(lines: list[str]) -> None:
    source = "\n".join(lines)
    assert fmt.lay_out(source) == old_lay_out(source)


def test_plain_lines_are_not_examined(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the mechanism: a run of short, plain lines (most of a generated module) costs no call per
    # line; only the lines that may change (or change the docstring state) are examined
    seen: list[str] = []
    plain = fmt._in_text

    def counted(line: str, in_doc: bool) -> tuple[bool, bool]:
        seen.append(line)
        return plain(line, in_doc)

    monkeypatch.setattr(fmt, "_in_text", counted)
    source = "\n".join(['    """A docstring.', "", "    Its text.", '    """', *(f"    x_{i}: int = {i}" for i in range(200)), "y = f(a, b,)"])
    laid, done = fmt.lay_out(source)
    assert (laid.split("\n")[-1], done) == (")", True)
    assert seen == ['    """A docstring.', '    """', "y = f(a, b,)"]
