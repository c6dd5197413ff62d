"""Client overhead and import cost of the generated clients; a script, never a timed test.

Run: ``.venv/bin/python bench/clients.py`` (``make bench`` runs it with the others).

1. **Overhead per call.** For each API, one typical call through the generated ``Client``
   (arguments in, wire request built and validated, HMAC-signed where the API signs, sent to an
   ``httpx.MockTransport``, the answer parsed, checked and typed into models) against the same
   call written by hand on plain ``httpx``: the same ``httpx.Client`` and ``MockTransport``, the
   same request (URL, headers and body bytes are compared before timing; the signature is computed
   with ``hmac``), the answer parsed into a dict with ``json.loads`` (``defusedxml`` for XML).
   Rounds are interleaved (client, plain, plain, client, ...) so load drift hits both; each round
   times ``CALLS`` calls in thread CPU time; the figure is the median per-call time and the
   median of the per-round ratios. Goal: at most 1.3x for each API.
2. **Import time beyond httpx.** ``python -X importtime -c "import httpx; import generated.<api>"``
   in a fresh process; the cost is the sum of the self times of every module imported after
   ``httpx`` was (what ``import generated.<api>`` adds, the shared runtime included). Median of
   ``IMPORT_RUNS`` processes after one warm-up that caches the bytecode (in a private
   ``PYTHONPYCACHEPREFIX`` folder, whatever PYTHONDONTWRITEBYTECODE says), judged against the
   goal of under 50 ms; the best run and the process CPU time spent in the import are printed
   too, since wall-clock import times on a loaded machine swing by 2x.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import defusedxml.ElementTree
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from specloom_runtime.call import VERSION  # noqa: E402

from specloom.apis import cartfunnel, clienttoolbox, firecart, salesfire, shift4shop  # noqa: E402

ROUNDS = 15
CALLS = 200
IMPORT_RUNS = 11
GOAL_RATIO = 1.3
GOAL_IMPORT_MS = 50.0
JSON = {"Content-Type": "application/json"}


def ua(package: str, title: str) -> tuple[str, str]:
    return ("User-Agent", f"specloom/{VERSION} ({package}; {title})")


def compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# -- the calls ---------------------------------------------------------------------------------


@dataclass
class Scenario:
    """One API call: what the server answers, the client call, and the plain-httpx call."""

    name: str
    answer: tuple[int, dict[str, str], bytes]
    client: Callable[[httpx.BaseTransport], Callable[[], object]]
    plain: Callable[[httpx.Client], Callable[[], object]]


# Firecart: GET, customer as compact JSON in the query, credentials in the query, JSON answer.
FC_DATA = {"name": "David", "email": "david@address.com", "mobileNumber": "1234512345", "gender": "male",
           "maritalStatus": "married", "dateOfBirth": "15/08/1977", "city": "Mumbai", "Custom_Variable_1": "Value1"}  # fmt: skip
FC_SUBLIST = ["Landing Page List", "My List"]
FC_KEYS = {"api_access_key": "canvass", "api_secret": "canvass-secret-7"}


def firecart_client(transport: httpx.BaseTransport) -> Callable[[], object]:
    client = firecart.Client(**FC_KEYS, transport=transport)
    return lambda: client.add_customer(data=FC_DATA, sublist=FC_SUBLIST)


def firecart_plain(http: httpx.Client) -> Callable[[], object]:
    headers = [("Accept", "application/json, text/plain"), ua("firecart", "Firecart AddCustomer API")]

    def call() -> object:
        params = [("apiAccessKey", FC_KEYS["api_access_key"]), ("apiSecret", FC_KEYS["api_secret"]),
                  ("action", "ADD_CUSTOMER"), ("data", compact(FC_DATA)), ("sublist", compact(FC_SUBLIST))]  # fmt: skip
        request = httpx.Request("GET", "http://app.firecart.io/CustomerServiceHandler.do", params=params, headers=headers)
        return json.loads(http.send(request).content)

    return call


# Cartfunnel: POST, customer wrapped in {"customer": ...}, two headers; the answer's "true"/"null"
# strings decoded into a typed Customer (error-in-body rules checked).
CF_NEW = {"email": "anna@example.com", "first_name": "Anna", "last_name": "Benning", "accepts_marketing": True}
CF_KEYS = {"account": "myshop", "api_secret": "cf-secret-91x"}
CF_CUSTOMER = {"id": 32199, "email": "anna@example.com", "created_at": "2019-02-04T23:29:37.406-05:00",
               "updated_at": "2019-02-04T23:29:37.406-05:00", "accepts_marketing": "true", "first_name": "Anna",
               "last_name": "Benning", "note": "", "orders_count": 0, "total_spent_cents": 0, "tax_exempt": "false",
               "subscriptions_count": 0, "last_order_id": "null", "persisted": "true"}  # fmt: skip


def cartfunnel_client(transport: httpx.BaseTransport) -> Callable[[], object]:
    client = cartfunnel.Client(**CF_KEYS, transport=transport)
    return lambda: client.create_customer(body=CF_NEW)


def cartfunnel_plain(http: httpx.Client) -> Callable[[], object]:
    headers = [("X-CARTFUNNEL-ACCOUNT", CF_KEYS["account"]), ("X-CARTFUNNEL-API-SECRET", CF_KEYS["api_secret"]),
               ("Content-Type", "application/json"), ("Accept", "application/json, text/json"),
               ua("cartfunnel", "Cartfunnel REST API v1 (Customers)")]  # fmt: skip

    def call() -> object:
        body = compact({"customer": CF_NEW}).encode()
        request = httpx.Request("POST", "https://api.cartfunnel.net/v1/customers.json", headers=headers, content=body)
        return json.loads(http.send(request).content)

    return call


# Cartfunnel, one page of 100 customers (list + decode + type 100 models).
def cartfunnel_page_client(transport: httpx.BaseTransport) -> Callable[[], object]:
    client = cartfunnel.Client(**CF_KEYS, transport=transport)
    return lambda: client.list_customers(page=2)


def cartfunnel_page_plain(http: httpx.Client) -> Callable[[], object]:
    headers = [("X-CARTFUNNEL-ACCOUNT", CF_KEYS["account"]), ("X-CARTFUNNEL-API-SECRET", CF_KEYS["api_secret"]),
               ("Accept", "application/json, text/json"), ua("cartfunnel", "Cartfunnel REST API v1 (Customers)")]  # fmt: skip

    def call() -> object:
        request = httpx.Request("GET", "https://api.cartfunnel.net/v1/customers.json", params=[("page", "2")], headers=headers)
        return json.loads(http.send(request).content)

    return call


# Salesfire: POST, compact JSON body, X-Signature = HMAC-SHA256 hex over the exact body bytes.
SF_BODY = {"email": "test@salesfire.com", "mobile_number": "123456789", "types": ["MARKETING", "TRANSACTIONAL"],
           "channels": ["EMAIL", "SMS"], "update_existing": True}  # fmt: skip
SF_SECRET = "sf-signing-key-44"


def salesfire_client(transport: httpx.BaseTransport) -> Callable[[], object]:
    client = salesfire.Client(secret=SF_SECRET, transport=transport)
    return lambda: client.sync_customer(site="shop-1", list="newsletter", body=SF_BODY)


def salesfire_plain(http: httpx.Client) -> Callable[[], object]:
    key = SF_SECRET.encode()
    agent = ua("salesfire", "Salesfire customer sync API")

    def call() -> object:
        body = compact(SF_BODY).encode()
        signature = hmac.new(key, body, hashlib.sha256).hexdigest()
        url = f"https://api.salesfire.co.uk/client/{quote('shop-1', safe='')}/customers/{quote('newsletter', safe='')}"
        headers = [("Content-Type", "application/json"), ("X-Signature", signature), ("Accept", "application/json"), agent]
        return json.loads(http.send(httpx.Request("POST", url, headers=headers, content=body)).content)

    return call


# Shift4Shop: POST of the spec's create sample, three headers, a WriteResult array back.
S4_KEYS = {"secure_url": "https://myshop.3dcartstores.com", "private_key": "pk-0a1b2c3d", "token": "tk-9f8e7d6c"}
S4_NEW = {"Email": "john.doe@example.com", "Password": "", "BillingCompany": "Example Widgets", "BillingFirstName": "John",
          "BillingLastName": "Doe", "BillingAddress1": "123 Main St.", "BillingCity": "Anytown", "BillingState": "FL",
          "BillingZipCode": "33101", "BillingCountry": "US", "BillingPhoneNumber": "555-555-2455", "ShippingAddressType": 1,
          "CustomerGroupID": 1, "Enabled": True, "MailList": False, "NonTaxable": True,
          "DisableBillingSameAsShipping": True, "ResetPassword": True}  # fmt: skip
S4_WRITTEN = [{"Key": "CustomerID", "Value": "1234", "Status": "201", "Message": "Created successfully"}]


def shift4shop_client(transport: httpx.BaseTransport) -> Callable[[], object]:
    client = shift4shop.Client(**S4_KEYS, transport=transport)
    return lambda: client.create_customer(body=S4_NEW)


def shift4shop_plain(http: httpx.Client) -> Callable[[], object]:
    headers = [("PrivateKey", S4_KEYS["private_key"]), ("SecureURL", S4_KEYS["secure_url"]), ("Token", S4_KEYS["token"]),
               ("Content-Type", "application/json"), ("Accept", "application/json"),
               ua("shift4shop", "Shift4Shop (3dcart) REST API v1 (Customers)")]  # fmt: skip

    def call() -> object:
        body = compact(S4_NEW).encode()
        request = httpx.Request("POST", "https://apirest.3dcart.com/3dCartWebAPI/v1/Customers", headers=headers, content=body)
        return json.loads(http.send(request).content)

    return call


# Client Toolbox: POST of a form with the credentials as fields; JSON (asked for) or XML back.
CT_KEYS = {"user_id": "john1970", "user_password": "1959caadac9b13dcb3"}
CT_FORM = {"type": "record_customer", "customer_action": "new", "account_id": "greatwidgets",
           "campaign_id": "1234567890123456", "card_number": "1212121212", "code": "89898989898989",
           "first_name": "John", "last_name": "Doe", "phone": "555-555-2455", "email": "test@yourdomain.com",
           "custom_date": "1970-07-14", "street1": "123 Main St.", "city": "Anytown", "postal_code": "55555",
           "country": "NZ"}  # fmt: skip
CT_JSON = {"status": "success", "customer": {"status": "new", "code": "1234567890123456", "card_number": "1212121212"}}
CT_XML = b'<response status="success">\n<customer status="new">\n<code>1234567890123456</code>\n<card_number>1212121212</card_number>\n</customer>\n</response>\n'


def toolbox_client(output: str) -> Callable[[httpx.BaseTransport], Callable[[], object]]:
    def make(transport: httpx.BaseTransport) -> Callable[[], object]:
        client = clienttoolbox.Client(**CT_KEYS, transport=transport)
        return lambda: client.record_customer(body=CT_FORM, output=output)  # type: ignore[arg-type]

    return make


def _xml_dict(element: Any) -> object:
    children = list(element)
    if not children and not element.attrib:
        return element.text or ""
    return {**element.attrib, **{child.tag: _xml_dict(child) for child in children}}


def toolbox_plain(output: str) -> Callable[[httpx.Client], Callable[[], object]]:
    def make(http: httpx.Client) -> Callable[[], object]:
        headers = [("Content-Type", "application/x-www-form-urlencoded"),
                   ("Accept", "application/json, application/xml, application/javascript"),
                   ua("clienttoolbox", "Client Toolbox loyalty API (record_customer)")]  # fmt: skip

        def call() -> object:
            fields = {**CT_KEYS, **CT_FORM, "output": output}
            body = urlencode(fields).encode()
            request = httpx.Request("POST", "https://api.clienttoolbox.com/", headers=headers, content=body)
            response = http.send(request)
            if output == "XML":
                return _xml_dict(defusedxml.ElementTree.fromstring(response.content, forbid_dtd=True))
            return json.loads(response.content)

        return call

    return make


def _page() -> bytes:
    return json.dumps([{**CF_CUSTOMER, "id": 101 + i, "email": f"c{101 + i}@example.com"} for i in range(100)]).encode()


SCENARIOS = [
    Scenario("firecart add_customer", (200, JSON, b'{"status": "SUCCESS"}'), firecart_client, firecart_plain),
    Scenario("cartfunnel create_customer", (201, JSON, json.dumps(CF_CUSTOMER).encode()), cartfunnel_client, cartfunnel_plain),
    Scenario("salesfire sync_customer", (200, JSON, b'{"success": true}'), salesfire_client, salesfire_plain),
    Scenario("shift4shop create_customer", (201, JSON, json.dumps(S4_WRITTEN).encode()), shift4shop_client, shift4shop_plain),
    Scenario("clienttoolbox record (JSON)", (200, JSON, json.dumps(CT_JSON).encode()), toolbox_client("JSON"), toolbox_plain("JSON")),
    Scenario("clienttoolbox record (XML)", (200, {"Content-Type": "application/xml"}, CT_XML), toolbox_client("XML"), toolbox_plain("XML")),
    Scenario("cartfunnel 100-item page", (200, JSON, _page()), cartfunnel_page_client, cartfunnel_page_plain),
]  # fmt: skip
GOAL_ROWS = 5  # the first five rows are the per-API goal; the rest are for information


# -- timing ------------------------------------------------------------------------------------


def transport_for(scenario: Scenario, seen: list[httpx.Request]) -> httpx.MockTransport:
    status, headers, content = scenario.answer

    def handler(request: httpx.Request) -> httpx.Response:
        if len(seen) < 2:
            seen.append(request)
        return httpx.Response(status, headers=headers, content=content)

    return httpx.MockTransport(handler)


def wire(request: httpx.Request) -> tuple[object, ...]:
    return request.method, str(request.url), sorted((k.lower(), v) for k, v in request.headers.raw), request.content


def build(scenario: Scenario) -> tuple[Callable[[], object], Callable[[], object]]:
    """The two callables, after checking they send the same request byte for byte."""
    client_seen: list[httpx.Request] = []
    plain_seen: list[httpx.Request] = []
    client_call = scenario.client(transport_for(scenario, client_seen))
    plain_call = scenario.plain(httpx.Client(transport=transport_for(scenario, plain_seen)))
    client_call()
    plain_call()
    if wire(client_seen[0]) != wire(plain_seen[0]):
        raise SystemExit(f"{scenario.name}: the plain call does not send the client's request:\n"
                         f"  client {wire(client_seen[0])}\n  plain  {wire(plain_seen[0])}")  # fmt: skip
    return client_call, plain_call


def per_call(fn: Callable[[], object]) -> float:
    """Seconds of this thread's CPU time per call (CPU-bound work: no real I/O happens, and on a
    shared machine wall time would also count the other processes' turns)."""
    start = time.thread_time()
    for _ in range(CALLS):
        fn()
    return (time.thread_time() - start) / CALLS


def overhead() -> list[tuple[str, float, float, float]]:
    calls = [(s.name, *build(s)) for s in SCENARIOS]
    for _, client_call, plain_call in calls:  # warm up
        per_call(client_call)
        per_call(plain_call)
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name, _, _ in calls}
    for round_ in range(ROUNDS):
        for name, client_call, plain_call in calls:
            pair = (client_call, plain_call) if round_ % 2 == 0 else (plain_call, client_call)
            first, second = per_call(pair[0]), per_call(pair[1])
            ours, theirs = (first, second) if round_ % 2 == 0 else (second, first)
            times[name][0].append(ours)
            times[name][1].append(theirs)
    rows = []
    for name, (ours, theirs) in times.items():
        ratio = statistics.median(o / t for o, t in zip(ours, theirs, strict=True))
        rows.append((name, statistics.median(ours), statistics.median(theirs), ratio))
    return rows


# -- import time -------------------------------------------------------------------------------


def import_ms(api: str, env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds ``import generated.<api>`` adds to a process that imported httpx: by
    ``-X importtime`` (wall clock) and by the process's CPU clock around the import."""
    code = (
        "import time, httpx; start = time.process_time(); "
        f"import generated.{api}; print(time.process_time() - start)"
    )
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    total_us, after_httpx = 0, False
    for line in run.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        if after_httpx:
            total_us += int(self_us)
        elif name == "httpx":  # the top-level line closes `import httpx`
            after_httpx = True
    return total_us / 1000, float(run.stdout) * 1000


def import_times() -> list[tuple[str, float, float, float]]:
    """(api, median ms, best ms by -X importtime, median CPU ms). Bytecode is cached, as in any
    installed environment: in a private folder (``PYTHONPYCACHEPREFIX``) filled by a first run,
    even where PYTHONDONTWRITEBYTECODE is set; without it every run would time the compiler."""
    apis = ["firecart", "cartfunnel", "salesfire", "shift4shop", "clienttoolbox"]
    samples: dict[str, list[tuple[float, float]]] = {api: [] for api in apis}
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for api in apis:
            import_ms(api, env)  # compiles and caches
        for _ in range(IMPORT_RUNS):
            for api in apis:
                samples[api].append(import_ms(api, env))
    rows = []
    for api, pairs in samples.items():
        wall = [w for w, _ in pairs]
        rows.append((api, statistics.median(wall), min(wall), statistics.median(c for _, c in pairs)))
    return rows


def main() -> None:
    print(f"Client overhead per call (sync Client vs hand-written httpx, same MockTransport; median of {ROUNDS} interleaved rounds x {CALLS} calls)")
    print(f"  {'call':30s} {'client':>9s} {'plain':>9s} {'ratio':>6s}   goal <= {GOAL_RATIO}x")
    for index, (name, ours, theirs, ratio) in enumerate(overhead()):
        verdict = ("met" if ratio <= GOAL_RATIO else "NOT met") if index < GOAL_ROWS else "(information)"
        print(f"  {name:30s} {ours * 1e6:7.1f}us {theirs * 1e6:7.1f}us {ratio:5.2f}x   {verdict}")
    print(f"\nImport time beyond `import httpx` ({IMPORT_RUNS} processes; -X importtime median and best, CPU-clock median)")
    for api, median, best, cpu in import_times():
        verdict = "met" if median < GOAL_IMPORT_MS else "NOT met"
        print(f"  generated.{api:14s} {median:6.1f} ms (best {best:5.1f}, CPU {cpu:5.1f})   goal < {GOAL_IMPORT_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
