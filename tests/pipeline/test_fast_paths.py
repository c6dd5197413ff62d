"""The generator's fast paths against the plain definitions they replace (same output, byte for byte).

Each speed-up of a hot helper (a per-character loop turned into ``str.translate``, a pointer
builder with a shortcut...) keeps its slow, obvious definition here, and property tests (the ``ci``
profile) compare the two on awkward input: controls, separators, surrogates, unassigned code
points, backslashes and quotes.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specloom import chunked
from specloom import format as fmt
from specloom.render import filters

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
    """``format._parse`` compiles each piece instead of building its ``ast``: the same pieces."""
    modules = _generated_modules()
    assert len(modules) > 20
    for path in modules:
        source = path.read_text()
        parsed = [text for text, _ in chunked.pieces(source, str(path), parse_only=True)]
        assert fmt._parse(PurePosixPath(path.name), source) == parsed, path


@pytest.mark.parametrize("source", ["A = 1\n\n\nB = (\n\n\nC = 2\n\n\nD = 3\n", "A = 1\n\n\ndef f():\nreturn 1\n"])
def test_format_still_refuses_a_module_that_is_not_python(source: str) -> None:
    with pytest.raises(SyntaxError) as whole:
        compile(source, "m.py", "exec")
    with pytest.raises(fmt.FormatError) as refused:
        fmt._parse(PurePosixPath("m.py"), source)
    assert str(refused.value) == f"generated m.py is not valid Python ({type(whole.value).__name__}: {whole.value})"
