"""Rate: against a sandbox limited to 20 requests/s (``serve(rate=20)``, which answers 429 with
``Retry-After`` above it), the sync told that limit sustains at least 90% of it with fewer than
1% of requests answered 429; a sync sending far too fast honours ``Retry-After`` (a pause of the
whole bucket), so 429s stay a handful and every record still arrives once. Counts come from the
server's record of what it answered.

The sustained rate is the answers over the sending period (first request to last answer) less the
time the sync's thread spent waiting for a CPU (its run-queue wait, ``/proc/thread-self/schedstat``,
sampled during the run): on a machine loaded by other jobs, a wake-up the kernel delays is time no
pacer can send in, and it is the machine's, not the sync's. On an idle machine that wait is about
nothing, so the figure is the plain one; a pacer that sleeps too long is not helped (its sleep is
not run-queue wait)."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from specloom_runtime.sync import Options, Summary, sync_async

from tests.sync.support import APIS, keys_sent, run, served

API = APIS["firecart"]


def _statuses(record: Path) -> Counter[int]:
    return Counter(json.loads(line)["status"] for line in record.read_text(encoding="utf-8").splitlines())


def _run_queue_wait() -> float | None:
    """Seconds this thread has waited, runnable, for a CPU (None: the kernel does not say)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


async def _sync_sampling_waits(url: str, state: Path, **options: Any) -> tuple[Summary, list[tuple[float, float]]]:
    """``sync_async`` as ``support.run`` calls it, with (moment, run-queue wait) every 20 ms."""
    samples: list[tuple[float, float]] = []

    async def sample() -> None:
        while (wait := _run_queue_wait()) is not None:
            samples.append((time.monotonic(), wait))
            await asyncio.sleep(0.02)

    sampler = asyncio.create_task(sample())
    try:
        summary = await sync_async(
            API.name, [(n + 1, API.record(n)) for n in range(200)], base_url=url, environ=API.environ(), state=state,
            params=API.params, mapping=API.mapping(), options=Options(**options),
        )  # fmt: skip
    finally:
        sampler.cancel()
    return summary, samples


def _waited(samples: list[tuple[float, float]], start: float, end: float) -> float:
    """Run-queue wait between the samples taken within [start, end] (0: fewer than two)."""
    inside = [wait for moment, wait in samples if start <= moment <= end]
    return inside[-1] - inside[0] if len(inside) >= 2 else 0.0


@pytest.mark.slow
def test_sustains_90_percent_of_the_limit_with_under_1_percent_429(tmp_path: Path) -> None:
    record = tmp_path / "record.jsonl"
    with served(API, rate=20, record=record) as (url, fake):
        summary, samples = asyncio.run(_sync_sampling_waits(url, tmp_path / "j.sqlite", rate=20))
        arrived = keys_sent(fake, API)
    statuses = _statuses(record)
    assert set(arrived.values()) == {1} and len(arrived) == 200
    assert statuses[429] < 0.01 * sum(statuses.values()), statuses
    # sustained: from the first request to the last answer (the process start-up is not sending),
    # less the time the machine kept the sync from running (see the module docstring)
    starved = _waited(samples, summary.first_request, summary.last_answer)
    assert 0 <= starved < summary.sending
    achieved = statuses[200] / (summary.sending - starved)
    assert achieved >= 0.9 * 20, (statuses, summary.sending, starved, summary.elapsed)


def test_retry_after_pauses_every_worker(tmp_path: Path) -> None:
    record = tmp_path / "record.jsonl"
    with served(API, rate=20, record=record) as (url, fake):
        # told 1,000/s, four workers: only the server's 429 + Retry-After can slow it down
        summary = run(API, url, [(n + 1, API.record(n)) for n in range(45)], tmp_path / "j.sqlite", rate=1000, concurrency=4)
        arrived = keys_sent(fake, API)
    statuses = _statuses(record)
    assert set(arrived.values()) == {1} and len(arrived) == 45
    # 45 records need 3 windows of 20: at most 2 pauses, each met by the <= 4 requests in flight
    assert 1 <= statuses[429] <= 8, statuses
    assert summary.rate_limited == statuses[429] and summary.exit_code == 0
