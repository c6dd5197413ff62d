"""The runtime's shortcuts against what they stand for, on random inputs: same results, or the
same exception (type and text).

* ``wire.urlencode_pairs``/``form_encode`` against ``urllib.parse.urlencode``;
* ``wire.query_string`` on a parsed URL against httpx's own ``params=``;
* ``signing.make_signer`` against ``signing.sign``;
* ``dates.NamedFormat.parse`` against ``datetime.strptime``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from hypothesis import given, note
from hypothesis import strategies as st
from specloom_runtime.wire import (
    ALGORITHMS,
    NAMED_DATE_FORMATS,
    form_encode,
    make_signer,
    query_string,
    sign,
    urlencode_pairs,
)


def _outcome(call: Callable[[], Any]) -> tuple[Any, ...]:
    try:
        return ("returned", call())
    except Exception as exc:  # the same exception is the point, whatever it is
        return ("raised", type(exc), str(exc))


# texts that need no quoting, that need some, non-ASCII ones and lone surrogates (which UTF-8
# cannot encode: both sides must refuse them alike)
TEXT = st.one_of(
    st.text(alphabet="abcXYZ019_.-~", max_size=6),
    st.text(max_size=6),
    st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(" &=+%?#/\n"), max_size=6),
    st.text(alphabet=st.sampled_from(["a", "\ud800", " "]), max_size=3),
)
PAIRS = st.lists(st.tuples(st.sampled_from(["a", "b", "a b", "é", ""]) | TEXT, TEXT), max_size=6)


@given(pairs=PAIRS)
def test_urlencode_pairs_is_urlencode(pairs: list[tuple[str, str]]) -> None:
    assert _outcome(lambda: urlencode_pairs(pairs)) == _outcome(lambda: urlencode(pairs))
    expected = _outcome(lambda: urlencode(pairs, encoding="utf-8").encode("ascii"))
    assert _outcome(lambda: form_encode(pairs)) == expected


@given(pairs=st.lists(st.tuples(st.sampled_from(["n", "m"]), st.integers() | st.none() | TEXT)))
def test_urlencode_pairs_writes_other_values_as_urlencode_does(pairs: list[Any]) -> None:
    assert _outcome(lambda: urlencode_pairs(pairs)) == _outcome(lambda: urlencode(pairs))


BASES = st.sampled_from(
    [
        "https://api.example.com",
        "https://api.example.com/v1/x.json",
        "http://API.example.com:80/a%20b/../c",
        "https://user:pw@api.example.com/p#frag",
        "http://[::1]:8080/",
        "https://bücher.example/ä",
    ]
)


QUERY = st.lists(
    st.tuples(st.sampled_from(["k", "q", "k2", "é"]) | TEXT, TEXT), min_size=1, max_size=6
)


@given(base=BASES, pairs=QUERY)
def test_a_query_added_to_a_parsed_url_is_what_params_gives(
    base: str, pairs: list[tuple[str, str]]
) -> None:
    """Names repeated apart (``k``, ``q``, ``k``) are grouped by httpx; so must they be here."""

    def ours() -> tuple[str, bytes]:
        url = httpx.URL(httpx.URL(base), query=query_string(pairs).encode("ascii"))
        return str(url), url.raw_path

    def httpx_params() -> tuple[str, bytes]:
        params: list[tuple[str, str | int | float | bool | None]] = list(pairs)
        url = httpx.Request("GET", base, params=params).url
        return str(url), url.raw_path

    expected = _outcome(httpx_params)
    note(repr(expected))
    assert _outcome(ours) == expected


SECRETS = st.text(max_size=8) | st.binary(max_size=8) | st.just("\udcff")
BODIES = st.binary(max_size=64) | st.text(max_size=4)


@given(
    secret=SECRETS,
    body=BODIES,
    algorithm=st.sampled_from([*ALGORITHMS, "hmac-md5"]),
    encoding=st.sampled_from(["hex", "base64", "base32"]),
)
def test_a_signer_signs_as_sign_does(secret: Any, body: Any, algorithm: Any, encoding: Any) -> None:
    signer = make_signer(secret, algorithm=algorithm, encoding=encoding)
    expected = _outcome(lambda: sign(body, secret, algorithm=algorithm, encoding=encoding))
    assert _outcome(lambda: signer(body)) == expected


def _strptime(name: str, text: str) -> dt.date:
    named = NAMED_DATE_FORMATS[name]
    if not named.shape.fullmatch(text):
        raise ValueError(f"{text!r} is not in the {name!r} format")
    value = dt.datetime.strptime(text, named.strftime)
    return value if named.kind == "datetime" else value.date()


@pytest.mark.parametrize("name", sorted(NAMED_DATE_FORMATS))
@given(data=st.data())
def test_named_formats_read_as_strptime_does(name: str, data: st.DataObject) -> None:
    named = NAMED_DATE_FORMATS[name]
    # years at strptime's edges too: two-digit years turn to 19xx from 69 on, and 1-999 are
    # written unpadded by strftime
    year = st.sampled_from([1968, 1969, 1970, 1999, 2000, 2068, 2069, 999, 1000]) | st.integers(
        1, 9999
    )
    when = data.draw(
        st.builds(
            dt.datetime,
            year,
            st.integers(1, 12),
            st.integers(1, 28),
            st.integers(0, 23),
            st.integers(0, 59),
            st.integers(0, 59),
        ),
        label="when",
    )
    texts = [
        when.strftime(named.strftime),  # real dates, written the way the format writes them
        data.draw(st.from_regex(named.shape, fullmatch=True), label="shaped"),  # any digits
        data.draw(st.text(alphabet="0123456789/-.: ", max_size=20), label="loose"),
    ]
    for text in texts:
        assert _outcome(lambda: named.parse(text)) == _outcome(lambda: _strptime(name, text))  # noqa: B023
