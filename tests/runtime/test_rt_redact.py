"""Redaction: URLs, text, and log records from httpx/httpcore reaching the root logger."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest
from specloom_runtime.call import send
from specloom_runtime.errors import (
    HTTP_LOGGER_NAMES,
    AuthenticationError,
    Redactor,
    SecretFilter,
    TransportError,
    install_secret_filter,
    redact_text,
    redact_url,
)
from specloom_runtime.wire import error_from_response, read_body

from tests.runtime.rt_support import GOOD_HEADER_TOKEN, ListHandler

QUERY_SECRET = "qS3cr3t/+ é&="
WRONG_HEADER_TOKEN = "hdr-WRONG'7Xy"


def test_redact_url_by_name_and_value() -> None:
    url = "https://host.test/p?apiAccessKey=abc&apiSecret=s%20x&page=2#frag"
    assert redact_url(url, ["APISECRET"], ["abc"]) == (
        "https://host.test/p?apiAccessKey=***&apiSecret=***&page=2#frag"
    )
    assert redact_url("http://u:pw@h.test/x", [], []) == "http://u:***@h.test/x"
    assert redact_url("http://token@h.test/x", [], ["token"]) == "http://***@h.test/x"
    assert redact_url(httpx.URL("http://h.test/abc/x"), [], ["abc"]) == "http://h.test/***/x"
    assert redact_url("http://h.test/?a=1&b", ["b"], []) == "http://h.test/?a=1&b"


def test_redact_url_catches_every_percent_encoding_of_a_value() -> None:
    url = httpx.URL("http://h.test/x", params={"k": QUERY_SECRET, "other": 1})
    assert QUERY_SECRET not in str(url)  # httpx encoded it
    assert redact_url(url, [], [QUERY_SECRET]) == "http://h.test/x?k=***&other=1"
    for encoded in (
        "qS3cr3t%2F%2B%20%C3%A9%26%3D",
        "qS3cr3t/%2b+%c3%a9%26=",
        "qS3cr3t%2F+%20%C3%A9&=",
    ):
        assert redact_text(f"?k={encoded}&z", [QUERY_SECRET]) == "?k=***&z"


def test_redact_text_catches_escaped_forms() -> None:
    secret = "a'b\"c\\é"
    forms = [secret, repr(secret)[1:-1], repr(secret.encode())[2:-1], '"a\'b\\"c\\\\\\u00e9"'[1:-1]]
    for form in forms:
        assert redact_text(f"<{form}>", [secret]) == "<***>", form
    assert redact_text(str([(b"X-Echo", secret.encode())]), [secret]) == "[(b'X-Echo', b'***')]"
    assert redact_text("nothing here", ["", "zz"]) == "nothing here"
    assert redact_text("abcd", ["abc", "abcd"]) == "***"  # longest secret first


def test_redactor() -> None:
    redactor = Redactor(
        secret_values=["tok", ""], secret_query_names=["Key"], secret_header_names=["X-Token"]
    )
    assert redactor.secret_values == ("tok",)
    assert "tok" not in repr(redactor).replace("x-token", "")
    request = httpx.Request("GET", "http://h.test/x?key=v&q=tok", headers={"X-Token": "v2"})
    shown = redactor.request(request, "op")
    assert shown.url == "http://h.test/x?key=***&q=***" and shown.method == "GET"
    headers = dict(redactor.headers(request.headers))
    assert headers["x-token"] == "***"
    assert redactor.headers([("A", "xtokx")]) == [("A", "x***x")]


def test_secret_filter_rewrites_message_args_and_exception() -> None:
    handler = ListHandler()
    logger = logging.getLogger("test.specloom.redact.unit")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addFilter(SecretFilter(["hunter2"]))
    try:
        logger.info("url %s", "http://h/?k=hunter2")
        try:
            raise ValueError("bad hunter2")
        except ValueError:
            logger.exception("failed %r", {"k": "hunter2"}, stack_info=True)
        logger.info("clean %s", "x")
        try:
            raise KeyError("innocent")
        except KeyError:
            logger.exception("no secret")
    finally:
        logger.removeHandler(handler)
    assert handler.records[0].msg == "url http://h/?k=***" and handler.records[0].args is None
    assert handler.records[1].exc_info is None and handler.records[1].exc_text
    assert handler.records[2].args == ("x",)  # untouched when there is nothing to mask
    assert handler.records[3].exc_info is not None  # kept for handlers that want the object
    assert "ValueError: bad ***" in handler.lines[1]
    assert all("hunter2" not in line for line in handler.lines)


def _assert_clean(handler: ListHandler, *secrets: str) -> None:
    assert handler.records, "nothing was logged: the test would prove nothing"
    for record, line in zip(handler.records, handler.lines, strict=True):
        texts = [line, record.getMessage(), str(record.msg), repr(record.args)]
        for secret in secrets:
            for text in texts:
                assert secret not in text, (record.name, text)
                assert redact_text(text, [secret]) == text, (record.name, text)


def test_mock_transport_logs_nothing_secret(root_capture: ListHandler) -> None:
    redactor = Redactor([QUERY_SECRET, GOOD_HEADER_TOKEN], ["apiSecret"], ["X-Token"])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if "retry" in request.url.path else 200, json={"ok": True})

    with (
        install_secret_filter(redactor.secret_values),
        httpx.Client(
            transport=httpx.MockTransport(handler), headers={"X-Token": GOOD_HEADER_TOKEN}
        ) as client,
    ):
        for path in ("/ok", "/retry"):
            request = client.build_request(
                "GET", f"http://127.0.0.1:1{path}", params={"apiSecret": QUERY_SECRET}
            )
            send(
                client,
                request,
                idempotent=True,
                operation="op",
                redactor=redactor,
                sleep=lambda _: None,
            )
    assert any(r.name == "httpx" and r.levelno == logging.INFO for r in root_capture.records)
    _assert_clean(root_capture, QUERY_SECRET, GOOD_HEADER_TOKEN)


@pytest.mark.parametrize("token", [GOOD_HEADER_TOKEN, WRONG_HEADER_TOKEN])
def test_real_server_logs_and_errors_hold_no_secret(
    root_capture: ListHandler, local_server: str, token: str
) -> None:
    redactor = Redactor([QUERY_SECRET, token], ["apiSecret"], ["X-Token"])
    with (
        install_secret_filter(redactor.secret_values),
        httpx.Client(headers={"X-Token": token}, trust_env=False) as client,
    ):
        request = client.build_request(
            "GET", f"{local_server}/customers", params={"apiSecret": QUERY_SECRET, "page": "1"}
        )
        response = send(
            client, request, idempotent=True, operation="list_customers", redactor=redactor
        )
        body = read_body(response, operation="list_customers", redactor=redactor)
        assert body == {
            "ok": token == GOOD_HEADER_TOKEN,
            "echo": {"apiSecret": [QUERY_SECRET], "page": ["1"]},
        }
        assert response.headers["X-Echo-Token"] == token  # the server did echo it
        if token == WRONG_HEADER_TOKEN:
            error = error_from_response(response, operation="list_customers", redactor=redactor)
            assert isinstance(error, AuthenticationError)
            for text in (str(error), repr(error), "".join(traceback.format_exception(error))):
                assert QUERY_SECRET not in text and token not in text
                assert redact_text(text, [QUERY_SECRET, token]) == text
    names = {r.name for r in root_capture.records}
    assert {"httpx", "httpcore.connection", "httpcore.http11"} <= names
    _assert_clean(root_capture, QUERY_SECRET, token)


def test_connection_failure_logs_and_error_hold_no_secret(root_capture: ListHandler) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    redactor = Redactor([QUERY_SECRET], ["apiSecret"])
    with install_secret_filter(redactor.secret_values), httpx.Client(trust_env=False) as client:
        request = client.build_request(
            "GET", f"http://127.0.0.1:{port}/x", params={"apiSecret": QUERY_SECRET}
        )
        with pytest.raises(TransportError) as info:
            send(
                client,
                request,
                idempotent=True,
                operation="op",
                redactor=redactor,
                sleep=lambda _: None,
            )
    error = info.value
    assert error.kind == "ConnectError" and error.attempts == 3
    for text in (str(error), repr(error), "".join(traceback.format_exception(error))):
        assert redact_text(text, [QUERY_SECRET]) == text
    _assert_clean(root_capture, QUERY_SECRET)


def test_registration_lifecycle(root_capture: ListHandler) -> None:
    logger = logging.getLogger("httpx")
    first = install_secret_filter(["shared-secret", "only-first"])
    second = install_secret_filter(["shared-secret"])
    logger.warning("a shared-secret b only-first")
    first.remove()
    first.remove()  # idempotent
    logger.warning("c shared-secret d only-first")
    second.remove()
    logger.warning("e shared-secret")
    assert not second.active
    messages = [r.getMessage() for r in root_capture.records if r.name == "httpx"]
    assert messages == ["a *** b ***", "c *** d only-first", "e shared-secret"]


def test_filter_is_reattached_after_logging_reconfiguration() -> None:
    with install_secret_filter(["s3"]):
        for name in HTTP_LOGGER_NAMES:
            logging.getLogger(name).filters.clear()
        with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200))) as client:
            send(
                client,
                client.build_request("GET", "http://127.0.0.1/"),
                idempotent=True,
                operation="op",
                redactor=Redactor(),
            )
        assert all(logging.getLogger(n).filters for n in HTTP_LOGGER_NAMES)
