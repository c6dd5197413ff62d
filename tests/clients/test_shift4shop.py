"""Shift4Shop (3dcart) REST v1 Customers on the wire: three credential headers, month-first
timestamps in the query, 404 meaning "no records", a single-item array, offset pagination."""

from __future__ import annotations

import datetime
import json

import httpx
import pytest

from specloom.apis import shift4shop
from tests.clients.support import Harness, json_answer, query_pairs

BASE = "https://apirest.3dcart.com/3dCartWebAPI/v1"
CUSTOMER = {"CustomerID": 1234, "Email": "john.doe@example.com", "BillingFirstName": "John", "Enabled": True}
WRITTEN = [{"Key": "CustomerID", "Value": "1234", "Status": "201", "Message": "Created successfully"}]
# The create sample of the spec (from seed 003_1b271ca44b4b7ad1, minus the server-assigned fields).
CREATE = {
    "Email": "john.doe@example.com", "Password": "", "BillingCompany": "Example Widgets",
    "BillingFirstName": "John", "BillingLastName": "Doe", "BillingAddress1": "123 Main St.",
    "BillingCity": "Anytown", "BillingState": "FL", "BillingZipCode": "33101", "BillingCountry": "US",
    "BillingPhoneNumber": "555-555-2455", "ShippingAddressType": 1, "CustomerGroupID": 1,
    "Enabled": True, "MailList": False, "NonTaxable": True, "DisableBillingSameAsShipping": True,
    "ResetPassword": True,
}  # fmt: skip


def _headers_ok(h: Harness) -> None:
    assert h.last.headers["SecureURL"] == "https://myshop.3dcartstores.com"
    assert h.last.headers["PrivateKey"] == "pk-0a1b2c3d"
    assert h.last.headers["Token"] == "tk-9f8e7d6c"


def test_create_posts_the_sample_and_types_the_write_answer(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer(WRITTEN, 201)])
    [result] = h.call("create_customer", body=CREATE)
    assert (h.last.method, str(h.last.url)) == ("POST", f"{BASE}/Customers")
    _headers_ok(h)
    assert json.loads(h.last.content) == CREATE
    assert isinstance(result, shift4shop.WriteResult)
    assert (result.key, result.value, result.status, result.message) == ("CustomerID", "1234", "201", "Created successfully")


def test_create_refuses_server_assigned_fields(mode: str) -> None:
    h = Harness("shift4shop", mode)
    with pytest.raises(shift4shop.RequestValidationError) as caught:
        h.call("create_customer", body={**CREATE, "CustomerID": 96318450, "TotalStoreCredit": 1.5})
    # TotalStoreCredit, sent by every official sample, is accepted (computed by the server)
    assert [p for p, _ in caught.value.errors] == ["/body"]
    assert "CustomerID" in caught.value.errors[0][1] and "TotalStoreCredit" not in caught.value.errors[0][1]
    assert h.requests == []


def test_list_filters_and_month_first_timestamps(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([CUSTOMER])])
    [customer] = h.call(
        "list_customers",
        limit=50,
        offset=100,
        email="john.doe@example.com",
        lastupdatestart=datetime.datetime(2024, 1, 15, 9, 5, 7),
        lastupdateend=datetime.datetime(2024, 1, 31, 13, 45, 0),
    )
    _headers_ok(h)
    assert h.last.url.path == "/3dCartWebAPI/v1/Customers"
    assert query_pairs(h.last) == [
        ("email", "john.doe@example.com"),
        ("lastupdateend", "01/31/2024 13:45:00"),
        ("lastupdatestart", "01/15/2024 09:05:07"),
        ("limit", "50"),
        ("offset", "100"),
    ]
    assert customer.customer_id == 1234 and customer.enabled is True


@pytest.mark.parametrize(
    "answer",
    [
        json_answer([{"Key": "", "Value": "", "Status": "404", "Message": "No Customer records found"}], 404),
        json_answer([{"Key": "", "Value": "", "Status": "400", "Message": "Offset amount exceeds the total number of records"}], 400),
    ],
)
def test_no_records_answers_mean_an_empty_list(mode: str, answer: object) -> None:
    h = Harness("shift4shop", mode, answers=[answer])  # type: ignore[list-item]
    assert h.call("list_customers") == []
    group = Harness("shift4shop", mode, answers=[answer])  # type: ignore[list-item]
    assert group.call("list_customer_group_customers", id=7) == []
    assert group.last.url.path == "/3dCartWebAPI/v1/CustomerGroups/7/Customers"


def test_other_400s_still_raise(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([{"Key": "", "Value": "", "Status": "400", "Message": "Invalid email"}], 400)])
    with pytest.raises(shift4shop.ApiError) as caught:
        h.call("list_customers")
    assert caught.value.status == 400


def test_get_returns_the_one_customer(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([CUSTOMER])])
    customer = h.call("get_customer", id=1234)
    assert str(h.last.url) == f"{BASE}/Customers/1234"
    assert isinstance(customer, shift4shop.Customer) and customer.email == "john.doe@example.com"


def test_get_with_two_items_is_unexpected(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([CUSTOMER, CUSTOMER])], validate_responses="off")
    with pytest.raises(shift4shop.UnexpectedResponseError, match="exactly one"):
        h.call("get_customer", id=1234)


def test_get_404_is_not_found(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([{"Key": "", "Value": "", "Status": "404", "Message": "Customer record found."}], 404)])
    with pytest.raises(shift4shop.NotFoundError):
        h.call("get_customer", id=1)


def test_bulk_update_puts_a_list(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([{**WRITTEN[0], "Status": "200"}])])
    items = [shift4shop.CustomerBulkUpdateItem(customer_id=1234, billing_first_name="John", mail_list=True), {"CustomerID": 1235, "Comments": "Prefers phone contact"}]
    h.call("update_customers", body=items)
    assert (h.last.method, str(h.last.url)) == ("PUT", f"{BASE}/Customers")
    assert json.loads(h.last.content) == [
        {"CustomerID": 1234, "BillingFirstName": "John", "MailList": True},
        {"CustomerID": 1235, "Comments": "Prefers phone contact"},
    ]


def test_bulk_update_needs_customer_ids(mode: str) -> None:
    h = Harness("shift4shop", mode)
    with pytest.raises(shift4shop.RequestValidationError) as caught:
        h.call("update_customers", body=[{"Comments": "x"}])
    assert [p for p, _ in caught.value.errors] == ["/body/0"]


def test_update_and_delete(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([{**WRITTEN[0], "Status": "200"}])])
    h.call("update_customer", id=1234, body={"BillingCity": "Miami"})
    assert (h.last.method, str(h.last.url), h.last.content) == ("PUT", f"{BASE}/Customers/1234", b'{"BillingCity":"Miami"}')
    h.call("delete_customer", id=1234)
    assert (h.last.method, str(h.last.url), h.last.content) == ("DELETE", f"{BASE}/Customers/1234", b"")


def test_401_is_authentication_error(mode: str) -> None:
    h = Harness("shift4shop", mode, answers=[json_answer([{"Key": "", "Value": "", "Status": "401", "Message": "Authentication failure"}], 401)])
    with pytest.raises(shift4shop.AuthenticationError) as caught:
        h.call("list_customers")
    text = str(caught.value) + repr(caught.value)
    assert "pk-0a1b2c3d" not in text and "tk-9f8e7d6c" not in text


def test_iterator_walks_offsets_from_zero(mode: str) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        offset, limit = int(params["offset"]), int(params["limit"])
        total = 250
        if offset >= total:
            return json_answer([{"Key": "", "Value": "", "Status": "400", "Message": "Offset amount exceeds the total number of records"}], 400)
        return json_answer([{**CUSTOMER, "CustomerID": i} for i in range(offset, min(offset + limit, total))])

    h = Harness("shift4shop", mode, answers=[page])
    items = h.collect("iter_list_customers")
    assert [c.customer_id for c in items] == list(range(250))
    assert [(dict(r.url.params)["offset"], dict(r.url.params)["limit"]) for r in h.requests] == [("0", "100"), ("100", "100"), ("200", "100")]


def test_iterator_stops_at_an_exact_multiple_via_the_empty_answer(mode: str) -> None:
    answers = [json_answer([CUSTOMER] * 10), json_answer([{"Key": "", "Value": "", "Status": "404", "Message": "No Customer records found"}], 404)]
    h = Harness("shift4shop", mode, answers=answers)
    assert len(h.collect("iter_list_customers", limit=10)) == 10
    assert [dict(r.url.params)["offset"] for r in h.requests] == ["0", "10"]
