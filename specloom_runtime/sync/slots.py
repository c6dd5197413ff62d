"""The in-flight window of a sync: marks and resolutions -> one journal transaction per group.

Input: the in-flight marks of the next records and the outcomes of finished ones. Output: journal
commits that keep at most ``limit`` records in flight or sent-but-unresolved in the journal (what a
killed run leaves in doubt), with resolutions riding in the transaction of the next marks.
"""

from __future__ import annotations

import asyncio

from specloom_runtime.sync.journal import Entry, Journal

__all__ = ["Slots"]


class Slots:
    """At most ``limit`` records unresolved IN THE JOURNAL: a record takes a slot when its in-flight
    mark is committed and gives it back when its resolution is (group commit: the resolutions
    of finished units ride in the transaction that marks the next unit in flight)."""

    def __init__(self, journal: Journal, limit: int) -> None:
        self.journal = journal
        self.limit = limit
        self.used = 0
        self.resolved: list[Entry] = []  # outcomes not committed yet
        self._freed = 0  # slots those outcomes hold
        self._finished = asyncio.Event()

    def finished(self, outcome: list[Entry], n: int) -> None:
        self.resolved.extend(outcome)
        self._freed += n
        self._finished.set()

    async def take(self, in_flight: list[tuple[str, str]]) -> None:
        """Commit pending resolutions and mark ``in_flight`` in one transaction, waiting for
        finished units while the limit would be passed."""
        while self.used - self._freed + len(in_flight) > self.limit:
            self._finished.clear()
            await self._finished.wait()
        self._commit(in_flight)

    def _commit(self, in_flight: list[tuple[str, str]]) -> None:
        self.journal.commit(self.resolved, in_flight)
        self.used += len(in_flight) - self._freed
        self.resolved, self._freed = [], 0

    def flush(self) -> None:
        if self.resolved:
            self._commit([])
