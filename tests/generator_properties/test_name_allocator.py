"""The name allocator (``specloom.names.Scope``) on random sets of wire names.

What ``Scope`` promises (its docstring and the module's): identifiers are valid, ASCII, not
keywords (``True``/``False``/``None`` included), never one of the scope's ``reserved`` names and
distinct within the scope; ``allocate_all`` depends only on the *set* of wire names, not on their
order; a wire name that already is its own identifier keeps it; the others get ``_2``, ``_3`` ...
on collision. Builtins (``id``, ``list``, ``type``) and soft keywords (``match``, ``case``,
``type``) are kept on purpose: they are the clients' keyword arguments and attributes, and valid
identifiers (the tests below check they survive unchanged).

Stability is *not* promised for every addition: a new name can take an identifier another name
had (``a-b`` is ``a_b`` until the wire name ``a_b`` itself arrives, then ``a_b_2``). What does
hold, and is tested: adding a name changes identifiers only inside its collision group -- the
names whose candidate identifiers (``base``, ``base_2``, ``base_3`` ...) can meet, transitively.
Independent oracles: ``str.isidentifier``, ``keyword``, and, for when a name has no identifier at
all, "no ASCII letter or digit after NFKD".
"""

from __future__ import annotations

import keyword
import random
import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from specloom.names import NameError_, Scope, pascal_case, snake_case

# Characters that make names interesting: case changes, separators, digits, non-ASCII letters
# (é decomposes to e, ß and 日 vanish), punctuation that vanishes, and suffix look-alikes.
ALPHABET = "aAbBzZ_-. 0129$éß日\u2028"
SPECIAL = ["class", "None", "True", "match", "case", "type", "id", "list", "_", "a_2", "a-2", "A", "a", "a_", "2a",
           "classB", "Class", "x-y", "x_y", "xY", "XY", "__init__", "st", "re", "st_", "a__2"]  # fmt: skip
wire_names = st.sampled_from(SPECIAL) | st.text(alphabet=ALPHABET, min_size=1, max_size=8)
RESERVED_POOL = ["st", "re", "a", "a_", "a_2", "extra", "type", "class_", "x_y", "x_y_2", "Extra", "A_", "N2a"]
styles = st.sampled_from(["snake", "pascal"])


def nameable(wire: str) -> bool:
    """Whether ``wire`` has anything to build an identifier from: an ASCII letter or digit after NFKD."""
    return any(c.isascii() and c.isalnum() for c in unicodedata.normalize("NFKD", wire))


def _scope(reserved: frozenset[str], style: str) -> Scope:
    return Scope(reserved=reserved, style=style)


@given(wires=st.lists(wire_names, max_size=14), reserved=st.frozensets(st.sampled_from(RESERVED_POOL)), style=styles)
@example(wires=["a", "A"], reserved=frozenset({"a_2"}), style="snake")  # a suffix that is reserved
@example(wires=["a", "a_"], reserved=frozenset({"a", "a_"}), style="snake")  # base + "_" that is reserved
@example(wires=["class", "class_", "Class", "match", "type", "None"], reserved=frozenset(), style="snake")
@example(wires=["l", "L", "i", "o"], reserved=frozenset(), style="snake")
@example(wires=["l", "i", "o", "O_"], reserved=frozenset(), style="pascal")
def test_identifiers_are_valid_distinct_and_never_reserved(wires: list[str], reserved: frozenset[str], style: str) -> None:
    usable = [w for w in wires if nameable(w)]
    if len(usable) < len(wires):
        with pytest.raises(NameError_):
            _scope(reserved, style).allocate_all(wires)
    names = _scope(reserved, style).allocate_all(usable)
    assert set(names) == set(usable)
    idents = list(names.values())
    assert len(set(idents)) == len(idents), names
    for wire, ident in names.items():
        assert ident.isidentifier() and ident.isascii(), (wire, ident)
        assert not keyword.iskeyword(ident), (wire, ident)  # True/False/None are keywords too
        assert ident not in ("l", "I", "O"), (wire, ident)  # ruff's E741-E743 (found by tests/explore.py)
        assert ident not in reserved, (wire, ident, reserved)


def test_soft_keywords_and_builtins_are_kept() -> None:
    kept = ["match", "case", "type", "id", "list", "print"]
    assert all(keyword.issoftkeyword(k) for k in kept[:2])  # ("type" too from Python 3.12)
    assert Scope().allocate_all(kept) == {k: k for k in kept}
    assert Scope(style="pascal").allocate_all(["type", "list"]) == {"type": "Type", "list": "List"}


@given(wires=st.lists(wire_names.filter(nameable), max_size=12), reserved=st.frozensets(st.sampled_from(RESERVED_POOL)),
       style=styles, rnd=st.randoms(use_true_random=False))  # fmt: skip
@example(wires=["a-b", "a_b", "ab", "A_B"], reserved=frozenset(), style="snake", rnd=random.Random(0))
def test_allocation_depends_on_the_set_not_the_order(wires: list[str], reserved: frozenset[str], style: str, rnd: random.Random) -> None:
    names = _scope(reserved, style).allocate_all(wires)
    shuffled = list(wires) + list(wires[:2])  # repeats too
    rnd.shuffle(shuffled)
    assert _scope(reserved, style).allocate_all(shuffled) == names
    for wire, ident in names.items():
        if _scope(reserved, style).convert(wire) == wire and wire not in reserved:
            assert ident == wire, f"{wire!r} is already an identifier and must keep it"


def _base(scope: Scope, wire: str) -> str:
    base = scope.convert(wire)
    return base + "_" if base in scope.reserved else base


def _related(x: str, y: str) -> bool:
    """Whether the candidate identifiers of bases ``x`` and ``y`` (``b``, ``b_2``, ``b_3``...,
    plus ``b_``-style escapes of reserved ones) can meet."""
    def family(a: str, b: str) -> bool:
        return a == b or re.fullmatch(re.escape(b) + r"_+[0-9]*", a) is not None

    return family(x, y) or family(y, x)


@given(wires=st.lists(wire_names.filter(nameable), unique=True, max_size=10), new=wire_names.filter(nameable),
       reserved=st.frozensets(st.sampled_from(RESERVED_POOL)), style=styles)  # fmt: skip
@example(wires=["a-b", "c"], new="a_b", reserved=frozenset(), style="snake")  # c keeps its name; a-b moves
@example(wires=["A", "A-2"], new="a", reserved=frozenset(), style="snake")  # a cascade: A -> a_2, A-2 -> a_2_2
def test_adding_a_name_changes_only_its_collision_group(wires: list[str], new: str, reserved: frozenset[str], style: str) -> None:
    scope = _scope(reserved, style)
    before = scope.allocate_all(wires)
    after = _scope(reserved, style).allocate_all([*wires, new])
    group = {new}  # the names whose identifiers the new one can disturb, directly or in a chain
    grew = True
    while grew:
        grew = False
        for w in wires:
            if w not in group and any(_related(_base(scope, w), _base(scope, g)) for g in group):
                group.add(w)
                grew = True
    for wire, ident in before.items():
        if wire not in group:
            assert after[wire] == ident, f"{wire!r} changed from {ident!r} to {after[wire]!r} when {new!r} was added"
    if not any(_related(_base(scope, new), _base(scope, w)) for w in wires if w != new):
        base = _base(scope, new)
        first = next(c for c in [base, *(f"{base}_{n}" for n in range(2, 99))] if c not in reserved)
        assert after[new] == first, "a name alone in its group gets its first unreserved candidate"


@given(wire=wire_names.filter(nameable))
@example(wire="class")
@example(wire="None")
@example(wire="2a")
@example(wire="HTTPServer_URL")
def test_conversion_is_idempotent(wire: str) -> None:
    """An identifier made from a wire name converts to itself (the IR converts model hints twice)."""
    for convert in (snake_case, pascal_case):
        once = convert(wire)
        assert convert(once) == once, (wire, once, convert(once))
