"""The email checker's one-regex fast path accepts nothing the full RFC 5321 check refuses.

``specloom_runtime.wire.formats._is_email`` answers the common shape with one regular expression and
sends everything else to ``_email_ok``; the two must give the same verdict on every string. The
strategy builds addresses from parts near the fast path's edges: label and local-part lengths
around 63/64, "--" in positions 3-4, xn-- labels, dots in odd places, quoted local parts, a final
newline, non-ASCII letters, lengths around the 253/320 limits.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from specloom_runtime.wire.formats import _EMAIL_COMMON, FORMAT_CHECKERS, _email_ok

ATOM = st.text(alphabet="abZ09!#$%&'*+/=?^_`{|}~-.\"@ \\é", min_size=0, max_size=70)
LABEL = st.one_of(
    st.text(alphabet="aZ09-", min_size=0, max_size=66),
    st.sampled_from(["xn--bcher-kva", "xn--zz", "ab--cd", "a--b", "-a", "a-", "xn--", "XN--bcher-kva"]),
)
DOMAIN = st.lists(LABEL, min_size=1, max_size=5).map(".".join)
ADDRESS = st.one_of(
    st.tuples(ATOM, DOMAIN).map(lambda t: f"{t[0]}@{t[1]}"),
    st.tuples(ATOM, DOMAIN, st.sampled_from(["\n", " ", ".", "@x", ""])).map(lambda t: f"{t[0]}@{t[1]}{t[2]}"),
    st.tuples(st.integers(1, 70), st.integers(1, 260)).map(lambda t: "a" * t[0] + "@" + ("b" * 60 + ".") * (t[1] // 61) + "c"),
    st.text(max_size=20),
)


@given(ADDRESS)
def test_fast_path_agrees_with_the_full_check(text: str) -> None:
    assert FORMAT_CHECKERS["email"](text) is _email_ok(text)
    if _EMAIL_COMMON.match(text) is not None and len(text) <= 253:
        assert _email_ok(text)


def test_fast_path_takes_the_common_shape_and_leaves_the_rest() -> None:
    assert _EMAIL_COMMON.match("user1@example1.com")
    for text in ('"a b"@example.com', "a@xn--bcher-kva.example", "a@[127.0.0.1]", "a@ab--c.de"):
        assert _EMAIL_COMMON.match(text) is None  # handled (and decided) by _email_ok
    assert FORMAT_CHECKERS["email"]('"a b"@example.com') and FORMAT_CHECKERS["email"]("a@xn--bcher-kva.example")
    assert not FORMAT_CHECKERS["email"]("a@ab--c.de") and not FORMAT_CHECKERS["email"]("a" * 65 + "@b.c")
