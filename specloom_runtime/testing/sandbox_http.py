"""The sandbox server's HTTP side: one request's bytes in, one ``Reply``'s bytes out, as asked.

Input: an ``answer(method, target, headers, body) -> Reply`` callable (``serve.Sandbox.answer``)
and a ``stopping`` event. Output: ``handler(...)``, a ``BaseHTTPRequestHandler`` class for the
standard library's ``ThreadingHTTPServer`` that writes each ``Reply`` whole, cut after half its
body (then closes), or with its body trickled over ``Reply.drip`` seconds; ``Dropped`` closes the
connection without a byte of answer (with an RST when ``reset``). Why apart from ``serve``: how
bytes leave a socket is the wire's business, what they say is the fake's; a client that hangs up
mid-answer (its timeout) is counted through ``on_abandoned``, never raised; one that resets
its connection elsewhere (a killed sync) is not an error either: ``SandboxServer`` logs nothing.
Every method token reaches ``answer`` (a 405 there, rather than http.server's 501 page), the
target as a path (``origin_form``), the body only when one ``Content-Length`` frames it within
``MAX_BODY`` (``body_length``); the rest is refused here, in a line of text.
"""

from __future__ import annotations

import re
import socket
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from specloom_runtime.testing.sandbox_faults import drip_plan

__all__ = ["MAX_BODY", "Dropped", "Reply", "SandboxServer", "body_length", "handler", "origin_form"]


@dataclass(frozen=True, slots=True)
class Reply:
    """One answer and how it leaves: whole, ``cut`` after half its body, or its body trickled
    over ``drip`` seconds."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    cut: bool = False
    drip: float = 0.0


class Dropped(Exception):
    """The answer is lost: close the connection without writing one (``reset``: with an RST)."""

    def __init__(self, reset: bool = False) -> None:
        super().__init__("dropped")
        self.reset = reset


class SandboxServer(ThreadingHTTPServer):
    """``ThreadingHTTPServer`` for which a client hanging up is normal: a peer that resets or closes
    its connection (killed, timed out) while a request is read or answered ends that connection
    quietly instead of printing socketserver's traceback; any other error is still reported."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # BrokenPipe, ConnectionReset, ConnectionAborted
            return
        super().handle_error(request, client_address)


MAX_BODY = 64 * 1024 * 1024  # bytes of one request body
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
Answer = Callable[[str, str, list[tuple[str, str]], bytes], Reply]


def origin_form(target: str) -> str | None:
    """The request target as a path and query (RFC 9112 3.2): as sent, or taken out of the
    absolute URL a proxy sends (``GET http://host/x?q``: the host is not the sandbox's business);
    None for a target of neither form (``*``, an authority, text)."""
    if target.startswith("/"):
        return target
    parts = urlsplit(target)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def body_length(lengths: list[str], encoding: str | None) -> int | Reply:
    """The request body's size from its ``Content-Length``, or the answer refusing it: 400 for a
    length that is no number (or several that differ), 411 for a body of another framing
    (``Transfer-Encoding: chunked``, which this server does not decode), 413 beyond ``MAX_BODY``
    (a sandbox holds a body whole: its size is bounded) (RFC 9112 6.3, RFC 9110 15.5.12/14)."""
    if encoding is not None:
        return _plain(411, "send the body with a Content-Length (Transfer-Encoding is not read here)")
    values = {v.strip() for line in lengths for v in line.split(",")}
    if not values:
        return 0
    if len(values) > 1 or not all(v.isascii() and v.isdigit() for v in values):
        return _plain(400, f"Content-Length {', '.join(sorted(values))!r} is not one number of bytes")
    length = int(values.pop())
    if length > MAX_BODY:
        return _plain(413, f"a body of {length} bytes: the sandbox reads at most {MAX_BODY}")
    return length


def _plain(status: int, text: str) -> Reply:
    return Reply(status, [("Content-Type", "text/plain; charset=utf-8")], text.encode())


def handler(answer: Answer, stopping: threading.Event, on_abandoned: Callable[[], None]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK wait
        # what http.server answers itself (a request line or headers it cannot read, CONNECT): a
        # line of text, as the sandbox's other refusals, not its HTML page
        error_content_type = "text/plain; charset=utf-8"
        # a request line it cannot read is answered as HTTP/1.1 too (with a status line and
        # headers), not in HTTP/0.9's bare text, which a client of this decade cannot parse
        default_request_version = "HTTP/1.1"
        error_message_format = "%(code)d %(message)s: %(explain)s\n"

        def _any(self) -> None:
            reply = self._unread()
            if reply is None and self.command != self.command.upper():
                # methods are case-sensitive (RFC 9110 9.1): ``get`` is not GET, and httpx, which
                # carries the request to the fake, would upper-case it into one
                reply = _plain(501, f"no method {self.command!r} here: methods are case-sensitive (GET, not get)")
            if reply is None:
                try:
                    reply = answer(self.command, origin_form(self.path) or "/", list(self.headers.items()), self._body)
                except Dropped as dropped:
                    self._close(dropped.reset)
                    return
            try:
                self._write(reply)
            except OSError:  # the client hung up mid-answer (its timeout): nothing more to say
                self.close_connection = True
                on_abandoned()

        def _unread(self) -> Reply | None:
            """The body read into ``_body``; or the answer to a request whose body or target
            cannot be read (after which the connection closes: where the body ends is unknown)."""
            length = body_length(self.headers.get_all("Content-Length") or [], self.headers.get("Transfer-Encoding"))
            if isinstance(length, Reply):  # said to the client too, which must not send on it
                return Reply(length.status, [*length.headers, ("Connection", "close")], length.body)
            self._body = self.rfile.read(length) if length else b""
            if origin_form(self.path) is None:
                return _plain(400, "a request target is a path (/...) or an absolute URL")
            return None

        def _write(self, reply: Reply) -> None:
            self.send_response(reply.status)
            for key, value in reply.headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if self.command == "HEAD":
                return
            content = reply.body[: len(reply.body) // 2] if reply.cut else reply.body
            if not reply.drip:
                self.wfile.write(content)
            else:
                self.wfile.flush()  # the status and headers now: each read is quick, the whole is not
                size, pause = drip_plan(len(content), reply.drip)
                for start in range(0, len(content), size):
                    if start and stopping.wait(pause):
                        self._close(reset=False)
                        return
                    self.wfile.write(content[start : start + size])
                    self.wfile.flush()
            if reply.cut:
                self.wfile.flush()
                self._close(reset=False)

        def _close(self, reset: bool) -> None:
            self.close_connection = True
            connection: socket.socket = self.connection
            try:
                if reset:  # linger 0: close() sends RST, not FIN
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _any

        def __getattr__(self, name: str) -> Any:
            # any other method token (RFC 9110 5.6.2) reaches the fake too, which answers it (a
            # 405 with ``Allow`` for a path it knows) instead of http.server's 501 HTML page
            if name.startswith("do_") and _TOKEN.fullmatch(name[3:]) and name != "do_CONNECT":
                return self._any
            raise AttributeError(name)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # quiet: request lines may carry credentials in query strings

    return Handler
