"""Sample answers of documented responses, for the testing kit (``specloom.ir.kit``).

Input: the resolved document, a response object and its pointer, the IR ``Response`` (for the
decode plans and error-in-body rules). Output: ``KitSample`` nodes: the success sample, one 2xx
sample per error-in-body rule, one sample per documented error status.

Candidates come from the spec's own examples first (media-type examples, then the schema's
``examples``), then a minimal instance synthesised from the schema (``specloom.ir.synth``). A
success sample triggers no error-in-body rule; among several candidates, a valid one is chosen
first (valid against its schema as the generated validators check it, the same compiler, formats
asserted, once its declared wire strings are decoded), then an example whose name shares the
operation's leading verb (``created`` for ``createCustomer``: a response shared by several
operations). A lone candidate is the sample without being checked. Each error-in-body rule gets a
2xx body that triggers it (an example, else the success sample changed so that the rule's
condition holds), checked with the runtime's rule evaluator.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from specloom_runtime.wire import apply_decode_plan, check_error_in_body
from specloom_runtime.wire.media import is_binary

from specloom.diagnostics import join_pointer
from specloom.ir.nodes import Json, Operation, Response
from specloom.ir.nodes_kit import KitSample
from specloom.ir.schema_check import SchemaCheck
from specloom.ir.synth import Impossible, Synthesizer
from specloom.resolve import follow
from specloom.rules import deref

__all__ = ["Impossible", "SchemaCheck", "Synthesizer", "Samples", "is_json_media", "raw_response", "status_number", "wire_text"]


def is_json_media(media: str) -> bool:
    return media in ("application/json", "text/json") or media.endswith("+json")


def _is_text_media(media: str) -> bool:
    return media.startswith("text/") and not media.endswith("xml") and media != "text/javascript"


def wire_text(body: Any) -> str:
    """The text of a sample body as the kit sends it (``specloom_runtime.testing`` does the same)."""
    return body if isinstance(body, str) else json.dumps(body)


# -- samples ------------------------------------------------------------------------------------


def _decoded(body: Any, plan: Json | None) -> Any:
    """``body`` with declared wire strings decoded, as the client does before checking rules."""
    return body if plan is None else apply_decode_plan(body, plan.value)


def _rule_hit(body: Any, rules: list[Any]) -> int:
    """Index of the first error-in-body rule ``body`` (already decoded) triggers, or -1."""
    text = wire_text(body)
    for index, rule in enumerate(rules):
        try:
            if check_error_in_body(body, text, [rule]) is not None:
                return index
        except ValueError:
            return -1
    return -1


def _examples(data: Any, entry: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """A media object's examples as (name, value): its named ``examples``, its ``example``,
    then its schema's ``examples``."""
    for name, example in (entry.get("examples") or {}).items():
        example = deref(data, example)
        if isinstance(example, dict) and "value" in example:
            yield str(name), example["value"]
    if "example" in entry:
        yield "", entry["example"]
    schema = deref(data, entry.get("schema", {}))
    if isinstance(schema, dict) and isinstance(schema.get("examples"), list):
        yield from (("", e) for e in schema["examples"])


class Candidate(NamedTuple):
    """A candidate body of a response: its media type, example name ("" when none), the body,
    its schema's pointer (None when the media type has no schema), its decode plan. The body
    may be the document's own example: it is only read (checked, decoded into a copy) and
    written as text (``Json.of``), never changed, so it is not copied."""

    media: str
    name: str
    body: Any
    schema: str | None
    plan: Json | None


def _verb(operation_id: str) -> str:
    """The leading word of an operation id, without a final ``e`` (``create`` -> ``creat``)."""
    word = re.match(r"[a-z]+", operation_id)
    return word.group(0).removesuffix("e") if word else ""


class Samples:
    """Candidate bodies of documented responses, and the choice among them."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self.schemas = SchemaCheck(data)
        self.synth = Synthesizer(data)

    def media(self, response: dict[str, Any], pointer: str) -> Iterator[tuple[str, dict[str, Any], str]]:
        """``(media type, media object, its schema's pointer)`` of every usable media type."""
        content = response.get("content") or {}
        # JSON first, then text, then bytes (a download: the kit answers a text sample's bytes)
        for media in [m for m in content if is_json_media(m)] + [m for m in content if _is_text_media(m)] + [m for m in content if is_binary(m)]:
            entry, entry_pointer = follow(self.data, content[media], join_pointer(pointer, "content", media))
            yield media, entry if isinstance(entry, dict) else {}, join_pointer(entry_pointer, "schema")

    def candidates(self, response: dict[str, Any], pointer: str, plans: dict[str, Json | None]) -> list[Candidate]:
        """Every usable media type's candidate bodies (``_bodies``): JSON ones first, then text,
        then bytes. Their validity is asked for (``valid``) only where it decides between two or
        more."""
        found: list[Candidate] = []
        for media, entry, schema_pointer in self.media(response, pointer):
            checked = schema_pointer if "schema" in entry else None
            for name, body in self._bodies(media, entry):
                if not is_json_media(media) and not isinstance(body, str):
                    continue
                found.append(Candidate(media, name, body, checked, plans.get(media)))
        return found

    def _bodies(self, media: str, entry: dict[str, Any], synthesise: bool = True) -> list[tuple[str, Any]]:
        """A media type's candidate bodies as (example name, body): its examples in document
        order, then its schema's, then one synthesised from the schema (when it can be; without
        ``synthesise``, a stand-in: for counting), then an empty one for bytes nothing describes."""
        bodies = [*_examples(self.data, entry)]
        try:
            bodies.append(("", self.synth.value(entry.get("schema", {})) if synthesise else None))
        except Impossible:
            pass
        if is_binary(media) and "schema" not in entry:
            bodies.append(("", ""))
        return bodies

    def valid(self, candidate: Candidate) -> bool:
        """Whether ``candidate`` is valid against its schema once its declared wire strings are
        decoded (``True`` when there is no schema)."""
        return candidate.schema is None or self.schemas.valid(candidate.schema, _decoded(candidate.body, candidate.plan))

    def asked(self, response: dict[str, Any], pointer: str) -> list[str]:
        """The schema pointers ``valid`` may be asked about for this response's candidates: none
        when it can have one candidate at most (counted as ``candidates`` makes them, the
        synthesised body assumed possible). Why: that lone candidate is the sample whatever its
        validity, and compiling every answer's check to learn nothing was most of a large
        document's kit (Solidus: all 584 answers have one candidate; Box: 965 of 979)."""
        media = list(self.media(response, pointer))
        most = sum(len(self._bodies(name, entry, synthesise=False)) for name, entry, _ in media)
        return [schema for _, entry, schema in media if "schema" in entry] if most > 1 else []

    def success(self, op: Operation, response: Response | None, raw: dict[str, Any], pointer: str) -> KitSample:
        status = status_number(response.status) if response else 200
        if response is None or not raw.get("content"):
            return KitSample(status, "", None, -1)
        rules = response.error_in_body.value if response.error_in_body else []
        plans = {f.media_type: f.decode_strings for f in response.forms}
        verb = _verb(op.operation_id)
        usable = [c for c in self.candidates(raw, pointer, plans) if _rule_hit(_decoded(c.body, c.plan), rules) < 0]
        if not usable:
            return KitSample(status, "", None, -1)
        if len(usable) > 1:  # valid ones first, then the operation's verb: a stable sort keeps the rest in order
            usable.sort(key=lambda c: (not self.valid(c), not (verb and c.name.lower().startswith(verb))))
        return KitSample(status, usable[0].media, Json.of(usable[0].body), -1)

    def body_failures(self, response: Response | None, raw: dict[str, Any], pointer: str, success: KitSample) -> tuple[KitSample, ...]:
        if response is None or response.error_in_body is None:
            return ()
        rules = response.error_in_body.value
        plans = {f.media_type: f.decode_strings for f in response.forms}
        status = status_number(response.status)
        found: dict[int, KitSample] = {}
        for c in self.candidates(raw, pointer, plans):
            hit = _rule_hit(_decoded(c.body, c.plan), rules)
            if hit >= 0 and hit not in found:
                found[hit] = KitSample(status, c.media, Json.of(c.body), hit)
        base = success.body.value if success.body is not None else None
        for index, rule in enumerate(rules):
            if index in found or not isinstance(base, dict):
                continue
            made = _violate(copy.deepcopy(base), rule)
            if made is not None and _rule_hit(_decoded(made, plans.get(success.media_type)), rules) == index:
                found[index] = KitSample(status, success.media_type, Json.of(made), index)
        return tuple(found[i] for i in sorted(found))

    def failure(self, response: Response, raw: dict[str, Any], pointer: str) -> KitSample | None:
        status = status_number(response.status)
        if status < 400:
            return None
        candidates = self.candidates(raw, pointer, {f.media_type: f.decode_strings for f in response.forms})
        if not candidates:
            return KitSample(status, "", None, -1)
        if len(candidates) > 1:
            candidates.sort(key=lambda c: not self.valid(c))  # the first valid one, else the first
        return KitSample(status, candidates[0].media, Json.of(candidates[0].body), -1)


def status_number(status: str) -> int:
    if status.isdigit():
        return int(status)
    if len(status) == 3 and status[0].isdigit() and status[1:].upper() == "XX":
        return int(status[0]) * 100
    return 500 if status == "default" else 200


def _set(body: dict[str, Any], pointer: str, value: Any) -> bool:
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    node: Any = body
    for token in tokens[:-1]:
        if not isinstance(node, dict):
            return False
        node = node.setdefault(token, {})
    if not tokens or not isinstance(node, dict):
        return False
    if value is _DELETE:
        node.pop(tokens[-1], None)
    else:
        node[tokens[-1]] = value
    return True


_DELETE = object()
_MESSAGE = "Simulated failure (specloom testing kit)"


def _violate(body: dict[str, Any], rule: dict[str, Any]) -> dict[str, Any] | None:
    """``body`` changed so that ``rule``'s condition holds, with a code and message where the rule
    reads them; ``None`` when the condition is a text pattern (nothing generic can be written)."""
    when = rule.get("when") or {}
    pointer = when.get("pointer")
    if not isinstance(pointer, str) or not pointer:
        return None
    if "equals" in when:
        value = copy.deepcopy(when["equals"])
    elif isinstance(when.get("in"), list) and when["in"]:
        value = copy.deepcopy(when["in"][0])
    elif when.get("present") is True:
        value = [_MESSAGE]
    elif when.get("present") is False:
        value = _DELETE
    else:
        return None
    if not _set(body, pointer, value):
        return None
    for key, filler in (("code", "FAKE"), ("message", _MESSAGE), ("messages", [_MESSAGE])):
        where = rule.get(key)
        if isinstance(where, str) and where and where != pointer:
            _set(body, where, filler)
    return body


def raw_response(data: Any, raw_op: dict[str, Any], pointer: str, status: str) -> tuple[dict[str, Any], str]:
    """The response object of ``status`` and its real pointer (``$ref`` chains followed)."""
    node, where = follow(data, (raw_op.get("responses") or {}).get(status, {}), join_pointer(pointer, "responses", status))
    return (node if isinstance(node, dict) else {}), where
