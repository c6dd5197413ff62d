"""Faults of the sandbox server on demand: ``slow_body`` / ``--slow-body``, and faults injected
into the next requests or serving options changed through ``POST /__specloom/fail`` (undone by
``heal``), so whatever the command line sets can be set per request while serving."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from specloom_runtime.errors import ApiError, ServerError, TransportError
from specloom_runtime.testing import parse_faults, sandbox_of, serve

from specloom.apis.cartfunnel import Client
from tests.clients.support import CREDENTIALS
from tests.faults.support import call
from tests.serve.support import running

CF = CREDENTIALS["cartfunnel"]
MANY = [{"email": f"c{i}@example.com", "first_name": "Anna"} for i in range(60)]  # a body of ~20 kB


def _client(url: str, **options: Any) -> Client:
    return Client(**CF, base_url=url, **{"timeout": 10, "max_retries": 0, **options})  # type: ignore[arg-type]


def _fail(url: str, **options: Any) -> httpx.Response:
    return httpx.post(f"{url}/__specloom/fail", json=options, timeout=10)


def test_a_slow_body_is_given_up_by_a_client_with_a_timeout(mode: str) -> None:
    # ~20 kB trickled over 5 s: a write every 10 ms, so no single read waits 0.3 s; only the
    # runtime's deadline on the whole attempt can give up in time
    with serve("cartfunnel", credentials=CF, slow_body=5.0) as url:
        sandbox_of(url).fake.seed(MANY)
        with pytest.raises(TransportError) as caught:
            call("cartfunnel", mode, url, "list_customers", options={"timeout": 0.3, "max_retries": 0})
        assert (caught.value.kind, caught.value.sent) == ("ReadTimeout", True)
        assert _fail(url, slow_body=None).json() == {"configured": ["slow_body"]}
        assert len(call("cartfunnel", mode, url, "list_customers", options={"timeout": 5})) == 60


def test_a_slow_body_within_the_timeout_arrives_whole() -> None:
    with serve("cartfunnel", credentials=CF, slow_body=0.2) as url, _client(url) as client:
        sandbox_of(url).fake.seed(MANY)
        assert [c.email for c in client.list_customers()] == [m["email"] for m in MANY]


def test_slow_body_from_the_command_line(mode: str, tmp_path: Path) -> None:
    seed = tmp_path / "seed.jsonl"
    seed.write_text("".join(json.dumps(item) + "\n" for item in MANY))
    with running("cartfunnel", "--slow-body", "5s", "--seed", str(seed)) as (url, _):
        with pytest.raises(TransportError) as caught:
            call("cartfunnel", mode, url, "list_customers", options={"timeout": 0.3, "max_retries": 0})
    assert caught.value.kind == "ReadTimeout"


@pytest.mark.parametrize("kind", ["drop", "reset"])
def test_a_connection_closed_before_the_request_is_carried_out_is_retried_for_a_get(kind: str) -> None:
    with serve("cartfunnel", credentials=CF) as url, _client(url, max_retries=1) as client:
        assert _fail(url, fault=kind).json() == {"injected": kind, "times": 1}
        assert client.list_customers() == []
        assert [r.operation for r in sandbox_of(url).fake.requests] == ["listCustomers"]  # only the retry arrived


@pytest.mark.parametrize("kind", ["lost", "cut"])
def test_a_post_carried_out_whose_answer_is_lost_is_not_resent(kind: str) -> None:
    with serve("cartfunnel", credentials=CF) as url, _client(url, max_retries=3) as client:
        _fail(url, fault=kind)
        with pytest.raises(TransportError, match="not re-sent") as caught:
            client.create_customer(body={"email": "anna@example.com"})
        assert caught.value.kind in ("RemoteProtocolError", "ReadError")
        assert [c["email"] for c in sandbox_of(url).fake.items("Customer")] == ["anna@example.com"]


def test_a_late_answer_is_a_read_timeout_and_the_request_was_carried_out() -> None:
    with serve("cartfunnel", credentials=CF) as url, _client(url, timeout=0.3, max_retries=2) as client:
        _fail(url, fault="late", seconds=5)
        with pytest.raises(TransportError) as caught:
            client.create_customer(body={"email": "anna@example.com"})
        assert (caught.value.kind, caught.value.attempts) == ("ReadTimeout", 1)
        assert len(sandbox_of(url).fake.items("Customer")) == 1


def test_injected_statuses_strike_the_next_requests_then_stop() -> None:
    with serve("cartfunnel", credentials=CF) as url, _client(url, max_retries=2) as client:
        _fail(url, fault="503", times=2, retry_after=0)
        assert client.list_customers() == []  # two 503s waited out, then the answer
        _fail(url, fault="503", times=1)
        with pytest.raises(ServerError):  # a POST's 503 is an answer: raised, never re-sent
            client.create_customer(body={"email": "anna@example.com"})
        assert len(sandbox_of(url).fake.requests) == 1 and sandbox_of(url).fake.items("Customer") == []
        _fail(url, fault="503", after=1)  # the next request passes, the one after meets the 503
        assert client.list_customers() == []
        with pytest.raises(ServerError):
            client.create_customer(body={"email": "anna@example.com"})


def test_every_command_line_option_can_be_set_and_healed_while_serving(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with serve("cartfunnel", credentials=CF, record=record) as url, _client(url) as client:
        settings = {"rate": 1, "latency": "1ms", "faults": "503:1", "fault_seed": 3, "slow_body": 0.01}
        assert _fail(url, **settings).json() == {"configured": sorted(settings)}
        serving = httpx.get(f"{url}/__specloom/state", timeout=10).json()["serving"]
        assert (serving["rate"], serving["latency"], serving["faults"], serving["slow_body"]) == (1, 0.001, {"503": 1.0}, 0.01)
        with pytest.raises(ApiError) as caught:
            client.list_customers()
        assert caught.value.status == 503
        with pytest.raises(ApiError) as caught:
            client.list_customers()
        assert caught.value.status == 429  # the second request in the same second
        assert httpx.post(f"{url}/__specloom/heal", timeout=10).status_code == 200
        _fail(url, fault="drop", times=None)  # every request, until healed
        with pytest.raises(TransportError):
            client.list_customers()
        assert httpx.post(f"{url}/__specloom/heal", timeout=10).status_code == 200
        assert client.list_customers() == []
    faults = [json.loads(line).get("fault") for line in record.read_text().splitlines()]
    assert faults == ["503", None, "drop", None]


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"fault": "boom"}, "KIND"),
        ({"fault": "drop", "seconds": 1}, "seconds"),
        ({"fault": "drop", "times": 0}, "times"),
        ({"fault": "drop", "after": -1}, "after"),
        ({"fault": "drop", "color": "red"}, "color"),
        ({"speed": 3}, "speed"),
        ({"rate": -1}, "rate"),
        ({"faults": "503"}, "--fail"),
        ({"slow_body": "soon"}, "slow_body"),
        ({}, "say what fails"),
    ],
)
def test_bad_admin_requests_say_what_is_wrong(options: dict[str, Any], named: str) -> None:
    with serve("cartfunnel", credentials=CF) as url:
        answer = _fail(url, **options)
        assert answer.status_code == 400 and named in answer.json()["error"]
        assert httpx.post(f"{url}/__specloom/fail", content=b"[1]", timeout=10).status_code == 400


def test_every_fault_kind_can_be_drawn_from_the_command_line() -> None:
    assert parse_faults("503:0.1,drop:0.1,reset:0.1,lost:0.1,cut:0.1,late:0.1,slow:0.1") == {
        k: 0.1 for k in ("503", "drop", "reset", "lost", "cut", "late", "slow")
    }
    with running("cartfunnel", "--fail", "cut:1") as (url, _):
        with pytest.raises(TransportError, match="not re-sent"):
            call("cartfunnel", "sync", url, "create_customer", options={"max_retries": 3}, body={"email": "anna@example.com"})
        state = httpx.get(f"{url}/__specloom/state", timeout=10).json()
    assert [c["email"] for c in state["collections"]["Customer"]] == ["anna@example.com"]  # carried out once
    assert state["serving"]["received"] == 1
