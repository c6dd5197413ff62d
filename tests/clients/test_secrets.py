"""No credential, right or wrong, ever shows: not in log records (root logger at DEBUG, httpx's
INFO request line included), not in exception text, tracebacks or reprs; across success, 4xx,
5xx, a timeout and a dropped connection, for every API, sync and async; through a
MockTransport and through a real socket to a server on 127.0.0.1."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from specloom_runtime import SpecloomError

from tests.clients.support import CREDENTIALS, Harness, json_answer

# One valid call per API; the answers below need not match its schema (warnings are fine).
CALLS: dict[str, tuple[str, dict[str, Any]]] = {
    "firecart": ("add_customer", {"data": {"name": "David", "email": "david@address.com"}}),
    "cartfunnel": ("get_customer", {"id": 7}),
    "salesfire": ("sync_customer", {"site": "s", "list": "l", "body": {"email": "a@example.com"}}),
    "shift4shop": ("list_customers", {"limit": 5}),
    "clienttoolbox": ("record_customer", {"body": {"type": "record_customer", "customer_action": "new", "account_id": "acme", "campaign_id": "1"}}),
}
SUCCESS: dict[str, httpx.Response] = {
    "firecart": json_answer({"status": "SUCCESS"}),
    "cartfunnel": json_answer({"id": 7, "persisted": "true"}),
    "salesfire": json_answer({}),
    "shift4shop": json_answer([{"CustomerID": 7}]),
    "clienttoolbox": json_answer({"status": "success", "customer": {"status": "new", "code": "1"}}),
}
SCENARIOS: dict[str, Any] = {
    "success": None,
    "4xx": json_answer({"error": "bad credentials"}, 401),
    "5xx": json_answer({"error": "oops"}, 503),
    "timeout": httpx.ReadTimeout("timed out"),
    "dropped": httpx.RemoteProtocolError("Server disconnected without sending a response."),
}
WRONG = "WRONG-credential-5150"


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))
        self.texts.append(repr(record.args))


@pytest.fixture
def root_logs() -> Iterator[_Capture]:
    root = logging.getLogger()
    handler = _Capture()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old)


def _secrets(credentials: dict[str, str]) -> list[str]:
    return [v for v in credentials.values()]


def _outcome_text(h: Harness, method: str, kwargs: dict[str, Any]) -> tuple[str, bool]:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = h.call(method, **kwargs)
            text = repr(result)
            raised = False
        except SpecloomError as exc:
            text = str(exc) + repr(exc) + "".join(traceback.format_exception(exc))
            raised = True
    return text + "".join(str(w.message) for w in caught), raised


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
@pytest.mark.parametrize("api", sorted(CALLS))
def test_no_secret_anywhere(api: str, scenario: str, mode: str, root_logs: _Capture) -> None:
    method, kwargs = CALLS[api]
    for credentials in (CREDENTIALS[api], dict.fromkeys(CREDENTIALS[api], WRONG)):
        answer = SUCCESS[api] if scenario == "success" else SCENARIOS[scenario]
        h = Harness(api, mode, answers=[answer])
        h.credentials = credentials
        text, raised = _outcome_text(h, method, kwargs)
        assert raised == (scenario != "success"), text
        client = h.client()
        text += repr(client) + str(vars(client).get("_redactor"))
        logs = "\n".join(root_logs.texts)
        assert "HTTP Request" in logs or scenario in ("timeout", "dropped"), "httpx's INFO line was not captured"
        for secret in _secrets(credentials):
            assert secret not in text, f"{api}/{scenario}: a credential shows in the outcome"
            assert secret not in logs, f"{api}/{scenario}: a credential shows in a log record"


class _Answer(BaseHTTPRequestHandler):
    def _reply(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = b'{"error": "nope"}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _reply

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature of the base
        return


@pytest.fixture
def local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.mark.parametrize("api", sorted(CALLS))
def test_no_secret_over_a_real_socket(api: str, local_server: str, root_logs: _Capture) -> None:
    import importlib

    package = importlib.import_module(f"specloom.apis.{api}")
    method, kwargs = CALLS[api]
    with package.Client(**CREDENTIALS[api], base_url=local_server, max_retries=0) as client:
        with pytest.raises(package.AuthenticationError) as caught:
            getattr(client, method)(**kwargs)
    text = str(caught.value) + repr(caught.value) + "".join(traceback.format_exception(caught.value))
    logs = "\n".join(root_logs.texts)
    assert "httpcore" in logs and "HTTP Request" in logs
    for secret in CREDENTIALS[api].values():
        assert secret not in text and secret not in logs


URL_PASSWORD = "p%40ss-in-the-URL-77"  # written encoded; "p@ss-in-the-URL-77" decoded


@pytest.mark.parametrize("scenario", ["success", "5xx"])
@pytest.mark.parametrize("api", sorted(CALLS))
def test_a_password_in_the_base_url_never_shows(api: str, scenario: str, mode: str, root_logs: _Capture) -> None:
    """``https://user:password@host`` is how some stores hand out API access: the client's repr
    showed the password, and httpx's INFO line (``HTTP Request: POST https://user:...@...``)
    logged it; now it is one of the client's secrets."""
    method, kwargs = CALLS[api]
    answer = SUCCESS[api] if scenario == "success" else SCENARIOS[scenario]
    h = Harness(api, mode, answers=[answer], base_url=f"https://shop-user:{URL_PASSWORD}@api.example.com/v1")
    text, _ = _outcome_text(h, method, kwargs)
    client = h.client()
    text += repr(client)
    logs = "\n".join(root_logs.texts)
    assert "HTTP Request" in logs and "shop-user:***@api.example.com" in repr(client)
    for secret in (URL_PASSWORD, "p@ss-in-the-URL-77"):
        assert secret not in text and secret not in logs, f"{api}/{scenario}: the base URL's password shows"
