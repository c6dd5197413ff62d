"""The synthetic sixth vendor (``tests/fixtures/sixth_vendor.yaml``) as a self-hosted newsletter
app: a per-installation server (``https://{installation}/v2``) and a form-encoded ``subscribe``
whose every answer is a 200 sentence: one is a success despite sounding like a failure ("Already
subscribed."), one is an ``AuthenticationError`` ("Invalid API key."), the rest ``ErrorInBody``.
The form's constant ``action`` is filled in by the client."""

from __future__ import annotations

import importlib
import inspect
import shutil
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qsl

import httpx
import pytest
from specloom_runtime.call import ConfigurationError
from specloom_runtime.errors import AuthenticationError, ErrorInBody

from tests.pipeline.helpers import ROOT, run_cli

KEY = "form-key-3"
CREDENTIALS = {"api_token": "tok-1", "signing_key": "sign-2", "form_key": KEY}


@pytest.fixture(scope="module")
def sixth(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    tmp = tmp_path_factory.mktemp("sixth_client")
    shutil.copy(ROOT / "tests" / "fixtures" / "sixth_vendor.yaml", tmp / "news_sixth.yaml")
    code, _, err = run_cli("generate", str(tmp / "news_sixth.yaml"), "--out", str(tmp / "out"))
    assert code == 0, err
    sys.path.insert(0, str(tmp / "out"))
    try:
        return importlib.import_module("news_sixth.client")
    finally:
        sys.path.remove(str(tmp / "out"))


def test_the_installation_is_a_constructor_keyword(sixth: ModuleType) -> None:
    with pytest.raises(ConfigurationError) as caught:
        sixth.Client(**CREDENTIALS)
    said = str(caught.value)
    assert "installation=" in said and "{installation}" in said and "base_url=" in said
    with sixth.Client(**CREDENTIALS, installation="news.example.invalid") as client:
        assert client.base_url == "https://news.example.invalid/v2"
    with sixth.Client(**CREDENTIALS, base_url="http://127.0.0.1:9/v2") as client:
        assert client.base_url == "http://127.0.0.1:9/v2"
    with pytest.raises(ConfigurationError, match="installation must be"):
        sixth.Client(**CREDENTIALS, installation="evil.example/../x")
    found = sixth.Client.from_env(
        environ={"SIXTH_VENDOR_TOKEN": "t", "NEWS_SIXTH_SIGNING_KEY": "s", "SIXTH_VENDOR_FORM_KEY": "f"},
        installation="news.example.invalid",
    )
    assert found.base_url == "https://news.example.invalid/v2"
    found.close()


def _subscribe(sixth: ModuleType, answer: str) -> tuple[object, httpx.Request]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, text=answer, headers={"Content-Type": "text/plain; charset=utf-8"})

    with sixth.Client(**CREDENTIALS, installation="news.example.invalid", transport=httpx.MockTransport(handler), max_retries=0) as client:
        return client.subscribe(body={"email": "ada@example.com", "list": "weekly"}), sent[0]


def test_subscribe_sends_the_form_with_its_constant(sixth: ModuleType) -> None:
    assert "action" not in inspect.signature(sixth.Client.subscribe).parameters
    result, request = _subscribe(sixth, "Subscribed.")
    assert result == "Subscribed."
    assert str(request.url) == "https://news.example.invalid/v2/subscribe"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert sorted(parse_qsl(request.content.decode())) == [
        ("action", "subscribe"), ("api_key", KEY), ("email", "ada@example.com"), ("list", "weekly"),
    ]


def test_a_documented_sentence_is_not_an_error(sixth: ModuleType) -> None:
    assert _subscribe(sixth, "Already subscribed.")[0] == "Already subscribed."


def test_the_wrong_key_sentence_is_an_authentication_error(sixth: ModuleType) -> None:
    with pytest.raises(AuthenticationError) as caught:
        _subscribe(sixth, "Invalid API key.")
    error = caught.value
    assert isinstance(error, ErrorInBody) and error.code == "invalid_key" and error.messages == ("Invalid API key.",)
    assert "reported a failure with code invalid_key: Invalid API key. Check the credentials" in str(error)
    assert KEY not in str(error) and KEY not in repr(error)


def test_other_sentences_are_errors_with_their_reason(sixth: ModuleType) -> None:
    with pytest.raises(ErrorInBody) as caught:
        _subscribe(sixth, "Error: the address bounced")
    assert not isinstance(caught.value, AuthenticationError)
    assert caught.value.messages == ("the address bounced",)


def test_the_fixture_shows_the_whole_new_vocabulary() -> None:
    text = Path(ROOT / "tests" / "fixtures" / "sixth_vendor.yaml").read_text(encoding="utf-8")
    for key in ("success: true", "raises: AuthenticationError", "codeValue:", "messagePattern:", "variables:", "const: subscribe"):
        assert key in text, key
