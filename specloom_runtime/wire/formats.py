"""Format checkers for JSON Schema's ``format`` keyword: ``FORMAT_CHECKERS[name](value) -> bool``.

Input: any instance value. Output: False only for a *string* that does not fit the format;
non-strings always pass (JSON Schema 2020-12 section 7.1: formats apply to strings only).

Generated validators bind these checkers once at import and call them only when a schema asserts
formats (and generated clients import their validators on the first call that validates, so this
module's regexes are compiled then, not when a client is imported; the two URI grammars, the
costliest, only when a ``uri``/``uri-reference`` value is first checked). Every checker is
linear in the string, and most cap lengths early, so a 10 MB hostile string costs one ``len``
(the URI, IRI, pointer and template grammars read it: about 0.1-0.4 us a character).
Grammars follow the RFCs the 2020-12 spec cites: RFC 3339 (date, time, date-time, with its
leap-second rule), RFC 5321 mailbox (email, incl. quoted local parts and
address literals), RFC 1123 / RFC 5890 (hostname; A-labels are checked with the ``idna`` package
when it is installed, else only their LDH shape), RFC 3986 (uri, uri-reference), RFC 3987 (iri,
iri-reference), RFC 5890-5893 (idn-hostname, through ``idna``), RFC 6531 (idn-email), RFC 4122
(uuid); ``specloom_runtime.wire.formats_more`` has duration, json-pointer,
relative-json-pointer and uri-template.
``regex`` means "an ECMA-262 pattern we can translate" (see ``specloom_runtime.wire.patterns.translate_pattern``)
of at most ``REGEX_MAX_LENGTH`` characters.
The vendor date formats named in ``specloom_runtime.wire.dates`` are included under their names.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from functools import cache, partial
from typing import Any

from specloom_runtime.wire.dates import NAMED_DATE_FORMATS, is_named_valid
from specloom_runtime.wire.formats_more import MORE_CHECKERS
from specloom_runtime.wire.patterns import translate_pattern as translate


@cache
def _idna() -> Any:
    """The ``idna`` package (IDNA 2008 rules for "xn--" labels), or None: optional (a dependency
    of httpx in practice), and imported at the first such label, not with this module (its
    tables cost a few milliseconds of every generator run)."""
    try:
        import idna
    except ImportError:  # pragma: no cover - exercised only without idna installed
        return None
    return idna


__all__ = ["FORMAT_CHECKERS", "FORMAT_NOTES", "REGEX_MAX_LENGTH"]

_A = re.ASCII

# -- dates and times (RFC 3339 section 5.6) ---------------------------------------------------

# The regexes check every field's range (month 01-12, day 01-31, hour 00-23, minute 00-59,
# second 00-60, offset up to 23:59), so a match needs Python only for a day past the 28th
# (is it in that month? Feb 29: a leap year?) and for a leap second (is it 23:59:60 UTC?).
_DATE_RE = r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
_TIME_RE = (
    r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(?:\.\d+)?"
    r"(?:[zZ]|([+-])([01]\d|2[0-3]):([0-5]\d))"
)
_DATE = re.compile(_DATE_RE + r"\Z", _A)
_TIME = re.compile(_TIME_RE + r"\Z", _A)
_DATE_TIME = re.compile(_DATE_RE + "[tT]" + _TIME_RE + r"\Z", _A)  # one match, not two slices
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS = {f"{month:02d}": f"{days:02d}" for month, days in enumerate(_MONTH_DAYS, 1)}


def _late_day_ok(year: str, month: str, day: str) -> bool:
    """A day past the 28th (two digits, compared as text): in the month, Feb 29 in leap years."""
    if day > _DAYS[month]:
        return False
    if month == "02":  # the 29th
        y = int(year)
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return True


def _leap_second_ok(
    hour: str, minute: str, sign: str | None, off_hour: str | None, off_minute: str | None
) -> bool:
    """A leap second happens at 23:59:60 UTC only."""
    off = int(off_hour) * 60 + int(off_minute) if off_hour and off_minute else 0
    direction = -1 if sign == "+" else 1
    utc = (int(hour) * 60 + int(minute) + direction * off) % (24 * 60)
    return utc == 23 * 60 + 59


def _date_ok(text: str) -> bool:
    m = _DATE.match(text)
    return m is not None and (m[3] < "29" or _late_day_ok(m[1], m[2], m[3]))


def _time_ok(text: str) -> bool:
    m = _TIME.match(text)
    return m is not None and (m[3] != "60" or _leap_second_ok(m[1], m[2], m[4], m[5], m[6]))


def _is_date(value: object) -> bool:
    return type(value) is not str or (len(value) == 10 and _date_ok(value))


def _is_time(value: object) -> bool:
    return type(value) is not str or (len(value) < 64 and _time_ok(value))


def _is_date_time(value: object) -> bool:
    if type(value) is not str:
        return True
    if len(value) > 80 or len(value) < 20:
        return False
    m = _DATE_TIME.match(value)
    return (
        m is not None
        and (m[3] < "29" or _late_day_ok(m[1], m[2], m[3]))
        and (m[6] != "60" or _leap_second_ok(m[4], m[5], m[7], m[8], m[9]))
    )


# -- hosts and addresses -----------------------------------------------------------------------

_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z", _A)
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\Z", _A)


def _is_hostname(value: object) -> bool:
    if type(value) is not str:
        return True
    if not value or len(value) > 253:
        return False
    for label in value.split("."):
        if not _LABEL.match(label):
            return False
        if label[2:4] == "--":
            if label[:2].lower() != "xn":
                return False  # RFC 5891 4.2.3.1: "--" in positions 3-4 is reserved for A-labels
            idna = _idna()
            if idna is not None:
                try:
                    idna.decode(label)
                except (idna.IDNAError, UnicodeError, ValueError):
                    return False
    return True


def _is_ipv4(value: object) -> bool:
    return type(value) is not str or (len(value) <= 15 and _IPV4.match(value) is not None)


def _ipv6_ok(text: str) -> bool:
    if len(text) > 45 or not text.isascii() or "%" in text:  # no zone ids, no exotic digits
        return False
    tail = text.rsplit(":", 1)[-1]
    if "." in tail and not _IPV4.match(tail):
        return False  # embedded IPv4 must be dotted-quad without leading zeros
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def _is_ipv6(value: object) -> bool:
    return type(value) is not str or _ipv6_ok(value)


# RFC 5321 4.1.2 Local-part: Dot-string / Quoted-string; 4.1.3 address literals.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf'(?:{_ATOM}(?:\.{_ATOM})*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")\Z', _A)


# The common shape, decided by one regex: a dot-atom, then LDH labels without "--" in positions
# 3-4 (so no A-label needs decoding); the local part at most 64 characters, the whole address at
# most 253 (so the domain is within its limit too). Everything it accepts, _email_ok accepts
# (tests/validation/test_formats_fast.py); whatever it does not match goes to _email_ok.
_LDH = r"(?![A-Za-z0-9-]{2}--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL_COMMON = re.compile(rf"(?=[^@]{{1,64}}@){_ATOM}(?:\.{_ATOM})*@{_LDH}(?:\.{_LDH})*\Z", _A)


def _is_email(value: object) -> bool:
    if type(value) is not str:
        return True
    if len(value) <= 253 and _EMAIL_COMMON.match(value) is not None:
        return True
    return _email_ok(value)


def _email_ok(value: str) -> bool:
    if len(value) > 320 or "@" not in value:
        return False
    local, _, domain = value.rpartition("@")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        return False
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        if literal[:5].lower() == "ipv6:":
            return _ipv6_ok(literal[5:])
        return _IPV4.match(literal) is not None
    return _is_hostname(domain)


# -- internationalized hosts and e-mail (RFC 5890-5893, RFC 6531) -----------------------------

_DOTS = re.compile("[.\u3002\uff0e\uff61]")  # the label separators IDNA reads (RFC 3490 3.1)
# RFC 6531 3.3: a local part's atoms (and quoted text) may hold any UTF-8 beyond ASCII, C1
# controls included; ASCII keeps RFC 5321's atext.
_UTF8_ATOM = r"(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\x00-\x7f])+"
_UTF8_LOCAL = re.compile(
    rf'(?:{_UTF8_ATOM}(?:\.{_UTF8_ATOM})*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|[^\x00-\x7f]|\\[\x20-\x7e])*")\Z'
)


def _idn_hostname_ok(text: str) -> bool:
    if text.isascii():
        return _is_hostname(text)
    # Punycode writes at least one character per character, so a longer name is too long.
    if len(text) > 253 or _DOTS.match(text[-1]):
        return False
    idna = _idna()
    if idna is None:  # pragma: no cover - without idna only the ASCII labels are judged
        return all(not label.isascii() or _LABEL.match(label) for label in _DOTS.split(text))
    try:
        encoded = idna.encode(text)  # IDNA 2008: code points, contextual rules, bidi per label
    except (idna.IDNAError, UnicodeError, ValueError):
        return False
    return len(encoded) <= 253


def _is_idn_hostname(value: object) -> bool:
    return type(value) is not str or _idn_hostname_ok(value)


def _is_idn_email(value: object) -> bool:
    if type(value) is not str:
        return True
    if value.isascii():
        return _is_email(value)
    if len(value) > 1000 or "@" not in value:
        return False
    local, _, domain = value.rpartition("@")
    if not local or len(local.encode()) > 64 or not _UTF8_LOCAL.match(local):
        return False
    if domain.isascii():
        return _email_ok("a@" + domain)
    # RFC 6531 leaves normalization to the sender (the suite's "user@cafe\u0301.com" is valid);
    # IDNA 2008 refuses a label not in NFC, so the domain is read as NFC.
    return _idn_hostname_ok(unicodedata.normalize("NFC", domain))


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z", _A)


def _is_uuid(value: object) -> bool:
    return type(value) is not str or (len(value) == 36 and _UUID.match(value) is not None)


# -- URIs (RFC 3986 appendix A) -----------------------------------------------------------------

_PCT = r"%[0-9A-Fa-f]{2}"
_UNRES_SUB = r"A-Za-z0-9\-._~!$&'()*+,;="
_DEC = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_V4 = rf"{_DEC}\.{_DEC}\.{_DEC}\.{_DEC}"
_H16 = r"[0-9A-Fa-f]{1,4}"
_LS32 = rf"(?:{_H16}:{_H16}|{_V4})"
_V6 = (
    rf"(?:(?:{_H16}:){{6}}{_LS32}|::(?:{_H16}:){{5}}{_LS32}|(?:{_H16})?::(?:{_H16}:){{4}}{_LS32}"
    rf"|(?:(?:{_H16}:){{0,1}}{_H16})?::(?:{_H16}:){{3}}{_LS32}"
    rf"|(?:(?:{_H16}:){{0,2}}{_H16})?::(?:{_H16}:){{2}}{_LS32}"
    rf"|(?:(?:{_H16}:){{0,3}}{_H16})?::{_H16}:{_LS32}|(?:(?:{_H16}:){{0,4}}{_H16})?::{_LS32}"
    rf"|(?:(?:{_H16}:){{0,5}}{_H16})?::{_H16}|(?:(?:{_H16}:){{0,6}}{_H16})?::)"
)
_IP_LITERAL = rf"\[(?:{_V6}|[vV][0-9A-Fa-f]+\.[{_UNRES_SUB}:]+)\]"
# RFC 3987: an IRI is a URI whose unreserved characters include ``ucschar`` (and whose query
# also ``iprivate``); everything else, the IP literals included, is the same grammar.
_UCSCHAR = (
    "\xa0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    + "".join(f"{chr(plane << 16)}-{chr(plane << 16 | 0xFFFD)}" for plane in range(1, 14))
    + "\U000e1000-\U000efffd"
)
_IPRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"


def _grammar(extra: str, private: str) -> tuple[str, str]:
    """The absolute and relative reference grammars, with ``extra`` unreserved characters."""
    unres = _UNRES_SUB + extra
    pchar = rf"(?:[{unres}:@]|{_PCT})"
    authority = rf"(?:(?:[{unres}:]|{_PCT})*@)?(?:{_IP_LITERAL}|(?:[{unres}]|{_PCT})*)(?::\d*)?"
    query = rf"(?:\?(?:{pchar}|[/?{private}])*)?" if private else rf"(?:\?(?:{pchar}|[/?])*)?"
    tail = rf"{query}(?:\#(?:{pchar}|[/?])*)?"
    hier = rf"(?://{authority}(?:/{pchar}*)*|/(?:{pchar}+(?:/{pchar}*)*)?|{pchar}+(?:/{pchar}*)*|)"
    noscheme = rf"(?:[{unres}@]|{_PCT})+"
    relative = rf"(?://{authority}(?:/{pchar}*)*|/(?:{pchar}+(?:/{pchar}*)*)?|{noscheme}(?:/{pchar}*)*|)"
    return rf"[A-Za-z][A-Za-z0-9+\-.]*:{hier}{tail}\Z", rf"{relative}{tail}\Z"


# The URI grammars are the costliest regexes here to compile and the least used formats: each is
# compiled on first use.
@cache
def _uri() -> re.Pattern[str]:
    return re.compile(_grammar("", "")[0], _A)


@cache
def _relative_ref() -> re.Pattern[str]:
    return re.compile(_grammar("", "")[1], _A)


@cache
def _iri() -> tuple[re.Pattern[str], re.Pattern[str]]:
    absolute, relative = _grammar(_UCSCHAR, _IPRIVATE)
    return re.compile(absolute, _A), re.compile(relative, _A)


def _is_uri(value: object) -> bool:
    return type(value) is not str or _uri().match(value) is not None


def _is_uri_reference(value: object) -> bool:
    if type(value) is not str:
        return True
    return _uri().match(value) is not None or _relative_ref().match(value) is not None


def _is_iri(value: object) -> bool:
    return type(value) is not str or _iri()[0].match(value) is not None


def _is_iri_reference(value: object) -> bool:
    if type(value) is not str:
        return True
    absolute, relative = _iri()
    return absolute.match(value) is not None or relative.match(value) is not None


# A ``regex`` value longer than this is invalid without being compiled: compiling costs about
# 0.1 ms per character for classes ("." and "\s" become classes), so an unbounded value was a
# denial of service (4 MB: 18.7 s). Patterns people write are far shorter.
REGEX_MAX_LENGTH = 1000


def _is_regex(value: object) -> bool:
    if type(value) is not str:
        return True
    if len(value) > REGEX_MAX_LENGTH:
        return False
    try:
        re.compile(translate(value), re.ASCII)
    except (re.error, ValueError, RecursionError):  # deep nesting exhausts re's parser
        return False
    return True


FORMAT_CHECKERS: dict[str, Callable[[object], bool]] = {
    "date": _is_date,
    "time": _is_time,
    "date-time": _is_date_time,
    "email": _is_email,
    "hostname": _is_hostname,
    "ipv4": _is_ipv4,
    "ipv6": _is_ipv6,
    "uri": _is_uri,
    "uri-reference": _is_uri_reference,
    "uuid": _is_uuid,
    "regex": _is_regex,
    "iri": _is_iri,
    "iri-reference": _is_iri_reference,
    "idn-hostname": _is_idn_hostname,
    "idn-email": _is_idn_email,
    **MORE_CHECKERS,
    **{name: partial(is_named_valid, name) for name in NAMED_DATE_FORMATS},
}

# What a failed check means beyond "not a valid <format>", for the violation's message.
FORMAT_NOTES: dict[str, str] = {
    "regex": f" (an ECMA-262 pattern of at most {REGEX_MAX_LENGTH} characters that Python's re can run)",
}
