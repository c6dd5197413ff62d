"""Per-API material for the sync tests: valid and invalid records, credentials, parameters, and
how to read back from the served fake what arrived (by key).

Records are written the way a user's file would be (wire names; a mapping adds constants where
an API needs a field no customer list has, such as Client Toolbox's ``account_id``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specloom_runtime.sync import FieldMapping, Options, Summary, sync
from specloom_runtime.testing import FakeServer, sandbox_of, serve

from tests.clients.support import CREDENTIALS


@dataclass(frozen=True)
class Api:
    name: str
    key: str  # the record's key field (wire name)
    write_ops: tuple[str, ...]  # operations whose payloads carry records
    params: dict[str, str] = field(default_factory=dict)
    constants: dict[str, Any] = field(default_factory=dict)
    invalid: dict[str, Any] = field(default_factory=dict)  # fields making a record invalid
    collection: bool = False  # the fake keeps items (read them back) rather than payloads

    def record(self, n: int, version: int = 0) -> dict[str, Any]:
        email = f"customer{n}@example.com"
        if self.name == "shift4shop":
            return {"Email": email, "Password": "", "BillingFirstName": f"First{n}", "BillingLastName": f"v{version}"}
        if self.name == "firecart":
            return {"email": email, "name": f"Customer {n} v{version}"}
        if self.name == "salesfire":
            return {"email": email, "attributes": {"name": f"Customer {n} v{version}"}}
        if self.name == "cartfunnel":
            return {"email": email, "first_name": f"First{n}", "last_name": f"v{version}"}
        return {"email": email, "first_name": f"First{n}", "last_name": f"v{version}"}

    def mapping(self) -> FieldMapping:
        return FieldMapping(constants={(k,): v for k, v in self.constants.items()})

    def environ(self) -> dict[str, str]:
        module = __import__(f"generated.{self.name}.client", fromlist=["API"])
        given = CREDENTIALS[self.name]
        return {c.env_var: given[c.attr] for c in module.API.credentials}


APIS = {
    "firecart": Api("firecart", "email", ("addCustomer",), invalid={"dateOfBirth": "1977-08-15"}),
    "salesfire": Api("salesfire", "email", ("syncCustomer",), params={"site": "site-1", "list": "list-1"}, invalid={"types": ["marketing"]}),
    "cartfunnel": Api("cartfunnel", "email", ("createCustomer", "updateCustomer"), invalid={"unknown_field": "x"}, collection=True),
    "shift4shop": Api("shift4shop", "Email", ("createCustomer", "updateCustomers"), invalid={"BillingZipCode": "9" * 300}, collection=True),
    "clienttoolbox": Api("clienttoolbox", "email", ("recordCustomer",), constants={"account_id": "shop-1"}, invalid={"custom_date": "14/07/1970"}),
}


def keys_sent(fake: FakeServer, api: Api) -> Counter[str]:
    """How many times each key arrived in a write (payloads of the write operations)."""
    seen: Counter[str] = Counter()
    for op in api.write_ops:
        for payload in fake.payloads(op):
            items = payload if isinstance(payload, list) else [payload]
            for item in items:
                item = item.get("data", item) if isinstance(item, dict) else item
                if isinstance(item, str):
                    item = json.loads(item)
                if isinstance(item, dict) and isinstance(item.get("customer"), dict):
                    item = item["customer"]
                if isinstance(item, dict) and api.key in item:
                    seen[str(item[api.key])] += 1
    return seen


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@contextmanager
def served(api: Api, **options: Any) -> Iterator[tuple[str, FakeServer]]:
    """``serve`` the API's kit on 127.0.0.1 with the test credentials; yields (url, fake)."""
    with serve(api.name, credentials=CREDENTIALS[api.name], **options) as url:
        yield url, sandbox_of(url).fake


def run(api: Api, url: str, records: Any, state: Path, **options: Any) -> Summary:
    rejects = options.pop("rejects", None)
    return sync(
        api.name, records, base_url=url, environ=api.environ(), state=state, params=api.params,
        mapping=api.mapping(), options=Options(**{"rate": 1e6, **options}), rejects=rejects,
    )  # fmt: skip
