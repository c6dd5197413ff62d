"""Where the differential tests' oracle (``jsonschema``) is known to judge differently from specloom.

``jsonschema.Draft202012Validator`` with its format checker (``jsonschema[format-nongpl]``) is the
oracle of ``test_spec_differential.py``. It deviates from JSON Schema 2020-12 in a few places; each
deviation is one ``OracleDifference`` below: what differs, why specloom's answer is the one the
specification asks for, the exact strings it concerns (``applies``) and the verdict there
(``rewrite`` for patterns, ``verdict`` for formats). ``test_oracle_differences.py`` demonstrates
every entry on its ``demo`` (so an entry that stops being true fails) and shows on its ``control``
that it does not reach beyond its domain.

The differential test compares specloom with the *corrected* oracle: the same ``jsonschema``
validator, whose ``re.search`` (used by ``pattern``, ``patternProperties``, ``additionalProperties``
and ``unevaluatedProperties``) and format checkers consult this list first. Outside the listed
domains the corrected oracle is plain ``jsonschema``, so any other disagreement fails the test.

Not a difference: ``pattern`` is unanchored in both (``jsonschema`` calls ``re.search``; specloom's
compiled patterns call ``.search`` too), as 2020-12 section 6.3.3 says.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import jsonschema._keywords
import jsonschema._utils
from jsonschema import Draft202012Validator, FormatChecker

idna: types.ModuleType | None
try:
    import idna
except ImportError:  # pragma: no cover - idna comes with jsonschema[format-nongpl]
    idna = None

__all__ = ["OracleDifference", "DIFFERENCES", "VENDOR_FORMATS", "plain_checker", "Oracle", "observed"]

# ECMA-262 WhiteSpace and LineTerminator code points (ECMA-262 sections 12.2 and 12.3, Zs as of
# Unicode 15): what ``\s`` means in a JSON Schema pattern. Written out here, independently of
# specloom_runtime, as the content of a character class.
ECMA_SPACE_CLASS = "\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_SHORTHANDS = ("\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\b", "\\B")


def _tokens(pattern: str) -> Iterator[tuple[str, bool]]:
    """(token, inside a character class?) for each escape sequence or character of ``pattern``."""
    i, in_class = 0, False
    while i < len(pattern):
        token = pattern[i : i + 2] if pattern[i] == "\\" else pattern[i]
        i += len(token)
        yield token, in_class
        if token == "[" and not in_class:
            in_class = True
        elif token == "]" and in_class:
            in_class = False


def _rewrite(pattern: str, change: Callable[[str, bool], str]) -> str:
    out: list[str] = []
    tokens = list(_tokens(pattern))
    i = 0
    while i < len(tokens):
        token, in_class = tokens[i]
        if token == "[" and not in_class:  # a class is rewritten whole: \S may change its form
            end = next((j for j in range(i + 1, len(tokens)) if tokens[j] == ("]", True)), len(tokens))
            out.append(_class([t for t, _ in tokens[i + 1 : end]], change))
            i = end + 1
            continue
        out.append(change(token, in_class))
        i += 1
    return "".join(out)


_NOT_SPACE = "\x00not-space\x00"  # what _ecma_classes makes of \S inside a class


def _class(members: list[str], change: Callable[[str, bool], str]) -> str:
    r"""A class's tokens rewritten; one holding ECMA's \S, written with a lookahead (the runtime
    lists the whitespace instead): [X\S] is "one of X, or a character that is no whitespace",
    [^X\S] is "whitespace that is not one of X"."""
    negated = members[:1] == ["^"]
    parts = [change(t, True) for t in members[negated:]]
    if _NOT_SPACE not in parts:
        return "[" + "^" * negated + "".join(parts) + "]"
    x = "".join(p for p in parts if p != _NOT_SPACE)
    x = "\\" + x if x.startswith("^") else x
    space = f"[{ECMA_SPACE_CLASS}]"
    if negated:
        return f"(?:(?![{x}]){space})" if x else space
    return f"(?:[{x}]|(?!{space})[\\s\\S])" if x else f"(?:(?!{space})[\\s\\S])"


def _end_anchor(token: str, in_class: bool) -> str:
    return "\\Z" if token == "$" and not in_class else token


def _ecma_classes(token: str, in_class: bool) -> str:
    if token == "\\s":
        return ECMA_SPACE_CLASS if in_class else f"[{ECMA_SPACE_CLASS}]"
    if token == "\\S":
        return _NOT_SPACE if in_class else f"[^{ECMA_SPACE_CLASS}]"  # in a class: see _class
    return token  # \d \w \b and their negations: ASCII under re.ASCII, as in ECMA-262


# -- strings, RFC by RFC, for the format corrections (independent of specloom_runtime.wire.formats) ----

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_STRING = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*", re.ASCII)
_QUOTED = re.compile(r'"(?:[ !#-\[\]-~]|\\[ -~])*"', re.ASCII)
_LDH_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?", re.ASCII)


def _hostname(text: str) -> bool:
    """RFC 1123 host name; labels with "--" in positions 3-4 must be valid IDNA A-labels."""
    if not 0 < len(text) <= 253:
        return False
    for label in text.split("."):
        if not _LDH_LABEL.fullmatch(label):
            return False
        if label[2:4] == "--":
            if label[:2].lower() != "xn" or idna is None:
                return False
            try:
                idna.decode(label)
            except (idna.IDNAError, UnicodeError, ValueError):
                return False
    return True


def rfc5321_mailbox(text: str) -> bool:
    """RFC 5321 section 4.1.2 ``Mailbox`` (dot-string or quoted local part, domain or address
    literal), with the section 4.5.3.1 length limits (local part 64, address 320 octets)."""
    if len(text) > 320 or "@" not in text:
        return False
    local, _, domain = text.rpartition("@")
    if not 0 < len(local) <= 64 or not (_DOT_STRING.fullmatch(local) or _QUOTED.fullmatch(local)):
        return False
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        try:
            if literal[:5].lower() == "ipv6:":
                return literal[5:].isascii() and "%" not in literal and bool(ipaddress.IPv6Address(literal[5:]))
            return bool(re.fullmatch(r"[0-9.]+", literal, re.ASCII)) and bool(ipaddress.IPv4Address(literal))
        except ValueError:
            return False
    return _hostname(domain)


_RFC3339 = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))", re.ASCII)


def _leap_second(text: str, check: Callable[[str], bool]) -> bool:
    """RFC 3339 section 5.7: second 60 exists, at 23:59:60 UTC only (whatever the offset)."""
    m = _RFC3339.fullmatch(text)
    assert m is not None
    if not check(text[:17] + "59" + text[19:]):  # everything but the second must be valid
        return False
    minutes = int(m[4]) * 60 + int(m[5])
    if m[9]:
        minutes -= (1 if m[9] == "+" else -1) * (int(m[10]) * 60 + int(m[11]))
    return minutes % (24 * 60) == 23 * 60 + 59


# -- the list ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OracleDifference:
    """One known deviation of the oracle; see the module docstring."""

    name: str
    explanation: str
    keyword: str  # "pattern" or "format"
    formats: tuple[str, ...]  # for "format": the format names concerned
    applies: Callable[[str, str], bool]  # (pattern text or format name, checked string) -> in domain
    demo: tuple[Any, Any, bool, bool]  # (schema, instance, specloom's verdict, the oracle's verdict)
    control: tuple[Any, Any, bool]  # (schema, instance, the verdict both give): just outside the domain
    rewrite: Callable[[str, bool], str] | None = None  # patterns: the ECMA-262 reading of a token
    flags: int = 0  # patterns: re flags the ECMA-262 reading needs
    verdict: Callable[[str, Callable[[str], bool]], bool] | None = None  # formats: the right answer


DIFFERENCES: tuple[OracleDifference, ...] = (
    OracleDifference(
        name="pattern-end-anchor",
        explanation=(
            "JSON Schema patterns are ECMA-262 regular expressions (2020-12 section 6.4), where `$` "
            "(without the m flag) matches at the end of the input only. jsonschema hands patterns to "
            "Python's re, where `$` also matches just before a final newline, so it accepts "
            "'abc\\n' for ^[a-z]+$. specloom translates `$` to \\Z."
        ),
        keyword="pattern",
        formats=(),
        applies=lambda pattern, s: s.endswith("\n") and any(t == "$" and not c for t, c in _tokens(pattern)),
        rewrite=_end_anchor,
        demo=({"type": "string", "pattern": "^[0-9]{3}$"}, "201\n", False, True),
        control=({"type": "string", "pattern": "^[0-9]{3}$"}, "201 ", False),
    ),
    OracleDifference(
        name="pattern-shorthand-classes",
        explanation=(
            "In ECMA-262, \\d, \\w and \\b are ASCII-only and \\s is the ECMA WhiteSpace and "
            "LineTerminator set. jsonschema uses Python's re without re.ASCII: \\d and \\w accept "
            "other scripts' digits and letters, and \\s includes U+001C-U+001F and U+0085 but not "
            "U+FEFF. Only strings with such characters are concerned."
        ),
        keyword="pattern",
        formats=(),
        applies=lambda pattern, s: any(t in _SHORTHANDS for t, _ in _tokens(pattern))
        and any(ord(ch) > 0x7F or 0x1C <= ord(ch) <= 0x1F for ch in s),
        rewrite=_ecma_classes,
        flags=re.ASCII,
        demo=({"type": "string", "pattern": "^[^,\\s]+$"}, "a\x1fb", True, False),
        control=({"type": "string", "pattern": "^[^,\\s]+$"}, "a b", False),
    ),
    OracleDifference(
        name="email-lax",
        explanation=(
            "jsonschema's email check is only `'@' in s` (a deliberate simplification of its own), "
            "so it accepts '@', 'a@', 'a@b@c' or 'a b@c.d'. 2020-12 section 7.3.2 means RFC 5321 "
            "mailboxes, which specloom checks. Concerned: strings with an '@' that are not "
            "RFC 5321 mailboxes (decided by rfc5321_mailbox above, written for this test)."
        ),
        keyword="format",
        formats=("email",),
        applies=lambda _fmt, s: "@" in s and not rfc5321_mailbox(s),
        verdict=lambda _s, _check: False,
        demo=({"type": "string", "format": "email"}, "anna@", False, True),
        control=({"type": "string", "format": "email"}, "anna@example.com", True),
    ),
    OracleDifference(
        name="date-time-final-newline",
        explanation=(
            "jsonschema checks date-time with rfc3339-validator, whose regular expression ends with "
            "`$` and uses re.match, so a final newline passes: '2019-02-04T23:29:37Z\\n'. RFC 3339 "
            "has no newline in a date-time; specloom refuses it."
        ),
        keyword="format",
        formats=("date-time",),
        applies=lambda _fmt, s: s.endswith("\n"),
        verdict=lambda _s, _check: False,
        demo=({"format": "date-time"}, "2019-02-04T23:29:37.406-05:00\n", False, True),
        control=({"format": "date-time"}, "2019-02-04T23:29:37.406-05:00 ", False),
    ),
    OracleDifference(
        name="date-time-leap-second",
        explanation=(
            "rfc3339-validator refuses every second 60 ('Leap seconds are not supported'). RFC 3339 "
            "section 5.7 allows 60 for a leap second, which happens at 23:59:60 UTC: specloom accepts "
            "second 60 exactly when the time, moved to UTC by its offset, is 23:59."
        ),
        keyword="format",
        formats=("date-time",),
        applies=lambda _fmt, s: (m := _RFC3339.fullmatch(s)) is not None and m[6] == "60",
        verdict=_leap_second,
        demo=({"format": "date-time"}, "2016-12-31T23:59:60Z", True, False),
        control=({"format": "date-time"}, "2016-12-31T22:59:60Z", False),
    ),
    OracleDifference(
        name="date-year-zero",
        explanation=(
            "RFC 3339 years are any four digits, 0000 included (date-fullyear = 4DIGIT). jsonschema "
            "refuses year 0000: date goes through datetime.date.fromisoformat (years 1-9999) and "
            "rfc3339-validator rejects it explicitly. Year 0000 is a leap year in the proleptic "
            "Gregorian calendar, so the right verdict is the oracle's for the same text in 2000."
        ),
        keyword="format",
        formats=("date", "date-time"),
        applies=lambda _fmt, s: s.startswith("0000-"),
        verdict=lambda s, check: check("2000" + s[4:]),
        demo=({"format": "date"}, "0000-02-29", True, False),
        control=({"format": "date"}, "0000-02-30", False),
    ),
    OracleDifference(
        name="time-final-newline",
        explanation=(
            "jsonschema checks time by handing '1970-01-01T' + the string to rfc3339-validator, so "
            "the final newline of date-time-final-newline passes here too: '08:30:06Z\\n'. RFC 3339 "
            "has no newline in a full-time; specloom refuses it."
        ),
        keyword="format",
        formats=("time",),
        applies=lambda _fmt, s: s.endswith("\n"),
        verdict=lambda _s, _check: False,
        demo=({"format": "time"}, "08:30:06Z\n", False, True),
        control=({"format": "time"}, "08:30:06Z ", False),
    ),
    OracleDifference(
        name="hostname-final-dot",
        explanation=(
            "jsonschema's hostname check (fqdn) accepts a final dot, the DNS root: 'example.com.'. "
            "A 2020-12 hostname is an RFC 1123 host name, whose labels are separated by dots, none "
            "empty; the JSON-Schema-Test-Suite (optional/format/hostname.json, 'trailing dot') "
            "says invalid, and so does specloom."
        ),
        keyword="format",
        formats=("hostname",),
        applies=lambda _fmt, s: s.endswith("."),
        verdict=lambda _s, _check: False,
        demo=({"format": "hostname"}, "example.com.", False, True),
        control=({"format": "hostname"}, "example.com", True),
    ),
)

# specloom's documented bound on a ``regex`` value (README, "Validating payloads"); written here,
# not imported, so a change of the bound shows up as a failing demo.
REGEX_MAX_LENGTH = 1000
DIFFERENCES += (
    OracleDifference(
        name="regex-length-cap",
        explanation=(
            "specloom checks `format: regex` on strings of at most 1000 characters and reports a "
            "longer one invalid without compiling it: compiling is superlinear in the pattern, and an "
            "unbounded value was a denial of service (a 4 MB string took 18.7 s). jsonschema compiles "
            "any length. 2020-12 sets no bound; this one is specloom's deliberate limit."
        ),
        keyword="format",
        formats=("regex",),
        applies=lambda _fmt, s: len(s) > REGEX_MAX_LENGTH,
        verdict=lambda _s, _check: False,
        demo=({"format": "regex"}, "a" * (REGEX_MAX_LENGTH + 1), False, True),
        control=({"format": "regex"}, "a" * REGEX_MAX_LENGTH, True),
    ),
)

# -- vendor formats (the x-specloom named date formats), written for the oracle ------------------

# name -> (full-match shape, strptime format); independent of specloom_runtime.wire.dates.
VENDOR_FORMATS: dict[str, tuple[str, str]] = {
    "dd/mm/yyyy": (r"[0-9]{2}/[0-9]{2}/[0-9]{4}", "%d/%m/%Y"),
    "dd-mm-yyyy": (r"[0-9]{2}-[0-9]{2}-[0-9]{4}", "%d-%m-%Y"),
    "ddmmyyyy": (r"[0-9]{8}", "%d%m%Y"),
    "d/m/yy": (r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}", "%d/%m/%y"),
    "d-m-yy": (r"[0-9]{1,2}-[0-9]{1,2}-[0-9]{2}", "%d-%m-%y"),
    "yyyy/mm/dd": (r"[0-9]{4}/[0-9]{2}/[0-9]{2}", "%Y/%m/%d"),
    "mm/dd/yyyy": (r"[0-9]{2}/[0-9]{2}/[0-9]{4}", "%m/%d/%Y"),
    "mm/dd/yyyy hh:mm:ss": (r"[0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}", "%m/%d/%Y %H:%M:%S"),
    "yyyy.mm.dd hh:mm:ss": (r"[0-9]{4}\.[0-9]{2}\.[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}", "%Y.%m.%d %H:%M:%S"),
}


def _vendor_check(shape: str, strftime: str) -> Callable[[object], bool]:
    compiled = re.compile(shape, re.ASCII)

    def check(instance: object) -> bool:
        if not isinstance(instance, str):
            return True
        if not compiled.fullmatch(instance):
            return False
        try:
            datetime.datetime.strptime(instance, strftime)  # noqa: DTZ007 - a calendar check only
        except ValueError:
            return False
        return True

    return check


def plain_checker() -> FormatChecker:
    """A copy of the 2020-12 format checker plus the vendor formats: the plain oracle's."""
    checker = FormatChecker(formats=())
    checker.checkers = dict(Draft202012Validator.FORMAT_CHECKER.checkers)
    for name, (shape, strftime) in VENDOR_FORMATS.items():
        checker.checks(name)(_vendor_check(shape, strftime))
    return checker


_PLAIN = plain_checker()
_OBSERVED: set[str] = set()  # differences that changed a verdict during the last corrected run


def observed() -> set[str]:
    """Names of the differences that changed an answer in the last ``Oracle.judge`` call."""
    return set(_OBSERVED)


def _corrected_format(name: str) -> Callable[[object], bool]:
    concerned = [d for d in DIFFERENCES if d.keyword == "format" and name in d.formats]

    def check(instance: object) -> bool:
        if not isinstance(instance, str):
            return True
        for d in concerned:
            if d.applies(name, instance):
                assert d.verdict is not None
                answer = d.verdict(instance, check)
                if answer != _PLAIN.conforms(instance, name):
                    _OBSERVED.add(d.name)
                return answer
        conforms: bool = _PLAIN.conforms(instance, name)  # jsonschema is untyped
        return conforms

    return check


def _corrected_checker() -> FormatChecker:
    checker = plain_checker()
    for name in {f for d in DIFFERENCES for f in d.formats}:
        checker.checks(name)(_corrected_format(name))
    return checker


def _corrected_search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    translated, extra = pattern, 0
    concerned = [d for d in DIFFERENCES if d.keyword == "pattern" and d.applies(pattern, string)]
    for d in concerned:
        assert d.rewrite is not None
        translated = _rewrite(translated, d.rewrite)
        extra |= d.flags
    answer = re.search(translated, string, flags | extra)
    if concerned and (answer is None) != (re.search(pattern, string, flags) is None):
        _OBSERVED.update(d.name for d in concerned)
    return answer


_RE_SHIM = types.SimpleNamespace(**{name: getattr(re, name) for name in dir(re) if not name.startswith("__")})
_RE_SHIM.search = _corrected_search


@contextmanager
def _corrected_patterns() -> Iterator[None]:
    """Point jsonschema's keyword implementations at ``_corrected_search`` for a while."""
    modules = (jsonschema._keywords, jsonschema._utils)
    saved = [m.re for m in modules]
    for m in modules:
        m.re = _RE_SHIM
    try:
        yield
    finally:
        for m, original in zip(modules, saved, strict=True):
            m.re = original


_CORRECTED = _corrected_checker()


class Oracle:
    """``jsonschema`` for one schema: the plain verdict and the corrected one."""

    def __init__(self, schema: Any, registry: Any = None) -> None:
        kwargs = {} if registry is None else {"registry": registry}
        self.plain = Draft202012Validator(schema, format_checker=_PLAIN, **kwargs)
        self.corrected = Draft202012Validator(schema, format_checker=_CORRECTED, **kwargs)

    def judge(self, instance: Any) -> tuple[bool, bool]:
        """(plain jsonschema's verdict, the verdict with DIFFERENCES applied); see ``observed``."""
        plain = self.plain.is_valid(instance)
        _OBSERVED.clear()
        with _corrected_patterns():
            corrected = self.corrected.is_valid(instance)
        return plain, corrected
