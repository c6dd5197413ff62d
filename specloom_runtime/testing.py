"""An offline fake of a generated API for tests: an httpx transport that plays the spec.

Input: the data a generated ``testing.py`` prints from the spec (one ``Behaviour`` per operation,
the ``Resource`` collections) plus the generated ``client.py``'s ``API`` and ``OPERATIONS`` and the
package's ``VALIDATORS``. Output: ``FakeServer``, which is both an ``httpx.BaseTransport`` and an
``httpx.AsyncBaseTransport``, so one object is the ``transport=`` of ``Client`` and ``AsyncClient``.

For each request, in order:

1. route it by method and path template (relative to the path of ``base_url``, by default the
   spec's server; no match raises ``FakeApiError``), and record it in ``fake.requests``
   (whatever happens next);
2. check the credentials the operation needs are there (and equal those given to the
   constructor, signatures verified): otherwise answer the documented 401/403;
3. validate parameters and body with the package's own validators: an invalid request raises
   ``FakeApiError`` (an ``AssertionError``) out of the client call, so a test cannot miss it even
   if the code under test catches ``ApiError``; ``on_invalid="answer"`` answers the documented
   400/422 instead;
4. play the next scripted answer (``fail``, ``answer``), if one is queued for the operation;
5. else play the operation's part: ``create`` stores the body with a new id and server-made
   fields; ``get``/``update``/``delete`` act on the stored item (404 when there is none);
   ``list`` answers one page as the operation's pagination says, and past the end an empty page
   or the operation's declared "no records" answer; ``bulk_update`` updates every item of the
   body; ``record`` (an operation that is not collection-shaped) keeps the payload
   (``fake.payloads(op)``) and answers the documented success.

Answers carry the vendor's wire quirks: the declared wire strings are written back (``true`` as
``"true"`` where the spec decodes it), a single item is wrapped in its one-item list, writes are
acknowledged in the documented shape with the item's id. Not modelled: filters other than
pagination (a list answers every stored item of its collection, also a list nested under another
resource), a parent path parameter, lists wrapped in an envelope object (answered with their
documented example), response formats other than the documented primary one.

Secrets: ``SeenRequest.headers`` and ``.params`` never hold credentials (masked or left out);
``SeenRequest.raw`` is the real ``httpx.Request``, credentials included: do not log it.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

from specloom_runtime.client import ApiSpec
from specloom_runtime.jsontypes import JsonValue
from specloom_runtime.models import WireModel
from specloom_runtime.operation import DecodePlan, OperationSpec, apply_decode_plan
from specloom_runtime.parsing import media_type
from specloom_runtime.redact import MASK
from specloom_runtime.signing import verify_signature
from specloom_runtime.unset import UNSET, Unset
from specloom_runtime.validation import CompiledValidator, RecursionLimitError

__all__ = ["Behaviour", "FakeApiError", "FakeServer", "Resource", "Sample", "SeenRequest"]

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
    """

    def __init__(self, message: str, problems: Problems = ()) -> None:
        super().__init__(message)
        self.problems = problems


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
    (its final run of hex digits becomes the zero-padded counter). Example::

        Resource("Customer", "id", "int", {"persisted": "true"})
    """

    name: str
    id_field: str
    id_kind: Literal["int", "str"] = "int"
    server_fields: Mapping[str, JsonValue] = field(default_factory=dict)
    id_template: str = ""


@dataclass(frozen=True, slots=True)
class Behaviour:
    """How the fake plays one operation (printed per operation by the generated ``testing.py``).

    ``operation``/``method``: the operation id and the client method's name. ``answer``: the
    success body is the stored item, a page of items, ``success`` as an acknowledgement with the
    id written at ``ack_id_pointer`` (in each entry of a list: one per written item), or
    ``success`` as is. ``body_failures``: 2xx answers that break one error-in-body rule each;
    ``failures``: one answer per documented error status; ``wire_kinds``: how to read parameter
    and form text back (``int``, ``float``, ``bool``, ``list:<kind>``; ``str`` when absent).
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
        Example: ``fake.requests[-1].payload["data"]["email"]`` (Firecart's query ``data``)."""
        return self.body if self.body is not None else dict(self.params)


@dataclass(slots=True)
class _Script:
    sample: Sample | None
    headers: dict[str, str]
    fault: TransportFault | None
    processed: bool
    times: int | None


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


_FAULTS: dict[str, tuple[type[httpx.TransportError], str]] = {
    "timeout": (httpx.ReadTimeout, "simulated read timeout (specloom testing kit)"),
    "disconnect": (httpx.RemoteProtocolError, "Server disconnected without sending a response."),
    "connect": (httpx.ConnectError, "simulated connection failure (specloom testing kit)"),
}
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def _is_json(kind: str) -> bool:
    return kind in ("application/json", "text/json") or kind.endswith("+json")


def _coerce(text: str, kind: str) -> JsonValue:
    """Wire text read back as ``kind`` (left as text when it does not fit: the validator says so)."""
    if kind == "int" and re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if kind == "float" and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", text):
        return float(text)
    if kind == "bool" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def _read_texts(texts: list[str], kind: str) -> JsonValue:
    if kind.startswith("list:"):
        return [_coerce(t, kind[5:]) for t in texts]
    if len(texts) > 1:
        return [_coerce(t, kind) for t in texts]
    return _coerce(texts[0], kind)


def _violations(
    validator: CompiledValidator | None, value: object, prefix: str
) -> list[tuple[str, str]]:
    if validator is None:
        return []
    try:
        return [(prefix + v.instance_path, v.message) for v in validator.errors(value)]
    except RecursionLimitError:
        return [(prefix, "nested too deeply to validate")]


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def _encode(value: object, path: tuple[str | None, ...], mapping: Mapping[str, object]) -> object:
    """The inverse of a decode plan entry: a decoded value back to its wire string."""
    if not path:
        return next((wire for wire, logical in mapping.items() if _same(logical, value)), value)
    step, rest = path[0], path[1:]
    if step is None:
        return [_encode(v, rest, mapping) for v in value] if isinstance(value, list) else value
    if isinstance(value, dict) and step in value:
        return {**value, step: _encode(value[step], rest, mapping)}
    return value


def _item_plan(plan: DecodePlan, listed: bool) -> DecodePlan:
    if not listed:
        return plan
    return tuple((path[1:], mapping) for path, mapping in plan if path and path[0] is None)


class _Collection:
    """The items of one resource, by id, in insertion order."""

    def __init__(self, resource: Resource, plan: DecodePlan) -> None:
        self.resource = resource
        self.plan = plan
        self.items: dict[JsonValue, dict[str, JsonValue]] = {}
        self.counter = 0

    def key(self, value: JsonValue) -> JsonValue:
        if self.resource.id_kind == "int" and isinstance(value, str) and value.isdigit():
            return int(value)
        return str(value) if self.resource.id_kind == "str" and value is not None else value

    def store(self, fields: Mapping[str, object]) -> dict[str, JsonValue]:
        item = copy.deepcopy(dict(self.resource.server_fields))
        item.update(copy.deepcopy(dict(fields)))  # type: ignore[arg-type]
        item = apply_decode_plan(item, self.plan)  # type: ignore[assignment]
        ident = item.get(self.resource.id_field)
        if ident is None:
            self.counter = max([self.counter, *(k for k in self.items if isinstance(k, int))])
            while ident is None or ident in self.items:
                self.counter += 1
                ident = self._new_id(self.counter)
        item[self.resource.id_field] = ident = self.key(ident)
        self.items[ident] = item
        return item

    def _new_id(self, number: int) -> JsonValue:
        if self.resource.id_kind == "int":
            return number
        template = self.resource.id_template
        run = re.search(r"[0-9A-Fa-f]+$", template)
        if run is None:
            return str(number)
        return template[: run.start()] + str(number).rjust(len(run.group(0)), "0")


class FakeServer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The engine behind every generated ``testing.FakeApi``; see the module docstring.

    Subclasses (the generated ``FakeApi``) set the class attributes ``api``, ``operations``,
    ``behaviours``, ``resources`` and ``validators``. Example::

        fake = FakeApi()
        client = Client(account="test", api_secret="test", transport=fake)
        fake.fail("getCustomer", status=403)
    """

    api: ClassVar[ApiSpec]
    operations: ClassVar[tuple[OperationSpec[Any], ...]]
    behaviours: ClassVar[tuple[Behaviour, ...]]
    resources: ClassVar[tuple[Resource, ...]]
    validators: ClassVar[Mapping[str, CompiledValidator]]

    def __init__(
        self,
        *,
        base_url: str | None = None,
        credentials: Mapping[str, str] | None = None,
        on_invalid: Literal["raise", "answer"] = "raise",
    ) -> None:
        """``base_url``: where the client sends (its path prefix is stripped before routing;
        default the spec's server). ``credentials``: the values the fake accepts, by the client's
        argument names (default: any non-empty value; a signing key is then not checked).
        ``on_invalid``: ``"raise"`` a ``FakeApiError`` for a request the spec forbids, or
        ``"answer"`` it with the documented 400/422 like a server would."""
        if on_invalid not in ("raise", "answer"):
            raise ValueError("on_invalid must be 'raise' or 'answer'")
        self.requests: list[SeenRequest] = []
        """Every request received, oldest first (see ``SeenRequest``)."""
        self.on_invalid = on_invalid
        self._prefix = urlsplit(base_url or self.api.server_url).path.rstrip("/")
        self._expected = dict(credentials or {})
        unknown = set(self._expected) - {c.attr for c in self.api.credentials}
        if unknown:
            raise ValueError(
                f"unknown credential names {sorted(unknown)}; the client takes {sorted(c.attr for c in self.api.credentials)}"
            )
        self._specs = {spec.name: spec for spec in self.operations}
        self._plays = {b.operation: b for b in self.behaviours}
        self._aliases = {b.method: b.operation for b in self.behaviours}
        # literal paths before templated ones: /Customers/count is not /Customers/{id}
        ordered = sorted(self.operations, key=lambda spec: spec.path.count("{"))
        self._routes = [(spec, self._pattern(spec.path)) for spec in ordered]
        self._lock = threading.RLock()
        self._scripts: dict[str, list[_Script]] = {}
        self._payloads: dict[str, list[JsonValue]] = {}
        self._collections = {r.name: _Collection(r, self._plan_of(r)) for r in self.resources}

    # -- setting the stage --------------------------------------------------------------------

    def add(
        self, item: WireModel | Mapping[str, object], *, resource: str | None = None
    ) -> dict[str, JsonValue]:
        """Store ``item`` (a model or its wire form) as if created; returns it with its id.

        A missing id is allocated (1, 2, ...); server-made fields get the spec's example values.
        ``FakeApiError`` if the item breaks the spec. Example::

            customer = fake.add({"email": "anna@example.com"})
            customer["id"]  # -> 1
        """
        return self.seed([item], resource=resource)[0]

    def seed(
        self, items: Iterable[WireModel | Mapping[str, object]], *, resource: str | None = None
    ) -> list[dict[str, JsonValue]]:
        """``add`` every item; returns them stored. Example: ``fake.seed({"email": f"c{i}@example.com"} for i in range(250))``."""
        with self._lock:
            collection = self._collection(resource)
            validator = self.validators.get(collection.resource.name)
            stored = []
            for item in items:
                fields = item.to_dict() if isinstance(item, WireModel) else dict(item)
                made = collection.store(fields)
                problems = _violations(validator, made, "")
                if problems:
                    del collection.items[made[collection.resource.id_field]]
                    raise FakeApiError(
                        f"seeded {collection.resource.name} breaks the spec: {problems}",
                        tuple(problems),
                    )
                stored.append(copy.deepcopy(made))
            return stored

    def items(self, resource: str | None = None) -> list[dict[str, JsonValue]]:
        """Copies of the stored items, in creation order (decoded values: ``True``, not ``"true"``).
        Example: ``assert [c["email"] for c in fake.items()] == ["anna@example.com"]``."""
        with self._lock:
            return copy.deepcopy(list(self._collection(resource).items.values()))

    def get(self, ident: JsonValue, *, resource: str | None = None) -> dict[str, JsonValue] | None:
        """A copy of the stored item with this id, or ``None``. Example: ``fake.get(1)["email"]``."""
        with self._lock:
            collection = self._collection(resource)
            return copy.deepcopy(collection.items.get(collection.key(ident)))

    def payloads(self, operation: str) -> list[JsonValue]:
        """What the accepted calls of ``operation`` carried (body, or parameters), oldest first.
        Example: ``assert fake.payloads("syncCustomer")[0]["email"] == "a@example.com"``."""
        with self._lock:
            return copy.deepcopy(self._payloads.get(self.behaviour(operation).operation, []))

    def calls(self, operation: str) -> list[SeenRequest]:
        """The recorded requests of ``operation`` (id or client method name), oldest first.
        Example: ``assert [r.params["page"] for r in fake.calls("listCustomers")] == [1, 2]``."""
        name = self.behaviour(operation).operation
        with self._lock:
            return [r for r in self.requests if r.operation == name]

    def behaviour(self, operation: str) -> Behaviour:
        """How the fake plays ``operation`` (its id, or the client method's name): its documented
        samples, failures and error-in-body answers. Example: ``fake.behaviour("get_customer").failures``.
        """
        name = self._aliases.get(operation, operation)
        if name not in self._plays:
            raise ValueError(
                f"{self.api.title} has no operation {operation!r}; known: {sorted(self._plays)}"
            )
        return self._plays[name]

    def fail(
        self,
        operation: str,
        status: int | None = None,
        *,
        error_in_body: int | bool | None = None,
        transport: TransportFault | None = None,
        body: JsonValue | Unset = UNSET,
        media_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
        times: int | None = None,
        processed: bool = False,
    ) -> None:
        """Make the next calls of ``operation`` fail, until ``heal()`` (or ``times`` calls).

        Exactly one of: ``status`` (an HTTP error with the documented body of that status, if any;
        ``retry_after`` adds ``Retry-After``), ``error_in_body`` (a 2xx whose body breaks the
        spec's error-in-body rule of that index; ``True``: the first), ``transport``
        (``"timeout"``, ``"disconnect"`` or ``"connect"``: no answer at all; ``processed=True``
        carries the call out first, as a server that acted but whose answer was lost).
        ``body``/``media_type``/``headers`` replace what is answered. Example::

            fake.fail("listCustomers", status=429, retry_after=30)
            fake.fail("addCustomer", error_in_body=True)          # "FAILED : 1001"
            fake.fail("createCustomer", transport="disconnect", processed=True, times=1)
        """
        play = self.behaviour(operation)
        if sum(x is not None for x in (status, error_in_body, transport)) != 1:
            raise ValueError("say what fails: exactly one of status=, error_in_body= or transport=")
        sample: Sample | None = None
        if transport is not None:
            if transport not in _FAULTS:
                raise ValueError(f"transport must be one of {sorted(_FAULTS)}")
        elif error_in_body is not None:
            index = 0 if error_in_body is True else int(error_in_body)
            sample = next((s for s in play.body_failures if s.rule == index), None)
            if sample is None:
                known = [s.rule for s in play.body_failures]
                raise ValueError(
                    f"{play.operation}: no error-in-body rule {index} to break; the kit can break rules {known}"
                )
        else:
            assert status is not None
            sample = next((s for s in play.failures if s.status == status), None) or Sample(
                status, "text/plain", f"{status} (simulated by the specloom testing kit)"
            )
        if sample is not None and not isinstance(body, Unset):
            sample = replace(
                sample, body=body, media_type=media_type or sample.media_type or "application/json"
            )
        elif sample is not None and media_type is not None:
            sample = replace(sample, media_type=media_type)
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = f"{retry_after:g}"
        self._push(play, _Script(sample, extra, transport, processed, times))

    def answer(
        self,
        operation: str,
        body: JsonValue,
        *,
        status: int | None = None,
        media_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Answer the next calls of ``operation`` with ``body`` (wire form) instead of playing it,
        until ``heal()`` (or ``times`` calls). Example: ``fake.answer("syncCustomer", {"queued": True})``.
        """
        play = self.behaviour(operation)
        sample = Sample(
            status or play.success.status,
            media_type or play.success.media_type or "application/json",
            body,
        )
        self._push(play, _Script(sample, dict(headers or {}), None, False, times))

    def heal(self, operation: str | None = None) -> None:
        """Drop the scripted answers of ``operation`` (default: of every operation).
        Example: ``fake.fail("listCustomers", status=503); ...; fake.heal()``."""
        with self._lock:
            if operation is None:
                self._scripts.clear()
            else:
                self._scripts.pop(self.behaviour(operation).operation, None)

    def reset(self) -> None:
        """Forget everything: requests, stored items, payloads and scripted answers.
        Example: ``fake.reset(); assert fake.requests == []``."""
        with self._lock:
            self.requests.clear()
            self._scripts.clear()
            self._payloads.clear()
            self._collections = {r.name: _Collection(r, self._plan_of(r)) for r in self.resources}

    # -- transport ------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's sync transport hook: play ``request``."""
        request.read()
        return self._handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's async transport hook: play ``request``."""
        await request.aread()
        return self._handle(request)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            call = self._route(request)
            try:
                response = self._play(call)
                call.status = response.status_code
                return response
            finally:
                self.requests.append(call.seen())

    def _route(self, request: httpx.Request) -> _Call:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        path = (
            raw_path[len(self._prefix) :] if raw_path.startswith(self._prefix + "/") else raw_path
        )
        known = False
        for spec, (pattern, names) in self._routes:
            found = pattern.fullmatch(path)
            if found is None:
                continue
            known = True
            if spec.method == request.method:
                call = _Call(request, spec, self._plays[spec.name], path or "/")
                call.path_texts = {
                    n: unquote(v) for n, v in zip(names, found.groups(), strict=True)
                }
                return call
        what = "method" if known else "path"
        raise FakeApiError(
            f"{self.api.title}: no operation at {request.method} {raw_path} (unknown {what}); "
            f"is the fake's base_url ({self._prefix or '/'}) the client's?"
        )

    def _play(self, call: _Call) -> httpx.Response:
        self._read(call)
        if call.denied:
            return self._respond(call, self._documented(call.behaviour, (401, 403), 401))
        if call.problems:
            if self.on_invalid == "raise":
                shown = "; ".join(f"{p or '(root)'}: {m}" for p, m in call.problems[:5])
                raise FakeApiError(
                    f"{call.spec.name}: the request breaks the spec: {shown}", tuple(call.problems)
                )
            return self._respond(call, self._documented(call.behaviour, (400, 422), 400))
        script = self._pop(call.behaviour.operation)
        if script is not None and script.fault is not None:
            if script.processed and script.fault != "connect":
                self._perform(call)
            kind, message = _FAULTS[script.fault]
            raise kind(message, request=call.request)
        if script is not None and script.sample is not None:
            return self._respond(call, script.sample, script.headers)
        return self._respond(call, self._perform(call))

    # -- reading a request ------------------------------------------------------------------------

    def _read(self, call: _Call) -> None:
        request, spec, kinds = call.request, call.spec, call.behaviour.wire_kinds
        query = list(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
        form: list[tuple[str, str]] = []
        if spec.body is not None and spec.body.form and request.content:
            form = parse_qsl(request.content.decode("utf-8", "replace"), keep_blank_values=True)
        cookies = dict(
            part.strip().split("=", 1)
            for part in request.headers.get("Cookie", "").split(";")
            if "=" in part
        )
        self._check_credentials(call, query, form, cookies)
        secret = {c.wire.lower() for c in self.api.credentials if c.location == "header"}
        if any(c.location == "cookie" for c in self.api.credentials):
            secret.add("cookie")
        call.headers = {k: MASK if k.lower() in secret else v for k, v in request.headers.items()}
        path_texts = call.path_texts
        for param in spec.params:
            if param.location == "form":
                continue
            texts = {
                "path": [path_texts[param.wire]] if param.wire in path_texts else [],
                "query": [v for k, v in query if k == param.wire],
                "header": request.headers.get_list(param.wire),
                "cookie": [cookies[param.wire]] if param.wire in cookies else [],
            }.get(param.location, [])
            where = f"/{param.location}/{param.wire}"
            if not texts:
                if param.required and isinstance(param.default, Unset):
                    call.problems.append((where, "a required parameter is missing"))
                continue
            try:
                value = (
                    json.loads(texts[0])
                    if param.json
                    else _read_texts(texts, kinds.get(param.wire, "str"))
                )
            except ValueError:
                call.problems.append((where, "not valid JSON"))
                continue
            call.params[param.wire] = value
            if not isinstance(param.const, Unset) and not _same(value, param.const):
                call.problems.append((where, f"must be {param.const!r}"))
            else:
                call.problems.extend(_violations(param.validator, value, where))
        self._read_body(call, form)

    def _read_body(self, call: _Call, form: list[tuple[str, str]]) -> None:
        shape, request = call.spec.body, call.request
        if shape is None:
            return
        if not request.content:
            if shape.required:
                call.problems.append(("/body", "a request body is required"))
            return
        kind, _ = media_type(request.headers.get("Content-Type"))
        if kind != shape.media_type:
            call.problems.append(
                ("/headers/Content-Type", f"must be {shape.media_type}, not {kind or 'missing'}")
            )
        if shape.form:
            hidden = {c.wire for c in self.api.credentials if c.location == "form"}
            grouped: dict[str, list[str]] = {}
            for key, value in form:
                if key not in hidden:
                    grouped.setdefault(key, []).append(value)
            kinds = call.behaviour.wire_kinds
            call.body = {k: _read_texts(v, kinds.get(k, "str")) for k, v in grouped.items()}
        elif _is_json(shape.media_type):
            try:
                call.body = json.loads(request.content)
            except ValueError:
                call.problems.append(("/body", "not valid JSON"))
                return
        else:
            call.body = request.content.decode("utf-8", "replace")
        call.problems.extend(_violations(shape.validator, call.body, "/body"))

    def _check_credentials(
        self,
        call: _Call,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        cookies: dict[str, str],
    ) -> None:
        request = call.request
        for cred in self.api.credentials:
            if cred.scheme not in call.spec.credentials:
                continue
            if cred.location == "signature":
                given = request.headers.get(cred.wire, "")
                wanted = self._expected.get(cred.attr)
                wrong = (
                    bool(given)
                    and wanted is not None
                    and not verify_signature(
                        request.content, given, wanted, algorithm=cred.algorithm, encoding=cred.encoding  # type: ignore[arg-type]
                    )
                )
            else:
                pairs = {"query": query, "form": form, "cookie": list(cookies.items())}.get(
                    cred.location
                )
                given = (
                    request.headers.get(cred.wire, "")
                    if pairs is None
                    else next((v for k, v in pairs if k == cred.wire), "")
                )
                wrong = cred.attr in self._expected and given != self._expected[cred.attr]
            call.denied = call.denied or not given or wrong

    # -- playing an operation -------------------------------------------------------------------

    def _perform(self, call: _Call) -> Sample:
        play, spec = call.behaviour, call.spec
        if play.role == "record" or play.resource not in self._collections:
            self._payloads.setdefault(play.operation, []).append(call.seen().payload)
            return play.success
        collection = self._collections[play.resource]
        id_field = collection.resource.id_field
        body = call.body
        if spec.body is not None and spec.body.envelope and isinstance(body, dict):
            body = body.get(spec.body.envelope)
        if play.role == "list":
            return self._page(call, collection)
        if play.role == "create":
            fields = (
                {k: v for k, v in (body or {}).items() if not (k == id_field and v is None)}
                if isinstance(body, dict)
                else {}
            )
            item = collection.store(fields)
            return self._written(call, play, [item])
        if play.role == "bulk_update":
            entries = body if isinstance(body, list) else []
            keys = [collection.key(e.get(id_field)) for e in entries if isinstance(e, dict)]
            if any(k not in collection.items for k in keys):
                return self._documented(play, (404,), 404)
            for key, entry in zip(keys, entries, strict=True):
                collection.items[key].update(apply_decode_plan({k: v for k, v in entry.items() if k != id_field}, collection.plan))  # type: ignore[union-attr, call-overload]
            return self._written(call, play, [collection.items[k] for k in keys])
        key = collection.key(call.params.get(play.id_param))
        if key not in collection.items:
            return self._documented(play, (404,), 404)
        item = collection.items[key]
        if play.role == "update" and isinstance(body, dict):
            item.update(apply_decode_plan({k: v for k, v in body.items() if k != id_field}, collection.plan))  # type: ignore[call-overload]
        elif play.role == "delete":
            del collection.items[key]
        return self._written(call, play, [item])

    def _written(self, call: _Call, play: Behaviour, items: list[dict[str, JsonValue]]) -> Sample:
        self._payloads.setdefault(play.operation, []).append(call.seen().payload)
        success = play.success
        if play.answer == "item":
            body: JsonValue = copy.deepcopy(items[0])
            return replace(
                success,
                media_type=success.media_type or "application/json",
                body=[body] if call.spec.single_item else body,
            )
        if play.answer != "ack" or not play.ack_id_pointer:
            return success
        key = play.ack_id_pointer[1:].replace("~1", "/").replace("~0", "~")
        id_field = self._collections[play.resource].resource.id_field
        ident = [item[id_field] for item in items]
        template = success.body
        entries: list[JsonValue] = []
        for value in ident:
            entry = copy.deepcopy(
                template[0] if isinstance(template, list) and template else template
            )
            if isinstance(entry, dict):
                entry[key] = str(value) if isinstance(entry.get(key), str) else value
            entries.append(entry)
        return replace(success, body=entries if isinstance(template, list) else entries[0])

    def _page(self, call: _Call, collection: _Collection) -> Sample:
        spec, play = call.spec, call.behaviour
        items = list(collection.items.values())
        paging = spec.pagination
        chunk = items
        if paging is not None:
            position = call.params.get(paging.page_attr)
            position = position if isinstance(position, int) else paging.first
            limit = call.params.get(paging.limit_attr) if paging.limit_attr else None
            size = limit if isinstance(limit, int) and limit > 0 else paging.size
            start = (position - paging.first) * size if paging.style == "page" else position
            chunk = items[start : start + size] if start >= 0 else []
        if not chunk and spec.empty_result is not None:
            statuses = spec.empty_result.get("status")
            messages = spec.empty_result.get("messages")
            if isinstance(statuses, list) and statuses and isinstance(statuses[0], int):
                return self._documented(play, (statuses[0],), statuses[0])
            if isinstance(messages, list) and messages:
                return Sample(400, "text/plain", str(messages[0]))
        return replace(play.success, media_type=play.success.media_type or "application/json", body=copy.deepcopy(chunk))  # type: ignore[arg-type]

    def _documented(self, play: Behaviour, statuses: Sequence[int], fallback: int) -> Sample:
        for status in statuses:
            for sample in play.failures:
                if sample.status == status:
                    return sample
        return Sample(fallback, "text/plain", f"{fallback} (specloom testing kit)")

    def _respond(
        self, call: _Call, sample: Sample, headers: Mapping[str, str] | None = None
    ) -> httpx.Response:
        out = dict(headers or {})
        content = b""
        if sample.media_type and not (sample.body is None and not _is_json(sample.media_type)):
            body: object = sample.body
            documented = call.spec.response_for(sample.status)
            form = documented.form_for(sample.media_type) if documented else None
            if _is_json(sample.media_type):
                for path, mapping in form.plan if form is not None else ():
                    body = _encode(body, path, mapping)
                content = json.dumps(body).encode("utf-8")
            else:
                content = str(body).encode("utf-8")
            out.setdefault("Content-Type", sample.media_type)
        return httpx.Response(sample.status, headers=out, content=content)

    # -- helpers --------------------------------------------------------------------------------

    def _collection(self, resource: str | None) -> _Collection:
        if resource is None and len(self._collections) == 1:
            return next(iter(self._collections.values()))
        if resource in self._collections:
            return self._collections[resource]
        if not self._collections:
            raise ValueError(
                f"{self.api.title} keeps no collection (its operations record payloads: see payloads())"
            )
        raise ValueError(f"say which collection: resource= one of {sorted(self._collections)}")

    def _plan_of(self, resource: Resource) -> DecodePlan:
        """How stored items are decoded: the plan of an answer that carries one item (or a page)."""
        for play in self.behaviours:
            if play.resource != resource.name or play.answer not in ("item", "page"):
                continue
            documented = self._specs[play.operation].response_for(play.success.status)
            form = documented.form_for(play.success.media_type) if documented else None
            if form is not None and form.plan:
                return _item_plan(
                    form.plan, play.answer == "page" or self._specs[play.operation].single_item
                )
        return ()

    @staticmethod
    def _pattern(template: str) -> tuple[re.Pattern[str], list[str]]:
        names = _TEMPLATE.findall(template)
        parts = _TEMPLATE.split(template)
        regex = "".join(re.escape(p) if i % 2 == 0 else "([^/]+)" for i, p in enumerate(parts))
        return re.compile(regex), names

    def _push(self, play: Behaviour, script: _Script) -> None:
        if script.times is not None and script.times < 1:
            raise ValueError("times must be at least 1 (or None: until heal())")
        with self._lock:
            self._scripts.setdefault(play.operation, []).append(script)

    def _pop(self, operation: str) -> _Script | None:
        queue = self._scripts.get(operation)
        if not queue:
            return None
        script = queue[0]
        if script.times is not None:
            script.times -= 1
            if script.times == 0:
                queue.pop(0)
        return script
