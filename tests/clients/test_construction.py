"""Building clients: keyword-only credentials, from_env, option checks, per-call timeout and
headers, context managers, and a repr that hides credentials."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from specloom.apis import cartfunnel, shift4shop
from tests.clients.support import Harness, json_answer


def test_credentials_are_keyword_only_and_required() -> None:
    with pytest.raises(TypeError):
        cartfunnel.Client("myshop", "secret")  # type: ignore[call-arg]  # positional credentials, refused on purpose
    with pytest.raises(TypeError):
        cartfunnel.Client(account="myshop")  # type: ignore[call-arg]


@pytest.mark.parametrize("bad", ["", None, 5])
def test_empty_or_non_string_credentials_are_refused_by_name(bad: object) -> None:
    with pytest.raises(cartfunnel.ConfigurationError, match="api_secret") as caught:
        cartfunnel.Client(account="myshop", api_secret=bad)  # type: ignore[arg-type]
    assert "myshop" not in str(caught.value)


@pytest.mark.parametrize(
    ("option", "value"),
    [("validate_responses", "sometimes"), ("max_retries", -1), ("max_retries", True), ("timeout", 0), ("base_url", "ftp://x"),
     ("base_url", "http://[::1"), ("base_url", "https://")],  # the first was httpx.InvalidURL at the first call
)
def test_bad_options_are_refused(option: str, value: object) -> None:
    with pytest.raises(cartfunnel.ConfigurationError, match=option):
        cartfunnel.Client(account="a", api_secret="b", **{option: value})  # type: ignore[arg-type]


def test_transport_and_http_client_are_exclusive() -> None:
    with pytest.raises(cartfunnel.ConfigurationError):
        cartfunnel.Client(account="a", api_secret="b", transport=httpx.MockTransport(lambda r: httpx.Response(200)), http_client=httpx.Client())


def test_from_env_reads_documented_variables_and_names_missing_ones() -> None:
    env = {"SHIFT4SHOP_SECURE_URL": "https://s.example", "SHIFT4SHOP_PRIVATE_KEY": "pk-env"}
    with pytest.raises(shift4shop.ConfigurationError) as caught:
        shift4shop.Client.from_env(environ=env)
    assert "SHIFT4SHOP_TOKEN" in str(caught.value) and "pk-env" not in str(caught.value)
    seen: list[httpx.Request] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_answer([{"CustomerID": 1}])

    env["SHIFT4SHOP_TOKEN"] = "tk-env"
    with shift4shop.Client.from_env(environ=env, transport=httpx.MockTransport(vendor)) as client:
        client.get_customer(id=1)
    assert (seen[0].headers["PrivateKey"], seen[0].headers["Token"]) == ("pk-env", "tk-env")


def test_repr_hides_credentials() -> None:
    client = cartfunnel.Client(account="myshop", api_secret="cf-secret-91x")
    assert "cf-secret-91x" not in repr(client) and "myshop" not in repr(client)
    assert "api_secret" in repr(client)
    client.close()


def test_base_url_per_call_headers_and_timeout(mode: str) -> None:
    h = Harness("cartfunnel", mode, answers=[json_answer({"id": 1, "persisted": "true"})], base_url="http://127.0.0.1:9/v2/")
    h.call("get_customer", id=1, headers={"X-Request-Id": "abc"}, timeout=2.5)
    assert str(h.last.url) == "http://127.0.0.1:9/v2/customers/1.json"
    assert h.last.headers["X-Request-Id"] == "abc"
    assert h.last.extensions["timeout"]["read"] <= 2.5


def test_closing_a_client_keeps_a_borrowed_http_client_open() -> None:
    borrowed = httpx.Client(transport=httpx.MockTransport(lambda r: json_answer({"id": 1, "persisted": "true"})))
    with cartfunnel.Client(account="a", api_secret="b", http_client=borrowed) as client:
        client.get_customer(id=1)
    assert not borrowed.is_closed
    borrowed.close()

    async def run() -> bool:
        async with cartfunnel.AsyncClient(account="a", api_secret="b", transport=httpx.MockTransport(lambda r: json_answer({"id": 1, "persisted": "true"}))) as client:
            await client.get_customer(id=1)
            inner = client._http
        return inner.is_closed

    assert asyncio.run(run())


def test_retries_idempotent_calls_only(mode: str) -> None:
    flaky = [json_answer({}, 503), json_answer({"id": 1, "persisted": "true"})]
    h = Harness("cartfunnel", mode, answers=list(flaky), max_retries=2)
    h.options["max_retries"] = 2
    assert h.call("get_customer", id=1).id == 1
    assert len(h.requests) == 2
    post = Harness("cartfunnel", mode, answers=list(flaky), max_retries=2)
    with pytest.raises(cartfunnel.ServerError):
        post.call("create_customer", body={"email": "a@example.com"})
    assert len(post.requests) == 1
