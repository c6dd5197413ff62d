"""Operations that are not collection-shaped (Firecart add, Salesfire sync, Client Toolbox record)
keep their payloads; each vendor's documented error inside a 2xx body, with its code and messages."""

from __future__ import annotations

from typing import cast

import pytest
from specloom_runtime.errors import AuthenticationError, ErrorInBody

from tests.testing_kit.support import Kit


def test_firecart_add_keeps_the_decoded_query_payload(mode: str) -> None:
    kit = Kit("firecart", mode)
    result = kit.call("add_customer", data={"name": "David", "email": "david@address.com", "Company Name": "ACME"}, sublist=["My List"])
    assert result.status == "SUCCESS"
    [payload] = kit.fake.payloads("add_customer")
    assert payload == {"action": "ADD_CUSTOMER", "data": {"name": "David", "email": "david@address.com", "Company_Name": "ACME"}, "sublist": ["My List"]}
    assert "apiSecret" not in kit.fake.requests[0].params and "apiSecret" in str(kit.fake.requests[0].raw.url)


def test_firecart_failed_answers(mode: str) -> None:
    kit = Kit("firecart", mode)
    kit.fake.fail("addCustomer", error_in_body=True, times=1)  # the plain-text form
    with pytest.raises(ErrorInBody) as text:
        kit.call("add_customer", data={"email": "david@address.com"})
    assert (text.value.code, text.value.messages) == ("1001", ("FAILED : 1001",))  # the text is the message
    kit.fake.fail("addCustomer", error_in_body=1, times=1)  # the JSON form
    with pytest.raises(ErrorInBody) as data:
        kit.call("add_customer", data={"email": "david@address.com"})
    assert data.value.code == "1001"
    assert data.value.messages == ("Given data is not formatted properly (JSON) or not submitted as part of the request",)
    kit.fake.fail("addCustomer", error_in_body=True, body="FAILED : 2002", times=1)  # your own code
    with pytest.raises(ErrorInBody) as custom:
        kit.call("add_customer", data={"email": "david@address.com"})
    assert custom.value.code == "2002"
    assert kit.fake.payloads("addCustomer") == []  # a failed call is not kept


def test_cartfunnel_not_saved_answers(mode: str) -> None:
    kit = Kit("cartfunnel", mode)
    kit.fake.fail("createCustomer", error_in_body=0, times=1)
    with pytest.raises(ErrorInBody) as errors:
        kit.call("create_customer", body={"email": "anna@example.com"})
    assert errors.value.messages == ("An error has occurred",)
    kit.fake.fail("createCustomer", error_in_body=1, times=1)  # persisted: "false"
    with pytest.raises(ErrorInBody) as unsaved:
        kit.call("create_customer", body={"email": "anna@example.com"})
    body = cast(dict[str, object], unsaved.value.body)  # the vendor's JSON object
    assert (unsaved.value.code, unsaved.value.messages, body["persisted"]) == (None, (), False)
    assert kit.fake.items() == []


def test_salesfire_sync_is_signed_and_kept(mode: str) -> None:
    kit = Kit("salesfire", mode, credentials={"secret": "sf-signing-key-44"})
    body = {"email": "test@salesfire.com", "types": ["MARKETING", "TRANSACTIONAL"], "channels": ["EMAIL"]}
    kit.call("sync_customer", site="my-site", list="newsletter", body=body)
    assert kit.fake.payloads("sync_customer") == [body]
    assert kit.fake.requests[0].params == {"site": "my-site", "list": "newsletter"}
    kit.credentials["secret"] = "another-key"  # a signature made with the wrong key
    with pytest.raises(AuthenticationError):
        kit.call("sync_customer", site="my-site", list="newsletter", body=body)
    assert len(kit.fake.payloads("syncCustomer")) == 1


def test_clienttoolbox_record_keeps_typed_form_fields_without_credentials(mode: str) -> None:
    kit = Kit("clienttoolbox", mode)
    form = {"type": "record_customer", "customer_action": "new", "account_id": "acme", "card_number_generate": 10, "send_no_email": True}
    result = kit.call("record_customer", body=form)
    assert result.status == "success" and result.customer.code == "1234567890123456"
    [payload] = kit.fake.payloads("recordCustomer")
    assert payload == {**form, "output": "JSON"}  # the client asks for JSON; credentials left out
    kit.fake.fail("recordCustomer", error_in_body=True)
    with pytest.raises(ErrorInBody) as caught:
        kit.call("record_customer", body=form)
    assert caught.value.messages == ("Error message",)
    kit.fake.heal()
    kit.fake.answer("recordCustomer", {"status": "success", "customer": {"status": "registered", "code": "77"}}, times=1)
    assert kit.call("record_customer", body=form).customer.code == "77"
    assert kit.call("record_customer", body=form).customer.code == "1234567890123456"
