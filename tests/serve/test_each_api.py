"""Issue #20's "done when", for each of the five APIs: ``specloom serve API`` as a subprocess on
127.0.0.1 (``--port 0``), one per API for this module, reset and healed before each test.

Both generated clients meet each documented failure (every error status and every error-in-body
rule of every operation, scripted through ``POST /__specloom/fail``) exactly as they meet it from
the in-memory ``FakeApi`` (the oracle: the same engine without a socket, so the socket must add
nothing and lose nothing); a 429's ``Retry-After`` is honoured (an idempotent call waits it out
and gets through a 1 request/s limit, which a retry sooner than asked would hit again; a POST
raises it, not re-sent); a dropped connection on a POST is never re-sent. Raw httpx requests (no
client, as curl would send them) get the documented answers, including a bad signature and a
missing credential. Pagination to the end: ``test_cli.py``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from specloom_runtime.errors import ApiError, RateLimitError, TransportError

from tests.clients.support import CREDENTIALS
from tests.serve.support import running
from tests.testing_kit.support import APIS, CALLS, Kit

URL: dict[str, str] = {}


@pytest.fixture(scope="module", params=APIS)
def api(request: pytest.FixtureRequest) -> Iterator[str]:
    name = str(request.param)
    with running(name) as (url, _):
        URL[name] = url
        yield name
    URL.pop(name, None)


@pytest.fixture(autouse=True)
def _fresh(request: pytest.FixtureRequest) -> None:
    if "api" in request.fixturenames:
        url = URL[request.getfixturevalue("api")]
        for endpoint in ("reset", "heal"):
            assert httpx.post(f"{url}/__specloom/{endpoint}", timeout=10).status_code == 200


def _admin(api: str, name: str, **options: Any) -> Any:
    answer = httpx.post(f"{URL[api]}/__specloom/{name}", json=options, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _requests(api: str) -> int:
    return int(httpx.get(f"{URL[api]}/__specloom/state", timeout=10).json()["requests"])


def _served(api: str, mode: str, **options: Any) -> Kit:
    """A ``Kit`` whose clients go to the served API over the socket (no transport)."""
    kit = Kit(api, mode)
    kit.fake = None
    kit.options = {"max_retries": 0, "validate_responses": "raise", "base_url": URL[api], "timeout": 10, **options}
    kit.client = lambda **more: _client(kit, **more)  # type: ignore[method-assign]
    return kit


def _client(kit: Kit, **options: Any) -> Any:
    cls = kit.package.AsyncClient if kit.mode == "async" else kit.package.Client
    return cls(**{**kit.credentials, **kit.options, **options})


def _outcome(kit: Kit, operation: str) -> tuple[str, object]:
    method, kwargs = CALLS[kit.api][operation]
    try:
        return "ok", repr(kit.call(method, **kwargs))
    except ApiError as exc:
        return type(exc).__name__, (exc.status, str(exc).split(" (", 1)[0])


def _scripts(api: str) -> list[tuple[str, dict[str, Any]]]:
    fake = Kit(api, "sync").fake
    out: list[tuple[str, dict[str, Any]]] = []
    for operation in CALLS[api]:
        play = fake.behaviour(operation)
        out += [(operation, {"status": s.status}) for s in play.failures]
        out += [(operation, {"error_in_body": s.rule}) for s in play.body_failures]
    return out


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_documented_failure_reaches_the_clients_as_from_the_kit(api: str, mode: str) -> None:
    scripts = _scripts(api)
    assert scripts, f"{api} documents no failure"
    for operation, script in scripts:
        _admin(api, "fail", operation=operation, times=1, **script)
        served = _outcome(_served(api, mode), operation)
        oracle = Kit(api, mode, credentials=dict(CREDENTIALS[api]), on_invalid="answer")
        oracle.fake.fail(operation, times=1, **script)
        assert served == _outcome(oracle, operation), (operation, script)
        if served[0] != "ok":  # an answer the spec reads as "nothing here" (a 404 list) is no error
            assert served[1][0] == script.get("status", 200), (operation, script)  # type: ignore[index]


def _operation(api: str, idempotent: bool) -> str | None:
    fake = Kit(api, "sync").fake
    methods = {s.name: s.method for s in fake.operations}
    return next((op for op in CALLS[api] if (methods[op] in ("GET", "PUT", "DELETE")) == idempotent and "id" not in CALLS[api][op][1]), None)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_429_with_retry_after_is_honoured(api: str, mode: str) -> None:
    _admin(api, "fail", rate=1)
    operation = _operation(api, idempotent=True)
    if operation is not None:  # waited out: a retry sooner than Retry-After would meet the limit again
        kit = _served(api, mode, max_retries=1)
        kit.call_operation(operation)
        kit.call_operation(operation)
        assert _requests(api) == 2
    operation = _operation(api, idempotent=False)
    if operation is not None:  # a POST: raised with the wait asked for, not re-sent
        kit = _served(api, mode, max_retries=3)
        _admin(api, "heal")
        _admin(api, "fail", rate=1)
        kit.call_operation(operation)
        with pytest.raises(RateLimitError) as caught:
            kit.call_operation(operation)
        assert caught.value.retry_after is not None and caught.value.retry_after >= 1
        assert _requests(api) == 1 + (2 if _operation(api, idempotent=True) else 0)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["drop", "lost"])
def test_a_dropped_connection_on_a_post_is_not_resent(api: str, mode: str, kind: str) -> None:
    operation = _operation(api, idempotent=False)
    if operation is None:  # Firecart writes with a GET: the client retries it instead
        _admin(api, "fail", fault=kind)
        _served(api, mode, max_retries=1).call_operation(_operation(api, idempotent=True))  # type: ignore[arg-type]
        assert _requests(api) == (1 if kind == "drop" else 2)
        return
    _admin(api, "fail", fault=kind)
    with pytest.raises(TransportError, match="not re-sent") as caught:
        _served(api, mode, max_retries=3).call_operation(operation)
    assert (caught.value.sent, caught.value.attempts) == (True, 1)
    assert _requests(api) == (0 if kind == "drop" else 1)  # "lost": carried out once, never twice


def _raw(api: str) -> tuple[str, str, dict[str, str], bytes]:
    """(method, target, headers, body) of the request the generated client sends for the first
    operation, taken from the in-memory kit; the target relative to the API's base URL."""
    kit = Kit(api, "sync", credentials=dict(CREDENTIALS[api]))
    kit.call_operation(next(iter(CALLS[api])))
    seen = kit.fake.requests[-1]
    query = seen.raw.url.query.decode()
    headers = {k: v for k, v in seen.raw.headers.items() if k not in ("host", "content-length", "user-agent")}
    return seen.method, seen.path + (f"?{query}" if query else ""), headers, seen.raw.read()


def _send(api: str, method: str, target: str, headers: dict[str, str], content: bytes) -> tuple[httpx.Response, httpx.Response]:
    """(served answer, in-memory kit's answer) to the same raw request."""
    with httpx.Client(timeout=10) as raw:
        served = raw.request(method, URL[api] + target, headers=headers, content=content)
    fake = Kit(api, "sync", credentials=dict(CREDENTIALS[api]), on_invalid="answer", base_url="http://127.0.0.1/").fake
    with httpx.Client(transport=fake) as memory:
        kept = memory.request(method, "http://127.0.0.1" + target, headers=headers, content=content)
    return served, kept


def _without_credentials(api: str, target: str, headers: dict[str, str], body: bytes) -> tuple[str, dict[str, str], bytes]:
    """The same request with every credential left out, wherever the API carries it."""
    values = set(CREDENTIALS[api].values())
    path, _, query = target.partition("?")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if v not in values]
    bare = {k: v for k, v in headers.items() if v not in values and k != "x-signature"}  # a signature is one too
    if headers.get("content-type") == "application/x-www-form-urlencoded":
        body = urlencode([(k, v) for k, v in parse_qsl(body.decode(), keep_blank_values=True) if v not in values]).encode()
    return path + (f"?{urlencode(kept)}" if kept else ""), bare, body


def test_raw_requests_get_the_documented_answers(api: str) -> None:
    method, target, headers, body = _raw(api)
    success, kept = _send(api, method, target, headers, body)
    assert success.status_code == kept.status_code and success.content == kept.content
    assert success.status_code == 200 or (api, success.status_code) == ("shift4shop", 404)  # its "no records" answer
    target, bare, body = _without_credentials(api, target, headers, body)
    assert (target, bare, body) != _raw(api)[1:]
    refused, kept = _send(api, method, target, bare, body)
    assert refused.status_code == kept.status_code and refused.content == kept.content
    assert refused.status_code in (401, 403) or (refused.status_code == 200 and refused.content != success.content)


def test_a_bad_signature_and_a_missing_one_are_refused() -> None:
    pytest.importorskip("specloom.apis.salesfire")
    with running("salesfire") as (url, _):
        URL["salesfire"] = url
        _method, target, headers, _ = _raw("salesfire")
        body = json.dumps({"email": "sign@example.com"}).encode()
        key = CREDENTIALS["salesfire"]["secret"].encode()
        good = {**headers, "x-signature": hmac.new(key, body, hashlib.sha256).hexdigest()}
        accepted, _ = _send("salesfire", "POST", target, good, body)
        assert accepted.status_code == 200
        bad = {**headers, "x-signature": hmac.new(b"another key", body, hashlib.sha256).hexdigest()}
        missing = {k: v for k, v in headers.items() if k.lower() != "x-signature"}
        for refused_headers in (bad, missing):
            served, kept = _send("salesfire", "POST", target, refused_headers, body)
            assert served.status_code == kept.status_code == 401 and served.content == kept.content
        state = httpx.get(f"{url}/__specloom/state", timeout=10).json()
        assert state["payloads"]["syncCustomer"] == [{"email": "sign@example.com"}]  # only the signed one kept
