"""Parameter styles against OpenAPI's "Style Examples" table (RFC 6570 where the table leaves
``label``/``matrix`` to it), written from the specification, not from ``wire.styles``.

Before ``wire.styles`` the client ignored ``style`` and ``explode``: Box's 73 ``explode: false``
query arrays went out as repeated fields, Stripe's 1,139 ``deepObject`` parameters and its form
``encoding`` as JSON text.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote

import httpx
import pytest
from specloom_runtime.call import BodySpec, OperationSpec, ParamSpec
from specloom_runtime.call.request import prepare
from specloom_runtime.wire import PLAIN
from specloom_runtime.wire.styles import pairs, segment

STRING, ARRAY, OBJECT = "blue", ["blue", "black", "brown"], {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    ("style", "explode", "value", "query"),
    [
        ("form", False, STRING, "color=blue"),
        ("form", False, ARRAY, "color=blue,black,brown"),
        ("form", False, OBJECT, "color=R,100,G,200,B,150"),
        ("form", True, STRING, "color=blue"),
        ("form", True, ARRAY, "color=blue&color=black&color=brown"),
        ("form", True, OBJECT, "R=100&G=200&B=150"),
        ("spaceDelimited", False, ARRAY, "color=blue black brown"),
        ("spaceDelimited", False, OBJECT, "color=R 100 G 200 B 150"),
        ("pipeDelimited", False, ARRAY, "color=blue|black|brown"),
        ("pipeDelimited", False, OBJECT, "color=R|100|G|200|B|150"),
        ("deepObject", True, OBJECT, "color[R]=100&color[G]=200&color[B]=150"),
        # left open by OpenAPI; written as Rails, PHP and Stripe read forms
        ("deepObject", True, {"a": [1, {"b": True}], "c": None}, "color[a][0]=1&color[a][1][b]=true"),
        ("deepObject", True, ARRAY, "color[0]=blue&color[1]=black&color[2]=brown"),
        # an empty list sends nothing (RFC 6570 2.3: undefined), as does a list of nulls
        ("form", False, [], ""),
        ("form", True, [None], ""),
    ],
)
def test_query_pairs_follow_the_style_table(style: str, explode: bool, value: object, query: str) -> None:
    expected = [tuple(part.split("=", 1)) for part in query.split("&")] if query else []
    assert pairs("color", value, style, explode) == expected


PATH_TABLE: list[tuple[str, bool, object, str]] = [
        ("simple", False, STRING, "blue"),
        ("simple", False, ARRAY, "blue,black,brown"),
        ("simple", False, OBJECT, "R,100,G,200,B,150"),
        ("simple", True, ARRAY, "blue,black,brown"),
        ("simple", True, OBJECT, "R=100,G=200,B=150"),
        ("label", False, STRING, ".blue"),
        ("label", False, ARRAY, ".blue,black,brown"),  # RFC 6570 {.list}
        ("label", True, ARRAY, ".blue.black.brown"),  # {.list*}
        ("label", False, OBJECT, ".R,100,G,200,B,150"),
        ("label", True, OBJECT, ".R=100.G=200.B=150"),
        ("matrix", False, "", ";color"),
        ("matrix", False, STRING, ";color=blue"),
        ("matrix", False, ARRAY, ";color=blue,black,brown"),
        ("matrix", True, ARRAY, ";color=blue;color=black;color=brown"),
        ("matrix", False, OBJECT, ";color=R,100,G,200,B,150"),
        ("matrix", True, OBJECT, ";R=100;G=200;B=150"),
        ("label", False, "a/b c", ".a%2Fb%20c"),  # label and matrix text is percent-encoded
    # empty values (OpenAPI's "empty" column; RFC 6570: an empty item or member named alone):
    # an exploded matrix list or object wrote an empty segment, or "name=" for an empty item
    ("label", False, "", "."),
    ("label", True, [], "."),
    ("matrix", True, [], ";color"),
    ("matrix", True, {}, ";color"),
    ("matrix", True, ["a", ""], ";color=a;color"),
    ("matrix", True, {"R": "", "G": 1}, ";R;G=1"),
    ("matrix", False, ["a", ""], ";color=a,"),
    ("matrix", True, [None], ";color"),
]


@pytest.mark.parametrize(("style", "explode", "value", "text"), PATH_TABLE)
def test_path_and_header_text_follows_the_style_table(style: str, explode: bool, value: object, text: str) -> None:
    assert segment("color", value, style, explode) == text


def _request(params: tuple[ParamSpec, ...], arguments: dict[str, object], body: object = None, styles: dict[str, tuple[str, bool]] | None = None) -> httpx.Request:
    spec: OperationSpec[object] = OperationSpec(
        name="op",
        method="POST",
        path="/things/{id}",
        params=params,
        body=BodySpec(
            media_type="application/x-www-form-urlencoded", codec=PLAIN, required=False, validator=None, kind="form", styles=styles or {}
        ),
        responses=(),
        credentials=(),
        idempotent=False,
    )
    return prepare(spec, arguments, body, base_url="http://127.0.0.1:9", credentials={}, secrets={}, headers=(), validate=False)


def test_a_request_carries_each_place_in_its_stated_style() -> None:
    params = (
        ParamSpec(wire="id", attr="id", location="path", required=True, style="matrix", explode=True),
        ParamSpec(wire="fields", attr="fields", location="query", required=False, style="form", explode=False),
        ParamSpec(wire="created", attr="created", location="query", required=False, style="deepObject", explode=True),
        ParamSpec(wire="X-Size", attr="size", location="header", required=False, style="simple", explode=True),
        ParamSpec(wire="plain", attr="plain", location="query", required=False),  # no style stated
    )
    request = _request(
        params,
        {"id": [1, 2], "fields": ["a", "b,c"], "created": {"gte": 5}, "size": {"w": 3}, "plain": ["x", "y"]},
        {"expand": ["customer", "invoice"], "metadata": {"k": "v"}, "note": "n"},
        {"expand": ("deepObject", True), "metadata": ("deepObject", True)},
    )
    assert unquote(request.url.raw_path.decode().split("?")[0]) == "/things/;id=1;id=2"
    assert parse_qsl(request.url.query.decode()) == [
        ("fields", "a,b,c"), ("created[gte]", "5"), ("plain", "x"), ("plain", "y")
    ]
    assert request.headers["X-Size"] == "w=3"
    assert parse_qsl(request.content.decode()) == [
        ("expand[0]", "customer"), ("expand[1]", "invoice"), ("metadata[k]", "v"), ("note", "n")
    ]


@pytest.mark.parametrize(
    ("location", "value", "style"),
    [
        ("header", "a\r\nX-Admin: 1", ""),  # a line break would start another header
        ("header", "\x80", ""),  # httpx raised UnicodeEncodeError from deep inside
        ("header", ["ok", "caf\u00e9"], "simple"),
        ("cookie", "a; admin=1", ""),  # a ";" would start another cookie
    ],
)
def test_a_header_or_cookie_value_that_cannot_travel_is_refused_located(location: str, value: object, style: str) -> None:
    from specloom_runtime.errors import RequestValidationError

    params = (ParamSpec(wire="id", attr="id", location="path", required=True), ParamSpec(wire="X-A", attr="a", location=location, required=False, style=style))  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError) as caught:
        _request(params, {"id": 1, "a": value})
    [(pointer, problem)] = caught.value.errors
    assert pointer == f"/{location}/X-A" and "cannot be sent" in problem
    assert _request(params, {"id": 1, "a": "plain text, ok"}) is not None


def test_an_empty_path_parameter_is_refused_located() -> None:
    # DELETE /folders/{id} with id "" went out as DELETE /folders/: another resource
    from specloom_runtime.errors import RequestValidationError

    for style in ("", "simple"):
        params = (ParamSpec(wire="id", attr="id", location="path", required=True, style=style),)
        with pytest.raises(RequestValidationError) as caught:
            _request(params, {"id": ""})
        assert caught.value.errors == (("/path/id", "a path parameter cannot be empty: the request would name another resource"),)
    assert _request(params, {"id": "."}).url.raw_path.startswith(b"/things/%2E")


@pytest.mark.parametrize(("style", "explode", "value", "text"), [row for row in PATH_TABLE if row[0] != "simple"])
def test_the_suites_oracle_expects_label_and_matrix_segments_as_the_table_writes_them(style: str, explode: bool, value: object, text: str) -> None:
    """The generated suites compared a label or matrix path parameter with its simple-style text,
    so every such operation failed its wire test (``.blue`` is not ``blue``)."""
    from specloom_runtime.proptest.styled import path_segment

    sent = text.replace(".", "%2E") if not text.strip(".") else text  # a dot segment, encoded
    assert path_segment("color", value, (style, explode)) == sent


@pytest.mark.parametrize(("style", "value", "path"), [("label", ".", "/things/%2E%2E"), ("label", "", "/things/%2E"), ("label", "a", "/things/.a"), ("matrix", ".", "/things/;id=.")])
def test_a_label_segment_of_dots_only_is_sent_encoded_not_dropped(style: str, value: object, path: str) -> None:
    """``..`` (label style of ``"."``) is a dot segment: httpx normalised ``/things/..`` to ``/``,
    another resource (explorer seed 5072)."""
    param = ParamSpec(wire="id", attr="id", location="path", required=True, style=style, explode=False)
    assert _request((param,), {"id": value}).url.raw_path.decode() == path
