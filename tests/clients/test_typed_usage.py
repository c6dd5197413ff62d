"""Run ``examples/typed_usage.py`` (type-checked by ``make check``) against MockTransport
answers shaped like each vendor's documented ones, and check what each example sends."""

from __future__ import annotations

import json

import httpx

from examples import typed_usage

SEEN: list[httpx.Request] = []


def _vendor(request: httpx.Request) -> httpx.Response:
    request.read()
    SEEN.append(request)
    host, path = request.url.host, request.url.path
    if host == "app.firecart.io":
        return httpx.Response(200, text="SUCCESS", headers={"Content-Type": "text/plain"})
    if host == "api.cartfunnel.net":
        saved = {"id": 5, "email": "anna@example.com", "persisted": "true"}
        if request.method == "GET":
            page = int(request.url.params["page"])
            return httpx.Response(200, json=[saved] * (100 if page == 1 else 3))
        return httpx.Response(201 if request.method == "POST" else 200, json=saved)
    if host == "api.salesfire.co.uk":
        return httpx.Response(200, json={})
    if host == "apirest.3dcart.com":
        if request.method == "PUT":
            return httpx.Response(200, json=[{"Key": "CustomerID", "Value": "1", "Status": "200", "Message": "ok"}])
        if path.endswith("/Customers"):
            offset = int(request.url.params["offset"])
            return httpx.Response(200, json=[{"CustomerID": 1}, {"CustomerID": 2}]) if offset == 0 else httpx.Response(404, json=[])
        return httpx.Response(200, json=[{"CustomerID": 1}])
    if host == "api.clienttoolbox.com":
        return httpx.Response(200, text='<response status="success"><customer status="new"><code>42</code></customer></response>', headers={"Content-Type": "application/xml"})
    raise AssertionError(f"unexpected host {host}")


def test_every_example_runs_and_sends_what_it_says() -> None:
    SEEN.clear()
    transport = httpx.MockTransport(_vendor)
    assert typed_usage.add_to_firecart(transport) == "SUCCESS"
    assert json.loads(SEEN[-1].url.params["data"])["Company_Name"] == "ACME"
    assert typed_usage.cartfunnel_emails(transport) == ["anna@example.com"] * 103
    assert SEEN[-1].method == "PATCH" and json.loads(SEEN[-1].content) == {"customer": {"last_name": "Jules"}}
    assert typed_usage.shift4shop_recent(transport) == [1, 2]
    assert SEEN[0].url.params.get("lastupdatestart") is None
    assert any(r.url.params.get("lastupdatestart") == "01/15/2024 09:05:07" for r in SEEN)
    assert typed_usage.run_async(transport) == "42"
    assert SEEN[-2].headers["X-Signature"] and b"list-secret" not in SEEN[-2].content
