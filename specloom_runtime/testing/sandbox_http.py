"""The sandbox server's HTTP side: one request's bytes in, one ``Reply``'s bytes out, as asked.

Input: an ``answer(method, target, headers, body) -> Reply`` callable (``serve.Sandbox.answer``)
and a ``stopping`` event. Output: ``handler(...)``, a ``BaseHTTPRequestHandler`` class for the
standard library's ``ThreadingHTTPServer`` that writes each ``Reply`` whole, cut after half its
body (then closes), or with its body trickled over ``Reply.drip`` seconds; ``Dropped`` closes the
connection without a byte of answer (with an RST when ``reset``). Why apart from ``serve``: how
bytes leave a socket is the wire's business, what they say is the fake's; a client that hangs up
mid-answer (its timeout) is counted through ``on_abandoned``, never raised; one that resets
its connection elsewhere (a killed sync) is not an error either: ``SandboxServer`` logs nothing.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from specloom_runtime.testing.sandbox_faults import drip_plan

__all__ = ["Dropped", "Reply", "SandboxServer", "handler"]


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


Answer = Callable[[str, str, list[tuple[str, str]], bytes], Reply]


def handler(answer: Answer, stopping: threading.Event, on_abandoned: Callable[[], None]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK wait

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            try:
                reply = answer(self.command, self.path, list(self.headers.items()), body)
            except Dropped as dropped:
                self._close(dropped.reset)
                return
            try:
                self._write(reply)
            except OSError:  # the client hung up mid-answer (its timeout): nothing more to say
                self.close_connection = True
                on_abandoned()

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

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _any

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # quiet: request lines may carry credentials in query strings

    return Handler
