"""250 records across pages, over real sockets: every item exactly once, each page asked once.

Cartfunnel pages by number, 100 a page, from 1, and the iterator stops after a short (or empty)
page. Shift4Shop pages by ``offset``/``limit`` from 0 and says "nothing here" past the end with a
404 ("No Customer records found") or a 400 "Offset amount exceeds the total number of records";
either is an empty page to the client. A page lost in transit is asked again (GETs are
idempotent); the items of a page are never yielded twice, nor skipped.

Served by the sandbox server (``specloom_runtime.testing.sandbox.serve``: the spec's own pagination, with
faults injected into chosen requests), except the 400 "Offset amount exceeds" ending: the
testing kit answers the first "no records" answer the spec declares (the 404), so that vendor
variant stays on the hand-written ``VendorServer``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from specloom_runtime.testing import Fault, sandbox_of, serve

from tests.clients.support import CREDENTIALS
from tests.faults.server import VendorServer
from tests.faults.support import call
from tests.faults.vendors import Shift4Shop
from tests.testing_kit.support import ITEMS


def _walk(api: str, mode: str, count: int, *faults: tuple[Fault, int], record: Path | None = None, **kwargs: Any) -> tuple[list[Any], list[dict[str, Any]]]:
    """Every item of ``iter_list_customers`` over ``count`` stored customers, and the parameters of
    each list request the server carried out; ``faults``: (fault, requests let through first)."""
    with serve(api, credentials=CREDENTIALS[api], record=record) as url:
        sandbox = sandbox_of(url)
        sandbox.fake.seed(dict(ITEMS[api]) for _ in range(count))
        for fault, after in faults:
            sandbox.inject(fault, 1, after=after)
        items = call(api, mode, url, "iter_list_customers", **kwargs)
        return items, [dict(r.params) for r in sandbox.fake.requests]


@pytest.mark.parametrize(("count", "pages"), [(250, [1, 2, 3]), (200, [1, 2, 3]), (0, [1])])
def test_cartfunnel_walks_every_page_once(mode: str, count: int, pages: list[int]) -> None:
    items, seen = _walk("cartfunnel", mode, count)
    assert [c.id for c in items] == list(range(1, count + 1))  # each once, in order
    assert all(c.persisted is True and c.last_order_id is None for c in items)
    assert [s["page"] for s in seen] == pages


@pytest.mark.parametrize(("count", "offsets"), [(250, [0, 100, 200]), (300, [0, 100, 200, 300]), (0, [0])])
def test_shift4shop_walks_every_offset_once(mode: str, count: int, offsets: list[int]) -> None:
    items, seen = _walk("shift4shop", mode, count)
    assert [c.customer_id for c in items] == list(range(1, count + 1))
    assert [s["offset"] for s in seen] == offsets
    assert {s["limit"] for s in seen} == {100}


def test_shift4shop_ends_on_the_offset_exceeds_answer_too(mode: str) -> None:
    with VendorServer(Shift4Shop(300, end="offset")) as server:
        items = call("shift4shop", mode, server, "iter_list_customers")
    assert [c.customer_id for c in items] == list(range(1000, 1300))
    assert [int(dict(seen.query)["offset"]) for seen in server.seen] == [0, 100, 200, 300]


def test_shift4shop_page_size_chosen_by_the_caller(mode: str) -> None:
    items, seen = _walk("shift4shop", mode, 250, limit=90)
    assert len({c.customer_id for c in items}) == len(items) == 250
    assert [s["offset"] for s in seen] == [0, 90, 180]


def test_a_page_lost_in_transit_is_asked_again_and_nothing_repeats(mode: str) -> None:
    # page 1 answered, page 2 carried out but its answer lost (the connection drops), asked again
    items, seen = _walk("cartfunnel", mode, 250, (Fault("lost"), 1))
    assert [c.id for c in items] == list(range(1, 251))
    assert [s["page"] for s in seen] == [1, 2, 2, 3]


def test_a_503_mid_walk_is_retried_and_nothing_repeats(mode: str, tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    items, seen = _walk("shift4shop", mode, 250, (Fault("503", retry_after=0), 2), record=record)
    assert [c.customer_id for c in items] == list(range(1, 251))
    assert [s["offset"] for s in seen] == [0, 100, 200]  # the 503 was never carried out
    answered = [json.loads(line) for line in record.read_text().splitlines()]
    assert [(e["status"], e.get("fault")) for e in answered] == [(200, None), (200, None), (503, "503"), (200, None)]
