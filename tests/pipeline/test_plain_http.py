"""A spec whose credentials travel over plain ``http://`` gets a located lint warning (hardening
issue, point 20); ``https://``, loopback servers and signing keys that never leave get none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.pipeline.helpers import MINIMAL, ROOT, run_cli, write_spec

WARNING = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<pointer>/servers/\d+/url): warning: (?P<message>.+)$")

KEY = """\
  securitySchemes:
    apiKey: {type: apiKey, in: query, name: key}
security: [{apiKey: []}]
"""
SIGNING_KEY = """\
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Signature
      x-specloom-signature: {algorithm: hmac-sha256, encoding: hex, payload: body}
security: [{apiKey: []}]
"""


def _lint(tmp_path: Path, server: str, security: str) -> list[dict[str, str]]:
    text = MINIMAL.replace('servers: [{url: "http://127.0.0.1:9"}]', f'servers: [{{url: "{server}"}}]') + security
    spec = write_spec(tmp_path, "api.yaml", text)
    code, _, err = run_cli("lint", str(spec))
    assert code == 0, err
    return [m.groupdict() for m in map(WARNING.match, err.splitlines()) if m]


def test_credentials_over_plain_http_are_a_located_warning(tmp_path: Path) -> None:
    [warning] = _lint(tmp_path, "http://api.example.com/v1", KEY)
    assert warning["file"].endswith("api.yaml") and warning["line"] == "3"
    assert warning["pointer"] == "/servers/0/url"
    assert "plain HTTP" in warning["message"] and "apiKey" in warning["message"] and "base_url=" in warning["message"]


@pytest.mark.parametrize(
    ("server", "security"),
    [
        ("https://api.example.com/v1", KEY),  # encrypted
        ("http://127.0.0.1:9", KEY),  # nothing crosses a network
        ("http://localhost/api", KEY),
        ("http://api.example.com/v1", ""),  # no credentials
        ("http://api.example.com/v1", SIGNING_KEY),  # a signing key is never sent
    ],
)
def test_no_warning_where_no_credential_crosses_a_network_in_clear(tmp_path: Path, server: str, security: str) -> None:
    assert _lint(tmp_path, server, security) == []


def test_our_plain_http_spec_is_warned_about() -> None:
    code, _, err = run_cli("lint", str(ROOT / "specs" / "firecart.yaml"))
    assert code == 0
    assert any(m and m["pointer"] == "/servers/0/url" for m in map(WARNING.match, err.splitlines()))
