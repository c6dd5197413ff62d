"""The sandbox server's collections kept in an SQLite file, so its state survives a restart.

Input: a ``FakeServer`` and a file path. Output: ``restore`` stores the file's items in the fake
(ids kept, so the next created item continues after them); ``save`` replaces the file's items by
the fake's. Why SQLite: the standard library's, one file, atomic transactions: a server killed
mid-save leaves the previous state, never half of it. The whole state is rewritten on each save:
a sandbox holds test-sized collections, not a database's worth.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from specloom_runtime.testing import FakeApiError, FakeServer

__all__ = ["restore", "save"]

_SCHEMA = "CREATE TABLE IF NOT EXISTS items (resource TEXT NOT NULL, position INTEGER NOT NULL, item TEXT NOT NULL)"


def _connect(path: str | Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=5)
    connection.execute(_SCHEMA)
    return connection


def restore(fake: FakeServer, path: str | Path) -> int:
    """Store every item the file holds in ``fake``; returns how many (0 for a new file).
    ``ValueError`` when the file is no state file, or an item no longer fits the spec (a state
    kept across a change of the spec): it was an "internal error"."""
    try:
        connection = _connect(path)
        try:
            rows = connection.execute("SELECT resource, item FROM items ORDER BY resource, position").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"{path}: not a state file of specloom serve ({exc}); name another file") from None
    known = {r.name for r in fake.resources}
    for resource, item in rows:
        if resource in known:
            try:
                fake.seed([json.loads(item)], resource=resource)
            except (ValueError, TypeError, RecursionError, FakeApiError) as exc:
                raise ValueError(f"{path}: a stored {resource} no longer fits the spec ({exc}); remove the file to start afresh") from None
    return len(rows)


def save(fake: FakeServer, path: str | Path) -> None:
    """Replace the file's items by ``fake``'s, in one transaction."""
    rows = [
        (resource.name, position, json.dumps(item, default=str))
        for resource in fake.resources
        for position, item in enumerate(fake.items(resource.name))
    ]
    connection = _connect(path)
    try:
        with connection:
            connection.execute("DELETE FROM items")
            connection.executemany("INSERT INTO items (resource, position, item) VALUES (?, ?, ?)", rows)
    finally:
        connection.close()
