"""Strategy benchmark: our generated strategies vs ``hypothesis-jsonschema``; a script, never a timed test.

Run: ``.venv/bin/python bench/strategies.py`` (``make bench`` runs it with the others).

**Why a second virtual environment.** hypothesis-jsonschema 0.23.1 breaks on Hypothesis >= 6.170.10
(every draw raises ``AttributeError: 'many' object has no attribute 'more'``) and the project pins
Hypothesis 6.170.15, which stays as it is. So the script first makes, once, a venv in
``bench/.venv-strategies/`` (gitignored; made again when the pins below change) holding
``hypothesis==6.170.9``, ``hypothesis-jsonschema==0.23.1`` and, at the project's own pins, the
runtime packages that ``generated.<api>`` and the jsonschema oracle import (the repository goes on
``sys.path``; it is not installed), then runs itself again inside it. Both sides are measured in
that one process, under the same Hypothesis.

1. **Examples per second.** Three request bodies: the Salesfire customer sync body, the Shift4Shop
   (3dcart) customer create body and the Client Toolbox record_customer form. Ours:
   ``generated.<api>.strategies.STRATEGIES[key]``. Theirs: ``from_schema(schema)``, ``schema``
   being the same schema our strategy was compiled from (``POINTERS[key]`` in ``specs/<api>.yaml``)
   with its ``$ref``\\s inlined locally (a ``$ref`` beside other keywords becomes an ``allOf``, as
   in 2020-12; nothing is fetched), and ``custom_formats`` drawing the vendors' named date formats
   exactly as ours do (without them hypothesis-jsonschema ignores those formats and draws any
   text, so its bodies are invalid; the survey below shows it). Each strategy feeds
   an ``@given`` test under ``settings(max_examples=EXAMPLES, derandomize=True, database=None,
   deadline=None)`` with every health check suppressed; the figure is the examples the test
   received over the run's process CPU time. A warm-up run of each (it also pays for
   hypothesis-jsonschema's lazy canonicalisation) is followed by ``ROUNDS`` interleaved rounds
   (ours first, then theirs first, ...); printed are the median ex/s and the median of the
   per-round ratios, against the goal ours >= 1.5x theirs. The warm-up's examples are judged by
   ``jsonschema`` on the spec file (``specloom_runtime.proptest.SpecOracle``: format checking on,
   the named formats by strptime) and the valid share is printed: drawing invalid bodies fast is
   no win.
2. **Coverage.** For every component schema and request body of the five specs (one row per
   distinct schema after inlining): whether hypothesis-jsonschema can draw at all, as given and with the named formats
   supplied, how many of ``SURVEY`` drawn examples are valid, and the same count for ours; plus
   the 2019-09/2020-12 keywords each schema uses (hypothesis-jsonschema implements drafts 4-7).
3. **Ours on the project's pin.** Back in the calling process (Hypothesis 6.170.15, as the
   project runs it), ours alone on the three bodies, same settings, for information.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import hypothesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from specloom_runtime.proptest import SpecOracle  # noqa: E402
from specloom_runtime.wire import NAMED_DATE_FORMATS  # noqa: E402

VENV = ROOT / "bench" / ".venv-strategies"
INSIDE = "SPECLOOM_BENCH_STRATEGIES_VENV"
THEIR_PINS = ["hypothesis==6.170.9", "hypothesis-jsonschema==0.23.1"]
RUNTIME = ("jsonschema", "referencing", "PyYAML", "httpx", "defusedxml")  # imported by generated.<api> and the oracle
APIS = ["firecart", "cartfunnel", "salesfire", "shift4shop", "clienttoolbox"]
BENCH = [
    ("Salesfire customer sync body", "salesfire", "syncCustomer.request"),
    ("Shift4Shop customer create body", "shift4shop", "createCustomer.request"),
    ("Client Toolbox record_customer form", "clienttoolbox", "recordCustomer.request"),
]
EXAMPLES = 150
ROUNDS = 5
PIN_ROUNDS = 3
SURVEY = 25
GOAL_RATIO = 1.5
NEWER_KEYWORDS = ("prefixItems", "unevaluatedProperties", "unevaluatedItems", "dependentRequired", "dependentSchemas", "$defs")  # fmt: skip


# -- the venv ----------------------------------------------------------------------------------


def requirements() -> list[str]:
    """hypothesis-jsonschema's pins plus the project's pins of the runtime packages needed."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = [d for d in deps if re.split(r"[\[=<>!~ ]", d, maxsplit=1)[0] in RUNTIME]
    if len(pins) != len(RUNTIME):
        raise SystemExit(f"pyproject.toml no longer pins all of {RUNTIME}: found {pins}")
    return THEIR_PINS + pins


def ensure_venv() -> Path:
    """The bench venv's python: made and filled on the first run, reused while the pins match."""
    python = VENV / "bin" / "python"
    stamp = VENV / "bench-requirements.txt"
    wanted = "\n".join(requirements()) + "\n"
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        print(f"bench venv {VENV.relative_to(ROOT)}: cached ({', '.join(THEIR_PINS)})")
        return python
    start = time.perf_counter()
    shutil.rmtree(VENV, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *wanted.split()]
    done = subprocess.run(install, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"could not fill the bench venv {VENV} (pip exit {done.returncode})")
    stamp.write_text(wanted, encoding="utf-8")
    print(f"bench venv {VENV.relative_to(ROOT)}: created in {time.perf_counter() - start:.1f} s ({', '.join(THEIR_PINS)})")
    return python


# -- schemas for hypothesis-jsonschema ----------------------------------------------------------


def pointer_get(doc: Any, pointer: str) -> Any:
    node = doc
    for part in pointer.lstrip("/").split("/") if pointer else []:
        part = unquote(part).replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def inline(doc: Any, node: Any, stack: tuple[str, ...], recursive: set[str]) -> Any:
    """``node`` with every local ``$ref`` replaced by its target; a ``$ref`` met again inside its
    own expansion is left in place (and recorded in ``recursive``)."""
    if isinstance(node, list):
        return [inline(doc, item, stack, recursive) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: inline(doc, value, stack, recursive) for key, value in node.items() if key != "$ref"}
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return out
    if ref in stack:
        recursive.add(ref)
        return {**out, "$ref": ref}
    target = inline(doc, pointer_get(doc, ref.removeprefix("#")), (*stack, ref), recursive)
    return target if not out else {**out, "allOf": [target, *out.get("allOf", [])]}


def their_schema(doc: Any, pointer: str) -> tuple[dict[str, Any], bool]:
    """The schema at ``pointer`` with refs inlined; a recursive one keeps its ``$ref``\\s, with
    ``components`` carried along so they still resolve. Returns (schema, recursive)."""
    recursive: set[str] = set()
    schema = inline(doc, pointer_get(doc, pointer), (), recursive)
    if recursive:
        schema = {**schema, "components": doc.get("components", {})}
    return schema, bool(recursive)


def formats_used(node: Any, names: Collection[str], found: set[str]) -> set[str]:
    """The ``format`` values among ``names`` that ``node`` uses."""
    if isinstance(node, dict):
        if node.get("format") in names:
            found.add(node["format"])
        for value in node.values():
            formats_used(value, names, found)
    elif isinstance(node, list):
        for item in node:
            formats_used(item, names, found)
    return found


def keywords_used(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        found.update(key for key in node if key in NEWER_KEYWORDS)
        for value in node.values():
            keywords_used(value, found)
    elif isinstance(node, list):
        for item in node:
            keywords_used(item, found)
    return found


# -- inside the bench venv ---------------------------------------------------------------------


def named(name: str) -> st.SearchStrategy[str]:
    """A vendor named date format drawn as ours draw it (years 1000-9999; two-digit 1969-2068)."""
    fmt = NAMED_DATE_FORMATS[name]
    two_digit = "yy" in name and "yyyy" not in name
    low, high = (dt.datetime(1969, 1, 1), dt.datetime(2068, 12, 31)) if two_digit else (dt.datetime(1000, 1, 1), dt.datetime(9999, 12, 31))  # fmt: skip
    if fmt.kind == "datetime":
        return st.datetimes(min_value=low, max_value=high).map(fmt.format)
    return st.dates(min_value=low.date(), max_value=high.date()).map(fmt.format)


def runner(strategy: st.SearchStrategy[Any], examples: int) -> Callable[[list[Any] | None], tuple[int, float]]:
    """A callable running ``@given(strategy)`` once: (examples received, process CPU seconds);
    the examples are appended to the list it is given, if any."""
    sink: list[list[Any] | None] = [None]
    count = [0]

    @settings(max_examples=examples, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(strategy)
    def test(value: Any) -> None:
        count[0] += 1
        if sink[0] is not None:
            sink[0].append(value)

    def run(keep: list[Any] | None) -> tuple[int, float]:
        sink[0], count[0] = keep, 0
        start = time.process_time()
        test()
        return count[0], time.process_time() - start

    return run


class Lab:
    """The five specs, their generated strategies and jsonschema oracles, and ``from_schema``."""

    def __init__(self) -> None:
        from hypothesis_jsonschema import from_schema  # only in the bench venv

        self.from_schema: Callable[..., st.SearchStrategy[Any]] = from_schema
        self.formats = {name: named(name) for name in NAMED_DATE_FORMATS}
        self.specs = {api: yaml.safe_load((ROOT / "specs" / f"{api}.yaml").read_text(encoding="utf-8")) for api in APIS}
        self.oracles = {api: SpecOracle(ROOT / "specs" / f"{api}.yaml") for api in APIS}
        self.modules = {api: importlib.import_module(f"specloom.apis.{api}.strategies") for api in APIS}

    def theirs(self, api: str, key: str, formats: bool = True) -> st.SearchStrategy[Any]:
        schema, _ = their_schema(self.specs[api], self.modules[api].POINTERS[key])
        return self.from_schema(schema, custom_formats=self.formats if formats else None)

    def valid(self, api: str, key: str, values: list[Any]) -> str:
        pointer = self.modules[api].POINTERS[key]
        return f"{sum(self.oracles[api].is_valid(pointer, v) for v in values)}/{len(values)}"

    def survey(self, api: str, key: str, strategy: st.SearchStrategy[Any]) -> tuple[str, str | None]:
        """("k/SURVEY valid", None), or ("RAISES", the error) when nothing can be drawn."""
        values: list[Any] = []
        try:
            runner(strategy, SURVEY)(values)
        except Exception as error:  # any failure to draw is the finding
            return "RAISES", f"{type(error).__name__}: {' '.join(str(error).split())[:160]}"
        return self.valid(api, key, values) + " valid", None


def speed(lab: Lab) -> None:
    print(f"\nExamples per second under @given (max_examples={EXAMPLES}, derandomize, process CPU time; median of "
          f"{ROUNDS} interleaved rounds after a warm-up; both sides on hypothesis {hypothesis.__version__})")  # fmt: skip
    print(f"  {'schema':36s} {'ours ex/s':>9s} {'h-j ex/s':>9s} {'ratio':>6s}  {'valid ours':>10s} {'valid h-j':>10s}   goal >= {GOAL_RATIO}x")  # fmt: skip
    for title, api, key in BENCH:
        runs = (runner(lab.modules[api].STRATEGIES[key], EXAMPLES), runner(lab.theirs(api, key), EXAMPLES))
        samples: tuple[list[Any], list[Any]] = ([], [])
        runs[0](samples[0])  # warm-up, keeping the examples to judge
        runs[1](samples[1])
        rates: tuple[list[float], list[float]] = ([], [])
        for round_ in range(ROUNDS):
            for side in (0, 1) if round_ % 2 == 0 else (1, 0):
                drawn, seconds = runs[side](None)
                rates[side].append(drawn / seconds)
        ratio = statistics.median(o / t for o, t in zip(*rates, strict=True))
        verdict = "met" if ratio >= GOAL_RATIO else "NOT met"
        print(f"  {title:36s} {statistics.median(rates[0]):9.0f} {statistics.median(rates[1]):9.0f} {ratio:5.2f}x  "
              f"{lab.valid(api, key, samples[0]):>10s} {lab.valid(api, key, samples[1]):>10s}   {verdict}")  # fmt: skip


def coverage(lab: Lab) -> None:
    print(f"\nWhich schemas hypothesis-jsonschema can handle: every component schema and request body of the five specs "
          f"(one row per distinct schema), {SURVEY} examples each, judged by jsonschema on the spec file")  # fmt: skip
    print(f"  {'schema (= same schema)':60s} {'h-j as given':>12s} {'h-j +formats':>12s} {'ours':>11s}  2019+ keywords")
    cannot: list[str] = []
    invalid: list[str] = []
    recursive_seen = False
    for api in APIS:
        module = lab.modules[api]
        rows: dict[str, list[str]] = {}  # the inlined schema -> its keys
        for key, pointer in module.POINTERS.items():
            if "." not in key or key.endswith(".request"):
                rows.setdefault(json.dumps(their_schema(lab.specs[api], pointer), sort_keys=True), []).append(key)
        for keys in rows.values():
            key = keys[0]
            schema, recursive = their_schema(lab.specs[api], module.POINTERS[key])
            recursive_seen |= recursive
            unknown = sorted(formats_used(schema, lab.formats, set()))
            with_formats, with_error = lab.survey(api, key, lab.theirs(api, key))
            plain, plain_error = lab.survey(api, key, lab.theirs(api, key, formats=False)) if unknown else (with_formats, with_error)  # fmt: skip
            ours, ours_error = lab.survey(api, key, module.STRATEGIES[key])
            newer = sorted(keywords_used(schema, set())) + (["recursive $ref"] if recursive else [])
            name = f"{api}.{key}" + (f" (= {', '.join(keys[1:])})" if keys[1:] else "")
            print(f"  {name:60s} {plain:>12s} {with_formats:>12s} {ours:>11s}  {', '.join(newer) or '-'}")
            if plain_error or with_error:
                cannot.append(f"{api}.{key}: {plain_error or with_error}")
            elif unknown and not plain.startswith(f"{SURVEY}/"):
                invalid.append(f"{api}.{key}: {plain} as given (format {', '.join(unknown)} unknown to it, so drawn as any text)")
            if not with_error and not with_formats.startswith(f"{SURVEY}/"):
                invalid.append(f"{api}.{key}: {with_formats} even with the formats ({', '.join(newer) or 'no 2019+ keyword'} ignored)")
            if ours_error or not ours.startswith(f"{SURVEY}/"):
                print(f"    ^ ours did not draw {SURVEY} valid examples: {ours_error or ours}")
    print("\n  hypothesis-jsonschema cannot draw at all for:" + ("" if cannot else " none of these schemas"))
    for line in cannot:
        print(f"    {line}")
    if not recursive_seen and not any("prefixItems" in json.dumps(doc) for doc in lab.specs.values()):
        print("    (no spec here uses prefixItems or a recursive $ref, the constructs it is known to refuse)")
    print("  hypothesis-jsonschema draws invalid examples for:" + ("" if invalid else " none of these schemas"))
    for line in invalid:
        print(f"    {line}")
    print(f"  ours: every row drew {SURVEY}/{SURVEY} valid examples unless marked ^ above")
    beyond(lab)


# Not from the specs: the two constructs hypothesis-jsonschema is known to refuse, written here.
BEYOND = {
    "a recursive $ref (a tree of named nodes)": {"$ref": "#/$defs/node", "$defs": {"node": {
        "type": "object", "required": ["name"], "additionalProperties": False, "properties": {
            "name": {"type": "string"}, "children": {"type": "array", "maxItems": 3, "items": {"$ref": "#/$defs/node"}}}}}},
    "2020-12 prefixItems (an [integer, email] pair)": {
        "type": "array", "prefixItems": [{"type": "integer"}, {"type": "string", "format": "email"}], "items": False, "minItems": 2},
}  # fmt: skip


def beyond(lab: Lab) -> None:
    """The same survey on BEYOND, judged by jsonschema with format checking (ours compiled here)."""
    from jsonschema import Draft202012Validator

    from specloom.strategies import compile_strategy  # needs only Hypothesis and the runtime

    print(f"\nBeyond the five specs (schemas written in bench/strategies.py, {SURVEY} examples each, judged by jsonschema)")
    for title, schema in BEYOND.items():
        oracle = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        found = []
        for side, make in (("h-j", lab.from_schema), ("ours", lambda s: compile_strategy(s).valid)):
            values: list[Any] = []
            try:
                runner(make(schema), SURVEY)(values)
                found.append(f"{side} {sum(oracle.is_valid(v) for v in values)}/{len(values)} valid")
            except Exception as error:  # any failure to draw is the finding
                found.append(f"{side} RAISES {type(error).__name__}")
        print(f"  {title:48s} {'; '.join(found)}")


def ours_on_project_pin() -> None:
    """Ours alone, in this process: under the Hypothesis the project pins (information)."""
    modules = {api: importlib.import_module(f"specloom.apis.{api}.strategies") for _, api, _ in BENCH}
    runs = [runner(modules[api].STRATEGIES[key], EXAMPLES) for _, api, key in BENCH]
    for run in runs:
        run(None)
    rates: list[list[float]] = [[] for _ in runs]
    for _ in range(PIN_ROUNDS):
        for run, rate in zip(runs, rates, strict=True):
            drawn, seconds = run(None)
            rate.append(drawn / seconds)
    figures = ", ".join(f"{api} {statistics.median(rate):.0f} ex/s" for (_, api, _), rate in zip(BENCH, rates, strict=True))
    print(f"\nOurs under the project's own pin, hypothesis {hypothesis.__version__} (same settings, median of {PIN_ROUNDS} rounds): {figures}")


def main() -> None:
    if os.environ.get(INSIDE) == "1":
        lab = Lab()
        speed(lab)
        coverage(lab)
        return
    start = time.perf_counter()
    python = ensure_venv()
    env = {**os.environ, INSIDE: "1"}
    sys.stdout.flush()
    code = subprocess.run([str(python), str(Path(__file__).resolve())], cwd=ROOT, env=env).returncode
    if code == 0:
        ours_on_project_pin()
    print(f"\n(bench/strategies.py took {time.perf_counter() - start:.0f} s in all)")
    raise SystemExit(code)


if __name__ == "__main__":
    main()
