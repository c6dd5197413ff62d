"""The sandbox's HTTP side on requests a generated client never sends but curl, a proxy or a
port scanner does: other methods, other request-target forms, bodies framed otherwise.

Until 2026-12-07 an undeclared method at a known path was a 404 (as an unknown path is), OPTIONS,
TRACE and other methods got http.server's 501 HTML page, and a target in absolute form
(``GET http://host/x``), a ``Content-Length`` that is no number, or a path or header value httpx
cannot hold printed a traceback and closed the connection without an answer; a chunked body was
read as the next request.
"""

from __future__ import annotations

import socket

import httpx
import pytest
from specloom_runtime.testing import serve
from specloom_runtime.testing.sandbox_http import MAX_BODY, body_length, origin_form

from specloom.apis.cartfunnel import Client
from tests.clients.support import CREDENTIALS

CF = CREDENTIALS["cartfunnel"]
HEADERS = {"X-CARTFUNNEL-ACCOUNT": CF["account"], "X-CARTFUNNEL-API-SECRET": CF["api_secret"]}
LISTED = "/customers.json"  # cartfunnel declares GET and POST there


def _raw(url: str, head: bytes) -> tuple[int, dict[str, str], bytes]:
    """One request written as given (``head``: request line and headers), its answer read whole."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head + b"Connection: close\r\n\r\n")
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    top, _, body = data.partition(b"\r\n\r\n")
    lines = top.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split(" ")[1]), headers, body


def test_an_undeclared_method_at_a_known_path_is_405_with_the_methods_it_takes() -> None:
    with serve("cartfunnel", credentials=CF) as url, httpx.Client(base_url=url, timeout=10) as http:
        for method in ("DELETE", "TRACE", "PROPFIND"):
            answer = http.request(method, LISTED, headers=HEADERS)
            assert answer.status_code == 405, method
            assert answer.headers["Allow"] == "GET, HEAD, OPTIONS, POST"
            assert "the spec declares GET, POST there" in answer.json()["error"]
        assert http.request("DELETE", "/nothing.json", headers=HEADERS).status_code == 404
        assert http.request("PROPFIND", "/nothing.json", headers=HEADERS).status_code == 404
        # a method is case-sensitive: ``get`` is another method, one the sandbox does not know
        # (until 2026-12-07 httpx upper-cased it on the way to the fake, which served it as GET)
        head = f"get {LISTED} HTTP/1.1\r\nHost: x\r\n" + "".join(f"{k}: {v}\r\n" for k, v in HEADERS.items())
        status, headers, body = _raw(url, head.encode())
        assert (status, headers["Content-Type"]) == (501, "text/plain; charset=utf-8")
        assert b"'get'" in body and b"case-sensitive" in body


def test_options_is_answered_with_what_the_path_takes_and_head_as_get_without_its_body() -> None:
    with serve("cartfunnel", credentials=CF) as url, httpx.Client(base_url=url, timeout=10) as http:
        with Client(account=CF["account"], api_secret=CF["api_secret"], base_url=url, timeout=10, max_retries=0) as client:
            client.create_customer(body={"email": "anna@example.com"})
        options = http.options(LISTED, headers=HEADERS)
        assert (options.status_code, options.headers["Allow"], options.content) == (204, "GET, HEAD, OPTIONS, POST", b"")
        got, head = http.get(LISTED, headers=HEADERS), http.head(LISTED, headers=HEADERS)
        assert got.status_code == head.status_code == 200 and b"anna@example.com" in got.content
        assert head.content == b""
        assert head.headers["Content-Length"] == str(len(got.content))
        assert head.headers["Content-Type"] == got.headers["Content-Type"]
        assert http.head(LISTED).status_code == http.get(LISTED).status_code == 403  # no credentials: as GET


def test_an_absolute_url_target_is_served_as_its_path() -> None:
    credentials = "".join(f"{k}: {v}\r\n" for k, v in HEADERS.items()).encode()
    with serve("cartfunnel", credentials=CF) as url:
        origin = _raw(url, b"GET " + LISTED.encode() + b"?page=1 HTTP/1.1\r\nHost: x\r\n" + credentials)
        absolute = _raw(url, b"GET http://shop.example.invalid" + LISTED.encode() + b"?page=1 HTTP/1.1\r\nHost: x\r\n" + credentials)
        assert origin[0] == 200 and (absolute[0], absolute[2]) == (origin[0], origin[2])
        assert _raw(url, b"OPTIONS * HTTP/1.1\r\nHost: x\r\n")[0] == 400


@pytest.mark.parametrize(
    ("framing", "status"),
    [
        (b"Content-Length: -5\r\n", 400),
        (b"Content-Length: abc\r\n", 400),
        (b"Content-Length: 5, 6\r\n", 400),
        (b"Transfer-Encoding: chunked\r\n", 411),
        (f"Content-Length: {MAX_BODY + 1}\r\n".encode(), 413),
    ],
)
def test_a_body_whose_end_cannot_be_known_is_refused_and_the_server_goes_on(framing: bytes, status: int, capfd: pytest.CaptureFixture[str]) -> None:
    with serve("cartfunnel", credentials=CF) as url:
        answer = _raw(url, b"POST " + LISTED.encode() + b" HTTP/1.1\r\nHost: x\r\n" + framing)
        assert answer[0] == status and answer[1]["Content-Type"].startswith("text/plain")
        assert answer[1]["Connection"] == "close"  # where the body ends is unknown: nothing more is read
        assert httpx.get(url + LISTED, headers=HEADERS, timeout=10).status_code == 200
    assert "Traceback" not in capfd.readouterr().err


def test_a_path_or_header_httpx_cannot_hold_is_400_and_other_refusals_are_text(capfd: pytest.CaptureFixture[str]) -> None:
    with serve("cartfunnel", credentials=CF) as url:
        assert _raw(url, b"GET /a\x7f HTTP/1.1\r\nHost: x\r\n")[0] == 400
        assert _raw(url, b"GET " + LISTED.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Note: caf\xe9\r\n")[0] == 400
        status, headers, body = _raw(url, b"CONNECT shop.example.invalid:443 HTTP/1.1\r\nHost: x\r\n")
        assert status == 501 and headers["Content-Type"].startswith("text/plain") and b"<html" not in body
        # a request line without a method: an HTTP/1.1 answer, not HTTP/0.9's bare text
        status, headers, body = _raw(url, b" /customers.json HTTP/1.1\r\nHost: x\r\n")
        assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert "Traceback" not in capfd.readouterr().err


def test_the_framing_and_target_rules() -> None:
    assert [body_length([], None), body_length(["12"], None), body_length(["7, 7"], None)] == [0, 12, 7]
    refused = [body_length(["1", "2"], None), body_length([" "], None), body_length(["١٢"], None), body_length([], "gzip")]
    assert [r.status for r in refused if not isinstance(r, int)] == [400, 400, 400, 411]
    assert origin_form("/x?a=1") == "/x?a=1"
    assert origin_form("HTTPS://host:8443?q=1") == "/?q=1"
    assert origin_form("http://host//x") == "//x"
    assert [origin_form(t) for t in ("*", "host:443", "ftp://host/x", "http:///x")] == [None] * 4
