"""``specloom sync`` speed and memory; a script, never a timed test.

Run: ``.venv/bin/python bench/sync.py`` (``make bench`` runs it with the others; ``--quick`` stops
the memory part at 100,000 records).

1. **CPU per record of specloom's own work.** ``RECORDS`` Firecart records (the API whose record
   travels in a JSON query parameter: mapping, validation, URL encoding) synced into the in-memory
   testing kit (``FakeApi`` as the client's transport; no network, no rate limit), twice: a first
   run (every record mapped, validated, journaled in flight and done, sent through the generated
   client, the answer read) and a second (nothing changed: read, map, hash, journal lookup).
   Process CPU time, minus the CPU the fake server itself spent answering (measured around its
   transport hook), divided by the records, and split into the sync's own work (reading, mapping,
   validation, hashing, journal, pacing) and the generated client's call (request building,
   httpx, answer reading). Each of the five APIs. Goal: under 200 microseconds per record.
   A third line per API replays the kit's first answer for every request (``_Replay``): the
   same work on our side without the kit's per-request walk of its growing store, whose cache
   misses otherwise land on our side of the split (Cartfunnel's and Shift4Shop's kits, ~450 us
   a request, most of all).
2. **Peak memory for a streamed million.** In a fresh process per size, a JSON Lines file of N
   records is written and synced with a transport that answers the documented success at once;
   the peak RSS (``ru_maxrss``) and records/s are printed for 10,000, 100,000 and 1,000,000
   records: flat figures show memory does not grow with the input. Goal: under 200 MB.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from specloom_runtime.sync import Options, SyncOp, Target, sync_async  # noqa: E402
from specloom_runtime.wire import JsonValue  # noqa: E402

RECORDS = 10_000
# each API's record (wire names) and the parameters and constants it needs
APIS: dict[str, tuple[Callable[[int], dict[str, JsonValue]], dict[str, str], dict[str, str]]] = {
    "firecart": (lambda n: {"email": f"customer{n}@example.com", "name": f"Customer {n}", "city": "Leeds"}, {}, {"FIRECART_API_ACCESS_KEY": "k", "FIRECART_API_SECRET": "s"}),
    "salesfire": (lambda n: {"email": f"customer{n}@example.com", "attributes": {"name": f"Customer {n}"}}, {"site": "s", "list": "l"}, {"SALESFIRE_SECRET": "s"}),
    "cartfunnel": (lambda n: {"email": f"customer{n}@example.com", "first_name": f"First{n}"}, {}, {"CARTFUNNEL_ACCOUNT": "a", "CARTFUNNEL_API_SECRET": "s"}),
    "shift4shop": (lambda n: {"Email": f"customer{n}@example.com", "Password": "", "BillingFirstName": f"First{n}"}, {},
                   {"SHIFT4SHOP_SECURE_URL": "https://shop.example.com", "SHIFT4SHOP_PRIVATE_KEY": "p", "SHIFT4SHOP_TOKEN": "t"}),
    "clienttoolbox": (lambda n: {"email": f"customer{n}@example.com", "first_name": f"First{n}", "account_id": "shop-1"}, {},
                      {"CLIENTTOOLBOX_USER_ID": "u", "CLIENTTOOLBOX_USER_PASSWORD": "p"}),
}
GOAL_US, GOAL_MB = 200.0, 200.0


class _Replay(httpx.AsyncBaseTransport):
    """The kit's first answer (status, headers, bytes), replayed for every request: the same
    answer to read, without the kit's work per request (its store grows with every record, and
    walking it per write evicts the sync's data from the CPU caches: a cost on our side of the
    split that belongs to the test double)."""

    def __init__(self, api: str) -> None:
        self.timed = _TimedFake(api)
        self.answer: tuple[int, list[tuple[bytes, bytes]], bytes] | None = None
        self.cpu = 0.0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        start = time.process_time()
        try:
            if self.answer is None:
                response = await self.timed.handle_async_request(request)
                self.answer = (response.status_code, list(response.headers.raw), await response.aread())
            status, headers, content = self.answer
            return httpx.Response(status, headers=headers, content=content)
        finally:
            self.cpu += time.process_time() - start


class _TimedFake(httpx.AsyncBaseTransport):
    """An API's testing-kit fake, with the CPU it spends answering counted apart."""

    def __init__(self, api: str) -> None:
        import importlib

        self.fake = importlib.import_module(f"specloom.apis.{api}.testing").FakeApi()
        self.cpu = 0.0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        start = time.process_time()
        try:
            response: httpx.Response = await self.fake.handle_async_request(request)
            return response
        finally:
            self.cpu += time.process_time() - start


_CLIENT_CPU = [0.0]  # CPU spent inside the generated client's calls (the fake's included)
_send = Target.send


async def _timed_send(self: Target, op: SyncOp, arguments: Mapping[str, object]) -> object:
    start = time.process_time()
    try:
        return await _send(self, op, arguments)
    finally:
        _CLIENT_CPU[0] += time.process_time() - start


Target.send = _timed_send  # type: ignore[method-assign]  # the split of the CPU figure


def cpu_per_record(api: str, replay: bool = False) -> None:
    make, params, env = APIS[api]
    with tempfile.TemporaryDirectory() as folder:
        timed: _TimedFake | _Replay = _Replay(api) if replay else _TimedFake(api)
        options = Options(rate=1e9, concurrency=8)
        for label in (("first run, kit's answer replayed",) if replay else ("first run, all sent", "second run, unchanged")):
            timed.cpu = _CLIENT_CPU[0] = 0.0
            records = ((n + 1, make(n)) for n in range(RECORDS))
            start, wall = time.process_time(), time.perf_counter()
            summary = asyncio.run(sync_async(api, records, state=Path(folder) / "j.sqlite", environ=env, params=params,
                                             transport=timed, options=options))  # fmt: skip
            own = time.process_time() - start - timed.cpu
            us = own / RECORDS * 1e6
            client = (_CLIENT_CPU[0] - timed.cpu) / RECORDS * 1e6
            verdict = "OK" if us < GOAL_US else "ABOVE GOAL"
            print(f"{api:>13} {label}: {summary.requests:>6} requests, {RECORDS / (time.perf_counter() - wall):>6,.0f} records/s; "
                  f"specloom CPU {us:>3.0f} us/record = sync {us - client:>3.0f} + generated client {client:>3.0f} "
                  f"(fake server {timed.cpu / RECORDS * 1e6:.0f} apart) [{verdict}, goal < {GOAL_US:.0f}]")  # fmt: skip


def _instant(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"status": "SUCCESS"})


def memory_child(count: int) -> None:
    """In this fresh process: write ``count`` records, sync them, print peak RSS and speed."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "records.jsonl"
        with data.open("w", encoding="utf-8") as f:
            for n in range(count):
                f.write(json.dumps(APIS["firecart"][0](n)) + "\n")
        wall = time.perf_counter()
        summary = asyncio.run(sync_async("firecart", str(data), state=Path(folder) / "j.sqlite", environ=APIS["firecart"][2],
                                         transport=httpx.MockTransport(_instant), options=Options(rate=1e9, concurrency=8)))  # fmt: skip
        seconds = time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": count, "sent": summary.sent, "peak_mb": round(peak, 1), "records_per_s": round(count / seconds)}))


def memory(sizes: tuple[int, ...]) -> None:
    for count in sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(count)], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONWARNINGS": "ignore"})  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        verdict = "OK" if result["peak_mb"] < GOAL_MB else "ABOVE GOAL"
        print(f"streamed {result['records']:>9,} records: peak RSS {result['peak_mb']:.0f} MB, {result['records_per_s']:,} records/s "
              f"[{verdict}, goal < {GOAL_MB:.0f} MB]")  # fmt: skip


if __name__ == "__main__":
    import warnings

    warnings.simplefilter("ignore")  # Firecart's documented server is plain HTTP: the client warns once
    if sys.argv[1:2] == ["--child"]:
        memory_child(int(sys.argv[2]))
    else:
        for name in APIS:
            cpu_per_record(name)
            cpu_per_record(name, replay=True)
        memory((10_000, 100_000) if "--quick" in sys.argv else (10_000, 100_000, 1_000_000))
