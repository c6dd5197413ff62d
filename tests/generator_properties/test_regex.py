"""The strategy compiler's whole-string drawing of simple patterns (``generator/strategies/regex.py``).

A ``pattern`` made of literals, classes, groups, alternation and repetition is drawn part by
part (``st.text`` per repeated class) instead of through ``st.from_regex``. Checked on random
ECMA-262 patterns of that grammar, compiled as ``{"type": "string", "pattern": "^...$"}``:

* **sound** -- every drawn string fullmatches the pattern (Python's ``re`` on the translated
  pattern, which the validators use) and ``jsonschema`` accepts it;
* **taken** -- the module has no ``st.from_regex`` left, so the fast path is what was tested;
* **complete** -- for small finite languages, enumerated by brute force with ``re.fullmatch``,
  every string of the language can be drawn (``hypothesis.find`` reaches each one);
* patterns beyond the grammar (lookaround, back-references, ``\\b``, ``\\p{L}``) still compile,
  through ``st.from_regex``, and draw valid strings.
"""

from __future__ import annotations

import ast
import itertools
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from specloom_runtime.wire import translate_pattern

from specloom.strategies import compile_strategy, scalars
from specloom.strategies.regex import fast_regex
from specloom.strategies.writer import Writer
from tests.generator_properties.test_strategy_compiler import FEW_PATTERN_KEYS

DRAWS = 6

_ATOMS = ["a", "b", "x", "\\.", "-", ",", "[ab]", "[^a]", "[a-c]", "[^,\\s]", "\\d", "\\w", "\\s", ".", "[0-9x]"]
_LITERALS = re.compile(r"(?:[abx,-]|\\\.|\(\?:|[()|]|\{2\})*")
_QUANTIFIERS = ["", "", "*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "{1,3}?"]


def _quantified(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(inner, st.sampled_from(_QUANTIFIERS)).map("".join)


def _expressions() -> st.SearchStrategy[str]:
    """ECMA-262 regular expressions within the fast path's grammar."""

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        sequence = st.lists(inner, min_size=1, max_size=3).map("".join)
        group = st.tuples(st.sampled_from(["(", "(?:"]), st.lists(sequence, min_size=1, max_size=3).map("|".join)).map(lambda t: f"{t[0]}{t[1]})")
        return st.one_of(sequence, _quantified(group))

    return st.recursive(_quantified(st.sampled_from(_ATOMS)), extend, max_leaves=6)


def _compiled(pattern: str) -> Any:
    return compile_strategy({"type": "string", "pattern": pattern})


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), _expressions())
def test_simple_patterns_are_drawn_whole_and_every_draw_matches(data: st.DataObject, body: str) -> None:
    pattern = f"^{body}$"
    compiled = _compiled(pattern)
    # Literal-only patterns (a finite set of fixed strings) are left to from_regex on purpose.
    assert "from_regex" not in compiled.source or _LITERALS.fullmatch(body), f"{pattern!r} fell back to st.from_regex"
    python = re.compile(translate_pattern(pattern), re.ASCII)
    oracle = Draft202012Validator({"type": "string", "pattern": pattern})
    for _ in range(DRAWS):
        value = data.draw(compiled.valid)
        assert python.fullmatch(value), f"{value!r} does not match {pattern!r}"
        assert oracle.is_valid(value), f"jsonschema refuses {value!r} for {pattern!r}"


FINITE = ["^(ab|c){1,2}x?$", "^[ab]{2}$", "^a(?:b|)c?$", "^\\d-(x|yz)$"]


@pytest.mark.parametrize("pattern", FINITE)
def test_every_string_of_a_small_language_can_be_drawn(pattern: str) -> None:
    compiled = _compiled(pattern)
    assert "from_regex" not in compiled.source
    python = re.compile(translate_pattern(pattern), re.ASCII)
    chars = sorted(set(re.sub(r"[^a-z]", "", pattern.replace("\\d", ""))) | set("0123456789-"))
    language = {"".join(t) for n in range(5) for t in itertools.product(chars, repeat=n) if python.fullmatch("".join(t))}
    assert language
    for target in sorted(language):

        def is_target(v: object, t: str = target) -> bool:
            return v == t

        assert find(compiled.valid, is_target, settings=settings(max_examples=2000, database=None)) == target


@pytest.mark.parametrize("pattern", ["^[^\\S\\n]$", "^[\\S ]$", "^[^\\s,a-z]$", "^\\w$", "^[^\\d]$", "^\\S$", "^[\\d.]$", "^[^a]$", "^[^\\u00e9,]$"])
def test_a_class_draws_exactly_its_characters(pattern: str) -> None:
    """The one alphabet constant of a one-class pattern is the class, read by brute force."""
    translated = translate_pattern(pattern)
    alphabet = scalars.alphabet(pattern)
    w = Writer()
    assert fast_regex(w, translated, alphabet) is not None
    literals = [ast.literal_eval(line.split(" = ", 1)[1]) for line in w.body() if line.startswith("_v")]
    python = re.compile(translated, re.ASCII)
    if alphabet is not None:
        assert literals == ["".join(c for c in alphabet if python.fullmatch(c))]
    else:  # no alphabet: a negated class is drawn as "every character but" the excluded ones
        excluded = [chr(i) for i in range(0x3000) if not python.fullmatch(chr(i)) and not 0xD800 <= i <= 0xDFFF]
        assert literals == ["".join(excluded)]
        assert 'exclude_characters=' in "\n".join(w.body())


@pytest.mark.parametrize(
    "pattern",
    ["^(a)\\1$", "^\\bab$", "^\\p{L}+$", "^a$b"],
)
def test_patterns_beyond_the_grammar_fall_back_to_from_regex(pattern: str) -> None:
    assert fast_regex(Writer(), translate_pattern(pattern), None) is None
    compiled = _compiled(pattern)
    assert "from_regex" in compiled.source
    python = re.compile(translate_pattern(pattern), re.ASCII)

    @settings(max_examples=10, database=None)
    @given(compiled.valid)
    def draws(value: str) -> None:
        assert python.fullmatch(value)

    if pattern != "^a$b":  # nothing matches: from_regex says so when drawn
        draws()


def test_a_finite_set_of_literals_is_left_to_from_regex() -> None:
    """``st.dictionaries`` raises on an ``st.sampled_from`` of fewer keys than its ``min_size``;
    ``from_regex`` rejects that draw instead, and the object is drawn another way."""
    for pattern in ("^x_$", "^(ab|c)$", "^(?:x){2}$"):
        assert fast_regex(Writer(), translate_pattern(pattern), None) is None
    assert fast_regex(Writer(), translate_pattern("^x?$"), None) is not None
    # needs 2 keys: "a", "x_1" or names under ^x_ of at most 3 characters ("x_", or "x_" and one
    # more character: text may follow a match of a pattern open at its end)
    compiled = compile_strategy(FEW_PATTERN_KEYS)
    oracle = Draft202012Validator(FEW_PATTERN_KEYS)

    @settings(max_examples=20, database=None, suppress_health_check=[HealthCheck.filter_too_much])
    @given(compiled.valid)
    def draws(value: dict[str, Any]) -> None:
        assert oracle.is_valid(value) and len(value) >= 2
        assert all(k.startswith("x_") and len(k) <= 3 for k in value.keys() - {"a"})

    draws()


def test_a_refused_pattern_leaves_no_constants_behind() -> None:
    w = Writer()
    assert fast_regex(w, translate_pattern("^[ab]+(?=c)c$"), None) is None
    assert w.body() == []


def test_a_recurring_pattern_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document asks for the same few patterns hundreds of times (Twilio: 479 asks, 17
    patterns); the parse and the dry run are remembered, the constants written each time."""
    from specloom.strategies import regex

    regex._drawable.cache_clear()
    parsed: list[str] = []
    real = regex._parser.parse

    def counting(pattern: str, flags: int = 0) -> object:
        parsed.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(regex._parser, "parse", counting)
    first, second = Writer(), Writer()
    for w in (first, second, first):
        assert fast_regex(w, "^MG[0-9a-f]{32}$", None) is not None
    assert parsed == ["^MG[0-9a-f]{32}$"]
    assert first.body() and first.body() == second.body()  # each writer got its constants
