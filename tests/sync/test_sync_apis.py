"""``specloom_runtime.sync`` against each API's sandbox (``specloom_runtime.testing.sandbox.serve()``, real
HTTP on 127.0.0.1): a 2,000-record JSON Lines file arrives exactly once, a second run sends
nothing, changed records and only they are sent again, invalid records go to the rejects file and
never reach the server."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.sync.support import APIS, keys_sent, run, served, write_jsonl

NAMES = sorted(APIS)


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_2000_records_once_then_nothing_then_only_the_changed(name: str, tmp_path: Path) -> None:
    api = APIS[name]
    records = [api.record(n) for n in range(2000)]
    state = tmp_path / "journal.sqlite"
    data = str(write_jsonl(tmp_path / "customers.jsonl", records))  # read as a file is: streamed
    with served(api) as (url, fake):
        first = run(api, url, data, state)
        assert (first.sent, first.rejected, first.uncertain, first.exit_code) == (2000, 0, 0, 0)
        arrived = keys_sent(fake, api)
        assert arrived == {str(r[api.key]): 1 for r in records}  # each exactly once
        if api.collection:  # and the server holds each exactly once
            assert sorted(str(i[api.key]) for i in fake.items()) == sorted(arrived)

        before = len(fake.requests)
        again = run(api, url, data, state)
        assert len(fake.requests) == before  # no request at all, lookups included
        assert (again.unchanged, again.sent, again.requests) == (2000, 0, 0)

        changed = {3, 50, 99, 500, 777, 1000, 1234, 1500, 1998, 1999}
        edited = [api.record(n, version=1 if n in changed else 0) for n in range(2000)]
        third = run(api, url, str(write_jsonl(tmp_path / "edited.jsonl", edited)), state)
        assert (third.sent, third.unchanged, third.updated) == (10, 1990, 10)
        after = keys_sent(fake, api)
        assert after - arrived == {str(edited[n][api.key]): 1 for n in changed}  # those 10, once


@pytest.mark.parametrize("name", NAMES)
def test_invalid_records_only_in_the_rejects_file(name: str, tmp_path: Path) -> None:
    api = APIS[name]
    records = [api.record(n) for n in range(20)]
    bad = {4, 11}
    for n in bad:
        records[n] = {**records[n], **api.invalid}
    records[15] = {k: v for k, v in records[15].items() if k != api.key}  # no key: rejected too
    rejects = io.StringIO()
    with served(api) as (url, fake):
        summary = run(api, url, list(enumerate(records, 1)), tmp_path / "j.sqlite", rejects=rejects)
        arrived = keys_sent(fake, api)
    assert (summary.sent, summary.rejected, summary.exit_code) == (17, 3, 1)
    rejected = [json.loads(line) for line in rejects.getvalue().splitlines()]
    assert {r["line"] for r in rejected} == {5, 12, 16}
    assert all(r["pointer"] is not None and r["message"] for r in rejected)
    assert {r["key"] for r in rejected if r["line"] != 16} == {records[n][api.key] for n in bad}
    assert not {records[n][api.key] for n in bad} & set(arrived)  # never sent
    assert len(arrived) == 17
