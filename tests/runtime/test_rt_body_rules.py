"""Declarative body rules: error-in-body, empty results, string decoding, key normalization."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from specloom_runtime.wire import (
    BodyFailure,
    check_error_in_body,
    decode_strings,
    is_empty_result,
    normalize_keys,
    resolve_pointer,
    validate_error_rules,
)

Rules = Sequence[Mapping[str, object]]

STATUS_ERROR: Rules = [{"when": {"pointer": "/status", "equals": "error"}, "message": "/error"}]
ERRORS_PRESENT: Rules = [{"when": {"pointer": "/errors", "present": True}, "messages": "/errors"}]
NOT_PERSISTED: Rules = [
    {"when": {"pointer": "/persisted", "in": [False, "false"]}, "messages": "/errors"}
]
FAILED_TEXT: Rules = [
    {"when": {"textPattern": "^\\s*FAILED"}, "codePattern": "FAILED\\W*(?P<code>[A-Za-z0-9_-]+)"}
]
FAILED_STATUS: Rules = [
    {"when": {"pointer": "/status", "equals": "FAILED"}, "code": "/code", "message": "/message"}
]


def test_resolve_pointer_rfc6901() -> None:
    doc = {"a/b": 1, "m~n": 2, "": 3, "list": [10, 20], "x": {"y": None}}
    assert resolve_pointer(doc, "") == doc
    assert resolve_pointer(doc, "/a~1b") == 1
    assert resolve_pointer(doc, "/m~0n") == 2
    assert resolve_pointer(doc, "/") == 3
    assert resolve_pointer(doc, "/list/1") == 20
    assert resolve_pointer(doc, "/list/01", "d") == "d"
    assert resolve_pointer(doc, "/list/-", "d") == "d"
    assert resolve_pointer(doc, "/list/2", "d") == "d"
    assert resolve_pointer(doc, "/x/y", "d") is None
    assert resolve_pointer(doc, "/x/y/z", "d") == "d"
    assert resolve_pointer("text", "/a", "d") == "d"
    with pytest.raises(ValueError):
        resolve_pointer(doc, "a")
    with pytest.raises(ValueError):
        resolve_pointer(doc, "/a~2")


def test_equals_rule() -> None:
    failure = check_error_in_body({"status": "error", "error": "Bad key"}, "", STATUS_ERROR)
    assert failure == BodyFailure(code=None, messages=("Bad key",))
    assert check_error_in_body({"status": "success"}, "", STATUS_ERROR) is None
    assert check_error_in_body({}, "", STATUS_ERROR) is None
    assert check_error_in_body("plain text", "plain text", STATUS_ERROR) is None


def test_present_rule_treats_empty_as_absent() -> None:
    failure = check_error_in_body(
        {"errors": {"email": ["is invalid", "is taken"]}}, "", ERRORS_PRESENT
    )
    assert failure is not None
    assert failure.messages == ("email: is invalid", "email: is taken")
    empties: list[object] = [[], {}, "", None]
    for empty in empties:
        assert check_error_in_body({"errors": empty}, "", ERRORS_PRESENT) is None
    assert check_error_in_body({}, "", ERRORS_PRESENT) is None
    absent: Rules = [{"when": {"pointer": "/id", "present": False}}]
    assert check_error_in_body({"id": None}, "", absent) == BodyFailure(None, ())
    assert check_error_in_body({"id": 5}, "", absent) is None


def test_in_rule_uses_json_equality() -> None:
    assert check_error_in_body({"persisted": False, "errors": ["x"]}, "", NOT_PERSISTED) == (
        BodyFailure(None, ("x",))
    )
    assert check_error_in_body({"persisted": "false"}, "", NOT_PERSISTED) is not None
    assert check_error_in_body({"persisted": True}, "", NOT_PERSISTED) is None
    assert check_error_in_body({"persisted": 0}, "", NOT_PERSISTED) is None  # 0 is not false
    one: Rules = [{"when": {"pointer": "/n", "equals": 1}}]
    assert check_error_in_body({"n": 1.0}, "", one) is not None
    assert check_error_in_body({"n": True}, "", one) is None
    assert check_error_in_body({"n": "1"}, "", one) is None


def test_text_pattern_rule_with_code_pattern() -> None:
    text = "FAILED: E_104 invalid email"
    # no message declared: the documented default is the stripped text itself
    assert check_error_in_body(text, text, FAILED_TEXT) == BodyFailure("E_104", (text,))
    assert check_error_in_body("SUCCESS 1", "SUCCESS 1", FAILED_TEXT) is None
    with_message: Rules = [
        {"when": {"textPattern": "^FAILED"}, "messagePattern": "FAILED\\W*\\S+\\s+(?P<message>.*)"}
    ]
    assert check_error_in_body(text, text, with_message) == BodyFailure(None, ("invalid email",))


def test_pointer_code_and_message_and_first_rule_wins() -> None:
    body = {"status": "FAILED", "code": 104, "message": "Invalid date"}
    assert check_error_in_body(body, "", FAILED_STATUS) == BodyFailure("104", ("Invalid date",))
    rules = [*FAILED_STATUS, {"when": {"pointer": "/status", "present": True}, "code": "/status"}]
    assert check_error_in_body(body, "", rules) == BodyFailure("104", ("Invalid date",))
    assert check_error_in_body({"status": "x"}, "", rules) == BodyFailure("x", ())


@pytest.mark.parametrize(
    ("rule", "complaint"),
    [
        ({"when": {"pointer": "/a", "equals": 1}, "mesage": "/m"}, "unknown keys"),
        ({"message": "/m"}, "'when' is required"),
        ({"when": {"pointer": "/a"}}, "exactly one"),
        ({"when": {"pointer": "/a", "equals": 1, "in": [1]}}, "exactly one"),
        ({"when": {"pointer": "/a", "equals": 1, "textPattern": "x"}}, "exactly one"),
        ({"when": {"pointer": "a", "equals": 1}}, "start with '/'"),
        ({"when": {"pointer": "/a", "in": 1}}, "'in' must be a list"),
        ({"when": {"pointer": "/a", "present": "yes"}}, "'present'"),
        ({"when": {"textPattern": "("}}, "not a valid regex"),
        ({"when": {"textPattern": "x"}, "codePattern": "x(\\d+)"}, "named group"),
        ({"when": {"textPattern": "x"}, "code": 3}, "JSON pointer string"),
        ({"when": "always"}, "must be an object"),
    ],
)
def test_malformed_rules_raise_value_error(rule: Mapping[str, object], complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        validate_error_rules([rule])
    with pytest.raises(ValueError, match="rule 0"):
        check_error_in_body({}, "", [rule])


def test_a_malformed_later_rule_fails_even_when_an_earlier_matches() -> None:
    with pytest.raises(ValueError, match="rule 1"):
        check_error_in_body({"status": "error"}, "", [*STATUS_ERROR, {"bogus": 1}])


def test_empty_result_rule() -> None:
    rule = {"status": [404], "messages": ["Offset amount exceeds the total number of records"]}
    assert is_empty_result(404, "", rule)
    assert is_empty_result(
        400, '{"Message": "offset amount exceeds the total number of records"}', rule
    )
    assert not is_empty_result(400, "Invalid offset", rule)
    assert not is_empty_result(200, "Offset amount exceeds the total number of records", rule)
    assert not is_empty_result(500, "", rule)
    with pytest.raises(ValueError, match="unknown keys"):
        is_empty_result(404, "", {"statuses": [404]})
    with pytest.raises(ValueError, match="integers"):
        is_empty_result(404, "", {"status": ["404"]})


def test_decode_strings() -> None:
    mapping = {"true": True, "false": False, "null": None}
    assert decode_strings("true", mapping) is True
    assert decode_strings("null", mapping) is None
    assert decode_strings("True", mapping) == "True"
    assert decode_strings(1, {"1": "one"}) == 1
    assert decode_strings(["true"], mapping) == ["true"]


def test_normalize_keys() -> None:
    data = {"first name": "A", "Custom Field 1": "x", "keep me": 1, "plain": 2}
    assert normalize_keys(data, {" ": "_"}, {"keep me"}) == {
        "first_name": "A",
        "Custom_Field_1": "x",
        "keep me": 1,
        "plain": 2,
    }
    assert list(normalize_keys(data, {" ": "_"}, set())) == [
        "first_name",
        "Custom_Field_1",
        "keep_me",
        "plain",
    ]
    with pytest.raises(ValueError, match="both normalize"):
        normalize_keys({"a b": 1, "a_b": 2}, {" ": "_"}, set())
