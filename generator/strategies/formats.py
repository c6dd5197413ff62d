"""Formats -> strategy source (valid strings) and probes (invalid strings), one fixed table.

Input: a ``format`` name that ``specloom_runtime.wire.formats.FORMAT_CHECKERS`` asserts. Output: the
source of a Hypothesis strategy drawing strings of that format, the shortest and longest string
it can draw (so ``minLength``/``maxLength`` need a filter only when they cut into that range),
and a few strings that are *not* of the format, for invalid mutations.

Why a table of our own rather than ``st.emails()``/``st.domains()``: the runtime's checkers are
strict (RFC 5321 local parts, IDNA A-labels, RFC 3339 offsets), and so is ``jsonschema``'s oracle;
drawing from small grammars that obviously satisfy both keeps every example valid under both
without filtering. Dates are drawn as ``date``/``datetime`` values and written by the runtime's
own writers (``isoformat``, ``format_named``), the same code that models use on the wire.
Nothing here comes from a spec: the vendors' named formats are looked up in the runtime's table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from specloom_runtime.wire import FORMAT_CHECKERS, NAMED_DATE_FORMATS

from specloom.strategies.regex import first_chars
from specloom.strategies.writer import str_lit

__all__ = ["FormatStrategy", "first_chars_of", "format_strategy", "invalid_probes"]


@dataclass(frozen=True, slots=True)
class FormatStrategy:
    """Strategy source, the constants it needs (name -> source), and its length range."""

    code: str
    consts: tuple[tuple[str, str], ...]
    min_len: int
    max_len: int
    imports: tuple[str, ...] = ()
    pattern: str | None = None  # the grammar, when the strings are drawn from a regex


_OFFSETS = ("_OFFSETS", "st.integers(-1439, 1439).map(lambda m: _dt.timezone(_dt.timedelta(minutes=m)))")
_DT = ("import datetime as _dt",)
# Small grammars whose strings satisfy the strictest reading of each format.
_EMAIL = r"[a-z0-9_+-]{1,10}(\.[a-z0-9_+-]{1,10}){0,2}@([a-z0-9]{1,10}\.){1,3}[a-z]{2,6}"
_HOST = r"([a-z0-9]{1,10}\.){0,3}[a-z][a-z0-9]{0,9}"
_URI = r"(https?|ftp)://[a-z0-9]{1,10}(\.[a-z0-9]{1,10}){0,2}(/[A-Za-z0-9._~-]{0,10}){0,3}(\?[a-z0-9=&]{0,10})?"
# RFC 6570: literal text and expressions of one to three variables (level 4 operators and modifiers).
_VARSPEC = r"[a-z][a-z0-9_]{0,5}(\*|:[1-9][0-9]{0,2})?"
_TEMPLATE = rf"([a-z0-9/._~-]{{0,8}}(\{{[+#./;?&]?{_VARSPEC}(,{_VARSPEC}){{0,2}}\}})?){{0,3}}"
# RFC 3339 appendix A: years-months-days with an optional time, a time alone, or weeks.
_N = "[0-9]{1,3}"
_TIME = rf"T({_N}H({_N}M({_N}S)?)?|{_N}M({_N}S)?|{_N}S)"
_DURATION = rf"P(({_N}Y({_N}M({_N}D)?)?|{_N}M({_N}D)?|{_N}D)({_TIME})?|{_TIME}|{_N}W)"
_POINTER = r"(/([a-z0-9_.-]|~[01]){0,8}){0,4}"


def _regex(name: str, pattern: str, lo: int, hi: int) -> FormatStrategy:
    const = (name, f"re.compile({str_lit(pattern)}, re.ASCII)")
    return FormatStrategy(f"st.from_regex({name}, fullmatch=True)", (const,), lo, hi, ("import re",), pattern)


_FIXED: dict[str, FormatStrategy] = {
    "date": FormatStrategy("st.dates().map(_dt.date.isoformat)", (), 10, 10, _DT),
    "date-time": FormatStrategy("st.datetimes(timezones=_OFFSETS).map(_dt.datetime.isoformat)", (_OFFSETS,), 25, 32, _DT),
    "time": FormatStrategy("st.times(timezones=_OFFSETS).map(_dt.time.isoformat)", (_OFFSETS,), 14, 21, _DT),
    "email": _regex("_EMAIL", _EMAIL, 6, 32 + 1 + 33 + 6),
    "hostname": _regex("_HOSTNAME", _HOST, 1, 3 * 11 + 10),
    "ipv4": FormatStrategy("st.ip_addresses(v=4).map(str)", (), 7, 15),
    "ipv6": FormatStrategy("st.ip_addresses(v=6).map(str)", (), 2, 39),
    "uri": _regex("_URI", _URI, 7, 8 + 32 + 33 + 11),
    "uri-reference": _regex("_URI", _URI, 7, 8 + 32 + 33 + 11),
    "uuid": FormatStrategy("st.uuids().map(str)", (), 36, 36),
    "uri-template": _regex("_URI_TEMPLATE", _TEMPLATE, 0, 3 * (8 + 2 + 3 * (1 + 6 + 4) + 1)),
    "duration": _regex("_DURATION", _DURATION, 3, 1 + 3 * 4 + 1 + 3 * 4),
    "json-pointer": _regex("_JSON_POINTER", _POINTER, 0, 4 * (1 + 2 * 8)),
    # No "0" before another digit: jsonschema 4.26 refuses "100" (its own suite says it is valid).
    "relative-json-pointer": _regex("_RELATIVE_JSON_POINTER", rf"(0|[1-9]{{1,2}}0?)(#|{_POINTER})", 1, 3 + 4 * (1 + 2 * 8)),
    # ASCII URIs, e-mail addresses and host names are IRIs, IDN e-mail addresses and IDN host names.
    "iri": _regex("_URI", _URI, 7, 8 + 32 + 33 + 11),
    "iri-reference": _regex("_URI", _URI, 7, 8 + 32 + 33 + 11),
    "idn-email": _regex("_EMAIL", _EMAIL, 6, 32 + 1 + 33 + 6),
    "idn-hostname": _regex("_HOSTNAME", _HOST, 1, 3 * 11 + 10),
    "regex": FormatStrategy('st.sampled_from(("^[a-z]+$", "[0-9]{2,4}", "a|b", "(x)*"))', (), 3, 11),
}

_SHORT: dict[str, FormatStrategy] = {
    "email": _regex("_EMAIL_SHORT", r"[a-z0-9]{1,4}@[a-z0-9]{1,3}\.[a-z]{2,3}", 6, 12),
    "hostname": _regex("_HOSTNAME_SHORT", r"[a-z][a-z0-9]{0,5}", 1, 6),
    "idn-email": _regex("_EMAIL_SHORT", r"[a-z0-9]{1,4}@[a-z0-9]{1,3}\.[a-z]{2,3}", 6, 12),
    "idn-hostname": _regex("_HOSTNAME_SHORT", r"[a-z][a-z0-9]{0,5}", 1, 6),
}

_PROBES: dict[str, tuple[str, ...]] = {
    "date": ("2023-02-30", "15/08/1977", "not a date"),
    "date-time": ("2024-01-15", "2024-01-15 09:05:07", "not a date-time"),
    "time": ("25:00:00Z", "09:05", "noon"),
    "email": ("not-an-email", "plainaddress"),
    "hostname": ("-bad-.example", "a..b", "under_score.example"),
    "ipv4": ("256.1.1.1", "1.2.3"),
    "ipv6": ("1:::2", "12345::"),
    "uri": ("not a uri", "//no-scheme/path"),
    "uri-reference": ("not a uri reference", "a b"),
    "uuid": ("not-a-uuid", "1234"),
    "regex": ("(", "[a-"),
    "uri-template": ("{", "{a b}", "a}b"),
    "duration": ("P", "PT1D", "1 day"),
    "json-pointer": ("a/b", "/~2"),
    "relative-json-pointer": ("/a", "-1", "01#"),
    "iri": ("not an iri", "/relative"),
    "iri-reference": ("not an iri reference", "a b"),
    "idn-email": ("not-an-email", "plainaddress"),
    "idn-hostname": ("-bad-.example", "a..b", "under_score.example"),
}
_NAMED_PROBES = ("not a date", "31/31/2024", "2024-13-45", "99.99.9999 99:99:99", "")


def format_strategy(name: str, max_len: int | None = None) -> FormatStrategy:
    """The strategy for the asserted format ``name`` (a key of ``FORMAT_CHECKERS``); a shorter
    grammar when ``max_len`` cuts deep into the usual one, so a length filter rejects little."""
    if name in _SHORT and max_len is not None and max_len < _FIXED[name].max_len // 2:
        return _SHORT[name]
    if name in _FIXED:
        return _FIXED[name]
    fmt = NAMED_DATE_FORMATS[name]
    # strptime reads two-digit years as 1969-2068, and %Y needs four digits to fit the shape.
    first, last = (1969, 2068) if "%y" in fmt.strftime else (1000, 9999)
    if fmt.kind == "date":
        bounds = f"min_value=_dt.date({first}, 1, 1), max_value=_dt.date({last}, 12, 31)"
        code = f"st.dates({bounds}).map(partial(format_named, {str_lit(name)}))"
        samples = [fmt.format(dt.date(2000, 1, 1)), fmt.format(dt.date(2000, 12, 31))]
    else:
        bounds = f"min_value=_dt.datetime({first}, 1, 1), max_value=_dt.datetime({last}, 12, 31, 23, 59, 59)"
        code = f"st.datetimes({bounds}).map(partial(format_named, {str_lit(name)}))"
        samples = [fmt.format(dt.datetime(2000, 1, 1)), fmt.format(dt.datetime(2000, 12, 31, 23, 59, 59))]
    lengths = [len(s) for s in samples]
    imports = ("import datetime as _dt", "from functools import partial", "from specloom_runtime.wire import format_named")
    return FormatStrategy(code, (), min(lengths), max(lengths), imports)


_DIGITS = frozenset("0123456789")
# the first characters of the formats drawn from values, not from a grammar
_FIRST: dict[str, frozenset[str]] = {
    "date": _DIGITS, "date-time": _DIGITS, "time": _DIGITS, "ipv4": _DIGITS, "uuid": frozenset("0123456789abcdef"),
}  # fmt: skip


def first_chars_of(name: str, strategy: FormatStrategy) -> frozenset[str] | None:
    """The characters ``strategy`` (of the format ``name``) starts its strings with, or None
    when any may come first (as far as its grammar reads)."""
    if strategy.pattern is not None:
        return first_chars(f"^(?:{strategy.pattern})")
    if name in NAMED_DATE_FORMATS:  # drawn from dates, written in the format's shape
        return first_chars(f"^(?:{NAMED_DATE_FORMATS[name].shape.pattern})")
    return _FIRST.get(name)


def invalid_probes(name: str) -> tuple[str, ...]:
    """Strings the runtime's checker for ``name`` rejects (checked here, not assumed)."""
    probes = _PROBES.get(name, _NAMED_PROBES)
    check = FORMAT_CHECKERS[name]
    return tuple(p for p in probes if not check(p))


assert set(_FIXED) | set(NAMED_DATE_FORMATS) == set(FORMAT_CHECKERS), "every asserted format needs a strategy"
