"""Every generated client used the way integration code uses it; checked by ``mypy --strict``.

``make check`` type-checks this file, and ``tests/clients/test_typed_usage.py`` runs it against
``httpx.MockTransport`` answers, so the signatures the README shows are the ones that exist.
Each function takes the transport to use (pass none to talk to the real vendor).
"""

from __future__ import annotations

import asyncio
import datetime

import httpx

from specloom.apis import cartfunnel, clienttoolbox, firecart, salesfire, shift4shop


def add_to_firecart(transport: httpx.BaseTransport | None = None) -> str:
    """Firecart: JSON in a query parameter, a day-first date, custom variables as extra keys."""
    with firecart.Client(api_access_key="key", api_secret="secret", transport=transport) as client:
        data = firecart.CustomerData(
            name="David",
            email="david@address.com",
            date_of_birth=datetime.date(1977, 8, 15),
            extra={"Company Name": "ACME"},  # sent as Company_Name
        )
        result = client.add_customer(data=data, sublist=["Landing Page List"])
        if isinstance(result, firecart.AddCustomerJsonResult):  # its shape is assumed: status may lack
            return result.status if isinstance(result.status, str) else "no status"
        return result


def cartfunnel_emails(transport: httpx.BaseTransport | None = None) -> list[str]:
    """Cartfunnel: every customer across pages, then a create wrapped as {"customer": ...}."""
    emails: list[str] = []
    with cartfunnel.Client(account="myshop", api_secret="secret", transport=transport) as client:
        for customer in client.iter_list_customers():
            if isinstance(customer.email, str):
                emails.append(customer.email)
        created: cartfunnel.Customer = client.create_customer(
            body=cartfunnel.CustomerCreate(email="anna@example.com", first_name="Anna")
        )
        if created.id is not None:
            client.update_customer(id=created.id, body={"last_name": "Jules"})
    return emails


async def sync_to_salesfire(transport: httpx.AsyncBaseTransport | None = None) -> None:
    """Salesfire (async): the body is signed with the list's secret, which is never sent."""
    async with salesfire.AsyncClient(secret="list-secret", transport=transport) as client:
        body = salesfire.CustomerSync(email="test@salesfire.com", types=["MARKETING"])
        await client.sync_customer(site="my-site", list="newsletter", body=body)


def shift4shop_recent(transport: httpx.BaseTransport | None = None) -> list[int]:
    """Shift4Shop: filters with a month-first timestamp; 404 means an empty list."""
    ids: list[int] = []
    with shift4shop.Client(
        secure_url="https://myshop.3dcartstores.com",
        private_key="private",
        token="token",
        transport=transport,
    ) as client:
        since = datetime.datetime(2024, 1, 15, 9, 5, 7)
        for customer in client.iter_list_customers(lastupdatestart=since):
            if isinstance(customer.customer_id, int):
                ids.append(customer.customer_id)
        if ids:
            one: shift4shop.Customer = client.get_customer(id=ids[0])
            results: list[shift4shop.WriteResult] = client.update_customers(
                body=[shift4shop.CustomerBulkUpdateItem(customer_id=one.customer_id, mail_list=True)]
            )
            assert all(r.status.isdigit() for r in results)
    return ids


async def record_loyalty_customer(transport: httpx.AsyncBaseTransport | None = None) -> str:
    """Client Toolbox (async): a form body; failures inside HTTP 200 become ErrorInBody."""
    async with clienttoolbox.AsyncClient(
        user_id="john1970", user_password="password", transport=transport
    ) as client:
        try:
            result = await client.record_customer(
                body=clienttoolbox.RecordCustomerForm(
                    type="record_customer",
                    customer_action="new",
                    account_id="greatwidgets",
                    campaign_id="1234567890123456",
                    send_no_email=True,
                ),
                output="JSON",
            )
        except clienttoolbox.ErrorInBody as failure:
            return "error: " + "; ".join(failure.messages)
        if isinstance(result.customer, clienttoolbox.RecordCustomerResultCustomer):
            return result.customer.code
        return result.status


def run_async(transport: httpx.AsyncBaseTransport | None = None) -> str:
    """Both async examples in one event loop."""

    async def both() -> str:
        await sync_to_salesfire(transport)
        return await record_loyalty_customer(transport)

    return asyncio.run(both())
