"""Start ``specloom serve`` as a subprocess on 127.0.0.1 and read its URL from the first line.

``running(api, *options)`` yields ``(url, process)``; the process is always killed on exit, and
every wait is bounded, so a broken server fails the test instead of hanging it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.clients.support import CREDENTIALS

ROOT = Path(__file__).resolve().parents[2]


def credential_args(api: str) -> list[str]:
    return [arg for name, value in CREDENTIALS[api].items() for arg in ("--credential", f"{name}={value}")]


def _first_line(process: subprocess.Popen[str], timeout: float) -> str:
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline() if process.stdout else ""), daemon=True)
    reader.start()
    reader.join(timeout)
    if not line or not line[0].strip():
        raise AssertionError(f"specloom serve printed no URL in {timeout}s (exit {process.poll()})")
    return line[0].strip()


@contextmanager
def running(api: str, *options: str, env: dict[str, str] | None = None, credentials: bool = True) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    args = [sys.executable, "-m", "generator", "serve", api, "--port", "0", "--host", "127.0.0.1", *options]
    if credentials:
        args += credential_args(api)
    process = subprocess.Popen(
        args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    try:
        url = _first_line(process, 30)
        assert url.startswith("http://127.0.0.1:"), url
        yield url, process
    finally:
        process.kill()
        process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
