"""The send loop: which failures are retried, how long it waits, how failures are reported."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import traceback
from collections.abc import Callable, Iterator

import httpx
import pytest
from specloom_runtime.call import RetryPolicy, send, send_async
from specloom_runtime.errors import (
    Redactor,
    TransportError,
)

SECRET = "k3y-TOPSECRET"
URL = f"http://127.0.0.1:9/customers?apiSecret={SECRET}&page=1"
REDACTOR = Redactor(secret_values=[SECRET], secret_query_names=["apiSecret"])
NOW = 1_700_000_000.0

Step = httpx.Response | type[httpx.RequestError]


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.delays: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, delay: float) -> None:
        self.delays.append(delay)
        self.now += delay

    async def async_sleep(self, delay: float) -> None:
        self.sleep(delay)


class Script:
    """A MockTransport handler playing the given steps in order and counting calls."""

    def __init__(self, *steps: Step) -> None:
        self._steps: Iterator[Step] = iter(steps)
        self.calls = 0
        self.timeouts: list[dict[str, float | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        self.timeouts.append(dict(request.extensions.get("timeout", {})))
        step = next(self._steps)
        if isinstance(step, httpx.Response):
            return step
        raise step(f"failure talking to {request.url}", request=request)


def _run(
    script: Script,
    method: str = "GET",
    *,
    idempotent: bool | None = None,
    policy: RetryPolicy | None = None,
    time: FakeTime | None = None,
    random: Callable[[], float] = lambda: 1.0,
    logger: logging.Logger | None = None,
) -> tuple[httpx.Response, FakeTime]:
    time = time or FakeTime()
    with httpx.Client(transport=httpx.MockTransport(script)) as client:
        response = send(
            client,
            client.build_request(method, URL, content=b"{}"),
            policy=policy or RetryPolicy(),
            idempotent=method != "POST" if idempotent is None else idempotent,
            operation="list_customers",
            redactor=REDACTOR,
            logger=logger,
            sleep=time.sleep,
            random=random,
            clock=time.clock,
            wall_clock=lambda: NOW,
        )
    return response, time


def _run_async(
    script: Script, method: str = "GET", **kwargs: object
) -> tuple[httpx.Response, FakeTime]:
    time = FakeTime()

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.MockTransport(script)) as client:
            return await send_async(
                client,
                client.build_request(method, URL, content=b"{}"),
                idempotent=method != "POST",
                operation="list_customers",
                redactor=REDACTOR,
                sleep=time.async_sleep,
                random=lambda: 1.0,
                clock=time.clock,
                wall_clock=lambda: NOW,
                **kwargs,  # type: ignore[arg-type]
            )

    return asyncio.run(go()), time


def test_get_503_then_200_is_retried() -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={"ok": 1}))
    response, time = _run(script)
    assert response.status_code == 200
    assert script.calls == 2
    assert time.delays == [0.5]


def test_attempts_are_max_retries_plus_one_with_exponential_full_jitter() -> None:
    script = Script(*(httpx.Response(502) for _ in range(10)))
    randoms = iter([0.25, 0.5, 1.0, 1.0])
    policy = RetryPolicy(max_retries=3, backoff_base=1.0, backoff_cap=3.0)
    response, time = _run(script, policy=policy, random=lambda: next(randoms))
    assert response.status_code == 502
    assert script.calls == 4
    assert time.delays == [0.25 * 1.0, 0.5 * 2.0, 1.0 * 3.0]  # capped at backoff_cap


def test_no_retry_policy_and_non_retry_status() -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    assert _run(script, policy=RetryPolicy(max_retries=0))[0].status_code == 503
    script = Script(httpx.Response(500), httpx.Response(200))
    assert _run(script)[0].status_code == 500
    assert script.calls == 1


def test_post_not_retried_on_retry_status() -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    response, time = _run(script, "POST")
    assert response.status_code == 503 and script.calls == 1 and time.delays == []


def test_post_marked_safe_is_retried() -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    assert _run(script, "POST", idempotent=True)[0].status_code == 200


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadError,
        httpx.ReadTimeout,
        httpx.RemoteProtocolError,
        httpx.WriteError,
        httpx.WriteTimeout,
    ],
)
def test_post_not_resent_after_anything_may_have_been_sent(
    failure: type[httpx.RequestError],
) -> None:
    script = Script(failure, httpx.Response(200))
    with pytest.raises(TransportError) as info:
        _run(script, "POST")
    assert script.calls == 1
    error = info.value
    assert error.kind == failure.__name__ and error.sent and error.attempts == 1
    assert "not re-sent because list_customers is not idempotent" in str(error)


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_post_retried_after_failure_before_sending(failure: type[httpx.RequestError]) -> None:
    script = Script(failure, httpx.Response(201))
    response, time = _run(script, "POST")
    assert response.status_code == 201 and script.calls == 2 and time.delays == [0.5]


def test_get_retried_after_read_error_then_gives_up_with_redacted_error() -> None:
    script = Script(httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout)
    with pytest.raises(TransportError) as info:
        _run(script)
    error = info.value
    assert script.calls == 3 and error.attempts == 3 and error.kind == "ReadTimeout"
    assert str(error).startswith(
        "ReadTimeout on list_customers (GET http://127.0.0.1:9/customers?apiSecret=***&page=1) "
        "after 3 attempts: the server did not answer in time"
    )
    assert isinstance(error.raw, httpx.ReadTimeout)  # sensitive, kept for debugging only
    assert error.__cause__ is None and error.__context__ is None
    for text in (str(error), repr(error), "".join(traceback.format_exception(error))):
        assert SECRET not in text


def test_unsupported_protocol_not_retried() -> None:
    script = Script(httpx.UnsupportedProtocol, httpx.Response(200))
    with pytest.raises(TransportError, match="UnsupportedProtocol"):
        _run(script)
    assert script.calls == 1


def test_retry_after_seconds_honoured() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200))
    response, time = _run(script)
    assert response.status_code == 200 and time.delays == [7.0]


def test_retry_after_http_date_honoured() -> None:
    date = email.utils.formatdate(NOW + 12, usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": date}), httpx.Response(200))
    response, time = _run(script)
    assert response.status_code == 200 and time.delays == [12.0]


def test_retry_after_capped_and_ignored_when_asked() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200))
    policy = RetryPolicy(retry_after_cap=5.0, total_timeout=100.0)
    assert _run(script, policy=policy)[1].delays == [5.0]
    script = Script(httpx.Response(429, headers={"Retry-After": "30"}), httpx.Response(200))
    assert _run(script, policy=RetryPolicy(respect_retry_after=False))[1].delays == [0.5]
    script = Script(httpx.Response(429, headers={"Retry-After": "soon"}), httpx.Response(200))
    assert _run(script)[1].delays == [0.5]


def test_total_timeout_bounds_the_call() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "50"}), httpx.Response(200))
    response, time = _run(script, policy=RetryPolicy(total_timeout=10.0))
    assert response.status_code == 429 and script.calls == 1 and time.delays == []
    script = Script(*(httpx.ConnectError for _ in range(10)))
    policy = RetryPolicy(max_retries=9, backoff_base=1.0, backoff_cap=100.0, total_timeout=10.0)
    with pytest.raises(TransportError):
        _run(script, policy=policy)
    assert script.calls == 4  # waits 1 + 2 + 4 = 7; the next (8) would end past 10


def test_attempt_timeouts_are_clamped_to_the_time_left() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "8"}), httpx.Response(200))
    _run(script, policy=RetryPolicy(total_timeout=10.0))
    assert script.timeouts[0]["read"] == 5.0  # httpx default, below the 10 s left
    assert script.timeouts[1] == {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}


def test_debug_log_has_redacted_url_status_and_duration(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.specloom.transport")
    with caplog.at_level(logging.DEBUG, logger=logger.name):
        _run(Script(httpx.Response(503), httpx.Response(204)), logger=logger)
    lines = [r.getMessage() for r in caplog.records if r.name == logger.name]
    assert lines[0] == (
        "list_customers GET http://127.0.0.1:9/customers?apiSecret=***&page=1 -> 503 in 0.000s "
        "(attempt 1 of 3)"
    )
    assert any("-> 204" in line and "attempt 2 of 3" in line for line in lines)
    assert any("retrying in 0.50s" in line for line in lines)
    assert all(SECRET not in line for line in lines)


def test_retry_policy_rejects_negative_values() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


# --- async twins -----------------------------------------------------------------------------


def test_async_get_503_then_200_is_retried() -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    response, time = _run_async(script)
    assert response.status_code == 200 and script.calls == 2 and time.delays == [0.5]


def test_async_post_not_resent_after_read_error_but_after_connect_error() -> None:
    script = Script(httpx.ReadError, httpx.Response(200))
    with pytest.raises(TransportError) as info:
        _run_async(script, "POST")
    assert script.calls == 1 and info.value.__context__ is None
    assert SECRET not in "".join(traceback.format_exception(info.value))
    script = Script(httpx.ConnectError, httpx.Response(200))
    assert _run_async(script, "POST")[0].status_code == 200 and script.calls == 2


def test_async_retry_after_and_attempt_count() -> None:
    date = email.utils.formatdate(NOW + 4, usegmt=True)
    script = Script(
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(503, headers={"Retry-After": date}),
        httpx.Response(504),
        httpx.Response(200),
    )
    response, time = _run_async(script)
    assert response.status_code == 504 and script.calls == 3 and time.delays == [2.0, 4.0]
