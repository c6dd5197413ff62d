"""The generator's fast paths against the plain definitions they replace (same output, byte for byte).

Each speed-up of a hot helper (a per-character loop turned into ``str.translate``, a pointer
builder with a shortcut...) keeps its slow, obvious definition here, and property tests (the ``ci``
profile) compare the two on awkward input: controls, separators, surrogates, unassigned code
points, backslashes and quotes.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from specloom import chunked, diagnostics, format_split, resolve, walk
from specloom import format as fmt
from specloom.load import load
from specloom.render import filters
from specloom.strategies import layout, regex

sre: Any = importlib.import_module("re._constants")

# every category the docstring filter escapes, mixed with plain text and the characters it treats apart
_AWKWARD = st.text(
    st.one_of(
        st.characters(),
        st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs", "Co", "Cn"]),
        st.characters(codec="ascii"),
        st.sampled_from(["\\", "\n", " ", '"', "\r", "\x85", "\u2028", "\ufeff", "\ud800", "\U000e0001", "é"]),
    ),
    max_size=40,
)


def _escape_char_by_definition(ch: str) -> str:
    if ch == "\\":
        return "\\\\"
    if ch in ("\n", " "):
        return ch
    if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Zs", "Cs", "Co", "Cn"):
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return ch


@given(_AWKWARD)
def test_docstring_escape_is_the_per_character_definition(text: str) -> None:
    assert filters._escape(text) == "".join(_escape_char_by_definition(ch) for ch in text)


def test_docstring_escape_examples() -> None:
    assert filters._escape('a\\b\tc\x7f"\u2028\x85\ufeff\ue000 é\n') == 'a\\\\b\\x09c\\x7f"\\u2028\\x85\\ufeff\\ue000 é\n'
    assert filters.docstring('say "hi"\r\nthen\\ \x00""') == 'say "hi"\nthen\\\\ \\x00\\"\\"'


def _generated_modules() -> list[Path]:
    return sorted(p for p in (Path(__file__).parents[2] / "generated").rglob("*.py") if p.name != "validators.py")


def test_format_compiles_pieces_where_it_parsed_them_same_cuts() -> None:
    """``format.statement_runs`` compiles each piece instead of building its ``ast``: the same pieces."""
    modules = _generated_modules()
    assert len(modules) > 20
    for path in modules:
        source = path.read_text()
        parsed = [text for text, _ in chunked.pieces(source, str(path), parse_only=True)]
        assert fmt.statement_runs(PurePosixPath(path.name), source) == parsed, path


@pytest.mark.parametrize("source", ["A = 1\n\n\nB = (\n\n\nC = 2\n\n\nD = 3\n", "A = 1\n\n\ndef f():\nreturn 1\n"])
def test_format_still_refuses_a_module_that_is_not_python(source: str) -> None:
    with pytest.raises(SyntaxError) as whole:
        compile(source, "m.py", "exec")
    with pytest.raises(fmt.FormatError) as refused:
        fmt.statement_runs(PurePosixPath("m.py"), source)
    assert str(refused.value) == f"generated m.py is not valid Python ({type(whole.value).__name__}: {whole.value})"


def _enumerate_by_definition(members: list[Any]) -> set[str] | None:
    out: set[str] = set()
    for op, arg in members:
        if op is sre.LITERAL:
            out.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < regex._MAX_ENUMERATED:
            out.update(chr(code) for code in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and str(arg) in regex._ASCII_CATEGORIES:
            out |= regex._ASCII_CATEGORIES[str(arg)]
        else:
            return None
        if len(out) > regex._MAX_ENUMERATED:
            return None
    return None if any(0xD800 <= ord(ch) <= 0xDFFF for ch in out) else out


_CODE = st.one_of(st.integers(0, 0x10FFFF), st.integers(0xD700, 0xE100), st.integers(0, 0x7F))
_MEMBER = st.one_of(
    st.tuples(st.just(sre.LITERAL), _CODE),
    st.tuples(st.just(sre.RANGE), st.tuples(_CODE, st.integers(0, 3000))).map(lambda t: (t[0], (t[1][0], t[1][0] + t[1][1]))),
    st.tuples(st.just(sre.CATEGORY), st.sampled_from([sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE, sre.CATEGORY_WORD, sre.CATEGORY_NOT_DIGIT])),
)


@given(st.lists(_MEMBER, max_size=4))
@example([(sre.RANGE, (0xD7F0, 0xD800))])  # a range that ends on the first surrogate
@example([(sre.RANGE, (0xDFFF, 0xE005))])  # ... or starts on the last
@example([(sre.LITERAL, 0xDFFF), (sre.LITERAL, 0x41)])
@example([(sre.RANGE, (0xD7F0, 0xD7FF)), (sre.RANGE, (0xE000, 0xE001))])  # around them: no surrogate
def test_character_class_enumeration_is_the_per_character_definition(members: list[Any]) -> None:
    try:
        found: set[str] | None = regex._enumerate(members)
    except regex._Beyond:
        found = None
    assert found == _enumerate_by_definition(members)


@given(st.text(alphabet=" (),[]{}ab_'\"\\", max_size=30))
def test_magic_comma_ignores_leading_spaces(text: str) -> None:
    """``format.lay_out`` asks ``magic_comma`` about a part without its indent (the text the
    layout already scanned): the answer must be that of the indented part."""
    assert layout.magic_comma(text) == layout.magic_comma("    " + text) == layout.magic_comma(text.lstrip(" "))


def test_magic_comma_on_generated_lines_without_indent() -> None:
    for path in _generated_modules()[:12]:
        for line in path.read_text().split("\n"):
            assert layout.magic_comma(line) == layout.magic_comma(line.lstrip(" ")), line


# the string-literal patterns as first written (an alternation per character); the modules use
# the unrolled form, which must match the same spans
_MARKS_BY_DEFINITION = re.compile(r"""[()\[\]{},]|"(?:[^"\\]|\\.?)*"?|'(?:[^'\\]|\\.?)*'?""", re.DOTALL)
_STRINGS_BY_DEFINITION = re.compile(r"""[rbfu]{0,2}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""", re.IGNORECASE)
_CODE_TEXT = st.text(alphabet="\"'\\\n()[]{}, abfrRU=", max_size=40)


@given(_CODE_TEXT)
@example(r"""f("a\"b", 'c\\', "d\)""")  # escapes, an unclosed literal
@example("x = rb\"a\\\nb\" + F'\\'")  # a backslash before a line break
def test_string_literal_patterns_match_what_their_definitions_match(text: str) -> None:
    assert [m.span() for m in layout._MARKS.finditer(text)] == [m.span() for m in _MARKS_BY_DEFINITION.finditer(text)]
    assert [m.span() for m in fmt._STRINGS.finditer(text)] == [m.span() for m in _STRINGS_BY_DEFINITION.finditer(text)]
    assert bool(fmt._STRINGS.fullmatch(text)) == bool(_STRINGS_BY_DEFINITION.fullmatch(text))


# format's line patterns as first written (``*`` where they now take indents and names whole)
_LINE_PATTERNS_BY_DEFINITION = {
    "_BOUND": r"( *)[A-Za-z_][A-Za-z0-9_]* = (.+)",
    "_HEADS": r" *(?:if|elif|while|def|async def|for|class) ",
    "_RETURNS": r"( *)\) -> (.+):",
    "_FIELD": r"( *)([A-Za-z_][A-Za-z0-9_]*): ([A-Za-z_][A-Za-z0-9_.]*)",
    "_PARENS": r" *(?:if|elif|while) \(.*\):$",
    "_BARE_DEF": r" *(?:async )?def [A-Za-z_][A-Za-z0-9_]*\(\) -> \(",
    "_HEAD": r"( *)([A-Za-z_][A-Za-z0-9_]*: [^=]+ = )([A-Za-z_][A-Za-z0-9_.]*\()",
    "_OPENER": r' *(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][A-Za-z0-9_.]*)(?:: [A-Za-z_][A-Za-z0-9_.]*)?\(',
    "_HEAD_LINE": r" *(?:(?:async )?def |class )?[A-Za-z_][A-Za-z0-9_.]*(?: = )?\(",
}
_WORD = st.sampled_from(["if", "elif", "while", "def", "async", "for", "class", "x", "a.b", "T", "_n1", "Call"])
_PIECE = st.one_of(_WORD, st.sampled_from([" ", "  ", "    ", ": ", " = ", "(", ")", " -> ", ":", '"a\\"b"', '"', "\\", "[", "]", ",", "="]))
_LINE = st.lists(_PIECE, max_size=12).map("".join)


@given(_LINE)
@example("        x: T = Call(")
@example("    def f() -> (")
@example('  "key": Name(')
@example("    x = y")
@example("x: Literal = Call(")
@example("    ) -> dict[str, Any]:")
def test_line_patterns_match_what_their_definitions_match(line: str) -> None:
    _same_line_matches(line)


def test_line_patterns_on_generated_lines() -> None:
    for path in _generated_modules():
        for line in path.read_text().split("\n"):
            _same_line_matches(line)


def _same_line_matches(line: str) -> None:
    for name, definition in _LINE_PATTERNS_BY_DEFINITION.items():
        pattern, original = getattr(fmt, name), re.compile(definition)
        for how in ("match", "fullmatch"):
            found, expected = getattr(pattern, how)(line), getattr(original, how)(line)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), (name, how)


@given(st.text(alphabet="\na ", max_size=30))
@example("\n\n\n\n\nx\n\n\ny\n\n")
def test_validators_blocks_are_the_look_ahead_split(source: str) -> None:
    assert fmt._before_blank_pairs(source) == re.split(r"(?=\n\n\n)", source)


def _join_by_definition(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


@given(st.text(max_size=5), st.lists(st.one_of(st.text(alphabet="a~/0", max_size=4), st.integers(0, 20)), max_size=4))
def test_join_pointer_is_its_definition(pointer: str, tokens: list[str | int]) -> None:
    assert diagnostics.join_pointer(pointer, *tokens) == _join_by_definition(pointer, *tokens)


def _iter_schemas_by_definition(schema: Any, pointer: str) -> list[tuple[str, str, Any]]:
    out, stack = [], [(schema, pointer)]
    while stack:
        node, here = stack.pop()
        if not isinstance(node, dict):
            continue
        out.append(("schema", here, node))
        for key in walk.SCHEMA_SINGLE:
            if key in node:
                stack.append((node[key], _join_by_definition(here, key)))
        for key in walk.SCHEMA_LIST:
            if isinstance(node.get(key), list):
                stack.extend((s, _join_by_definition(here, key, i)) for i, s in enumerate(node[key]))
        for key in walk.SCHEMA_MAP:
            if isinstance(node.get(key), dict):
                stack.extend((s, _join_by_definition(here, key, k)) for k, s in node[key].items())
    return out


_KEYWORD = st.sampled_from([*walk.SCHEMA_SINGLE, *walk.SCHEMA_LIST, *walk.SCHEMA_MAP, "type", "a/b", "x~y"])
_SCHEMA = st.recursive(
    st.one_of(st.booleans(), st.just({}), st.just({"type": "string"})),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_KEYWORD, inner, max_size=4)),
    max_leaves=15,
)


@given(_SCHEMA)
def test_iter_schemas_is_its_definition(schema: Any) -> None:
    assert [(r, p, id(n)) for r, p, n in walk.iter_schemas(schema, "/s")] == [(r, p, id(n)) for r, p, n in _iter_schemas_by_definition(schema, "/s")]


def test_iter_schemas_on_the_project_specs() -> None:
    for path in sorted((Path(__file__).parents[2] / "specs").glob("*.yaml")):
        data = load(path).data
        for name, schema in ((data.get("components") or {}).get("schemas") or {}).items():
            here = _join_by_definition("/components/schemas", name)
            assert [(p, id(n)) for _, p, n in walk.iter_schemas(schema, here)] == [(p, id(n)) for _, p, n in _iter_schemas_by_definition(schema, here)]


def test_expanding_a_shape_without_rules_is_that_shape_for_one_step() -> None:
    from specloom.strategies.algebra import Algebra
    from specloom.strategies.dnf import expand
    from specloom.strategies.shapes import OverBudget, Shape

    alg = Algebra(lambda pointer: Shape())
    shape = Shape(kinds=frozenset({"string"}), where="/s")
    alg.budget(1, "/s")
    found, reasons = expand(alg, shape)
    assert found == [shape] and found[0] is shape and reasons == []
    with pytest.raises(OverBudget):  # the step was counted, as the expansion loop counts it
        expand(alg, shape)


def _operand_pieces_by_definition(text: str) -> list[str] | None:
    if not format_split._OPERATOR.search(layout.top_text(text)):
        return None
    cuts = format_split._delimiters(text)
    if cuts is None or not cuts[1]:
        return None
    positions = cuts[1]
    return [text[a:b].strip() for a, b in zip([0, *positions], [*positions, len(text)], strict=True)]


_EXPRESSION = st.lists(
    st.sampled_from(["a", "b.c", "1", "-", "+", " ", "=", "==", "<=", "!=", "+=", ":", ":=", " or ", " not ", " in ", "(", ")", "[", "]", "{", "}", ", ", '"x=y"', "'k:'", '"""', "#"]),
    max_size=12,
).map("".join)


@given(_EXPRESSION)
@example('body={"a": [1, -2]}, status=200')
@example('"count": -1')
@example("a == -b")
@example("x <= y + 1")
@example("= a - b")
@example('"""a"b=c""" + d')
def test_operand_pieces_gives_up_where_its_definition_does(text: str) -> None:
    assert format_split.operand_pieces(text) == _operand_pieces_by_definition(text)


def test_operand_pieces_on_generated_lines() -> None:
    for path in _generated_modules():
        for line in path.read_text().split("\n"):
            for text in (line.strip(), *(item.strip() for item in line.split(", "))):
                assert format_split.operand_pieces(text) == _operand_pieces_by_definition(text), text


def _unsplittable_by_definition(line: str) -> bool:
    if fmt._ATOMS.fullmatch(_STRINGS_BY_DEFINITION.sub('""', line.rstrip(","))) or fmt._BARE_DEF.fullmatch(line):
        return True
    if fmt._OPENER.fullmatch(line) or fmt._HEAD_LINE.fullmatch(line) or fmt._NAME.fullmatch(line.strip().rstrip(",")):
        return True
    bound = fmt._BOUND.fullmatch(line)
    if bound is None or not (_STRINGS_BY_DEFINITION.fullmatch(bound[2]) or fmt._NAME.fullmatch(bound[2])):
        return False
    return len(bound[1]) + 4 + len(bound[2]) > fmt.WIDTH


@given(_EXPRESSION)
@example('    "a" + "b(",')
@example("    x = (")
@example('        "key": "value",')
def test_unsplittable_is_its_definition(line: str) -> None:
    assert fmt._unsplittable(line) == _unsplittable_by_definition(line)


def test_unsplittable_on_generated_lines() -> None:
    for path in _generated_modules():
        for line in path.read_text().split("\n"):
            assert fmt._unsplittable(line) == _unsplittable_by_definition(line), line


def _iter_refs_by_definition(data: Any, pointer: str = "") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str]] = [(data, pointer)]
    while stack:
        node, here = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                found.append((here, node["$ref"]))
            for key in reversed(list(node)):
                if key in ("example", "examples", "default", "const", "enum") and not (key == "default" and here.endswith("/responses")):
                    continue
                stack.append((node[key], _join_by_definition(here, key)))
        elif isinstance(node, list):
            stack.extend((node[i], _join_by_definition(here, i)) for i in reversed(range(len(node))))
    return found


_REFS = st.recursive(
    st.one_of(st.none(), st.integers(), st.sampled_from(["#/a", "x"])),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["$ref", "a/b", "responses", "default", "example", "items", "~k"]), inner, max_size=4),
    ),
    max_leaves=20,
)


@given(_REFS)
def test_iter_refs_is_its_definition(data: Any) -> None:
    assert resolve.iter_refs(data, "/r") == _iter_refs_by_definition(data, "/r")


def test_iter_refs_on_the_project_specs() -> None:
    for path in sorted((Path(__file__).parents[2] / "specs").glob("*.yaml")):
        data = load(path).data
        assert resolve.iter_refs(data) == _iter_refs_by_definition(data)
