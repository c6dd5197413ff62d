"""The pacer's first request goes alone and the schedule starts at its answer.

Why it matters: the first call is the slow one (connection, plans); requests given their turns
meanwhile leave together when it is done, and a vendor counting 20 a second sees 21 in one second
(the rate test's 429 at the 21st request on a cold process). Checked by order of events (an
``asyncio`` transport that answers the first request late), not by durations.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
from specloom_runtime.sync import Options, sync_async
from specloom_runtime.sync.pacing import Pacer

from tests.sync.support import APIS

API = APIS["firecart"]


def test_no_request_leaves_while_the_first_is_unanswered(tmp_path: Path) -> None:
    events: list[tuple[str, int]] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        n = len([e for e in events if e[0] == "start"])
        events.append(("start", n))
        if n == 0:
            await asyncio.sleep(0.2)  # the first answer comes late
        events.append(("end", n))
        return httpx.Response(200, json={"status": "SUCCESS"})

    summary = asyncio.run(sync_async(
        API.name, [(n + 1, API.record(n)) for n in range(6)], state=tmp_path / "j.sqlite", environ=API.environ(),
        transport=httpx.MockTransport(answer), options=Options(rate=1000, concurrency=4),
    ))  # fmt: skip
    assert summary.sent == 6
    assert events[:2] == [("start", 0), ("end", 0)], events  # then the others, paced


def test_the_schedule_runs_from_the_first_answer() -> None:
    async def main() -> tuple[float, float]:
        pacer = Pacer(10.0)  # one request every 100 ms
        await pacer.acquire()
        second = asyncio.create_task(pacer.acquire())
        await asyncio.sleep(0.05)
        assert not second.done()  # waits for the first answer, not for the schedule
        await asyncio.sleep(0.06)  # the answer arrives after the first request's 100 ms slot
        answered = time.monotonic()
        pacer.answered()
        await asyncio.wait_for(second, 1)
        await pacer.acquire()
        return answered, time.monotonic()

    answered, third = asyncio.run(main())
    assert third - answered >= 0.095  # a full interval after the answer, not after the slot
