"""250 records across pages, over real sockets: every item exactly once, each page asked once.

Cartfunnel pages by number, 100 a page, from 1, and the iterator stops after a short (or empty)
page. Shift4Shop pages by ``offset``/``limit`` from 0 and says "nothing here" past the end with a
404 ("No Customer records found") or a 400 "Offset amount exceeds the total number of records";
either is an empty page to the client. A page lost in transit is asked again (GETs are
idempotent); the items of a page are never yielded twice, nor skipped.
"""

from __future__ import annotations

import pytest

from tests.faults.server import Drop, Faulty, Reply, VendorServer
from tests.faults.support import call
from tests.faults.vendors import Cartfunnel, Shift4Shop

UNAVAILABLE = Reply(503, b"", "text/plain", (("Retry-After", "0"),))


def _pages(server: VendorServer, name: str) -> list[int]:
    return [int(dict(seen.query)[name]) for seen in server.seen]


@pytest.mark.parametrize(("count", "pages"), [(250, [1, 2, 3]), (200, [1, 2, 3]), (0, [1])])
def test_cartfunnel_walks_every_page_once(mode: str, count: int, pages: list[int]) -> None:
    vendor = Cartfunnel(count)
    with VendorServer(vendor) as server:
        items = call("cartfunnel", mode, server, "iter_list_customers")
    assert [c.id for c in items] == list(range(1, count + 1))  # each once, in order
    assert all(c.persisted is True and c.last_order_id is None for c in items)
    assert _pages(server, "page") == pages
    assert {(s.method, s.path) for s in server.seen} == {("GET", "/customers.json")}


@pytest.mark.parametrize(
    ("count", "end", "offsets"),
    [(250, "404", [0, 100, 200]), (300, "404", [0, 100, 200, 300]), (300, "offset", [0, 100, 200, 300]), (0, "404", [0])],
)
def test_shift4shop_walks_every_offset_once(mode: str, count: int, end: str, offsets: list[int]) -> None:
    vendor = Shift4Shop(count, end=end)
    with VendorServer(vendor) as server:
        items = call("shift4shop", mode, server, "iter_list_customers")
    assert [c.customer_id for c in items] == list(range(1000, 1000 + count))
    assert _pages(server, "offset") == offsets
    assert {dict(s.query)["limit"] for s in server.seen} == {"100"}


def test_shift4shop_page_size_chosen_by_the_caller(mode: str) -> None:
    with VendorServer(Shift4Shop(250, end="offset")) as server:
        items = call("shift4shop", mode, server, "iter_list_customers", limit=90)
    assert len({c.customer_id for c in items}) == len(items) == 250
    assert _pages(server, "offset") == [0, 90, 180]


def test_a_page_lost_in_transit_is_asked_again_and_nothing_repeats(mode: str) -> None:
    # page 1 answered, page 2 dropped once then answered, page 3 answered
    with VendorServer(Faulty(Cartfunnel(250), None, Drop(reset=True))) as server:
        items = call("cartfunnel", mode, server, "iter_list_customers")
    assert [c.id for c in items] == list(range(1, 251))
    assert _pages(server, "page") == [1, 2, 2, 3]


def test_a_503_mid_walk_is_retried_and_nothing_repeats(mode: str) -> None:
    with VendorServer(Faulty(Shift4Shop(250), None, None, UNAVAILABLE)) as server:
        items = call("shift4shop", mode, server, "iter_list_customers")
    assert [c.customer_id for c in items] == list(range(1000, 1250))
    assert _pages(server, "offset") == [0, 100, 200, 200]
