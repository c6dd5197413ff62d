"""The connection layer that keeps a sync call within its attempt's deadline.

Input: httpcore's network backend of a client's connection pool (``exchange.bound_sync_client``
puts this one in its place) and the attempt's deadline, which the send loop publishes with the
call (``redact.ACTIVE_CALL``). Output: the same streams, with every connect, read and write given at most the time
the attempt has left, and the matching httpcore timeout once none is left.

Why: httpx's timeouts bound each network operation; a server that sends its status line and
headers a byte at a time keeps a sync call waiting without end (encode/httpx#1450), and nothing
else can interrupt a blocking read. Without a deadline (any use outside a call) it changes
nothing. Its own module: httpcore is imported only when a client makes its connections.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import httpcore
from specloom_runtime.errors.redact import ACTIVE_CALL

__all__ = ["BoundedBackend", "BoundedStream"]

# what httpcore's backends take as socket options (httpcore.SOCKET_OPTION, not exported)
SOCKET_OPTION = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


def _clamp(timeout: float | None, late: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` cut to the time the current attempt has left; ``late`` when none is left."""
    call = ACTIVE_CALL.get()
    if call is None:
        return timeout
    left = call.real_deadline - time.monotonic()
    if left <= 0:
        raise late("the attempt's time limit passed")
    return left if timeout is None or timeout > left else timeout


class BoundedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return BoundedStream(self._inner.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class BoundedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return BoundedStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return BoundedStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
