"""A generated API's testing kit served over real HTTP on loopback: the sandbox server.

Input: an API (the name of a generated package, e.g. ``"billing"`` for ``generated.billing``, or
a ``FakeServer`` subclass or instance) and serving options. Output: ``serve(...)``, a context
manager yielding the base URL ``http://127.0.0.1:PORT`` of a ``ThreadingHTTPServer`` running in a
thread, stopped and closed on exit. Why: code that cannot take an httpx transport (curl, another
language, a real socket with its retries and timeouts) meets the same spec-faithful engine as the
in-memory ``FakeApi``: credentials, signatures, error-in-body answers, collections, pagination,
filters and response formats all come from ``FakeServer``; this module only carries bytes.

Each HTTP request becomes an ``httpx.Request`` handed to the fake; invalid requests are answered
as the spec documents them (``on_invalid="answer"``), an unknown route is a 404, a scripted
transport fault closes the connection without an answer. Admin endpoints live under the reserved
prefix ``/__specloom/`` (``GET state``, ``POST reset``, ``POST fail``, ``POST heal``). Options:
``rate`` (requests per second; above it a 429 with ``Retry-After``), ``latency`` (seconds before
each answer), ``faults`` (``{"503": 0.02, "drop": 0.01}``: per-request probabilities drawn from
``random.Random(fault_seed)``), ``record`` (a JSON Lines file of requests and answers, credentials
redacted), ``state`` (an SQLite file the collections are restored from at start and saved to
after each write: ``serve_state``). Only loopback hosts are allowed: this is a sandbox, not a server for a network.
"""

from __future__ import annotations

import importlib
import ipaddress
import json
import random
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

import httpx

from specloom_runtime.serve_state import restore, save
from specloom_runtime.testing import FakeApiError, FakeServer, SeenRequest

__all__ = ["ADMIN_PREFIX", "Sandbox", "load_fake", "parse_faults", "serve"]

ADMIN_PREFIX = "/__specloom/"
_Answer = tuple[int, list[tuple[str, str]], bytes]
_HOP = {"content-length", "transfer-encoding", "connection", "keep-alive"}


def load_fake(api: str | type[FakeServer]) -> type[FakeServer]:
    """The ``FakeApi`` class of ``generated.<api>.testing`` (or ``api`` itself when a class)."""
    if not isinstance(api, str):
        return api
    if not api.isidentifier():
        raise ValueError(f"API name {api!r} is not a package name (e.g. the folder under generated/)")
    try:
        module = importlib.import_module(f"generated.{api}.testing")
    except ModuleNotFoundError as exc:
        raise ValueError(f"no generated API {api!r}: generated/{api}/testing.py not found ({exc.name})") from None
    fake: type[FakeServer] = module.FakeApi
    return fake


def parse_faults(text: str) -> dict[str, float]:
    """``"503:0.02,drop:0.01"`` -> ``{"503": 0.02, "drop": 0.01}``; ``ValueError`` says which part is wrong."""
    faults: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        kind, _, chance = part.partition(":")
        try:
            probability = float(chance)
        except ValueError:
            raise ValueError(f"--fail {part!r}: write KIND:PROBABILITY, e.g. 503:0.02 or drop:0.01") from None
        if kind != "drop" and not (kind.isdigit() and 400 <= int(kind) <= 599):
            raise ValueError(f"--fail {part!r}: KIND is an HTTP status 400-599 or 'drop'")
        if not 0.0 <= probability <= 1.0:
            raise ValueError(f"--fail {part!r}: PROBABILITY must be between 0 and 1")
        faults[kind] = probability
    return faults


def _loopback(host: str) -> None:
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"host {host!r} is not a loopback address: the sandbox serves 127.0.0.1 only")


class _Dropped(Exception):
    """The answer is lost: close the connection without writing one."""


class Sandbox:
    """The state and options shared by the request threads of one served API."""

    def __init__(
        self,
        fake: FakeServer,
        *,
        rate: float | None = None,
        latency: float = 0.0,
        faults: Mapping[str, float] | None = None,
        fault_seed: int | None = None,
        record: IO[str] | None = None,
        secrets: tuple[str, ...] = (),
        state: str | Path | None = None,
    ) -> None:
        self.fake = fake
        self.state = state
        self.rate = rate
        self.latency = latency
        self.faults = dict(faults or {})
        self._random = random.Random(fault_seed)
        self._record = record
        self._secrets = tuple(s for s in secrets if s)
        self._lock = threading.Lock()
        self._recent: deque[float] = deque()
        self.url = ""

    def answer(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> _Answer:
        """One HTTP exchange: (status, headers, body), or ``_Dropped``."""
        if target.startswith(ADMIN_PREFIX):
            return self._admin(method, target[len(ADMIN_PREFIX):].split("?")[0], body)
        if self.latency:
            time.sleep(self.latency)
        limited = self._limited()
        if limited is not None:
            return self._logged(method, target, None, limited)
        fault = self._fault()
        if fault == "drop":
            self._log(method, target, None, None)
            raise _Dropped
        if fault is not None:
            return self._logged(method, target, None, (int(fault), [("Content-Type", "text/plain")], f"{fault} (fault injected by specloom serve)".encode()))
        request = httpx.Request(method, self.url + target, headers=headers, content=body)
        seen = len(self.fake.requests)
        try:
            response = self.fake.handle_request(request)
        except FakeApiError as exc:  # no operation at this method and path
            return self._logged(method, target, None, (404, [("Content-Type", "application/json")], json.dumps({"error": str(exc)}).encode()))
        except httpx.TransportError:
            self._log(method, target, self._seen(seen), None)
            raise _Dropped from None
        if self.state is not None and method not in ("GET", "HEAD"):
            with self.fake._lock:  # one save at a time, of a state no request is changing
                save(self.fake, self.state)
        out = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _HOP]
        return self._logged(method, target, self._seen(seen), (response.status_code, out, response.content))

    def _seen(self, before: int) -> SeenRequest | None:
        with self.fake._lock:
            return self.fake.requests[before] if len(self.fake.requests) > before else None

    def _limited(self) -> _Answer | None:
        if not self.rate:
            return None
        now = time.monotonic()
        with self._lock:
            while self._recent and now - self._recent[0] >= 1.0:
                self._recent.popleft()
            if len(self._recent) >= self.rate:
                wait = max(1, round(1.0 - (now - self._recent[0]) + 0.5))
                headers = [("Retry-After", str(wait)), ("Content-Type", "application/json")]
                return 429, headers, json.dumps({"error": f"rate limit of {self.rate:g} requests/s exceeded (specloom serve)"}).encode()
            self._recent.append(now)
        return None

    def _fault(self) -> str | None:
        with self._lock:
            for kind, chance in self.faults.items():
                if self._random.random() < chance:
                    return kind
        return None

    def _admin(self, method: str, name: str, body: bytes) -> _Answer:
        fake = self.fake
        try:
            if (method, name) == ("GET", "state"):
                with fake._lock:
                    state = {
                        "api": fake.api.title,
                        "requests": len(fake.requests),
                        "collections": {r.name: fake.items(r.name) for r in fake.resources},
                        "payloads": {b.operation: fake.payloads(b.operation) for b in fake.behaviours if b.role == "record"},
                    }
                return _json(200, state)
            if (method, name) == ("POST", "reset"):
                fake.reset()
                if self.state is not None:
                    save(fake, self.state)
                return _json(200, {"reset": True})
            if (method, name) == ("POST", "fail"):
                options = json.loads(body or b"{}")
                fake.fail(**options)
                return _json(200, {"scripted": options.get("operation")})
            if (method, name) == ("POST", "heal"):
                fake.heal(json.loads(body or b"{}").get("operation"))
                return _json(200, {"healed": True})
        except (ValueError, TypeError) as exc:
            return _json(400, {"error": str(exc)})
        return _json(404, {"error": f"no admin endpoint {method} {ADMIN_PREFIX}{name}; known: GET state, POST reset, POST fail, POST heal"})

    def _logged(self, method: str, target: str, seen: SeenRequest | None, answer: _Answer) -> _Answer:
        self._log(method, target, seen, answer)
        return answer

    def _log(self, method: str, target: str, seen: SeenRequest | None, answer: _Answer | None) -> None:
        if self._record is not None:
            entry = {
                "method": method,
                "path": target.split("?")[0],
                "operation": getattr(seen, "operation", None),
                "params": dict(seen.params) if seen is not None else None,
                "headers": dict(seen.headers) if seen is not None else None,
                "body": seen.body if seen is not None else None,
                "status": answer[0] if answer else None,
                "answer": answer[2].decode("utf-8", "replace") if answer else None,
            }
            line = json.dumps(entry, default=str)
            for secret in self._secrets:
                line = line.replace(secret, "***")
            with self._lock:
                self._record.write(line + "\n")
                self._record.flush()


def _json(status: int, value: object) -> _Answer:
    return status, [("Content-Type", "application/json")], json.dumps(value, default=str).encode()


def _handler(sandbox: Sandbox) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK wait

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            try:
                status, headers, content = sandbox.answer(self.command, self.path, list(self.headers.items()), body)
            except _Dropped:
                self.close_connection = True
                return
            self.send_response(status)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _any

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # quiet: request lines may carry credentials in query strings

    return Handler


@contextmanager
def serve(
    api: str | type[FakeServer] | FakeServer,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    credentials: Mapping[str, str] | None = None,
    rate: float | None = None,
    latency: float = 0.0,
    faults: Mapping[str, float] | None = None,
    fault_seed: int | None = None,
    record: str | Path | None = None,
    state: str | Path | None = None,
) -> Iterator[str]:
    """Serve ``api``'s testing kit on ``host:port`` (0: a free port) for the ``with`` block.

    Yields the base URL; the fake itself is ``sandbox_of(url)`` - or pass a ``FakeServer``
    instance to keep a handle. Example::

        with serve("billing", credentials={"token": "t"}) as url:
            Client(token="t", base_url=url).list_customers()
    """
    _loopback(host)
    if isinstance(api, FakeServer):
        fake = api
    else:
        fake = load_fake(api)(credentials=credentials, on_invalid="answer", base_url="http://127.0.0.1/")
    if state is not None:
        restore(fake, state)
    out = open(record, "a", encoding="utf-8") if record is not None else None  # noqa: SIM115
    try:
        secrets = tuple((credentials or {}).values())
        sandbox = Sandbox(fake, rate=rate, latency=latency, faults=faults, fault_seed=fault_seed, record=out, secrets=secrets, state=state)
        server = ThreadingHTTPServer((host, port), _handler(sandbox))
        server.daemon_threads = True
        sandbox.url = f"http://{host}:{server.server_address[1]}"
        _SERVED[sandbox.url] = sandbox
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield sandbox.url
        finally:
            _SERVED.pop(sandbox.url, None)
            server.shutdown()
            server.server_close()
            thread.join(5)
    finally:
        if out is not None:
            out.close()


_SERVED: dict[str, Sandbox] = {}


def sandbox_of(url: str) -> Sandbox:
    """The ``Sandbox`` (and so ``.fake``) behind a URL that ``serve`` yielded, while it serves."""
    return _SERVED[url]
