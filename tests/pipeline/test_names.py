"""The name allocator: valid, distinct, keyword-safe and stable identifiers."""

from __future__ import annotations

import keyword

from hypothesis import given
from hypothesis import strategies as st

from specloom.names import NameError_, Scope, pascal_case, snake_case

wire_names = st.text(alphabet=st.sampled_from("aAbB_-. 0129$éß\u2028"), min_size=1, max_size=8)


def test_known_wire_names() -> None:
    assert snake_case("BillingFirstName") == "billing_first_name"
    assert snake_case("customer_PIN") == "customer_pin"
    assert snake_case("Custom_Variable_1") == "custom_variable_1"
    assert snake_case("X-CARTFUNNEL-ACCOUNT") == "x_cartfunnel_account"
    assert snake_case("apiAccessKey") == "api_access_key"
    assert snake_case("class") == "class_" and snake_case("None") == "none"
    assert snake_case("id") == "id" and snake_case("list") == "list" and snake_case("type") == "type"
    assert pascal_case("write-result") == "WriteResult" and pascal_case("200") == "N200"


def test_a_b_and_ab_do_not_collide() -> None:
    names = Scope().allocate_all(["a-b", "ab", "a_b"])
    assert len(set(names.values())) == 3
    assert names["a_b"] == "a_b"  # the name already an identifier keeps it


@given(st.lists(wire_names, max_size=12))
def test_identifiers_are_valid_distinct_and_keyword_safe(wires: list[str]) -> None:
    scope = Scope(reserved=frozenset({"extra"}))
    try:
        names = scope.allocate_all(wires)
    except NameError_:
        return
    idents = list(names.values())
    assert len(set(idents)) == len(idents)
    for ident in idents:
        assert ident.isidentifier() and ident.isascii()
        assert not keyword.iskeyword(ident)
        assert ident != "extra"


@given(st.lists(wire_names, max_size=8, unique=True), wire_names)
def test_stable_when_an_unrelated_name_is_added(wires: list[str], new: str) -> None:
    try:
        before = Scope().allocate_all(wires)
        after = Scope().allocate_all([*wires, new])
        new_ident = snake_case(new)
    except NameError_:
        return
    for wire, ident in before.items():
        if snake_case(wire) != new_ident and not ident.startswith(new_ident):
            assert after[wire] == ident


@given(st.lists(st.text(max_size=12), min_size=1, max_size=6))
def test_remembered_conversions_answer_as_the_functions_do(wires: list[str]) -> None:
    """``snake_case`` and ``pascal_case`` remember their answers; asked again, in any order,
    they answer (or refuse) as the plain functions do."""
    from specloom.names import NameError_, pascal_case, snake_case

    for convert in (snake_case, pascal_case):
        for wire in [*wires, *reversed(wires)]:
            try:
                expected: str | None = convert.__wrapped__(wire)
            except NameError_:
                expected = None
            try:
                got: str | None = convert(wire)
            except NameError_:
                got = None
            assert got == expected
