"""Client Toolbox record_customer on the wire: a form body with the credentials as fields,
answers in XML, JSON or JSONP, failures inside HTTP 200 answers."""

from __future__ import annotations

import pytest

from specloom.apis import clienttoolbox
from tests.clients.support import Harness, json_answer, seed_pairs, text_answer

# The PHP $data array of the seed (004_ac7cdee907ba31ae), in order, with `card_number` (not the
# "or:" alternative card_number_generate). The client adds output=JSON (it asks for JSON).
SEED_FORM = (
    "user_id=john1970&user_password=1959caadac9b13dcb3&type=record_customer&customer_action=new"
    "&account_id=greatwidgets&campaign_id=1234567890123456&card_number=1212121212&code=89898989898989"
    "&first_name=John&last_name=Doe&phone=555-555-2455&email=test@yourdomain.com&custom_date=1970-07-14"
    "&street1=123 Main St.&street2=Apt 3G&city=Anytown&state=ZZ&postal_code=55555&country=NZ"
    "&custom_field=John likes cheese.&customer_username=jdoe1970&customer_password=ilovecheese"
    "&customer_PIN=1234&custom_field_2=Single"
)
BODY = dict(seed_pairs(SEED_FORM)[2:])
XML_OK = '<response status="success">\n<customer status="new">\n<code>1234567890123456</code>\n<card_number>1234567890</card_number>\n</customer>\n</response>\n'
XML_ERROR = '<response status="error">\n<error>Error message</error>\n</response>\n'


def _form(h: Harness) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(h.last.content.decode("ascii"), keep_blank_values=True)


def test_seed_form_with_credentials_first(mode: str) -> None:
    h = Harness("clienttoolbox", mode, answers=[json_answer({"status": "success", "customer": {"status": "new", "code": "1234567890123456"}})])
    result = h.call("record_customer", body=BODY)
    assert (h.last.method, str(h.last.url)) == ("POST", "https://api.clienttoolbox.com/")
    assert h.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert _form(h) == [*seed_pairs(SEED_FORM), ("output", "JSON")]
    assert "1959caadac9b13dcb3" not in str(h.last.url)
    assert isinstance(result, clienttoolbox.RecordCustomerResult)
    assert result.customer is not clienttoolbox.UNSET and result.customer.code == "1234567890123456"


def test_xml_answer_is_typed(mode: str) -> None:
    h = Harness("clienttoolbox", mode, answers=[text_answer(XML_OK, content_type="application/xml")])
    result = h.call("record_customer", body=BODY, output="XML")
    assert dict(_form(h))["output"] == "XML"
    assert result.status == "success"
    assert (result.customer.status, result.customer.code, result.customer.card_number) == ("new", "1234567890123456", "1234567890")


def test_jsonp_answer_is_unwrapped(mode: str) -> None:
    jsonp = 'someFunctionName({"status":"success","customer":{"status":"new","code":"1234567890123456"}})'
    h = Harness("clienttoolbox", mode, answers=[text_answer(jsonp, content_type="application/javascript")])
    result = h.call("record_customer", body=BODY, callback="someFunctionName", condensed="yes")
    form = dict(_form(h))
    assert (form["callback"], form["condensed"], form["output"]) == ("someFunctionName", "yes", "JSON")
    assert result.customer.code == "1234567890123456"


@pytest.mark.parametrize(
    "answer",
    [text_answer(XML_ERROR, content_type="text/xml"), json_answer({"status": "error", "error": "Error message"})],
)
def test_status_error_is_error_in_body(mode: str, answer: object) -> None:
    h = Harness("clienttoolbox", mode, answers=[answer])  # type: ignore[list-item]
    with pytest.raises(clienttoolbox.ErrorInBody) as caught:
        h.call("record_customer", body=BODY)
    assert caught.value.messages == ("Error message",)
    assert "1959caadac9b13dcb3" not in str(caught.value) + repr(caught.value)


@pytest.mark.parametrize(("flag", "sent"), [(True, "true"), (False, None)])
def test_presence_flag(mode: str, flag: bool, sent: str | None) -> None:
    h = Harness("clienttoolbox", mode, answers=[json_answer({"status": "success", "customer": {"status": "new", "code": "1"}})])
    h.call("record_customer", body={**BODY, "send_no_email": flag})
    assert dict(_form(h)).get("send_no_email") == sent


def test_register_without_card_number_is_refused(mode: str) -> None:
    h = Harness("clienttoolbox", mode)
    body = {k: v for k, v in BODY.items() if k != "card_number"} | {"customer_action": "register"}
    with pytest.raises(clienttoolbox.RequestValidationError):
        h.call("record_customer", body=body)
    assert h.requests == []


def test_model_body(mode: str) -> None:
    h = Harness("clienttoolbox", mode, answers=[json_answer({"status": "success", "customer": {"status": "registered", "code": "77"}})])
    form = clienttoolbox.RecordCustomerForm(type="record_customer", customer_action="new", account_id="greatwidgets", campaign_id="1234567890123456", send_no_email=True)
    result = h.call("record_customer", body=form)
    sent = dict(_form(h))
    assert sent["send_no_email"] == "true" and sent["user_id"] == "john1970"
    assert result.customer.status == "registered"
