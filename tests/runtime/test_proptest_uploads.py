"""The suites' oracle for multipart, text and bytes bodies (``specloom_runtime.proptest.uploads``):
it passes what the client sends and fails what it must not, reading the parts with the
standard library's ``email`` parser. Cases the explorer's ``--roles`` found (seeds 5020, 5023,
5025): a property schema ``true`` beside a ``False`` value, a field named ``[``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from specloom_runtime.proptest.uploads import check_upload, text_body

DECLARED: dict[str, Any] = {
    "media": "multipart/form-data",
    "schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}, "flag": True}},
}


def _sent(files: list[tuple[str, tuple[str | None, bytes, str | None]]]) -> httpx.Request:
    request = httpx.Request("POST", "https://api.example.com/upload", files=files)
    request.read()
    return request


def _deref(node: Any) -> Any:
    return node


@pytest.mark.parametrize(
    ("body", "files"),
    [
        ({"file": b"\x00\xff", "flag": False}, [("file", ("file", b"\x00\xff", None)), ("flag", (None, b"false", None))]),
        ({"[": "x", "file": "é"}, [("[", (None, b"x", None)), ("file", ("f.txt", "é".encode(), None))]),
        ({"o": {"a": [1]}}, [("o", (None, b'{"a":[1]}', "application/json"))]),
    ],
)
def test_what_the_client_sends_passes(body: dict[str, object], files: list[Any]) -> None:
    check_upload("op", DECLARED, _deref, _sent(files), body, [])


@pytest.mark.parametrize(
    ("body", "files", "said"),
    [
        ({"file": b"ab"}, [("file", ("file", b"a", None))], "file file not sent as its bytes"),
        ({"file": b"ab"}, [("file", (None, b"ab", None))], "sent without a file name"),
        ({"n": 3}, [("n", (None, b"4", None))], "field n is not 3"),
        ({"n": 3}, [("n", (None, b"3", None)), ("m", (None, b"1", None))], "parts ['m'] were not in the body"),
        ({"o": {"a": 1}}, [("o", (None, b'{"a":2}', None))], "object o is not one JSON part"),
        ({"n": None}, [("n", (None, b"", None))], "part n sent for None"),
    ],
)
def test_what_the_client_must_not_send_fails(body: dict[str, object], files: list[Any], said: str) -> None:
    with pytest.raises(AssertionError, match=said.replace("[", r"\[").replace("]", r"\]")):
        check_upload("op", DECLARED, _deref, _sent(files), body, [])


def test_form_credentials_must_be_the_first_parts() -> None:
    request = _sent([("n", (None, b"1", None)), ("key", (None, b"secret", None))])
    with pytest.raises(AssertionError, match="form credentials must be the first parts"):
        check_upload("op", DECLARED, _deref, request, {"n": 1}, [("key", "secret")])


def test_text_and_bytes() -> None:
    text = httpx.Request("POST", "https://x/", content="é".encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    check_upload("op", {"media": "text/plain"}, _deref, text, "é", [])
    with pytest.raises(AssertionError, match="text body not sent in utf-8"):
        check_upload("op", {"media": "text/plain"}, _deref, text, "e", [])
    labelled = {"Content-Type": "text/plain; charset=ISO-8859-1"}
    latin = httpx.Request("POST", "https://x/", content="é".encode("latin-1"), headers=labelled)
    check_upload("op", {"media": "text/plain"}, _deref, latin, "é", [])
    mislabelled = httpx.Request("POST", "https://x/", content="é".encode(), headers=labelled)
    with pytest.raises(AssertionError, match="text body not sent in iso-8859-1"):
        check_upload("op", {"media": "text/plain"}, _deref, mislabelled, "é", [])
    raw = httpx.Request("POST", "https://x/", content=b"\x00")
    check_upload("op", {"media": "application/octet-stream"}, _deref, raw, b"\x00", [])
    with pytest.raises(AssertionError, match="bytes body changed"):
        check_upload("op", {"media": "application/octet-stream"}, _deref, raw, b"\x01", [])


def test_a_text_draw_is_a_string_the_schema_accepts() -> None:
    short = text_body(True, lambda value: isinstance(value, str) and len(value) < 3)
    assert short("ab") and not short("abc") and not short(None) and not short(3)
    assert text_body(False)(None) and not text_body(True)(None)
