"""``specloom serve API``: the arguments and the run of the sandbox server command.

Input: the parsed command line. Output: the API's testing kit served on loopback until SIGINT or
SIGTERM; the first line printed is the base URL (flushed), so a script or test can read it.
Credentials: ``--credential NAME=VALUE``, else the environment variables the client's
``from_env()`` reads, else any non-empty value is accepted (and the names are printed).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from types import FrameType
from typing import Any

__all__ = ["add_arguments", "parse_rate", "run"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("api", help="the generated package to serve: a name under the project's generated/, a folder holding one (out/mypkg), or an importable package")
    p.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (0: a free one; default 8000)")
    p.add_argument("--credential", action="append", default=[], metavar="NAME=VALUE", help="a credential the server accepts, by the client's argument name (repeatable)")
    p.add_argument("--rate", metavar="N/s", help="answer 429 with Retry-After above N requests per second")
    p.add_argument("--latency", metavar="MS", help="wait this long before each answer, e.g. 50 or 50ms")
    p.add_argument("--fail", default="", metavar="KIND:P,...", help="per-request faults, e.g. 503:0.02,drop:0.01; KIND: a status 400-599, drop, reset, lost, cut, late or slow")
    p.add_argument("--slow-body", nargs="?", const="2s", default=None, metavar="DURATION", help="each answer's body trickles over DURATION (default 2s; e.g. 500ms)")
    p.add_argument("--seed-faults", type=int, default=None, metavar="N", help="seed of the fault draws (reproducible runs)")
    p.add_argument("--record", metavar="FILE", help="append every request and answer as JSON Lines (credentials redacted)")
    p.add_argument("--seed", metavar="FILE", help="JSON Lines of records stored before serving")
    p.add_argument("--state", metavar="FILE", help="keep the collections in this SQLite file across restarts")


def _credentials(args: argparse.Namespace, fake_api: object) -> dict[str, str]:
    from specloom_runtime.call import ApiSpec

    api: ApiSpec = getattr(fake_api, "api")  # noqa: B009
    given: dict[str, str] = {}
    for item in args.credential:
        name, sep, value = item.partition("=")
        if not sep or not value:
            raise ValueError(f"--credential {name!r}: write NAME=VALUE")
        given[name] = value
    if given:
        return given
    if api.credentials and all(os.environ.get(c.env_var) for c in api.credentials):
        return {c.attr: os.environ[c.env_var] for c in api.credentials}
    return {}


def parse_rate(text: str | None, option: str = "--rate") -> float | None:
    """A ``--rate`` value: requests per second as ``N`` or ``N/s`` (``None``: not given).
    ``ValueError`` names the option and the value when it is not a finite number above 0 (a
    rate of 0 or less would stop every request, or divide by zero)."""
    if text is None:
        return None
    try:
        rate = float(text.strip().removesuffix("/s"))
    except ValueError:
        raise ValueError(f"{option} {text!r}: expected requests per second, e.g. 5/s") from None
    if not math.isfinite(rate) or rate <= 0:
        raise ValueError(f"{option} {text!r}: must be a number of requests per second above 0, e.g. 5/s")
    return rate


def _seed(fake: Any, path: str) -> None:
    """The records of the JSON Lines file ``path`` stored in ``fake``; ``ValueError`` names the
    file and line of the first that is not a JSON object (nested too deeply, not UTF-8 ...) or
    that breaks the spec (these were a bare message without the file, or a traceback)."""
    from specloom_runtime.sync.readers import MAX_LINE, InputProblem, read_records
    from specloom_runtime.testing import FakeApiError
    from specloom_runtime.wire.lines import bounded_lines

    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for number, record in read_records(bounded_lines(f, path, MAX_LINE), "jsonl"):
            try:
                if isinstance(record, InputProblem):
                    raise ValueError(record.message)
                fake.seed([record])
            except (ValueError, FakeApiError) as exc:
                raise ValueError(f"{path}:{number}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    from specloom_runtime.testing import load_fake, parse_duration, parse_faults, serve

    try:
        fake_api = load_fake(args.api)
        credentials = _credentials(args, fake_api)
        fake = fake_api(credentials=credentials, on_invalid="answer", base_url="http://127.0.0.1/")
        if args.seed:
            _seed(fake, args.seed)
        options = {
            "rate": parse_rate(args.rate),
            "latency": parse_duration(args.latency, "--latency") or 0.0,
            "slow_body": parse_duration(args.slow_body, "--slow-body", unit="s"),
            "faults": parse_faults(args.fail),
            "fault_seed": args.seed_faults,
            "record": args.record,
            "state": args.state,
        }
        context = serve(fake, host=args.host, port=args.port, credentials=credentials, **options)
        url = context.__enter__()
    except (ValueError, OSError) as exc:
        print(f"specloom serve: {exc}", file=sys.stderr)
        return 2
    import signal  # here, not at the top: every CLI start imports this module for its arguments
    import threading

    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        print(url, flush=True)
        if not credentials and fake.api.credentials:  # (an API without credentials has nothing to pin)
            names = ", ".join(f"{c.attr} (${c.env_var})" for c in fake.api.credentials)
            print(f"accepting any non-empty credentials: {names}; pin them with --credential NAME=VALUE", flush=True)
        else:
            print(f"accepting the credentials {', '.join(sorted(credentials))}", flush=True)
        while not stop.wait(0.2):
            pass
    finally:
        context.__exit__(None, None, None)
    return 0
