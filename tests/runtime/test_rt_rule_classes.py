"""Error-in-body rules that classify: a rule names the error class (``raises``) and a fixed code
(``codeValue``); a documented sentence can be a non-error outcome (``success``); a ``textPattern``
rule without a message gives the stripped text; messages read as sentences."""

from __future__ import annotations

import httpx
import pytest
from specloom_runtime.call import OperationSpec, ResponseForm, ResponseSpec, interpret
from specloom_runtime.errors import (
    AuthenticationError,
    ErrorInBody,
    NotFoundError,
    RateLimitError,
    RedactedRequest,
    Redactor,
)
from specloom_runtime.wire import PLAIN, BodyFailure, check_error_in_body, validate_error_rules

KEY = "s3cr3t-key"
RULES: list[dict[str, object]] = [
    {"when": {"textPattern": "^Already subscribed\\.$"}, "success": True},
    {"when": {"textPattern": "^Invalid API key"}, "raises": "AuthenticationError", "codeValue": "bad_key"},
    {"when": {"textPattern": "^Slow down"}, "raises": "RateLimitError"},
    {"when": {"textPattern": "^No such list"}, "raises": "NotFoundError"},
    {"when": {"textPattern": "^Error"}},
]
SPEC: OperationSpec[str] = OperationSpec(
    name="subscribe",
    method="POST",
    path="/subscribe",
    params=(),
    body=None,
    responses=(ResponseSpec(status="200", forms=(ResponseForm("text/plain", PLAIN, None),), error_rules=RULES),),  # type: ignore[arg-type]
    credentials=(),
    idempotent=False,
)


def _answer(text: str) -> object:
    request = httpx.Request("POST", f"https://news.example.invalid/subscribe?key={KEY}")
    response = httpx.Response(200, text=text, headers={"Content-Type": "text/plain"}, request=request)
    return interpret(SPEC, response, redactor=Redactor(secret_values=[KEY], secret_query_names=["key"]), mode="raise")


def test_a_rule_names_the_error_class_and_a_code() -> None:
    with pytest.raises(AuthenticationError) as caught:
        _answer("Invalid API key.\n")
    error = caught.value
    assert isinstance(error, ErrorInBody)  # still the error-in-body family: code and messages
    assert (error.code, error.messages, error.status) == ("bad_key", ("Invalid API key.",), 200)
    assert "Check the credentials" in str(error) and KEY not in str(error)
    with pytest.raises(RateLimitError) as limited:
        _answer("Slow down")
    assert limited.value.retry_after is None and "wait before calling again" in str(limited.value)
    with pytest.raises(NotFoundError):
        _answer("No such list: weekly")
    with pytest.raises(ErrorInBody) as plain:
        _answer("Error: the address bounced")
    assert type(plain.value) is ErrorInBody


def test_a_documented_sentence_can_be_a_success() -> None:
    assert _answer("Already subscribed.") == "Already subscribed."
    # the first matching rule decides: a success rule stops the error rules after it
    assert check_error_in_body("Already subscribed.", "Already subscribed.", RULES) is None
    assert _answer("Subscribed: ada@example.com") == "Subscribed: ada@example.com"


def test_text_pattern_rule_without_message_gives_the_stripped_text() -> None:
    text = "  Error: list is closed \n"
    assert check_error_in_body(text, text, [{"when": {"textPattern": "Error"}}]) == BodyFailure(
        None, ("Error: list is closed",)
    )
    with pytest.raises(ErrorInBody) as caught:
        _answer("Error: list is closed")
    assert caught.value.messages == ("Error: list is closed",)
    assert "no message given" not in str(caught.value)


def test_messages_read_as_sentences() -> None:
    request = RedactedRequest(method="POST", url="https://news.example.invalid/subscribe", operation="subscribe")
    ended = str(ErrorInBody(status=200, request=request, messages=["Already subscribed."]))
    assert "reported a failure: Already subscribed. The request" in ended and ".." not in ended
    bare = str(ErrorInBody(status=200, request=request, messages=["list is closed"]))
    assert "reported a failure: list is closed. The request" in bare


@pytest.mark.parametrize(
    "rule, says",
    [
        ({"when": {"textPattern": "x"}, "raises": "ValueError"}, "'raises' must be one of"),
        ({"when": {"textPattern": "x"}, "codeValue": 7}, "'codeValue' must be a string"),
        ({"when": {"textPattern": "x"}, "success": True, "raises": "NotFoundError"}, "takes only 'when'"),
        ({"when": {"textPattern": "(unclosed"}}, "not a valid regex"),
    ],
)
def test_malformed_classifying_rules_are_refused(rule: dict[str, object], says: str) -> None:
    with pytest.raises(ValueError, match=says):
        validate_error_rules([rule])
