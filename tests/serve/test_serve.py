"""``specloom_runtime.testing.sandbox.serve`` in-process: admin endpoints, rate limit, faults, recording."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from specloom_runtime.errors import ApiError, TransportError
from specloom_runtime.testing import parse_faults, serve

from specloom.apis.cartfunnel import Client
from tests.clients.support import CREDENTIALS

CF = CREDENTIALS["cartfunnel"]


def _client(url: str, **options: object) -> Client:
    return Client(**CF, base_url=url, timeout=10, **{"max_retries": 0, **options})  # type: ignore[arg-type]


def test_state_and_reset_admin_endpoints() -> None:
    with serve("cartfunnel", credentials=CF) as url, _client(url) as client:
        client.create_customer(body={"email": "anna@example.com"})
        state = httpx.get(f"{url}/__specloom/state", timeout=10).json()
        assert [c["email"] for c in state["collections"]["Customer"]] == ["anna@example.com"]
        assert httpx.post(f"{url}/__specloom/reset", timeout=10).status_code == 200
        after = httpx.get(f"{url}/__specloom/state", timeout=10).json()
        assert after["collections"]["Customer"] == [] and after["requests"] == 0
        assert httpx.get(f"{url}/__specloom/nothing", timeout=10).status_code == 404


def test_a_failure_scripted_through_the_admin_endpoint_is_answered_once() -> None:
    with serve("cartfunnel", credentials=CF) as url, _client(url) as client:
        script = {"operation": "listCustomers", "status": 429, "retry_after": 7, "times": 1}
        assert httpx.post(f"{url}/__specloom/fail", json=script, timeout=10).status_code == 200
        with pytest.raises(ApiError) as caught:
            client.list_customers()
        assert caught.value.status == 429
        client.list_customers()  # healed after one time
        bad = httpx.post(f"{url}/__specloom/fail", json={"operation": "nope", "status": 500}, timeout=10)
        assert bad.status_code == 400 and "nope" in bad.json()["error"]


def test_above_the_rate_a_429_with_retry_after() -> None:
    with serve("cartfunnel", credentials=CF, rate=1) as url, httpx.Client(base_url=url, timeout=10) as raw:
        statuses = [raw.get("/customers.json", auth=(CF["account"], CF["api_secret"])) for _ in range(3)]
    assert statuses[0].status_code != 429
    limited = [r for r in statuses if r.status_code == 429]
    assert limited and all(int(r.headers["Retry-After"]) >= 1 for r in limited)


@pytest.mark.parametrize("text", ["503", "503:x", "200:0.1", "drop:2"])
def test_bad_fault_specs_say_what_is_wrong(text: str) -> None:
    with pytest.raises(ValueError, match="--fail"):
        parse_faults(text)


def test_injected_faults_are_reproducible_with_a_seed() -> None:
    def statuses(seed: int) -> list[int]:
        with serve("cartfunnel", credentials=CF, faults={"503": 0.5}, fault_seed=seed) as url, _client(url) as client:
            out = []
            for _ in range(12):
                try:
                    client.list_customers()
                    out.append(200)
                except ApiError as exc:
                    out.append(exc.status or 0)
            return out

    first = statuses(7)
    assert first == statuses(7)
    assert set(first) == {200, 503}


def test_a_dropped_post_is_not_resent_by_the_client(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with serve("cartfunnel", credentials=CF, faults={"drop": 1.0}, record=record) as url:
        with _client(url, max_retries=3) as client, pytest.raises(TransportError, match="not re-sent"):
            client.create_customer(body={"email": "anna@example.com"})
        with httpx.Client(timeout=10) as raw, pytest.raises(httpx.RemoteProtocolError):
            raw.get(f"{url}/customers.json")
    lines = [json.loads(line) for line in record.read_text().splitlines()]
    assert [(e["method"], e["status"]) for e in lines] == [("POST", None), ("GET", None)]


def test_the_recording_holds_requests_and_answers_but_no_credential(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with serve("cartfunnel", credentials=CF, record=record) as url, _client(url) as client:
        client.create_customer(body={"email": "anna@example.com"})
        client.list_customers()
        httpx.get(f"{url}/customers.json", params={"api_secret": CF["api_secret"]}, timeout=10)
    text = record.read_text()
    assert CF["api_secret"] not in text and CF["account"] not in text
    entries = [json.loads(line) for line in text.splitlines()]
    assert [e["operation"] for e in entries[:2]] == ["createCustomer", "listCustomers"]
    assert all(200 <= e["status"] < 300 for e in entries[:2])  # the spec answers "2XX"
    assert "anna@example.com" in json.dumps(entries[0]["body"])


def test_only_loopback_is_served() -> None:
    with pytest.raises(ValueError, match="loopback"), serve("cartfunnel", host="0.0.0.0"):
        pass  # pragma: no cover


def test_the_client_honours_retry_after_and_gets_through(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with serve("cartfunnel", credentials=CF, rate=1, record=record) as url, _client(url, max_retries=2) as client:
        client.list_customers()
        client.list_customers()  # over the rate: a 429, waited out, then answered
    statuses = [json.loads(line)["status"] for line in record.read_text().splitlines()]
    assert statuses[0] == 200 and statuses[-1] == 200
    assert 429 in statuses


def test_json_nested_too_deeply_is_answered_as_malformed_json_and_the_server_goes_on(capfd: pytest.CaptureFixture[str]) -> None:
    """A body of 100,000 ``[`` was a ``RecursionError`` in the kit's reading of the request: the
    sandbox cut the connection and printed a traceback (found by throwing odd requests at it).
    Now it is answered as any body that is not JSON is (Cartfunnel's errors in a 200), and the
    admin endpoints answer 400."""
    deep = b"[" * 100_000 + b"]" * 100_000
    with serve("cartfunnel", credentials=CF) as url, httpx.Client(base_url=url, timeout=10) as raw:
        seen: list[httpx.Request] = []
        with httpx.Client(event_hooks={"request": [seen.append]}, timeout=10) as hooked, _client(url, http_client=hooked) as client:
            client.create_customer(body={"email": "anna@example.com"})  # the credentials' headers
        headers = {k: v for k, v in seen[0].headers.items() if k.lower() not in ("content-length", "host")}
        malformed = raw.post("/customers.json", content=b"{", headers=headers)
        sent = raw.post("/customers.json", content=deep, headers=headers)
        assert (sent.status_code, sent.json()["errors"]) == (malformed.status_code, malformed.json()["errors"])
        admin = raw.post("/__specloom/fail", content=deep)
        assert admin.status_code == 400 and "error" in admin.json()
        assert raw.get("/__specloom/state").status_code == 200  # still serving
    assert "Traceback" not in capfd.readouterr().err
