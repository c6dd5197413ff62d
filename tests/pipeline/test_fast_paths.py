"""The generator's fast paths against the plain definitions they replace (same output, byte for byte).

Each speed-up of a hot helper (a per-character loop turned into ``str.translate``, a pointer
builder with a shortcut...) keeps its slow, obvious definition here, and property tests (the ``ci``
profile) compare the two on awkward input: controls, separators, surrogates, unassigned code
points, backslashes and quotes.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

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
