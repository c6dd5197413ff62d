"""A client that hangs up on ``specloom serve`` (a killed sync, a timeout) is normal for a sandbox:
the server's stderr stays free of socketserver tracebacks."""

from __future__ import annotations

import socket
import struct
import threading
import time

import pytest
from specloom_runtime.testing import serve

from tests.clients.support import CREDENTIALS


def _reset(sock: socket.socket) -> None:
    """Close with an RST, as the kernel does for a process killed with SIGKILL mid-exchange."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _handlers_done() -> None:
    # the server's handler threads are daemons, never joined: wait (bounded) until they are gone
    deadline = time.monotonic() + 5
    while any("process_request_thread" in t.name for t in threading.enumerate()):
        assert time.monotonic() < deadline, "a handler thread never ended"
        time.sleep(0.01)


REQUEST = b"GET /customers.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
HALF_BODY = b"POST /customers.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{\"email\""


@pytest.mark.parametrize("read_answer, sent", [(False, HALF_BODY), (True, REQUEST)], ids=["mid-request", "idle-keep-alive"])
def test_a_client_that_resets_its_connection_leaves_no_traceback(capsys: pytest.CaptureFixture[str], read_answer: bool, sent: bytes) -> None:
    with serve("cartfunnel", credentials=CREDENTIALS["cartfunnel"]) as url:
        port = int(url.rsplit(":", 1)[1])
        for _ in range(3):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(sent)
            if read_answer:
                assert sock.recv(65536).startswith(b"HTTP/1.1 ")  # answered; the connection stays open
            else:
                time.sleep(0.05)  # the server is inside the body's read when the RST comes
            _reset(sock)
        _handlers_done()
    err = capsys.readouterr().err
    assert "Traceback" not in err and "ConnectionResetError" not in err
    assert len(err.splitlines()) <= 3  # at most one line per hang-up
