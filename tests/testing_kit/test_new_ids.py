"""New ids in the fake: the next number after every id the collection has held, found without a
scan of the stored items (a sync or a seeded sandbox stores hundreds of thousands: a scan per
created item made the kit quadratic), and never reused after a delete."""

from __future__ import annotations

from collections.abc import Iterator

from tests.testing_kit.support import Kit


class _NoScan(dict):  # type: ignore[type-arg]
    """The stored items, refusing to be iterated: a created item must not look at all the others."""

    def __iter__(self) -> Iterator[object]:
        raise AssertionError("the collection's items were scanned to choose a new id")


def test_a_new_id_follows_the_largest_without_scanning_the_items() -> None:
    kit = Kit("cartfunnel", "sync")
    kit.fake.add({"email": "a@example.com"})
    kit.fake.add({"email": "b@example.com", "id": 40})  # an explicit id: the next one follows it
    collection = kit.fake._collection(None)
    collection.items = _NoScan(collection.items)
    created = kit.call("create_customer", body={"email": "c@example.com"})
    assert created.id == 41
    assert kit.call("create_customer", body={"email": "d@example.com"}).id == 42


def test_a_deleted_id_is_not_given_again() -> None:
    kit = Kit("cartfunnel", "sync")
    for n in range(3):
        kit.fake.add({"email": f"{n}@example.com"})
    del kit.fake._collection(None).items[3]  # the largest, as a delete in the fake does
    assert kit.call("create_customer", body={"email": "x@example.com"}).id == 4
