"""The less common formats 2020-12 names that a regular expression decides: durations, JSON pointers, URI templates.

Input: any instance value. Output: False only for a *string* that does not fit the format, as in
``specloom_runtime.wire.formats`` (whose ``FORMAT_CHECKERS`` includes these, beside ``idn-hostname`` and
``idn-email``, which live there with the hosts). Why here: they are
what ``jsonschema`` checks (with its format extras) beyond the common formats, and a validator
that ignored them passed values the spec's own oracle refuses (a ``uri-template`` of ``"{"``).
Grammars: RFC 3339 appendix A (duration: no fractions, no weeks beside other units, no skipped
unit between years and days or hours and seconds), RFC 6901 (json-pointer), the relative JSON
pointer draft 2020-12 cites (a non-negative integer, then ``#`` or a pointer), and RFC 6570 level 4
(uri-template). Each regex is linear in the string (no nested repetition can backtrack: every
alternative starts with a distinct character or ends the repetition).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["MORE_CHECKERS"]

_A = re.ASCII

_D = "[0-9]+"
_TIME = rf"T(?:{_D}H(?:{_D}M(?:{_D}S)?)?|{_D}M(?:{_D}S)?|{_D}S)"
_DATE = rf"(?:{_D}D|{_D}M(?:{_D}D)?|{_D}Y(?:{_D}M(?:{_D}D)?)?)"
_DURATION = re.compile(rf"P(?:{_DATE}(?:{_TIME})?|{_TIME}|{_D}W)\Z", _A)

_POINTER = r"(?:/(?:[^~/]|~[01])*)*"
_JSON_POINTER = re.compile(_POINTER + r"\Z", re.DOTALL)
_RELATIVE_POINTER = re.compile(rf"(?:0|[1-9][0-9]*)(?:#|{_POINTER})\Z", re.DOTALL)

# RFC 6570 section 2: literals are any character but controls, space, '"', "%" (outside a
# pct-encoded triplet), "<", ">", "\\", "^", "`", "{", "|" and "}".
_PCT = "%[0-9A-Fa-f]{2}"
_LITERAL = rf"(?:[^\x00-\x20\x7f\"%<>\\^`{{|}}]|{_PCT})"
_VARCHAR = rf"(?:[A-Za-z0-9_]|{_PCT})"
_VARSPEC = rf"{_VARCHAR}(?:\.?{_VARCHAR})*(?::[1-9][0-9]{{0,3}}|\*)?"
_EXPRESSION = rf"\{{[+#./;?&=,!@|]?{_VARSPEC}(?:,{_VARSPEC})*\}}"
_URI_TEMPLATE = re.compile(rf"(?:{_LITERAL}|{_EXPRESSION})*\Z", re.DOTALL)


def _is_duration(value: object) -> bool:
    return type(value) is not str or _DURATION.match(value) is not None


def _is_json_pointer(value: object) -> bool:
    return type(value) is not str or _JSON_POINTER.match(value) is not None


def _is_relative_json_pointer(value: object) -> bool:
    return type(value) is not str or _RELATIVE_POINTER.match(value) is not None


def _is_uri_template(value: object) -> bool:
    return type(value) is not str or _URI_TEMPLATE.match(value) is not None


MORE_CHECKERS: dict[str, Callable[[object], bool]] = {
    "duration": _is_duration,
    "json-pointer": _is_json_pointer,
    "relative-json-pointer": _is_relative_json_pointer,
    "uri-template": _is_uri_template,
}
