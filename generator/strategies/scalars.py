"""Number and string shapes -> strategy source, for ``emit.Emitter``'s dispatch.

Input: a ``Shape`` of kind group number or string, and the ``Emitter`` (its writer, algebra and
``choice``). Output: the name (or, for a string without filters, the code) of a strategy whose
every example is valid for the shape, or a ``Reason`` when no value fits. Bounds, lengths and
small integer ranges are given to Hypothesis directly (``st.integers``, ``st.floats``,
``st.text``, an enumerated ``st.sampled_from``); a ``format`` or ``pattern`` draws from its
fast regex strategy where ``regex`` has one; what is left (``not``, a second ``pattern``, a
length cut into a format's range) is a bounded filter. Containers live in ``containers``.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING

from specloom_runtime.wire import translate_pattern

from specloom.strategies import shapes
from specloom.strategies.canon import generable
from specloom.strategies.dnf import integer_range
from specloom.strategies.formats import first_chars_of, format_strategy
from specloom.strategies.helpers import LONG_TEXT, exact_text
from specloom.strategies.regex import (
    anchors,
    fast_regex,
    first_chars,
    least_width,
    negated_class,
    open_widths,
    sized_regex,
    tail_widths,
)
from specloom.strategies.shapes import NumberFacet, Reason, Shape, kind_of
from specloom.strategies.writer import call, json_lit, str_lit, tuple_lit

if TYPE_CHECKING:
    from specloom.strategies.emit import Emitter

__all__ = ["number", "string", "alphabet"]

_CLASS_ESCAPE = "dDwWsSbB"
# Characters on which ECMA-262 and Python's Unicode ``re`` agree for \d \w \s \b (ASCII, minus
# the four separators Python counts as whitespace and ECMA does not).
_SAFE_ALPHABET = "".join(chr(i) for i in range(128) if not 0x1C <= i <= 0x1F)
_MAX_ENUMERATED = 256
_TAIL = 3  # at most this many characters drawn after a match of a pattern that leaves its end open
_INTEGRAL = float(2**52)  # from here on every float is an integer (the spacing of floats is 1 or more)


def number(em: Emitter, s: Shape) -> str | Reason:
    f = s.number
    if f.multiple is not None and any((f.multiple / m).denominator == 1 for m in f.not_multiples):
        # multipleOf 2 and not multipleOf 2 (a mutation of if/then whose branches agree): the
        # filter below would refuse every value drawn
        return Reason("multipleOf", s.where, f"every multiple of {f.multiple} is excluded by a negated multipleOf")
    results = ([_integers(em, s)] if "integer" in s.kinds else []) + ([_fractions(em, s)] if "fraction" in s.kinds else [])
    if not (parts := [r for r in results if isinstance(r, str)]):
        return next((r for r in results if isinstance(r, Reason)), Reason("minimum", s.where, "no number satisfies the bounds and multipleOf here"))
    return parts[0] if len(parts) == 1 else em.w.const(f"st.one_of({', '.join(parts)})")

def _integers(em: Emitter, s: Shape) -> str | Reason:
    f = s.number
    lo, hi = integer_range(s)
    step = 1 if f.multiple is None else f.multiple.numerator  # p | v: v is a multiple of p/q
    # every multiple of ``step`` is one of m when step / m is whole (m = 1/q: every integer; m = 3
    # with multipleOf 1.5: the integral multiples of 1.5 are those of 3, explorer seed 3350)
    if any((step / m).denominator == 1 for m in f.not_multiples):
        return Reason("multipleOf", s.where, f"every integer {'' if step == 1 else f'multiple of {step} '}is excluded by a negated multipleOf")
    kmin = None if lo is None else -((-lo) // step)
    kmax = None if hi is None else hi // step
    if kmin is not None and kmax is not None and kmin > kmax:
        between = f"between {f.lo!r} and {f.hi!r}"
        return Reason("minimum", s.origin("minimum"), f"no integer {between}" if step == 1 else f"no integer multiple of {step} {between}")
    if kmin is not None and kmax is not None and kmax - kmin < _MAX_ENUMERATED:
        values = [k * step for k in range(kmin, kmax + 1) if em.alg.accepts(shapes.evolve(s, kinds=frozenset({"integer"})), k * step)]
        return em.choice(values, s, "minimum")
    code = call("st.integers", min_value=kmin, max_value=kmax)
    if step != 1:
        code += f".map(lambda k: k * {step})"
    return em.w.const(code + _number_filters(em, s))

def _fractions(em: Emitter, s: Shape) -> str | Reason | None:
    """Non-integral numbers (integral floats too when integers are allowed as well)."""
    f, ints_too = s.number, "integer" in s.kinds
    if f.multiple is not None:
        m = f.multiple
        if m.denominator == 1:
            return None if ints_too else Reason("multipleOf", s.origin("multipleOf"), "every multiple is an integer")
        if len(str(m.numerator)) + len(str(m.denominator)) > 12:
            return Reason("multipleOf", s.origin("multipleOf"), "a multipleOf with this many digits is beyond the strategy compiler")
        lo = -(10**6) if f.lo is None else math.floor(Fraction(f.lo) / m) - 1
        hi = 10**6 if f.hi is None else math.ceil(Fraction(f.hi) / m) + 1
        # a short range is listed: with few multiples inside the bounds the filters below refuse
        # most draws (multipleOf 1.5 in [-2.5, -1): one value, one draw in five kept, and a suite
        # failed its health check, explorer seed 3156), with none all of them
        if hi - lo < _MAX_ENUMERATED:
            values = [x for k in range(lo, hi + 1) if k % m.denominator and _within(f, x := float(k * m)) and em.alg.accepts(s, x)]
            if not values:
                return Reason("multipleOf", s.origin("multipleOf"), f"no non-integral multiple of {m} between {f.lo!r} and {f.hi!r}")
            return em.choice(values, s, "multipleOf")
        em.w.imports.add("from fractions import Fraction")
        mult = em.w.const(f"Fraction({m.numerator}, {m.denominator})", "_v", "Fraction")
        code = f"st.integers(min_value={lo}, max_value={hi}).filter(lambda k: k % {m.denominator} != 0).map(lambda k: float(k * {mult}))"
        code += f".filter({_bounds_check(s)})"
        return em.w.const(code + _number_filters(em, s))
    if f.lo is not None and f.hi is not None and (f.lo > f.hi or (f.lo == f.hi and (f.lo_excl or f.hi_excl or float(f.lo).is_integer()))):
        return Reason("minimum", s.origin("minimum"), f"no non-integral number between {f.lo!r} and {f.hi!r}")
    low, low_excl, high, high_excl = f.lo, f.lo_excl, f.hi, f.hi_excl
    if not ints_too:
        # every float of magnitude 2**52 or more is an integer: bounding a side there loses no
        # value, and left open (or wider) Hypothesis draws mostly integral floats, all filtered
        # out below (maximum -10: 4 draws in 300 kept, a filter_too_much health check failure)
        if low is None or low < -_INTEGRAL:
            low, low_excl = -_INTEGRAL, False
        if high is None or high > _INTEGRAL:
            high, high_excl = _INTEGRAL, False
        if low >= high:
            return Reason("minimum", s.origin("minimum" if f.lo is not None else "maximum"), f"no non-integral number between {f.lo!r} and {f.hi!r}")
    args = ["allow_nan=False", "allow_infinity=False"]
    if low is not None:
        args += [f"min_value={low!r}"] + (["exclude_min=True"] if low_excl else [])
    if high is not None:
        args += [f"max_value={high!r}"] + (["exclude_max=True"] if high_excl else [])
    code = f"st.floats({', '.join(args)})" + ("" if ints_too else ".filter(lambda x: not x.is_integer())")
    return em.w.const(code + _number_filters(em, s))

def _within(f: NumberFacet, x: float) -> bool:
    """``_bounds_check``, evaluated here."""
    above = f.lo is None or (x > f.lo if f.lo_excl else x >= f.lo)
    return above and (f.hi is None or (x < f.hi if f.hi_excl else x <= f.hi))

def _bounds_check(s: Shape) -> str:
    f = s.number
    parts = []
    if f.lo is not None:
        parts.append(f"x {'>' if f.lo_excl else '>='} {f.lo!r}")
    if f.hi is not None:
        parts.append(f"x {'<' if f.hi_excl else '<='} {f.hi!r}")
    return "lambda x: " + (" and ".join(parts) or "True")

def _number_filters(em: Emitter, s: Shape) -> str:
    out = ""
    for m in s.number.not_multiples:
        em.w.imports.update({"from fractions import Fraction", "from specloom_runtime.wire import multiple_of"})
        d = em.w.const(f"Fraction({m.numerator}, {m.denominator})", "_v", "Fraction")
        out += f".filter(lambda v: not multiple_of(v, {d}))"
    values = [v for v in s.not_in if kind_of(v) in ("integer", "fraction")]
    if values:
        out += f".filter(lambda v: v not in {em.w.const(f'frozenset({tuple_lit([json_lit(v) for v in values])})', '_v', '')})"
    return out


def string(em: Emitter, s: Shape) -> str | Reason:
    f = s.string
    lo, hi = f.min_len, f.max_len
    if set(f.patterns) & set(f.not_patterns):  # the filter would refuse every value drawn
        return Reason("pattern", s.origin("pattern"), "a pattern both required and excluded")
    if hi is not None and lo > hi:
        return Reason("minLength", s.origin("minLength"), f"minLength {lo} > maxLength {hi}")
    for p in f.patterns:
        # every draw would be filtered out by length (^(ab)+ under maxLength 0: seed 3040)
        if hi is not None and (least := least_width(translate_pattern(p))) is not None and least > hi:
            return Reason("pattern", s.origin("pattern"), f"no string of at most {hi} characters matches the pattern {p!r} (its shortest match has {least})")
    formats = list(dict.fromkeys(f.formats))
    filters: list[str] = []
    listed: int | None = None  # how many strings the drawing lists, when they are a few fixed ones
    length_filter = f"lambda v: {lo} <= len(v)" + ("" if hi is None else f" <= {hi}")
    patterns = list(f.patterns)
    if len(formats) > 1:
        return Reason("format", s.origin("format"), f"strings of two formats at once ({', '.join(formats)}) are beyond the strategy compiler")
    if formats:
        fs = format_strategy(formats[0], hi)
        if lo > fs.max_len or (hi is not None and hi < fs.min_len):
            return Reason("format", s.origin("format"), f"no {formats[0]} string has {lo} to {hi} characters")
        starts = first_chars_of(formats[0], fs)
        # a pattern no string of the format can start to match: its filter would refuse every draw
        clash = next((p for p in patterns if starts is not None and (lead := first_chars(translate_pattern(p))) is not None and lead.isdisjoint(starts)), None)
        if clash is not None:
            return Reason("pattern", s.origin("pattern"), f"no {formats[0]} string matches the pattern {clash!r} (they start with other characters)")
        fast = fast_regex(em.w, fs.pattern, None) if fs.pattern else None
        if fast is None:
            for name, code in fs.consts:
                em.w.fixed(name, code, "SearchStrategy[Any]" if code.startswith("st.") else "")
            em.w.imports.update(fs.imports)
        base = fast or fs.code
        if lo > fs.min_len or (hi is not None and hi < fs.max_len):
            filters.append(length_filter)
    elif patterns:
        drawable = [p for p in patterns if generable(p)]
        if not drawable:
            return Reason("pattern", s.origin("pattern"), "patterns with lookaround assertions are beyond the strategy compiler")
        # one pattern is drawn, the others filter; a start-anchored one goes first, so that the
        # unanchored others can follow it (below), and of those the one its matches can start
        # with fewest characters: the others' filters keep more of them (^ab*c is drawn before
        # ^[a-c]+: text over abc filtered by ^ab*c kept one draw in six, seed 3177)
        first = min(drawable, key=_drawn_first)
        patterns.remove(first)
        python = translate_pattern(first)
        # only the characters no excluded class holds, where the pattern's matches can start with
        # them (else drawn freely and filtered, as before: [^a] excluded under ^a keeps a's only)
        only, lead = _kept(f.not_patterns), first_chars(python)
        kept = only if only is not None and lead is not None and lead <= set(only) else None
        chars = _chars_within(alphabet(first), kept)
        full, size = _full(em, first, hi, kept)
        base = _long_enough(em, full, python, chars, lo, hi)
        if base == full and not patterns:  # its full matches alone: maybe a few fixed strings
            listed = size
        # text after a match of a pattern tied at most to the start still matches, and a search
        # finds an unanchored pattern anywhere: their full matches appended, the filters hold
        # (^[a-z] drew one letter, and the filter by 1 refused them all: seed 2095)
        if anchors(python) in ("", "^") and (after := [_full(em, p, hi, kept)[0] for p in patterns if generable(p) and anchors(translate_pattern(p)) == ""]):
            base = f'st.tuples({", ".join([base, *after])}).map("".join)'
        if lo > 0 or hi is not None:
            filters.append(length_filter)
    elif lo > LONG_TEXT:  # a valid text of the least length allowed
        base = exact_text(em.w.use, lo)
    else:  # only characters no excluded class holds ([^ab] excluded: a and b only), else any
        kept = _kept(f.not_patterns)
        base = call("st.text", alphabet=None if kept is None else _alphabet(em, kept), min_size=lo or None, max_size=hi)
    filters += [f"lambda v: {_regex(em, p)}.search(v) is not None" for p in patterns]
    filters += [f"lambda v: {_regex(em, p)}.search(v) is None" for p in f.not_patterns]
    values = [v for v in s.not_in if type(v) is str]
    if values:
        filters.append(f"lambda v: v not in {em.w.const(f'frozenset({tuple_lit([str_lit(v) for v in values])})', '_v', '')}")
    code = base + "".join(f".filter({x})" for x in filters)
    name = code if code.isidentifier() else em.w.const(code)
    if listed is not None:  # at most that many distinct strings (the filters only remove some)
        em.listed[name] = listed
    return name

def _full(em: Emitter, pattern: str, most: int | None = None, kept: str | None = None) -> tuple[str, int | None]:
    """Full matches of the JSON Schema ``pattern`` (its characters restricted by ``alphabet``,
    and to ``kept``), their repetitions bounded by ``most`` characters (a maxLength) where the
    pattern is simple; and how many they are when ``most`` leaves a few fixed ones
    (``regex.sized_regex``)."""
    chars, python = _chars_within(alphabet(pattern), kept), translate_pattern(pattern)
    return sized_regex(em.w, python, chars, most) or (_from_regex(em, pattern, chars), None)

def _drawn_first(pattern: str) -> tuple[bool, float]:
    """The order of the patterns to draw (the least first): start-anchored ones, the fewer
    characters their matches can start with the better (unknown: as bad as any); the others
    keep their order (``min`` takes the first of equals)."""
    python = translate_pattern(pattern)
    if anchors(python) != "^":
        return True, 0
    lead = first_chars(python)
    return False, math.inf if lead is None else len(lead)

def _kept(not_patterns: tuple[str, ...]) -> str | None:
    """The characters a string may hold when it must not contain any character outside them:
    an excluded pattern that is one negated class (``[^ab]``: found by a search wherever a
    character is not ``a`` or ``b``), the classes intersected; else None."""
    kept: frozenset[str] | None = None
    for pattern in not_patterns:
        if (chars := negated_class(translate_pattern(pattern))) is not None:
            kept = chars if kept is None else kept & chars
    return None if kept is None else "".join(sorted(kept))


def _chars_within(chars: str | None, kept: str | None) -> str | None:
    return kept if chars is None else chars if kept is None else "".join(c for c in chars if c in kept)


def _regex(em: Emitter, pattern: str) -> str:
    em.w.imports.add("import re")
    return em.w.const(f"re.compile({str_lit(translate_pattern(pattern))}, re.ASCII)", "_p", "")

def _from_regex(em: Emitter, pattern: str, chars: str | None) -> str:
    return call("st.from_regex", _regex(em, pattern), fullmatch=True, alphabet=_alphabet(em, chars))

def _alphabet(em: Emitter, chars: str | None) -> str | None:
    return None if chars is None else em.w.const(str_lit(chars), "_v", "")

def _long_enough(em: Emitter, full: str, python: str, chars: str | None, lo: int, hi: int | None) -> str:
    """``full`` (full matches of the pattern ``python``) followed by text when the pattern may
    stand anywhere or is anchored at the start only (``open_widths``, ``tail_widths``): JSON
    Schema's ``pattern`` searches ("xaa" for ``x|y`` with minLength 3, "abcd" for ``^a``).
    Filtering full matches by length threw every draw away when none is as long as ``lo``; and
    full matches alone are too few to be distinct names (``^x_`` has one: two names matching it
    were never drawn, seed 2111) and never show a validator matching a pattern whole."""
    widths = open_widths(python) or tail_widths(python)  # the text goes after the full match
    if widths is None:
        return full
    if lo <= widths[1]:  # long enough already: a few characters more, where maxLength leaves room
        room = _TAIL if hi is None else min(_TAIL, hi - widths[1])
        return full if room <= 0 else f'st.tuples({full}, {call("st.text", alphabet=_alphabet(em, chars), max_size=room)}).map("".join)'
    tail = call("st.text", alphabet=_alphabet(em, chars), min_size=lo - widths[0], max_size=None if hi is None else hi - widths[0])
    return f'st.tuples({full}, {tail}).map("".join)'

def alphabet(pattern: str) -> str | None:
    """Restrict drawn characters to where the ECMA and Python readings of \\d\\w\\s\\b agree."""
    if not any(pattern[i] == "\\" and pattern[i + 1 : i + 2] in tuple(_CLASS_ESCAPE) for i in range(len(pattern))):
        return None
    return _SAFE_ALPHABET + "".join(sorted({c for c in pattern if ord(c) > 127}))
