"""Validator throughput, side by side: specloom's compiled validators vs the anchors.

Run: ``.venv/bin/python bench/validators.py [--rounds N] [--sets a,b] [--engines NAME,...]`` (a
script, never a timed test; ``make bench`` runs it with the defaults). Engines missing from the
environment are skipped. Two payload sets, schemas read from the specs:

(a) the Salesfire request body (``specs/salesfire.yaml``, operation ``syncCustomer``): email or
    mobile, enums, uniqueItems, an attributes map with a date of birth in one of seven formats;
(b) a Shift4Shop bulk update of 100 customers (``specs/shift4shop.yaml``, ``updateCustomers``):
    ~36 fields each, maxLength, integers, booleans, ``unevaluatedProperties: false``.

For each set: 1,000 valid and 1,000 invalid payloads. It prints every engine's misclassifications
against the label each payload was built with (all must be zero), compile times (specloom: the
body schema alone, and the whole spec's validators module divided by its number of schemas), the
median items/s over interleaved rounds, and the ratios with the goals of issue 4 (met or not).
All engines assert the same formats: specloom's, fastjsonschema's (given specloom's checkers) and
the hand-written checks use ``specloom_runtime.wire.formats``; jsonschema and jsonschema-rs their own.
Then (p): the specs' patterns under ``re`` and ``google-re2``, and maxLength guarding a ReDoS.
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from specloom_runtime.wire import FORMAT_CHECKERS  # noqa: E402

from specloom.check import lint  # noqa: E402
from specloom.ir.build import build_ir  # noqa: E402
from specloom.load import load  # noqa: E402
from specloom.validation import compile_module  # noqa: E402

SETS = {"a": ("salesfire.yaml", "syncCustomer"), "b": ("shift4shop.yaml", "updateCustomers")}
# goals of issue 4 for is_valid_*: engine -> (set -> minimum ratio ours/engine)
GOALS = {"jsonschema": {"a": 35.0, "b": 60.0}, "fastjsonschema": {"a": 3.0, "b": 2.0},
         "jsonschema-rs": {"a": 0.5}, "hand-written": {"a": 0.85, "b": 0.85}}  # fmt: skip


def body_pointer(doc: dict[str, Any], operation_id: str) -> str:
    for route, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                esc = route.replace("~", "~0").replace("/", "~1")
                return f"/paths/{esc}/{method}/requestBody/content/application~1json/schema"
    raise KeyError(operation_id)


def at(doc: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        doc = doc[token.replace("~1", "/").replace("~0", "~")]
    return doc


# -- payloads -----------------------------------------------------------------------------------


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


_LIMITS = {"Email": 100, "Password": 50, "BillingCompany": 255, "BillingFirstName": 50, "BillingLastName": 50,
           "BillingAddress1": 255, "BillingAddress2": 50, "BillingCity": 100, "BillingState": 100,
           "BillingZipCode": 20, "BillingCountry": 100, "BillingPhoneNumber": 50, "BillingTaxID": 50,
           "ShippingCompany": 255, "ShippingFirstName": 50, "ShippingLastName": 50, "ShippingAddress1": 255,
           "ShippingAddress2": 50, "ShippingCity": 100, "ShippingState": 100, "ShippingZipCode": 20,
           "ShippingCountry": 100, "ShippingPhoneNumber": 50, "Comments": 255, "AdditionalField1": 250,
           "AdditionalField2": 250, "AdditionalField3": 150}  # fmt: skip
_FLAGS = ("Enabled", "MailList", "NonTaxable", "DisableBillingSameAsShipping", "ResetPassword")
_INTS = ("CustomerID", "ShippingAddressType", "CustomerGroupID")


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


# -- straight-line hand-written checks, written from the specs (same formats as specloom) -------

_EMAIL_OK = FORMAT_CHECKERS["email"]
_DOB_OK = tuple(FORMAT_CHECKERS[f] for f in ("dd-mm-yyyy", "dd/mm/yyyy", "ddmmyyyy", "d-m-yy", "d/m/yy", "date", "yyyy/mm/dd"))
_SYNC_KEYS = frozenset(("email", "mobile_number", "types", "channels", "update_existing", "attributes"))
_TYPES, _CHANNELS = frozenset(("MARKETING", "TRANSACTIONAL")), frozenset(("EMAIL", "SMS"))
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z", re.ASCII)


def hand_sync(p: Any) -> bool:
    """``CustomerSync`` of specs/salesfire.yaml, by hand."""
    if type(p) is not dict or ("email" not in p and "mobile_number" not in p):
        return False
    for k in p:
        if k not in _SYNC_KEYS:
            return False
    if "email" in p:
        e = p["email"]
        if type(e) is not str or not e or not _EMAIL_OK(e):
            return False
    if "mobile_number" in p:
        m = p["mobile_number"]
        if type(m) is not str or not m:
            return False
    for key, allowed in (("types", _TYPES), ("channels", _CHANNELS)):
        if key in p:
            xs = p[key]
            if type(xs) is not list:
                return False
            for x in xs:
                if type(x) is not str or x not in allowed:
                    return False
            if len(set(xs)) != len(xs):
                return False
    if "update_existing" in p and type(p["update_existing"]) is not bool:
        return False
    if "attributes" in p:
        a = p["attributes"]
        if type(a) is not dict:
            return False
        for k, x in a.items():
            if type(k) is not str or not _NAME.match(k) or not (x is None or type(x) is str):
                return False
        if "date_of_birth" in a:
            d = a["date_of_birth"]
            if d is not None and not any(ok(d) for ok in _DOB_OK):
                return False
    return True


_ITEM_KEYS = frozenset((*_LIMITS, *_FLAGS, *_INTS))
_LIMIT_ITEMS = tuple(_LIMITS.items())


def hand_bulk(batch: Any) -> bool:
    """The ``updateCustomers`` body of specs/shift4shop.yaml (CustomerBulkUpdateItem), by hand."""
    if type(batch) is not list or not batch:
        return False
    for c in batch:
        if type(c) is not dict or "CustomerID" not in c:
            return False
        for k in c:
            if k not in _ITEM_KEYS:
                return False
        for k in _INTS:
            if k in c:
                x = c[k]
                if type(x) is not int and not (type(x) is float and x.is_integer()):
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


Engine = tuple[Callable[[Any], bool], float]


def engines(name: str, doc: dict[str, Any], pointer: str, wanted: set[str] | None) -> dict[str, Engine]:
    out: dict[str, Engine] = {}
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
        formats = {f: FORMAT_CHECKERS[f] for f in FORMAT_CHECKERS}
        fv = fastjsonschema.compile(to_draft7(schema), use_default=False, formats=formats)
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
    return {k: v for k, v in out.items() if wanted is None or k in wanted or k == "specloom"}


def whole_spec_compile(file: str) -> tuple[int, float]:
    """(number of schemas, seconds) to compile the spec's whole validators module."""
    resolved, reporter = lint(load(ROOT / "specs" / file))
    api = build_ir(resolved, reporter)
    entries = [(v.key, v.py_name, v.pointer) for v in api.validators]
    start = time.perf_counter()
    compile_module(resolved.data, entries, source_file=file, formats="assert")
    return len(entries), time.perf_counter() - start


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


def run_set(name: str, rounds: int, wanted: set[str] | None) -> list[str]:
    file, operation = SETS[name]
    doc = load(ROOT / "specs" / file).data
    pointer = body_pointer(doc, operation)
    valid, invalid = (sync_payloads if name == "a" else bulk_payloads)(random.Random(7))
    found = engines(name, doc, pointer, wanted)
    label = "(a) Salesfire body" if name == "a" else "(b) Shift4Shop bulk update of 100 customers"
    print(f"\n{label} -- {file} {operation}; 1,000 valid + 1,000 invalid payloads")
    wrong_total = 0
    for engine, (fn, compile_s) in found.items():
        wrong = sum(not fn(x) for x in valid) + sum(fn(x) for x in invalid)
        wrong_total += wrong if engine != "fastjsonschema" else 0
        note = f"compile {compile_s * 1000:.1f} ms" if compile_s else ""
        flag = "" if wrong == 0 else "  <-- MISCLASSIFIES"
        print(f"  {engine:18s} misclassified {wrong:4d}  {note}{flag}")
    count, seconds = whole_spec_compile(file)
    print(f"  specloom compile, whole {file} module: {count} schemas in {seconds * 1000:.0f} ms "
          f"({seconds / count * 1000:.1f} ms per schema)")  # fmt: skip
    speeds: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):  # interleaved: every engine once per round
        for engine, (fn, _c) in found.items():
            for kind, items in (("valid", valid), ("invalid", invalid)):
                sample = items[:100] if engine == "jsonschema" and name == "b" else items  # ~60 s otherwise
                speeds.setdefault((engine, kind), []).append(measure(fn, sample))
    med = {key: statistics.median(v) for key, v in speeds.items()}
    print(f"  {'items/s (median of ' + str(rounds) + ')':28s}{'valid':>12s}{'invalid':>12s}   specloom is_valid is ... x this")
    for engine in found:
        ratios = "  ".join(f"{med[('specloom', k)] / med[(engine, k)]:6.2f}x" for k in ("valid", "invalid"))
        print(f"  {engine:28s}{med[(engine, 'valid')]:12,.0f}{med[(engine, 'invalid')]:12,.0f}   {ratios}")
    lines = []
    for engine, goal in GOALS.items():
        if name in goal and engine in found:
            got = [med[("specloom", k)] / med[(engine, k)] for k in ("valid", "invalid")]
            verdict = "met" if min(got) >= goal[name] else "NOT MET"
            lines.append(f"  ({name}) vs {engine:15s} valid {got[0]:6.2f}x  invalid {got[1]:6.2f}x  goal >= {goal[name]}x: {verdict}")
    if wrong_total:
        lines.append(f"  ({name}) misclassifications (fastjsonschema aside): {wrong_total}: NOT MET")
    return lines


def _ns_per_call(fn: Callable[[str], object], value: str, calls: int = 100_000) -> float:
    return 1e9 / measure(fn, [value] * calls)  # type: ignore[arg-type]


def patterns() -> None:
    """(p) Each spec pattern on a value it matches, under re (validators use it) and google-re2
    (linear time; in the bench extras), then the maxLength guard in front of a ReDoS pattern."""
    from specloom_runtime.wire import translate_pattern

    from specloom.regex_risk import backtracking_risk
    from specloom.walk import walk
    found = {n["pattern"] for f in sorted((ROOT / "specs").glob("*.yaml")) for role, _, n in walk(load(f).data)
             if role == "schema" and isinstance(n.get("pattern"), str)}  # fmt: skip
    samples = {"^[0-9]+$": "1234567", "^[0-9]{3}$": "201", "^custom_field_[0-9]+$": "custom_field_12", "^[^,\\s]+(\\s*,\\s*[^,\\s]+)*$": "id, name"}
    try:
        import re2  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # not installed: re only
        re2 = None
    print("\n(p) patterns of the specs above: ns per search (re2: google-re2, when installed)")
    for text in sorted(found):
        value = samples.get(text, "abc_123")
        ours = re.compile(translate_pattern(text), re.ASCII).search
        line = f"  {text[:34]:36s} re {_ns_per_call(ours, value):7.0f}"
        if re2 is not None:  # RE2 spells \Z as \z and takes no \uXXXX escapes: plain patterns only
            try:
                theirs = re2.compile(translate_pattern(text).replace("\\Z", "\\z")).search
                line += f"   re2 {_ns_per_call(theirs, value):7.0f}"
            except Exception as exc:  # noqa: BLE001 - re2's own error type
                line += f"   re2 refuses it ({str(exc)[:30]})"
        print(line + ("   lint: backtracking risk" if backtracking_risk(text) else ""))
    ns: dict[str, Any] = {}
    guard = {"s": {"type": "string", "maxLength": 16, "pattern": "^(a+)+$"}}
    exec(compile(compile_module(guard, [("s", "s", "/s")], source_file="p").source, "<p>", "exec"), ns)  # noqa: S102
    value, start = "a" * 22 + "!", time.perf_counter()
    errors, after = ns["VALIDATORS"]["s"].errors(value), time.perf_counter() - start
    start, _ = time.perf_counter(), re.compile("^(a+)+\\Z").search(value)
    print(f"  ReDoS guard: errors() of a 23-character value over maxLength 16 with ^(a+)+$: {after * 1e6:.0f} us "
          f"({[e.keyword for e in errors]}); the pattern itself on it: {(time.perf_counter() - start) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sets", default="a,b")
    parser.add_argument("--no-patterns", action="store_true", help="skip (p), the pattern engines")
    parser.add_argument("--engines", default="", help="comma-separated subset (specloom is always run)")
    args = parser.parse_args()
    wanted = set(args.engines.split(",")) if args.engines else None
    summary = []
    for name in args.sets.split(","):
        summary += run_set(name, args.rounds, wanted)
    print("\nGoals (specloom is_valid_* throughput / engine's, both valid and invalid payloads):")
    print("\n".join(summary))
    if not args.no_patterns:
        patterns()


if __name__ == "__main__":
    main()
