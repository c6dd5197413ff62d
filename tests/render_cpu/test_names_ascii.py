"""The name allocator's word split with its ASCII shortcut: the same words as through NFKD.

``_ascii_words`` skips Unicode normalisation for ASCII wire names (their own NFKD form, kept
whole by the ASCII encoding). The oracle is the split as it was (copied from
``specloom.names`` at e27738a): NFKD, drop what is not ASCII, then cut at case changes and at
everything that is not a letter or digit.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specloom import names

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENT = re.compile(r"[^0-9A-Za-z]+")


def old_ascii_words(wire: str) -> list[str]:
    text = unicodedata.normalize("NFKD", wire).encode("ascii", "ignore").decode("ascii")
    text = _WORD_BOUNDARY.sub("_", text)
    return [w for w in _NOT_IDENT.split(text) if w]


@given(st.text(alphabet=st.sampled_from("aZ09_-. \x7f\x00ÄéßﬁⅣ①") | st.characters(), max_size=24))
def test_words_match_the_nfkd_split(wire: str) -> None:
    assert names._ascii_words(wire) == old_ascii_words(wire)


def test_ascii_names_are_not_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    # the mechanism: most wire names are ASCII and skip the Unicode tables
    seen: list[str] = []
    plain = unicodedata.normalize

    def counted(form: Literal["NFC", "NFD", "NFKC", "NFKD"], text: str) -> str:
        seen.append(text)
        return plain(form, text)

    monkeypatch.setattr(unicodedata, "normalize", counted)  # the module names.py imports
    assert names._ascii_words("X-SHOP-ACCOUNT_idÄ7") == ["X", "SHOP", "ACCOUNT", "id", "A7"]
    assert names._ascii_words("BillingFirstName") == ["Billing", "First", "Name"]
    assert seen == ["X-SHOP-ACCOUNT_idÄ7"]
