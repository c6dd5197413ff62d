"""Drive a generated ``Client`` or ``AsyncClient`` against a ``VendorServer`` over real sockets.

``call(api, mode, server, "method", **kwargs)`` builds the client with the test credentials and
``base_url=server.base_url`` (always 127.0.0.1), runs one method (or, for ``iter_*``, collects
every item) and closes the client; ``mode`` is ``"sync"`` or ``"async"``. Options default to a
5 s timeout (no test can hang for the 30 s default) and ``validate_responses="raise"``, so every
vendor answer is also checked against the spec; a test passes ``options={...}`` to change them.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from collections.abc import Mapping
from typing import Any

from tests.clients.support import CREDENTIALS
from tests.faults.server import VendorServer

__all__ = ["call", "client", "DAVID", "SALESFIRE_SYNC", "SHIFT4SHOP_NEW", "TOOLBOX_NEW"]

# Request samples, from the specs' examples.
DAVID = {"name": "David", "email": "david@address.com", "dateOfBirth": "15/08/1977", "city": "Mumbai"}
SHIFT4SHOP_NEW = {  # the spec's create sample
    "Email": "john.doe@example.com", "Password": "", "BillingCompany": "Example Widgets",
    "BillingFirstName": "John", "BillingLastName": "Doe", "BillingAddress1": "123 Main St.",
    "BillingCity": "Anytown", "BillingState": "FL", "BillingZipCode": "33101", "BillingCountry": "US",
    "BillingPhoneNumber": "555-555-2455", "ShippingAddressType": 1, "CustomerGroupID": 1,
    "Enabled": True, "MailList": False, "NonTaxable": True, "DisableBillingSameAsShipping": True,
    "ResetPassword": True,
}  # fmt: skip
TOOLBOX_NEW = {
    "type": "record_customer", "customer_action": "new", "account_id": "greatwidgets",
    "campaign_id": "1234567890123456", "card_number": "1212121212", "email": "test@yourdomain.com",
    "first_name": "John", "last_name": "Doe",
}  # fmt: skip
SALESFIRE_SYNC = {"email": "test@salesfire.com", "types": ["MARKETING"], "channels": ["EMAIL"], "update_existing": True}


def client(api: str, mode: str, base_url: str, options: Mapping[str, Any] | None = None) -> Any:
    package = importlib.import_module(f"specloom.apis.{api}")
    cls = package.AsyncClient if mode == "async" else package.Client
    settings: dict[str, Any] = {"timeout": 5.0, "validate_responses": "raise", **(options or {})}
    return cls(**CREDENTIALS[api], base_url=base_url, **settings)


def call(
    api: str,
    mode: str,
    server: VendorServer | str,
    method: str,
    *,
    options: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """The result of ``method(**kwargs)`` (a list of every item for ``iter_*``), or its error."""
    base_url = server if isinstance(server, str) else server.base_url
    if mode == "sync":
        with client(api, mode, base_url, options) as sync_client:
            result = getattr(sync_client, method)(**kwargs)
            return list(result) if method.startswith("iter_") else result

    async def run() -> Any:
        async with client(api, mode, base_url, options) as async_client:
            result = getattr(async_client, method)(**kwargs)
            if inspect.isasyncgen(result):
                return [item async for item in result]
            return await result

    return asyncio.run(run())
