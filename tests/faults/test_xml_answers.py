"""Hostile XML from a Client Toolbox server: refused at once, in bounded memory, nothing fetched.

The vendor answers XML by default (``output`` unset or ``XML``); the client parses by the answer's
Content-Type whatever it asked for, so a JSON request can still get XML back. ``defusedxml`` with
DTDs forbidden must refuse entity expansion ("billion laughs", quadratic blow-up) and external
entities/DTDs before expanding or fetching anything; the client raises an ``ApiError``
(``ResponseValidationError`` on a 200, the status's own class otherwise) and never retries a POST.
"""

from __future__ import annotations

import time
import tracemalloc
from typing import Any

import pytest
from specloom_runtime.errors import ApiError, ResponseValidationError, ServerError

from tests.faults.server import Faulty, Reply, VendorServer
from tests.faults.support import TOOLBOX_NEW, call
from tests.faults.vendors import ClientToolbox


def _billion_laughs() -> bytes:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE response [\n' + "\n".join(entities) + "\n]>\n"
        '<response status="success"><customer status="new"><code>&lol9;</code></customer></response>'
    ).encode()


def _quadratic() -> bytes:  # one 50 kB entity used 20,000 times: 1 GB if expanded
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE response [<!ENTITY a "{"x" * 50_000}">]>\n'
        f'<response status="success"><customer status="new"><code>{"&a;" * 20_000}</code></customer></response>'
    ).encode()


BILLION_LAUGHS = _billion_laughs()
QUADRATIC = _quadratic()
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE response [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    b'<response status="success"><customer status="new"><code>&secret;</code></customer></response>'
)
PEAK_LIMIT = 50 * 2**20


def _refused(mode: str, answer: Reply, expected: type[ApiError], **kwargs: Any) -> tuple[VendorServer, ApiError, float, int]:
    """Call record_customer against ``answer``: (server, error, seconds, peak bytes allocated)."""
    vendor = ClientToolbox()
    with VendorServer(Faulty(vendor, answer)) as server:
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(expected) as caught:
                call("clienttoolbox", mode, server, "record_customer", body=TOOLBOX_NEW, **kwargs)
            elapsed = time.monotonic() - started
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return server, caught.value, elapsed, peak


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, QUADRATIC], ids=["billion-laughs", "quadratic"])
@pytest.mark.parametrize(
    ("asked", "content_type"),
    [({"output": "XML"}, "application/xml"), ({}, "text/xml; charset=utf-8")],
    ids=["asked-xml", "asked-json"],
)
def test_entity_expansion_bomb_is_refused_quickly_in_bounded_memory(
    mode: str, bomb: bytes, asked: dict[str, str], content_type: str
) -> None:
    server, error, elapsed, peak = _refused(mode, Reply(200, bomb, content_type), ResponseValidationError, **asked)
    assert elapsed < 1.0, f"took {elapsed:.2f}s"
    assert peak < PEAK_LIMIT, f"peak allocation {peak / 2**20:.1f} MB"
    assert "refused unsafe XML" in str(error) and error.body is None
    assert len(server.seen) == 1  # a POST: never sent again


def test_external_entity_is_refused_and_not_read(mode: str) -> None:
    _, error, elapsed, _ = _refused(mode, Reply(200, EXTERNAL_ENTITY, "application/xml"), ResponseValidationError, output="XML")
    assert "refused unsafe XML" in str(error) and elapsed < 1.0
    assert "root:" not in str(error) + repr(error.body)


def test_external_dtd_is_never_fetched(mode: str) -> None:
    vendor = ClientToolbox()
    fetched: list[str] = []

    def respond(seen: Any) -> Reply:
        if seen.method == "GET":  # the parser coming back for the DTD
            fetched.append(seen.path)
            return Reply(200, b'<!ENTITY code "stolen">', "application/xml-dtd")
        dtd = f"{server.base_url}/evil.dtd".encode()
        return Reply(200, b'<?xml version="1.0"?>\n<!DOCTYPE response SYSTEM "' + dtd + b'">\n<response status="success"/>', "application/xml")

    with VendorServer(vendor) as server:
        server.respond = respond  # it needs the server's own address
        with pytest.raises(ResponseValidationError):
            call("clienttoolbox", mode, server, "record_customer", body=TOOLBOX_NEW, output="XML")
        time.sleep(0.05)  # time for a stray fetch to arrive
    assert fetched == [] and [s.method for s in server.seen] == ["POST"]


def test_bomb_in_an_error_answer_gives_the_status_error(mode: str) -> None:
    server, error, elapsed, peak = _refused(mode, Reply(500, BILLION_LAUGHS, "application/xml"), ServerError)
    assert error.status == 500 and error.body is None
    assert elapsed < 1.0 and peak < PEAK_LIMIT and len(server.seen) == 1
