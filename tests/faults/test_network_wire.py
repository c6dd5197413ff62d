"""The five clients against a hand-written server, for wire behaviour the sandbox server
(``specloom_runtime.testing.sandbox``) cannot produce: answers that are not what the spec says (malformed
JSON, JSONP and XML) and a status line and headers trickled in a byte at a time. Why not serve:
serve plays the spec faithfully and writes heads at once; these faults live in the bytes.
Everything else (dropped connections, 5xx, 429, late and trickled bodies) runs on serve:
``test_network.py``.

Each API's vendor server (``vendors.py``) answers as its docs say; ``Faulty`` injects the fault
into the first request. A malformed answer to a 200 is an ``ApiError``, never retried.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from specloom_runtime.errors import (
    ApiError,
    ResponseValidationError,
    TransportError,
)

from tests.faults.server import (
    Drip,
    Fault,
    Faulty,
    Reply,
    VendorServer,
)
from tests.faults.support import DAVID, SALESFIRE_SYNC, SHIFT4SHOP_NEW, TOOLBOX_NEW, call
from tests.faults.vendors import Cartfunnel, ClientToolbox, Firecart, Salesfire, Shift4Shop


@dataclass(frozen=True)
class Case:
    """One operation of one API, a fresh vendor for it, and what success looks like."""

    api: str
    method: str
    kwargs: dict[str, Any]
    vendor: Callable[[], Any]
    check: Callable[[Any, Any], None]  # (result, vendor) after a successful call
    done: Callable[[Any], int]  # how many times the vendor carried the call out

    def __str__(self) -> str:
        return f"{self.api}.{self.method}"


def _firecart_ok(result: Any, vendor: Firecart) -> None:
    assert result == "SUCCESS"
    assert list(vendor.contacts) == ["david@address.com"]  # add-or-update: one contact


def _cartfunnel_ok(result: Any, vendor: Cartfunnel) -> None:
    assert (result.id, result.persisted, result.accepts_marketing, result.last_order_id) == (2, True, False, None)


def _shift4shop_get_ok(result: Any, vendor: Shift4Shop) -> None:
    assert (result.customer_id, result.email) == (1001, "customer1001@example.com")


def _shift4shop_put_ok(result: Any, vendor: Shift4Shop) -> None:
    assert [(r.key, r.value, r.status) for r in result] == [("CustomerID", "1000", "200")]


def _cartfunnel_created(result: Any, vendor: Cartfunnel) -> None:
    assert (result.id, result.email, result.persisted) == (1, "anna@example.com", True)


def _salesfire_synced(result: Any, vendor: Salesfire) -> None:
    assert result.extra == {"success": True}
    assert vendor.accepted == [("shop-1", "newsletter", SALESFIRE_SYNC)]


def _shift4shop_created(result: Any, vendor: Shift4Shop) -> None:
    assert [(r.key, r.value, r.status) for r in result] == [("CustomerID", "1000", "201")]


def _toolbox_recorded(result: Any, vendor: ClientToolbox) -> None:
    assert (result.status, result.customer.status, result.customer.code) == ("success", "new", "0000000000000001")


IDEMPOTENT = [
    Case("firecart", "add_customer", {"data": DAVID, "sublist": ["My List"]}, Firecart, _firecart_ok, lambda v: v.saves),
    Case("cartfunnel", "get_customer", {"id": 2}, lambda: Cartfunnel(3), _cartfunnel_ok, lambda v: 0),
    Case("shift4shop", "get_customer", {"id": 1001}, lambda: Shift4Shop(3), _shift4shop_get_ok, lambda v: 0),
    Case(
        "shift4shop", "update_customers", {"body": [{"CustomerID": 1000, "MailList": True}]},
        lambda: Shift4Shop(3), _shift4shop_put_ok, lambda v: len(v.updates),
    ),
]  # fmt: skip
NOT_IDEMPOTENT = [
    Case("cartfunnel", "create_customer", {"body": {"email": "anna@example.com"}}, Cartfunnel, _cartfunnel_created, lambda v: len(v.customers)),
    Case("salesfire", "sync_customer", {"site": "shop-1", "list": "newsletter", "body": SALESFIRE_SYNC}, Salesfire, _salesfire_synced, lambda v: len(v.accepted)),
    Case("shift4shop", "create_customer", {"body": SHIFT4SHOP_NEW}, Shift4Shop, _shift4shop_created, lambda v: len(v.customers)),
    Case("clienttoolbox", "record_customer", {"body": TOOLBOX_NEW}, ClientToolbox, _toolbox_recorded, lambda v: len(v.customers)),
]  # fmt: skip
ONE_PER_API = [IDEMPOTENT[0], IDEMPOTENT[1], NOT_IDEMPOTENT[1], IDEMPOTENT[2], NOT_IDEMPOTENT[3]]



def _run(case: Case, mode: str, *faults: Fault | None, **options: Any) -> tuple[VendorServer, Any, Any]:
    """Call ``case`` against its vendor behind ``faults``: (server, vendor, result)."""
    vendor = case.vendor()
    with VendorServer(Faulty(vendor, *faults)) as server:
        result = call(case.api, mode, server, case.method, options=options, **case.kwargs)
    return server, vendor, result


def _raises(case: Case, mode: str, expected: type[Exception], *faults: Fault | None, **options: Any) -> tuple[VendorServer, Any, Any]:
    """Like ``_run`` for a call that must fail: (server, vendor, the exception)."""
    vendor = case.vendor()
    with VendorServer(Faulty(vendor, *faults)) as server, pytest.raises(expected) as caught:
        call(case.api, mode, server, case.method, options=options, **case.kwargs)
    return server, vendor, caught.value


# -- the vendors and the clients agree when nothing goes wrong --------------------------------


@pytest.mark.parametrize("case", IDEMPOTENT + NOT_IDEMPOTENT, ids=str)
def test_each_call_succeeds_against_its_vendor(case: Case, mode: str) -> None:
    server, vendor, result = _run(case, mode)
    case.check(result, vendor)
    assert len(server.seen) == 1


# -- a status line and headers trickled in -------------------------------------------------


def test_dripping_headers_are_cut_off_too_async() -> None:
    # The sync client's version (its connections clamp each read to the attempt's deadline) is
    # test_limits_network.py::test_trickling_headers_cannot_hold_a_call_past_its_timeout; a
    # trickled body (either client) is test_network.py::test_answer_dripping_in_slower_than_the_timeout_is_cut_off.
    case = NOT_IDEMPOTENT[1]
    started = time.monotonic()
    _, vendor, error = _raises(case, "async", TransportError, Drip(0.05, headers=True), timeout=0.3, max_retries=0)
    assert time.monotonic() - started < 1.5 and error.kind == "ReadTimeout"
    assert len(vendor.accepted) == 1


# -- (e) malformed JSON ----------------------------------------------------------------------

BROKEN_JSON = [
    Reply(200, b'{"status": "SUCCESS", "errorCode": '),
    Reply(200, b"[{\"id\": 1, \"email\": 'single quotes'}]", "text/json; charset=utf-8"),
    Reply(200, b'{"success": true}}'),
    Reply(200, b"<html>Error</html>", "application/json"),
    Reply(200, b'{"status": "success", "customer": {"status": "new", "code": NaN}}'),
]


@pytest.mark.parametrize(("case", "broken"), list(zip(ONE_PER_API, BROKEN_JSON, strict=True)), ids=[str(c) for c in ONE_PER_API])
def test_malformed_json_is_an_api_error(case: Case, broken: Reply, mode: str) -> None:
    server, _, error = _raises(case, mode, ResponseValidationError, broken)
    assert isinstance(error, ApiError) and error.status == 200
    assert "JSON" in str(error) and error.__context__ is None
    assert len(server.seen) == 1  # a 200 is an answer: never retried


def test_malformed_jsonp_and_xml_are_api_errors(mode: str) -> None:
    case = NOT_IDEMPOTENT[3]
    for broken in (
        Reply(200, b'cb({"status":"success"}); alert(1)', "application/javascript"),
        Reply(200, b'<response status="success"><customer>', "application/xml"),
    ):
        server, vendor, error = _raises(case, mode, ResponseValidationError, broken)
        assert error.status == 200 and len(server.seen) == 1 and case.done(vendor) == 0


def test_vendor_answers_are_typed_in_every_format(mode: str) -> None:
    """The Client Toolbox vendor's three answer forms, so the XML tests start from a good one."""
    vendor = ClientToolbox()
    with VendorServer(vendor) as server:
        as_xml = call("clienttoolbox", mode, server, "record_customer", body=TOOLBOX_NEW, output="XML")
        as_jsonp = call("clienttoolbox", mode, server, "record_customer", body={**TOOLBOX_NEW, "email": "b@example.com"}, callback="cb")
    assert server.seen[0].form()["output"] == "XML" and server.seen[1].form()["callback"] == "cb"
    assert (as_xml.status, as_xml.customer.status, as_xml.customer.card_number) == ("success", "new", "1212121212")
    assert as_jsonp.customer.code == "0000000000000002"
