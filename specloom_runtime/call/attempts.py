"""One request's retry decisions: attempts counted, timeouts clamped, waits chosen, failures worded.

Input: the ``Sender`` (its ``RetryPolicy``, clocks, random source, logger, ``Redactor``), a built
``httpx.Request``, whether it is idempotent and the operation's name. Output: after each answer or
transport error, the delay before the next attempt or ``None`` (stop), and for a final error the
redacted ``TransportError``. The sync and async send loops of ``specloom_runtime.call.transport``
share it, so both decide alike; the rules themselves are that module's docstring.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import httpx
from specloom_runtime.errors import TransportError
from specloom_runtime.wire.parsing import parse_retry_after

if TYPE_CHECKING:
    from specloom_runtime.call.transport import Sender

__all__ = ["Attempts"]

_BEFORE_SEND: tuple[type[httpx.RequestError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
_AFTER_SEND_RETRYABLE: tuple[type[httpx.RequestError], ...] = (
    httpx.ReadError,
    httpx.WriteError,
    httpx.CloseError,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)
_HINTS: dict[str, str] = {
    "ConnectError": "could not connect; check the base URL, DNS, network and proxy settings",
    "ConnectTimeout": "connecting timed out; check the network, or raise the connect timeout",
    "PoolTimeout": "no free connection in time; lower concurrency or raise the pool limits",
    "ReadTimeout": "the server did not answer in time; raise the read timeout or retry later",
    "WriteTimeout": "sending the request timed out; check the network or raise the timeout",
    "RemoteProtocolError": "the server broke the HTTP protocol or closed the connection",
    "LocalProtocolError": "the request could not be sent as built; this is a client bug",
    "ProxyError": "the proxy refused the request; check the proxy settings",
    "UnsupportedProtocol": "the URL scheme is not http or https; check the base URL",
    "TooManyRedirects": "too many redirects; check the base URL",
    "DecodingError": "the answer's content encoding could not be decoded",
}


class Attempts:
    """The decisions of the send loop for one request, shared by the sync and async variants."""

    __slots__ = (
        "request", "policy", "idempotent", "operation", "redactor", "logger", "random", "clock",
        "wall_clock", "deadline", "count", "started", "attempt_deadline", "_shown_url", "limits",
        "widest",
    )  # fmt: skip

    def __init__(
        self, sender: Sender, request: httpx.Request, idempotent: bool, operation: str
    ) -> None:
        self.request = request
        self.policy = policy = sender.policy
        self.idempotent = idempotent
        self.operation = operation
        self.redactor = sender.redactor
        self.logger = sender.logger
        self.random = sender.random
        self.clock = clock = sender.clock
        self.wall_clock = sender.wall_clock
        self.deadline = clock() + policy.total_timeout
        self.count = 0
        self.started = 0.0
        self.attempt_deadline = 0.0
        self._shown_url: str | None = None
        limits = request.extensions.get("timeout")
        if not isinstance(limits, dict):  # a request not built by a client: no limits at all
            limits = dict.fromkeys(("connect", "read", "write", "pool"))
        self.limits: dict[str, float | None] = limits
        # the longest limit when every one is set: an attempt whose time left exceeds it needs
        # no clamping (the usual first attempt)
        values = limits.values()
        # (max() is given no None: mypy cannot tell)
        self.widest = max(values) if values and None not in values else None  # type: ignore

    @property
    def shown_url(self) -> str:
        """The redacted URL, made on first use: only a DEBUG line needs it, and DEBUG is
        usually off, so most calls never pay for the redaction."""
        if self._shown_url is None:
            self._shown_url = self.redactor.url(self.request.url)
        return self._shown_url

    def start(self) -> None:
        """Count an attempt, clamp its httpx timeouts to the time left and set its deadline."""
        self.count += 1
        self.started = now = self.clock()
        left = max(self.deadline - now, 0.001)
        widest = self.widest
        if widest is not None and widest <= left:  # every limit already ends within the budget
            self.request.extensions["timeout"] = dict(self.limits)
            self.attempt_deadline = now + widest
            return
        clamped = {
            key: left if limit is None else min(limit, left) for key, limit in self.limits.items()
        }
        self.request.extensions["timeout"] = clamped
        self.attempt_deadline = now + max(clamped.values(), default=left)

    @property
    def real_deadline(self) -> float:
        """The attempt's deadline on ``time.monotonic()`` (the loop's clock may be a test's)."""
        if self.clock is time.monotonic:
            return self.attempt_deadline
        return time.monotonic() + (self.attempt_deadline - self.clock())

    def overdue(self) -> bool:
        """Whether this attempt's deadline has passed."""
        return self.clock() > self.attempt_deadline

    def late(self) -> httpx.ReadTimeout:
        """The error that ends an attempt past its deadline (the request was sent)."""
        return httpx.ReadTimeout(
            "the answer did not arrive whole within the attempt's time limit", request=self.request
        )

    def _log(self, outcome: object) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s %s -> %s in %.3fs (attempt %d of %d)",
                self.operation,
                self.request.method,
                self.shown_url,
                outcome,
                self.clock() - self.started,
                self.count,
                self.policy.max_retries + 1,
            )

    def _within_budget(self, delay: float) -> float | None:
        if self.count > self.policy.max_retries:
            return None
        if self.clock() + delay >= self.deadline:
            self.logger.debug(
                "%s: no retry, the %.1fs budget would run out",
                self.operation,
                self.policy.total_timeout,
            )
            return None
        self.logger.debug("%s: retrying in %.2fs", self.operation, delay)
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` to return it."""
        self._log(response.status_code)
        if not self.idempotent or response.status_code not in self.policy.retry_statuses:
            return None
        delay = self.policy.backoff(self.count - 1, self.random)
        if self.policy.respect_retry_after:
            asked = parse_retry_after(response.headers.get("Retry-After"), now=self.wall_clock())
            if asked is not None:
                delay = min(asked, self.policy.retry_after_cap)
        return self._within_budget(delay)

    def after_error(self, error: httpx.RequestError) -> float | None:
        """Seconds to wait before retrying after ``error``, or ``None`` to give up."""
        self._log(type(error).__name__)
        retryable = isinstance(error, _BEFORE_SEND) or (
            self.idempotent and isinstance(error, _AFTER_SEND_RETRYABLE)
        )
        if not retryable:
            return None
        return self._within_budget(self.policy.backoff(self.count - 1, self.random))

    def failure(self, error: httpx.RequestError) -> TransportError:
        """The redacted ``TransportError`` to raise for ``error`` (the original kept as ``raw``)."""
        kind = type(error).__name__
        sent = not isinstance(error, _BEFORE_SEND)
        hint = _HINTS.get(kind, "the request failed in transit")
        if isinstance(error, httpx.TimeoutException) and kind not in _HINTS:
            hint = "timed out"
        note = ""
        if sent and not self.idempotent and isinstance(error, _AFTER_SEND_RETRYABLE):
            note = (
                f" It was not re-sent because {self.operation} is not idempotent: the server may"
                " have carried it out, so check before calling again."
            )
        request = self.redactor.request(self.request, self.operation)
        plural = "s" if self.count != 1 else ""
        message = (
            f"{kind} on {self.operation} ({request.describe()}) after {self.count} "
            f"attempt{plural}: {hint}.{note}"
        )
        return TransportError(
            message, request=request, kind=kind, attempts=self.count, sent=sent, raw=error
        )
