"""Answers read as the vendor sends them, and the review's smaller request rules, end to end
through the generated clients (sync and async) and ``httpx.MockTransport``.

Each test states what the vendor documentation (``../shared/seeds``, ``../shared/vendor-notes``)
says reaches the client and what the caller must get back.
"""

from __future__ import annotations

import datetime
import json
import warnings

import httpx
import pytest
from specloom_runtime.call import OperationSpec, ResponseForm, ResponseSpec, interpret
from specloom_runtime.errors import (
    ErrorInBody,
    Redactor,
    RequestValidationError,
    ResponseValidationError,
)
from specloom_runtime.wire import PLAIN

from specloom.apis import cartfunnel, clienttoolbox, firecart, shift4shop
from tests.clients.support import Harness, json_answer, query_pairs, text_answer

TOOLBOX_NEW = {"type": "record_customer", "customer_action": "new", "account_id": "greatwidgets", "first_name": "John"}
TOOLBOX_OK = {"status": "success", "customer": {"status": "new", "code": "1234567890123456"}}
CF_SAVED = {"id": 32199, "email": "anna@example.com", "persisted": "true", "last_order_id": "null"}


# -- the operation's declared forms decide, not the Content-Type --------------------------------


def test_jsonp_labelled_json_is_read_as_asked(mode: str) -> None:
    """``callback`` asks for JSONP; a server that labels it application/json is still read."""
    body = f"cb({json.dumps(TOOLBOX_OK)});"
    h = Harness("clienttoolbox", mode, validate_responses="raise").answer(text_answer(body, content_type="application/json"))
    result = h.call("record_customer", body=TOOLBOX_NEW, callback="cb")
    assert isinstance(result, clienttoolbox.RecordCustomerResult) and result.customer is not clienttoolbox.UNSET


@pytest.mark.parametrize("content_type", ["text/html; charset=UTF-8", None])
def test_xml_asked_for_is_read_as_xml_whatever_the_label(mode: str, content_type: str | None) -> None:
    """PHP answers text/html by default: ``output=XML`` was asked, so the body is XML."""
    xml = '<response status="success"><customer status="new"><code>42</code></customer></response>'
    answer = httpx.Response(200, content=xml.encode(), headers={"Content-Type": content_type} if content_type else {})
    h = Harness("clienttoolbox", mode, validate_responses="raise").answer(answer)
    result = h.call("record_customer", body=TOOLBOX_NEW, output="XML")
    assert result.customer.code == "42"


def test_broken_json_is_no_success_even_where_text_is_documented(mode: str) -> None:
    """Firecart documents a text/plain answer too; a cut JSON body still is not a success."""
    h = Harness("firecart", mode).answer(text_answer('{"status": "SUCCESS", "errorCode": ', content_type="text/html"))
    with pytest.raises(ResponseValidationError):
        h.call("add_customer", data={"name": "David"})


def test_failed_text_under_a_json_label_is_an_error_in_body(mode: str) -> None:
    h = Harness("firecart", mode).answer(text_answer("FAILED : 1001", content_type="application/json"))
    with pytest.raises(ErrorInBody) as caught:
        h.call("add_customer", data={"name": "David"})
    assert caught.value.code == "1001"


def test_a_bool_method_never_returns_text() -> None:
    """``-> bool``, JSON documented: PHP's ``echo true`` sends ``1`` as text/html. The body is
    read as the documented JSON (``true`` is True); what no documented form reads (``yes``) is an
    error whatever the validation mode, never a string returned as the result."""
    spec: OperationSpec[bool] = OperationSpec(
        name="isMember", method="GET", path="/member", params=(), body=None,
        responses=(ResponseSpec(status="200", forms=(ResponseForm(media_type="application/json", codec=PLAIN, validator=None),)),),
        credentials=(), idempotent=True,
    )  # fmt: skip
    request = httpx.Request("GET", "https://api.example.com/member")
    for mode in ("off", "warn", "raise"):
        for text, expected in (("true", True), (" false\n", False), ("1", 1)):
            answer = httpx.Response(200, text=text, headers={"Content-Type": "text/html"}, request=request)
            result = interpret(spec, answer, redactor=Redactor([]), mode=mode)
            assert result == expected and not isinstance(result, str)
        for headers in ({"Content-Type": "text/html"}, {}):
            answer = httpx.Response(200, text="yes", headers=headers, request=request)
            with warnings.catch_warnings(), pytest.raises(ResponseValidationError):
                warnings.simplefilter("ignore")
                interpret(spec, answer, redactor=Redactor([]), mode=mode)


# -- 2xx means 2xx ------------------------------------------------------------------------------


def test_cartfunnel_202_is_read_like_200(mode: str) -> None:
    """"A 200-level code is returned even in instances where an object is not saved"."""
    h = Harness("cartfunnel", mode, validate_responses="raise").answer(json_answer(CF_SAVED, status=202))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        saved = h.call("update_customer", id=32199, body={"last_name": "Jules"})
    assert isinstance(saved, cartfunnel.Customer) and saved.last_order_id is None
    for status in (201, 202):
        failed = Harness("cartfunnel", mode).answer(json_answer({**CF_SAVED, "persisted": "false"}, status=status))
        with pytest.raises(ErrorInBody):
            failed.call("update_customer", id=32199, body={"last_name": "Jules"})


# -- declared answer shapes ----------------------------------------------------------------------


def test_shift4shop_countonly_is_refused_before_sending(mode: str) -> None:
    h = Harness("shift4shop", mode)
    with pytest.raises(RequestValidationError) as caught:
        h.call("list_customers", countonly=1)
    assert caught.value.errors[0][0] == "/query/countonly" and h.requests == []


def test_firecart_json_answer_of_another_shape_is_a_saved_contact(mode: str) -> None:
    """The JSON form is the spec's assumption: an answer without ``status`` is no exception."""
    h = Harness("firecart", mode, validate_responses="off").answer(json_answer({"result": "saved", "id": 77}))
    result = h.call("add_customer", data={"name": "David"})
    assert isinstance(result, firecart.AddCustomerJsonResult) and result.extra == {"result": "saved", "id": 77}


def test_shift4shop_failed_items_of_a_bulk_write_are_exposed(mode: str) -> None:
    """Each entry of a write answer has its own Status; a 200 answer may list failed records."""
    written = [
        {"Key": "CustomerID", "Value": "1234", "Status": "200", "Message": "updated successfully"},
        {"Key": "CustomerID", "Value": "1235", "Status": "404", "Message": "Customer not found"},
    ]
    h = Harness("shift4shop", mode).answer(json_answer(written))
    with pytest.raises(shift4shop.PartialFailure) as caught:
        h.call("update_customers", body=[{"CustomerID": 1234, "MailList": True}, {"CustomerID": 1235, "MailList": True}])
    failure = caught.value
    assert isinstance(failure, ErrorInBody) and failure.failed_indexes == (1,)
    [failed], [done] = failure.failed, failure.succeeded
    assert isinstance(failed, shift4shop.WriteResult) and (failed.value, failed.status) == ("1235", "404")
    assert isinstance(done, shift4shop.WriteResult) and done.value == "1234"
    assert failure.messages == ("item 1: status 404: Customer not found",)
    assert "1 of 2 items failed" in str(failure)
    ok = Harness("shift4shop", mode).answer(json_answer(written[:1]))
    [result] = ok.call("update_customers", body=[{"CustomerID": 1234, "MailList": True}])
    assert result.status == "200"


# -- Accept --------------------------------------------------------------------------------------


def test_accept_names_the_documented_answer_types(mode: str) -> None:
    """Every Shift4Shop sample sends ``Accept: application/json``."""
    h = Harness("shift4shop", mode).answer(json_answer([]))
    h.call("list_customers")
    assert h.last.headers.get_list("Accept") == ["application/json"]
    h.call("list_customers", headers={"accept": "application/xml"})  # the caller's own wins
    assert h.last.headers.get_list("Accept") == ["application/xml"]
    h2 = Harness("firecart", mode).answer(text_answer("SUCCESS"))
    h2.call("add_customer", data={"name": "David"})
    assert h2.last.headers["Accept"] == "application/json, text/plain"


def test_headers_set_on_the_callers_http_client_are_kept() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    http = httpx.Client(transport=httpx.MockTransport(answer), headers={"X-Trace": "t-1"})
    with shift4shop.Client(secure_url="https://s.example", private_key="pk", token="tk", http_client=http) as client:
        client.list_customers()
    assert seen[0].headers["X-Trace"] == "t-1"
    assert seen[0].headers.get_list("Accept") == ["application/json"]  # httpx's */* left out
    assert seen[0].headers["User-Agent"].startswith("specloom/")
    http.close()


# -- Firecart's smaller rules --------------------------------------------------------------------


def test_firecart_dates_in_custom_variables_are_dd_mm_yyyy(mode: str) -> None:
    h = Harness("firecart", mode).answer(text_answer("SUCCESS"))
    model = firecart.CustomerData(name="David", extra={"Joined On": datetime.date(2020, 1, 31)})
    h.call("add_customer", data=model)
    h.call("add_customer", data={"name": "David", "Joined On": datetime.date(2020, 1, 31)})
    for request in h.requests:
        assert json.loads(dict(query_pairs(request))["data"])["Joined_On"] == "31/01/2020"


@pytest.mark.parametrize("as_model", [False, True], ids=["mapping", "model"])
def test_firecart_names_that_normalise_alike_are_refused(mode: str, as_model: bool) -> None:
    extra: dict[str, datetime.date | str] = {"Company Name": "ACME", "Company_Name": "Other"}
    data = firecart.CustomerData(name="David", extra=extra) if as_model else {"name": "David", **extra}
    h = Harness("firecart", mode)
    with pytest.raises(RequestValidationError) as caught:
        h.call("add_customer", data=data)
    [(pointer, message)] = caught.value.errors
    assert pointer == "/query/data/Company_Name" and "'Company Name'" in message and h.requests == []


def test_firecart_other_whitespace_in_names(mode: str) -> None:
    h = Harness("firecart", mode).answer(text_answer("SUCCESS"))
    h.call("add_customer", data={"name": "David", "Company\tName": "ACME", "Home\u00a0Town": "Pune"})
    sent = json.loads(dict(query_pairs(h.last))["data"])
    assert sent == {"name": "David", "Company_Name": "ACME", "Home_Town": "Pune"}
    with pytest.raises(RequestValidationError):
        h.call("add_customer", data={"name": "David", "Em\u2003Space": "x"})


def test_firecart_json_in_the_query_is_ascii(mode: str) -> None:
    h = Harness("firecart", mode).answer(text_answer("SUCCESS"))
    h.call("add_customer", data={"name": "Andr\u00e9"}, sublist=["Caf\u00e9"])
    query = h.last.url.query.decode("ascii")
    assert "%5Cu00e9" in query and "%C3%A9" not in query
    pairs = dict(query_pairs(h.last))
    assert json.loads(pairs["data"]) == {"name": "Andr\u00e9"} and json.loads(pairs["sublist"]) == ["Caf\u00e9"]
