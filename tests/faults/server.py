"""A scripted HTTP/1.1 server on 127.0.0.1 for the fault tests: real sockets, real timing.

Most real-socket tests use the sandbox server (``specloom_runtime.testing.sandbox.serve``, faults injected
with ``Sandbox.inject``). This hand-written one stays for wire behaviour serve cannot produce,
because serve plays the spec faithfully and writes each head at once: malformed JSON, JSONP and
XML answers (``test_network_wire.py``, ``test_xml_answers.py``), a gzip bomb and a server that
ignores the page number (``test_limits_network.py``), a status line and headers trickled a byte
at a time (both), and the vendors' variants the testing kit does not play (Shift4Shop's 400
"Offset amount exceeds" ending, ``test_pagination.py``).

``VendorServer(respond)`` listens on ``127.0.0.1`` (port 0: the OS picks a free one; never any
other address) in a background thread. For every request it records a ``Seen`` (method, path,
query, headers, body bytes, arrival time) once the whole request has been read, then asks
``respond`` what to do:

* ``Reply(status, body, content_type, headers, delay, truncate, drip, drip_headers)``: answer
  it, after ``delay`` seconds (cut short when the server stops); with ``truncate``, send only
  that many body bytes under the full ``Content-Length`` before closing (an answer cut
  mid-body); with ``drip``, one byte every ``drip`` seconds (of the body, or of everything with
  ``drip_headers``): each read is quick, the whole answer is not.
* ``Drop(reset=False)``: close the connection without a byte of answer, with a FIN (httpx says
  ``RemoteProtocolError``) or, with ``reset=True``, an RST (``ReadError``).

Why not ``http.server``'s request loop: it flushes and logs after every request, which a
connection closed mid-exchange turns into noise; this handler reuses its parser only.

``Faulty(vendor, *first)`` is the usual ``respond``: the first requests get the given faults
(``None`` lets the vendor answer), every later one the vendor's answer. Besides a literal
``Reply`` or ``Drop``, a fault may let the vendor carry the request out and then lose the answer:
``Drop(process=True)`` (the connection drops), ``Cut()`` (half the body, then the connection
drops), ``Slow(seconds)`` (the answer comes too late) or ``Drip(seconds)`` (it comes a byte
at a time). The caller never learns the write succeeded: the case where re-sending a POST would
carry it out twice.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qsl, urlsplit

import httpx

__all__ = [
    "Seen", "Reply", "Drop", "Cut", "Slow", "Drip", "Action", "Fault", "VendorServer", "Faulty",
    "json_reply", "text_reply",
]  # fmt: skip


@dataclass(frozen=True)
class Seen:
    """One request as the server read it."""

    method: str
    target: str
    path: str
    query: list[tuple[str, str]]
    headers: httpx.Headers
    body: bytes
    at: float  # time.monotonic() when the whole request had been read

    def json(self) -> object:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode("ascii"), keep_blank_values=True))


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    truncate: int | None = None
    drip: float = 0.0  # seconds between body bytes (a server that answers, but slowly)
    drip_headers: bool = False  # drip the status line and headers too


@dataclass(frozen=True)
class Drop:
    reset: bool = False
    process: bool = False  # for Faulty: let the vendor carry the request out first


@dataclass(frozen=True)
class Cut:
    """For ``Faulty``: the vendor's answer, cut after half its body (the vendor acted)."""


@dataclass(frozen=True)
class Slow:
    """For ``Faulty``: the vendor's answer, sent ``seconds`` late (the vendor acted at once)."""

    seconds: float


@dataclass(frozen=True)
class Drip:
    """For ``Faulty``: the vendor's answer, one byte every ``seconds`` (of the body, or all)."""

    seconds: float
    headers: bool = False


Action = Reply | Drop
Fault = Reply | Drop | Cut | Slow | Drip


def json_reply(value: object, status: int = 200, *, content_type: str = "application/json", **kw: object) -> Reply:
    return Reply(status, json.dumps(value).encode(), content_type, **kw)  # type: ignore[arg-type]


def text_reply(text: str, status: int = 200, *, content_type: str = "text/plain", **kw: object) -> Reply:
    return Reply(status, text.encode(), content_type, **kw)  # type: ignore[arg-type]


class Faulty:
    """``respond``: the listed faults for the first requests, then the vendor's own answers."""

    def __init__(self, vendor: Callable[[Seen], Reply], *first: Fault | None) -> None:
        self.vendor = vendor
        self.first = list(first)

    def __call__(self, seen: Seen) -> Action:
        fault = self.first.pop(0) if self.first else None
        if fault is None:
            return self.vendor(seen)
        if isinstance(fault, Cut):
            reply = self.vendor(seen)
            return replace(reply, truncate=len(reply.body) // 2)
        if isinstance(fault, Slow):
            return replace(self.vendor(seen), delay=fault.seconds)
        if isinstance(fault, Drip):
            return replace(self.vendor(seen), drip=fault.seconds, drip_headers=fault.headers)
        if isinstance(fault, Drop) and fault.process:
            self.vendor(seen)  # carried out, but the answer never leaves
        return fault


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    timeout = 10  # an idle kept-alive connection ends by itself
    server: _Server

    def handle_one_request(self) -> None:
        try:
            self.raw_requestline = self.rfile.readline(65537)
        except OSError:
            self.close_connection = True
            return
        if not self.raw_requestline:
            self.close_connection = True
            return
        if not self.parse_request():
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        seen = Seen(
            method=self.command,
            target=self.path,
            path=split.path,
            query=parse_qsl(split.query, keep_blank_values=True),
            headers=httpx.Headers(list(self.headers.items())),
            body=body,
            at=time.monotonic(),
        )
        action = self.server.owner._record(seen)
        if isinstance(action, Drop):
            self._drop(action.reset)
            return
        if action.delay and self.server.owner.stopping.wait(action.delay):
            self._drop(reset=False)
            return
        try:
            self._reply(action)
        except OSError:  # the client gave up (e.g. its timeout): nothing more to say
            self.close_connection = True

    def _reply(self, reply: Reply) -> None:
        lines = [f"HTTP/1.1 {reply.status} {HTTPStatus(reply.status).phrase}"]
        if reply.content_type is not None:
            lines.append(f"Content-Type: {reply.content_type}")
        lines += [f"{name}: {value}" for name, value in reply.headers]
        lines.append(f"Content-Length: {len(reply.body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        body = reply.body if reply.truncate is None else reply.body[: reply.truncate]
        if not self._write(head, reply.drip if reply.drip_headers else 0.0):
            return
        if not self._write(body, reply.drip):
            return
        if reply.truncate is not None:
            self._drop(reset=False)

    def _write(self, data: bytes, drip: float) -> bool:
        """Send ``data`` at once, or a byte every ``drip`` seconds; False if the server stopped."""
        if not drip:
            self.wfile.write(data)
            return True
        for index in range(len(data)):
            self.wfile.write(data[index : index + 1])
            if self.server.owner.stopping.wait(drip):
                self._drop(reset=False)
                return False
        return True

    def _drop(self, reset: bool) -> None:
        self.close_connection = True
        connection: socket.socket = self.connection
        if reset:  # linger 0: close() sends RST, not FIN
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.rfile.close()
        self.wfile.close()
        connection.close()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    owner: VendorServer
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # connections torn down on purpose are not errors here


class VendorServer:
    """A server on 127.0.0.1 answering by ``respond``; ``seen`` lists every request read."""

    def __init__(self, respond: Callable[[Seen], Action]) -> None:
        self.respond = respond
        self.seen: list[Seen] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        host, port = self._server.server_address[:2]
        assert isinstance(host, str)  # AF_INET: the host is text, never bytes
        self.base_url = f"http://{host}:{port}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)

    def _record(self, seen: Seen) -> Action:
        with self._lock:
            self.seen.append(seen)
            return self.respond(seen)

    def __enter__(self) -> VendorServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        return [
            s
            for s in list(self.seen)
            if (method is None or s.method == method) and (path is None or s.path == path)
        ]

