"""A generated API's testing kit served over real HTTP on loopback: the sandbox server.

Input: an API (the name of a generated package, e.g. ``"billing"`` for ``generated.billing``, or
a ``FakeServer`` subclass or instance) and serving options. Output: ``serve(...)``, a context
manager yielding the base URL ``http://127.0.0.1:PORT`` of a ``ThreadingHTTPServer`` running in a
thread, stopped and closed on exit. Why: code that cannot take an httpx transport (curl, another
language, a real socket with its retries and timeouts) meets the same spec-faithful engine as the
in-memory ``FakeApi``: credentials, signatures, error-in-body answers, collections, pagination,
filters and response formats all come from ``FakeServer``; this module only carries bytes.

Each HTTP request becomes an ``httpx.Request`` handed to the fake; invalid requests are answered
as the spec documents them (``on_invalid="answer"``), an unknown path is a 404 (an undeclared
method at a known one a 405 with ``Allow``, an undeclared OPTIONS a 204, HEAD as GET), a scripted
transport fault closes the connection without an answer. Admin endpoints live under the reserved
prefix ``/__specloom/`` (``GET state``, ``POST reset``, ``POST fail``, ``POST heal``): ``fail``
scripts an operation's failure (``FakeApi.fail``), injects a fault into the next requests
(``serve_faults``: a status, a dropped, reset or lost connection, a cut, late or slow answer) or
changes any serving option below, so everything the command line sets can be set per request;
``heal`` undoes it. Options:
``rate`` (requests per second; above it a 429 with ``Retry-After``), ``latency`` (seconds before
each answer), ``faults`` (``{"503": 0.02, "drop": 0.01}``: per-request probabilities drawn from
``random.Random(fault_seed)``), ``record`` (a JSON Lines file of requests and answers, credentials
redacted), ``state`` (an SQLite file the collections are restored from at start and saved to
after each write: ``serve_state``), ``slow_body`` (seconds each answer's body trickles over;
``serve_http`` writes the bytes). Only loopback hosts are allowed: this is a sandbox, not a server for a network.
"""

from __future__ import annotations

import ipaddress
import json
import random
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import httpx
from specloom_runtime.testing import FakeApiError, FakeServer, SeenRequest
from specloom_runtime.testing.packages import load_fake as load_fake
from specloom_runtime.testing.sandbox_faults import Fault, parse_duration, parse_fault, parse_faults
from specloom_runtime.testing.sandbox_http import Dropped, Reply, SandboxServer, handler
from specloom_runtime.testing.sandbox_state import restore, save

__all__ = ["ADMIN_PREFIX", "Reply", "Sandbox", "load_fake", "parse_faults", "sandbox_of", "serve"]

ADMIN_PREFIX = "/__specloom/"
_HOP = {"content-length", "transfer-encoding", "connection", "keep-alive"}
_SETTINGS = ("rate", "latency", "faults", "fault_seed", "slow_body")


def _loopback(host: str) -> None:
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"host {host!r} is not a loopback address: the sandbox serves 127.0.0.1 only")


class Sandbox:
    """The state and options shared by the request threads of one served API.

    The options (``rate``, ``latency``, ``faults``, ``slow_body``) can be changed while serving
    (``configure``, the admin ``fail`` endpoint); ``inject`` queues faults for the next requests;
    ``heal`` restores the options given at start. ``received`` counts the requests that arrived
(admin ones aside), faulted or not; ``abandoned`` counts answers the client hung up
    on before their last byte (e.g. its timeout while a slow body trickled).
    """

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
        slow_body: float | None = None,
    ) -> None:
        self.fake = fake
        self.state = state
        self.rate = rate
        self.latency = latency
        self.faults = dict(faults or {})
        self.slow_body = slow_body
        self._start = {"rate": rate, "latency": latency, "faults": dict(self.faults), "slow_body": slow_body}
        self._random = random.Random(fault_seed)
        self._record = record
        self._secrets = tuple(s for s in secrets if s)
        self._lock = threading.Lock()
        self._recent: list[float] = []
        self._injected: list[list[Any]] = []  # [Fault, remaining requests or None, requests to let pass]
        self.stopping = threading.Event()
        self.abandoned = 0
        self.received = 0  # requests outside the admin prefix, whatever became of them
        self.url = ""

    def configure(self, **settings: Any) -> None:
        """Change ``rate``, ``latency``, ``faults`` (a dict or ``--fail`` text), ``fault_seed`` or
        ``slow_body`` (seconds, or ``"50ms"``) while serving; ``ValueError`` names a bad one."""
        unknown = set(settings) - set(_SETTINGS)
        if unknown:
            raise ValueError(f"unknown settings {sorted(unknown)}; known: {', '.join(_SETTINGS)}")
        faults = settings.get("faults")
        if isinstance(faults, str):
            faults = parse_faults(faults)
        elif isinstance(faults, Mapping):
            faults = parse_faults(",".join(f"{k}:{v}" for k, v in faults.items()))
        rate = settings.get("rate")
        if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int | float) or rate <= 0):
            raise ValueError(f"rate {rate!r}: requests per second, a number above 0 (null: no limit)")
        with self._lock:
            if "rate" in settings:  # a new limit counts afresh
                self.rate = rate
                self._recent.clear()
            if "latency" in settings:
                self.latency = parse_duration(settings["latency"], "latency", unit="s") or 0.0
            if "slow_body" in settings:
                self.slow_body = parse_duration(settings["slow_body"], "slow_body", unit="s")
            if faults is not None:
                self.faults = dict(faults)
            if settings.get("fault_seed") is not None:
                self._random.seed(int(settings["fault_seed"]))

    def count_abandoned(self) -> None:
        with self._lock:
            self.abandoned += 1

    def inject(self, fault: Fault, times: int | None = 1, *, after: int = 0) -> None:
        """The next ``times`` requests (``None``: every one until ``heal``) meet ``fault``, once
        ``after`` requests have passed untouched (to strike mid-walk, e.g. the third page)."""
        with self._lock:
            self._injected.append([fault, times, after])

    def heal(self) -> None:
        """Forget injected faults and go back to the options given at start."""
        with self._lock:
            self._injected.clear()
        self.configure(**self._start)

    def answer(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> Reply:
        """One HTTP exchange: the ``Reply``, or ``Dropped``."""
        if target.startswith(ADMIN_PREFIX):
            return self._admin(method, target[len(ADMIN_PREFIX):].split("?")[0], body)
        with self._lock:
            self.received += 1
        if self.latency:
            self.stopping.wait(self.latency)
        limited = self._limited()
        if limited is not None:
            return self._logged(method, target, None, limited)
        fault = self._fault()
        if fault is not None and not fault.carried_out:
            if fault.status is None:
                self._log(method, target, None, None, fault)
                raise Dropped(reset=fault.kind == "reset")
            wait = fault.retry_after if fault.retry_after is not None else 1.0 if fault.status == 429 else None
            extra = [] if wait is None else [("Retry-After", f"{wait:g}")]
            text = f"{fault.status} (fault injected by specloom serve)".encode()
            return self._logged(method, target, None, Reply(fault.status, [("Content-Type", "text/plain"), *extra], text), fault)
        reply, seen = self._play(method, target, headers, body)
        if fault is None:
            return self._logged(method, target, seen, reply if not self.slow_body else _drip(reply, self.slow_body))
        self._log(method, target, seen, reply, fault)
        if fault.kind == "lost":
            raise Dropped
        if fault.kind == "late" and self.stopping.wait(fault.seconds):
            raise Dropped
        return Reply(reply.status, reply.headers, reply.body, cut=fault.kind == "cut", drip=fault.seconds if fault.kind == "slow" else 0.0)

    def _play(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> tuple[Reply, SeenRequest | None]:
        try:
            request = httpx.Request(method, self.url + target, headers=headers, content=body)
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:  # bytes no URL or header holds
            return _json(400, {"error": f"a request httpx cannot read: {exc}"}), None
        seen = len(self.fake.requests)
        try:
            response = self.fake.handle_request(request)
        except FakeApiError as exc:  # no operation at this method and path
            if method == "HEAD" and "GET" in exc.allowed:  # as GET, the body left out (RFC 9110 9.3.2)
                return self._play("GET", target, headers, body)
            return _unrouted(method, exc), None
        except httpx.TransportError:  # a transport fault scripted with FakeApi.fail
            self._log(method, target, self._seen(seen), None)
            raise Dropped from None
        if self.state is not None and method not in ("GET", "HEAD"):
            with self.fake._lock:  # one save at a time, of a state no request is changing
                save(self.fake, self.state)
        out = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _HOP]
        return Reply(response.status_code, out, response.content), self._seen(seen)

    def _seen(self, before: int) -> SeenRequest | None:
        with self.fake._lock:
            return self.fake.requests[before] if len(self.fake.requests) > before else None

    def _limited(self) -> Reply | None:
        if not self.rate:
            return None
        now = time.monotonic()
        with self._lock:
            self._recent = [t for t in self._recent if now - t < 1.0]
            if len(self._recent) >= self.rate:
                wait = max(1, round(1.0 - (now - self._recent[0]) + 0.5))
                headers = [("Retry-After", str(wait)), ("Content-Type", "application/json")]
                return Reply(429, headers, json.dumps({"error": f"rate limit of {self.rate:g} requests/s exceeded (specloom serve)"}).encode())
            self._recent.append(now)
        return None

    def _fault(self) -> Fault | None:
        with self._lock:
            if self._injected:
                entry = self._injected[0]
                if entry[2] > 0:  # not yet: this request passes untouched
                    entry[2] -= 1
                    return None
                if entry[1] is not None:
                    entry[1] -= 1
                    if entry[1] <= 0:
                        self._injected.pop(0)
                fault: Fault = entry[0]
                return fault
            for kind, chance in self.faults.items():
                if self._random.random() < chance:
                    return Fault(kind, self.slow_body or self.latency or 2.0)
        return None

    def _admin(self, method: str, name: str, body: bytes) -> Reply:
        fake = self.fake
        try:
            if (method, name) == ("GET", "state"):
                return _json(200, self._state())
            if (method, name) == ("POST", "reset"):
                fake.reset()
                with self._lock:
                    self.received = 0
                if self.state is not None:
                    save(fake, self.state)
                return _json(200, {"reset": True})
            options = json.loads(body or b"{}")
            if not isinstance(options, dict):
                raise ValueError("the body is a JSON object")
            if (method, name) == ("POST", "fail"):
                return _json(200, self._fail(options))
            if (method, name) == ("POST", "heal"):
                if options.get("operation") is not None:
                    fake.heal(options["operation"])
                else:
                    fake.heal(None)
                    self.heal()
                return _json(200, {"healed": options.get("operation") or True})
        except (ValueError, TypeError, RecursionError) as exc:  # RecursionError: JSON nested too deeply
            return _json(400, {"error": str(exc)})
        return _json(404, {"error": f"no admin endpoint {method} {ADMIN_PREFIX}{name}; known: GET state, POST reset, POST fail, POST heal"})

    def _fail(self, options: dict[str, Any]) -> dict[str, Any]:
        """``operation``: ``FakeApi.fail``'s arguments; ``fault``: inject one (``parse_fault``);
        else the serving options (``configure``)."""
        if "operation" in options:
            self.fake.fail(**options)
            return {"scripted": options["operation"]}
        if "fault" in options:
            fault, times, after = parse_fault(options, self.slow_body)
            self.inject(fault, times, after=after)
            return {"injected": fault.kind, "times": times}
        if not options:
            raise ValueError("say what fails: operation= (FakeApi.fail), fault= (the next requests) or settings (" + ", ".join(_SETTINGS) + ")")
        self.configure(**options)
        return {"configured": sorted(options)}

    def _state(self) -> dict[str, Any]:
        fake = self.fake
        with fake._lock:
            state: dict[str, Any] = {
                "api": fake.api.title,
                "requests": len(fake.requests),
                "collections": {r.name: fake.items(r.name) for r in fake.resources},
                "payloads": {b.operation: fake.payloads(b.operation) for b in fake.behaviours if b.role == "record"},
            }
        with self._lock:
            state["serving"] = {
                "rate": self.rate, "latency": self.latency, "faults": self.faults, "slow_body": self.slow_body,
                "injected": [{"fault": f.kind, "times": n, "after": a} for f, n, a in self._injected], "abandoned": self.abandoned, "received": self.received,
            }  # fmt: skip
        return state

    def _logged(self, method: str, target: str, seen: SeenRequest | None, answer: Reply, fault: Fault | None = None) -> Reply:
        self._log(method, target, seen, answer, fault)
        return answer

    def _log(self, method: str, target: str, seen: SeenRequest | None, answer: Reply | None, fault: Fault | None = None) -> None:
        if self._record is not None:
            entry = {
                "method": method,
                "path": target.split("?")[0],
                "operation": getattr(seen, "operation", None),
                "params": dict(seen.params) if seen is not None else None,
                "headers": dict(seen.headers) if seen is not None else None,
                "body": seen.body if seen is not None else None,
                "status": answer.status if answer else None,
                "answer": answer.body.decode("utf-8", "replace") if answer else None,
            }
            if fault is not None:
                entry["fault"] = fault.kind
            line = json.dumps(entry, default=str)
            for secret in self._secrets:
                line = line.replace(secret, "***")
            with self._lock:
                self._record.write(line + "\n")
                self._record.flush()


def _drip(reply: Reply, seconds: float) -> Reply:
    return Reply(reply.status, reply.headers, reply.body, drip=seconds)


def _unrouted(method: str, exc: FakeApiError) -> Reply:
    """The answer to a request no operation takes: 404 for a path the spec does not know; for a
    known path, 405 with ``Allow`` (the declared methods, HEAD where GET is: it is answered as
    GET), or 204 with it to an OPTIONS the spec does not declare (RFC 9110 15.5.6, 9.3.7)."""
    if not exc.allowed:
        return _json(404, {"error": str(exc)})
    served = {*exc.allowed, "OPTIONS", *(("HEAD",) if "GET" in exc.allowed else ())}
    allow = ("Allow", ", ".join(sorted(served)))
    if method == "OPTIONS":
        return Reply(204, [allow], b"")
    return Reply(405, [allow, ("Content-Type", "application/json")], json.dumps({"error": str(exc)}).encode())


def _json(status: int, value: object) -> Reply:
    return Reply(status, [("Content-Type", "application/json")], json.dumps(value, default=str).encode())


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
    slow_body: float | None = None,
) -> Iterator[str]:
    """Serve ``api``'s testing kit on ``host:port`` (0: a free port) for the ``with`` block.

    Yields the base URL; the fake itself is ``sandbox_of(url).fake`` - or pass a ``FakeServer``
    instance to keep a handle. ``slow_body``: every answer's body trickles over that many seconds
    (``sandbox_of(url).inject(Fault("slow", 2.0))``: only the next one's). Example::

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
        sandbox = Sandbox(fake, rate=rate, latency=latency, faults=faults, fault_seed=fault_seed, record=out, secrets=secrets, state=state, slow_body=slow_body)
        server = SandboxServer((host, port), handler(sandbox.answer, sandbox.stopping, sandbox.count_abandoned))
        sandbox.url = f"http://{host}:{server.server_address[1]}"
        _SERVED[sandbox.url] = sandbox
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield sandbox.url
        finally:
            _SERVED.pop(sandbox.url, None)
            sandbox.stopping.set()  # latencies and trickling bodies end now, not when they would
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
