"""``\\S`` inside a character class (``[\\s\\S]``, ``[^\\S\\n]``): what ECMA-262 means by it.

ECMA-262's ``\\S`` is every character that is not WhiteSpace or LineTerminator (sections 12.2,
12.3: TAB, LF, VT, FF, CR, SPACE, NBSP, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
U+3000, U+FEFF). Inside a class it joins the other members: ``[a\\S]`` is "a" or any non-space,
``[^\\S\\n]`` is whitespace other than LF. The expectations below are read from that definition
(NEL, U+0085, is whitespace to Python's Unicode ``\\s`` but not to ECMA, so it tells the two
apart). Such classes were refused ("\\S inside a character class is not supported"): Box's
published document has one (``[\\s\\S]*?``) and lost the validators and strategies of 53 schemas.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from specloom_runtime.wire.patterns import translate_pattern

from specloom.validation import compile_validator
from tests.validation.oracle_differences import _ecma_classes, _rewrite

CASES = [
    ("^[\\s\\S]$", {"a": True, "\n": True, "\u3000": True, "\ufeff": True, "": False, "ab": False}),
    ("^[^\\s\\S]$", {"a": False, "\n": False, " ": False}),
    ("^[a\\S]$", {"a": True, "b": True, "\u0085": True, " ": False, "\u3000": False, "\ufeff": False, "\u2028": False}),
    ("^[\\S ]$", {" ": True, "x": True, "\t": False, "\u00a0": False}),
    ("^[^\\S\\n]$", {" ": True, "\t": True, "\u3000": True, "\u200a": True, "\n": False, "x": False, "\u0085": False}),
    ("^[\\S^]$", {"^": True, "q": True, " ": False}),
    ("^[^\\S^]$", {" ": True, "^": False, "q": False}),
    ("^[\\S\\s]{2}$", {"a\n": True, "\n\n": True, "a": False}),
    ("x[\\s\\S]*?y", {"x\n\u3000y": True, "xy": True, "x": False}),
]


@pytest.mark.parametrize(("pattern", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_class_with_not_space_matches_what_ecma_means(pattern: str, expected: dict[str, bool]) -> None:
    validator = compile_validator({"type": "string", "pattern": pattern})
    assert {text: validator.is_valid(text) for text in expected} == expected


def test_boxs_prompt_template_pattern_is_translated() -> None:
    pattern = "(\\{user_question\\}[\\s\\S]*?\\{content\\}|\\{content\\}[\\s\\S]*?\\{user_question\\})"
    validator = compile_validator({"type": "string", "pattern": pattern})
    assert validator.is_valid("Answer {user_question}\nusing\n{content}")
    assert not validator.is_valid("Answer {user_question} alone")


def test_a_class_python_cannot_read_is_still_refused() -> None:
    with pytest.raises(ValueError):
        translate_pattern("[\\S")  # unterminated


# members next to \S: literals, ranges, escapes, "^" and "-" where they are literal
CLASSES = ["[\\s\\S]", "[^\\s\\S]", "[a\\S]", "[^a\\S]", "[\\S ]", "[^\\S\\n]", "[\\S^]", "[^\\S^]",
           "[\\S-]", "[\\Sa-c]", "[^\\S\\t-\\r]", "[^\\S\\u3000]", "[\\d\\S]", "[^\\S\\s]"]  # fmt: skip
ALPHABET = "a^- \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2005\u200a\u200b\u2028\u202f\u3000\ufeffz0"


@given(st.sampled_from(CLASSES), st.text(alphabet=ALPHABET, max_size=4))
def test_the_translation_agrees_with_the_oracles_lookahead_reading(cls: str, text: str) -> None:
    """The test oracle reads such a class with a lookahead, written independently of the runtime's
    list of the whitespace kept or left out (``tests/validation/oracle_differences.py``)."""
    pattern = f"^{cls}+$"
    ours = re.search(translate_pattern(pattern), text, re.ASCII) is not None
    oracle = re.search(_rewrite(pattern, _ecma_classes), text, re.ASCII) is not None
    assert ours == oracle
