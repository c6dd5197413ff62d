"""``call.lean``: per-call URLs and requests built without httpx's re-checks, and a client that
keeps no cookie.

* ``with_query`` against ``httpx.URL(url, query=...)`` on random URLs and queries (the ones
  ``query_string`` writes, and arbitrary text): the same URL, or the same exception; and the
  shortcut really skips httpx's parser for a query ``query_string`` wrote;
* ``new_request`` against ``httpx.Request(..., content=...)``: the same method, URL, headers (in
  order) and body;
* a client the runtime makes does not keep a vendor's ``Set-Cookie`` (nor send it back).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from specloom_runtime.call.lean import new_request, with_query
from specloom_runtime.wire import query_string


def _outcome(call: Callable[[], Any]) -> tuple[Any, ...]:
    try:
        return ("returned", call())
    except Exception as exc:  # the same exception is the point, whatever it is
        return ("raised", type(exc), str(exc))


def _url_parts(url: httpx.URL) -> tuple[object, ...]:
    return (str(url), url.raw_path, url.query, url.netloc, url.scheme, url.path, url.fragment)


URLS = st.sampled_from([
    "https://api.example.com/v1/customers",
    "http://127.0.0.1:8080/a%20b/c",
    "https://user:pw@shop.example.com:8443/",
    "https://example.com/p#frag",
    "https://[::1]/x/%2E%2E/y",
])  # fmt: skip
TEXT = st.text(max_size=8) | st.text(alphabet='{}":,@ é&=+%~', max_size=8)


@given(url=URLS, pairs=st.lists(st.tuples(TEXT, TEXT), max_size=5))
def test_with_query_is_httpx_for_written_queries(url: str, pairs: list[tuple[str, str]]) -> None:
    base = httpx.URL(url)
    try:
        query = query_string(pairs)
    except UnicodeEncodeError:  # a lone surrogate: refused before any URL is made
        return
    expected = httpx.URL(base, query=query.encode("ascii"))
    assert _url_parts(with_query(base, query)) == _url_parts(expected)


@given(url=URLS, query=st.text(max_size=12) | st.text(alphabet="%0aFg=&+ \n\x7f", max_size=12))
def test_with_query_is_httpx_for_any_text(url: str, query: str) -> None:
    base = httpx.URL(url)

    def theirs() -> tuple[object, ...]:
        return _url_parts(httpx.URL(base, query=query.encode("ascii")))

    assert _outcome(lambda: _url_parts(with_query(base, query))) == _outcome(theirs)


def test_with_query_skips_the_parser_only_for_safe_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx._urlparse as parser

    base = httpx.URL("https://api.example.com/v1/customers")
    calls: list[str] = []
    real = parser.urlparse

    def counting(url: str = "", **kwargs: str | None) -> Any:
        calls.append(str(kwargs.get("query")))
        return real(url, **kwargs)

    monkeypatch.setattr(parser, "urlparse", counting)
    query = query_string([("customer", '{"email":"a@example.com"}'), ("key", "k v")])
    assert str(with_query(base, query)).endswith("?" + query)
    assert calls == []  # copied, not parsed again
    with pytest.raises(httpx.InvalidURL):
        with_query(base, "a=\n")  # a control character: httpx's own check refuses it
    lone = with_query(base, "a=%zz")  # a % without two hex digits: httpx's own path
    assert len(calls) == 2
    assert str(lone) == str(httpx.URL(base, query=b"a=%zz"))


HEADERS = st.lists(
    st.tuples(st.sampled_from(["Accept", "X-Key", "Content-Type", "User-Agent", "x-key"]), st.text(alphabet="abc /;=", max_size=6)),
    max_size=4,
)  # fmt: skip


def _request_parts(request: httpx.Request) -> tuple[object, ...]:
    return (request.method, str(request.url), request.headers.raw, request.content, type(request.stream))


@given(
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "post"]),
    url=URLS,
    headers=HEADERS,
    auto=st.sampled_from([[], [("Host", "other.example.com")], [("content-length", "3")], [("Transfer-Encoding", "chunked")]]),
    body=st.none() | st.binary(max_size=20),
)  # fmt: skip
def test_new_request_is_httpx_request(method: str, url: str, headers: list[tuple[str, str]], auto: list[tuple[str, str]], body: bytes | None) -> None:
    parsed = httpx.URL(url)
    given_headers = [*headers, *auto]
    ours = new_request(method, parsed, list(given_headers), body)
    theirs = httpx.Request(method, parsed, headers=list(given_headers), content=body)
    assert _request_parts(ours) == _request_parts(theirs)


def _cookie_server() -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True}, headers={"Set-Cookie": "session=vendor-state; Path=/"})

    return httpx.MockTransport(answer), seen


_DEMO = ("demo", "Demo", "1", "https://api.example.com", ())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_client_keeps_no_vendor_cookie(kind: str) -> None:
    """The vendor's Set-Cookie is neither kept nor sent back, whatever sends the next request
    on the client's httpx client (a redirect httpx builds takes the jar's cookies too)."""
    import asyncio

    from specloom_runtime.call import ApiSpec, BaseAsyncClient, BaseClient

    transport, seen = _cookie_server()
    http: httpx.Client | httpx.AsyncClient
    if kind == "sync":
        client = BaseClient(ApiSpec(*_DEMO), {}, transport=transport)
        http = client._http
        for _ in range(2):
            http.get("https://api.example.com/ping")
        client.close()
    else:
        aclient = BaseAsyncClient(ApiSpec(*_DEMO), {}, transport=transport)
        http = aclient._http

        async def twice() -> None:
            for _ in range(2):
                await aclient._http.get("https://api.example.com/ping")
            await aclient.aclose()

        asyncio.run(twice())
    assert "cookie" not in seen[1].headers
    assert not http.cookies.jar  # the vendor's cookie was not kept
    http.cookies.set("forced", "1")  # nor one set on it afterwards
    assert not http.cookies.jar


def test_a_callers_http_client_keeps_its_cookies() -> None:
    from specloom_runtime.call import ApiSpec, BaseClient

    transport, seen = _cookie_server()
    http = httpx.Client(transport=transport)
    client = BaseClient(ApiSpec(*_DEMO), {}, http_client=http)
    for _ in range(2):
        client._http.get("https://api.example.com/ping")
    assert seen[1].headers["cookie"] == "session=vendor-state"  # the caller's client, as made
    http.close()
