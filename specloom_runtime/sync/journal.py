"""The sync journal: per record key, what was sent and how it ended, behind a small Protocol.

Input: keys and content hashes from the engine. Output: a durable state the next run resumes
from: per key the content hash, status (``pending``, ``in_flight``, ``done``, ``rejected``,
``uncertain``), the vendor id, attempts, last error and timestamps. Why a Protocol: SQLite is
the embedded default (one machine); a shared server database can implement ``Journal`` when
several machines run one sync. ``mark_in_flight`` COMMITS before the engine sends, so a crash
leaves at most the records then in flight in doubt; ``commit`` writes the resolutions of
finished requests and the in-flight marks of the next in one transaction. The journal holds no credentials and no record content, only its hash.
``get_many`` reads the entries of many keys in one statement; ``Lookahead`` keeps the entries so
read for the next input records and forgets a key as soon as it is written, so a read through it
always answers what ``get`` would at that moment (one SELECT per record was ~30 us of the sync's
CPU per record).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

__all__ = ["Entry", "Journal", "Lookahead", "SqliteJournal", "Status"]

Status = Literal["pending", "in_flight", "done", "rejected", "uncertain"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One key's state. ``hash``: the content last sent or being sent; ``done_hash``: the content
    the vendor last accepted ("" never); ``vendor_id``: the vendor's id as text ("" unknown)."""

    key: str
    hash: str
    status: Status
    done_hash: str = ""
    vendor_id: str = ""
    attempts: int = 0
    last_error: str = ""


class Journal(Protocol):
    """What the engine needs from a journal."""

    def get(self, key: str) -> Entry | None: ...
    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]: ...
    def mark_in_flight(self, entries: Iterable[tuple[str, str]]) -> None: ...
    def write(self, entries: Iterable[Entry]) -> None: ...
    def commit(self, resolved: Iterable[Entry], in_flight: Iterable[tuple[str, str]]) -> None: ...
    def with_status(self, *statuses: Status) -> Iterator[Entry]: ...
    def counts(self) -> dict[str, int]: ...
    def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    status TEXT NOT NULL,
    done_hash TEXT NOT NULL DEFAULT '',
    vendor_id TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS records_status ON records(status) WHERE status <> 'done';
"""


_IN_FLIGHT = (
    "INSERT INTO records (key, hash, status, attempts, created, updated) VALUES (?, ?, 'in_flight', 0, ?, ?) "
    "ON CONFLICT(key) DO UPDATE SET hash = excluded.hash, status = 'in_flight', updated = excluded.updated"
)


_SELECT = "SELECT key, hash, status, done_hash, vendor_id, attempts, last_error FROM records"
_IN_LIMIT = 500


class SqliteJournal:
    """``Journal`` in an SQLite file (WAL; a commit per call, so an in-flight mark is durable
    against a killed process before the request leaves)."""

    def __init__(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across a process kill
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:  # another file named as the state: said, not a crash
            self._db.close()
            raise ValueError(f"{path}: not a sync state file ({exc}); name another with --state") from None

    def get(self, key: str) -> Entry | None:
        row = self._db.execute(
            f"{_SELECT} WHERE key = ?", (key,)  # noqa: S608
        ).fetchone()
        return Entry(*row) if row else None

    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]:
        """The entries of ``keys`` that exist, by key (keys without one are absent)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Entry] = {}
        for start in range(0, len(wanted), _IN_LIMIT):  # under SQLite's bound on parameters
            part = wanted[start : start + _IN_LIMIT]
            marks = ", ".join("?" * len(part))
            for row in self._db.execute(f"{_SELECT} WHERE key IN ({marks})", part):  # noqa: S608
                found[row[0]] = Entry(*row)
        return found

    def mark_in_flight(self, entries: Iterable[tuple[str, str]]) -> None:
        self.commit((), entries)

    def write(self, entries: Iterable[Entry]) -> None:
        self.commit(entries, ())

    def commit(self, resolved: Iterable[Entry], in_flight: Iterable[tuple[str, str]]) -> None:
        """Write ``resolved`` outcomes and mark ``in_flight`` keys in ONE transaction."""
        now = time.time()
        marks = [(key, digest, now, now) for key, digest in in_flight]
        with self._transaction():
            if marks:
                self._db.executemany(_IN_FLIGHT, marks)
            self._db.executemany(
                "INSERT INTO records (key, hash, status, done_hash, vendor_id, attempts, last_error, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET hash = excluded.hash, "
                "status = excluded.status, done_hash = excluded.done_hash, vendor_id = excluded.vendor_id, "
                "attempts = excluded.attempts, last_error = excluded.last_error, updated = excluded.updated",
                [(e.key, e.hash, e.status, e.done_hash, e.vendor_id, e.attempts, e.last_error, now, now) for e in resolved],
            )

    def with_status(self, *statuses: Status) -> Iterator[Entry]:
        marks = ", ".join("?" for _ in statuses)
        rows = self._db.execute(
            f"SELECT key, hash, status, done_hash, vendor_id, attempts, last_error FROM records WHERE status IN ({marks}) ORDER BY key",  # noqa: S608
            statuses,
        ).fetchall()
        return (Entry(*row) for row in rows)

    def counts(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT status, COUNT(*) FROM records GROUP BY status").fetchall())

    def close(self) -> None:
        self._db.close()

    def _transaction(self) -> _Tx:
        return _Tx(self._db)


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN")

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")


class Lookahead:
    """A ``Journal`` that answers ``get`` from entries read ahead with ``read_ahead`` (one
    ``get_many``) while no write touched them: every key this run marks or resolves is dropped
    from what was read, so a key met twice (in one chunk or across chunks) is read again and sees
    this run's own writes, exactly as a ``get`` per record did."""

    def __init__(self, journal: Journal) -> None:
        self.inner = journal
        self._ahead: dict[str, Entry | None] = {}

    def read_ahead(self, keys: Iterable[str]) -> None:
        wanted = list(keys)
        found = self.inner.get_many(wanted)
        self._ahead = {key: found.get(key) for key in wanted}

    def get(self, key: str) -> Entry | None:
        ahead = self._ahead
        return ahead[key] if key in ahead else self.inner.get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Entry]:
        return self.inner.get_many(keys)

    def mark_in_flight(self, entries: Iterable[tuple[str, str]]) -> None:
        marks = list(entries)
        self._forget((), marks)
        self.inner.mark_in_flight(marks)

    def write(self, entries: Iterable[Entry]) -> None:
        resolved = list(entries)
        self._forget(resolved, ())
        self.inner.write(resolved)

    def commit(self, resolved: Iterable[Entry], in_flight: Iterable[tuple[str, str]]) -> None:
        resolved, in_flight = list(resolved), list(in_flight)
        self._forget(resolved, in_flight)
        self.inner.commit(resolved, in_flight)

    def with_status(self, *statuses: Status) -> Iterator[Entry]:
        return self.inner.with_status(*statuses)

    def counts(self) -> dict[str, int]:
        return self.inner.counts()

    def close(self) -> None:
        self.inner.close()

    def _forget(self, resolved: Iterable[Entry], in_flight: Iterable[tuple[str, str]]) -> None:
        if self._ahead:
            forget = self._ahead.pop
            for entry in resolved:
                forget(entry.key, None)
            for key, _ in in_flight:
                forget(key, None)
