"""Crash: ``specloom sync`` runs in a subprocess against a sandbox with latency and is killed with
SIGKILL at seeded points (after a seeded number of requests reached the server), then resumed.
A safe upsert ends with every record there (resent ones at most the in-flight ones per kill); a
create-only API never creates a record twice and reports every record left uncertain."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from specloom_runtime.sync import SqliteJournal

from tests.serve.support import ROOT
from tests.sync.support import APIS, keys_sent, served, write_jsonl

KILLS = 5
CONCURRENCY = 4
RECORDS = 400


def _command(name: str, data: Path, url: str, state: Path, rejects: Path) -> list[str]:
    api = APIS[name]
    args = [sys.executable, "-m", "generator", "sync", name, str(data), "--base-url", url, "--state", str(state),
            "--concurrency", str(CONCURRENCY), "--rate", "100000/s", "--rejects", str(rejects), "--report", "json"]  # fmt: skip
    for key, value in api.params.items():
        args += ["--param", f"{key}={value}"]
    return args


def _env(name: str) -> dict[str, str]:
    return {**os.environ, **APIS[name].environ(), "PYTHONPATH": str(ROOT)}


def _kill_after(process: subprocess.Popen[str], requests: Sequence[object], count: int) -> None:
    """SIGKILL once the server has seen ``count`` requests (or the run ended); bounded wait."""
    deadline = time.monotonic() + 60
    while len(requests) < count and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    process.kill()  # SIGKILL: no cleanup, no flush, mid-request
    process.wait(10)


def _crash_and_resume(name: str, tmp_path: Path, seed: int) -> tuple[Counter[str], set[str], dict[str, object], set[str]]:
    api = APIS[name]
    records = [{**api.record(n), **api.constants} for n in range(RECORDS)]
    data = write_jsonl(tmp_path / "records.jsonl", records)
    state, rejects = tmp_path / "journal.sqlite", tmp_path / "rejects.jsonl"
    rng = random.Random(seed)
    with served(api, latency=0.01) as (url, fake):
        for _ in range(KILLS):
            process = subprocess.Popen(_command(name, data, url, state, rejects), cwd=ROOT, env=_env(name), text=True,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
            _kill_after(process, fake.requests, len(fake.requests) + rng.randint(10, 60))
        rejects.unlink(missing_ok=True)
        final = subprocess.run(_command(name, data, url, state, rejects), cwd=ROOT, env=_env(name), text=True,
                               capture_output=True, timeout=120)  # fmt: skip
        arrived = keys_sent(fake, api)
    assert final.returncode in (0, 1), final.stderr
    report = json.loads(final.stdout)
    listed = {json.loads(line)["key"] for line in rejects.read_text(encoding="utf-8").splitlines()} if rejects.exists() else set()
    journal = SqliteJournal(state)
    uncertain = {e.key for e in journal.with_status("uncertain")}
    assert journal.counts().get("in_flight", 0) == 0
    journal.close()
    assert listed == uncertain and report["uncertain"] == len(uncertain)
    return arrived, {str(r[api.key]) for r in records}, report, uncertain


@pytest.mark.slow
def test_kill_9_then_resume_a_safe_upsert_leaves_every_record_there(tmp_path: Path) -> None:
    arrived, everyone, report, uncertain = _crash_and_resume("firecart", tmp_path, seed=21)
    assert set(arrived) == everyone and not uncertain and report["exit_code"] == 0
    # only records in flight at a kill were sent again: at most the concurrency per kill
    assert sum(arrived.values()) - len(everyone) <= KILLS * CONCURRENCY


@pytest.mark.slow
def test_kill_9_then_resume_a_create_only_api_never_creates_twice(tmp_path: Path) -> None:
    arrived, everyone, report, uncertain = _crash_and_resume("clienttoolbox", tmp_path, seed=22)
    assert set(arrived.values()) <= {1}  # no record created twice
    assert everyone - set(arrived) <= uncertain  # nothing lost silently: missing ones are reported
    assert len(uncertain) <= KILLS * CONCURRENCY and report["exit_code"] == (1 if uncertain else 0)
