"""The client's safety limits, each on both clients: answer size, redirects, credentials,
path parameters and endless paging (the runtime hardening issue, points 3, 6, 7, 10 and 12).

Everything runs in memory (``httpx.MockTransport`` or the testing kit); the network versions are
in ``tests/faults/test_limits_network.py``.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from specloom_runtime.call import (
    ConfigurationError,
    Placement,
    PlainHttpWarning,
    build,
    client_checks,
)
from specloom_runtime.errors import (
    ApiError,
    PaginationError,
    RedirectRefusedError,
    ResponseTooLargeError,
)
from specloom_runtime.wire import UNSET

from tests.clients.support import CREDENTIALS, Harness, json_answer
from tests.faults.vendors import cartfunnel_customer
from tests.testing_kit.support import Kit

APIS = ("firecart", "cartfunnel", "salesfire", "shift4shop", "clienttoolbox")
TOOLBOX_NEW = {
    "type": "record_customer", "customer_action": "new", "account_id": "greatwidgets",
    "campaign_id": "1234567890123456", "card_number": "1212121212", "email": "test@yourdomain.com",
    "first_name": "John", "last_name": "Doe",
}  # fmt: skip
TOOLBOX_OK = {"status": "success", "customer": {"status": "new", "card_number": "1212121212"}}


def _customers(count: int, start: int = 1) -> list[dict[str, object]]:
    return [cartfunnel_customer(n) for n in range(start, start + count)]


class _Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body handed over in small raw chunks, counting how many were taken."""

    def __init__(self, data: bytes, size: int = 1024) -> None:
        self.chunks = [data[i : i + size] for i in range(0, len(data), size)]
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.taken += 1
            yield chunk

    async def __aiter__(self) -> Any:
        for chunk in self.chunks:
            self.taken += 1
            yield chunk


def _run(mode: str, make: Callable[[], Any], method: str, **kwargs: Any) -> Any:
    """``method(**kwargs)`` on the client ``make()`` builds (a list for ``iter_*``), closed after."""
    if mode == "sync":
        with make() as client:
            result = getattr(client, method)(**kwargs)
            return list(result) if method.startswith("iter_") else result

    async def run() -> Any:
        async with make() as client:
            result = getattr(client, method)(**kwargs)
            if method.startswith("iter_"):
                return [item async for item in result]
            return await result

    return asyncio.run(run())


# -- 3. the answer's size, once decompressed -------------------------------------------------


def test_a_gzip_bomb_is_given_up_at_the_limit_without_inflating_it_all(mode: str) -> None:
    inflated = 20_000_000  # 20 MB of zeros, ~20 KB compressed
    bomb = _Trickle(gzip.compress(b"[" + b" " * inflated + b"]", compresslevel=9))
    answer = httpx.Response(
        200, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}, stream=bomb
    )
    harness = Harness("cartfunnel", mode, answers=[lambda request: answer], max_response_bytes=1_000_000)
    with pytest.raises(ResponseTooLargeError) as caught:
        harness.call("list_customers")
    error = caught.value
    assert isinstance(error, ApiError) and error.status == 200 and error.limit == 1_000_000
    assert "max_response_bytes=1000000" in str(error) and "larger max_response_bytes=" in str(error)
    assert bomb.taken < len(bomb.chunks) // 4  # stopped early: most of the bomb never inflated
    assert len(harness.requests) == 1  # not retried


def test_an_answer_within_the_limit_is_read_whole(mode: str) -> None:
    body = gzip.compress(httpx.Response(200, json=_customers(3)).content)
    answer = httpx.Response(
        200, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}, stream=_Trickle(body, 7)
    )
    harness = Harness("cartfunnel", mode, answers=[lambda request: answer], max_response_bytes=10_000)
    assert [c.id for c in harness.call("list_customers")] == [1, 2, 3]


def test_an_error_answer_is_capped_too(mode: str) -> None:
    # a 500 whose body would be quoted in a ServerError (the BodyParseError/error path)
    answer = httpx.Response(500, headers={"Content-Type": "text/html"}, content=b"<p>" * 5000)
    harness = Harness("cartfunnel", mode, answers=[answer], max_response_bytes=4096)
    with pytest.raises(ResponseTooLargeError) as caught:
        harness.call("list_customers")
    assert caught.value.status == 500 and caught.value.body is None


def test_the_testing_kit_answers_are_capped_too(mode: str) -> None:
    kit = Kit("cartfunnel", mode)
    kit.fake.answer("listCustomers", _customers(100))
    with pytest.raises(ResponseTooLargeError):
        kit.call("list_customers", client_options={"max_response_bytes": 2000})
    assert len(kit.call("list_customers", client_options={"max_response_bytes": 200_000})) == 100


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "50"])
def test_limits_must_be_positive_integers(bad: object) -> None:
    package = importlib.import_module("specloom.apis.cartfunnel")
    for option in ("max_response_bytes", "max_pages"):
        with pytest.raises(ConfigurationError, match=f"{option} must be an integer >= 1"):
            package.Client(**CREDENTIALS["cartfunnel"], **{option: bad})


# -- 6. redirects: never to another origin with the credentials -------------------------------


class _Redirecting:
    """A MockTransport handler: the first request is redirected to ``location``, then answered."""

    def __init__(self, status: int, location: str, answer: httpx.Response) -> None:
        self.status = status
        self.location = location
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if len(self.requests) == 1:
            return httpx.Response(self.status, headers={"Location": self.location})
        return httpx.Response(self.answer.status_code, headers=self.answer.headers, content=self.answer.content)


def _following(mode: str, api: str, handler: _Redirecting) -> Callable[[], Any]:
    package = importlib.import_module(f"specloom.apis.{api}")
    transport = httpx.MockTransport(handler)

    def make() -> Any:
        if mode == "sync":
            return package.Client(**CREDENTIALS[api], http_client=httpx.Client(transport=transport, follow_redirects=True))
        return package.AsyncClient(**CREDENTIALS[api], http_client=httpx.AsyncClient(transport=transport, follow_redirects=True))

    return make


def _secrets_in(request: httpx.Request, api: str) -> list[str]:
    text = f"{request.url} {request.headers} ".encode() + request.content
    return [value for value in CREDENTIALS[api].values() if value.encode() in text or value in str(request.url)]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_header_credentials_never_follow_a_redirect_to_another_host(mode: str, status: int) -> None:
    handler = _Redirecting(status, "https://elsewhere.example/customers.json?leak=1", json_answer([]))
    with pytest.raises(RedirectRefusedError) as caught:
        _run(mode, _following(mode, "cartfunnel", handler), "list_customers")
    assert [r.url.host for r in handler.requests] == ["api.cartfunnel.net"]  # never sent there
    error = caught.value
    assert error.status == status and "elsewhere.example" in error.location
    assert "another origin" in str(error) and "base_url=" in str(error)


@pytest.mark.parametrize("status", [307, 308])
def test_a_form_field_credential_is_not_re_sent_to_another_origin(mode: str, status: int) -> None:
    handler = _Redirecting(status, "http://api.clienttoolbox.com/api", json_answer(TOOLBOX_OK))  # https -> http
    with pytest.raises(RedirectRefusedError):
        _run(mode, _following(mode, "clienttoolbox", handler), "record_customer", body=TOOLBOX_NEW)
    assert len(handler.requests) == 1 and _secrets_in(handler.requests[0], "clienttoolbox")


def test_a_same_origin_redirect_is_followed_when_the_client_follows(mode: str) -> None:
    handler = _Redirecting(307, "/v1/customers.json?page=1", json_answer(_customers(2)))
    result = _run(mode, _following(mode, "cartfunnel", handler), "list_customers")
    assert [c.id for c in result] == [1, 2]
    assert [r.url.path for r in handler.requests] == ["/v1/customers.json"] * 2


def test_without_follow_redirects_the_redirect_is_an_answer_not_followed(mode: str) -> None:
    harness = Harness("cartfunnel", mode, answers=[httpx.Response(302, headers={"Location": "https://elsewhere.example/"})])
    with pytest.raises(ApiError) as caught:
        harness.call("list_customers")
    assert caught.value.status == 302 and len(harness.requests) == 1


# -- 7. credentials checked when the client is built -----------------------------------------


@pytest.mark.parametrize(
    ("api", "keyword", "value", "reason"),
    [
        ("cartfunnel", "api_secret", "cf-secret-91x\n", "control character"),
        ("firecart", "api_secret", "canvass-secret-7\r\n", "control character"),
        ("clienttoolbox", "user_password", "pass\tword", "control character"),
        ("salesfire", "secret", "sf-key\n", "control character"),
        ("cartfunnel", "api_secret", "cf-sécret-91x", "ASCII"),
        ("cartfunnel", "account", "myshöp", "ASCII"),
    ],
)
def test_a_malformed_credential_is_refused_by_keyword_never_by_value(mode: str, api: str, keyword: str, value: str, reason: str) -> None:
    package = importlib.import_module(f"specloom.apis.{api}")
    cls = package.AsyncClient if mode == "async" else package.Client
    with pytest.raises(ConfigurationError) as caught:
        cls(**{**CREDENTIALS[api], keyword: value})
    error = caught.value
    assert keyword in str(error) and reason in str(error)
    for shown in (str(error), repr(error), repr(error.args)):
        assert value.strip() not in shown and value not in shown


def test_non_ascii_credentials_outside_headers_are_accepted_and_sent_encoded(mode: str) -> None:
    harness = Harness("firecart", mode, answers=[httpx.Response(200, text="SUCCESS")])
    harness.credentials["api_secret"] = "sécret-7"
    harness.call("add_customer", data={"name": "David", "email": "david@address.com"})
    assert "s%C3%A9cret-7" in str(harness.last.url)


# -- 10. path parameters can never change the path -------------------------------------------


def _path_operations() -> Iterator[tuple[str, Any]]:
    for api in APIS:
        client_module = importlib.import_module(f"specloom.apis.{api}.client")
        for spec in client_module.OPERATIONS:
            if any(p.location == "path" for p in spec.wire_params):
                yield api, spec


PATH_OPERATIONS = list(_path_operations())


def test_the_specs_have_path_parameters_to_check() -> None:
    assert {api for api, _ in PATH_OPERATIONS} >= {"cartfunnel", "salesfire", "shift4shop"}


@pytest.mark.parametrize(("api", "spec"), PATH_OPERATIONS, ids=[f"{a}.{s.name}" for a, s in PATH_OPERATIONS])
@pytest.mark.parametrize("value", ["..", ".", "...", "a/../b", "../..", "%2e%2e", "x?y#z"])
def test_a_path_parameter_value_stays_inside_its_segment(api: str, spec: Any, value: str) -> None:
    base = "https://api.example.com/v1"
    params = [p for p in spec.wire_params if p.location == "path"]
    for target in params:
        wire = {p.wire: value if p is target else "x" for p in params}
        request = build(spec, wire, UNSET, Placement(), base, [])
        sent = request.url.raw_path.decode("ascii").partition("?")[0]
        # what the template gives with a harmless marker, then the marker's place checked
        marked = build(spec, {**wire, target.wire: "MARK"}, UNSET, Placement(), base, [])
        prefix, _, suffix = marked.url.raw_path.decode("ascii").partition("?")[0].partition("MARK")
        assert sent.startswith(prefix) and sent.endswith(suffix), (sent, prefix, suffix)
        segment = sent[len(prefix) : len(sent) - len(suffix)]
        assert "/" not in segment and "?" not in segment and "#" not in segment
        assert all(part not in (".", "..") for part in sent.split("/"))
        assert httpx.URL(str(request.url)).raw_path == request.url.raw_path  # stable once parsed


def test_salesfire_dot_segments_do_not_reach_another_endpoint(mode: str) -> None:
    harness = Harness("salesfire", mode, answers=[json_answer({"queued": True})], validate_requests=False)
    harness.call("sync_customer", site="..", list="..", body={"email": "a@example.com"})
    assert harness.last.url.raw_path.startswith(b"/client/%2E%2E/customers/%2E%2E")


# -- 12. endless paging -----------------------------------------------------------------------


def test_a_server_that_ignores_the_page_stops_the_iterator_with_an_error(mode: str) -> None:
    kit = Kit("cartfunnel", mode)
    kit.fake.answer("listCustomers", _customers(100), times=50)  # then the empty store: the end
    with pytest.raises(PaginationError) as caught:
        kit.call("iter_list_customers")
    assert caught.value.pages == 2 and "same items as the page before" in str(caught.value)
    assert "page=2" in str(caught.value)
    assert len(kit.fake.requests) == 2


def test_max_pages_bounds_an_iteration(mode: str) -> None:
    pages = [json_answer(_customers(100, start)) for start in range(1, 1000, 100)]
    pages.append(json_answer([]))  # the end, past the limit
    harness = Harness("cartfunnel", mode, answers=pages, max_pages=3)
    with pytest.raises(PaginationError, match="max_pages=3"):
        harness.collect("iter_list_customers")
    assert len(harness.requests) == 3


def test_paging_that_ends_is_untouched_by_the_checks(mode: str) -> None:
    pages = [json_answer(_customers(100, 1)), json_answer(_customers(100, 101)), json_answer(_customers(5, 201))]
    harness = Harness("cartfunnel", mode, answers=pages, max_pages=3)
    assert [c.id for c in harness.collect("iter_list_customers")] == list(range(1, 206))


# -- 20. credentials over plain HTTP: said once, at run time ----------------------------------


def test_plain_http_credentials_warn_once_naming_the_risk_and_base_url(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_checks, "_WARNED", set())
    package = importlib.import_module("specloom.apis.firecart")
    cls = package.AsyncClient if mode == "async" else package.Client
    with pytest.warns(PlainHttpWarning) as caught:
        cls(**CREDENTIALS["firecart"])  # the spec's documented http:// server
        cls(**CREDENTIALS["firecart"])
    [warning] = caught.list
    text = str(warning.message)
    assert "plain HTTP" in text and "base_url=" in text and "http://app.firecart.io" in text
    assert warning.filename == __file__  # shown where the client is built
    for secret in CREDENTIALS["firecart"].values():
        assert secret not in text


def test_the_plain_http_warning_masks_a_password_in_the_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_checks, "_WARNED", set())
    package = importlib.import_module("specloom.apis.firecart")
    with pytest.warns(PlainHttpWarning) as caught:
        package.Client(**CREDENTIALS["firecart"], base_url="http://shop:pw-4417@app.firecart.io").close()
    text = str(caught.list[0].message)
    assert "http://shop:***@app.firecart.io" in text and "pw-4417" not in text


@pytest.mark.parametrize("base_url", ["https://app.firecart.io", "http://127.0.0.1:8080", "http://localhost"])
def test_no_plain_http_warning_where_nothing_crosses_a_network_in_clear(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_checks, "_WARNED", set())
    package = importlib.import_module("specloom.apis.firecart")
    with warnings.catch_warnings():
        warnings.simplefilter("error", PlainHttpWarning)
        package.Client(**CREDENTIALS["firecart"], base_url=base_url).close()


def test_no_plain_http_warning_for_a_signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_checks, "_WARNED", set())
    package = importlib.import_module("specloom.apis.salesfire")
    with warnings.catch_warnings():
        warnings.simplefilter("error", PlainHttpWarning)
        package.Client(**CREDENTIALS["salesfire"], base_url="http://api.example.com").close()
