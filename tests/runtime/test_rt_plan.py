"""``plan.OperationPlan`` (what clients run) against ``request.prepare``/``answer.interpret`` (the
generic statement of the rules), on random calls and answers of every generated operation and of
a synthetic operation that uses every parameter place, credential place and a signature.

Both sides get the same inputs; the requests must be the same on the wire (method, URL, header
list, body bytes) and the answers the same (equal results, or the same exception type and text,
and the same warnings). One plan serves several calls in a row, as in a client, so its kept URLs
and answer forms are exercised too.
"""

from __future__ import annotations

import importlib
import json
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, note
from hypothesis import strategies as st
from specloom_runtime.call import (
    URLS_KEPT,
    BodySpec,
    CredentialSpec,
    OperationPlan,
    OperationSpec,
    ParamSpec,
    ResponseForm,
    ResponseMode,
    ResponseSpec,
    ResponseValidationWarning,
    interpret,
    prepare,
)
from specloom_runtime.errors import Redactor, ResponseValidationError
from specloom_runtime.proptest import oracle as proptest
from specloom_runtime.proptest import values as proptest_values
from specloom_runtime.wire import PLAIN, make_signer

from specloom.apis import cartfunnel, clienttoolbox, firecart, salesfire, shift4shop

APIS: dict[str, ModuleType] = {
    m.__name__.rpartition(".")[2]: m
    for m in (cartfunnel, clienttoolbox, firecart, salesfire, shift4shop)
}
STRATEGIES = {api: importlib.import_module(f"specloom.apis.{api}.strategies") for api in APIS}
CASES = sorted((api, op.name) for api, m in APIS.items() for op in m.client.OPERATIONS)
ORACLES = {
    api: proptest.SpecOracle.recorded(
        str(Path(str(m.__file__)).resolve().parent / "tests" / "x.py"), m.SOURCE_SPEC_PATH
    )
    for api, m in APIS.items()
}

# base URLs as a client may be given them: paths, trailing slashes, ports, a query or fragment
# of their own, user info, upper case, IPv6, IDNA, dot segments, and ones httpx refuses
BASE_URLS = st.sampled_from(
    [
        "http://127.0.0.1:9/proptest",
        "https://api.example.com",
        "https://api.example.com/v1/",
        "https://API.Example.com:443/a%20b/",
        "http://api.example.com:8080/x/../y",
        "https://api.example.com/base?fixed=1&x=a+b",
        "https://api.example.com/base#part",
        "https://user:p%40ss@api.example.com",
        "http://[::1]:8000/",
        "https://bücher.example/",
        "https://api.example.com/%zz",
        "https://bad host/",
    ]
)
# secrets: mostly ASCII (httpx refuses other header values, on both sides alike)
ASCII = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=8)
SECRET_TEXT = st.one_of(
    ASCII.filter(bool),
    st.sampled_from(["a b&c=d?e#f/g%h", "~._-"]),
    st.text(min_size=1, max_size=4),
)
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.lists(st.text(max_size=4), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)


def _outcome(call: Callable[[], Any]) -> tuple[Any, ...]:
    """What ``call`` did, comparably: its request or result, or its exception, and warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = call()
        except Exception as exc:  # the same exception is the point, whatever it is
            result: tuple[Any, ...] = ("raised", type(exc), str(exc), getattr(exc, "errors", None))
        else:
            if isinstance(value, httpx.Request):
                url = value.url
                result = (
                    "sent",
                    value.method,
                    str(url),
                    url.raw_path,
                    value.headers.raw,
                    value.content,
                )
            else:
                result = ("returned", value)
    return (*result, [(w.category, str(w.message)) for w in caught])


def _check_request(
    plan: OperationPlan[Any],
    credentials: dict[str, CredentialSpec],
    secrets: dict[str, str],
    arguments: dict[str, object],
    body: object,
    headers: list[tuple[str, str]],
    validate: bool,
) -> None:
    """The plan's request for one call is ``prepare``'s (or both raise alike)."""

    def generic_request() -> httpx.Request:
        return prepare(
            plan.spec,
            arguments,
            body,
            base_url=plan.base_url,
            credentials=credentials,
            secrets=secrets,
            headers=headers,
            validate=validate,
        )

    generic = _outcome(generic_request)
    note(f"generic: {generic!r}")
    assert _outcome(lambda: plan.build(arguments, body, headers, validate)) == generic


def _secrets(api: Any, data: st.DataObject) -> dict[str, str]:
    if data.draw(st.booleans(), label="fixed secrets"):
        return proptest.secrets_for(api)
    return {c.attr: data.draw(SECRET_TEXT, label=c.attr) for c in api.credentials}


def _argument(strategies: Any, param: ParamSpec, data: st.DataObject) -> object:
    if param.validator is None:
        return data.draw(st.none() | st.sampled_from(["JSON", "XML", "cb", ""]) | ODD_VALUES)
    choice = data.draw(st.sampled_from(["valid", "valid", "invalid", "absent", "odd"]))
    if choice == "valid":
        return data.draw(strategies.STRATEGIES[param.validator.name], label=param.wire)
    if choice == "invalid" and param.validator.name in strategies.INVALID:
        return data.draw(strategies.INVALID[param.validator.name], label=param.wire).value
    return None if choice == "absent" else data.draw(ODD_VALUES, label=param.wire)


def _call(
    strategies: Any, spec: OperationSpec[Any], data: st.DataObject
) -> tuple[dict[str, object], object]:
    arguments = {p.attr: _argument(strategies, p, data) for p in spec.params}
    body: object = None
    if spec.body is not None and spec.body.validator is not None:
        key = spec.body.validator.name
        choice = data.draw(st.sampled_from(["valid", "valid", "invalid", "absent", "odd"]))
        if choice == "valid":
            body = data.draw(strategies.STRATEGIES[key], label="body")
            if spec.body.envelope and isinstance(body, dict):
                body = body[spec.body.envelope]
        elif choice == "invalid" and key in strategies.INVALID:
            body = data.draw(strategies.INVALID[key], label="body").value
        elif choice == "odd":
            body = data.draw(ODD_VALUES, label="body")
    return arguments, body


@pytest.mark.parametrize(("api", "name"), CASES)
@given(data=st.data())
def test_plan_builds_the_request_prepare_builds(api: str, name: str, data: st.DataObject) -> None:
    module = APIS[api]
    spec = next(op for op in module.client.OPERATIONS if op.name == name)
    credentials = {c.scheme: c for c in module.client.API.credentials}
    secrets = _secrets(module.client.API, data)
    base_url = data.draw(BASE_URLS, label="base URL")
    plan = OperationPlan(spec, base_url=base_url, credentials=credentials, secrets=secrets)
    for _ in range(data.draw(st.integers(1, 3), label="calls")):  # later calls reuse the plan
        arguments, body = _call(STRATEGIES[api], spec, data)
        headers = [
            ("User-Agent", "specloom/test"),
            *data.draw(
                st.lists(
                    st.tuples(st.sampled_from(["X-A", "x-a"]), st.text(max_size=3)), max_size=2
                )
            ),
        ]
        validate = data.draw(st.booleans(), label="validate")
        _check_request(plan, credentials, secrets, arguments, body, headers, validate)


# -- answers ---------------------------------------------------------------------------------

XML = [
    b'<response status="success"><customer status="new"><code>1</code></customer></response>',
    b"<r>OK</r>",
    b"<r><a>1</a><a>2</a></r>",
    b"<!DOCTYPE r [<!ENTITY a 'x'>]><r>&a;</r>",
    b"<r>",
]
JUNK = [
    b"",
    b"   \n",
    b"\xef\xbb\xbf{}",
    b"{",
    b"NaN",
    b"[1, 2",
    b"\xff\xfe",
    b'"text"',
    b"null",
    b'cb({"status": "success"});',
    b"FAILED 123",
    b"\xe9t\xe9",
    b'"\xe9"',
    b'{"status": "FAILED", "errorCode": "E1"}',
    b'{"persisted": "false", "errors": ["no"]}',
]
KINDS = ["application/json", "text/plain", "application/xml", "application/problem+json", ""]
PARAMETERS = [
    "",
    "; charset=utf-8",
    "; charset=UTF-8",
    "; charset=latin-1",
    "; charset=bogus",
    ";q=1",
]


def _content_type(spec: OperationSpec[Any], data: st.DataObject) -> str | None:
    documented = sorted({f.media_type for r in spec.responses for f in r.forms})
    kind = data.draw(st.sampled_from([*documented, *KINDS]), label="media type")
    suffix = data.draw(st.sampled_from(PARAMETERS), label="parameters")
    if kind and data.draw(st.booleans(), label="upper case"):
        kind = kind.upper()
    return (kind + suffix) if kind else None


def _content(
    module: ModuleType, api: str, spec: OperationSpec[Any], status: int, data: st.DataObject
) -> bytes:
    response = spec.response_for(status)
    forms = [f for f in response.forms if f.validator is not None] if response else []
    choice = data.draw(st.sampled_from(["valid", "valid", "invalid", "xml", "junk"]))
    if choice in ("valid", "invalid") and forms:
        key = data.draw(st.sampled_from(forms)).validator.name  # type: ignore[union-attr]
        if choice == "valid":
            value = data.draw(STRATEGIES[api].STRATEGIES[key], label="answer")
            value = proptest_values.wire_answer(ORACLES[api], STRATEGIES[api].POINTERS[key], value)
        elif key in STRATEGIES[api].INVALID:
            value = data.draw(STRATEGIES[api].INVALID[key], label="answer").value
        else:
            value = data.draw(ODD_VALUES)
        text = json.dumps(value)
        if data.draw(st.booleans(), label="text/plain answer") and isinstance(value, str):
            text = value
        return text.encode("utf-8")
    if choice == "xml":
        return data.draw(st.sampled_from(XML))
    return data.draw(st.sampled_from(JUNK) | st.binary(max_size=8))


@pytest.mark.parametrize(("api", "name"), CASES)
@given(data=st.data())
def test_plan_reads_answers_as_interpret_does(api: str, name: str, data: st.DataObject) -> None:
    module = APIS[api]
    spec = next(op for op in module.client.OPERATIONS if op.name == name)
    credentials = {c.scheme: c for c in module.client.API.credentials}
    secrets = proptest.secrets_for(module.client.API)
    redactor = Redactor(secrets.values(), secret_query_names=[], secret_header_names=[])
    plan = OperationPlan(
        spec, base_url="https://api.example.com", credentials=credentials, secrets=secrets
    )
    statuses = sorted(
        {int(r.status) for r in spec.responses if r.status.isdigit()}
        | {200, 201, 204, 299, 404, 503}
    )
    request = httpx.Request(
        "GET", "https://api.example.com/x?apiSecret=" + next(iter(secrets.values()))
    )
    for _ in range(data.draw(st.integers(1, 3), label="answers")):  # later ones reuse the plan
        status = data.draw(st.sampled_from(statuses), label="status")
        content_type = _content_type(spec, data)
        content = _content(module, api, spec, status, data)
        mode: ResponseMode = data.draw(st.sampled_from(["off", "warn", "raise"]), label="mode")
        headers = {} if content_type is None else {"Content-Type": content_type}
        _check_answer(plan, redactor, mode, status, headers, content, request)


def _check_answer(
    plan: OperationPlan[Any],
    redactor: Redactor,
    mode: ResponseMode,
    status: int,
    headers: dict[str, str],
    content: bytes,
    request: httpx.Request,
) -> None:
    """The plan reads one answer as ``interpret`` does (or both raise alike)."""

    def answer() -> httpx.Response:  # a fresh one per side: both parse and decode in place
        return httpx.Response(status, headers=headers, content=content, request=request)

    generic = _outcome(lambda: interpret(plan.spec, answer(), redactor=redactor, mode=mode))
    note(f"generic: {generic!r}")
    assert _outcome(lambda: plan.read(answer(), redactor, mode)) == generic


# -- every parameter and credential place ------------------------------------------------------

SYNTHETIC: OperationSpec[object] = OperationSpec(
    name="synthetic",
    method="PUT",
    path="/things/{id}/{kind}.json",
    params=(
        ParamSpec(wire="id", attr="id", location="path", required=True),
        ParamSpec(wire="kind", attr="kind", location="path", required=False, default="all"),
        ParamSpec(wire="q", attr="q", location="query", required=False),
        ParamSpec(
            wire="q", attr="q_again", location="header", required=False
        ),  # one wire name twice
        ParamSpec(wire="X-Trace", attr="trace", location="header", required=False),
        ParamSpec(wire="pref", attr="pref", location="cookie", required=False),
        ParamSpec(wire="filter", attr="filter", location="query", required=False, json=True),
        ParamSpec(wire="api_key", attr="key", location="query", required=False),  # as a credential
        ParamSpec(wire="v", attr="v", location="query", required=True, const="2"),
    ),
    body=BodySpec(media_type="application/json", codec=PLAIN, required=False, validator=None),
    responses=(ResponseSpec(status="200", forms=(ResponseForm("application/json", PLAIN, None),)),),
    credentials=("key", "session", "token", "signature", "unknown"),
    idempotent=True,
)
# mostly values that can be sent, so most calls get as far as the URL and headers
PLACE_VALUES = st.one_of(
    ASCII,
    st.integers(-3, 3),
    st.booleans(),
    st.lists(st.text(max_size=3), max_size=3),
    st.none(),
    ODD_VALUES,
)
CREDENTIALS = {
    "key": CredentialSpec("key", "key", "query", "api_key", "K"),
    "session": CredentialSpec("session", "session", "cookie", "sid", "S"),
    "token": CredentialSpec("token", "token", "header", "X-Token", "T"),
    "signature": CredentialSpec(
        "signature", "signing", "signature", "X-Sig", "G", "hmac-sha1", "base64"
    ),
}


@given(data=st.data(), base_url=BASE_URLS)
def test_plan_agrees_on_every_place(data: st.DataObject, base_url: str) -> None:
    secrets = {c.attr: data.draw(SECRET_TEXT, label=c.attr) for c in CREDENTIALS.values()}
    if data.draw(st.integers(0, 9), label="a secret missing") == 0:
        secrets.pop(data.draw(st.sampled_from(sorted(secrets))))
    plan = OperationPlan(SYNTHETIC, base_url=base_url, credentials=CREDENTIALS, secrets=secrets)
    for _ in range(data.draw(st.integers(1, 3), label="calls")):
        arguments = {p.attr: data.draw(PLACE_VALUES, label=p.attr) for p in SYNTHETIC.params}
        body = data.draw(ODD_VALUES, label="body")
        _check_request(plan, CREDENTIALS, secrets, arguments, body, [], True)


def test_a_plan_keeps_a_bounded_number_of_urls() -> None:
    spec = cartfunnel.client.OPERATIONS[2]  # getCustomer: /customers/{id}.json
    credentials = {c.scheme: c for c in cartfunnel.client.API.credentials}
    secrets = proptest.secrets_for(cartfunnel.client.API)
    plan = OperationPlan(
        spec, base_url="https://api.example.com/v1", credentials=credentials, secrets=secrets
    )
    for customer in [*range(1, URLS_KEPT + 9), 3, 3]:
        request = plan.build({"id": customer}, None, [], True)
        assert str(request.url) == f"https://api.example.com/v1/customers/{customer}.json"
    assert len(plan._urls) == URLS_KEPT


def test_a_client_plans_again_when_its_base_url_changes() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"success": True})

    body = {"email": "a@example.com", "types": ["MARKETING"], "channels": ["EMAIL"]}
    with salesfire.Client(secret="plan-test-key", transport=httpx.MockTransport(answer)) as client:
        client.sync_customer(site="s1", list="l1", body=body)
        client.base_url = "https://other.example/api"
        client.sync_customer(site="s1", list="l1", body=body)
    assert seen == [
        "https://api.salesfire.co.uk/client/s1/customers/l1",
        "https://other.example/api/client/s1/customers/l1",
    ]


def test_a_response_warning_points_at_the_client_method() -> None:
    """``validate_responses="warn"``: the warning names the generated method's line (the plan
    and the generic path put the same number of frames between it and the warning)."""
    body = {"email": "a@example.com", "types": ["MARKETING"], "channels": ["EMAIL"]}
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=[1]))
    with salesfire.Client(secret="plan-test-key", transport=transport) as client:
        with pytest.warns(ResponseValidationWarning) as caught:
            with pytest.raises(ResponseValidationError):  # (a list cannot be typed either)
                client.sync_customer(site="s1", list="l1", body=body)
    assert caught[0].filename == salesfire.client.__file__


def test_a_plan_shows_no_secret() -> None:
    """A plan holds the client's secrets, placed; none of its parts shows them."""
    secret = "plan-hidden-value"
    credentials = {
        **{c.scheme: c for c in firecart.client.API.credentials},
        **CREDENTIALS,
    }
    secrets = {c.attr: secret for c in credentials.values()}
    for spec in (firecart.client.OPERATIONS[0], SYNTHETIC):
        plan: OperationPlan[Any] = OperationPlan(
            spec, base_url="https://a.example", credentials=credentials, secrets=secrets
        )
        placement = plan._placement
        shown = [repr(plan), repr(placement), str(placement), repr(placement and placement.signers)]
        assert not [text for text in shown if secret in text]
    odd_signer = make_signer(secret, algorithm="hmac-md5")  # type: ignore[arg-type]
    assert secret not in repr(odd_signer)
