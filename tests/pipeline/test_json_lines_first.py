"""``JsonLines.first``: the pointer a repeated warning is located at (``normalize.Notes``), found
without locating every candidate -- and always the one locating them all picks: the least
``(line, pointer)``, a pointer not in the file taking its nearest located ancestor's line
(``Reporter.line_of``), ties on one line (a minified file) broken by the pointer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from specloom.diagnostics import Reporter
from specloom.load_json import JsonLines

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora"

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-9, 99) | st.text("ab/~{}[]\"", max_size=3),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text("ab/~c", max_size=2), inner, max_size=4),
    max_leaves=25,
)


def _pointers(value: Any, here: str = "") -> list[str]:
    found = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _pointers(item, f"{here}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _pointers(item, f"{here}/{i}")
    return found


def _all_located(text: str, pointers: list[str]) -> str:
    reporter = Reporter("doc.json", JsonLines(text, 64))
    return min(pointers, key=lambda p: (reporter.line_of(p) or float("inf"), p))


@given(
    _json,
    st.sampled_from([None, 0, 1, 2, "\t"]),
    st.data(),
)
def test_first_is_what_locating_every_pointer_picks(value: Any, indent: int | str | None, data: st.DataObject) -> None:
    text = json.dumps(value, indent=indent)
    real = _pointers(value)
    made_up = [p + "/zz" for p in real] + [p + "/0/x" for p in real]  # under a value or missing
    pointers = data.draw(st.lists(st.sampled_from(real + made_up), min_size=1, max_size=8))
    assert JsonLines(text, 64).first(pointers) == _all_located(text, pointers)


def test_first_on_a_published_document_and_a_repeated_repair() -> None:
    text = (CORPUS / "openapi-real" / "box_openapi.json").read_text(encoding="utf-8")
    value = json.loads(text)
    schemas = [f"/components/schemas/{name}/type" for name in value["components"]["schemas"]]
    pointers = schemas[::-1] + [f"/paths/{p.replace('/', '~1')}/get/nullable" for p in value["paths"]][:50]
    lines = JsonLines(text, 64)
    assert lines.first(pointers) == _all_located(text, pointers)
    # the answer located a handful of containers, not the 300 schemas and 50 paths
    assert len(lines._scanned) < 10
