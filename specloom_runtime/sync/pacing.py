"""Request pacing for the sync: a token bucket, ``Retry-After`` pauses, and AIMD probing.

Input: a rate in requests per second (given, declared by the spec, or unknown) and the outcomes
of requests. Output: ``await pacer.acquire()`` returns when one more request may leave. A 429's
``Retry-After`` pauses the whole bucket (every worker), not just the request that got it. When
the vendor's limit is unknown (``adaptive``) the rate grows additively while requests succeed
and halves on a 429 (additive-increase/multiplicative-decrease, as TCP does).
"""

from __future__ import annotations

import asyncio
import time

__all__ = ["Pacer"]


class Pacer:
    """A token bucket of capacity ``burst`` refilled at ``rate``/s (``None``: unlimited)."""

    def __init__(self, rate: float | None, *, adaptive: bool = False, burst: float = 1.0, step: float = 5.0) -> None:
        self.rate = rate
        self.adaptive = adaptive and rate is not None
        self._burst = burst
        self._step = step
        self._tokens = burst
        self._stamp = time.monotonic()
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self.pauses = 0

    async def acquire(self) -> None:
        """Wait for a token (and for any pause to end)."""
        if self.rate is None and self._paused_until <= time.monotonic():
            return
        async with self._lock:
            while True:
                now = time.monotonic()
                if now < self._paused_until:
                    await asyncio.sleep(self._paused_until - now)
                    continue
                if self.rate is None:
                    return
                self._tokens = min(self._burst, self._tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    return
                await asyncio.sleep((1.0 - self._tokens) / self.rate)

    def pause(self, seconds: float) -> None:
        """A 429 said wait ``seconds``: nobody sends before then; an unknown limit is halved."""
        self.pauses += 1
        self._paused_until = max(self._paused_until, time.monotonic() + max(0.0, seconds))
        self._tokens = 0.0
        if self.adaptive and self.rate is not None:
            self.rate = max(0.5, self.rate / 2)

    def succeeded(self) -> None:
        """One request went through: an unknown limit is probed upwards (``step`` per second)."""
        if self.adaptive and self.rate is not None:
            self.rate += self._step / self.rate
