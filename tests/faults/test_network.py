"""The five clients against real sockets: dropped connections, 5xx, 429, slow answers.

Each API is the sandbox server (``specloom_runtime.testing.sandbox.serve``: the testing kit over HTTP on
127.0.0.1) with faults injected into the first request(s) (``Sandbox.inject``). The rules under
test are the runtime's (``specloom_runtime.call.transport``): an idempotent request (GET/PUT/DELETE) is
retried after a failure in transit, a 429 or a 502/503/504; a request that is not idempotent
(POST) is re-sent only when it cannot have left (connection refused), never after it may have
reached the server, and a 5xx or 429 answer to it is an answer, raised as an ``ApiError``. So the
server never carries a POST out twice. ``received`` counts requests that reached the socket,
``done`` those the fake carried out. Answers serve cannot produce (malformed JSON, JSONP and XML,
status line and headers trickled a byte at a time) stay on the hand-written server:
``test_network_wire.py``.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from specloom_runtime.errors import RateLimitError, ServerError, TransportError
from specloom_runtime.testing import FakeServer, Fault, Sandbox, sandbox_of, serve

from tests.clients.support import CREDENTIALS
from tests.faults.support import DAVID, SALESFIRE_SYNC, SHIFT4SHOP_NEW, TOOLBOX_NEW, call
from tests.testing_kit.support import ITEMS


@dataclass(frozen=True)
class Case:
    """One operation of one API, how many items to store first, and what success looks like."""

    api: str
    method: str
    operation: str
    kwargs: dict[str, Any]
    check: Callable[[Any, FakeServer], None]  # (result, fake) after a successful call
    stored: int = 0

    def __str__(self) -> str:
        return f"{self.api}.{self.method}"


def _firecart_ok(result: Any, fake: FakeServer) -> None:
    assert result.status == "SUCCESS"
    assert fake.payloads("addCustomer")[-1]["data"]["email"] == "david@address.com"  # type: ignore[index, call-overload]


def _cartfunnel_got(result: Any, fake: FakeServer) -> None:
    assert (result.id, result.persisted, result.last_order_id) == (2, True, None)


def _shift4shop_got(result: Any, fake: FakeServer) -> None:
    assert (result.customer_id, result.email) == (2, ITEMS["shift4shop"]["Email"])


def _shift4shop_put(result: Any, fake: FakeServer) -> None:
    assert [(r.key, r.value, r.status) for r in result] == [("CustomerID", "1", "200")]
    assert fake.items("Customer")[0]["MailList"] is True


def _cartfunnel_created(result: Any, fake: FakeServer) -> None:
    assert (result.id, result.email, result.persisted) == (1, "anna@example.com", True)


def _salesfire_synced(result: Any, fake: FakeServer) -> None:
    assert fake.payloads("syncCustomer") == [SALESFIRE_SYNC]


def _shift4shop_created(result: Any, fake: FakeServer) -> None:
    assert [(r.key, r.value, r.status) for r in result] == [("CustomerID", "1", "201")]


def _toolbox_recorded(result: Any, fake: FakeServer) -> None:
    assert (result.status, result.customer.status) == ("success", "new")
    assert fake.payloads("recordCustomer")[0]["email"] == TOOLBOX_NEW["email"]  # type: ignore[index, call-overload]


IDEMPOTENT = [
    Case("firecart", "add_customer", "addCustomer", {"data": DAVID, "sublist": ["My List"]}, _firecart_ok),
    Case("cartfunnel", "get_customer", "getCustomer", {"id": 2}, _cartfunnel_got, stored=3),
    Case("shift4shop", "get_customer", "getCustomer", {"id": 2}, _shift4shop_got, stored=3),
    Case("shift4shop", "update_customers", "updateCustomers", {"body": [{"CustomerID": 1, "MailList": True}]}, _shift4shop_put, stored=3),
]  # fmt: skip
NOT_IDEMPOTENT = [
    Case("cartfunnel", "create_customer", "createCustomer", {"body": {"email": "anna@example.com"}}, _cartfunnel_created),
    Case("salesfire", "sync_customer", "syncCustomer", {"site": "shop-1", "list": "newsletter", "body": SALESFIRE_SYNC}, _salesfire_synced),
    Case("shift4shop", "create_customer", "createCustomer", {"body": SHIFT4SHOP_NEW}, _shift4shop_created),
    Case("clienttoolbox", "record_customer", "recordCustomer", {"body": TOOLBOX_NEW}, _toolbox_recorded),
]  # fmt: skip
ONE_PER_API = [IDEMPOTENT[0], IDEMPOTENT[1], NOT_IDEMPOTENT[1], IDEMPOTENT[2], NOT_IDEMPOTENT[3]]
UNAVAILABLE = Fault("503", retry_after=0)


@contextmanager
def _served(case: Case, *faults: Fault | tuple[Fault, int | None]) -> Iterator[tuple[str, Sandbox]]:
    """The case's API served, ``case.stored`` items stored, ``faults`` for the first requests in
    order (a ``(fault, times)`` pair strikes that many; ``None``: every one)."""
    with serve(case.api, credentials=CREDENTIALS[case.api]) as url:
        sandbox = sandbox_of(url)
        if case.stored:
            sandbox.fake.seed(dict(ITEMS[case.api]) for _ in range(case.stored))
        for fault in faults:
            sandbox.inject(*(fault if isinstance(fault, tuple) else (fault, 1)))
        yield url, sandbox


def _done(case: Case, sandbox: Sandbox) -> int:
    """How many times the fake carried the call out."""
    return sum(1 for r in sandbox.fake.requests if r.operation == case.operation)


def _run(case: Case, mode: str, *faults: Fault | tuple[Fault, int | None], **options: Any) -> tuple[Sandbox, Any]:
    with _served(case, *faults) as (url, sandbox):
        result = call(case.api, mode, url, case.method, options=options, **case.kwargs)
    return sandbox, result


def _raises(case: Case, mode: str, expected: type[Exception], *faults: Fault | tuple[Fault, int | None], **options: Any) -> tuple[Sandbox, Any]:
    with _served(case, *faults) as (url, sandbox), pytest.raises(expected) as caught:
        call(case.api, mode, url, case.method, options=options, **case.kwargs)
    return sandbox, caught.value


# -- the served APIs and the clients agree when nothing goes wrong ---------------------------


@pytest.mark.parametrize("case", IDEMPOTENT + NOT_IDEMPOTENT, ids=str)
def test_each_call_succeeds_against_its_server(case: Case, mode: str) -> None:
    sandbox, result = _run(case, mode)
    case.check(result, sandbox.fake)
    assert sandbox.received == _done(case, sandbox) == 1


# -- (a) dropped connections -----------------------------------------------------------------


# The ways of losing an answer, spread over the idempotent cases: each real retry waits a
# random backoff of up to 0.5 s, so the whole product would cost seconds for no new rule.
@pytest.mark.parametrize(
    ("case", "kind"), list(zip(IDEMPOTENT, ["lost", "reset", "cut", "drop"], strict=True)), ids=[f"{c}-{k}" for c, k in zip(IDEMPOTENT, ["lost", "reset", "cut", "drop"], strict=True)]
)
def test_idempotent_call_is_retried_after_a_dropped_connection(case: Case, mode: str, kind: str) -> None:
    # Firecart's GET adds or updates by email: carried out twice (the first answer was lost),
    # it still leaves one contact, which is why its method may be retried at all.
    sandbox, result = _run(case, mode, Fault(kind))
    case.check(result, sandbox.fake)
    assert sandbox.received == 2
    assert _done(case, sandbox) == (2 if Fault(kind).carried_out else 1)
    first, retry = sandbox.fake.requests[-2:] if Fault(kind).carried_out else (None, None)
    if first is not None and retry is not None:
        assert (retry.path, retry.params, retry.body) == (first.path, first.params, first.body)


@pytest.mark.parametrize("case", NOT_IDEMPOTENT, ids=str)
@pytest.mark.parametrize("kind", ["lost", "cut", "drop", "reset"])
def test_post_that_may_have_arrived_is_not_sent_again(case: Case, mode: str, kind: str) -> None:
    sandbox, error = _raises(case, mode, TransportError, Fault(kind))  # max_retries=2 (default)
    assert sandbox.received == 1  # never repeated
    assert _done(case, sandbox) == (1 if Fault(kind).carried_out else 0)
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
    sandbox, error = _raises(case, mode, TransportError, (Fault("drop"), None), max_retries=1)
    assert sandbox.received == 2 and (error.attempts, error.sent) == (2, True)
    assert _done(case, sandbox) == 0


# -- (b) 503, then success -------------------------------------------------------------------


@pytest.mark.parametrize("case", IDEMPOTENT, ids=str)
def test_idempotent_call_is_retried_after_503s(case: Case, mode: str) -> None:
    sandbox, result = _run(case, mode, (UNAVAILABLE, 2))
    case.check(result, sandbox.fake)
    assert sandbox.received == 3 and _done(case, sandbox) == 1


@pytest.mark.parametrize("case", NOT_IDEMPOTENT, ids=str)
def test_503_to_a_post_is_an_answer_not_a_reason_to_resend(case: Case, mode: str) -> None:
    sandbox, error = _raises(case, mode, ServerError, UNAVAILABLE)
    assert sandbox.received == 1 and _done(case, sandbox) == 0
    assert error.status == 503 and "fault injected" in str(error)


# -- (c) 429 and Retry-After -----------------------------------------------------------------


def test_retry_after_is_honoured(mode: str) -> None:
    # a 1 request/s limit answers the second call a 429 with Retry-After: 1; a retry sooner than
    # asked (the backoff alone is at most 0.5 s) would meet the limit again and fail with 0 retries left
    case = IDEMPOTENT[0]
    with _served(case) as (url, sandbox):
        sandbox.configure(rate=1)
        for _ in range(2):
            result = call(case.api, mode, url, case.method, options={"max_retries": 1}, **case.kwargs)
    case.check(result, sandbox.fake)
    assert sandbox.received == 3 and _done(case, sandbox) == 2


@pytest.mark.parametrize("case", [NOT_IDEMPOTENT[1], NOT_IDEMPOTENT[3]], ids=str)
def test_429_to_a_post_is_raised_with_the_wait_asked_for(case: Case, mode: str) -> None:
    sandbox, error = _raises(case, mode, RateLimitError, Fault("429", retry_after=30))
    assert error.retry_after == 30.0 and sandbox.received == 1 and _done(case, sandbox) == 0


def test_429_retries_stop_at_max_retries(mode: str) -> None:
    case = IDEMPOTENT[1]
    sandbox, error = _raises(case, mode, RateLimitError, (Fault("429", retry_after=0), 4), max_retries=2)
    assert sandbox.received == 3 and error.retry_after == 0.0


# -- (d) an answer slower than the timeout ---------------------------------------------------


@pytest.mark.parametrize("case", ONE_PER_API, ids=str)
def test_slow_answer_is_a_timeout_within_the_bound(case: Case, mode: str) -> None:
    # GETs: max_retries=0, one attempt. POSTs keep the default retries: a read timeout after
    # sending is never retried for them (the server acted), so one attempt too.
    retries = 0 if case in IDEMPOTENT else 2
    sandbox, error = _raises(case, mode, TransportError, Fault("late", 5.0), timeout=0.3, max_retries=retries)
    assert (error.kind, error.sent, error.attempts) == ("ReadTimeout", True, 1)
    assert sandbox.received == 1 and _done(case, sandbox) == 1


# httpx's timeouts bound each network read, not the answer (encode/httpx#1450): a server that
# sends a few bytes every 10-20 ms never trips a 0.3 s read timeout, and would hold the answer for
# the 8 s it trickles over. The runtime bounds each attempt by its timeout as a whole.
@pytest.mark.parametrize("case", [IDEMPOTENT[1], IDEMPOTENT[2]], ids=str)
def test_answer_dripping_in_slower_than_the_timeout_is_cut_off(case: Case, mode: str) -> None:
    sandbox, error = _raises(case, mode, TransportError, Fault("slow", 8.0), timeout=0.3, max_retries=0)
    assert (error.kind, error.sent, error.attempts) == ("ReadTimeout", True, 1)
    assert sandbox.received == 1


def test_get_cut_off_for_dripping_is_retried_on_the_same_client(mode: str) -> None:
    # The cut-off attempt's connection is dropped (async: the attempt was cancelled mid-read);
    # the retry must find a healthy connection pool and succeed.
    case = IDEMPOTENT[1]
    sandbox, result = _run(case, mode, Fault("slow", 8.0), timeout=0.3, max_retries=1)
    case.check(result, sandbox.fake)
    assert sandbox.received == 2


def test_per_call_timeout_overrides_the_client_one(mode: str) -> None:
    case = NOT_IDEMPOTENT[1]
    with _served(case, Fault("late", 5.0)) as (url, sandbox), pytest.raises(TransportError) as caught:
        call(case.api, mode, url, case.method, options={"timeout": 10.0}, timeout=0.3, **case.kwargs)
    assert caught.value.kind == "ReadTimeout"
    assert _done(case, sandbox) == 1  # it arrived and was carried out: not sent again


def test_answers_are_typed_in_every_format(mode: str) -> None:
    """Client Toolbox's three answer forms (XML by default, JSON, JSONP) over the socket."""
    case = NOT_IDEMPOTENT[3]
    with _served(case) as (url, sandbox):
        as_xml = call("clienttoolbox", mode, url, "record_customer", body=TOOLBOX_NEW, output="XML")
        as_jsonp = call("clienttoolbox", mode, url, "record_customer", body={**TOOLBOX_NEW, "email": "b@example.com"}, callback="cb")
    first, second = sandbox.fake.requests
    assert first.body["output"] == "XML" and second.body["callback"] == "cb"  # type: ignore[index, call-overload]
    assert (as_xml.status, as_xml.customer.status) == ("success", "new")
    assert as_jsonp.status == "success" and as_jsonp.customer.code
