"""The sandbox server's faults: what the options and the admin endpoint ask, and how an answer leaves.

Input: fault texts (``--fail 503:0.02,drop:0.01``), durations (``50ms``, ``2s``) and the JSON an
admin request carries (``{"fault": "cut", "times": 1}``). Output: parsed values, and ``Fault``,
one request's fault: an answer replaced by a status, a connection closed before or after the
request was carried out, or an answer cut short, delayed or trickled. Why a module of its own:
``serve`` carries bytes; what can go wrong on the wire is a vocabulary shared by the command line,
the admin endpoints and the Python API, so each says it the same way.

Kinds (each reachable from the command line and from ``POST /__specloom/fail``):

* ``NNN`` (400-599): that status, not carried out (``retry_after`` adds ``Retry-After``; a 429
  always has one);
* ``drop``: the connection closes (FIN) before the request is carried out; ``reset``: an RST;
* ``lost``: the request is carried out, then the connection closes without the answer;
* ``cut``: carried out, half the answer's body sent under its full ``Content-Length``, then closed;
* ``late``: carried out, answered after ``seconds``; ``slow``: carried out, the status and headers
  at once and the body trickled over ``seconds`` (each read is quick; only a deadline on the
  whole answer, as the runtime's timeout is, gives up in time).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["CLOSING", "DEFAULT_SECONDS", "KINDS", "Fault", "drip_plan", "parse_duration", "parse_fault", "parse_faults"]

KINDS = ("drop", "reset", "lost", "cut", "late", "slow")
CLOSING = frozenset({"drop", "reset", "lost"})  # no answer at all
_TIMED = frozenset({"late", "slow"})
DEFAULT_SECONDS = 2.0  # a late or slow answer without a duration: longer than a test's timeout


@dataclass(frozen=True, slots=True)
class Fault:
    """One request's fault: ``kind`` (a status as text, or one of ``KINDS``) and its options."""

    kind: str
    seconds: float = DEFAULT_SECONDS
    retry_after: float | None = None

    @property
    def status(self) -> int | None:
        return int(self.kind) if self.kind.isdigit() else None

    @property
    def carried_out(self) -> bool:
        """Whether the fake carries the request out before the fault strikes."""
        return self.kind in ("lost", "cut", "late", "slow")


def _kind(kind: str, where: str) -> str:
    if kind in KINDS or (kind.isdigit() and 400 <= int(kind) <= 599):
        return kind
    raise ValueError(f"{where}: KIND is an HTTP status 400-599 or one of {', '.join(KINDS)}")


def parse_faults(text: str) -> dict[str, float]:
    """``"503:0.02,drop:0.01"`` -> ``{"503": 0.02, "drop": 0.01}``; ``ValueError`` says which part is wrong."""
    faults: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        kind, _, chance = part.partition(":")
        try:
            probability = float(chance)
        except ValueError:
            raise ValueError(f"--fail {part!r}: write KIND:PROBABILITY, e.g. 503:0.02 or drop:0.01") from None
        _kind(kind, f"--fail {part!r}")
        if not 0.0 <= probability <= 1.0:
            raise ValueError(f"--fail {part!r}: PROBABILITY must be between 0 and 1")
        faults[kind] = probability
    return faults


def parse_duration(text: str | float | None, option: str, *, unit: str = "ms") -> float | None:
    """``"50ms"``, ``"2s"`` or a bare number (in ``unit``) -> seconds; ``None`` stays ``None``."""
    if text is None or isinstance(text, int | float):
        seconds = None if text is None else float(text)
    else:
        value = text.strip()
        scale = 0.001 if unit == "ms" else 1.0
        if value.endswith("ms"):
            value, scale = value[:-2], 0.001
        elif value.endswith("s"):
            value, scale = value[:-1], 1.0
        try:
            seconds = float(value) * scale
        except ValueError:
            raise ValueError(f"{option} {text!r}: expected a duration, e.g. 50ms or 2s") from None
    if seconds is not None and (not math.isfinite(seconds) or seconds < 0):
        raise ValueError(f"{option} {text!r}: a duration is a finite number of seconds, 0 or more")
    return seconds


def parse_fault(options: Mapping[str, object], default_seconds: float | None = None) -> tuple[Fault, int | None, int]:
    """An admin request's ``{"fault": KIND, "times": N, "after": A, "seconds": S, "retry_after": R}``
    -> (``Fault``, how many requests it strikes: 1 by default, ``null``: every one until healed;
    how many requests pass untouched first: 0 by default)."""
    unknown = set(options) - {"fault", "times", "after", "seconds", "retry_after"}
    if unknown:
        raise ValueError(f"unknown fault options {sorted(unknown)}; known: fault, times, after, seconds, retry_after")
    after = options.get("after", 0)
    if not isinstance(after, int) or isinstance(after, bool) or after < 0:
        raise ValueError(f"after {after!r}: a whole number of requests to let through first, 0 or more")
    kind = _kind(str(options.get("fault")), f"fault {options.get('fault')!r}")
    times = options.get("times", 1)
    if times is not None and (not isinstance(times, int) or isinstance(times, bool) or times < 1):
        raise ValueError(f"times {times!r}: a whole number of requests, 1 or more")
    seconds = parse_duration(options.get("seconds"), "seconds", unit="s")  # type: ignore[arg-type]
    if seconds is None:
        seconds = default_seconds or DEFAULT_SECONDS
    retry_after = parse_duration(options.get("retry_after"), "retry_after", unit="s")  # type: ignore[arg-type]
    if kind not in _TIMED and options.get("seconds") is not None:
        raise ValueError(f"seconds: only a late or slow fault takes a duration, not {kind!r}")
    return Fault(kind, seconds, retry_after), times, after


def drip_plan(size: int, seconds: float) -> tuple[int, float]:
    """(bytes per write, pause between writes) to spread ``size`` bytes over ``seconds``:
    at most one write every 10 ms, so a long body is not a thread spinning on one-byte writes."""
    if size <= 0 or seconds <= 0:
        return max(size, 1), 0.0
    writes = max(1, min(size, int(seconds / 0.01)))
    return math.ceil(size / writes), seconds / writes
