"""The journal is read a chunk of input records at a time (one statement for many keys), and a
key met again after this run wrote it still sees what the run wrote (unchanged: not resent)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
from specloom_runtime.sync import Entry, Options, SqliteJournal, Summary, digest_of, sync
from specloom_runtime.sync.journal import Status
from specloom_runtime.wire.jsontypes import JsonValue

from tests.sync.support import APIS

API = APIS["firecart"]  # a safe upsert answered by one small body: the mock needs no state


class _Counting:
    """A ``Journal`` counting the reads that reach the database (each is one SELECT)."""

    def __init__(self, path: Path) -> None:
        self.inner = SqliteJournal(path)
        self.reads = 0

    def get(self, key: str) -> Entry | None:
        self.reads += 1
        return self.inner.get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]:
        self.reads += 1
        return self.inner.get_many(keys)

    def mark_in_flight(self, entries: Iterable[tuple[str, str]]) -> None:
        self.inner.mark_in_flight(entries)

    def write(self, entries: Iterable[Entry]) -> None:
        self.inner.write(entries)

    def commit(self, resolved: Iterable[Entry], in_flight: Iterable[tuple[str, str]]) -> None:
        self.inner.commit(resolved, in_flight)

    def with_status(self, *statuses: Status) -> Iterator[Entry]:
        return self.inner.with_status(*statuses)

    def counts(self) -> dict[str, int]:
        return self.inner.counts()

    def close(self) -> None:
        self.inner.close()


def _sync(records: list[dict[str, JsonValue]], journal: _Counting, concurrency: int = 8) -> tuple[Summary, list[str]]:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.params.get("data", ""))
        return httpx.Response(200, json={"status": "SUCCESS"})

    summary = sync(API.name, list(enumerate(records, 1)), transport=httpx.MockTransport(answer), environ=API.environ(),
                   state=journal, mapping=API.mapping(), options=Options(rate=1e9, concurrency=concurrency))  # fmt: skip
    return summary, sent


def test_the_journal_is_read_a_chunk_of_records_at_a_time(tmp_path: Path) -> None:
    journal = _Counting(tmp_path / "j.sqlite")
    records = [API.record(n) for n in range(600)]
    first, sent = _sync(records, journal)
    reads_first = journal.reads
    second, _ = _sync(records, journal)
    journal.close()
    assert (first.sent, len(sent), second.unchanged, second.sent) == (600, 600, 600, 0)
    # one read per record before: 600 a run; now one per chunk of 256 records
    assert reads_first <= 5
    assert journal.reads - reads_first <= 5


def test_a_key_met_again_sees_what_this_run_wrote(tmp_path: Path) -> None:
    a0, a1, a2 = API.record(0), API.record(0, version=1), API.record(0, version=2)
    fillers = [API.record(n) for n in range(1, 300)]  # the last repeats fall in the next chunk
    # concurrency 1: each record's outcome is committed before the next record is read
    records = [a0, API.record(500), a0, a1, *fillers, a1, a2]
    journal = _Counting(tmp_path / "j.sqlite")
    summary, sent = _sync(records, journal, concurrency=1)
    entry = journal.inner.get(a2[API.key])
    journal.close()
    assert (summary.created, summary.updated, summary.unchanged) == (2 + 299, 2, 2)
    assert len(sent) == 2 + 299 + 2
    assert entry is not None and (entry.status, entry.done_hash) == ("done", digest_of(a2))
