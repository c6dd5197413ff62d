"""Collections in the fake: create then get/list returns it, update and delete act on it,
pagination yields every item exactly once, ids and acknowledgements in the vendor's shape."""

from __future__ import annotations

import json

import httpx
import pytest
from specloom_runtime.errors import NotFoundError

from tests.testing_kit.support import Kit


def test_cartfunnel_create_then_get_and_list(mode: str) -> None:
    kit = Kit("cartfunnel", mode)
    created = kit.call("create_customer", body={"email": "anna@example.com", "first_name": "Anna", "accepts_marketing": True})
    assert created.id == 1 and created.persisted is True and created.accepts_marketing is True
    assert created.orders_count == 0 and created.last_order_id is None  # server-made, from the spec's example
    again = kit.call("get_customer", id=created.id)
    assert (again.email, again.first_name) == ("anna@example.com", "Anna")
    assert [c.email for c in kit.call("list_customers")] == ["anna@example.com"]
    second = kit.call("create_customer", body={"email": "bob@example.com"})
    assert second.id == 2
    updated = kit.call("update_customer", id=1, body={"last_name": "Benning"})
    assert (updated.first_name, updated.last_name) == ("Anna", "Benning")
    assert kit.fake.get(1)["last_name"] == "Benning"
    with pytest.raises(NotFoundError):
        kit.call("get_customer", id=99)


def test_cartfunnel_answers_carry_the_vendor_wire_strings() -> None:
    kit = Kit("cartfunnel", "sync")
    kit.fake.add({"email": "anna@example.com", "accepts_marketing": True})
    with httpx.Client(transport=kit.fake, headers={"X-CARTFUNNEL-ACCOUNT": "a", "X-CARTFUNNEL-API-SECRET": "s"}) as raw:
        answer = raw.get("https://api.cartfunnel.net/v1/customers/1.json")
    assert answer.headers["Content-Type"] == "application/json"
    body = json.loads(answer.content)
    assert (body["persisted"], body["accepts_marketing"], body["last_order_id"]) == ("true", "true", "null")
    assert kit.fake.items()[0]["persisted"] is True  # stored decoded


def test_shift4shop_create_acknowledges_with_the_new_id_then_get_list_update_delete(mode: str) -> None:
    kit = Kit("shift4shop", mode)
    [written] = kit.call("create_customer", body={"Email": "john@example.com", "Password": ""})
    assert (written.key, written.value, written.status, written.message) == ("CustomerID", "1", "201", "Created successfully")
    customer = kit.call("get_customer", id=1)  # the one-item array is unwrapped by the client
    assert (customer.customer_id, customer.email, customer.total_store_credit) == (1, "john@example.com", 0)  # not the example's 1.1
    assert [c.email for c in kit.call("list_customers")] == ["john@example.com"]
    [updated] = kit.call("update_customer", id=1, body={"BillingFirstName": "John"})
    assert (updated.value, updated.message) == ("1", "updated successfully")
    kit.fake.add({"Email": "jane@example.com", "CustomerGroupID": 4})
    acks = kit.call("update_customers", body=[{"CustomerID": 1, "MailList": True}, {"CustomerID": 2, "Enabled": False}])
    assert [a.value for a in acks] == ["1", "2"]
    assert [(c["CustomerID"], c.get("MailList"), c.get("Enabled")) for c in kit.fake.items()] == [(1, True, None), (2, None, False)]
    with pytest.raises(NotFoundError):  # one missing customer: nothing is written
        kit.call("update_customers", body=[{"CustomerID": 2, "Comments": "x"}, {"CustomerID": 9}])
    assert "Comments" not in kit.fake.get(2)
    [deleted] = kit.call("delete_customer", id=1)
    assert (deleted.value, deleted.message) == ("1", "Deleted successfully")
    with pytest.raises(NotFoundError):
        kit.call("get_customer", id=1)
    with pytest.raises(NotFoundError):
        kit.call("delete_customer", id=1)
    assert [c.customer_id for c in kit.call("list_customer_group_customers", id=4)] == [2]


@pytest.mark.parametrize(("api", "item", "key"), [("cartfunnel", "email", "id"), ("shift4shop", "Email", "CustomerID")])
@pytest.mark.parametrize("count", [250, 200, 0])
def test_pagination_yields_every_seeded_item_exactly_once(api: str, item: str, key: str, count: int, mode: str) -> None:
    kit = Kit(api, mode)
    seeded = kit.fake.seed({item: f"c{i}@example.com"} for i in range(count))
    assert [s[key] for s in seeded] == list(range(1, count + 1))
    walked = kit.call("iter_list_customers")
    ids = [c.id if api == "cartfunnel" else c.customer_id for c in walked]
    assert ids == list(range(1, count + 1))
    pages = [r.params for r in kit.fake.requests]
    full = count // 100
    if api == "cartfunnel":
        assert pages == [{"page": n} for n in range(1, full + 2)]
    else:
        assert pages == [{"offset": 100 * n, "limit": 100} for n in range(full + 1)]
    if count % 100 == 0:  # the last request found nothing: an empty page, or the declared "no records"
        assert kit.fake.requests[-1].status == (200 if api == "cartfunnel" else 404)


def test_offset_past_the_end_is_the_declared_empty_result(mode: str) -> None:
    kit = Kit("shift4shop", mode)
    kit.fake.seed({"Email": f"c{i}@example.com"} for i in range(5))
    assert [c.customer_id for c in kit.call("list_customers", offset=3, limit=10)] == [4, 5]
    assert kit.call("list_customers", offset=1000) == []
    assert kit.fake.requests[-1].status == 404
    cartfunnel = Kit("cartfunnel", mode)
    assert cartfunnel.call("list_customers", page=9) == []
    assert cartfunnel.fake.requests[-1].status == 200


def test_seeding_accepts_models_and_keeps_given_ids() -> None:
    from specloom.apis import cartfunnel

    kit = Kit("cartfunnel", "sync")
    kit.fake.seed([cartfunnel.Customer(id=40, persisted=True, email="a@example.com"), {"id": 7, "email": "b@example.com"}])
    created = kit.call("create_customer", body={"email": "c@example.com"})
    assert created.id == 41
    assert [c["id"] for c in kit.fake.items()] == [40, 7, 41]
    kit.fake.reset()
    assert kit.fake.items() == [] and kit.fake.requests == []
