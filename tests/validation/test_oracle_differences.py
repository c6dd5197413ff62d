"""Every entry of ``oracle_differences.DIFFERENCES`` still exists, and reaches no further than it says.

For each difference: on its ``demo`` the plain ``jsonschema`` oracle and specloom disagree exactly as
listed, the entry's ``applies`` covers the case and the corrected oracle agrees with specloom; on its
``control`` (the nearest case outside the domain) all three agree. If ``jsonschema`` fixes one of
these, or specloom starts to behave like it, the demo fails and the list must be updated.
"""

from __future__ import annotations

from typing import Any

import pytest

from specloom.validation import compile_validator
from tests.validation.oracle_differences import (
    DIFFERENCES,
    Oracle,
    OracleDifference,
    observed,
    rfc5321_mailbox,
)


def _applies(d: OracleDifference, schema: Any, instance: Any) -> bool:
    key = schema["pattern"] if d.keyword == "pattern" else schema["format"]
    return d.applies(key, instance)


@pytest.mark.parametrize("d", DIFFERENCES, ids=lambda d: d.name)
def test_difference_exists(d: OracleDifference) -> None:
    assert d.explanation and d.keyword in ("pattern", "format")
    schema, instance, ours, oracle = d.demo
    assert ours != oracle
    compiled = compile_validator(schema, formats="assert")
    assert compiled.is_valid(instance) is ours
    plain, corrected = Oracle(schema).judge(instance)
    assert plain is oracle, "jsonschema no longer differs here: remove or update this entry"
    assert corrected is ours
    assert d.name in observed()
    assert _applies(d, schema, instance)


@pytest.mark.parametrize("d", DIFFERENCES, ids=lambda d: d.name)
def test_difference_stays_in_its_domain(d: OracleDifference) -> None:
    schema, instance, both = d.control
    assert compile_validator(schema, formats="assert").is_valid(instance) is both
    assert Oracle(schema).judge(instance) == (both, both)
    assert not observed()


def test_differences_have_unique_names_and_demos_of_their_own_keyword() -> None:
    names = [d.name for d in DIFFERENCES]
    assert len(names) == len(set(names))
    for d in DIFFERENCES:
        assert (d.rewrite is not None) is (d.keyword == "pattern"), d.name
        assert (d.verdict is not None) is (d.keyword == "format"), d.name
        assert (d.keyword in d.demo[0]) and (d.keyword in d.control[0]), d.name


def test_search_semantics_are_the_same() -> None:
    """Not a difference: both run patterns unanchored (re.search), as 2020-12 says."""
    schema = {"pattern": "b[0-9]"}
    v = compile_validator(schema)
    for instance, expected in (("ab1c", True), ("b1", True), ("ab", False)):
        assert v.is_valid(instance) is expected
        assert Oracle(schema).judge(instance) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "ok"),
    [("a@b.co", True), ('"a b"@c.d', True), ("a@[127.0.0.1]", True), ("a@[IPv6:::1]", True),
     ("a@", False), ("@b.c", False), ("a@b@c.d", False), ("a b@c.d", False), ("a@b..c", False),
     ("a@-b.c", False), ("a@b.c\n", False), ("a." + "x" * 64 + "@b.c", False), ("a@ab--c.d", False)],
)  # fmt: skip
def test_the_tests_own_mailbox_check(text: str, ok: bool) -> None:
    """The email correction rests on rfc5321_mailbox: pin its behaviour (and compare with ours)."""
    assert rfc5321_mailbox(text) is ok
    assert compile_validator({"format": "email"}, formats="assert").is_valid(text) is ok
