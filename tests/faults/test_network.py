"""The five clients against real sockets: dropped connections, 5xx, 429, slow and broken answers.

Each API's vendor server (``vendors.py``) answers as its docs say; ``Faulty`` injects a fault
into the first request(s). The rules under test are the runtime's (``specloom_runtime.transport``):
an idempotent request (GET/PUT/DELETE) is retried after a failure in transit, a 429 or a 502/503/
504; a request that is not idempotent (POST) is re-sent only when it cannot have left (connection
refused), never after it may have reached the server, and a 5xx or 429 answer to it is an answer,
raised as an ``ApiError``. So the vendor never carries a POST out twice.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from specloom_runtime.errors import (
    ApiError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TransportError,
)
from tests.faults.server import (
    Cut,
    Drip,
    Drop,
    Fault,
    Faulty,
    Reply,
    Slow,
    VendorServer,
    text_reply,
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

UNAVAILABLE = Reply(503, b"<html><body>Service Unavailable</body></html>", "text/html", (("Retry-After", "0"),))


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


# -- (a) dropped connections -----------------------------------------------------------------


# The three ways of losing an answer, spread over the idempotent cases: each real retry waits a
# random backoff of up to 0.5 s, so the whole product would cost seconds for no new rule.
@pytest.mark.parametrize(
    ("case", "fault"),
    list(zip(IDEMPOTENT, [Drop(process=True), Drop(reset=True), Cut(), Drop()], strict=True)),
    ids=[f"{c}-{how}" for c, how in zip(IDEMPOTENT, ["fin", "rst", "cut-body", "fin"], strict=True)],
)
def test_idempotent_call_is_retried_after_a_dropped_connection(case: Case, mode: str, fault: Fault) -> None:
    # Firecart's GET adds or updates by email: carried out twice (the first answer was lost),
    # it still leaves one contact, which is why its method may be retried at all.
    server, vendor, result = _run(case, mode, fault)
    case.check(result, vendor)
    first, retry = server.seen
    assert (retry.method, retry.target, retry.body) == (first.method, first.target, first.body)


@pytest.mark.parametrize("case", NOT_IDEMPOTENT, ids=str)
@pytest.mark.parametrize(
    "fault", [Drop(process=True), Drop(reset=True, process=True), Cut()], ids=["fin", "rst", "cut-body"]
)
def test_post_that_may_have_arrived_is_not_sent_again(case: Case, mode: str, fault: Fault) -> None:
    server, vendor, error = _raises(case, mode, TransportError, fault)  # max_retries=2 (default)
    assert len(server.seen) == 1 and case.done(vendor) == 1  # carried out once, never repeated
    assert (error.sent, error.attempts) == (True, 1)
    assert error.kind in ("RemoteProtocolError", "ReadError")
    assert "not re-sent" in str(error) and error.__cause__ is None and error.__context__ is None


@pytest.mark.parametrize("case", [NOT_IDEMPOTENT[1]], ids=str)
def test_refused_connection_is_retried_even_for_a_post(case: Case, mode: str) -> None:
    with socket.socket() as probe:  # a port nobody listens on: nothing can have arrived
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TransportError) as caught:
        call(case.api, mode, f"http://127.0.0.1:{port}", case.method, options={"max_retries": 1}, **case.kwargs)
    assert (caught.value.kind, caught.value.sent, caught.value.attempts) == ("ConnectError", False, 2)


def test_retries_are_bounded_when_the_connection_keeps_dropping(mode: str) -> None:
    case = IDEMPOTENT[0]
    server, vendor, error = _raises(case, mode, TransportError, Drop(), Drop(), Drop(), max_retries=1)
    assert len(server.seen) == 2 and (error.attempts, error.sent) == (2, True)
    assert vendor.saves == 0


# -- (b) 503, then success -------------------------------------------------------------------


@pytest.mark.parametrize("case", IDEMPOTENT, ids=str)
def test_idempotent_call_is_retried_after_503s(case: Case, mode: str) -> None:
    server, vendor, result = _run(case, mode, UNAVAILABLE, UNAVAILABLE)
    case.check(result, vendor)
    assert len(server.seen) == 3


@pytest.mark.parametrize("case", NOT_IDEMPOTENT, ids=str)
def test_503_to_a_post_is_an_answer_not_a_reason_to_resend(case: Case, mode: str) -> None:
    server, vendor, error = _raises(case, mode, ServerError, UNAVAILABLE)
    assert len(server.seen) == 1 and case.done(vendor) == 0
    assert error.status == 503 and "Service Unavailable" in str(error)


# -- (c) 429 and Retry-After -----------------------------------------------------------------


def test_retry_after_is_honoured(mode: str) -> None:
    case = IDEMPOTENT[0]
    limited = text_reply("Too Many Requests", 429, headers=(("Retry-After", "1"),))
    server, vendor, result = _run(case, mode, limited)
    case.check(result, vendor)
    first, retry = server.seen
    assert 0.95 <= retry.at - first.at < 3.0  # waited the second asked for, not the backoff


@pytest.mark.parametrize("case", [NOT_IDEMPOTENT[1], NOT_IDEMPOTENT[3]], ids=str)
def test_429_to_a_post_is_raised_with_the_wait_asked_for(case: Case, mode: str) -> None:
    limited = Reply(429, b'{"message": "Too Many Attempts."}', headers=(("Retry-After", "30"),))
    started = time.monotonic()
    server, vendor, error = _raises(case, mode, RateLimitError, limited)
    assert time.monotonic() - started < 5  # raised at once: the 30 s are the caller's to wait
    assert error.retry_after == 30.0 and len(server.seen) == 1 and case.done(vendor) == 0


def test_429_retries_stop_at_max_retries(mode: str) -> None:
    case = IDEMPOTENT[1]
    limited = Reply(429, b"", None, (("Retry-After", "0"),))
    server, _, error = _raises(case, mode, RateLimitError, limited, limited, limited, limited, max_retries=2)
    assert len(server.seen) == 3 and error.retry_after == 0.0


# -- (d) an answer slower than the timeout ---------------------------------------------------


@pytest.mark.parametrize("case", ONE_PER_API, ids=str)
def test_slow_answer_is_a_timeout_within_the_bound(case: Case, mode: str) -> None:
    # GETs: max_retries=0, one attempt. POSTs keep the default retries: a read timeout after
    # sending is never retried for them (the vendor acted), so one attempt too.
    retries = 0 if case in IDEMPOTENT else 2
    started = time.monotonic()
    server, vendor, error = _raises(case, mode, TransportError, Slow(2.0), timeout=0.3, max_retries=retries)
    elapsed = time.monotonic() - started
    assert elapsed < 1.5, f"gave up after {elapsed:.2f}s with a 0.3s timeout"
    assert (error.kind, error.sent, error.attempts) == ("ReadTimeout", True, 1)
    assert len(server.seen) == 1


# httpx's timeouts bound each network read, not the answer (encode/httpx#1450): a server that
# sends a byte every 20 ms never trips a 0.3 s read timeout, and would hold a 400-byte answer for
# 8 s (a large one for hours). The runtime bounds each attempt by its timeout as a whole.
@pytest.mark.parametrize("case", [IDEMPOTENT[1], NOT_IDEMPOTENT[1]], ids=str)
def test_answer_dripping_in_slower_than_the_timeout_is_cut_off(case: Case, mode: str) -> None:
    started = time.monotonic()
    server, vendor, error = _raises(case, mode, TransportError, Drip(0.02), timeout=0.3, max_retries=0)
    elapsed = time.monotonic() - started
    assert elapsed < 1.5, f"gave up after {elapsed:.2f}s with a 0.3s timeout"
    assert (error.kind, error.sent, error.attempts) == ("ReadTimeout", True, 1)
    assert len(server.seen) == 1


def test_get_cut_off_for_dripping_is_retried_on_the_same_client(mode: str) -> None:
    # The cut-off attempt's connection is dropped (async: the attempt was cancelled mid-read);
    # the retry must find a healthy connection pool and succeed.
    case = IDEMPOTENT[1]
    server, vendor, result = _run(case, mode, Drip(0.02), timeout=0.3, max_retries=1)
    case.check(result, vendor)
    assert len(server.seen) == 2


def test_dripping_headers_are_cut_off_too_async() -> None:
    # The sync client's version (its connections clamp each read to the attempt's deadline) is
    # test_limits_network.py::test_trickling_headers_cannot_hold_a_call_past_its_timeout.
    case = NOT_IDEMPOTENT[1]
    started = time.monotonic()
    _, vendor, error = _raises(case, "async", TransportError, Drip(0.05, headers=True), timeout=0.3, max_retries=0)
    assert time.monotonic() - started < 1.5 and error.kind == "ReadTimeout"
    assert len(vendor.accepted) == 1


def test_per_call_timeout_overrides_the_client_one(mode: str) -> None:
    case = NOT_IDEMPOTENT[1]
    vendor = case.vendor()
    started = time.monotonic()
    with VendorServer(Faulty(vendor, Slow(2.0))) as server, pytest.raises(TransportError) as caught:
        call(case.api, mode, server, case.method, options={"timeout": 10.0}, timeout=0.3, **case.kwargs)
    assert time.monotonic() - started < 1.5 and caught.value.kind == "ReadTimeout"
    assert len(vendor.accepted) == 1  # it arrived and was carried out: not sent again


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
