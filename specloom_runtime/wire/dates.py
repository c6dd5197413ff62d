"""Named wire formats for dates and times: ``"dd/mm/yyyy"`` <-> ``datetime.date`` and friends.

Input: a format name used as a JSON-Schema ``format`` value in a spec, and a wire string or a
``date``/``datetime``. Output: the parsed value, or the wire string. Vendors disagree on date
formats; the specs name the one each field uses, and this table is the single place that knows how
to read and write each name. Parsing is strict (``fullmatch`` of the shape, then a calendar check)
so ``"1/2/2024"`` is not accepted where ``dd/mm/yyyy`` is declared.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

__all__ = ["NamedFormat", "NAMED_DATE_FORMATS", "parse_named", "format_named", "is_named_valid"]


# The strptime directives a named format is read with directly: each one's digits as a named
# group, as many as strptime's own pattern takes (the format's shape has fixed the count already)
_FIELDS = {
    "d": r"(?P<d>\d{1,2})",
    "m": r"(?P<m>\d{1,2})",
    "Y": r"(?P<Y>\d{4})",
    "y": r"(?P<y>\d{2})",
    "H": r"(?P<H>\d{1,2})",
    "M": r"(?P<M>\d{1,2})",
    "S": r"(?P<S>\d{1,2})",
}
_DIRECTIVE = re.compile(r"%(.)")


@cache  # compiled on first use: importing a client compiles none
def _fields_of(strftime: str) -> re.Pattern[str] | None:
    """A pattern reading ``strftime``'s fields by name; None when it uses other directives."""
    pieces = _DIRECTIVE.split(strftime)
    literals, directives = pieces[::2], pieces[1::2]
    if not all(d in _FIELDS for d in directives) or len(set(directives)) < len(directives):
        return None
    out = [re.escape(literals[0])]
    for directive, literal in zip(directives, literals[1:], strict=True):
        out += [_FIELDS[directive], re.escape(literal)]
    return re.compile("".join(out), re.ASCII)


@dataclass(frozen=True, slots=True)
class NamedFormat:
    """One wire format: its name, the Python type it maps to, its shape and strftime pattern."""

    name: str
    kind: Literal["date", "datetime"]
    shape: re.Pattern[str]
    strftime: str

    def parse(self, text: str) -> _dt.date | _dt.datetime:
        """Return the date/datetime that ``text`` denotes; ``ValueError`` when it does not fit.

        Read as ``datetime.strptime(text, strftime)`` reads it: a valid date is built directly
        from the digits (strptime costs ~4 us, most of a format check), anything else is left
        to strptime, so its errors are strptime's.
        """
        if not isinstance(text, str) or not self.shape.fullmatch(text):
            raise ValueError(f"{text!r} is not in the {self.name!r} format")
        fields = _fields_of(self.strftime)
        found = fields.fullmatch(text) if fields is not None else None
        if found is not None:
            value = _direct(found.groupdict(), self.kind)
            if value is not None:
                return value
        value = _dt.datetime.strptime(text, self.strftime)
        return value if self.kind == "datetime" else value.date()

    def format(self, value: _dt.date | _dt.datetime) -> str:
        """Write ``value`` in this format (a ``datetime`` given for a date format keeps its date)."""
        if self.kind == "datetime" and not isinstance(value, _dt.datetime):
            raise TypeError(f"the {self.name!r} format needs a datetime, not {type(value).__name__}")
        return value.strftime(self.strftime)

    def is_valid(self, text: object) -> bool:
        """True when ``text`` is a string in this format naming a real calendar date."""
        if not isinstance(text, str):
            return True  # formats apply to strings only (JSON Schema 2020-12, 7.1)
        try:
            self.parse(text)
        except ValueError:
            return False
        return True


def _direct(digits: dict[str, str], kind: str) -> _dt.date | None:
    """The date or datetime of strptime's fields, None when they name none (strptime says why)."""
    if "Y" in digits:
        year = int(digits["Y"])
    else:  # POSIX, as strptime: 69-99 are 1969-1999, 00-68 are 2000-2068
        year = int(digits["y"])
        year += 1900 if year >= 69 else 2000
    try:
        if kind == "date":
            return _dt.date(year, int(digits["m"]), int(digits["d"]))
        return _dt.datetime(
            year,
            int(digits["m"]),
            int(digits["d"]),
            int(digits.get("H", 0)),
            int(digits.get("M", 0)),
            int(digits.get("S", 0)),
        )
    except ValueError:
        return None


def _fmt(name: str, kind: Literal["date", "datetime"], shape: str, strftime: str) -> NamedFormat:
    return NamedFormat(name, kind, re.compile(shape, re.ASCII), strftime)


# Two-digit years (``yy``) follow strptime's POSIX rule: 69-99 -> 1969-1999, 00-68 -> 2000-2068.
NAMED_DATE_FORMATS: dict[str, NamedFormat] = {
    f.name: f
    for f in (
        _fmt("dd/mm/yyyy", "date", r"\d{2}/\d{2}/\d{4}", "%d/%m/%Y"),
        _fmt("dd-mm-yyyy", "date", r"\d{2}-\d{2}-\d{4}", "%d-%m-%Y"),
        _fmt("ddmmyyyy", "date", r"\d{8}", "%d%m%Y"),
        _fmt("d/m/yy", "date", r"\d{1,2}/\d{1,2}/\d{2}", "%d/%m/%y"),
        _fmt("d-m-yy", "date", r"\d{1,2}-\d{1,2}-\d{2}", "%d-%m-%y"),
        _fmt("yyyy/mm/dd", "date", r"\d{4}/\d{2}/\d{2}", "%Y/%m/%d"),
        _fmt("mm/dd/yyyy", "date", r"\d{2}/\d{2}/\d{4}", "%m/%d/%Y"),
        _fmt("mm/dd/yyyy hh:mm:ss", "datetime", r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}", "%m/%d/%Y %H:%M:%S"),
        _fmt("yyyy.mm.dd hh:mm:ss", "datetime", r"\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2}", "%Y.%m.%d %H:%M:%S"),
    )
}


def parse_named(name: str, text: str) -> _dt.date | _dt.datetime:
    """Parse ``text`` in the named format (``KeyError`` for an unknown name)."""
    return NAMED_DATE_FORMATS[name].parse(text)


def format_named(name: str, value: _dt.date | _dt.datetime) -> str:
    """Write ``value`` in the named format (``KeyError`` for an unknown name)."""
    return NAMED_DATE_FORMATS[name].format(value)


def is_named_valid(name: str, text: object) -> bool:
    """True when ``text`` fits the named format (non-strings pass, as for every format)."""
    return NAMED_DATE_FORMATS[name].is_valid(text)
