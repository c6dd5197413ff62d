"""Reading answers: Retry-After, and turning unwanted answers into redacted ApiErrors."""

from __future__ import annotations

import email.utils
import traceback

import httpx
import pytest
from specloom_runtime.errors import (
    ErrorInBody,
    NotFoundError,
    RateLimitError,
    Redactor,
    ResponseValidationError,
    ServerError,
)
from specloom_runtime.wire import (
    BodyFailure,
    check_error_in_body,
    error_from_response,
    error_in_body,
    parse_retry_after,
    read_body,
)

SECRET = "k3y-TOPSECRET"
URL = f"http://127.0.0.1:9/customers?apiSecret={SECRET}&page=1"
REDACTOR = Redactor(secret_values=[SECRET], secret_query_names=["apiSecret"])
NOW = 1_700_000_000.0


def test_parse_retry_after() -> None:
    assert parse_retry_after("120", now=NOW) == 120.0
    assert parse_retry_after(" 0 ", now=NOW) == 0.0
    assert parse_retry_after(email.utils.formatdate(NOW - 5, usegmt=True), now=NOW) == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480.0 - 60) == 60.0
    for bad in (None, "", "-1", "1.5", "\u00b2", "tomorrow", "Wed, 21 Oct 2015 07:28:00"):
        assert parse_retry_after(bad, now=NOW) is None


def test_error_from_response_and_read_body() -> None:
    request = httpx.Request("GET", URL)
    response = httpx.Response(
        429, headers={"Retry-After": "3"}, json={"error": f"slow down {SECRET}"}, request=request
    )
    error = error_from_response(response, operation="list_customers", redactor=REDACTOR)
    assert isinstance(error, RateLimitError) and error.retry_after == 3.0
    assert error.body == {"error": f"slow down {SECRET}"}  # the data itself is not altered
    assert SECRET not in str(error) and "slow down ***" in str(error)
    missing = httpx.Response(
        404, text="<html>", headers={"Content-Type": "text/html"}, request=request
    )
    assert isinstance(error_from_response(missing, operation="x", redactor=REDACTOR), NotFoundError)
    broken = httpx.Response(
        502, content=b"{", headers={"Content-Type": "application/json"}, request=request
    )
    server = error_from_response(broken, operation="x", redactor=REDACTOR)
    assert isinstance(server, ServerError) and server.body is None
    ok = httpx.Response(200, json=[1], request=request)
    assert read_body(ok, operation="x", redactor=REDACTOR) == [1]
    bad = httpx.Response(
        200, content=b"{", headers={"Content-Type": "application/json"}, request=request
    )
    with pytest.raises(ResponseValidationError) as info:
        read_body(bad, operation="x", redactor=REDACTOR)
    assert info.value.__context__ is None and info.value.status == 200
    assert "malformed JSON" in str(info.value)


def test_error_in_body_redacts_echoed_input() -> None:
    request = httpx.Request("GET", URL)
    body = {"status": "FAILED", "code": "E1", "message": f"invalid apiSecret {SECRET}"}
    response = httpx.Response(200, json=body, request=request)
    rules = [
        {"when": {"pointer": "/status", "equals": "FAILED"}, "code": "/code", "message": "/message"}
    ]
    failure = check_error_in_body(
        read_body(response, operation="op", redactor=REDACTOR), response.text, rules
    )
    assert failure == BodyFailure("E1", (f"invalid apiSecret {SECRET}",))
    error = error_in_body(response, failure, operation="add", redactor=REDACTOR, body=body)
    assert isinstance(error, ErrorInBody)
    assert error.code == "E1" and error.messages == ("invalid apiSecret ***",)
    assert error.status == 200 and error.body is body and error.raw is response
    assert str(error).startswith(
        "add (GET http://127.0.0.1:9/customers?apiSecret=***&page=1) "
        "answered 200 but reported a failure with code E1: "
    )
    for text in (str(error), repr(error), "".join(traceback.format_exception(error))):
        assert SECRET not in text
