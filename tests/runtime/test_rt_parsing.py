"""Body parsing by the answer's Content-Type; XML convention; JSONP strictness; XML bombs."""

from __future__ import annotations

import time
import tracemalloc

import httpx
import pytest
from specloom_runtime.errors import BodyParseError
from specloom_runtime.wire import body_kind, media_type, parse_body, parse_content


@pytest.mark.parametrize(
    ("content_type", "kind"),
    [
        ("application/json", "json"),
        ("application/json; charset=utf-8", "json"),
        ("Text/JSON", "json"),
        ("application/problem+json", "json"),
        ("application/xml", "xml"),
        ("text/xml; charset=ISO-8859-1", "xml"),
        ("application/atom+xml", "xml"),
        ("application/javascript", "jsonp"),
        ("text/javascript", "jsonp"),
        ("application/x-javascript", "jsonp"),
        ("text/plain", "text"),
        ("text/html", "text"),
        ("", "text"),
        (None, "text"),
    ],
)
def test_body_kind(content_type: str | None, kind: str) -> None:
    assert body_kind(content_type) == kind


def test_media_type_reads_charset() -> None:
    assert media_type('Text/Plain; Charset="ISO-8859-1"') == ("text/plain", "iso-8859-1")
    assert media_type(None) == ("", None)


def test_json() -> None:
    assert parse_content(b'{"a": [1, 2.5, null, true]}', "application/json") == {
        "a": [1, 2.5, None, True]
    }
    assert parse_content("\ufeff[1]".encode(), "application/json") == [1]
    assert parse_content(b"", "application/json") is None
    assert parse_content(b"  \n", "application/json") is None


@pytest.mark.parametrize(
    "content", [b"{", b"{'a': 1}", b"[1,]", b"NaN", b'{"a": Infinity}', b"\xff\xfe", b"1 2"]
)
def test_malformed_json_is_body_parse_error(content: bytes) -> None:
    with pytest.raises(BodyParseError) as info:
        parse_content(content, "application/json")
    assert info.value.content_type == "application/json"
    assert not isinstance(info.value, ValueError)


def test_content_type_of_the_answer_decides_not_the_request() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/x?output=json")
    xml = httpx.Response(
        200, content=b"<r><a>1</a></r>", headers={"Content-Type": "text/xml"}, request=request
    )
    assert parse_body(xml) == {"a": "1"}
    html = httpx.Response(200, content=b"<h1>502</h1>", headers={"Content-Type": "text/html"})
    assert parse_body(html) == "<h1>502</h1>"


def test_text_uses_charset_and_never_fails() -> None:
    assert (
        parse_content("caf\u00e9".encode("latin-1"), "text/plain; charset=latin-1") == "caf\u00e9"
    )
    assert parse_content(b"caf\xe9", "text/plain") == "caf\ufffd"
    assert parse_content(b"x", "text/plain; charset=no-such-charset") == "x"
    assert parse_content(b"", "text/plain") == ""


def test_xml_convention_example_from_docstring() -> None:
    xml = (
        b'<response status="success"><customer status="new"><code>123</code></customer></response>'
    )
    assert parse_content(xml, "application/xml") == {
        "status": "success",
        "customer": {"status": "new", "code": "123"},
    }


def test_xml_convention_details() -> None:
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
    <response xmlns:x="urn:x">
      <item>a</item>
      <item>b</item>
      <empty/>
      <x:named>n</x:named>
      <note lang="en">hello</note>
      <mixed>text <b>bold</b> tail</mixed>
      <clash id="1"><id>2</id></clash>
    </response>"""
    assert parse_content(xml, "text/xml") == {
        "item": ["a", "b"],
        "empty": "",
        "named": "n",
        "note": {"lang": "en", "#text": "hello"},
        "mixed": {"b": "bold", "#text": "text  tail"},
        "clash": {"id": ["1", "2"]},
    }
    assert parse_content(b"<result>OK</result>", "application/xml") == "OK"
    assert parse_content(b"<result/>", "application/xml") == ""
    assert parse_content(b"<r a='1'/>", "application/xml") == {"a": "1"}


def test_xml_encoding_declaration_is_honoured() -> None:
    xml = '<?xml version="1.0" encoding="ISO-8859-1"?><r><n>caf\u00e9</n></r>'.encode("latin-1")
    assert parse_content(xml, "application/xml") == {"n": "caf\u00e9"}


@pytest.mark.parametrize("content", [b"<r><a></r>", b"not xml", b"<r>&undefined;</r>"])
def test_malformed_xml(content: bytes) -> None:
    with pytest.raises(BodyParseError, match="XML"):
        parse_content(content, "application/xml")


def test_external_entity_refused() -> None:
    xml = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    with pytest.raises(BodyParseError, match="unsafe"):
        parse_content(xml, "application/xml")


def test_billion_laughs_refused_fast_with_bounded_memory() -> None:
    lines = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    lines += [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    bomb = "<?xml version='1.0'?><!DOCTYPE lolz [" + "".join(lines) + "]><lolz>&lol9;</lolz>"
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(BodyParseError, match="unsafe"):
            parse_content(bomb.encode(), "application/xml")
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 5_000_000  # fully expanded it would be ~3 GB


def test_quadratic_blowup_refused() -> None:
    xml = '<!DOCTYPE r [<!ENTITY a "' + "x" * 10_000 + '">]><r>' + "&a;" * 10_000 + "</r>"
    with pytest.raises(BodyParseError):
        parse_content(xml.encode(), "text/xml")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'cb({"a":1});', {"a": 1}),
        (b'cb({"a":1})', {"a": 1}),
        (b'  ns.$cb_1 ( [1, ")"] ) ;\n', [1, ")"]),
        (b'jQuery123_456({"s":"x"})', {"s": "x"}),
    ],
)
def test_jsonp_accepts_a_single_callback(content: bytes, expected: object) -> None:
    assert parse_content(content, "application/javascript") == expected


@pytest.mark.parametrize(
    "content",
    [
        b"alert(1);foo({})",
        b'cb({"a":1});alert(1)',
        b'{"a":1}',
        b'cb({"a":1}',
        b'1cb({"a":1})',
        b'cb.({"a":1})',
        b'cb["x"]({"a":1})',
        b'cb({"a":1});;',
        b"cb(function(){})",
        b'/**/cb({"a":1})',
        b'cb({"a":1})(2)',
        b"cb()",
        b"cb)(",
        b"cb(;",
        b"()",
    ],
)
def test_jsonp_strictness(content: bytes) -> None:
    with pytest.raises(BodyParseError):
        parse_content(content, "text/javascript")


@pytest.mark.parametrize(
    "content",
    [b"cb(" + b" " * 200_000, b"cb(" + b" " * 200_000 + b"x", b"cb(1" + b" \t" * 100_000 + b";"],
)
def test_jsonp_rejects_adversarial_bodies_in_linear_time(content: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(BodyParseError):
        parse_content(content, "application/javascript")
    assert time.perf_counter() - started < 0.5
