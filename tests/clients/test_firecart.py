"""Firecart AddCustomer on the wire: everything in the query string of a GET, JSON in ``data``."""

from __future__ import annotations

import datetime
import json

import pytest

from specloom.apis import firecart
from tests.clients.support import Harness, json_answer, query_pairs, seed_pairs, text_answer

# The one concrete request of the seed (000_025e9755d4306a28, "Request URL"), with the seed's
# credentials replaced by the harness's, and "Custom_Variable_1" sent as the docs show it.
SEED_QUERY = (
    'apiAccessKey=canvass&apiSecret=canvass-secret-7&action=ADD_CUSTOMER&data={"name":"David",'
    '"email":"david@address.com","mobileNumber":"1234512345","gender":"male","maritalStatus":'
    '"married","dateOfBirth":"15/08/1977","city":"Mumbai","Custom_Variable_1":"Value1"}'
    '&sublist=["Landing Page List","My List"]'
)
DAVID = {
    "name": "David",
    "email": "david@address.com",
    "mobileNumber": "1234512345",
    "gender": "male",
    "maritalStatus": "married",
    "dateOfBirth": "15/08/1977",
    "city": "Mumbai",
    "Custom Variable 1": "Value1",  # a space: the client must send Custom_Variable_1
}


def test_seed_request_byte_for_byte(mode: str) -> None:
    h = Harness("firecart", mode, answers=[text_answer("SUCCESS")])
    result = h.call("add_customer", data=DAVID, sublist=["Landing Page List", "My List"])
    assert result == "SUCCESS"
    request = h.last
    assert request.method == "GET"
    assert (request.url.scheme, request.url.host, request.url.path) == ("http", "app.firecart.io", "/CustomerServiceHandler.do")
    assert query_pairs(request) == seed_pairs(SEED_QUERY)
    assert request.content == b""


def test_model_with_date_is_sent_day_first(mode: str) -> None:
    h = Harness("firecart", mode, answers=[json_answer({"status": "SUCCESS"})])
    data = firecart.CustomerData(name="Anna", date_of_birth=datetime.date(1977, 8, 15), extra={"Company Name": "ACME"})
    result = h.call("add_customer", data=data)
    assert isinstance(result, firecart.AddCustomerJsonResult) and result.status == "SUCCESS"
    sent = json.loads(dict(query_pairs(h.last))["data"])
    assert sent == {"name": "Anna", "dateOfBirth": "15/08/1977", "Company_Name": "ACME"}
    assert dict(query_pairs(h.last))["action"] == "ADD_CUSTOMER"
    assert "sublist" not in dict(query_pairs(h.last))


def test_mapping_with_a_date_object_is_encoded_too(mode: str) -> None:
    h = Harness("firecart", mode, answers=[text_answer("SUCCESS")])
    h.call("add_customer", data={"email": "a@example.com", "dateOfBirth": datetime.date(2001, 2, 3)})
    assert json.loads(dict(query_pairs(h.last))["data"])["dateOfBirth"] == "03/02/2001"


@pytest.mark.parametrize(
    ("answer", "code", "messages"),
    [
        (text_answer("FAILED : 1001"), "1001", ("FAILED : 1001",)),  # no message declared: the text
        (json_answer({"status": "FAILED", "errorCode": "1002", "message": "API blocked"}), "1002", ("API blocked",)),
    ],
)
def test_failed_in_a_200_answer_is_error_in_body(mode: str, answer: object, code: str, messages: tuple[str, ...]) -> None:
    h = Harness("firecart", mode, answers=[answer])  # type: ignore[list-item]
    with pytest.raises(firecart.ErrorInBody) as caught:
        h.call("add_customer", data={"name": "David"})
    assert caught.value.code == code
    assert caught.value.messages == messages
    assert caught.value.status == 200
    assert "canvass-secret-7" not in str(caught.value)


def test_invalid_data_is_refused_before_sending(mode: str) -> None:
    h = Harness("firecart", mode)
    with pytest.raises(firecart.RequestValidationError) as caught:
        h.call("add_customer", data={"email": "not-an-email", "dateOfBirth": "1977-08-15", "x": 1}, sublist=[])
    pointers = {pointer for pointer, _ in caught.value.errors}
    assert {"/query/data/email", "/query/data/dateOfBirth", "/query/data/x", "/query/sublist"} <= pointers
    assert h.requests == []


def test_answer_off_spec_warns_by_default_and_raises_when_asked(mode: str) -> None:
    off_spec = json_answer({"status": 123})  # status must be a string
    h = Harness("firecart", mode, answers=[off_spec])
    with pytest.warns(firecart.ResponseValidationWarning, match="/status"):
        result = h.call("add_customer", data={"name": "D"})
    assert isinstance(result, firecart.AddCustomerJsonResult)
    strict = Harness("firecart", mode, answers=[off_spec], validate_responses="raise")
    with pytest.raises(firecart.ResponseValidationError) as caught:
        strict.call("add_customer", data={"name": "D"})
    assert [pointer for pointer, _ in caught.value.errors] == ["/status"]
    quiet = Harness("firecart", mode, answers=[off_spec], validate_responses="off")
    assert quiet.call("add_customer", data={"name": "D"}).status == 123


def test_answer_that_cannot_be_typed_raises_even_when_warning(mode: str) -> None:
    h = Harness("firecart", mode, answers=[json_answer(["not", "an", "object"])])
    with pytest.warns(firecart.ResponseValidationWarning), pytest.raises(firecart.ResponseValidationError):
        h.call("add_customer", data={"name": "D"})


def test_undocumented_media_type_is_reported(mode: str) -> None:
    h = Harness("firecart", mode, answers=[text_answer("<ok/>", content_type="application/xml")], validate_responses="raise")
    with pytest.raises(firecart.ResponseValidationError, match="application/xml"):
        h.call("add_customer", data={"name": "D"})


def test_validation_can_be_switched_off(mode: str) -> None:
    h = Harness("firecart", mode, answers=[text_answer("SUCCESS")], validate_requests=False)
    h.call("add_customer", data={"email": "not-an-email"})
    assert json.loads(dict(query_pairs(h.last))["data"]) == {"email": "not-an-email"}
