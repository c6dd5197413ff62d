"""An independent judge for drawn values: ``jsonschema`` over each spec as written.

Schemas are read from the YAML files with PyYAML and resolved with ``referencing`` -- never the
generator's loader, resolver or IR. The vendors' named date formats get checkers written here
(a shape regex and ``datetime.strptime``, shared with ``specloom_runtime.proptest``), not the
dates module's, so a runtime bug cannot hide behind itself. ``jsonschema`` ignores formats it has no checker for, so the table must cover every
format the runtime knows (a test asserts it).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from hypothesis import settings
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from specloom_runtime.proptest import NAMED_FORMATS, format_checker

__all__ = ["APIS", "NAMED_FORMATS", "Spec", "budget", "format_checker", "judge", "spec"]

ROOT = Path(__file__).resolve().parents[2]
APIS = ("cartfunnel", "clienttoolbox", "firecart", "salesfire", "shift4shop")

def budget(at_ci: int) -> int:
    """``at_ci`` examples under the ``ci`` profile (50 by default), scaled with the loaded profile
    (``thorough`` runs ten times as many)."""
    current = settings.default.max_examples if settings.default is not None else 50
    return max(1, at_ci * current // 50)


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
