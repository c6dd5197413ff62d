"""``specloom sync`` as a command against the ``specloom serve`` subprocess: exit 0 / 1 / 2, the
JSON report, a CSV mapped by ``--map`` (renames, constants, date and boolean formats), ``-`` for
standard input, and credentials never in the output, rejects file or journal."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx

from tests.serve.support import ROOT, running
from tests.sync.support import APIS

SALESFIRE = APIS["salesfire"]
SECRET = "sf-signing-key-44"


def _sync(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **SALESFIRE.environ(), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "generator", "sync", "salesfire", *args], cwd=cwd, env=env,
        input=stdin, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def _arrived(url: str) -> list[dict[str, object]]:
    state = httpx.get(url + "/__specloom/state", timeout=10).json()
    return list(state["payloads"]["syncCustomer"])


def test_csv_with_a_mapping_then_a_rejected_record_then_a_usage_error(tmp_path: Path) -> None:
    data = tmp_path / "customers.csv"
    data.write_text(
        "E-mail,Full name,Born,Marketing,Internal\n"
        "ann@example.com,Ann Lee,1994-09-04,yes,x\n"
        "bob@example.com,Bob Roe,1980-01-31,no,y\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(
        "rename: {E-mail: email, Full name: /attributes/name, Born: /attributes/date_of_birth}\n"
        "constants: {channels: [EMAIL]}\n"
        "formats: {/attributes/date_of_birth: {date: {from: '%Y-%m-%d', to: '%d/%m/%Y'}}, Marketing: boolean}\n"
        "drop: [Internal, Marketing]\n",
        encoding="utf-8",
    )
    state, rejects = tmp_path / "journal.sqlite", tmp_path / "rejects.jsonl"
    common = ["--param", "site=s1", "--param", "list=l1", "--state", str(state), "--rejects", str(rejects), "--map", str(mapping)]
    with running("salesfire") as (url, _):
        done = _sync(str(data), "--base-url", url, "--report", "json", *common)
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert (report["sent"], report["rejected"], report["exit_code"]) == (2, 0, 0)
        assert sorted(_arrived(url), key=str) == sorted([
            {"email": "ann@example.com", "attributes": {"name": "Ann Lee", "date_of_birth": "04/09/1994"}, "channels": ["EMAIL"], "update_existing": True},
            {"email": "bob@example.com", "attributes": {"name": "Bob Roe", "date_of_birth": "31/01/1980"}, "channels": ["EMAIL"], "update_existing": True},
        ], key=str)  # fmt: skip

        # standard input, JSON Lines: one unchanged, one new but invalid (lowercase type)
        lines = '{"email": "cy@example.com", "types": ["marketing"]}\n'
        rejected = _sync("-", "--base-url", url, "--state", str(state), "--rejects", str(rejects), "--param", "site=s1", "--param", "list=l1", stdin=lines)
        assert rejected.returncode == 1, rejected.stderr
        assert "rejected 1" in rejected.stdout
        assert len(_arrived(url)) == 2

        bad_rate = _sync(str(data), "--base-url", url, "--rate", "fast", *common)
        missing = _sync(str(tmp_path / "nope.csv"), "--base-url", url, *common)
        bad_param = _sync(str(data), "--base-url", url, "--param", "sight=1", "--state", str(state))
    for usage in (bad_rate, missing, bad_param):
        assert usage.returncode == 2 and usage.stderr.startswith("specloom sync: ") and "Traceback" not in usage.stderr
    entry = json.loads(rejects.read_text(encoding="utf-8").splitlines()[0])
    assert entry["key"] == "cy@example.com" and entry["pointer"].startswith("/body/types")
    for text in (done.stdout + done.stderr, rejected.stdout + rejected.stderr, rejects.read_text(encoding="utf-8")):
        assert SECRET not in text
    with sqlite3.connect(state) as db:
        dumped = "\n".join(db.iterdump())
    assert SECRET not in dumped and "ann@example.com" in dumped


def test_refused_credentials_stop_the_run_with_exit_2_and_no_secret(tmp_path: Path) -> None:
    data = tmp_path / "customers.jsonl"
    data.write_text("".join(json.dumps(SALESFIRE.record(n)) + "\n" for n in range(30)), encoding="utf-8")
    wrong = "sf-wrong-key-0123"
    env = {**os.environ, "SALESFIRE_SECRET": wrong, "PYTHONPATH": str(ROOT)}
    with running("salesfire") as (url, _):
        done = subprocess.run(
            [sys.executable, "-m", "generator", "sync", "salesfire", str(data), "--base-url", url, "--param", "site=s",
             "--param", "list=l", "--state", str(tmp_path / "j.sqlite"), "--concurrency", "2"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        arrived = _arrived(url)
    assert done.returncode == 2 and done.stderr.startswith("specloom sync: stopped: ") and "credentials" in done.stderr
    assert "Traceback" not in done.stderr and wrong not in done.stdout + done.stderr
    assert arrived == []  # the server refused every signature: nothing was written


def test_a_state_or_mapping_file_that_cannot_be_read_is_named_not_an_internal_error(tmp_path: Path) -> None:
    """A file named as the state that is no SQLite file, and a mapping that is not YAML, were
    both "internal error ... a bug in specloom"; the state file is left as it was."""
    data, state, mapping = tmp_path / "c.csv", tmp_path / "state.sqlite", tmp_path / "mapping.yaml"
    data.write_text("email\nann@example.com\n", encoding="utf-8")
    state.write_bytes(b"my notes, not a database")
    mapping.write_text("rename:\n  E-mail: email\n[[[\n", encoding="utf-8")
    params = ["--param", "site=s1", "--param", "list=l1", "--dry-run", "plan"]
    done = _sync(str(data), *params, "--state", str(state))
    assert done.returncode == 2 and done.stderr.startswith(f"specloom sync: {state}: not a sync state file"), done.stderr
    assert state.read_bytes() == b"my notes, not a database"
    done = _sync(str(data), *params, "--state", str(tmp_path / "fresh.sqlite"), "--map", str(mapping))
    assert done.returncode == 2 and re.match(rf"specloom sync: {re.escape(str(mapping))}:\d+: not YAML", done.stderr), done.stderr
