"""How the sync reads each kind of answer (against the in-memory testing kit): ``--full`` resends
unchanged records; an "already exists" error is a skipped record; per-item failures of a batch
reject only those items; a create whose answer was lost is uncertain, never resent blindly; a
5xx is retried; CSV arrives on standard input too."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from specloom_runtime.sync import Options, open_records, sync
from specloom_runtime.testing import FakeServer, load_fake
from specloom_runtime.wire.jsontypes import JsonValue

from tests.sync.support import APIS, keys_sent


def _sync(name: str, fake: FakeServer, records: list[Any], state: Path, **options: Any) -> Any:
    api = APIS[name]
    rejects = options.pop("rejects", None)
    return sync(name, list(enumerate(records, 1)), transport=fake, environ=api.environ(), state=state,
                params=api.params, mapping=api.mapping(), options=Options(**{"rate": 1e6, **options}), rejects=rejects)  # fmt: skip


def _fake(name: str) -> FakeServer:
    return load_fake(name)(base_url=None)


def test_full_resends_every_record(tmp_path: Path) -> None:
    api, fake = APIS["firecart"], _fake("firecart")
    records = [api.record(n) for n in range(5)]
    _sync("firecart", fake, records, tmp_path / "j")
    full = _sync("firecart", fake, records, tmp_path / "j", full=True)
    assert (full.sent, full.unchanged) == (5, 0) and set(keys_sent(fake, api).values()) == {2}


def test_an_exists_answer_is_a_skipped_record(tmp_path: Path) -> None:
    api, fake = APIS["clienttoolbox"], _fake("clienttoolbox")
    fake.answer("recordCustomer", {"status": "error", "error": "Customer already exists"}, times=1)
    fake.answer("recordCustomer", {"status": "error", "error": "Invalid account_id"}, times=1)
    rejects = io.StringIO()
    summary = _sync("clienttoolbox", fake, [api.record(n) for n in range(3)], tmp_path / "j", concurrency=1, rejects=rejects)
    assert (summary.skipped, summary.rejected, summary.created) == (1, 1, 1)
    assert "Invalid account_id" in rejects.getvalue() and "already exists" not in rejects.getvalue()


def test_per_item_failures_of_a_batch_reject_only_those_items(tmp_path: Path) -> None:
    api, fake = APIS["shift4shop"], _fake("shift4shop")
    _sync("shift4shop", fake, [api.record(n) for n in range(4)], tmp_path / "j")
    ids = [str(i["CustomerID"]) for i in fake.items()]
    answer: list[JsonValue] = [{"Key": "CustomerID", "Value": v, "Status": "200" if n != 2 else "404", "Message": "ok" if n != 2 else "record not found"} for n, v in enumerate(ids)]
    fake.answer("updateCustomers", answer, times=1)
    rejects = io.StringIO()
    summary = _sync("shift4shop", fake, [api.record(n, version=1) for n in range(4)], tmp_path / "j", rejects=rejects)
    assert (summary.updated, summary.rejected, summary.requests) == (3, 1, 1)  # no split: the answer said which
    assert [json.loads(line)["key"] for line in rejects.getvalue().splitlines()] == ["customer2@example.com"]


def test_a_create_whose_answer_was_lost_is_uncertain(tmp_path: Path) -> None:
    api, fake = APIS["clienttoolbox"], _fake("clienttoolbox")
    fake.fail("recordCustomer", transport="disconnect", processed=True, times=1)
    summary = _sync("clienttoolbox", fake, [api.record(0)], tmp_path / "j")
    assert (summary.uncertain, summary.sent, summary.exit_code) == (1, 0, 1)
    assert keys_sent(fake, api) == {"customer0@example.com": 1}  # it did arrive; it was not resent


def test_a_5xx_is_retried(tmp_path: Path) -> None:
    api, fake = APIS["salesfire"], _fake("salesfire")
    fake.fail("syncCustomer", status=503, times=2)
    summary = _sync("salesfire", fake, [api.record(0)], tmp_path / "j")
    assert (summary.sent, summary.retries, summary.exit_code) == (1, 2, 0)


def test_csv_on_standard_input() -> None:
    records = list(open_records("-", stdin=io.StringIO("\n email,name\na@example.com,Ann\nb@example.com,\nc@example.com,Cy,extra\n")))
    assert records[:2] == [(2, {"email": "a@example.com", "name": "Ann"}), (3, {"email": "b@example.com"})]
    assert "more cells" in getattr(records[2][1], "message", "")


def test_a_lookup_matches_the_key_without_case(tmp_path: Path) -> None:
    from specloom_runtime.sync import SqliteJournal, digest_of

    api, fake = APIS["shift4shop"], _fake("shift4shop")
    record = api.record(7)
    fake.add({**record, "Email": "Customer7@Example.COM"})  # created before the kill, stored as typed
    journal = SqliteJournal(tmp_path / "j")
    journal.mark_in_flight([(record["Email"], digest_of(record))])
    journal.close()
    summary = _sync("shift4shop", fake, [record], tmp_path / "j")
    assert (summary.created, summary.unchanged, summary.lookups, summary.requests) == (0, 1, 1, 1)
    assert len(fake.items()) == 1  # not created a second time
