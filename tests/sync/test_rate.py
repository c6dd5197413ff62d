"""Rate: against a sandbox limited to 20 requests/s (``serve(rate=20)``, which answers 429 with
``Retry-After`` above it), the sync told that limit sustains at least 90% of it with fewer than
1% of requests answered 429; a sync sending far too fast honours ``Retry-After`` (a pause of the
whole bucket), so 429s stay a handful and every record still arrives once. Counts come from the
server's record of what it answered."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.sync.support import APIS, keys_sent, run, served

API = APIS["firecart"]


def _statuses(record: Path) -> Counter[int]:
    return Counter(json.loads(line)["status"] for line in record.read_text(encoding="utf-8").splitlines())


@pytest.mark.slow
def test_sustains_90_percent_of_the_limit_with_under_1_percent_429(tmp_path: Path) -> None:
    record = tmp_path / "record.jsonl"
    with served(API, rate=20, record=record) as (url, fake):
        summary = run(API, url, [(n + 1, API.record(n)) for n in range(200)], tmp_path / "j.sqlite", rate=20)
        arrived = keys_sent(fake, API)
    statuses = _statuses(record)
    assert set(arrived.values()) == {1} and len(arrived) == 200
    assert statuses[429] < 0.01 * sum(statuses.values()), statuses
    # sustained: from the first request to the last answer (the process start-up is not sending)
    assert statuses[200] / summary.sending >= 0.9 * 20, (statuses, summary.sending, summary.elapsed)


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
