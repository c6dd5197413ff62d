"""What a generated package declares for ``specloom sync``: ``SyncSpec`` (its ``client.SYNC``).

Input: printed by the generator from the spec's ``x-specloom-sync``. Output: frozen facts the
sync engine reads: the record's key pointer, which client method upserts, creates, updates (one
by one or in batches) or looks up a record, with which keywords, and the vendor's rate. Why a
runtime type: the engine needs nothing but the generated package (no spec at run time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from specloom_runtime.wire.jsontypes import JsonValue

__all__ = ["SyncOp", "SyncSpec"]


@dataclass(frozen=True, slots=True)
class SyncOp:
    """One operation the sync calls: client ``method`` and keyword ``argument`` carrying the
    record (a lookup: the filter keyword, "" to scan every page); ``id_argument`` the keyword
    (update) or item property (bulk update) carrying the vendor id, written as ``id_kind``;
    ``id_pointer`` where the answer (a lookup: one listed item) holds the vendor id, and
    ``key_pointer`` the key in a listed item; ``safe``: resending cannot duplicate; ``fields``
    added to every record; ``exists``: regex of an error message meaning "already there";
    ``batch``: the most records per request (0: one record, no list)."""

    operation: str
    method: str
    argument: str
    id_argument: str = ""
    id_kind: Literal["int", "str"] = "str"
    id_pointer: str = ""
    key_pointer: str = ""
    safe: bool = False
    fields: Mapping[str, JsonValue] = field(default_factory=dict)
    exists: str = ""
    batch: int = 0


@dataclass(frozen=True, slots=True)
class SyncSpec:
    """An API's sync target: ``key`` (pointer into a record), the operations by role, and the
    vendor's ``rate`` in requests/s (0: none declared; ``rate_documented`` False: a guess)."""

    key: str
    upsert: SyncOp | None = None
    create: SyncOp | None = None
    update: SyncOp | None = None
    bulk_update: SyncOp | None = None
    lookup: SyncOp | None = None
    rate: float = 0.0
    rate_documented: bool = False
