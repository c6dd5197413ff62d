"""Sustained throughput of ``specloom serve``: requests per second on this machine; a script,
never a timed test.

Run: ``.venv/bin/python bench/serve.py`` (``make bench`` runs it with the others). Serves one API
in-process on 127.0.0.1 (``specloom_runtime.testing.sandbox.serve``) and sends ``REQUESTS`` list calls
through ``THREADS`` keep-alive ``httpx.Client`` connections, then ``REQUESTS`` creates; prints
requests per second for each. It tells a bulk-sync bench the ceiling of the sandbox, not of the
vendor.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from specloom_runtime.testing import serve

REQUESTS = 2000
THREADS = 4
CREDENTIALS = {"account": "bench", "api_secret": "bench-secret"}
HEADERS = {"X-CARTFUNNEL-ACCOUNT": "bench", "X-CARTFUNNEL-API-SECRET": "bench-secret"}


def _run(url: str, method: str, count: int) -> float:
    def worker(n: int) -> None:
        with httpx.Client(base_url=url, headers=HEADERS, timeout=30) as client:
            for i in range(n):
                if method == "GET":
                    client.get("/customers.json").raise_for_status()
                else:
                    body = json.dumps({"customer": {"email": f"c{i}@example.com"}})
                    client.post("/customers.json", content=body, headers={"Content-Type": "application/json"}).raise_for_status()

    start = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(worker, [count // THREADS] * THREADS))
    return count / (time.perf_counter() - start)


def main() -> None:
    with serve("cartfunnel", credentials=CREDENTIALS) as url:
        created = _run(url, "POST", REQUESTS)
        httpx.post(f"{url}/__specloom/reset", timeout=30)
        listed = _run(url, "GET", REQUESTS)
    print(f"specloom serve (cartfunnel, {THREADS} connections): create {created:.0f} req/s, list (empty) {listed:.0f} req/s")


if __name__ == "__main__":
    main()
