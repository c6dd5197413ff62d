"""``specloom serve API`` as a subprocess: each API's generated clients (sync and async) and raw
httpx requests against it over a real socket on 127.0.0.1."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import httpx
import pytest
from specloom_runtime.errors import ApiError

from tests.clients.support import CREDENTIALS
from tests.serve.support import running
from tests.testing_kit.support import APIS, CALLS, ITEMS, Kit

FIRST = {api: next(iter(CALLS[api])) for api in APIS}


def _kit(api: str, mode: str, url: str) -> Kit:
    kit = Kit(api, mode)
    kit.fake = None  # the state lives in the server; clients go over the socket
    kit.options = {"max_retries": 0, "validate_responses": "raise", "base_url": url, "timeout": 10}
    kit.client = lambda **options: _client(kit, **options)  # type: ignore[method-assign]
    return kit


def _client(kit: Kit, **options: Any) -> Any:
    cls = kit.package.AsyncClient if kit.mode == "async" else kit.package.Client
    return cls(**{**kit.credentials, **kit.options, **options})


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_api_served_answers_its_client_and_refuses_a_wrong_credential(api: str, mode: str) -> None:
    with running(api) as (url, _):
        kit = _kit(api, mode, url)
        method, kwargs = CALLS[api][FIRST[api]]
        kit.call(method, **kwargs)  # success: the documented answer validates strictly
        state = httpx.get(f"{url}/__specloom/state", timeout=10).json()
        assert state["requests"] == 1
        name = next(iter(kit.credentials))
        kit.credentials[name] = "wrong-" + kit.credentials[name]
        with pytest.raises(ApiError):  # 401/403, or the vendor's error inside a 200
            kit.call(method, **kwargs)


@pytest.mark.parametrize("api", ["cartfunnel", "shift4shop"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pagination_runs_to_the_end_over_the_socket(api: str, mode: str, tmp_path: Path) -> None:
    seed = tmp_path / "seed.jsonl"
    email = "email" if api == "cartfunnel" else "Email"
    seed.write_text("".join(json.dumps({**ITEMS[api], email: f"c{i}@example.com"}) + "\n" for i in range(230)))
    with running(api, "--seed", str(seed)) as (url, _):
        kit = _kit(api, mode, url)
        items = kit.call("iter_list_customers")
        state = httpx.get(f"{url}/__specloom/state", timeout=10).json()
    assert len(items) == 230
    assert state["requests"] > 1  # more than one page was fetched


@pytest.mark.parametrize("api", APIS)
def test_a_raw_request_without_credentials_gets_the_documented_refusal(api: str) -> None:
    """curl-like: no client, no credentials; the answer is what the in-memory kit documents."""
    fake = Kit(api, "sync", credentials=dict(CREDENTIALS[api]), on_invalid="answer").fake
    spec = next(s for s in fake.operations if s.name == FIRST[api])
    path = spec.path.replace("{id}", "1")
    with running(api) as (url, _):
        answer = httpx.request(spec.method, url + path, timeout=10)
    documented = {s.status for s in fake.behaviour(FIRST[api]).failures} | {200, 401}
    assert answer.status_code in documented
    if answer.status_code == 200:  # the vendor reports it inside a 200: never its success body
        assert answer.content != json.dumps(fake.behaviour(FIRST[api]).success.body).encode()
    else:
        assert answer.status_code in (401, 403)


def test_credentials_come_from_the_environment_the_client_reads() -> None:
    api = "salesfire"
    spec = Kit(api, "sync").testing.FakeApi.api
    env = {c.env_var: CREDENTIALS[api][c.attr] for c in spec.credentials}
    with running(api, env=env, credentials=False) as (url, process):
        assert process.stdout is not None
        assert "accepting the credentials secret" in process.stdout.readline()
        kit = _kit(api, "sync", url)
        method, kwargs = CALLS[api][FIRST[api]]
        kit.call(method, **kwargs)
        kit.credentials["secret"] = "another-key"
        with pytest.raises(ApiError):
            kit.call(method, **kwargs)


def test_without_credentials_it_prints_the_ones_it_accepts() -> None:
    with running("cartfunnel", credentials=False) as (_, process):
        assert process.stdout is not None
        line = process.stdout.readline()
    assert "account" in line and "api_secret" in line and "$" in line


def test_sigterm_stops_the_server_cleanly() -> None:
    with running("salesfire") as (url, process):
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{url}/__specloom/state", timeout=2)


def test_state_survives_a_restart(tmp_path: Path) -> None:
    state = str(tmp_path / "state.sqlite")
    for expected in (["anna@example.com"], ["anna@example.com", "bert@example.com"]):
        with running("cartfunnel", "--state", state) as (url, _):
            kit = _kit("cartfunnel", "sync", url)
            kit.call("create_customer", body={"email": expected[-1]})
            emails = [c.email for c in kit.call("iter_list_customers")]
        assert emails == expected
    with running("cartfunnel", "--state", state) as (url, _):
        assert httpx.post(f"{url}/__specloom/reset", timeout=10).status_code == 200
    with running("cartfunnel", "--state", state) as (url, _):
        assert httpx.get(f"{url}/__specloom/state", timeout=10).json()["collections"]["Customer"] == []


def test_rate_faults_latency_and_record_from_the_command_line(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    secret = CREDENTIALS["cartfunnel"]["api_secret"]
    options = ("--rate", "1/s", "--latency", "1ms", "--fail", "503:0,drop:0", "--seed-faults", "3", "--record", str(record))
    with running("cartfunnel", *options) as (url, _), _client(_kit("cartfunnel", "sync", url)) as client:
        client.list_customers()
        with pytest.raises(ApiError) as caught:
            client.list_customers()
    assert caught.value.status == 429
    text = record.read_text()
    assert [json.loads(line)["status"] for line in text.splitlines()] == [200, 429]
    assert secret not in text


def test_a_drop_fault_from_the_command_line_closes_the_connection() -> None:
    with running("salesfire", "--fail", "drop:1") as (url, _), pytest.raises(httpx.RemoteProtocolError):
        httpx.post(f"{url}/anything", json={}, timeout=10)


@pytest.mark.parametrize("option", [("--fail", "503"), ("--rate", "fast"), ("--host", "0.0.0.0")])
def test_bad_options_say_what_is_wrong(option: tuple[str, str]) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "generator", "serve", "salesfire", "--port", "0", *option],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 2
    assert done.stderr.startswith("specloom serve: ") and "Traceback" not in done.stderr
    assert option[0].lstrip("-") in done.stderr or "loopback" in done.stderr


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"email": "a@example.com"}\n{\n', "seed.jsonl:2: not JSON"),  # was: no file, no line
        (b"5\n", "seed.jsonl:1: a record is a JSON object, not int"),  # was: a TypeError traceback
        (b"[" * 100_000 + b"\n", "seed.jsonl:1: not JSON: nested too deeply"),  # was: a RecursionError traceback
        (b'{"email": "caf\xe9@example.com"}\n', "seed.jsonl:1: not UTF-8 text: byte 0xe9"),
        (b'{"email": "a@example.com"}\n{"persisted": 3}\n', "seed.jsonl:2: seeded Customer breaks the spec"),
    ],
)
def test_a_seed_file_that_cannot_be_stored_is_refused_at_its_line(tmp_path: Path, content: bytes, said: str) -> None:
    import subprocess
    import sys

    seed = tmp_path / "seed.jsonl"
    seed.write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "serve", "cartfunnel", "--port", "0", "--seed", str(seed)],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stderr.startswith(f"specloom serve: {tmp_path / said}"), done.stderr[-2000:]


def test_a_state_file_that_is_no_state_or_no_longer_fits_is_refused_and_kept(tmp_path: Path) -> None:
    """Both were "internal error ... a bug in specloom"; the file is left as it was."""
    import sqlite3
    import subprocess
    import sys

    garbage, stale = tmp_path / "garbage.sqlite", tmp_path / "stale.sqlite"
    garbage.write_bytes(b"not a database at all")
    with sqlite3.connect(stale) as db:  # a state kept while the spec changed under it
        db.execute("CREATE TABLE items (resource TEXT NOT NULL, position INTEGER NOT NULL, item TEXT NOT NULL)")
        db.execute("INSERT INTO items VALUES ('Customer', 0, '{\"persisted\": 3}')")
    db.close()
    before = stale.read_bytes()
    for state, said in ((garbage, "not a state file of specloom serve"), (stale, "a stored Customer no longer fits the spec")):
        done = subprocess.run(
            [sys.executable, "-m", "generator", "serve", "cartfunnel", "--port", "0", "--state", str(state)],
            capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
        )
        assert done.returncode == 2 and done.stderr.startswith(f"specloom serve: {state}: {said}"), done.stderr[-2000:]
    assert garbage.read_bytes() == b"not a database at all" and stale.read_bytes() == before
