"""A form body that is not field names to values is refused while the request is built, located,
as every invalid argument is (it was a bare ``TypeError`` from inside the runtime: explorer,
``--roles``, seed 5000). No validator here, as for an untyped (``{}``) schema: nothing else
stops a list."""

from __future__ import annotations

import pytest
from specloom_runtime.call import BodySpec, OperationPlan, OperationSpec
from specloom_runtime.errors import RequestValidationError
from specloom_runtime.wire import PLAIN

SPEC: OperationSpec[object] = OperationSpec(
    name="sendForm", method="POST", path="/form", params=(), responses=(), credentials=(), idempotent=False,
    body=BodySpec(media_type="application/x-www-form-urlencoded", codec=PLAIN, required=True, validator=None, kind="form"),
)  # fmt: skip


def _plan() -> OperationPlan[object]:
    return OperationPlan(SPEC, base_url="https://api.example.com", credentials={}, secrets={})


@pytest.mark.parametrize("body", [["a", "b"], "a=b", 3, True])
def test_a_form_body_that_is_not_a_mapping_is_a_located_request_error(body: object) -> None:
    with pytest.raises(RequestValidationError) as refused:
        _plan().build({}, body, [], True)
    [(where, problem)] = refused.value.errors
    assert where == "/body" and "field names to values" in problem, problem


def test_a_mapping_is_sent_as_form_fields() -> None:
    request = _plan().build({}, {"a": "1", "b": "x y"}, [], True)
    assert request.content == b"a=1&b=x+y"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
