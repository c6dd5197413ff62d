"""The testing kit of every API, operation by operation: documented success, every documented
failure (HTTP statuses and errors inside 2xx bodies), transport faults, request validation,
credentials and the request record, with the real generated clients, sync and async."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pytest
from specloom_runtime.call import apply_decode_plan
from specloom_runtime.errors import (
    ApiError,
    AuthenticationError,
    ErrorInBody,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    TransportError,
)
from specloom_runtime.testing import FakeApiError, FakeServer
from specloom_runtime.wire import check_error_in_body

from tests.testing_kit.support import APIS, CALLS, Kit

OPERATIONS = [(api, op) for api in APIS for op in CALLS[api]]
IDS = [f"{api}.{op}" for api, op in OPERATIONS]


def _expected_error(status: int) -> type[ApiError]:
    return {401: AuthenticationError, 403: AuthenticationError, 404: NotFoundError, 429: RateLimitError}.get(
        status, ServerError if status >= 500 else ApiError
    )


def test_every_operation_of_every_api_has_a_valid_call() -> None:
    for api in APIS:
        kit = Kit(api, "sync")
        assert sorted(CALLS[api]) == sorted(b.operation for b in kit.fake.behaviours)
        assert isinstance(kit.fake, FakeServer) and isinstance(kit.fake, httpx.BaseTransport)
        assert isinstance(kit.fake, httpx.AsyncBaseTransport)


@pytest.mark.parametrize(("api", "operation"), OPERATIONS, ids=IDS)
def test_each_operation_answers_its_documented_success(api: str, operation: str, mode: str) -> None:
    kit = Kit(api, mode)
    kit.seed_one()
    kit.call_operation(operation)  # answers are validated strictly: a wrong shape raises
    [seen] = kit.fake.requests
    assert (seen.operation, seen.problems) == (operation, ())
    assert 200 <= seen.status < 300


@pytest.mark.parametrize(("api", "operation"), OPERATIONS, ids=IDS)
def test_each_documented_error_status_raises_its_exception(api: str, operation: str, mode: str) -> None:
    kit = Kit(api, mode)
    failures = kit.fake.behaviour(operation).failures
    spec = next(s for s in kit.fake.operations if s.name == operation)
    for sample in failures:
        kit.fake.fail(operation, status=sample.status)
        empty = spec.empty_result is not None and sample.status in spec.empty_result.get("status", [])
        if empty:  # the spec says this status means "no records"
            assert kit.call_operation(operation) == []
        else:
            with pytest.raises(_expected_error(sample.status)) as caught:
                kit.call_operation(operation)
            assert type(caught.value) is _expected_error(sample.status)
            assert caught.value.status == sample.status and caught.value.operation == operation
        kit.fake.heal()
    assert [r.status for r in kit.fake.requests] == [s.status for s in failures]


@pytest.mark.parametrize(("api", "operation"), OPERATIONS, ids=IDS)
def test_each_error_in_body_rule_raises_error_in_body(api: str, operation: str, mode: str) -> None:
    kit = Kit(api, mode)
    kit.seed_one()
    play = kit.fake.behaviour(operation)
    spec = next(s for s in kit.fake.operations if s.name == operation)
    for sample in play.body_failures:
        documented = spec.response_for(sample.status)
        form = documented.form_for(sample.media_type)
        body = apply_decode_plan(sample.body, form.plan)
        text = sample.body if isinstance(sample.body, str) else ""
        expected = check_error_in_body(body, text, [documented.rules[sample.rule]])
        assert expected is not None
        kit.fake.fail(operation, error_in_body=sample.rule, times=1)
        with pytest.raises(ErrorInBody) as caught:
            kit.call_operation(operation)
        assert (caught.value.code, caught.value.messages) == (expected.code, expected.messages)
        assert caught.value.status == sample.status
    kit.call_operation(operation)  # times=1: the next call succeeds again


@pytest.mark.parametrize("api", APIS)
def test_undocumented_statuses_rate_limit_and_server_errors(api: str, mode: str) -> None:
    kit = Kit(api, mode)
    operation = next(iter(CALLS[api]))
    kit.fake.fail(operation, status=429, retry_after=30)
    with pytest.raises(RateLimitError) as limited:
        kit.call_operation(operation)
    assert limited.value.retry_after == 30
    kit.fake.heal(operation)
    for status in (500, 503):
        kit.fake.fail(operation, status=status, times=1)
        with pytest.raises(ServerError) as failed:
            kit.call_operation(operation)
        assert failed.value.status == status


def test_a_transient_failure_is_retried_by_an_idempotent_call(mode: str) -> None:
    kit = Kit("cartfunnel", mode)
    kit.fake.fail("listCustomers", status=503, retry_after=0, times=1)
    assert kit.call("list_customers", client_options={"max_retries": 1}) == []
    assert [r.status for r in kit.fake.requests] == [503, 200]


@pytest.mark.parametrize(("fault", "kind", "sent"), [("timeout", "ReadTimeout", True), ("disconnect", "RemoteProtocolError", True), ("connect", "ConnectError", False)])
def test_transport_faults_raise_transport_error(fault: str, kind: str, sent: bool, mode: str) -> None:
    kit = Kit("salesfire", mode)
    kit.fake.fail("syncCustomer", transport=fault)
    with pytest.raises(TransportError) as caught:
        kit.call_operation("syncCustomer")
    assert (caught.value.kind, caught.value.sent) == (kind, sent)
    assert kit.fake.payloads("syncCustomer") == []
    assert [r.status for r in kit.fake.requests] == [None]  # seen, but never answered


def test_a_write_whose_answer_was_lost_is_not_sent_twice(mode: str) -> None:
    kit = Kit("cartfunnel", mode)
    kit.fake.fail("createCustomer", transport="disconnect", processed=True, times=1)
    with pytest.raises(TransportError) as caught:
        kit.call("create_customer", client_options={"max_retries": 2}, body={"email": "anna@example.com"})
    assert caught.value.sent and "not re-sent" in str(caught.value)
    assert len(kit.fake.calls("createCustomer")) == 1
    assert [c["email"] for c in kit.fake.items()] == ["anna@example.com"]  # the server did act


INVALID: dict[str, tuple[str, dict[str, Any], str]] = {
    "cartfunnel": ("create_customer", {"body": {"email": "not an email"}}, "/body/customer/email"),
    "firecart": ("add_customer", {"data": {"email": "david.example.com"}}, "/query/data/email"),
    "salesfire": ("sync_customer", {"site": "s1", "list": "l1", "body": {"types": ["marketing"]}}, "/body/types/0"),
    "shift4shop": ("update_customer", {"id": 1, "body": {"CustomerID": 2}}, "/body"),
    "clienttoolbox": ("record_customer", {"body": {"type": "record_customer", "customer_action": "new"}}, "/body"),
}


@pytest.mark.parametrize("api", APIS)
def test_an_invalid_payload_raises_fake_api_error(api: str, mode: str) -> None:
    kit = Kit(api, mode)
    kit.seed_one()
    method, kwargs, pointer = INVALID[api]
    with pytest.raises(FakeApiError) as caught:  # the client was told not to check
        kit.call(method, client_options={"validate_requests": False}, **kwargs)
    assert isinstance(caught.value, AssertionError)
    assert pointer in [p for p, _ in caught.value.problems]
    assert kit.fake.requests[-1].problems == caught.value.problems and kit.fake.requests[-1].status is None
    with pytest.raises(RequestValidationError):  # the client's own check comes first by default
        kit.call(method, **kwargs)
    assert len(kit.fake.requests) == 1


@pytest.mark.parametrize("api", APIS)
def test_on_invalid_answer_answers_as_the_spec_documents_failures(api: str, mode: str) -> None:
    """A documented 400/422 where there is one; where failures come inside a 2xx body (Client
    Toolbox, Firecart, Cartfunnel's unsaved record), that body, not an invented 400."""
    kit = Kit(api, mode, on_invalid="answer")
    kit.seed_one()
    method, kwargs, _ = INVALID[api]
    operation = next(op for op, (m, _) in CALLS[api].items() if m == method)
    play = kit.fake.behaviour(operation)
    documented = [s.status for s in play.failures if s.status in (400, 422)]
    with pytest.raises(ApiError) as caught:
        kit.call(method, client_options={"validate_requests": False}, **kwargs)
    if documented:
        assert caught.value.status == documented[0]
    else:
        assert play.body_failures, "an API without a documented refusal would get the usual 400"
        assert type(caught.value) is ErrorInBody and caught.value.status == play.success.status
    if api == "salesfire":  # documented 400 body
        assert cast(dict[str, object], caught.value.body)["message"] == "The given data was invalid."


@pytest.mark.parametrize("api", APIS)
def test_requests_are_recorded_without_credentials(api: str, mode: str) -> None:
    kit = Kit(api, mode)
    kit.seed_one()
    for operation in CALLS[api]:
        kit.call_operation(operation)
    assert [r.operation for r in kit.fake.requests] == list(CALLS[api])
    secrets = [v for v in kit.credentials.values() if not v.startswith("https://")]
    for seen in kit.fake.requests:
        shown = repr(seen) + repr(seen.payload)
        assert not any(secret in shown for secret in secrets), shown
        assert any(secret in str(seen.raw.url) + str(seen.raw.headers) + seen.raw.content.decode() for secret in secrets) or api == "salesfire"
    for cred in kit.fake.api.credentials:
        if cred.location == "header":
            assert all(r.headers[cred.wire.lower()] == "***" for r in kit.fake.requests)


@pytest.mark.parametrize("api", APIS)
def test_wrong_credentials_are_refused_with_the_documented_status(api: str, mode: str) -> None:
    kit = Kit(api, mode, credentials=dict(Kit(api, mode).credentials))
    kit.seed_one()
    operation = next(iter(CALLS[api]))
    kit.call_operation(operation)
    name = next(c.attr for c in kit.fake.api.credentials if c.attr != "secure_url")
    kit.credentials[name] = "wrong-" + kit.credentials[name]
    play = kit.fake.behaviour(operation)
    documented = [s.status for s in play.failures if s.status in (401, 403)]
    expected = AuthenticationError if documented or not play.body_failures else ErrorInBody
    with pytest.raises(expected) as caught:
        kit.call_operation(operation)
    # the documented refusal, else the failure the API reports inside its 2xx body
    fallback = play.success.status if play.body_failures else 401
    assert caught.value.status == (documented[0] if documented else fallback)


def test_sync_and_async_clients_share_one_fake() -> None:
    sync = Kit("cartfunnel", "sync")
    created = sync.call("create_customer", body={"email": "anna@example.com"})
    async_kit = Kit("cartfunnel", "async")
    async_kit.fake = sync.fake
    assert async_kit.call("get_customer", id=created.id).email == "anna@example.com"


def test_misuse_is_refused_with_a_clear_message() -> None:
    fake = Kit("cartfunnel", "sync").fake
    with pytest.raises(ValueError, match="no operation 'nope'"):
        fake.fail("nope", status=500)
    with pytest.raises(ValueError, match="exactly one"):
        fake.fail("getCustomer", status=500, transport="timeout")
    with pytest.raises(ValueError, match="no error-in-body rule"):
        fake.fail("getCustomer", error_in_body=True)
    with pytest.raises(ValueError, match="credential names"):
        type(fake)(credentials={"password": "x"})
    with pytest.raises(FakeApiError, match="breaks the spec"):
        fake.add({"email": "anna@example.com", "orders_count": -1})
    assert fake.items() == []
    with pytest.raises(ValueError, match="keeps no collection"):
        Kit("firecart", "sync").fake.add({"email": "a@example.com"})
    with httpx.Client(transport=fake) as raw, pytest.raises(FakeApiError, match="no operation at GET /v2/customers.json"):
        raw.get("https://api.cartfunnel.net/v2/customers.json")


@pytest.mark.parametrize("api", APIS)
def test_every_printed_sample_matches_its_schema(api: str) -> None:
    fake = Kit(api, "sync").fake
    for play in fake.behaviours:
        spec = next(s for s in fake.operations if s.name == play.operation)
        for sample in (play.success, *play.failures):
            documented = spec.response_for(sample.status)
            form = documented.form_for(sample.media_type) if documented and sample.media_type else None
            if form is None:
                assert sample.body is None, (play.operation, sample)
                continue
            body = apply_decode_plan(sample.body, form.plan)
            assert form.validator is not None and form.validator.is_valid(body), (play.operation, sample)
            assert check_error_in_body(body, sample.body if isinstance(sample.body, str) else "", documented.rules) is None
