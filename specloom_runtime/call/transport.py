"""The send loop every generated client uses: retries, backoff, time budget, redacted failures.

Input: an ``httpx.Client``/``AsyncClient``, a built ``httpx.Request``, a ``RetryPolicy``, whether
the operation is idempotent, its name and the client's ``Redactor``. Output: the final
``httpx.Response`` (whatever its status: mapping statuses to errors is the caller's job, helped by
``parsing.error_from_response``), or a ``TransportError`` when no answer could be had.

Rules, and why:

* Retried: connection failures, timeouts and the statuses in ``retry_statuses`` (429, 502, 503,
  504), but only for idempotent requests (GET/HEAD/PUT/DELETE/OPTIONS, or a POST the spec marks
  safe; the caller decides). A non-idempotent request is re-sent only after ``ConnectError``,
  ``ConnectTimeout`` or ``PoolTimeout``, which happen before any byte left; after a read/write
  error or a read timeout the server may have acted on it, so it is never sent twice.
* Wait: the server's ``Retry-After`` (seconds or HTTP-date), capped at ``retry_after_cap``; else
  exponential backoff with full jitter, ``uniform(0, min(backoff_cap, backoff_base * 2**n))``.
* Budget: no retry starts if its wait would end past ``total_timeout`` after the first attempt,
  and each attempt's httpx timeouts are clamped to the time left, so a call is bounded in time.
  httpx's timeouts bound each network operation, not the whole answer (encode/httpx#1450): a
  server sending a byte every second never trips a 30 s read timeout. So an attempt also has a
  deadline, its largest timeout after it started: ``send_async`` cancels the attempt there;
  ``send`` stops at the first body chunk that arrives after it and, on a client built by the
  runtime (``exchange.bound_sync_client``), every connect, read and write is clamped to it too,
  so a status line and headers that trickle in cannot hold a sync call either. Either way it
  fails as a ``ReadTimeout``: the request was sent.
* Body and redirects (``exchange``): a body is read whole before returning, up to
  ``max_response_bytes`` once decompressed (else ``ResponseTooLargeError``, not retried); httpx
  never follows a redirect by itself, whatever the client says; a client built to follow them
  follows same-origin redirects only (``RedirectRefusedError`` for another origin).
* Secrets: a ``TransportError`` message names the exception class only (httpx's own text can
  quote the URL); the original is kept under the SENSITIVE ``raw`` attribute, never chained, so
  ``traceback.format_exception`` shows no URL. Logs (DEBUG, on the caller's logger) show method,
  redacted URL, status and duration. While a call runs, its client's ``Redactor`` is the
  ``redact.ACTIVE_CALL`` (its ``redactor``) the log filter masks httpx/httpcore records with.

``sleep``, ``random`` and the clocks are parameters so tests run instantly and deterministically.
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from specloom_runtime.call.attempts import Attempts
from specloom_runtime.call.exchange import DEFAULT_MAX_RESPONSE_BYTES, exchange, exchange_async
from specloom_runtime.errors.redact import ACTIVE_CALL, Redactor, ensure_secret_filter

__all__ = [
    "IDEMPOTENT_METHODS",
    "RetryPolicy",
    "DEFAULT_RETRY_POLICY",
    "NO_RETRY",
    "Sender",
    "send",
    "send_async",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})

@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times, how long and on what to retry (see the module docstring for the rules)."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    total_timeout: float = 60.0
    retry_statuses: tuple[int, ...] = (429, 502, 503, 504)
    respect_retry_after: bool = True
    retry_after_cap: float = 60.0

    def __post_init__(self) -> None:
        for name in (
            "max_retries",
            "backoff_base",
            "backoff_cap",
            "total_timeout",
            "retry_after_cap",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"RetryPolicy.{name} must not be negative")

    def backoff(self, retry: int, random: Callable[[], float]) -> float:
        """Full-jitter wait before retry number ``retry`` (0 for the first retry)."""
        return random() * min(self.backoff_cap, self.backoff_base * 2.0**retry)


DEFAULT_RETRY_POLICY = RetryPolicy()
NO_RETRY = RetryPolicy(max_retries=0)
_DEFAULT_LOGGER = logging.getLogger("specloom_runtime.call.transport")


class Sender:
    """One client's send settings, fixed when the client is built: the policy, the redactor and
    logger, and the clocks. ``send``/``send_async`` run the loop for one request with them.

    Why an object: a client sends every call with the same settings, so each call passes only
    the request, whether it is idempotent and its name (``send`` below makes one per call).
    """

    __slots__ = (
        "policy", "redactor", "logger", "random", "clock", "wall_clock", "max_response_bytes",
    )  # fmt: skip

    def __init__(
        self,
        *,
        redactor: Redactor,
        policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        logger: logging.Logger | None = None,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.max_response_bytes = max_response_bytes
        self.policy = policy
        self.redactor = redactor
        self.logger = logger or _DEFAULT_LOGGER
        self.random = random
        self.clock = clock
        self.wall_clock = wall_clock

    def send(
        self,
        client: httpx.Client,
        request: httpx.Request,
        idempotent: bool,
        operation: str,
        sleep: Callable[[float], None] = time.sleep,
    ) -> httpx.Response:
        """Send ``request`` on ``client``; return the last response (see ``send``)."""
        ensure_secret_filter()
        attempts = Attempts(self, request, idempotent, operation)
        limit = self.max_response_bytes
        # the call's redactor, for the log filter (per client, not global), and each attempt's
        # deadline, for the connection layer of a client bound by bound_sync_client
        active = ACTIVE_CALL.set(attempts)
        try:
            while True:
                attempts.start()
                error: httpx.RequestError | None = None
                try:
                    response = exchange(client, request, attempts, limit)
                except httpx.RequestError as exc:
                    error = exc
                if error is None:
                    delay = attempts.after_response(response)
                    if delay is None:
                        return response
                    response.close()
                else:
                    delay = attempts.after_error(error)
                    if delay is None:
                        raise attempts.failure(error)  # outside the except block: no __context__
                sleep(delay)
        finally:
            ACTIVE_CALL.reset(active)

    async def send_async(
        self,
        client: httpx.AsyncClient,
        request: httpx.Request,
        idempotent: bool,
        operation: str,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> httpx.Response:
        """The ``async`` twin of ``send`` (same rules, same errors); ``sleep`` is
        ``asyncio.sleep`` unless given."""
        # asyncio is imported here, not with the module: it is a fifth of what importing a
        # generated package would cost, and a caller of the async client has imported it anyway
        import asyncio

        if sleep is None:
            sleep = asyncio.sleep
        ensure_secret_filter()
        attempts = Attempts(self, request, idempotent, operation)
        clock = self.clock
        limit = self.max_response_bytes
        active = ACTIVE_CALL.set(attempts)  # the task's own context: no other task sees it
        try:
            while True:
                attempts.start()
                error: httpx.RequestError | None = None
                window = asyncio.timeout(attempts.attempt_deadline - clock())
                try:
                    async with window:
                        response = await exchange_async(client, request, attempts, limit)
                except httpx.RequestError as exc:
                    error = exc
                except TimeoutError:
                    if not window.expired():
                        raise
                    error = attempts.late()  # the attempt's deadline passed: it was cancelled
                if error is None:
                    delay = attempts.after_response(response)
                    if delay is None:
                        return response
                    await response.aclose()
                else:
                    delay = attempts.after_error(error)
                    if delay is None:
                        raise attempts.failure(error)  # outside the except block: no __context__
                await sleep(delay)
        finally:
            ACTIVE_CALL.reset(active)


def send(
    client: httpx.Client,
    request: httpx.Request,
    *,
    idempotent: bool,
    operation: str,
    redactor: Redactor,
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    logger: logging.Logger | None = None,
    sleep: Callable[[float], None] = time.sleep,
    random: Callable[[], float] = _random.random,
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
) -> httpx.Response:
    """Send ``request`` on ``client`` under ``policy``; return the last response.

    Raises ``TransportError`` (redacted, not chained) when no response could be had.
    """
    sender = Sender(
        redactor=redactor,
        policy=policy,
        logger=logger,
        random=random,
        clock=clock,
        wall_clock=wall_clock,
    )
    return sender.send(client, request, idempotent, operation, sleep)


async def send_async(
    client: httpx.AsyncClient,
    request: httpx.Request,
    *,
    idempotent: bool,
    operation: str,
    redactor: Redactor,
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    logger: logging.Logger | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    random: Callable[[], float] = _random.random,
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
) -> httpx.Response:
    """The ``async`` twin of ``send`` (same rules, same errors); ``sleep`` is ``asyncio.sleep``
    unless given."""
    sender = Sender(
        redactor=redactor,
        policy=policy,
        logger=logger,
        random=random,
        clock=clock,
        wall_clock=wall_clock,
    )
    return await sender.send_async(client, request, idempotent, operation, sleep)
