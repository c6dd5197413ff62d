"""Drive a generated client, sync or async, against its package's ``testing.FakeApi``.

``Kit(api, mode)`` holds one ``FakeApi`` (the state lives there, not in the clients) and builds a
fresh ``Client`` or ``AsyncClient`` on it for each call, so a test states the behaviour once and
checks both flavours. Answers are validated strictly (``validate_responses="raise"``) and retries
are off unless a test asks for them.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from types import ModuleType
from typing import Any

from tests.clients.support import CREDENTIALS

APIS = ("cartfunnel", "clienttoolbox", "firecart", "salesfire", "shift4shop")

# One valid call per operation: (client method, keyword arguments). Ids are 1: tests that need the
# item to exist seed it first (``Kit.seed_one``).
CALLS: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {
    "cartfunnel": {
        "listCustomers": ("list_customers", {}),
        "createCustomer": ("create_customer", {"body": {"email": "anna@example.com"}}),
        "getCustomer": ("get_customer", {"id": 1}),
        "updateCustomer": ("update_customer", {"id": 1, "body": {"first_name": "Anna"}}),
    },
    "firecart": {
        "addCustomer": ("add_customer", {"data": {"name": "David", "email": "david@address.com"}}),
    },
    "salesfire": {
        "syncCustomer": ("sync_customer", {"site": "s1", "list": "l1", "body": {"email": "a@example.com"}}),
    },
    "shift4shop": {
        "listCustomers": ("list_customers", {}),
        "createCustomer": ("create_customer", {"body": {"Email": "john@example.com", "Password": ""}}),
        "updateCustomers": ("update_customers", {"body": [{"CustomerID": 1, "MailList": True}]}),
        "listCustomerGroupCustomers": ("list_customer_group_customers", {"id": 3}),
        "getCustomer": ("get_customer", {"id": 1}),
        "updateCustomer": ("update_customer", {"id": 1, "body": {"BillingFirstName": "John"}}),
        "deleteCustomer": ("delete_customer", {"id": 1}),
    },
    "clienttoolbox": {
        "recordCustomer": (
            "record_customer",
            {"body": {"type": "record_customer", "customer_action": "new", "account_id": "acme", "first_name": "John"}},
        ),
    },
}

# One valid item per collection, in wire form.
ITEMS: dict[str, dict[str, Any]] = {
    "cartfunnel": {"email": "anna@example.com", "first_name": "Anna"},
    "shift4shop": {"Email": "john@example.com", "BillingFirstName": "John", "CustomerGroupID": 3},
}


class Kit:
    """A ``FakeApi`` of ``api`` and a way to call its clients in ``mode``."""

    def __init__(self, api: str, mode: str, **fake_options: Any) -> None:
        self.api = api
        self.mode = mode
        self.package: ModuleType = importlib.import_module(f"specloom.apis.{api}")
        self.testing: ModuleType = importlib.import_module(f"specloom.apis.{api}.testing")
        self.fake: Any = self.testing.FakeApi(**fake_options)
        self.options: dict[str, Any] = {"max_retries": 0, "validate_responses": "raise"}
        self.credentials = dict(CREDENTIALS[api])

    def client(self, **options: Any) -> Any:
        cls = self.package.AsyncClient if self.mode == "async" else self.package.Client
        return cls(**{**self.credentials, "transport": self.fake, **self.options, **options})

    def call(self, method: str, /, *, client_options: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        """Run ``method`` on a fresh client (closed afterwards); ``iter_*`` methods give a list."""
        if self.mode == "sync":
            with self.client(**(client_options or {})) as client:
                result = getattr(client, method)(**kwargs)
                return list(result) if method.startswith("iter_") else result

        async def run() -> Any:
            async with self.client(**(client_options or {})) as client:
                result = getattr(client, method)(**kwargs)
                if inspect.isasyncgen(result):
                    return [item async for item in result]
                return await result

        return asyncio.run(run())

    def call_operation(self, operation: str, **client_options: Any) -> Any:
        """Run ``operation`` with its valid arguments from ``CALLS``."""
        method, kwargs = CALLS[self.api][operation]
        return self.call(method, client_options=client_options, **kwargs)

    def seed_one(self) -> None:
        """Store item 1 when the API keeps a collection (so get/update/delete of id 1 succeed)."""
        if self.api in ITEMS:
            self.fake.add(ITEMS[self.api])
