"""Which drawn arguments and bodies a generated suite sends: only what the wire carries.

The explorer's ``--roles`` (seeds 5000-5003) drew, for required parameters, ``null`` (the client
reads it as not given and refuses the call), ``[]`` for an exploded query parameter (written as
nothing, so the oracle found the parameter missing), ``[null]`` in a path (an empty segment);
and lists or strings as form bodies. The suite's draws now go through these filters; each is
checked here against what the client does with the value (``OperationPlan.build``), so the
filter and the client cannot drift apart unnoticed.
"""

from __future__ import annotations

from typing import cast

import pytest
from specloom_runtime.call import BodySpec, OperationPlan, OperationSpec, ParamSpec
from specloom_runtime.call.operation import Location
from specloom_runtime.errors import RequestValidationError
from specloom_runtime.proptest import carried, form_body
from specloom_runtime.wire import PLAIN

VALUES: list[object] = [None, "", "x", 0, False, [], [None], [""], ["a"], {}, {"a": None}, {"a": 1}]


def _spec(location: str, required: bool, style: str = "", explode: bool = False) -> OperationSpec[object]:
    where = cast(Location, location)
    param = ParamSpec(wire="p", attr="p", location=where, required=required, codec=PLAIN, validator=None, style=style, explode=explode)
    path = "/things/{p}" if location == "path" else "/things"
    return OperationSpec(name="op", method="GET", path=path, params=(param,), body=None, responses=(), credentials=(), idempotent=True)


def _on_the_wire(spec: OperationSpec[object], value: object) -> bool:
    """The client sends the call and the parameter is in it (not refused, not left out); an
    exploded object travels as its members, so any query field or cookie is the parameter."""
    try:
        request = OperationPlan(spec, base_url="https://api.example.com", credentials={}, secrets={}).build({"p": value}, None, [], True)
    except RequestValidationError:
        return False
    location = spec.params[0].location
    if location == "path":
        return True
    if location == "query":
        return bool(request.url.params)
    if location == "header":
        return "p" in request.headers
    return bool(request.headers.get("Cookie"))


# each location with its styles (OpenAPI 3.1, 4.8.12.4), exploded or not; "" is the runtime's own
# writing when the spec states no style
PLACES = [(location, style, explode) for location, styles in
          {"path": ("", "simple", "label", "matrix"), "query": ("", "form"), "header": ("", "simple"), "cookie": ("", "form")}.items()
          for style in styles for explode in ((False,) if style == "" else (False, True))]  # fmt: skip


@pytest.mark.parametrize(("location", "style", "explode"), PLACES)
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_required_argument_drawn_is_one_the_client_puts_on_the_wire(location: str, style: str, explode: bool, value: object) -> None:
    if carried(location, True)(value):
        assert _on_the_wire(_spec(location, True, style, explode), value), f"{value!r} drawn for a required {location} parameter, not sent"


@pytest.mark.parametrize("value", [None, [None], {"a": None}, [], {}])
def test_values_written_as_nothing_are_not_drawn_for_a_required_query_parameter(value: object) -> None:
    # exploded form style (the query's default) writes nothing for each of them
    assert not carried("query", True)(value) and not _on_the_wire(_spec("query", True, "form", True), value)


@pytest.mark.parametrize("location", ["query", "header", "cookie"])
def test_an_optional_parameter_may_be_drawn_as_anything_its_location_carries(location: str) -> None:
    assert carried(location, False)(None) and carried(location, False)([])


@pytest.mark.parametrize("value", ["", [""], None, [None], {}])
def test_an_empty_path_segment_is_never_drawn(value: object) -> None:
    assert not carried("path", True)(value) and not _on_the_wire(_spec("path", True, "simple", False), value)


def test_a_form_body_is_drawn_as_field_names_to_values() -> None:
    spec: OperationSpec[object] = OperationSpec(
        name="op", method="POST", path="/form", params=(), responses=(), credentials=(), idempotent=False,
        body=BodySpec(media_type="application/x-www-form-urlencoded", codec=PLAIN, required=True, validator=None, kind="form"),
    )  # fmt: skip
    plan = OperationPlan(spec, base_url="https://api.example.com", credentials={}, secrets={})
    for value in [{}, {"a": "1"}, [], ["a"], "a=b", 3, None]:
        drawn = form_body(True)(value)
        assert drawn == isinstance(value, dict)
        if drawn:
            plan.build({}, value, [], True)  # sent, not refused
    assert form_body(False)(None)
