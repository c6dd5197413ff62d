"""Batches split until the bad record is alone; the resume rules after a run stopped with records
in flight (safe upsert: resent; create with a lookup: found ones not created again; create-only:
uncertain, reported, resent only with ``resend_uncertain``); dry runs send nothing."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any, cast

from specloom_runtime.sync import SqliteJournal, digest_of

from specloom.apis.shift4shop.client import Client as Shift4ShopClient
from tests.clients.support import CREDENTIALS
from tests.sync.support import APIS, keys_sent, run, served


def test_a_batch_with_one_bad_record_is_split_until_it_is_alone(tmp_path: Path) -> None:
    api = APIS["shift4shop"]
    state = tmp_path / "j.sqlite"
    with served(api) as (url, fake):
        run(api, url, [(n + 1, api.record(n)) for n in range(16)], state)
        gone = next(i for i in fake.items() if i["Email"] == "customer5@example.com")
        credentials = cast(dict[str, Any], CREDENTIALS["shift4shop"])  # the client's credential arguments
        with Shift4ShopClient(**credentials, base_url=url) as client:
            client.delete_customer(id=cast(int, gone["CustomerID"]))  # the vendor forgot one customer
        rejects = io.StringIO()
        summary = run(api, url, [(n + 1, api.record(n, version=1)) for n in range(16)], state, rejects=rejects)
        sizes = [(len(r.body) if isinstance(r.body, list) else 0, r.status) for r in fake.calls("updateCustomers")]
        stored = {i["Email"]: i["BillingLastName"] for i in fake.items()}
    assert (summary.updated, summary.rejected) == (15, 1)
    assert [json.loads(line)["key"] for line in rejects.getvalue().splitlines()] == ["customer5@example.com"]
    # 8 refused -> 4 refused -> 2 refused -> 1 refused (alone); every other part went through once
    assert Counter(sizes) == Counter({(8, 200): 1, (8, 404): 1, (4, 404): 1, (4, 200): 1, (2, 404): 1, (2, 200): 1, (1, 404): 1, (1, 200): 1})
    assert set(stored.values()) == {"v1"} and len(stored) == 15


def _in_flight(state: Path, api_name: str, numbers: list[int]) -> None:
    api = APIS[api_name]
    journal = SqliteJournal(state)
    records = {n: {**api.record(n), **api.constants} for n in numbers}
    journal.mark_in_flight((r[api.key], digest_of(r)) for r in records.values())
    journal.close()


def test_resume_resends_a_safe_upsert(tmp_path: Path) -> None:
    api = APIS["firecart"]
    state = tmp_path / "j.sqlite"
    with served(api) as (url, fake):
        run(api, url, [(n + 1, api.record(n)) for n in range(5)], state)
        _in_flight(state, "firecart", [3, 4])  # as if a run was killed while sending them again
        summary = run(api, url, [(n + 1, api.record(n)) for n in range(5)], state)
        sent = keys_sent(fake, api)
    assert (summary.sent, summary.unchanged, summary.uncertain) == (2, 3, 0)
    assert sent == Counter({f"customer{n}@example.com": 2 if n in (3, 4) else 1 for n in range(5)})


def test_resume_looks_up_a_create_in_doubt_and_never_creates_it_twice(tmp_path: Path) -> None:
    for name in ("shift4shop", "cartfunnel"):  # lookup by a filter; lookup by scanning the pages
        api = APIS[name]
        state = tmp_path / f"{name}.sqlite"
        with served(api) as (url, fake):
            fake.add(api.record(7))  # the create of customer 7 reached the vendor before the kill
            _in_flight(state, name, [7, 8])  # customer 8's did not
            summary = run(api, url, [(n + 1, api.record(n)) for n in range(10)], state)
            emails = Counter(str(i[api.key]) for i in fake.items())
        assert set(emails.values()) == {1} and len(emails) == 10, name
        assert (summary.created, summary.unchanged, summary.uncertain) == (9, 1, 0), name
        journal = SqliteJournal(state)
        found = journal.get("customer7@example.com")
        journal.close()
        assert found is not None and found.status == "done" and found.vendor_id, name


def test_resume_reports_an_unverifiable_create_as_uncertain(tmp_path: Path) -> None:
    api = APIS["clienttoolbox"]
    state = tmp_path / "j.sqlite"
    records = [(n + 1, api.record(n)) for n in range(4)]
    with served(api) as (url, fake):
        _in_flight(state, "clienttoolbox", [2])
        summary = run(api, url, records, state)
        assert (summary.uncertain, summary.created, summary.exit_code) == (1, 3, 1)
        assert "customer2@example.com" not in keys_sent(fake, api)  # not sent again blindly
        again = run(api, url, records, state)
        assert (again.uncertain, again.requests) == (1, 0)  # still reported, still not sent
        resent = run(api, url, records, state, resend_uncertain=True)
        assert (resent.uncertain, resent.sent, resent.exit_code) == (0, 1, 0)
        assert keys_sent(fake, api)["customer2@example.com"] == 1


def test_dry_run_sends_nothing_and_says_what_would_be_sent(tmp_path: Path) -> None:
    api = APIS["cartfunnel"]
    state = tmp_path / "j.sqlite"
    with served(api) as (url, fake):
        run(api, url, [(n + 1, api.record(n)) for n in range(6)], state)
        before = len(fake.requests)
        edited = [(n + 1, api.record(n, version=1 if n < 2 else 0)) for n in range(9)] + [(10, {**api.record(9), **api.invalid})]
        plan = run(api, url, edited, state, dry_run="plan")
        assert len(fake.requests) == before
    assert plan.would == {"update": 2, "create": 3} and (plan.unchanged, plan.rejected) == (4, 1)
    assert plan.dry_run and plan.requests == 0
