"""Error classes: choice by status, helpful messages, nothing sensitive in str/repr/pickle."""

from __future__ import annotations

import pickle
import traceback
from dataclasses import FrozenInstanceError, dataclass

import httpx
import pytest
from specloom_runtime.errors import (
    ApiError,
    AuthenticationError,
    ErrorInBody,
    NotFoundError,
    RateLimitError,
    RedactedRequest,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    SpecloomError,
    TransportError,
    UnexpectedResponseError,
    error_for_status,
)

SECRET = "sk_live_TOPSECRET"
REQ = RedactedRequest("GET", "http://127.0.0.1/path?apiSecret=***", "add_customer")


def _raw() -> httpx.Response:
    request = httpx.Request(
        "GET", f"http://127.0.0.1/path?apiSecret={SECRET}", headers={"X-Key": SECRET}
    )
    return httpx.Response(401, text=f"bad key {SECRET}", request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (400, ApiError),
        (418, ApiError),
        (302, ApiError),
    ],
)
def test_error_for_status_picks_class(status: int, cls: type[ApiError]) -> None:
    error = error_for_status(status, request=REQ)
    assert type(error) is cls
    assert error.status == status
    assert error.operation == "add_customer"
    assert isinstance(error, SpecloomError)


def test_message_says_what_failed_and_what_to_do() -> None:
    error = error_for_status(401, request=REQ, body={"error": "x"}, raw=_raw(), detail="Bad key")
    text = str(error)
    assert text.startswith("401 from add_customer (GET http://127.0.0.1/path?apiSecret=***): ")
    assert "check the credentials" in text
    assert "'Bad key'" in text
    assert error.body == {"error": "x"}
    assert error.raw is not None and error.raw.status_code == 401


def test_rate_limit_carries_retry_after() -> None:
    error = error_for_status(429, request=REQ, retry_after=12.0)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0
    assert "wait 12 s" in str(error)


def test_raw_never_shown_or_pickled() -> None:
    error = error_for_status(401, request=REQ, raw=_raw(), detail="nothing")
    shown = [
        str(error),
        repr(error),
        "".join(traceback.format_exception(error)),
        repr(error.request),
        str(error.args),
    ]
    for text in shown:
        assert SECRET not in text
    assert repr(error).startswith("AuthenticationError(status=401")
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is AuthenticationError
    assert clone.raw is None
    assert clone.status == 401 and str(clone) == str(error) and clone.request == REQ


def test_redacted_request_is_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        REQ.url = "x"  # type: ignore[misc]


def test_error_in_body() -> None:
    error = ErrorInBody(status=200, request=REQ, code="104", messages=["Invalid date", "Bad email"])
    assert isinstance(error, ApiError)
    assert error.code == "104"
    assert error.messages == ("Invalid date", "Bad email")
    assert "answered 200 but reported a failure with code 104: Invalid date; Bad email" in str(
        error
    )
    assert "no message given" in str(ErrorInBody(status=200, request=REQ))


@dataclass
class _Finding:
    instance_pointer: str
    message: str


@dataclass(frozen=True)
class _Violation:
    instance_path: str
    schema_path: str
    message: str


def test_request_validation_error_accepts_objects_and_tuples() -> None:
    error = RequestValidationError(
        "add_customer",
        [
            _Finding("/email", "not an email"),
            ("/birthday", "not dd/mm/yyyy"),
            _Violation("/age", "#/properties/age/minimum", "below 0"),
        ],
    )
    assert error.errors == (
        ("/email", "not an email"),
        ("/birthday", "not dd/mm/yyyy"),
        ("/age", "below 0"),
    )
    assert str(error).startswith("invalid arguments for add_customer: /email: not an email; ")
    assert "Nothing was sent" in str(error)
    many = RequestValidationError("op", [(f"/{i}", "bad") for i in range(8)])
    assert "and 3 more" in str(many)
    assert RequestValidationError("op", [("", "x")]).errors == (("", "x"),)
    assert "(root): x" in str(RequestValidationError("op", [("", "x")]))


def test_response_validation_and_unexpected_response() -> None:
    error = ResponseValidationError(status=200, request=REQ, errors=[("/id", "is not an integer")])
    assert isinstance(error, ApiError)
    assert "does not match the spec: /id: is not an integer" in str(error)
    unexpected = UnexpectedResponseError(
        "expected exactly one customer, got 2", status=200, request=REQ
    )
    assert isinstance(unexpected, ApiError) and unexpected.status == 200


def test_transport_error_repr_and_pickle() -> None:
    raw = httpx.ConnectError(f"failed for http://127.0.0.1/?apiSecret={SECRET}")
    error = TransportError("ConnectError on op", request=REQ, kind="ConnectError", raw=raw)
    assert SECRET not in repr(error) and SECRET not in str(error)
    clone = pickle.loads(pickle.dumps(error))
    assert clone.raw is None and clone.kind == "ConnectError" and clone.request == REQ
