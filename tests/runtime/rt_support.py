"""Helpers shared by the runtime tests (imported by conftest.py and by test modules)."""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

GOOD_HEADER_TOKEN = "hdr-Token'9Zq"


class EchoHandler(BaseHTTPRequestHandler):
    """Answers 200 when the X-Token header is right, else 401; echoes the query back in the body
    and in a response header, the way careless servers echo credentials."""

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        ok = self.headers.get("X-Token") == GOOD_HEADER_TOKEN
        body = json.dumps({"ok": ok, "echo": query}).encode()
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Echo-Token", self.headers.get("X-Token", ""))
        self.send_header("X-Echo-Query", urlsplit(self.path).query)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        """Silence the default stderr access log."""


class ListHandler(logging.Handler):
    """Keeps every record and its fully formatted text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.records: list[logging.LogRecord] = []
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))
