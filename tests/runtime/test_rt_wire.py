"""Wire helpers: compact JSON, form bodies, scalars."""

from __future__ import annotations

import datetime as dt
import enum
import json
from decimal import Decimal
from urllib.parse import parse_qsl

import pytest
from specloom_runtime.wire import UNSET, compact_json, form_encode, json_body, sign, to_wire_scalar


class Colour(enum.Enum):
    RED = "red"


def test_compact_json_is_compact_unicode_and_ordered() -> None:
    value = {"b": 1, "a": [True, None, 1.5], "name": "Zo\u00eb \u2603"}
    text = compact_json(value)
    assert text == '{"b":1,"a":[true,null,1.5],"name":"Zo\u00eb \u2603"}'
    assert compact_json(value, sort_keys=True).startswith('{"a":')
    assert json.loads(text) == value
    assert compact_json({"c": Colour.RED}) == '{"c":"red"}'


def test_compact_json_refuses_non_json() -> None:
    with pytest.raises(ValueError):
        compact_json(float("nan"))
    with pytest.raises(TypeError, match="UNSET"):
        compact_json({"a": UNSET})
    with pytest.raises(TypeError, match="date"):
        compact_json({"d": dt.date(2024, 1, 2)})


def test_json_body_bytes_are_what_gets_signed() -> None:
    body = json_body({"email": "\u00e9@example.com"})
    assert body == '{"email":"\u00e9@example.com"}'.encode()
    assert sign(body, "k") == sign(json_body({"email": "\u00e9@example.com"}), "k")


def test_form_encode_keeps_order_and_repeats() -> None:
    fields = [("b", "x y"), ("a", "1&2=3"), ("a", "\u00e9"), ("empty", "")]
    body = form_encode(fields)
    assert body == b"b=x+y&a=1%262%3D3&a=%C3%A9&empty="
    assert parse_qsl(body.decode(), keep_blank_values=True) == fields


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (-12, "-12"),
        (1.5, "1.5"),
        (1e20, "1e+20"),
        ("x y", "x y"),
        (Decimal("1.10"), "1.10"),
        (Colour.RED, "red"),
    ],
)
def test_to_wire_scalar(value: object, wire: str) -> None:
    assert to_wire_scalar(value) == wire


@pytest.mark.parametrize("value", [None, dt.date(2024, 1, 1), [1], {"a": 1}, b"x"])
def test_to_wire_scalar_refuses_what_the_caller_must_convert(value: object) -> None:
    with pytest.raises(TypeError):
        to_wire_scalar(value)


def test_to_wire_scalar_refuses_non_finite() -> None:
    with pytest.raises(ValueError):
        to_wire_scalar(float("inf"))
    with pytest.raises(ValueError):
        to_wire_scalar(Decimal("NaN"))


def test_union_decodes_objects_into_the_model_even_after_a_plain_member() -> None:
    from dataclasses import dataclass

    from specloom_runtime.wire import PLAIN, ModelCodec, UnionCodec, WireField, WireModel

    @dataclass(slots=True, kw_only=True)
    class Thing(WireModel):
        name: str
        extra: dict[str, object]

    Thing._wire_fields = (WireField("name", "name", PLAIN, True),)
    codec = UnionCodec((PLAIN, ModelCodec(Thing)))
    assert codec.decode({"name": "x"}, "") == Thing(name="x", extra={})
    assert codec.decode("just text", "") == "just text"


def test_union_encodes_each_value_by_the_member_of_its_kind_and_lets_none_through() -> None:
    # Box's nullable array of users (list[UserBase] | None): to_dict() raised TypeError on None;
    # and a list member would have spelled a text out as a list of its characters
    import datetime as dt_module

    from specloom_runtime.wire import PLAIN, DateCodec, DictCodec, ListCodec, UnionCodec

    day = DateCodec("date")
    codec = UnionCodec((ListCodec(day), DictCodec(day), PLAIN))
    assert codec.encode(None) is None
    assert codec.encode("abc") == "abc"
    assert codec.encode([dt_module.date(2024, 1, 2)]) == ["2024-01-02"]
    assert codec.encode({"d": dt_module.date(2024, 1, 2)}) == {"d": "2024-01-02"}


def _sent(body: object, query: object) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The query and form pairs of a request carrying ``query`` in ``q`` and ``body`` as a form."""
    from specloom_runtime.call import BodySpec, OperationSpec, ParamSpec
    from specloom_runtime.call.request import prepare
    from specloom_runtime.wire import PLAIN

    spec: OperationSpec[object] = OperationSpec(
        name="op",
        method="POST",
        path="/things",
        params=(ParamSpec(wire="q", attr="q", location="query", required=False),),
        body=BodySpec(
            media_type="application/x-www-form-urlencoded", codec=PLAIN, required=False, validator=None, kind="form"
        ),
        responses=(),
        credentials=(),
        idempotent=False,
    )
    request = prepare(
        spec, {"q": query}, body, base_url="http://127.0.0.1:9", credentials={}, secrets={}, headers=(), validate=False
    )
    return parse_qsl(request.url.query.decode(), keep_blank_values=True), parse_qsl(request.content.decode())


def test_null_items_of_an_array_are_left_out_and_containers_travel_as_json() -> None:
    # A valid value of a schema without item types; these raised TypeError ("NoneType is not a
    # wire scalar") from inside the client. RFC 6570 leaves an undefined (null) list member out.
    query, form = _sent({"a": [None, "x", {"k": 1}, [2]], "b": [None]}, [None, 3, {"k": None}])
    assert query == [("q", "3"), ("q", '{"k":null}')]
    assert form == [("a", "x"), ("a", '{"k":1}'), ("a", "[2]")]
