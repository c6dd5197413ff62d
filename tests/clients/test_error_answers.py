"""Every documented error answer of the five APIs raises its documented error class, whatever
``Content-Type`` it comes with (``application/json``, ``text/html``, ``text/plain``, none).

The answers come from the specs (each non-2xx response's examples, or its schema's; each success
response's failure examples) and from the seeds and vendor notes (Firecart's "FAILED" with an
error code, Cartfunnel's ``persisted: "false"``, Client Toolbox's XML and JSONP errors). The
expected class is the documented meaning of the answer: a success status whose body reports a
failure is ``ErrorInBody``; 401/403 ``AuthenticationError``; 404 ``NotFoundError`` (an empty
list where the spec says 404 means "no records"); any other error status ``ApiError``.
PHP and Java servlet stacks answer ``text/html`` by default, so the header proves nothing.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from specloom_runtime.errors import ApiError, AuthenticationError, ErrorInBody, NotFoundError

from tests.clients.support import Harness
from tests.specs.spec_helpers import HTTP_METHODS, VENDORS, raw

CONTENT_TYPES = ["application/json", "text/html", "text/plain", None]
BY_STATUS: dict[int, type[ApiError]] = {401: AuthenticationError, 403: AuthenticationError, 404: NotFoundError}

# one valid call per operation: method name and keyword arguments
CALLS: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
    ("firecart", "addCustomer"): ("add_customer", {"data": {"name": "David", "email": "david@address.com"}}),
    ("cartfunnel", "listCustomers"): ("list_customers", {}),
    ("cartfunnel", "getCustomer"): ("get_customer", {"id": 92310}),
    ("cartfunnel", "createCustomer"): ("create_customer", {"body": {"email": "anna@example.com"}}),
    ("cartfunnel", "updateCustomer"): ("update_customer", {"id": 32199, "body": {"last_name": "Jules"}}),
    ("salesfire", "syncCustomer"): ("sync_customer", {"site": "s1", "list": "l1", "body": {"email": "test@salesfire.com"}}),
    ("shift4shop", "createCustomer"): ("create_customer", {"body": {"Email": "john.doe@example.com", "Password": ""}}),
    ("shift4shop", "listCustomers"): ("list_customers", {}),
    ("shift4shop", "listCustomerGroupCustomers"): ("list_customer_group_customers", {"id": 1}),
    ("shift4shop", "getCustomer"): ("get_customer", {"id": 1}),
    ("shift4shop", "updateCustomers"): ("update_customers", {"body": [{"CustomerID": 1, "MailList": True}]}),
    ("shift4shop", "updateCustomer"): ("update_customer", {"id": 1, "body": {"MailList": True}}),
    ("shift4shop", "deleteCustomer"): ("delete_customer", {"id": 1}),
    ("clienttoolbox", "recordCustomer"): (
        "record_customer",
        {"body": {"type": "record_customer", "customer_action": "new", "account_id": "greatwidgets", "first_name": "John"}},
    ),
}

_XML_ERROR = '<response status="error">\n<error>Error message</error>\n</response>'
# failures the seeds and vendor notes document, with what the request asked for (extra kwargs)
SEED_FAILURES: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {
    ("firecart", "addCustomer"): [
        ("FAILED : 1001", {}),
        ("Status: FAILED, 1001", {}),
        ('{"status":"FAILED","errorCode":"1001","message":"API blocked because of many invalid emails"}', {}),
    ],
    ("cartfunnel", "createCustomer"): [('{"id":"null","email":"anna@example.com","persisted":"false"}', {})],
    ("cartfunnel", "updateCustomer"): [('{"id":32199,"email":"anna@example.com","persisted":"false"}', {})],
    ("clienttoolbox", "recordCustomer"): [
        (_XML_ERROR, {"output": "XML"}),
        (_XML_ERROR, {}),  # the server's default form, whatever the client asked for
        ('{"status":"error","error":"Error message"}', {}),
        ('someFunctionName({"status":"error","errors":["Error message"]})', {"callback": "someFunctionName"}),
    ],
}
_FAILURE_NAME = re.compile(r"error|fail|notsaved", re.IGNORECASE)


def _deref(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _wire(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _schema_examples(doc: dict[str, Any], schema: Any) -> list[Any]:
    schema = _deref(doc, schema)
    if not isinstance(schema, dict):
        return []
    if schema.get("examples"):
        return list(schema["examples"])
    items = _deref(doc, schema.get("items"))
    if schema.get("type") == "array" and isinstance(items, dict) and items.get("examples"):
        return [[items["examples"][0]]]
    return []


def _content_examples(doc: dict[str, Any], content: dict[str, Any], failures_only: bool) -> list[str]:
    found: list[str] = []
    for media in content.values():
        if "example" in media and not failures_only:
            found.append(_wire(media["example"]))
        for name, example in (media.get("examples") or {}).items():
            if not failures_only or _FAILURE_NAME.search(name):
                found.append(_wire(_deref(doc, example)["value"]))
        if not failures_only and not found:
            found.extend(_wire(e) for e in _schema_examples(doc, media.get("schema")))
    return found


def _statuses(key: str) -> list[int]:
    return [int(key[0]) * 100 + n for n in (0, 1, 2)] if key.upper().endswith("XX") else [int(key)]


def _cases() -> list[Any]:
    cases = []
    for api in VENDORS:
        doc = raw(api)
        for item in doc["paths"].values():
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                empty = (op.get("x-specloom-empty-result") or {}).get("status", [])
                for key, response in op["responses"].items():
                    response = _deref(doc, response)
                    content = response.get("content") or {}
                    success = key.startswith("2")
                    if success and "x-specloom-error-in-body" not in response:
                        continue
                    bodies: list[tuple[str, dict[str, Any]]] = [(b, {}) for b in _content_examples(doc, content, failures_only=success)]
                    if success:
                        bodies += SEED_FAILURES.get((api, op["operationId"]), [])
                    for status in _statuses(key):
                        expected: Any = ErrorInBody if success else BY_STATUS.get(status, ApiError)
                        if status in empty:
                            expected = "empty"
                        for index, (body, extra) in enumerate(bodies or [("", {})]):
                            for content_type in CONTENT_TYPES:
                                name = f"{api}-{op['operationId']}-{status}-{index}-{content_type or 'none'}"
                                cases.append(pytest.param(api, op["operationId"], status, body, extra, content_type, expected, id=name))
    return cases


CASES = _cases()


def test_every_vendor_has_documented_failures() -> None:
    """The case list is not empty by accident: each API contributes failures, with bodies."""
    apis = {case.values[0] for case in CASES if case.values[3]}
    assert apis == set(VENDORS)


@pytest.mark.parametrize(("api", "operation", "status", "body", "extra", "content_type", "expected"), CASES)
def test_documented_failure_raises_documented_class(
    api: str, operation: str, status: int, body: str, extra: dict[str, Any], content_type: str | None, expected: Any
) -> None:
    method, kwargs = CALLS[(api, operation)]
    headers = {"Content-Type": content_type} if content_type else {}
    answer = httpx.Response(status, content=body.encode(), headers=headers)
    harness = Harness(api, "sync", answers=[answer])
    if expected == "empty":
        assert harness.call(method, **kwargs, **extra) == []
        return
    with pytest.raises(ApiError) as caught:
        harness.call(method, **kwargs, **extra)
    assert type(caught.value) is expected, f"{type(caught.value).__name__}: {caught.value}"
