"""The README's curl example of ``specloom serve``, sent as the equivalent httpx requests."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import httpx

from tests.serve.support import running

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## A sandbox server for any language") :]
LINES = re.search(r"```sh\n(.*?)```", SECTION, re.DOTALL).group(1).splitlines()  # type: ignore[union-attr]


def _request(line: str, url: str) -> httpx.Request:
    """A ``curl`` line (``-s``, ``-H``, ``--json``, one URL) as an httpx request to ``url``."""
    words = shlex.split(line)[1:]
    headers: dict[str, str] = {}
    method, body, target = "GET", None, ""
    while words:
        word = words.pop(0)
        if word == "-H":
            name, _, value = words.pop(0).partition(":")
            headers[name.strip()] = value.strip()
        elif word == "--json":
            method, body = "POST", words.pop(0).encode()
            headers["Content-Type"] = "application/json"
        elif word.startswith("http://127.0.0.1:8000"):
            target = word.removeprefix("http://127.0.0.1:8000")
        else:
            assert word == "-s", f"the test does not know curl's {word}"
    return httpx.Request(method, url + target, headers=headers, content=body)


def test_the_readme_curl_example_gets_what_the_readme_says() -> None:
    server = shlex.split(LINES[0].rstrip("&"))
    assert server[:3] == ["specloom", "serve", "cartfunnel"]
    credentials = server[server.index("--credential") :]
    curls = [line for line in LINES[1:] if line.startswith("curl ")]
    with running("cartfunnel", *credentials, credentials=False) as (url, _), httpx.Client(timeout=10) as client:
        created, listed, refused = (client.send(_request(line, url)) for line in curls)
    assert created.status_code == 200 and created.json()["id"] == 1
    assert [(c["email"], c["id"]) for c in listed.json()] == [("anna@example.com", 1)]
    assert refused.status_code == 403
