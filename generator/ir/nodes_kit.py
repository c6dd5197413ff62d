"""IR nodes of the testing kit and of ``specloom sync``: frozen, slotted dataclasses of facts.

Input: built by ``specloom.ir.kit`` (how the kit's fake server plays each operation) and
``specloom.ir.sync`` (``x-specloom-sync``). Output: read by the templates of ``testing.py`` and
``client.py``'s ``SYNC`` description. They hang off ``Operation.kit`` and ``Api.sync`` in
``specloom.ir.nodes``, which names them in annotations only, so the import runs one way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from specloom.ir.nodes import Json

__all__ = ["KitSample", "KitResource", "KitRole", "KitAnswer", "KitBehaviour", "SyncTarget", "Sync"]


@dataclass(frozen=True, slots=True)
class KitSample:
    """An answer the testing kit (``testing.py``) can give: status, media type (``""``: no body)
    and body in wire form (JSON, or the text itself for a non-JSON media type). ``rule`` is the
    index of the error-in-body rule the body triggers (-1: none)."""

    status: int
    media_type: str
    body: Json | None
    rule: int


@dataclass(frozen=True, slots=True)
class KitResource:
    """A collection the testing kit keeps in memory: items of model ``name``, keyed by the wire
    property ``id_field`` (``id_kind`` "int" or "str"); ``server_fields`` are the read-only
    values a new item gets (wire form, from the spec's example of the item); ``id_template`` is the
    example's string id (new ids keep its shape: ``MGaa..aa`` -> ``MG00..01``), "" for none;
    ``stamps``: date properties the fake fills with the moment it stores the item (name -> wire
    format: ``date-time``, ``date`` or a named format)."""

    name: str
    id_field: str
    id_kind: Literal["int", "str"]
    server_fields: Json
    id_template: str
    stamps: Json = Json("{}")


KitRole = Literal["create", "list", "get", "update", "delete", "bulk_update", "record"]
KitAnswer = Literal["item", "page", "ack", "sample"]


@dataclass(frozen=True, slots=True)
class KitBehaviour:
    """How the testing kit's fake server plays one operation.

    ``role``: what it does to its collection (``record``: not collection-shaped; the payload is
    kept and ``success`` answered). ``id_param``: the path parameter naming the item.
    ``answer``: the success body is the item, a page of items, ``success`` as an acknowledgement
    with the item's id written at ``ack_id_pointer`` (in each entry of a list), or ``success``
    as is. ``body_failures``: one 2xx sample per error-in-body rule a body could be made for;
    ``failures``: one sample per documented error status. ``wire_kinds``: how to read the wire
    text of parameters and form fields back (``int``, ``float``, ``bool``, ``str``, ``list:<kind>``).
    ``filters``, ``count``, ``formats``, ``only_with``: how the answer is shaped by the request
    (see ``specloom.ir.kit_shape``); empty when the spec says nothing.
    """

    role: KitRole
    resource: KitResource | None
    id_param: str
    answer: KitAnswer
    ack_id_pointer: str
    success: KitSample
    body_failures: tuple[KitSample, ...]
    failures: tuple[KitSample, ...]
    wire_kinds: Json
    filters: Json = Json("{}")
    count: Json = Json("{}")
    formats: Json = Json("{}")
    only_with: Json = Json("{}")


@dataclass(frozen=True, slots=True)
class SyncTarget:
    """One operation ``specloom sync`` uses (``x-specloom-sync``), as the runtime needs it.

    ``role``: upsert, create, update, bulk_update or lookup. ``method``: the client method;
    ``argument``: its keyword carrying the record (``body`` or a parameter), or, for a lookup,
    the filter keyword ("" : scan every page). ``id_argument``: the keyword (update) or item
    property (bulk update) carrying the vendor id, read as ``id_kind``. ``id_pointer``: where the
    vendor id is in the answer (in one listed item for a lookup, whose ``key_pointer`` finds the
    key). ``fields``: added to every record; ``exists``: regex of an "already exists" error."""

    role: Literal["upsert", "create", "update", "bulk_update", "lookup"]
    operation_id: str
    method: str
    argument: str
    id_argument: str = ""
    id_kind: Literal["int", "str"] = "str"
    id_pointer: str = ""
    key_pointer: str = ""
    safe: bool = False
    fields: Json = Json("{}")
    exists: str = ""
    batch: int = 0


@dataclass(frozen=True, slots=True)
class Sync:
    """The API's sync target: the record's key pointer, its operations and the vendor's rate
    (requests/s, 0: none declared; ``rate_documented`` False: a guess to probe)."""

    key: str
    targets: tuple[SyncTarget, ...]
    rate: float = 0.0
    rate_documented: bool = False
