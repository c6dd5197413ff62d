"""Redaction per client: what a log record costs does not grow with the number of clients, and a
client dropped without ``close()`` leaves nothing behind (hardening issue, point 8); every form a
credential takes in a log line is masked (point 7).

The mechanism is tested, not the clock: how many secret values get compiled into patterns, how
many patterns a record is matched against, what stays registered after garbage collection.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import warnings
from collections.abc import Iterable
from typing import Any, cast
from urllib.parse import quote, quote_plus, urlencode

import httpx
import pytest
from specloom_runtime.call import PlainHttpWarning
from specloom_runtime.errors import MASK, Redactor, SecretFilter, redact

from specloom.apis import cartfunnel, firecart
from tests.clients.support import CREDENTIALS
from tests.runtime.rt_support import ListHandler


class _Compilations:
    """Wraps ``redact.secret_pattern``: how many secret values each call compiled."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self._inner = redact.secret_pattern

    def __call__(self, values: Iterable[str]) -> Any:
        values = list(values)
        self.sizes.append(len(set(values)))
        return self._inner(values)


def _client(n: int) -> Any:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    return cartfunnel.Client(account=f"shop-{n}", api_secret=f"secret-{n:04d}", transport=transport)


def test_building_clients_compiles_only_each_clients_own_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Compilations()
    monkeypatch.setattr(redact, "secret_pattern", counted)
    clients = [_client(n) for n in range(200)]
    # each client compiles its own two secrets (and no more): a registry recompiling every live
    # client's secrets would compile 2 + 4 + ... + 400 values
    assert sum(counted.sizes) <= 2 * len(clients) * 2
    assert max(counted.sizes) <= 2
    for client in clients:
        client.close()


def test_a_record_is_masked_with_the_calling_clients_pattern_only() -> None:
    clients = [_client(n) for n in range(100)]
    seen: list[list[Any]] = []
    shared = next(f for f in logging.getLogger("httpx").filters if isinstance(f, SecretFilter))

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(shared._current())  # what a record logged now is matched against
        logging.getLogger("httpx").warning("echo %s", request.headers["X-CARTFUNNEL-API-SECRET"])
        return httpx.Response(200, json=[])

    capture = ListHandler()
    logging.getLogger("httpx").addHandler(capture)
    try:
        with cartfunnel.Client(account="shop-x", api_secret="secret-xyzw", transport=httpx.MockTransport(answer)) as client:
            client.list_customers()
    finally:
        logging.getLogger("httpx").removeHandler(capture)
        for other in clients:
            other.close()
    [patterns] = seen
    [pattern] = patterns  # one pattern, whatever the number of clients
    assert pattern.search("secret-xyzw") and pattern.search("shop-x")  # the calling client's
    assert not pattern.search("secret-0042")  # not the 100 others'
    assert "httpx WARNING echo ***" in capture.lines and not any("secret-xyzw" in line for line in capture.lines)


def test_a_client_dropped_without_close_leaves_nothing_registered() -> None:
    before = dict(redact._REGISTRY._counts)
    clients = [_client(n) for n in range(50)]
    del clients
    gc.collect()
    assert dict(redact._REGISTRY._counts) == before
    assert not any(value.startswith("secret-") for value in redact._REGISTRY._counts)


def test_httpx_logs_are_masked_while_an_async_call_runs() -> None:
    capture = ListHandler()
    logger = logging.getLogger("httpx")
    logger.addHandler(capture)
    level = logger.level
    logger.setLevel(logging.INFO)

    async def run() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, text="SUCCESS"))
        credentials = cast(dict[str, Any], CREDENTIALS["firecart"])  # the client's credential arguments
        async with firecart.AsyncClient(**credentials, transport=transport) as client:
            await client.add_customer(data={"name": "David", "email": "david@address.com"})

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PlainHttpWarning)  # firecart's server is plain HTTP
            asyncio.run(run())
    finally:
        logger.removeHandler(capture)
        logger.setLevel(level)
    assert any("HTTP Request" in line for line in capture.lines)
    for secret in CREDENTIALS["firecart"].values():
        assert not any(secret in line for line in capture.lines)


SECRET = ' pa ss/wörd"1 '  # spaces at both ends, a slash, a non-ASCII letter, a quote


@pytest.mark.parametrize(
    "shown",
    [
        SECRET,
        SECRET.strip(),  # a server or header parser strips it
        quote(SECRET, safe=""),
        quote(SECRET, safe="").lower(),
        quote_plus(SECRET),  # a form body
        urlencode({"k": SECRET}).partition("=")[2],
        json.dumps(SECRET)[1:-1],
        json.dumps(SECRET, ensure_ascii=False)[1:-1],
        repr(SECRET.encode())[2:-1],  # httpcore logs header bytes
        repr(SECRET.strip().encode())[2:-1],
        quote(SECRET.strip(), safe=""),
    ],
)
def test_every_form_of_a_credential_is_masked(shown: str) -> None:
    line = f"send_request_headers.started value={shown} done"
    masked = Redactor([SECRET]).text(line)
    assert masked == f"send_request_headers.started value={MASK} done"
