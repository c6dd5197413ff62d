"""Validator throughput, side by side: specloom's compiled validators vs the anchors.

Run: ``.venv/bin/python bench/validators.py`` (a script, never a timed test). Engines missing from
the environment are skipped. For each payload set -- (a) a customer-sync body (email or mobile,
enums, attributes map) and (b) a bulk update of 100 customers with ~36 fields -- it prints the
median items/s over interleaved rounds on 1,000 valid and 1,000 invalid payloads, ratios, and each
engine's misclassifications against the label the payload was built with. Schemas come from
``specs/salesfire.yaml`` (operation ``syncCustomer``) and ``specs/shift4shop.yaml``
(``updateCustomers``) when present, else from the inline copies below.
"""

from __future__ import annotations

import copy
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.validation import compile_module  # noqa: E402

SYNC_INLINE: dict[str, Any] = {
    "type": "object", "additionalProperties": False,
    "anyOf": [{"required": ["email"]}, {"required": ["mobile_number"]}],
    "properties": {
        "email": {"type": "string", "format": "email"},
        "mobile_number": {"type": "string", "pattern": "^\\+?[0-9 ]{6,20}$"},
        "types": {"type": "array", "uniqueItems": True, "items": {"enum": ["MARKETING", "TRANSACTIONAL"]}},
        "channels": {"type": "array", "uniqueItems": True, "items": {"enum": ["EMAIL", "SMS"]}},
        "update_existing": {"type": "boolean"},
        "attributes": {"type": "object", "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
                       "additionalProperties": {"type": ["string", "null"]}},
    },
}  # fmt: skip
_LIMITS = {"Email": 100, "Password": 50, "BillingCompany": 255, "BillingFirstName": 50, "BillingLastName": 50,
           "BillingAddress1": 255, "BillingAddress2": 50, "BillingCity": 100, "BillingState": 100,
           "BillingZipCode": 20, "BillingCountry": 100, "BillingPhoneNumber": 50, "BillingTaxID": 50,
           "ShippingCompany": 255, "ShippingFirstName": 50, "ShippingLastName": 50, "ShippingAddress1": 255,
           "ShippingAddress2": 50, "ShippingCity": 100, "ShippingState": 100, "ShippingZipCode": 20,
           "ShippingCountry": 100, "ShippingPhoneNumber": 50, "Comments": 255, "AdditionalField1": 250,
           "AdditionalField2": 250, "AdditionalField3": 150}  # fmt: skip
_FLAGS = ["Enabled", "MailList", "NonTaxable", "DisableBillingSameAsShipping", "ResetPassword"]
CUSTOMER_INLINE: dict[str, Any] = {
    "type": "object", "required": ["CustomerID"], "additionalProperties": False,
    "properties": {"CustomerID": {"type": "integer"}, "ShippingAddressType": {"type": "integer"},
                   "CustomerGroupID": {"type": "integer"}, "TotalStoreCredit": {"type": "number"},
                   **{k: {"type": "string", "maxLength": n} for k, n in _LIMITS.items()},
                   **{k: {"type": "boolean"} for k in _FLAGS}},
}  # fmt: skip
BULK_INLINE: dict[str, Any] = {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/C"}}


def load_documents() -> dict[str, tuple[dict[str, Any], str, str]]:
    """name -> (document, pointer to the request-body schema, where it came from)."""
    found: dict[str, tuple[dict[str, Any], str, str]] = {
        "a": ({"components": {"schemas": {"S": SYNC_INLINE}}}, "/components/schemas/S", "inline"),
        "b": ({"components": {"schemas": {"C": CUSTOMER_INLINE, "B": BULK_INLINE}}}, "/components/schemas/B", "inline"),
    }
    try:
        import yaml
    except ImportError:
        return found
    for name, file, op in (("a", "salesfire.yaml", "syncCustomer"), ("b", "shift4shop.yaml", "updateCustomers")):
        path = ROOT / "specs" / file
        if not path.exists():
            continue
        doc = yaml.safe_load(path.read_text())
        for route, item in doc.get("paths", {}).items():
            for method, operation in item.items():
                if isinstance(operation, dict) and operation.get("operationId") == op:
                    esc = route.replace("~", "~0").replace("/", "~1")
                    found[name] = (doc, f"/paths/{esc}/{method}/requestBody/content/application~1json/schema", file)
    return found


def at(doc: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        doc = doc[token.replace("~1", "/").replace("~0", "~")]
    return doc


def sync_payloads(rng: random.Random) -> tuple[list[Any], list[Any]]:
    valid, invalid = [], []
    for i in range(1000):
        p: dict[str, Any] = {}
        if i % 3 != 1:
            p["email"] = f"user{i}@example{i % 7}.com"
        if i % 3 != 0:
            p["mobile_number"] = f"+44 7700 {900000 + i}"
        p["types"] = rng.sample(["MARKETING", "TRANSACTIONAL"], k=1 + i % 2)
        p["channels"] = rng.sample(["EMAIL", "SMS"], k=i % 3 if i % 3 < 3 else 2)
        p["update_existing"] = bool(i % 2)
        p["attributes"] = {"first_name": f"N{i}", "tier": None if i % 5 else "gold"}
        valid.append(p)
        bad = copy.deepcopy(p)
        mutate = i % 5
        if mutate == 0:
            bad["types"] = ["MARKETING", "MARKETING"]
        elif mutate == 1:
            bad["unknown_field"] = 1
        elif mutate == 2:
            bad.pop("email", None)
            bad.pop("mobile_number", None)
        elif mutate == 3:
            bad["update_existing"] = "yes"
        else:
            bad["channels"] = ["email"]
        invalid.append(bad)
    return valid, invalid


def customer(i: int, rng: random.Random) -> dict[str, Any]:
    c: dict[str, Any] = {"CustomerID": 1000 + i, "ShippingAddressType": i % 2, "CustomerGroupID": i % 4}
    for k, n in _LIMITS.items():
        c[k] = (f"{k.lower()}{i}" * 3)[: min(n, 12)] if k != "Email" else f"c{i}@shop.example"
    for k in _FLAGS:
        c[k] = rng.random() < 0.5
    return c


def bulk_payloads(rng: random.Random) -> tuple[list[Any], list[Any]]:
    valid, invalid = [], []
    for i in range(1000):
        batch = [customer(i * 100 + j, rng) for j in range(100)]
        valid.append(batch)
        bad = copy.deepcopy(batch)
        victim = bad[rng.randrange(100)]
        mutate = i % 4
        if mutate == 0:
            victim["BillingZipCode"] = "9" * 21
        elif mutate == 1:
            victim["CustomerID"] = "7"
        elif mutate == 2:
            victim["Unknown"] = True
        else:
            del victim["CustomerID"]
        invalid.append(bad)
    return valid, invalid


# -- straight-line hand-written checks (the inline schemas' semantics) --------------------------

_EMAIL_OK = __import__("specloom_runtime.formats", fromlist=["FORMAT_CHECKERS"]).FORMAT_CHECKERS["email"]
_SYNC_KEYS = frozenset(SYNC_INLINE["properties"])
_TYPES, _CHANNELS = frozenset(("MARKETING", "TRANSACTIONAL")), frozenset(("EMAIL", "SMS"))
_NAME = __import__("re").compile(r"^[a-z][a-z0-9_]*\Z")


def hand_sync(p: Any) -> bool:
    if type(p) is not dict or ("email" not in p and "mobile_number" not in p):
        return False
    for k in p:
        if k not in _SYNC_KEYS:
            return False
    e = p.get("email")
    if e is not None and (type(e) is not str or not _EMAIL_OK(e)):
        return False
    if "mobile_number" in p and (type(p["mobile_number"]) is not str or not p["mobile_number"]):
        return False
    for key, allowed in (("types", _TYPES), ("channels", _CHANNELS)):
        if key in p:
            xs = p[key]
            if type(xs) is not list or len(set(xs)) != len(xs):
                return False
            for x in xs:
                if type(x) is not str or x not in allowed:
                    return False
    if "update_existing" in p and type(p["update_existing"]) is not bool:
        return False
    if "attributes" in p:
        a = p["attributes"]
        if type(a) is not dict:
            return False
        for k, x in a.items():
            if type(k) is not str or not _NAME.search(k) or not (x is None or type(x) is str):
                return False
    return True


_CUSTOMER_KEYS = frozenset(CUSTOMER_INLINE["properties"])
_INTS = ("CustomerID", "ShippingAddressType", "CustomerGroupID")
_LIMIT_ITEMS = tuple(_LIMITS.items())


def hand_bulk(batch: Any) -> bool:
    if type(batch) is not list or not batch:
        return False
    for c in batch:
        if type(c) is not dict or "CustomerID" not in c:
            return False
        for k in c:
            if k not in _CUSTOMER_KEYS:
                return False
        for k in _INTS:
            if k in c and type(c[k]) is not int:
                return False
        for k, n in _LIMIT_ITEMS:
            if k in c:
                s = c[k]
                if type(s) is not str or len(s) > n:
                    return False
        for k in _FLAGS:
            if k in c and type(c[k]) is not bool:
                return False
    return True


# -- engines ------------------------------------------------------------------------------------


def standalone(doc: dict[str, Any], pointer: str) -> dict[str, Any]:
    """The body schema with the document's components alongside, so '#/components/...' resolves."""
    return {**at(doc, pointer), "components": doc.get("components", {})}


def to_draft7(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {("definitions" if k == "$defs" else k): to_draft7(v) for k, v in schema.items() if k != "prefixItems"}
    if isinstance(schema, list):
        return [to_draft7(v) for v in schema]
    return schema


def engines(name: str, doc: dict[str, Any], pointer: str) -> dict[str, tuple[Callable[[Any], bool], float]]:
    out: dict[str, tuple[Callable[[Any], bool], float]] = {}
    start = time.perf_counter()
    module = compile_module(doc, [(name, "body", pointer)], source_file="bench").source
    ns: dict[str, Any] = {}
    exec(compile(module, "<bench>", "exec"), ns)  # noqa: S102 - our generated module
    out["specloom"] = (ns["is_valid_body"], time.perf_counter() - start)
    out["specloom.validate"] = (_raises_to_bool(ns["validate_body"]), 0.0)
    schema = standalone(doc, pointer)
    try:
        import jsonschema

        start = time.perf_counter()
        v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        out["jsonschema"] = (v.is_valid, time.perf_counter() - start)
    except ImportError:
        pass
    try:
        import fastjsonschema

        start = time.perf_counter()
        fv = fastjsonschema.compile(to_draft7(schema), use_default=False, formats={"email": lambda s: _EMAIL_OK(s)})
        out["fastjsonschema"] = (_raises_to_bool(fv), time.perf_counter() - start)
    except ImportError:
        pass
    try:
        import jsonschema_rs

        start = time.perf_counter()
        rv = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
        out["jsonschema-rs"] = (rv.is_valid, time.perf_counter() - start)
    except ImportError:
        pass
    out["hand-written"] = (hand_sync if name == "a" else hand_bulk, 0.0)
    return out


def _raises_to_bool(fn: Callable[[Any], object]) -> Callable[[Any], bool]:
    def check(x: Any) -> bool:
        try:
            fn(x)
        except Exception:  # each engine's own error type means "invalid" here
            return False
        return True

    return check


def measure(fn: Callable[[Any], bool], items: list[Any]) -> float:
    start = time.perf_counter()
    for x in items:
        fn(x)
    return len(items) / (time.perf_counter() - start)


def main(rounds: int = 7) -> None:
    rng = random.Random(7)
    docs = load_documents()
    sets = {"a": sync_payloads(rng), "b": bulk_payloads(rng)}
    for name, (doc, pointer, origin) in docs.items():
        valid, invalid = sets[name]
        found = engines(name, doc, pointer)
        label = "(a) customer sync body" if name == "a" else "(b) bulk update of 100 customers"
        print(f"\n{label} -- schema from {origin}")
        for engine, (fn, compile_s) in found.items():
            wrong = sum(not fn(x) for x in valid) + sum(fn(x) for x in invalid)
            note = f" misclassified={wrong}" + (f" compile={compile_s * 1000:.1f}ms" if compile_s else "")
            print(f"  {engine:18s}{note}")
        speeds: dict[tuple[str, str], list[float]] = {}
        for _ in range(rounds):
            for engine, (fn, _c) in found.items():
                for kind, items in (("valid", valid), ("invalid", invalid)):
                    n = items if name == "a" or engine not in ("jsonschema",) else items[:100]
                    speeds.setdefault((engine, kind), []).append(measure(fn, n))
        base = {k: statistics.median(speeds[("jsonschema", k)]) for k in ("valid", "invalid")} if "jsonschema" in found else {}
        ours = {k: statistics.median(speeds[("specloom", k)]) for k in ("valid", "invalid")}
        for engine in found:
            row = []
            for kind in ("valid", "invalid"):
                med = statistics.median(speeds[(engine, kind)])
                ratio = f" ({med / base[kind]:.1f}x js, ours={ours[kind] / med:.2f}x)" if base else ""
                row.append(f"{kind}: {med:>11,.0f}/s{ratio}")
            print(f"  {engine:18s}" + "   ".join(row))


if __name__ == "__main__":
    main()
