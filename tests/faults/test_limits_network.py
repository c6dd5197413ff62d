"""The client's limits over real sockets on 127.0.0.1 (hardening issue, points 3, 9 and 12).

* A sync call is bounded in time even while the status line and headers trickle in a byte at a
  time (each read is quick, so httpx's per-read timeout never trips): it ends as a
  ``ReadTimeout`` instead of waiting for the whole answer. The server drips for a few seconds at
  most, so the test is bounded even when the limit does not hold.
* A gzip answer that inflates past ``max_response_bytes`` is given up.
* A server that ignores the page number stops the iterator.
"""

from __future__ import annotations

import gzip
import socket
import threading

import pytest
from specloom_runtime.errors import PaginationError, ResponseTooLargeError, TransportError

from tests.faults.server import Drip, Faulty, Reply, Seen, VendorServer, json_reply
from tests.faults.support import SALESFIRE_SYNC, call
from tests.faults.vendors import Cartfunnel, Salesfire, cartfunnel_customer

SYNC_ARGS = {"site": "shop-1", "list": "newsletter", "body": SALESFIRE_SYNC}


class _TricklingHead:
    """A one-connection server on 127.0.0.1 that reads a request, then sends the status line and
    headers of a ``200 []`` answer one byte every ``pause`` seconds. ``finished`` tells whether
    the whole head went out before the client hung up (a few seconds at most either way)."""

    HEAD = (
        b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-Pad-%d: trickle\r\n" % n for n in range(8))
        + b"Content-Type: application/json\r\nContent-Length: 2\r\n\r\n"
    )

    def __init__(self, pause: float) -> None:
        self.pause = pause
        self.finished = False
        self.stopping = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(5)
        self.base_url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            connection, _ = self.listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(5)
            try:
                connection.recv(65536)  # the request (a GET: its head fits one read)
                for index in range(len(self.HEAD)):
                    connection.sendall(self.HEAD[index : index + 1])
                    if self.stopping.wait(self.pause):
                        return
                connection.sendall(b"[]")
                self.finished = True
            except OSError:  # the client hung up
                return

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(10)
        self.listener.close()


def test_trickling_headers_cannot_hold_a_call_past_its_timeout(mode: str) -> None:
    # ~250 bytes of head at 0.02 s each (~5 s) against a 0.2 s timeout: each read is quick, so
    # only the attempt's deadline can stop the call before the head is complete
    server = _TricklingHead(pause=0.02)
    try:
        with pytest.raises(TransportError) as caught:
            call("cartfunnel", mode, server.base_url, "list_customers", options={"timeout": 0.2, "max_retries": 0})
    finally:
        server.close()
    assert (caught.value.kind, caught.value.sent) == ("ReadTimeout", True)
    assert not server.finished  # the client gave up while the headers were still arriving


def test_the_same_call_succeeds_when_the_answer_comes_in_time(mode: str) -> None:
    vendor = Salesfire()
    with VendorServer(Faulty(vendor, Drip(0.001, headers=True))) as server:
        result = call("salesfire", mode, server, "sync_customer", options={"timeout": 5.0}, **SYNC_ARGS)
    assert result is not None and len(vendor.accepted) == 1


def _bomb(seen: Seen) -> Reply:
    inflated = b"[" + b" " * 20_000_000 + b"]"  # 20 MB once inflated, ~20 KB on the wire
    return Reply(200, gzip.compress(inflated, compresslevel=9), "application/json", (("Content-Encoding", "gzip"),))


def test_a_gzip_bomb_over_the_network_is_given_up(mode: str) -> None:
    with VendorServer(_bomb) as server, pytest.raises(ResponseTooLargeError) as caught:
        call("cartfunnel", mode, server, "list_customers", options={"max_response_bytes": 1_000_000})
    assert caught.value.limit == 1_000_000 and len(server.seen) == 1


class _IgnoresThePage(Cartfunnel):
    """Answers page 1 to every page request, for the first ``times`` requests."""

    def __init__(self, times: int) -> None:
        super().__init__(0)
        self.times = times
        self.full = [cartfunnel_customer(n) for n in range(1, 101)]

    def __call__(self, seen: Seen) -> Reply:
        self.times -= 1
        return json_reply(self.full if self.times >= 0 else [])


def test_a_server_ignoring_the_page_number_stops_the_iterator(mode: str) -> None:
    with VendorServer(_IgnoresThePage(times=30)) as server, pytest.raises(PaginationError) as caught:
        call("cartfunnel", mode, server, "iter_list_customers")
    assert caught.value.pages == 2 and len(server.seen) == 2
