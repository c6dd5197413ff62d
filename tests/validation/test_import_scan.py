"""The validators module's imports: a name is imported exactly when the body uses it as a word.

``import_lines`` finds names with ``str.find`` and tests the word boundaries at each hit (a regex
beginning with ``\\b`` scanned a megabyte body once per runtime name: 0.5 s on a large document);
the verdict must stay that of ``re.search(r"\\bname\\b", body)``, compared here on drawn bodies."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from specloom.validation.source import _names, import_lines

_PIECES = st.sampled_from(["collect", "collected", "_collect", "recollect", "Violation", " ", "\n", "(", ".", "é", "1", "x"])


@given(st.lists(_PIECES, max_size=12).map("".join), st.sampled_from(["collect", "Violation", "x"]))
def test_a_name_is_found_where_the_word_regex_finds_it(body: str, name: str) -> None:
    assert _names(name, body) == (re.search(rf"\b{name}\b", body) is not None)


def test_only_used_runtime_names_are_imported() -> None:
    body = "def f(value: object) -> bool:\n    return recollect(value) or Violations(value) or collect(value)\n"
    lines = import_lines(body, {"from math import isfinite"}, {"collect", "Violation", "short_repr"}, False)
    assert lines == ["from specloom_runtime.wire import collect"]
