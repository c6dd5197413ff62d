"""The sync engine: records -> journaled, paced, validated client calls, resumable after a kill.

Input: a ``Target`` (the generated client and its ``SYNC``), the records (streamed), a
``Journal``, a ``FieldMapping`` and ``Options``. Output: a ``Summary``; the journal holds each
key's outcome, the rejects file each rejected record. Order of work per record: map -> key ->
diff (content hash vs the last accepted one; ``full`` resends) -> validate with the package's
compiled validators (invalid: rejected, never sent) -> wait for a slot (at most ``concurrency``
records unresolved in the journal) -> journal ``in_flight`` (committed) -> token -> send ->
resolve. Resume: keys left ``in_flight`` by a killed run are resent when their operation is a
safe upsert or an update by id, looked up by key when the API can, else left ``uncertain``
(resent only with ``resend_uncertain``). A batch the vendor refuses is split in halves until the
bad record is alone.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Literal

from specloom_runtime.errors import (
    ApiError,
    AuthenticationError,
    ErrorInBody,
    PartialFailure,
    RateLimitError,
    ServerError,
    TransportError,
)
from specloom_runtime.sync.calls import Target
from specloom_runtime.sync.journal import Entry, Journal, Lookahead
from specloom_runtime.sync.mapping import FieldMapping, MappingProblem
from specloom_runtime.sync.pacing import Pacer
from specloom_runtime.sync.readers import InputProblem
from specloom_runtime.sync.report import Rejects, Summary
from specloom_runtime.sync.slots import Slots
from specloom_runtime.sync.spec import SyncOp
from specloom_runtime.wire.jsontypes import JsonValue

__all__ = ["Options", "run"]

_MARGIN = 0.95
_PROBE_START = 10.0  # requests/s an unknown limit is probed from
_UNCERTAIN = "sent, but the run stopped before the answer: the API cannot say whether it was applied; check it, then run with --resend-uncertain"


@dataclass(frozen=True)
class Options:
    """How to run: ``full`` resends unchanged records; ``dry_run`` "" (send), "plan" (send
    nothing) or "lookup" (lookups allowed); ``concurrency`` records unresolved at most;
    ``rate`` the vendor's limit in requests/s, paced at 95% of it (``None``: the spec's, else
    probed from 10/s); ``max_attempts`` per
    request on 5xx or transport failures; ``progress`` is called about every ``progress_every``
    records."""

    full: bool = False
    dry_run: Literal["", "plan", "lookup"] = ""
    concurrency: int = 8
    rate: float | None = None
    resend_uncertain: bool = False
    max_attempts: int = 4
    progress: Callable[[Summary], None] | None = None
    progress_every: int = 1000


@dataclass
class _Item:
    line: int
    key: str
    digest: str
    record: dict[str, JsonValue]
    sent: dict[str, object]
    entry: Entry | None


_Keyed = tuple[int, dict[str, JsonValue] | None, str | None, list[tuple[str, str]] | None]
_AHEAD = 256  # input records whose journal entries are read in one statement


def digest_of(record: object) -> str:
    """A content hash of the mapped record (key order does not matter)."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class _Run:
    def __init__(self, target: Target, journal: Journal, mapping: FieldMapping, options: Options, rejects: Rejects) -> None:
        self.t, self.mapping, self.o, self.rejects = target, mapping, options, rejects
        self.journal = Lookahead(journal)  # entries read for a chunk of input records at a time
        self.s = Summary(dry_run=bool(options.dry_run))
        limit = options.rate if options.rate is not None else (target.spec.rate or None)
        adaptive = options.rate is None and not target.spec.rate_documented
        # a known limit is paced at 95% of it: requests spaced 1/rate apart on this side arrive
        # jittered on the server's, and a 429 costs a whole Retry-After pause
        rate = limit * _MARGIN if limit is not None else (_PROBE_START if adaptive else None)
        self.pacer = Pacer(rate, adaptive=adaptive)
        self.slots = Slots(self.journal, max(1, options.concurrency))
        self.tasks: set[asyncio.Task[None]] = set()
        self.buffer: list[Entry] = []  # rejected before sending: written in big transactions
        self._reported = 0
        self.stopped: AuthenticationError | None = None  # refused credentials end the run

    # -- resume -----------------------------------------------------------------------------

    async def resume(self) -> None:
        in_flight = list(self.journal.with_status("in_flight"))
        again = list(self.journal.with_status("uncertain")) if self.o.resend_uncertain else []
        if not in_flight and not again:
            return
        write = self.t.write_op("")
        # an update by id, or a declared safe upsert: sending it again cannot make a duplicate
        out = [replace(e, status="pending") for e in again] + [
            replace(e, status="pending") for e in in_flight if e.vendor_id or write.safe
        ]
        rest = [e for e in in_flight if not (e.vendor_id or write.safe)]
        if rest and self.t.spec.lookup is not None and self.o.dry_run != "plan":
            found = await self._lookup({e.key for e in rest})
            for e in rest:
                vid = found.get(e.key, "")
                done = replace(e, status="done", vendor_id=vid, done_hash=e.hash, last_error="")
                out.append(done if vid else replace(e, status="pending"))
        else:
            out += [replace(e, status="uncertain", last_error=_UNCERTAIN) for e in rest]
        if not self.o.dry_run:
            self.journal.write(out)

    async def _lookup(self, keys: set[str]) -> dict[str, str]:
        before = self.t.lookup_requests
        self.s.lookups += len(keys)
        self.pacer.answered()  # no first request alone: a scan asks for its pages one by one
        found = await self.t.lookup(keys, self.pacer.acquire)
        self.s.requests += self.t.lookup_requests - before
        return found

    # -- reading ----------------------------------------------------------------------------

    def reject(self, line: int, key: str | None, record: object, problems: list[tuple[str, str]], entry: Entry | None, digest: str = "") -> None:
        self.s.rejected += 1
        for pointer, message in problems:
            self.rejects.add(line, key, record, pointer, message)
        if key is not None and not self.o.dry_run:
            base = entry or Entry(key=key, hash=digest, status="rejected")
            self.buffer.append(replace(base, hash=digest, status="rejected", last_error="; ".join(f"{p}: {m}" for p, m in problems)[:500]))
            if len(self.buffer) >= 500:
                self.journal.write(self.buffer)
                self.buffer = []

    def keyed(self, line: int, raw: dict[str, JsonValue] | InputProblem) -> _Keyed:
        """The mapped record and its key, or why it has none (reported later, in input order)."""
        if isinstance(raw, InputProblem):
            return line, None, None, [("", raw.message)]
        try:
            record = self.mapping.apply(raw)
        except MappingProblem as exc:
            return line, raw, None, [(exc.pointer, exc.message)]
        key = self.t.key_of(record)
        if key is None:
            return line, record, None, [(self.t.spec.key, "the record has no key: it cannot be synced")]
        return line, record, key, None

    def prepare(self, keyed: _Keyed) -> tuple[SyncOp, _Item] | None:
        """The operation and item for one keyed input record, or ``None`` (unchanged, rejected...)."""
        self.s.read += 1
        line, record, key, problems = keyed
        if key is None or record is None:
            self.reject(line, None, record, problems or [], None)
            return None
        digest = digest_of(record)
        entry = self.journal.get(key)  # read ahead with the chunk's (``_ahead``)
        if entry is not None and entry.status == "uncertain":
            self.s.uncertain += 1  # listed in the rejects file each run until resolved
            self.rejects.add(line, key, record, "", entry.last_error or _UNCERTAIN)
            return None
        if entry is not None and entry.done_hash == digest and entry.status == "done" and not self.o.full:
            self.s.unchanged += 1
            return None
        op = self.t.write_op(entry.vendor_id if entry else "")
        item = self.t.item(op, record, entry.vendor_id if entry else "")
        problems = self.t.problems(op, self.t.arguments(op, [item], entry.vendor_id if entry else ""))
        if problems:
            self.reject(line, key, record, problems, entry, digest)
            return None
        if self.o.dry_run:
            kind = "update" if entry is not None and (entry.vendor_id or entry.done_hash) else "create"
            self.s.would[kind] = self.s.would.get(kind, 0) + 1
            return None
        return op, _Item(line, key, digest, record, item, entry)

    # -- sending ----------------------------------------------------------------------------

    async def submit(self, units: list[tuple[SyncOp, list[_Item]]]) -> None:
        """Mark every record of ``units`` in flight (one commit, before any is sent), then send."""
        if self.stopped is not None:
            raise self.stopped
        await self.slots.take([(i.key, i.digest) for _, items in units for i in items])
        for op, items in units:
            task = asyncio.create_task(self._unit(op, items))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _unit(self, op: SyncOp, items: list[_Item]) -> None:
        outcome: list[Entry] = []
        try:
            await self._send(op, items, outcome)
            self.s.last_answer = time.monotonic()
        except AuthenticationError as exc:  # every record would be refused alike: stop the run
            self.stopped = self.stopped or exc
        finally:
            self.slots.finished(outcome, len(items))
            if self.o.progress is not None and self.s.read - self._reported >= self.o.progress_every:
                self._reported = self.s.read
                self.o.progress(self.s)

    async def _send(self, op: SyncOp, items: list[_Item], outcome: list[Entry]) -> None:
        vendor_id = items[0].entry.vendor_id if items[0].entry else ""
        arguments = self.t.arguments(op, [i.sent for i in items], vendor_id)
        attempts = 0
        while True:
            await self.pacer.acquire()
            self.s.requests += 1
            self.s.first_request = self.s.first_request or time.monotonic()
            try:
                try:
                    answer = await self.t.send(op, arguments)
                finally:
                    self.pacer.answered()
            except AuthenticationError:
                raise  # the unit stops the run; its records stay in doubt
            except RateLimitError as exc:
                self.s.rate_limited += 1
                self.s.retries += 1
                self.pacer.pause(exc.retry_after if exc.retry_after is not None else 1.0)
                continue
            except PartialFailure as exc:
                bad = set(exc.failed_indexes)
                for n, item in enumerate(items):
                    if n in bad:
                        self._failed(item, outcome, "; ".join(exc.messages) or str(exc))
                    else:
                        self._done(op, item, outcome, "")
                return
            except ErrorInBody as exc:
                if self.t.exists(op, exc.messages):
                    for item in items:
                        self.s.skipped += 1
                        outcome.append(self._entry(item, "done", item.entry.vendor_id if item.entry else "", ""))
                    return
                await self._refused(op, items, outcome, str(exc))
                return
            except (ServerError, TransportError) as exc:
                attempts += 1
                retry_safe = op.safe or op.id_argument or (isinstance(exc, TransportError) and not exc.sent)
                if attempts < self.o.max_attempts and (retry_safe or isinstance(exc, ServerError)):
                    self.s.retries += 1
                    await asyncio.sleep(min(2.0, 0.05 * 2**attempts))
                    continue
                for item in items:
                    self.s.uncertain += 1
                    outcome.append(self._entry(item, "uncertain", item.entry.vendor_id if item.entry else "", f"{_UNCERTAIN} ({exc})"))
                return
            except ApiError as exc:
                await self._refused(op, items, outcome, str(exc))
                return
            self.pacer.succeeded()
            new_id = self.t.vendor_id(op, answer)
            for item in items:
                self._done(op, item, outcome, new_id)
            return

    async def _refused(self, op: SyncOp, items: list[_Item], outcome: list[Entry], message: str) -> None:
        if len(items) > 1:  # find the bad record: each half alone (the good half goes through)
            half = len(items) // 2
            await self._send(op, items[:half], outcome)
            await self._send(op, items[half:], outcome)
            return
        self._failed(items[0], outcome, message)

    def _failed(self, item: _Item, outcome: list[Entry], message: str) -> None:
        self.s.rejected += 1
        self.rejects.add(item.line, item.key, item.record, "", message)
        outcome.append(self._entry(item, "rejected", item.entry.vendor_id if item.entry else "", message[:500]))

    def _done(self, op: SyncOp, item: _Item, outcome: list[Entry], new_id: str) -> None:
        self.s.sent += 1
        known = item.entry is not None and (item.entry.vendor_id or item.entry.done_hash)
        if known:
            self.s.updated += 1
        else:
            self.s.created += 1
        vendor_id = new_id or (item.entry.vendor_id if item.entry else "")
        outcome.append(self._entry(item, "done", vendor_id, "", done_hash=item.digest))

    def _entry(self, item: _Item, status: Literal["done", "rejected", "uncertain"], vendor_id: str, error: str, done_hash: str | None = None) -> Entry:
        # built directly, not by dataclasses.replace (twice for a done record): this runs per record
        base = item.entry
        return Entry(
            key=item.key,
            hash=item.digest,
            status=status,
            done_hash=(base.done_hash if base is not None else "") if done_hash is None else done_hash,
            vendor_id=vendor_id,
            attempts=(base.attempts if base is not None else 0) + 1,
            last_error=error,
        )


async def run(
    target: Target,
    records: Iterable[tuple[int, dict[str, JsonValue] | InputProblem]],
    journal: Journal,
    mapping: FieldMapping,
    options: Options,
    rejects: Rejects,
) -> Summary:
    """Sync ``records`` into ``target``; see the module docstring."""
    run_ = _Run(target, journal, mapping, options, rejects)
    await run_.resume()
    try:
        await _feed(run_, records)
        while run_.tasks:
            await asyncio.gather(*list(run_.tasks))
    finally:
        for task in run_.tasks:
            task.cancel()
        run_.slots.flush()
        if run_.buffer:
            journal.write(run_.buffer)
        rejects.flush()
    if run_.stopped is not None:
        raise run_.stopped
    run_.s.finish()
    return run_.s


async def _feed(run_: _Run, records: Iterable[tuple[int, dict[str, JsonValue] | InputProblem]]) -> None:
    """Prepare each record and submit the sendable ones. Records are marked in flight a group at
    a time (half the window: one commit for several records while the other half is sent)."""
    group = max(1, run_.slots.limit // 2)
    ready: list[tuple[SyncOp, list[_Item]]] = []
    waiting = 0  # records in ``ready``
    batch: list[_Item] = []
    batch_op: SyncOp | None = None
    for keyed in _ahead(run_, records):
        prepared = run_.prepare(keyed)
        if prepared is None:
            continue
        op, item = prepared
        if not op.batch:
            ready.append((op, [item]))
            waiting += 1
        else:
            batch.append(item)
            batch_op = op
            if len(batch) >= min(op.batch, run_.slots.limit):
                ready.append((op, batch))
                waiting += len(batch)
                batch = []
        if waiting >= group:
            await run_.submit(ready)
            ready, waiting = [], 0
    if batch and batch_op is not None:
        ready.append((batch_op, batch))
    if ready:
        await run_.submit(ready)


def _ahead(run_: _Run, records: Iterable[tuple[int, dict[str, JsonValue] | InputProblem]]) -> Iterator[_Keyed]:
    """The keyed records, ``_AHEAD`` at a time, their journal entries read in one statement first."""
    source = iter(records)
    while chunk := [run_.keyed(line, raw) for line, raw in islice(source, _AHEAD)]:
        run_.journal.read_ahead(key for _, _, key, _ in chunk if key is not None)
        yield from chunk
