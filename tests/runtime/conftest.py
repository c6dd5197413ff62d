"""Fixtures for runtime tests: a real HTTP server on 127.0.0.1 and a root-level log capture."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from tests.runtime.rt_support import EchoHandler, ListHandler


@pytest.fixture
def local_server() -> Iterator[str]:
    """Base URL of a threaded HTTP server bound to 127.0.0.1 on a free port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def root_capture() -> Iterator[ListHandler]:
    """A handler on the ROOT logger, with the root at DEBUG, removed afterwards."""
    root = logging.getLogger()
    handler = ListHandler()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
