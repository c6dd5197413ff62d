"""Salesfire customer sync on the wire: the body bytes, and X-Signature = HMAC-SHA256 over them."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from specloom.apis import salesfire
from tests.clients.support import CREDENTIALS, Harness, json_answer

# The sample body of the help page (seed 002_dc537bf0af67bcac), compact.
SEED_BODY = (
    b'{"email":"test@salesfire.com","mobile_number":"123456789","types":["MARKETING","TRANSACTIONAL"],'
    b'"channels":["EMAIL","SMS"],"update_existing":true}'
)
SECRET = CREDENTIALS["salesfire"]["secret"].encode()


def test_seed_body_is_sent_and_signed_over_its_exact_bytes(mode: str) -> None:
    h = Harness("salesfire", mode, answers=[json_answer({"status": "ok"})])
    result = h.call("sync_customer", site="shop-1", list="newsletter", body=json.loads(SEED_BODY))
    request = h.last
    assert (request.method, str(request.url)) == ("POST", "https://api.salesfire.co.uk/client/shop-1/customers/newsletter")
    assert request.content == SEED_BODY
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-Signature"] == hmac.new(SECRET, SEED_BODY, hashlib.sha256).hexdigest()
    assert isinstance(result, salesfire.SyncCustomerResult) and result.extra == {"status": "ok"}


def test_the_secret_never_travels(mode: str) -> None:
    h = Harness("salesfire", mode, answers=[json_answer({})])
    h.call("sync_customer", site="s", list="l", body=salesfire.CustomerSync(email="a@example.com", attributes=salesfire.Attributes(name="Ann")))
    raw = str(h.last.url).encode() + h.last.content + b"".join(k + v for k, v in h.last.headers.raw)
    assert SECRET not in raw
    assert json.loads(h.last.content) == {"email": "a@example.com", "attributes": {"name": "Ann"}}
    assert b" " not in h.last.content  # compact JSON: the bytes signed are the bytes sent
    assert hmac.compare_digest(h.last.headers["X-Signature"], hmac.new(SECRET, h.last.content, hashlib.sha256).hexdigest())


def test_path_values_are_escaped(mode: str) -> None:
    h = Harness("salesfire", mode, answers=[json_answer({})])
    h.call("sync_customer", site="a/b c", list="x?y", body={"mobile_number": "07700900000"})
    assert h.last.url.raw_path == b"/client/a%2Fb%20c/customers/x%3Fy"


def test_neither_email_nor_mobile_is_refused_before_sending(mode: str) -> None:
    h = Harness("salesfire", mode)
    with pytest.raises(salesfire.RequestValidationError) as caught:
        h.call("sync_customer", site="s", list="l", body={"types": ["MARKETING"]})
    assert [p for p, _ in caught.value.errors] == ["/body"]
    assert h.requests == []


@pytest.mark.parametrize("status", [400, 422])
def test_validation_failures_are_api_errors_with_the_body(mode: str, status: int) -> None:
    failure = {"message": "The given data was invalid.", "errors": {"email": ["The email must be a valid email address."]}}
    h = Harness("salesfire", mode, answers=[json_answer(failure, status)])
    with pytest.raises(salesfire.ApiError) as caught:
        h.call("sync_customer", site="s", list="l", body={"email": "a@example.com"})
    assert caught.value.status == status and caught.value.body == failure
    assert "The given data was invalid." in str(caught.value)


def test_receivers_can_verify_the_signature() -> None:
    signature = hmac.new(SECRET, SEED_BODY, hashlib.sha256).hexdigest()
    assert salesfire.verify_signature(SEED_BODY, signature, SECRET.decode())
    assert salesfire.verify_signature(SEED_BODY, signature.upper(), SECRET.decode())
    assert not salesfire.verify_signature(SEED_BODY + b"\n", signature, SECRET.decode())
    assert not salesfire.verify_signature(SEED_BODY, signature, "wrong")
