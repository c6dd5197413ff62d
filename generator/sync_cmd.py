"""``specloom sync API FILE``: the arguments and the run of the sync command.

Input: the parsed command line (the API's generated package name, a CSV / JSON Lines file or
``-``, options). Output: the records pushed through ``specloom_runtime.sync``; progress on stderr (a
tqdm bar when stderr is a terminal and tqdm is installed, else a plain line every 1,000
records), the summary (or
``--report json``) on stdout, and the exit status: 0 all done, 1 some records rejected or
uncertain, 2 a usage or input error, or refused credentials (said as ``specloom sync: what is
wrong``). Credentials come
from the environment variables the client's ``from_env()`` reads; they never appear in output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO, TYPE_CHECKING, Any

from specloom.serve_cmd import parse_rate

if TYPE_CHECKING:
    from specloom_runtime.sync import Summary

__all__ = ["add_arguments", "run"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("api", help="the generated package to sync into: a name under the project's generated/, a folder holding one (out/mypkg), or an importable package")
    p.add_argument("file", help="the records: a .csv or .jsonl file, or - for standard input")
    p.add_argument("--base-url", metavar="URL", help="send to this server instead of the spec's (e.g. a sandbox)")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="another parameter of the operations, e.g. site=42 (repeatable)")
    p.add_argument("--map", metavar="FILE", help="a YAML mapping: rename, constants, formats, drop")
    p.add_argument("--state", metavar="FILE", help="the journal (SQLite; default .specloom/sync-API.sqlite)")
    p.add_argument("--full", action="store_true", help="send every record, changed or not")
    p.add_argument("--dry-run", nargs="?", const="plan", default="", choices=["plan", "lookup"], help="send nothing; say what would be sent (=lookup: lookups allowed)")
    p.add_argument("--concurrency", type=int, default=8, metavar="N", help="records unresolved at most (default 8)")
    p.add_argument("--rate", metavar="N/s", help="requests per second (default: the spec's, else probed)")
    p.add_argument("--resend-uncertain", action="store_true", help="send again the records a crash left uncertain")
    p.add_argument("--rejects", metavar="FILE", help="append rejected records here (JSON Lines)")
    p.add_argument("--report", choices=["text", "json"], default="text", help="the summary's form")


def _params(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"--param {item!r}: write NAME=VALUE")
        out[name] = value
    return out


class _Lines:
    """Plain progress lines (not a terminal, or tqdm not installed): one every 1,000 records."""

    every = 1000

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def __call__(self, summary: Summary) -> None:
        print(f"specloom sync: {summary.progress()}", file=self._stream, flush=True)

    def end(self, summary: Summary) -> None:
        return None  # the summary follows on stdout

    def close(self) -> None:
        return None


class _Bar:
    """A tqdm bar on a terminal: records read, their rate, and the counters after them."""

    every = 50

    def __init__(self, stream: IO[str], tqdm: Any) -> None:
        self._bar = tqdm(file=stream, unit=" records", desc="specloom sync", mininterval=0.2, dynamic_ncols=True)

    def __call__(self, summary: Summary) -> None:
        bar = self._bar
        bar.set_postfix_str(
            f"sent {summary.sent}, unchanged {summary.unchanged}, rejected {summary.rejected}, "
            f"uncertain {summary.uncertain}, 429s {summary.rate_limited}",
            refresh=False,
        )
        bar.update(summary.read - bar.n)

    def end(self, summary: Summary) -> None:
        self(summary)  # the final counts, not those of the last update

    def close(self) -> None:
        self._bar.close()


def _progress(stream: IO[str]) -> _Lines | _Bar:
    """A bar when ``stream`` is a terminal and tqdm is installed (it comes with the generator's
    extra), else plain lines. The bar never touches stdout, where ``--report json`` goes."""
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return _Lines(stream)
    try:
        from tqdm import tqdm
    except ImportError:
        return _Lines(stream)
    return _Bar(stream, tqdm)


def run(args: argparse.Namespace) -> int:
    import asyncio  # here: every other command would pay ~40 ms for it at start

    from specloom_runtime.call import ConfigurationError
    from specloom_runtime.errors import SpecloomError
    from specloom_runtime.sync import Options, default_state, sync_async

    try:
        if args.concurrency < 1:
            raise ValueError("--concurrency must be 1 or more")
        rate = parse_rate(args.rate)
        progress = _progress(sys.stderr)
        options = Options(
            full=args.full,
            dry_run=args.dry_run,
            concurrency=args.concurrency,
            rate=rate,
            resend_uncertain=args.resend_uncertain,
            progress=progress,
            progress_every=progress.every,
        )
        params = _params(args.param)
        if args.file != "-" and not os.path.isfile(args.file):
            raise ValueError(f"{args.file}: no such file")
        rejects = open(args.rejects, "a", encoding="utf-8") if args.rejects else None  # noqa: SIM115
        try:
            summary = asyncio.run(sync_async(
                args.api, args.file, state=args.state or default_state(args.api), base_url=args.base_url,
                params=params, mapping=args.map, options=options, rejects=rejects,
            ))  # fmt: skip
            progress.end(summary)
        finally:
            if rejects is not None:
                rejects.close()
            progress.close()  # the bar ends before anything else is written
    except (ValueError, OSError, ConfigurationError) as exc:
        print(f"specloom sync: {exc}", file=sys.stderr)
        return 2
    except SpecloomError as exc:  # e.g. refused credentials: the client's messages are redacted
        print(f"specloom sync: stopped: {exc}", file=sys.stderr)
        return 2
    if args.report == "json":
        print(json.dumps(summary.as_dict(), sort_keys=True))
    else:
        for text in summary.lines():
            print(text)
    return summary.exit_code
