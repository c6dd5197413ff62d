"""Request pacing for the sync: a schedule at the rate, ``Retry-After`` pauses, and AIMD probing.

Input: a rate in requests per second (given, declared by the spec, or unknown) and the outcomes
of requests. Output: ``await pacer.acquire()`` returns when one more request may leave. Requests
leave on an absolute schedule, one every ``1/rate`` seconds (a token bucket one token deep, whose
refill is not lost when the event loop wakes a little late: a late request may be followed by the
next one sooner, by at most ``slack`` seconds of debt, so no one-second window ever holds more
than ``rate * (1 + slack) + 1`` requests). A 429's ``Retry-After`` pauses the whole schedule
(every worker), not just the request that got it. When the vendor's limit is unknown
(``adaptive``) the rate grows additively while requests succeed and halves on a 429
(additive-increase/multiplicative-decrease, as TCP does).

The first request goes alone: the schedule starts when its answer is in (``answered``), from that
moment. Its call is the slow one (the client's first connection, each operation's plan), and
requests given their turns meanwhile would all leave together once it is done: a burst the vendor
counts against its limit (at 95% of 20/s, 53 ms of bunching puts 21 requests in one second: a 429 and a whole
``Retry-After`` lost).
"""

from __future__ import annotations

import asyncio
import time

__all__ = ["Pacer"]


class Pacer:
    """Requests at ``rate``/s at most (``None``: unlimited)."""

    def __init__(self, rate: float | None, *, adaptive: bool = False, slack: float = 0.025, step: float = 5.0) -> None:
        self.rate = rate
        self.adaptive = adaptive and rate is not None
        self._slack = slack
        self._step = step
        self._next = 0.0  # when the next request may leave (0: now)
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self.pauses = 0
        self._first_out = False  # the first request has had its turn
        self._opened = asyncio.Event()  # ... and its answer is in: the schedule runs

    async def acquire(self) -> None:
        """Wait for this request's turn (and for any pause to end)."""
        if self.rate is None and self._paused_until <= time.monotonic():
            return
        if self._first_out and not self._opened.is_set():
            await self._opened.wait()
        async with self._lock:
            while True:
                now = time.monotonic()
                if now < self._paused_until:
                    await asyncio.sleep(self._paused_until - now)
                    continue
                if self.rate is None:
                    return
                if now - self._next > self._slack:  # idle or far behind: no debt is banked
                    self._next = now
                if now < self._next:
                    await asyncio.sleep(self._next - now)
                    continue
                self._next += 1.0 / self.rate
                self._first_out = True
                return

    def answered(self) -> None:
        """A request's answer (or failure) is in: after the first, the schedule runs, from now
        (the first request may have reached the vendor well after its turn)."""
        if not self._opened.is_set():
            self._next = max(self._next, time.monotonic())
            self._opened.set()

    def pause(self, seconds: float) -> None:
        """A 429 said wait ``seconds``: nobody sends before then; an unknown limit is halved."""
        self.pauses += 1
        self._paused_until = max(self._paused_until, time.monotonic() + max(0.0, seconds))
        self._next = self._paused_until
        if self.adaptive and self.rate is not None:
            self.rate = max(0.5, self.rate / 2)

    def succeeded(self) -> None:
        """One request went through: an unknown limit is probed upwards (``step`` per second)."""
        if self.adaptive and self.rate is not None:
            self.rate += self._step / self.rate
