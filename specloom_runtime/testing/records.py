"""The testing kit's data: what a generated ``testing.py`` prints and what a fake records.

Input: nothing (plain frozen dataclasses). Output: ``FakeApiError``, ``Sample``, ``Resource``,
``Behaviour``, ``SeenRequest`` (public, re-exported by ``specloom_runtime.testing``), and the
fake's working records ``_Script`` and ``_Call``. Split from ``testing.py`` so the engine module
holds the engine only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from specloom_runtime.call.operation import OperationSpec
from specloom_runtime.wire.jsontypes import JsonValue

__all__ = ["Answer", "Behaviour", "FakeApiError", "Problems", "Resource", "Role", "Sample", "SeenRequest", "TransportFault"]


Role = Literal["create", "list", "get", "update", "delete", "bulk_update", "record"]
Answer = Literal["item", "page", "ack", "sample"]
TransportFault = Literal["timeout", "disconnect", "connect"]
Problems = tuple[tuple[str, str], ...]


class FakeApiError(AssertionError):
    """The fake received a request the spec does not allow, or was asked something it cannot do.

    ``problems``: ``(pointer, message)`` pairs (``/query/page``, ``/body/email``, ...).
    An ``AssertionError``, so pytest reports it as a failed check, and ``except ApiError`` in the
    code under test does not swallow it. Example::

        with pytest.raises(FakeApiError) as caught:
            sync_customers(client)
        assert caught.value.problems[0][0] == "/body/email"

    ``allowed``: for a request whose path the spec knows but not with its method, the methods
    the spec declares there (the sandbox answers such a request 405 with them in ``Allow``).
    """

    def __init__(self, message: str, problems: Problems = (), allowed: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
        self.allowed = allowed


@dataclass(frozen=True, slots=True)
class Sample:
    """An answer: status, media type (``""``: no body) and body in wire form (JSON, or the text
    itself for a non-JSON media type). ``rule``: the error-in-body rule it triggers, -1 for none.

    Example: ``Sample(200, "text/plain", "FAILED : 1001", rule=0)``.
    """

    status: int
    media_type: str = ""
    body: JsonValue = None
    rule: int = -1


@dataclass(frozen=True, slots=True)
class Resource:
    """A collection the fake keeps: items of model ``name`` keyed by the property ``id_field``.

    ``server_fields`` are the values a new item gets unless the request sets them (read-only and
    required properties of the spec's example). New string ids keep the shape of ``id_template``
    (its final run of hex digits becomes the zero-padded counter). ``stamps``: date properties
    set to the moment the item is stored (name -> ``date-time``, ``date`` or a named format; one
    whose name mentions an update is set again on every update). Example::

        Resource("Customer", "id", "int", {"persisted": "true"})
    """

    name: str
    id_field: str
    id_kind: Literal["int", "str"] = "int"
    server_fields: Mapping[str, JsonValue] = field(default_factory=dict)
    id_template: str = ""
    stamps: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Behaviour:
    """How the fake plays one operation (printed per operation by the generated ``testing.py``).

    ``operation``/``method``: the operation id and the client method's name. ``answer``: the
    success body is the stored item, a page of items, ``success`` as an acknowledgement with the
    id written at ``ack_id_pointer`` (in each entry of a list: one per written item), or
    ``success`` as is. ``body_failures``: 2xx answers that break one error-in-body rule each;
    ``failures``: one answer per documented error status; ``wire_kinds``: how to read parameter
    and form text back (``int``, ``float``, ``bool``, ``list:<kind>``; ``str`` when absent).
    ``filters``: a list's parameters that select items (name -> ``property``, ``match``:
    ``equals``, or ``writtenFrom``/``writtenUntil`` against when the item was last written, read in
    ``format``); ``count``: the parameter that asks for a count and the ``pointer`` it is answered
    at; ``formats``: the ``x-specloom-response-format`` facts (``param``, ``values``, ``default``,
    ``jsonp``, ``compact``, ``xml_root``, ``xml_attributes``); ``only_with``: answer members
    (pointers) sent only when the request carried one of the named fields.
    Example: ``fake.behaviour("getCustomer").failures``.
    """

    operation: str
    method: str
    role: Role
    success: Sample
    resource: str = ""
    id_param: str = ""
    answer: Answer = "sample"
    ack_id_pointer: str = ""
    body_failures: tuple[Sample, ...] = ()
    failures: tuple[Sample, ...] = ()
    wire_kinds: Mapping[str, str] = field(default_factory=dict)
    filters: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    count: Mapping[str, str] = field(default_factory=dict)
    formats: Mapping[str, JsonValue] = field(default_factory=dict)
    only_with: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SeenRequest:
    """One request the fake received, decoded, without credentials.

    ``operation``: its operation id; ``path``: relative to the base URL; ``params``: path, query,
    header and cookie parameters the operation declares, read back to JSON values (JSON-encoded
    ones parsed); ``headers``: credential headers masked as ``***``; ``body``: the parsed body
    (form credentials left out; ``None`` when there is none); ``problems``: what the spec does not
    allow (``FakeApiError`` was raised when not empty, unless ``on_invalid="answer"``);
    ``status``: the status answered (``None`` when a transport failure or ``FakeApiError`` was
    raised instead). ``raw`` is SENSITIVE: the ``httpx.Request`` itself, credentials included.
    Example: ``assert fake.requests[-1].params == {"page": 2}``.
    """

    operation: str
    method: str
    path: str
    params: Mapping[str, JsonValue]
    headers: Mapping[str, str]
    body: JsonValue
    problems: Problems
    status: int | None
    raw: httpx.Request = field(repr=False, compare=False)

    @property
    def payload(self) -> JsonValue:
        """The body, or (an operation without one) its parameters: what the call carried.
        Example: ``fake.requests[-1].payload["data"]["email"]`` (a JSON query parameter named ``data``)."""
        return self.body if self.body is not None else dict(self.params)


@dataclass(slots=True)
class _Script:
    sample: Sample | None
    headers: dict[str, str]
    fault: TransportFault | None
    processed: bool
    times: int | None
    verbatim: bool = False
    """Answered exactly as given (a ``media_type`` was named): not in the format asked for."""


@dataclass(slots=True)
class _Call:
    """A request while the fake reads and plays it."""

    request: httpx.Request
    spec: OperationSpec[Any]
    behaviour: Behaviour
    path: str
    path_texts: dict[str, str] = field(default_factory=dict)
    params: dict[str, JsonValue] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: JsonValue = None
    problems: list[tuple[str, str]] = field(default_factory=list)
    denied: bool = False
    status: int | None = None

    def seen(self) -> SeenRequest:
        return SeenRequest(
            self.spec.name, self.request.method, self.path, dict(self.params), self.headers,
            self.body, tuple(self.problems), self.status, self.request,
        )  # fmt: skip


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def _shown(problems: Sequence[tuple[str, str]]) -> str:
    """The first five problems of a request, as the kit's error and the sandbox's 400 say them."""
    return "; ".join(f"{p or '(root)'}: {m}" for p, m in problems[:5])


def _is_json(kind: str) -> bool:
    return kind in ("application/json", "text/json") or kind.endswith("+json")
