"""What a sync run tells its user: the ``Summary`` counters and the rejects file writer.

Input: the engine's counts and rejected records. Output: ``Summary.as_dict()`` (``--report
json``), ``Summary.lines()`` (the human summary), ``exit_code`` (0 all done, 1 some rejected or
uncertain), and ``Rejects`` appending JSON Lines ``{line, key, record, pointer, message}``. Every
text written passes through ``Scrubber``, which replaces the credentials' values with ``***``:
secrets never reach the rejects file, the report or a log line, whatever a vendor echoed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import IO

from specloom_runtime.wire.jsontypes import JsonValue

__all__ = ["Rejects", "Scrubber", "Summary"]


class Scrubber:
    """Replace secret values (credentials) in text."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = sorted({s for s in secrets if s and len(s) >= 3}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "***")
        return text


@dataclass
class Summary:
    """Counters of one run (records unless said otherwise)."""

    read: int = 0
    requests: int = 0  # HTTP requests sent (writes and lookups)
    sent: int = 0  # records carried by write requests
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # the vendor said the record already exists (create-only APIs)
    rejected: int = 0
    uncertain: int = 0
    retries: int = 0
    rate_limited: int = 0  # answers 429
    lookups: int = 0
    dry_run: bool = False
    would: dict[str, int] = field(default_factory=dict)  # dry run: create/update counts
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0
    first_request: float = 0.0  # monotonic moments: the sending period, start-up excluded
    last_answer: float = 0.0

    @property
    def sending(self) -> float:
        """Seconds from the first request sent to the last answer read (0: none sent)."""
        return max(0.0, self.last_answer - self.first_request)

    @property
    def records_per_second(self) -> float:
        return self.read / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected or self.uncertain else 0

    def finish(self) -> None:
        self.elapsed = time.monotonic() - self.started

    def as_dict(self) -> dict[str, JsonValue]:
        out: dict[str, JsonValue] = {k: v for k, v in asdict(self).items() if k not in ("started", "first_request", "last_answer")}
        out["elapsed"] = round(self.elapsed, 3)
        out["sending"] = round(self.sending, 3)
        out["records_per_second"] = round(self.records_per_second, 1)
        out["exit_code"] = self.exit_code
        return out

    def progress(self) -> str:
        return (f"{self.read} read, {self.sent} sent, {self.unchanged} unchanged, {self.rejected} rejected, "
                f"{self.uncertain} uncertain, {self.rate_limited} answered 429")  # fmt: skip

    def lines(self) -> list[str]:
        head = "dry run: nothing sent" if self.dry_run else f"{self.requests} request{'' if self.requests == 1 else 's'}"
        out = [
            f"{head}; {self.read} records read in {self.elapsed:.1f}s ({self.records_per_second:.0f} records/s)",
            f"sent {self.sent}: created {self.created}, updated {self.updated}; unchanged {self.unchanged}; "
            f"already there {self.skipped}",
            f"rejected {self.rejected}; uncertain {self.uncertain}; retries {self.retries}; answered 429 {self.rate_limited}; lookups {self.lookups}",
        ]
        if self.dry_run:
            out.append("would " + ", ".join(f"{k} {v}" for k, v in sorted(self.would.items())) if self.would else "would send nothing")
        return out


class Rejects:
    """Rejected records as JSON Lines (``None`` stream: counted only)."""

    def __init__(self, stream: IO[str] | None, scrub: Scrubber) -> None:
        self._stream = stream
        self._scrub = scrub

    def add(self, line: int, key: str | None, record: object, pointer: str, message: str) -> None:
        if self._stream is None:
            return
        entry = {"line": line, "key": key, "record": record, "pointer": pointer, "message": message}
        self._stream.write(self._scrub(json.dumps(entry, ensure_ascii=False, default=str)) + "\n")

    def flush(self) -> None:
        if self._stream is not None:
            self._stream.flush()
