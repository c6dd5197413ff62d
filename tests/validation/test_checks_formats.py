"""Lint's compiled value checks ask ``jsonschema`` only about formats it checks (issue #16).

A schema with a format the runtime does not check was "never sure": every value of it went to
``jsonschema``, imported for it (about 0.12 s) and run on it, although for a format neither checks
(Box's ``urn``, ``digest``, ``token``; OpenAPI's ``int64``) both ignore it and the compiled check
already gives the verdict. Box sent 42 example values there on every build. Only a format
``jsonschema`` checks and the runtime does not (``uri-template``, ``duration``, ...) still does.
"""

from __future__ import annotations

from typing import Any

import pytest
from specloom_runtime.wire import FORMAT_CHECKERS

from specloom import lint_values
from specloom.validation.checks import JUDGED_FORMATS


def test_the_judged_formats_are_the_ones_jsonschema_checks() -> None:
    from jsonschema import Draft202012Validator

    assert set(Draft202012Validator.FORMAT_CHECKER.checkers) == JUDGED_FORMATS


def _document(fmt: str) -> dict[str, Any]:
    inner = {"type": "string", "format": fmt, "maxLength": 3}
    return {"components": {"schemas": {"S": {"type": "object", "properties": {"a": inner}}}}}


def test_a_format_nobody_checks_keeps_the_compiled_verdict() -> None:
    for fmt in ("urn", "digest", "int64"):
        assert fmt not in FORMAT_CHECKERS and fmt not in JUDGED_FORMATS
        checks = lint_values.compiled_checks(_document(fmt), ["/components/schemas/S"])
        assert checks is not None
        check = checks["/components/schemas/S"]
        assert check is not lint_values._refer
        assert check({"a": "abc"}) is True and check({"a": "abcd"}) is False


def test_the_runtime_checks_every_format_jsonschema_checks() -> None:
    # uri-template, duration, iri ... were unchecked until the suites drew "{" for GitHub's
    # uri-template fields and jsonschema refused it.
    assert set(FORMAT_CHECKERS) >= JUDGED_FORMATS


def test_a_format_only_jsonschema_checks_still_asks_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # A later jsonschema may check a format the runtime does not: its values still go to it.
    monkeypatch.delitem(FORMAT_CHECKERS, "duration")
    checks = lint_values.compiled_checks(_document("duration"), ["/components/schemas/S"])
    assert checks is not None and checks["/components/schemas/S"] is lint_values._refer
