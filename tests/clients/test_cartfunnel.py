"""Cartfunnel Customers on the wire: header credentials, the ``customer`` envelope, wire strings
for booleans and null, failures inside 2xx bodies, page-number pagination."""

from __future__ import annotations

import json

import httpx
import pytest

from specloom.apis import cartfunnel
from tests.clients.support import Harness, json_answer

# The documented create answer (seed 001_020f3b70d94a7e3f), booleans and null as strings.
SAVED = {
    "id": 32199, "email": "anna@example.com", "created_at": "2019-02-04T23:29:37.406-05:00",
    "updated_at": "2019-02-04T23:29:37.406-05:00", "accepts_marketing": "false", "first_name": "Anna",
    "last_name": "Benning", "note": "", "orders_count": 0, "total_spent_cents": 0, "tax_exempt": "false",
    "subscriptions_count": 0, "last_order_id": "null", "persisted": "true",
}  # fmt: skip


def test_list_page_two_matches_the_seed_url(mode: str) -> None:
    h = Harness("cartfunnel", mode, answers=[json_answer([SAVED])])
    customers = h.call("list_customers", page=2)
    assert str(h.last.url) == "https://api.cartfunnel.net/v1/customers.json?page=2"
    assert h.last.method == "GET"
    assert h.last.headers["X-CARTFUNNEL-ACCOUNT"] == "myshop"
    assert h.last.headers["X-CARTFUNNEL-API-SECRET"] == "cf-secret-91x"
    assert "specloom" in h.last.headers["User-Agent"] and "cartfunnel" in h.last.headers["User-Agent"]
    [customer] = customers
    assert isinstance(customer, cartfunnel.Customer)
    assert customer.persisted is True
    assert customer.accepts_marketing is False and customer.tax_exempt is False
    assert customer.last_order_id is None


def test_create_wraps_the_customer(mode: str) -> None:
    h = Harness("cartfunnel", mode, answers=[json_answer(SAVED, 201)])
    result = h.call("create_customer", body=cartfunnel.CustomerCreate(email="anna@example.com", first_name="Anna", last_name="Benning"))
    assert h.last.method == "POST" and h.last.url.path == "/v1/customers.json"
    assert h.last.headers["Content-Type"] == "application/json"
    assert json.loads(h.last.content) == {"customer": {"email": "anna@example.com", "first_name": "Anna", "last_name": "Benning"}}
    assert result.id == 32199 and result.persisted is True


def test_update_puts_the_id_in_the_path_and_wraps_a_mapping(mode: str) -> None:
    h = Harness("cartfunnel", mode, answers=[json_answer({**SAVED, "last_name": "Jules"})])
    result = h.call("update_customer", id=32199, body={"first_name": "Anna", "last_name": "Jules"})
    assert (h.last.method, h.last.url.path) == ("PATCH", "/v1/customers/32199.json")
    assert h.last.content == b'{"customer":{"first_name":"Anna","last_name":"Jules"}}'
    assert result.last_name == "Jules"


def test_read_only_attributes_are_refused_on_update(mode: str) -> None:
    h = Harness("cartfunnel", mode)
    with pytest.raises(cartfunnel.RequestValidationError) as caught:
        h.call("update_customer", id=1, body={"id": 5, "tax_exempt": "false"})
    assert {p for p, _ in caught.value.errors} >= {"/body/customer", "/body/customer/tax_exempt"}
    assert h.requests == []


@pytest.mark.parametrize(
    ("answer", "messages"),
    [
        ({**SAVED, "persisted": "false"}, ()),
        ({**SAVED, "errors": ["An error has occurred"]}, ("An error has occurred",)),
    ],
)
def test_not_persisted_is_error_in_body(mode: str, answer: dict[str, object], messages: tuple[str, ...]) -> None:
    h = Harness("cartfunnel", mode, answers=[json_answer(answer)])
    with pytest.raises(cartfunnel.ErrorInBody) as caught:
        h.call("create_customer", body={"email": "anna@example.com"})
    assert caught.value.messages == messages
    assert caught.value.status == 200


def test_text_json_answers_are_read(mode: str) -> None:
    h = Harness("cartfunnel", mode, answers=[json_answer(SAVED, content_type="text/json; charset=utf-8")])
    assert h.call("get_customer", id=32199).email == "anna@example.com"


def test_403_is_an_authentication_error(mode: str) -> None:
    h = Harness("cartfunnel", mode, answers=[json_answer({"error": "forbidden"}, 403)])
    with pytest.raises(cartfunnel.AuthenticationError) as caught:
        h.call("get_customer", id=1)
    assert caught.value.status == 403 and "cf-secret-91x" not in str(caught.value)


def test_iterator_walks_pages_until_a_short_one(mode: str) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        number = int(dict(request.url.params)["page"])
        count = {1: 100, 2: 100, 3: 7}[number]
        return json_answer([{**SAVED, "id": number * 1000 + i} for i in range(count)])

    h = Harness("cartfunnel", mode, answers=[page])
    items = h.collect("iter_list_customers")
    assert len(items) == 207 and len({c.id for c in items}) == 207
    assert [dict(r.url.params)["page"] for r in h.requests] == ["1", "2", "3"]


def test_iterator_stops_on_an_empty_page(mode: str) -> None:
    answers = [json_answer([SAVED] * 100), json_answer([])]
    h = Harness("cartfunnel", mode, answers=answers)
    assert len(h.collect("iter_list_customers")) == 100
    assert len(h.requests) == 2


def test_get_requires_a_positive_id(mode: str) -> None:
    h = Harness("cartfunnel", mode)
    with pytest.raises(cartfunnel.RequestValidationError) as caught:
        h.call("get_customer", id=0)
    assert [p for p, _ in caught.value.errors] == ["/path/id"]
