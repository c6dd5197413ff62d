"""One HTTP exchange within the client's limits: time, size and where redirects may lead.

Input: an ``httpx.Client``/``AsyncClient``, a built request, the send loop's attempt (its
deadline, redactor and operation name) and ``max_response_bytes``. Output: the response with its
body read whole, or ``ResponseTooLargeError`` / ``RedirectRefusedError`` / an httpx error.

Why, point by point:

* Size: httpx's ``read()`` inflates a compressed body without limit (a 1 MB gzip answer can
  become 1 GB). The body is read as a stream of decoded chunks and given up as soon as their
  total passes the limit. A body a transport already holds in memory (``MockTransport``, the
  testing kit) is measured the same way, so every answer meets one rule.
* Redirects: the send loop asks httpx never to follow them (``follow_redirects=False`` on each
  ``send``, whatever the client was built with). When the client was built to follow them, a
  redirect to the same origin is followed here, one hop at a time (httpx builds the next request
  as it would have), up to the client's ``max_redirects``; a redirect to another origin is refused
  with ``RedirectRefusedError``: the request carries credentials (headers, form fields) that must
  not reach another host. A client that does not follow them returns the 3xx answer as before.
* Time (sync): httpx's timeouts bound each network read, so a server sending its status line and
  headers a byte at a time keeps a sync call waiting without end. ``bound_sync_client`` puts a
  layer (``deadline_backend``) under a client's connection pools that clamps every connect,
  read and write to the current attempt's deadline (published by the send loop).
  It relies on httpx 0.28's ``_transport``/``_mounts``/``_pool`` attributes (httpx is pinned):
  where they are missing it leaves the client as it was, and only the per-read limits hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

import httpx
from specloom_runtime.errors import RedactedRequest
from specloom_runtime.errors.limits import RedirectRefusedError, ResponseTooLargeError

if TYPE_CHECKING:  # a Protocol class costs import time; only the type checker needs it
    from specloom_runtime.errors.redact import Redactor

    class Attempt(Protocol):
        """What an exchange needs of the send loop's attempt."""

        redactor: Redactor
        operation: str

        def overdue(self) -> bool: ...

        def late(self) -> httpx.ReadTimeout: ...

# what httpcore's backends take as socket options (httpcore.SOCKET_OPTION, not exported)
SOCKET_OPTION = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "exchange",
    "exchange_async",
    "bound_sync_client",
]

DEFAULT_MAX_RESPONSE_BYTES = 50_000_000


def _shown(response: httpx.Response, attempt: Attempt) -> RedactedRequest:
    return attempt.redactor.request(response.request, attempt.operation)


def _too_large(response: httpx.Response, attempt: Attempt, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        status=response.status_code, request=_shown(response, attempt), limit=limit, raw=response
    )


def _origin(url: httpx.URL) -> tuple[bytes, bytes, int | None]:
    return url.raw_scheme, url.raw_host, url.port


def _next_hop(
    response: httpx.Response, attempt: Attempt, follows: bool, hops: int, most: int
) -> httpx.Request | None:
    """The redirect to follow after ``response`` (``None``: return it), or the refusal."""
    following = response.next_request
    if following is None or not follows or hops >= most:
        return None
    if _origin(following.url) != _origin(response.request.url):
        raise RedirectRefusedError(
            status=response.status_code,
            request=_shown(response, attempt),
            location=attempt.redactor.url(following.url),
            raw=response,
        )
    return following


class _WithinDeadline(httpx.SyncByteStream):
    """A response body stream that raises ``ReadTimeout`` at the first chunk past the deadline."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, attempt: Attempt):
        assert isinstance(inner, httpx.SyncByteStream)
        self.inner = inner
        self.attempt = attempt

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            if self.attempt.overdue():
                raise self.attempt.late()
            yield chunk

    def close(self) -> None:
        self.inner.close()


def _read_stream(response: httpx.Response, attempt: Attempt, limit: int) -> None:
    response.stream = _WithinDeadline(response.stream, attempt)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_large(response, attempt, limit)
        chunks.append(chunk)
    # what Response.read() keeps, built from the chunks counted above
    response._content = b"".join(chunks)


def exchange(
    client: httpx.Client, request: httpx.Request, attempt: Attempt, limit: int
) -> httpx.Response:
    """Send ``request`` (following same-origin redirects if ``client`` follows them) and read
    the body whole within ``limit`` bytes and the attempt's deadline."""
    hops = 0
    while True:
        response = client.send(request, stream=True, follow_redirects=False)
        try:
            if not response.is_stream_consumed:
                _read_stream(response, attempt, limit)
            elif len(response.content) > limit:  # a body the transport held in memory
                raise _too_large(response, attempt, limit)
            if response.next_request is None:  # not a redirect: the usual answer
                return response
            following = _next_hop(
                response, attempt, client.follow_redirects, hops, client.max_redirects
            )
        except BaseException:
            response.close()
            raise
        if following is None:
            return response
        response.close()
        request = following
        hops += 1


async def exchange_async(
    client: httpx.AsyncClient, request: httpx.Request, attempt: Attempt, limit: int
) -> httpx.Response:
    """The ``async`` twin of ``exchange`` (the caller bounds it in time)."""
    hops = 0
    while True:
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            if response.is_stream_consumed:
                if len(response.content) > limit:
                    raise _too_large(response, attempt, limit)
            else:
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise _too_large(response, attempt, limit)
                    chunks.append(chunk)
                response._content = b"".join(chunks)
            if response.next_request is None:
                return response
            following = _next_hop(
                response, attempt, client.follow_redirects, hops, client.max_redirects
            )
        except BaseException:
            await response.aclose()
            raise
        if following is None:
            return response
        await response.aclose()
        request = following
        hops += 1


def bound_sync_client(client: httpx.Client) -> httpx.Client:
    """``client`` with each of its connection pools reading through ``BoundedBackend``."""
    # imported here: httpcore is imported by httpx only when a client makes its transport, and
    # a generated package should not pay for it on import
    import httpcore
    from specloom_runtime.call.deadline_backend import BoundedBackend

    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(
            backend, BoundedBackend
        ):
            pool._network_backend = BoundedBackend(backend)  # type: ignore[union-attr]
    return client
