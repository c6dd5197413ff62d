"""The five vendors as small in-memory servers, answering as their docs (``specs/*.yaml``) say.

Each vendor is a callable ``(Seen) -> Reply`` with its own records, so a test can tell how many
times a write was carried out, not only how many requests arrived. They check the credentials
the way the docs describe (headers, query, form fields, an HMAC over the body bytes) and answer
with the documented forms: Firecart's ``SUCCESS``/``FAILED : code`` text, Cartfunnel's stringly
booleans, Shift4Shop's ``WriteResult`` arrays and end-of-records 404 (or the "Offset amount
exceeds" error), Client Toolbox's XML by default, JSON when ``output=JSON``, JSONP with
``callback``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable
from html import escape

from tests.clients.support import CREDENTIALS
from tests.faults.server import Reply, Seen, json_reply, text_reply

__all__ = ["Firecart", "Cartfunnel", "Salesfire", "Shift4Shop", "ClientToolbox", "VENDORS"]

_NOT_FOUND = Reply(404, b"<html><body>Not Found</body></html>", "text/html")


class Firecart:
    """GET /CustomerServiceHandler.do: adds the contact in ``data`` or updates it (by email)."""

    def __init__(self, *, json_answers: bool = False) -> None:
        self.contacts: dict[str, dict[str, object]] = {}
        self.saves = 0
        self.json_answers = json_answers
        self.creds = CREDENTIALS["firecart"]

    def _answer(self, word: str, code: str | None = None) -> Reply:
        if self.json_answers:
            body: dict[str, object] = {"status": word}
            if code:
                body |= {"errorCode": code, "message": "Given data is not formatted properly (JSON)"}
            return json_reply(body)
        return text_reply(f"{word} : {code}" if code else word)

    def __call__(self, seen: Seen) -> Reply:
        if (seen.method, seen.path) != ("GET", "/CustomerServiceHandler.do"):
            return _NOT_FOUND
        query = dict(seen.query)
        if (query.get("apiAccessKey"), query.get("apiSecret")) != (
            self.creds["api_access_key"],
            self.creds["api_secret"],
        ) or query.get("action") != "ADD_CUSTOMER":
            return self._answer("FAILED", "1002")
        try:
            data = json.loads(query["data"])
        except (KeyError, ValueError):
            return self._answer("FAILED", "1001")
        if not isinstance(data, dict):
            return self._answer("FAILED", "1001")
        key = str(data.get("email") or data.get("mobileNumber"))
        self.contacts[key] = {**self.contacts.get(key, {}), **data}
        self.saves += 1
        return self._answer("SUCCESS")


def cartfunnel_customer(n: int, email: str | None = None) -> dict[str, object]:
    """A customer as Cartfunnel writes it: booleans and nulls as strings."""
    return {
        "id": n,
        "email": email or f"customer{n}@example.com",
        "created_at": "2019-02-04T23:29:37.406-05:00",
        "updated_at": "2019-02-04T23:29:37.406-05:00",
        "accepts_marketing": "false",
        "first_name": "Anna",
        "last_name": f"Number {n}",
        "note": "",
        "orders_count": 0,
        "total_spent_cents": 0,
        "tax_exempt": "false",
        "subscriptions_count": 0,
        "last_order_id": "null",
        "persisted": "true",
    }


class Cartfunnel:
    """/customers.json (100 per page) and /customers/{id}.json, behind the two account headers."""

    PAGE = 100

    def __init__(self, count: int = 0) -> None:
        self.customers = [cartfunnel_customer(n) for n in range(1, count + 1)]
        self.creds = CREDENTIALS["cartfunnel"]

    def __call__(self, seen: Seen) -> Reply:
        if (seen.headers.get("X-CARTFUNNEL-ACCOUNT"), seen.headers.get("X-CARTFUNNEL-API-SECRET")) != (
            self.creds["account"],
            self.creds["api_secret"],
        ):
            return json_reply({"errors": ["Forbidden"]}, 403)
        if seen.path == "/customers.json" and seen.method == "GET":
            page = int(dict(seen.query).get("page", "1"))
            start = (page - 1) * self.PAGE
            return json_reply(self.customers[start : start + self.PAGE])
        if seen.path == "/customers.json" and seen.method == "POST":
            wanted = seen.json()["customer"]  # type: ignore[index]
            if not wanted.get("email"):
                failed = cartfunnel_customer(0) | {"id": "null", "persisted": "false"}
                return json_reply(failed | {"errors": ["Email can't be blank"]})
            customer = cartfunnel_customer(len(self.customers) + 1, wanted["email"])
            self.customers.append(customer)
            return json_reply(customer, 201)
        found = re.fullmatch(r"/customers/([0-9]+)\.json", seen.path)
        if found and seen.method == "GET":
            wanted_id = int(found.group(1))
            for customer in self.customers:
                if customer["id"] == wanted_id:
                    return json_reply(customer, content_type="text/json; charset=utf-8")
        return _NOT_FOUND


class Salesfire:
    """POST /client/{site}/customers/{list}: accepted only with a valid X-Signature."""

    def __init__(self) -> None:
        self.secret = CREDENTIALS["salesfire"]["secret"].encode()
        self.accepted: list[tuple[str, str, dict[str, object]]] = []

    def __call__(self, seen: Seen) -> Reply:
        found = re.fullmatch(r"/client/([^/]+)/customers/([^/]+)", seen.path)
        if not found or seen.method != "POST":
            return _NOT_FOUND
        expected = hmac.new(self.secret, seen.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(seen.headers.get("X-Signature", ""), expected):
            return json_reply({"message": "Invalid signature."}, 401)
        body = seen.json()
        if not isinstance(body, dict) or not (body.get("email") or body.get("mobile_number")):
            errors = {"email": ["The email field is required when mobile number is not present."]}
            return json_reply({"message": "The given data was invalid.", "errors": errors}, 422)
        self.accepted.append((found.group(1), found.group(2), body))
        return json_reply({"success": True})


def shift4shop_customer(n: int) -> dict[str, object]:
    return {
        "CustomerID": n,
        "Email": f"customer{n}@example.com",
        "BillingFirstName": "John",
        "BillingLastName": f"Doe {n}",
        "Enabled": True,
    }


def _written(key: str, value: object, status: int, message: str) -> dict[str, str]:
    return {"Key": key, "Value": str(value), "Status": str(status), "Message": message}


class Shift4Shop:
    """/Customers (limit/offset; past the end: 404 or "Offset amount exceeds ..."), three headers.

    ``end`` picks how the server says there is nothing at ``offset``: ``"404"`` ("No Customer
    records found") or ``"offset"`` (400 with the "Offset amount exceeds" message).
    """

    def __init__(self, count: int = 0, *, end: str = "404") -> None:
        self.customers = [shift4shop_customer(1000 + n) for n in range(count)]
        self.end = end
        self.updates: list[dict[str, object]] = []
        creds = CREDENTIALS["shift4shop"]
        self.expected = (creds["secure_url"], creds["private_key"], creds["token"])

    def __call__(self, seen: Seen) -> Reply:
        sent = tuple(seen.headers.get(name) for name in ("SecureURL", "PrivateKey", "Token"))
        if sent != self.expected:
            return json_reply([_written("", "", 401, "Authentication failure")], 401)
        if seen.path == "/Customers" and seen.method == "GET":
            query = dict(seen.query)
            offset, limit = int(query.get("offset", "0")), int(query.get("limit", "0"))
            page = self.customers[offset : offset + limit] if limit else self.customers[offset:]
            if page:
                return json_reply(page)
            if self.end == "offset" and self.customers:
                message = "Offset amount exceeds the total number of records"
                return json_reply([_written("", "", 400, message)], 400)
            return json_reply([_written("", "", 404, "No Customer records found")], 404)
        if seen.path == "/Customers" and seen.method == "POST":
            customer = shift4shop_customer(1000 + len(self.customers))
            given = seen.json()
            assert isinstance(given, dict)
            customer |= {k: v for k, v in given.items() if k != "CustomerID"}
            self.customers.append(customer)
            return json_reply([_written("CustomerID", customer["CustomerID"], 201, "Created successfully")], 201)
        if seen.path == "/Customers" and seen.method == "PUT":
            items = seen.json()
            assert isinstance(items, list)
            self.updates.extend(items)
            return json_reply([_written("CustomerID", i["CustomerID"], 200, "updated successfully") for i in items])
        found = re.fullmatch(r"/Customers/([0-9]+)", seen.path)
        if found and seen.method == "GET":
            wanted = [c for c in self.customers if c["CustomerID"] == int(found.group(1))]
            if wanted:
                return json_reply(wanted)
            return json_reply([_written("", "", 404, "Customer record not found.")], 404)
        return _NOT_FOUND


class ClientToolbox:
    """POST / (form): record_customer; XML unless ``output=JSON``, JSONP when ``callback``."""

    def __init__(self) -> None:
        self.customers: list[dict[str, str]] = []
        creds = CREDENTIALS["clienttoolbox"]
        self.expected = (creds["user_id"], creds["user_password"])

    @staticmethod
    def render(form: dict[str, str], result: dict[str, object]) -> Reply:
        if form.get("callback"):
            text = f"{form['callback']}({json.dumps(result, separators=(',', ':'))})"
            return text_reply(text, content_type="application/javascript")
        if form.get("output") == "JSON":
            return json_reply(result)
        lines = [f'<response status="{escape(str(result["status"]))}">']
        if "error" in result:
            lines.append(f"<error>{escape(str(result['error']))}</error>")
        if isinstance(customer := result.get("customer"), dict):
            lines.append(f'<customer status="{escape(str(customer["status"]))}">')
            lines += [f"<{k}>{escape(str(v))}</{k}>" for k, v in customer.items() if k != "status"]
            lines.append("</customer>")
        lines.append("</response>")
        return text_reply("\n".join(lines) + "\n", content_type="application/xml")

    def __call__(self, seen: Seen) -> Reply:
        if seen.method != "POST" or seen.path not in ("/", "/api.php"):
            return _NOT_FOUND
        form = seen.form()
        if (form.get("user_id"), form.get("user_password")) != self.expected:
            return self.render(form, {"status": "error", "error": "Invalid user_id or user_password"})
        if form.get("type") != "record_customer":
            return self.render(form, {"status": "error", "error": "Unknown type"})
        if form.get("customer_action") == "new" and any(
            c.get("email") == form.get("email") for c in self.customers
        ):
            return self.render(form, {"status": "error", "error": "Customer already exists"})
        self.customers.append(form)
        code = f"{len(self.customers):016d}"
        customer = {"status": form["customer_action"], "code": code}
        if "card_number" in form:
            customer["card_number"] = form["card_number"]
        return self.render(form, {"status": "success", "customer": customer})


VENDORS: dict[str, Callable[[], Callable[[Seen], Reply]]] = {
    "firecart": Firecart,
    "cartfunnel": Cartfunnel,
    "salesfire": Salesfire,
    "shift4shop": Shift4Shop,
    "clienttoolbox": ClientToolbox,
}
