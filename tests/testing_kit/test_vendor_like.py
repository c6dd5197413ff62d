"""The fakes answer the way the vendors do, as their specs declare it (issue section 4).

Input: the generated ``testing.FakeApi`` of Client Toolbox, Firecart, Cartfunnel and Shift4Shop,
driven by their clients or by a plain ``httpx.Client`` on the fake (to see the wire bytes).
Output: assertions on what comes back: refusals in the spec's documented way (error-in-body
APIs refuse inside a 200), the answer format the request asked for (XML by default, JSON,
JSONP, condensed), members answered only on request, list filters, nested group lists,
count-only answers, and seeded records that do not copy the spec's example data.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from defusedxml import ElementTree
from specloom_runtime.errors import ErrorInBody

from tests.clients.support import CREDENTIALS
from tests.testing_kit.support import Kit

RECORD = {"type": "record_customer", "customer_action": "new", "account_id": "acme", "first_name": "John"}


def _toolbox_post(fake: Any, **fields: str) -> httpx.Response:
    """What the Client Toolbox fake answers to a raw form POST (credentials included)."""
    with httpx.Client(transport=fake, base_url="https://api.clienttoolbox.com") as raw:
        return raw.post("/", data={**CREDENTIALS["clienttoolbox"], **RECORD, **fields})


# -- refusals the way the spec documents them ---------------------------------------------------


@pytest.mark.parametrize("api", ["clienttoolbox", "firecart"])
def test_wrong_credentials_are_refused_inside_a_200_where_the_api_reports_failures_there(api: str, mode: str) -> None:
    kit = Kit(api, mode, credentials=dict(Kit(api, mode).credentials))
    name = next(iter(kit.credentials))
    kit.credentials[name] = "wrong-" + kit.credentials[name]
    operation = {"clienttoolbox": "recordCustomer", "firecart": "addCustomer"}[api]
    with pytest.raises(ErrorInBody) as caught:
        kit.call_operation(operation)
    assert caught.value.status == 200  # not an invented 401
    assert kit.fake.requests[-1].status == 200


def test_a_bad_request_to_firecart_answers_failed_in_the_format_of_its_success() -> None:
    fake = Kit("firecart", "sync", on_invalid="answer").fake
    with httpx.Client(transport=fake, base_url="http://app.firecart.io") as raw:
        answer = raw.get("/CustomerServiceHandler.do", params={**CREDENTIALS["firecart"], "action": "ADD_CUSTOMER", "data": "{not json"})
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == fake.behaviour("addCustomer").success.media_type
    assert "FAILED" in answer.text  # the spec's FAILED answer, in the form its success takes


# -- Client Toolbox's answer formats ------------------------------------------------------------


def test_client_toolbox_answers_xml_when_no_output_is_asked_for() -> None:
    answer = _toolbox_post(Kit("clienttoolbox", "sync").fake)
    assert answer.headers["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(answer.content)
    assert (root.tag, root.get("status")) == ("response", "success")  # status is an attribute
    customer = root.find("customer")
    assert customer is not None and customer.get("status") == "new"
    assert customer.findtext("code") and customer.find("card_number") is None


def test_client_toolbox_answers_json_jsonp_and_condensed_as_asked() -> None:
    fake = Kit("clienttoolbox", "sync").fake
    plain = _toolbox_post(fake, output="JSON")
    assert plain.headers["Content-Type"].startswith("application/json")
    assert "\n" in plain.text and json.loads(plain.text)["status"] == "success"
    condensed = _toolbox_post(fake, output="JSON", condensed="yes")
    assert condensed.text == json.dumps(json.loads(plain.text), separators=(",", ":"))
    jsonp = _toolbox_post(fake, callback="handle", condensed="yes")
    assert jsonp.headers["Content-Type"].startswith("application/javascript")
    assert jsonp.text == f"handle({condensed.text})"


def test_client_toolbox_errors_come_in_the_asked_format_too() -> None:
    fake = Kit("clienttoolbox", "sync").fake
    fake.fail("recordCustomer", error_in_body=True)
    root = ElementTree.fromstring(_toolbox_post(fake).content)
    assert (root.get("status"), root.findtext("error")) == ("error", "Error message")


def test_the_client_reads_the_xml_default_like_json(mode: str) -> None:
    kit = Kit("clienttoolbox", "sync" if mode == "sync" else "async")
    as_xml = kit.call("record_customer", body={**RECORD, "output": "XML"})
    as_json = kit.call("record_customer", body=RECORD)
    assert as_xml == as_json and as_xml.status == "success"
    assert kit.fake.requests[0].raw.content.count(b"output=XML") == 1


def test_card_number_is_answered_only_when_one_is_generated() -> None:
    fake = Kit("clienttoolbox", "sync").fake
    without = json.loads(_toolbox_post(fake, output="JSON").text)
    generated = json.loads(_toolbox_post(fake, output="JSON", card_number_generate="10").text)
    assert "card_number" not in without["customer"]
    assert "card_number" in generated["customer"]


# -- Shift4Shop collections -----------------------------------------------------------------------


def _customers(kit: Kit) -> None:
    kit.fake.seed([
        {"Email": "ann@example.com", "Password": "", "BillingFirstName": "Ann", "BillingCountry": "US", "CustomerGroupID": 1},
        {"Email": "bob@example.com", "Password": "", "BillingFirstName": "Bob", "BillingCountry": "NZ", "CustomerGroupID": 2},
        {"Email": "cy@example.com", "Password": "", "BillingFirstName": "Cy", "BillingCountry": "US", "CustomerGroupID": 1},
    ])


def test_shift4shop_list_filters_select_the_matching_customers(mode: str) -> None:
    kit = Kit("shift4shop", mode)
    _customers(kit)
    assert [c.email for c in kit.call("list_customers", email="BOB@example.com")] == ["bob@example.com"]
    assert [c.customer_id for c in kit.call("list_customers", country="US")] == [1, 3]
    assert [c.customer_id for c in kit.call("list_customers", firstname="Cy", country="US")] == [3]
    assert [c.customer_id for c in kit.call("list_customers", firstname="")] == [1, 2, 3]  # empty: no filter
    assert kit.call("list_customers", lastname="Nobody") == []  # the documented 404: no records


def test_shift4shop_lastupdate_filters_compare_when_customers_were_written(mode: str) -> None:
    kit = Kit("shift4shop", mode)
    kit.fake.clock = lambda: datetime(2024, 1, 10, 8, 0, tzinfo=UTC)
    kit.fake.add({"Email": "old@example.com", "Password": ""})
    kit.fake.clock = lambda: datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    kit.fake.add({"Email": "new@example.com", "Password": ""})
    assert [c.email for c in kit.call("list_customers", lastupdatestart="02/01/2024 00:00:00")] == ["new@example.com"]
    assert [c.email for c in kit.call("list_customers", lastupdateend="01/31/2024 23:59:59")] == ["old@example.com"]
    kit.fake.clock = lambda: datetime(2024, 4, 1, tzinfo=UTC)
    kit.call("update_customer", id=1, body={"Comments": "called"})  # an update is a write
    assert [c.email for c in kit.call("list_customers", lastupdatestart="03/15/2024 00:00:00")] == ["old@example.com"]


def test_shift4shop_group_lists_hold_the_group_and_an_unknown_group_answers_404(mode: str) -> None:
    kit = Kit("shift4shop", mode)
    _customers(kit)
    assert [c.customer_id for c in kit.call("list_customer_group_customers", id=1)] == [1, 3]
    assert [c.customer_id for c in kit.call("list_customer_group_customers", id=2, country="NZ")] == [2]
    assert kit.call("list_customer_group_customers", id=9) == []  # documented: 404 means no records
    assert kit.fake.requests[-1].status == 404
    assert kit.fake.selected_by("list_customer_group_customers", {"id": 9, "email": "x@example.com"}) == {
        "CustomerGroupID": 9, "Email": "x@example.com",
    }  # what an item needs to be listed by those arguments


def test_shift4shop_countonly_answers_the_count_of_the_matching_customers() -> None:
    kit = Kit("shift4shop", "sync")
    _customers(kit)
    headers = {"SecureURL": "https://myshop.3dcartstores.com", "PrivateKey": "pk", "Token": "tk"}
    with httpx.Client(transport=kit.fake, base_url="https://apirest.3dcart.com/3dCartWebAPI/v1", headers=headers) as raw:
        assert raw.get("/Customers", params={"countonly": 1}).json() == {"TotalCount": 3}
        assert raw.get("/Customers", params={"countonly": 1, "country": "US"}).json() == {"TotalCount": 2}
        assert raw.get("/CustomerGroups/2/Customers", params={"countonly": 1}).json() == {"TotalCount": 1}
        assert len(raw.get("/Customers", params={"countonly": 0}).json()) == 3  # 0: the list


def test_seeded_records_do_not_copy_the_spec_examples_data() -> None:
    shift4shop = Kit("shift4shop", "sync").fake
    [item] = shift4shop.seed([{"Email": "a@example.com", "Password": ""}])
    assert item["TotalStoreCredit"] == 0  # the example's credit of 1.1 is not every customer's
    cartfunnel = Kit("cartfunnel", "sync").fake
    cartfunnel.clock = lambda: datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
    first = cartfunnel.add({"email": "a@example.com"})
    cartfunnel.clock = lambda: datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
    second = cartfunnel.add({"email": "b@example.com"})
    assert first["created_at"].startswith("2025-06-01T09:30:00") and second["created_at"].startswith("2025-06-02")
    assert first["persisted"] is True and first["last_order_id"] is None  # flags and markers stay


def test_an_update_stamps_the_update_date_and_keeps_the_creation_date(mode: str) -> None:
    kit = Kit("cartfunnel", mode)
    kit.fake.clock = lambda: datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
    created = kit.call("create_customer", body={"email": "a@example.com"})
    kit.fake.clock = lambda: datetime(2025, 7, 1, 9, 30, tzinfo=UTC)
    updated = kit.call("update_customer", id=created.id, body={"first_name": "Ann"})
    assert (updated.created_at.month, updated.updated_at.month) == (6, 7)


def test_a_scripted_answer_with_a_media_type_is_answered_as_written() -> None:
    fake = Kit("clienttoolbox", "sync").fake
    fake.answer("recordCustomer", {"status": "success", "customer": {"code": "7", "card_number": "1"}}, times=1)
    shaped = _toolbox_post(fake)  # no output: the server's XML, the scripted body in it
    assert ElementTree.fromstring(shaped.content).findtext("customer/card_number") == "1"
    fake.answer("recordCustomer", {"status": "success", "customer": {"code": "7"}}, media_type="application/json")
    assert json.loads(_toolbox_post(fake).text)["customer"] == {"code": "7"}
