"""Request bodies that are neither JSON nor a urlencoded form: multipart form data, bytes, text.

They were refused (a located error; ``--lenient`` left the operation out: Box 4, Square 4,
GitHub 2, Stripe and DigitalOcean 1 operations). Now ``multipart/form-data`` is sent as parts,
``application/octet-stream`` (and any other media type that is neither JSON nor text) as the
caller's bytes, ``text/*`` as the caller's ``str`` in UTF-8. The bytes sent are read back here
with the standard library's ``email`` parser, not with httpx, which wrote them.
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
from collections.abc import Mapping
from pathlib import Path

import httpx
import pytest
from specloom_runtime.call import BodySpec, OperationPlan, OperationSpec
from specloom_runtime.errors import RequestValidationError
from specloom_runtime.wire import PLAIN
from specloom_runtime.wire.validation import CompiledValidator

from specloom.validation import compile_validator

SCHEMA = {
    "type": "object",
    "required": ["file"],
    "properties": {
        "file": {"type": "string", "format": "binary", "maxLength": 4},
        "purpose": {"enum": ["avatar", "doc"]},
        "attributes": {"type": "object"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "count": {"type": "integer"},
        "filter": {"type": "object"},
        "public": {"type": "boolean"},
    },
}


def _checked(schema: object) -> CompiledValidator:
    return compile_validator(schema)._compiled  # what a generated module's VALIDATORS holds


def _spec(body: BodySpec) -> OperationPlan[object]:
    spec: OperationSpec[object] = OperationSpec(
        name="upload", method="POST", path="/upload", params=(), responses=(), credentials=(),
        idempotent=False, body=body,
    )  # fmt: skip
    return OperationPlan(spec, base_url="https://api.example.com", credentials={}, secrets={})


def _multipart(validator: CompiledValidator | None = None) -> OperationPlan[object]:
    return _spec(
        BodySpec(
            media_type="multipart/form-data", codec=PLAIN, required=True, kind="multipart",
            validator=validator or _checked(SCHEMA), files=frozenset({"file"}),
            part_types={"attributes": "application/vnd.example+json"},
            styles={"filter": ("deepObject", True)},
        )
    )  # fmt: skip


def _parts(request: httpx.Request) -> list[tuple[str, str | None, str, bytes]]:
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    assert message.is_multipart() and not message.defects
    found = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str)
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        found.append((name, part.get_filename(), part.get_content_type(), payload))
    return found


def test_multipart_fields_files_objects_and_lists_each_travel_as_their_own_parts() -> None:
    body: Mapping[str, object] = {
        "file": b"\x89P\x00\xff",
        "purpose": "doc",
        "attributes": {"name": "é"},
        "tags": ["a", "b"],
        "count": 3,
        "public": True,
        "filter": {"since": "2026"},
    }
    request = _multipart().build({}, body, [], True)
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert _parts(request) == [
        ("file", "file", "application/octet-stream", b"\x89P\x00\xff"),  # the field's name as file name
        ("purpose", None, "text/plain", b"doc"),
        ("attributes", None, "application/vnd.example+json", json.dumps({"name": "é"}, ensure_ascii=False).replace(" ", "").encode()),
        ("tags", None, "text/plain", b"a"),
        ("tags", None, "text/plain", b"b"),
        ("count", None, "text/plain", b"3"),
        ("public", None, "text/plain", b"true"),
        ("filter[since]", None, "text/plain", b"2026"),  # its stated style (Stripe's deepObject)
    ]


@pytest.mark.parametrize(
    ("given", "filename", "media", "content"),
    [
        (("photo.png", b"PNG", "image/png"), "photo.png", "image/png", b"PNG"),
        (("notes.txt", "hé"), "notes.txt", "application/octet-stream", "hé".encode()),
        ("text", "file", "application/octet-stream", b"text"),
    ],
)
def test_a_file_takes_a_file_name_and_media_type(given: object, filename: str, media: str, content: bytes) -> None:
    [part] = _parts(_multipart().build({}, {"file": given}, [], True))
    assert part == ("file", filename, media, content)


@pytest.mark.parametrize(
    ("body", "where", "said"),
    [
        ({"file": 3}, "/body/file", "a file is bytes, text, a binary file or (filename, content[, media type]): 3 is not"),
        ({"file": ("a", b"x", "text/plain\r\nX-Injected: 1")}, "/body/file", "a file is bytes"),
        ({"file": b"12345"}, "/body/file", "longer than 4"),  # the schema checks a file's bytes
        ({"purpose": "doc"}, "/body", "'file' is a required property"),
        (["file"], "/body", "a multipart body is field names to values"),
    ],
)
def test_a_multipart_body_that_cannot_be_sent_is_a_located_request_error(body: object, where: str, said: str) -> None:
    with pytest.raises(RequestValidationError) as refused:
        _multipart().build({}, body, [], True)
    [(at, problem)] = refused.value.errors
    assert at == where and said in problem, refused.value.errors


@pytest.mark.parametrize(("body", "where"), [({"file": b"x", 'a"b': "1"}, '/body/a"b'), ({"file": b"x", "filter": {"\n": "1"}}, "/body/filter[\n]")])
def test_a_part_name_that_would_arrive_changed_is_refused(body: object, where: str) -> None:
    # httpx (as a browser) writes a quote or a control character in a name as %XX, which no
    # server undoes: the part would arrive under another name
    with pytest.raises(RequestValidationError) as refused:
        _multipart().build({}, body, [], True)
    [(at, problem)] = refused.value.errors
    assert at == where and "cannot carry a control character" in problem, refused.value.errors


@pytest.mark.parametrize(
    "body",
    [
        {"file": b"x", "attributes": {"\n": {'"': 1}}},  # an object part is JSON: any keys travel
        {"file": b"x", "filter": {"a": 1}, "tags": ["\x00"]},
        {"file": b"x", 'a"b': "1"},
        {"file": b"x", "filter": {"\n": "1"}},  # a styled object's keys name parts
        {"file": b"x", "filter": {"a": {"\x7f": 1}}},
    ],
)
def test_the_suites_draw_exactly_the_multipart_bodies_the_client_sends(body: dict[str, object]) -> None:
    """The generated suites keep a drawn multipart body when the client sends it and drop it
    when the client refuses it; they dropped any body with an odd key at any depth, so an object
    field of free-form JSON was all but never drawn (explorer seed 5040: FailedHealthCheck)."""
    from specloom_runtime.proptest import form_body

    plan = _multipart(_checked({"type": "object"}))
    assert plan.spec.body is not None
    try:
        plan.build({}, body, [], True)
        sent = True
    except RequestValidationError as refused:
        assert "cannot carry a control character" in str(refused.errors)
        sent = False
    assert form_body(True, True, plan.spec.body.styles)(body) == sent


def test_a_file_left_out_as_none_is_not_sent() -> None:
    plan = _multipart(_checked({"type": "object"}))
    assert [name for name, *_ in _parts(plan.build({}, {"file": None, "purpose": "doc"}, [], True))] == ["purpose"]
    # in a list of files too (it was a bare AssertionError while the request was written)
    sent = _parts(plan.build({}, {"file": [b"a", None, ("b.txt", b"b")]}, [], True))
    assert [(name, filename, content) for name, filename, _, content in sent] == [("file", "file", b"a"), ("file", "b.txt", b"b")]


def test_an_empty_multipart_body_is_a_closed_multipart_message() -> None:
    plan = _multipart(_checked({"type": "object"}))
    request = plan.build({}, {"purpose": None}, [], True)
    boundary = request.headers["Content-Type"].split("boundary=")[1]
    assert request.content == f"--{boundary}--\r\n".encode()


def _raw(media: str, kind: str, validator: CompiledValidator | None = None, required: bool = True) -> OperationPlan[object]:
    return _spec(BodySpec(media_type=media, codec=PLAIN, required=required, kind=kind, validator=validator))


@pytest.mark.parametrize("given", [b"\x00\x01\xff", bytearray(b"\x00"), memoryview(b"ab")])
def test_a_bytes_body_is_sent_as_it_is(given: bytes | bytearray | memoryview) -> None:
    request = _raw("application/octet-stream", "bytes").build({}, given, [], True)
    assert request.content == bytes(given)
    assert request.headers["Content-Type"] == "application/octet-stream"


@pytest.mark.parametrize("given", ["text", 3, {"a": 1}])
def test_a_bytes_body_refuses_anything_but_bytes(given: object) -> None:
    with pytest.raises(RequestValidationError) as refused:
        _raw("image/png", "bytes").build({}, given, [], True)
    assert list(refused.value.errors) == [("/body", f"a body of image/png is bytes or a binary file: {given!r} is not")]


def test_a_text_body_is_utf8_with_its_charset_and_checked_by_its_schema() -> None:
    plan = _raw("text/csv", "text", _checked({"type": "string", "maxLength": 5}))
    request = plan.build({}, "a,é", [], True)
    assert request.content == "a,é".encode() and request.headers["Content-Type"] == "text/csv; charset=utf-8"
    with pytest.raises(RequestValidationError) as refused:
        plan.build({}, "a,b,c,d", [], True)
    assert refused.value.errors[0][0] == "/body"
    with pytest.raises(RequestValidationError) as refused:
        plan.build({}, b"a,b", [], True)
    assert list(refused.value.errors) == [("/body", "a text body is a str: b'a,b' is not")]


def test_a_stated_charset_is_kept_and_written_in() -> None:
    request = _raw("text/plain; charset=utf-8", "text").build({}, "x", [], True)
    assert request.headers["Content-Type"] == "text/plain; charset=utf-8"
    latin = _raw("text/csv; charset=ISO-8859-1", "text")
    request = latin.build({}, "né", [], True)  # it was sent as UTF-8 under the Latin-1 label
    assert request.content == "né".encode("latin-1") and request.headers["Content-Type"] == "text/csv; charset=ISO-8859-1"
    with pytest.raises(RequestValidationError) as refused:
        latin.build({}, "€", [], True)
    assert list(refused.value.errors) == [("/body", "the text cannot be written in iso-8859-1, the charset the spec states")]


def test_an_optional_bytes_or_text_body_left_out_sends_nothing() -> None:
    for kind, media in (("bytes", "application/octet-stream"), ("text", "text/plain")):
        request = _raw(media, kind, required=False).build({}, None, [], True)
        assert request.content == b"" and "Content-Type" not in request.headers


def test_binary_files_are_read_once_and_named_after_themselves(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(b"email\na@example.com\n")
    with path.open("rb") as opened:
        request = _raw("application/octet-stream", "bytes").build({}, opened, [], True)
    assert request.content == path.read_bytes()
    with path.open("rb") as opened, path.open("rb") as again:
        parts = _parts(_multipart().build({}, {"file": io.BytesIO(b"1234"), "attributes": {}}, [], True))
        assert parts[0] == ("file", "file", "application/octet-stream", b"1234")  # no name: the field's
        big = _multipart(_checked({"type": "object"})).build({}, {"file": opened}, [], True)
        assert _parts(big) == [("file", "customers.csv", "application/octet-stream", path.read_bytes())]
        named = _multipart(_checked({"type": "object"})).build({}, {"file": ("list.csv", again, "text/csv")}, [], True)
        assert _parts(named) == [("file", "list.csv", "text/csv", path.read_bytes())]


def test_a_text_file_is_no_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("x")
    with path.open() as text, pytest.raises(RequestValidationError) as refused:
        _raw("application/octet-stream", "bytes").build({}, text, [], True)
    assert refused.value.errors[0][1] == "a body of application/octet-stream is bytes or a binary file: 'x' is not"
