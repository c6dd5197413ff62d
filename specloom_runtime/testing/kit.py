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
   constructor, signatures verified): otherwise refuse as the spec documents it: its 401/403,
   else (an API that reports failures inside a 2xx body) that body, else a plain 401;
3. validate parameters and body with the package's own validators: an invalid request raises
   ``FakeApiError`` (an ``AssertionError``) out of the client call, so a test cannot miss it even
   if the code under test catches ``ApiError``; ``on_invalid="answer"`` refuses it as the spec
   documents (its 400/422, else the failure inside the 2xx body, else a plain 400) instead;
4. play the next scripted answer (``fail``, ``answer``), if one is queued for the operation;
5. else play the operation's part: ``create`` stores the body with a new id and server-made
   fields; ``get``/``update``/``delete`` act on the stored item (404 when there is none);
   ``list`` keeps the items its filters select (``Behaviour.filters``: query parameters naming
   item properties, a nested list's parent id, when an item was last written), answers their
   count for a count-only flag, else one page as the operation's pagination says, and past the
   end (or with nothing selected) an empty page or the operation's declared "no records" answer; ``bulk_update`` updates every item of the
   body; ``record`` (an operation that is not collection-shaped) keeps the payload
   (``fake.payloads(op)``) and answers the documented success.

Answers carry the vendor's wire quirks: the declared wire strings are written back (``true`` as
``"true"`` where the spec decodes it), a single item is wrapped in its one-item list, writes are
acknowledged in the documented shape with the item's id, the answer comes in the format the
request asked for (``x-specloom-response-format``: the server's default when none is asked; XML,
JSON, compact JSON, JSONP), and members marked ``x-specloom-only-with`` only when the request
carried the field (``shaping`` holds that transport-free shaping). Not modelled: lists
wrapped in an envelope object (answered with their documented example), filters whose property
the spec does not name.

Secrets: ``SeenRequest.headers`` and ``.params`` never hold credentials (masked or left out);
``SeenRequest.raw`` is the real ``httpx.Request``, credentials included: do not log it.

This module holds the public face (setting the stage, the transport hooks);
steps 1-3 live in ``read``, step 4 (``fail``, ``answer``, ``heal``) in ``script`` and step 5 in
``play`` (mixins of ``FakeServer``), the answer shaping in ``shaping``, the data classes in
``records``. Import everything from here,
including ``serve`` (``specloom_runtime.testing.sandbox.serve``: the kit over real HTTP), loaded on first use.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import urlsplit

import httpx
from specloom_runtime.call.client import ApiSpec
from specloom_runtime.call.operation import OperationSpec
from specloom_runtime.testing.play import OperationPlayer, _Collection
from specloom_runtime.testing.read import RequestReader, _violations
from specloom_runtime.testing.records import (
    Behaviour,
    FakeApiError,
    Resource,
    Sample,
    SeenRequest,
    _Call,
    _Script,
    _shown,
)
from specloom_runtime.testing.script import FAULTS, AnswerScripts
from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.models import WireModel
from specloom_runtime.wire.validation import CompiledValidator

__all__ = ["Behaviour", "FakeApiError", "FakeServer", "Resource", "Sample", "SeenRequest", "serve"]

if TYPE_CHECKING:
    from specloom_runtime.testing.sandbox import serve


def __getattr__(name: str) -> object:
    # serve.py imports this module; importing it back only when asked for keeps them cycle-free
    if name == "serve":
        from specloom_runtime.testing.sandbox import serve

        return serve
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

class FakeServer(
    AnswerScripts, RequestReader, OperationPlayer, httpx.BaseTransport, httpx.AsyncBaseTransport
):
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
        default the spec's server, and an operation's own server for that operation). ``credentials``: the values the fake accepts, by the client's
        argument names (default: any non-empty value; a signing key is then not checked).
        ``on_invalid``: ``"raise"`` a ``FakeApiError`` for a request the spec forbids, or
        ``"answer"`` it with the documented 400/422 like a server would."""
        if on_invalid not in ("raise", "answer"):
            raise ValueError("on_invalid must be 'raise' or 'answer'")
        self.requests: list[SeenRequest] = []
        """Every request received, oldest first (see ``SeenRequest``)."""
        self.on_invalid = on_invalid
        self._prefix = urlsplit(base_url or self.api.server_url).path.rstrip("/")
        # an operation with its own server is sent there while the client's base_url is the
        # API's: so is it read here, unless this fake was given a base_url (the client's, then)
        self._own_prefixes = {} if base_url else {
            spec.name: urlsplit(spec.server).path.rstrip("/") for spec in self.operations if spec.server
        }
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
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        """The time the fake stamps written items with (dates, ``writtenFrom`` filters); replace
        it to pin time: ``fake.clock = lambda: datetime(2024, 1, 31, tzinfo=UTC)``."""
        self._scripts: dict[str, list[_Script]] = {}
        self._payloads: dict[str, list[JsonValue]] = {}
        self._collections = {r.name: _Collection(r, self._plan_of(r), lambda: self.clock()) for r in self.resources}

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
                    collection.written.pop(made[collection.resource.id_field], None)
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

    def selected_by(self, operation: str, arguments: Mapping[str, object]) -> dict[str, object]:
        """The property values an item needs for a list ``operation`` called with ``arguments``
        (wire names) to select it, by its ``equals`` filters. Example:
        ``fake.add({"Email": "a@example.com", **fake.selected_by("listCustomerGroupCustomers", {"id": 3})})``."""
        play = self.behaviour(operation)
        return {
            rule["property"]: copy.deepcopy(arguments[wire])
            for wire, rule in play.filters.items()
            if wire in arguments and rule.get("match", "equals") == "equals" and rule.get("property")
        }

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

    def reset(self) -> None:
        """Forget everything: requests, stored items, payloads and scripted answers.
        Example: ``fake.reset(); assert fake.requests == []``."""
        with self._lock:
            self.requests.clear()
            self._scripts.clear()
            self._payloads.clear()
            self._collections = {r.name: _Collection(r, self._plan_of(r), lambda: self.clock()) for r in self.resources}

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

    def _play(self, call: _Call) -> httpx.Response:
        self._read(call)
        count = call.behaviour.count
        if count and call.params.get(count["param"]) not in (None, 0, False, "", "0"):
            # The vendor answers a count-only flag even where the spec keeps its clients from
            # sending it (a count is not the operation's typed answer): raw callers get the count.
            here = f"/query/{count['param']}"
            call.problems = [p for p in call.problems if p[0] != here]
        if call.denied:
            return self._respond(call, self._refusal(call, (401, 403), 401))
        if call.problems:
            if self.on_invalid == "raise":
                raise FakeApiError(
                    f"{call.spec.name}: the request breaks the spec: {_shown(call.problems)}",
                    tuple(call.problems),
                )
            return self._respond(call, self._refusal(call, (400, 422), 400))
        script = self._pop(call.behaviour.operation)
        if script is not None and script.fault is not None:
            if script.processed and script.fault != "connect":
                self._perform(call)
            kind, message = FAULTS[script.fault]
            raise kind(message, request=call.request)
        if script is not None and script.sample is not None:
            return self._respond(
                call, script.sample, script.headers, scripted=True, verbatim=script.verbatim
            )
        return self._respond(call, self._perform(call))

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
