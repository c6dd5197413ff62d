"""The oracle's format checkers: draft 2020-12's, plus the vendors' named date formats.

Input: nothing but the table below, which restates the named formats as ``specs/README.md``
defines them (a shape and a ``strptime`` pattern each). Output: ``format_checker()``, the
``jsonschema.FormatChecker`` the spec oracle validates with. Deliberately independent of the
runtime's own date code (``specloom_runtime.wire.dates``), so the property suites judge it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from jsonschema import Draft202012Validator, FormatChecker

__all__ = ["NAMED_FORMATS", "format_checker"]

# name -> (shape, strptime pattern): the named formats as specs/README.md defines them
NAMED_FORMATS = {
    "dd/mm/yyyy": (r"\d{2}/\d{2}/\d{4}", "%d/%m/%Y"),
    "dd-mm-yyyy": (r"\d{2}-\d{2}-\d{4}", "%d-%m-%Y"),
    "ddmmyyyy": (r"\d{8}", "%d%m%Y"),
    "d/m/yy": (r"\d{1,2}/\d{1,2}/\d{2}", "%d/%m/%y"),
    "d-m-yy": (r"\d{1,2}-\d{1,2}-\d{2}", "%d-%m-%y"),
    "yyyy/mm/dd": (r"\d{4}/\d{2}/\d{2}", "%Y/%m/%d"),
    "mm/dd/yyyy": (r"\d{2}/\d{2}/\d{4}", "%m/%d/%Y"),
    "mm/dd/yyyy hh:mm:ss": (r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}", "%m/%d/%Y %H:%M:%S"),
    "yyyy.mm.dd hh:mm:ss": (r"\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2}", "%Y.%m.%d %H:%M:%S"),
}


def _named(shape: str, pattern: str) -> Callable[[object], bool]:
    regex = re.compile(shape, re.ASCII)

    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not regex.fullmatch(value):
            return False
        try:
            dt.datetime.strptime(value, pattern)
        except ValueError:
            return False
        return True

    return check


@cache
def format_checker() -> FormatChecker:
    """Draft 2020-12's format checkers (not draft 3's ``time``), plus the named date formats."""
    checker = FormatChecker(formats=())
    checker.checkers = dict(Draft202012Validator.FORMAT_CHECKER.checkers)
    for name, (shape, pattern) in NAMED_FORMATS.items():
        checker.checks(name)(_named(shape, pattern))
    return checker
