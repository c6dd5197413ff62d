"""``specloom_runtime.sync``: push a list of records (customers) into any API whose spec declares
``x-specloom-sync``; resumable, rate-limited, nothing lost and nothing sent twice.

Inside: ``spec`` (``SyncSpec``/``SyncOp``, what a generated ``client.SYNC`` declares),
``readers`` (streamed CSV / JSON Lines / stdin), ``mapping`` (``--map`` renames, constants,
formats), ``journal`` (the ``Journal`` Protocol and its SQLite implementation), ``pacing``
(token bucket, ``Retry-After`` pauses, AIMD), ``calls`` (records -> the generated client's calls,
validation with its compiled validators, vendor ids, lookups), ``engine`` (the async run),
``report`` (summary, rejects file, secret scrubbing). ``sync_async`` is the API (async at
heart); ``sync`` wraps it for synchronous callers; ``specloom sync`` (``generator/sync_cmd.py``)
is the command line over it. Example::

    from specloom_runtime.sync import sync
    summary = sync("billing", "customers.csv", base_url=url, environ={...}, state="s.sqlite")
    assert summary.exit_code == 0
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType
from typing import IO, Any

import httpx
from specloom_runtime.sync.calls import Target
from specloom_runtime.sync.engine import Options, digest_of, run
from specloom_runtime.sync.journal import Entry, Journal, SqliteJournal
from specloom_runtime.sync.mapping import FieldMapping, MappingProblem, load_mapping
from specloom_runtime.sync.readers import InputProblem, open_records, read_records
from specloom_runtime.sync.report import Rejects, Scrubber, Summary
from specloom_runtime.sync.spec import SyncOp, SyncSpec
from specloom_runtime.wire.jsontypes import JsonValue

__all__ = [
    "Entry", "FieldMapping", "InputProblem", "Journal", "MappingProblem", "Options", "Rejects",
    "Scrubber", "SqliteJournal", "Summary", "SyncOp", "SyncSpec", "Target", "client_module",
    "default_state", "digest_of", "load_mapping", "open_records", "read_records", "sync", "sync_async",
]

Records = Iterable[tuple[int, dict[str, JsonValue] | InputProblem]]


def client_module(api: str | ModuleType) -> ModuleType:
    """The generated ``client`` module of ``api``: found as ``specloom serve`` finds the API's
    testing kit (``load_fake``), so both agree on where generated packages live."""
    if isinstance(api, ModuleType):
        return api
    from specloom_runtime.testing.sandbox import load_fake

    fake = load_fake(api)
    module = importlib.import_module(fake.__module__.rpartition(".")[0] + ".client")
    if getattr(module, "SYNC", None) is None:
        raise ValueError(f"API {api!r} declares no sync target (x-specloom-sync in its spec)")
    return module


def default_state(api: str) -> Path:
    """``.specloom/sync-<package>.sqlite`` in the working directory (``<package>``: the API's
    package name, also when ``api`` is a folder or a dotted name)."""
    from specloom_runtime.testing.packages import package_label

    return Path(".specloom") / f"sync-{package_label(api)}.sqlite"


async def sync_async(
    api: str | ModuleType,
    records: str | Records,
    *,
    state: str | Path | Journal | None = None,
    client: Any = None,
    base_url: str | None = None,
    environ: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    params: Mapping[str, str] | None = None,
    mapping: FieldMapping | str | Path | None = None,
    options: Options | None = None,
    rejects: IO[str] | None = None,
    stdin: IO[str] | None = None,
) -> Summary:
    """Sync ``records`` (a file path, ``-``, or ``(line, record)`` pairs) into ``api``.

    The client is ``client`` (an ``AsyncClient`` of the package), else ``AsyncClient.from_env``
    (``environ``, ``base_url``, ``transport``). ``state``: the journal (path or ``Journal``;
    default ``default_state(api)``). ``params``: other parameters of the operations by name
    (e.g. a path's ``site``). Returns the ``Summary``; ``ValueError`` for unusable input."""
    module = client_module(api)
    name = api if isinstance(api, str) else module.__name__.split(".")[-2]
    own = client is None
    if own:
        client = module.AsyncClient.from_env(
            environ=environ, base_url=base_url, transport=transport, max_retries=0, validate_requests=False
        )
    journal = state if state is not None and not isinstance(state, (str, Path)) else SqliteJournal(state or default_state(name))
    try:
        target = Target(client, module.SYNC, module.OPERATIONS, params or {})
        secrets = [str(v) for v in getattr(client, "_secrets", {}).values()]
        field_mapping = mapping if isinstance(mapping, FieldMapping) else load_mapping(mapping)
        source = open_records(records, stdin) if isinstance(records, str) else records
        return await run(target, source, journal, field_mapping, options or Options(), Rejects(rejects, Scrubber(secrets)))
    finally:
        if own:
            await client.aclose()
        if journal is not state:
            journal.close()


def sync(api: str | ModuleType, records: str | Records, **options: Any) -> Summary:
    """``sync_async`` for synchronous callers (runs its own event loop)."""
    return asyncio.run(sync_async(api, records, **options))
