"""An independent judge for drawn values: ``jsonschema`` over each spec as written.

Schemas are read from the YAML files with PyYAML and resolved with ``referencing`` -- never the
generator's loader, resolver or IR. The vendors' named date formats get checkers written here
(a shape regex and ``datetime.strptime``), not the runtime's, so a runtime bug cannot hide behind
itself. ``jsonschema`` ignores formats it has no checker for, so the table must cover every
format the runtime knows (a test asserts it).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from hypothesis import settings
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
APIS = ("cartfunnel", "clienttoolbox", "firecart", "salesfire", "shift4shop")

# name -> (shape, strptime pattern), as specs/README.md defines the named formats
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


def budget(at_ci: int) -> int:
    """``at_ci`` examples under the ``ci`` profile (50 by default), scaled with the loaded profile
    (``thorough`` runs ten times as many)."""
    current = settings.default.max_examples if settings.default is not None else 50
    return max(1, at_ci * current // 50)


def _named_checker(shape: str, pattern: str) -> Any:
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
    """Draft 2020-12's checkers (a bare ``FormatChecker()`` mixes in draft 3's ``time``), plus ours."""
    checker = FormatChecker(formats=())
    checker.checkers = dict(Draft202012Validator.FORMAT_CHECKER.checkers)
    for name, (shape, pattern) in NAMED_FORMATS.items():
        checker.checks(name)(_named_checker(shape, pattern))
    return checker


def judge(schema: Any) -> Draft202012Validator:
    """A 2020-12 validator asserting formats (for hand-written schemas)."""
    return Draft202012Validator(schema, format_checker=format_checker())


class Spec:
    """One spec file as written, with a validator for the schema at any JSON pointer."""

    def __init__(self, name: str) -> None:
        self.file = f"{name}.yaml"
        self.doc = yaml.safe_load((ROOT / "specs" / self.file).read_text(encoding="utf-8"))
        self.uri = f"urn:specloom-oracle:{name}"
        self.registry: Registry[Any] = Registry().with_resource(self.uri, DRAFT202012.create_resource(self.doc))
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._validators:
            ref = f"{self.uri}#{quote(pointer, safe='/~:@!$&()*+,;=')}"
            self._validators[pointer] = Draft202012Validator({"$ref": ref}, registry=self.registry, format_checker=format_checker())
        return self._validators[pointer]


@cache
def spec(name: str) -> Spec:
    return Spec(name)
