"""Whole generation over a corpus of third-party OpenAPI documents, ours vs two generators; a script, never a timed test.

Run: ``.venv/bin/python bench/corpus.py`` (``make bench`` installs the ``bench`` extra and runs it).
``--quick`` (or ``SPECLOOM_BENCH_QUICK=1``): one round, the small corpus only, to try the script;
``--large N``: add the N smallest documents of ``openapi-real`` (all of them without ``--quick``);
``--only NAME,...``: just the documents whose file name contains one of the names;
``--markdown``: also print the run as a Markdown table (the README's "Benchmarks" table).

Documents: every ``*.yaml``/``*.json`` in ``/work/shared/corpora/openapi/`` and
``/work/shared/corpora/openapi-real/`` (``SPECLOOM_CORPUS``, folders separated by ``:``, overrides
them), and the multi-file DigitalOcean document (its entry file, ``MULTI_FILE``; its size is its
folder's): real documents written by others, OpenAPI 3.0 and 3.1. Tools, each run as a fresh
process with a new temporary folder as its working directory and output (nothing is written into
the repository):

- **ours**: ``python -m specloom generate --lenient --no-cache DOC --out out`` (the command a user
  runs on a published document, build cache off): per document a client, validators, models,
  Hypothesis strategies, the testing kit and a property-test suite. A document our generator
  refuses is printed as unsupported with its first diagnostics. When the command prints
  ``N of M operations have a client method``, that line is shown.
- **openapi-python-client** 0.29.1: ``generate --path DOC --output-path TMP/out``, a client package
  with its models. Its ruff post-hooks run: the venv's ``bin`` is put on ``PATH`` (without it the
  tool skips them with a warning and writes unformatted code, faster).
- **datamodel-code-generator** 0.89.0: ``--input DOC --input-file-type openapi --output TMP/x.py``,
  pydantic models only. Where it refuses a one-file output (schema names with dots: "Modular
  references require an output directory"), that failure is printed and ``--output TMP/out``
  (a package) is what is timed, marked ``[dir]``.

Cold, but not compiling: ``PYTHONDONTWRITEBYTECODE`` is dropped and ``PYTHONPYCACHEPREFIX`` points at
a private temporary folder, filled by one warm-up run of each tool, so every timed process reads
cached bytecode as an installed tool does (pip compiled the other tools' bytecode at install time;
without this our modules would be compiled in every run). Likewise our compiled OpenAPI metaschema
(``specloom.lint_meta``) is kept in a private ``SPECLOOM_CACHE`` folder, as it is after a user's
first run; ``--no-cache`` keeps every package from being reused. Nothing else survives between runs.

Timing: ``RUNS`` interleaved rounds (each round runs the documents in turn, the tools of a document
in an order that rotates by round: A B A B); documents over ``BIG`` bytes take part in the first
``BIG_RUNS`` rounds only (as many as the others: three runs of ours on Square's document, one
after the other on an idle 2-core machine, took 3.35, 4.04 and 4.31 s, a spread wider than the
gap to the goal on several documents, so one run said little about a ratio). Per document and
tool: the median wall time, the median CPU time of the whole process tree and its peak resident
memory (``os.wait4`` on the run: CPU includes openapi-python-client's ruff, peak RSS is the largest single process of the tree), and the ratio
ours / fastest successful anchor (issue #16's goal: at most 0.33). For ours, the time per
operation and per schema, so growth with document size shows (small -> large), and a plot of CPU
time against document size, ours and the anchors, into ``docs/corpus-bench.png`` (matplotlib is
pinned in the ``bench`` extra; without it the script runs and says the plot was left out).
Failures are reported as they happened. The machine is shared: CPU times hold better than wall,
and the load average is printed at the start and the end. openapi-spec-validator is told to use
its ``jsonschema`` backend, as a user of ours has it (the bench extra also installs
``jsonschema-rs``, which that library would otherwise pick up).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SHARED = Path("/work/shared/corpora")
CORPORA = [Path(p) for p in os.environ.get("SPECLOOM_CORPUS", f"{SHARED / 'openapi'}:{SHARED / 'openapi-real'}").split(":")]
MARKDOWN = "--markdown" in sys.argv
QUICK = "--quick" in sys.argv or os.environ.get("SPECLOOM_BENCH_QUICK") == "1"
RUNS = 1 if QUICK else 3
BIG = 200_000  # bytes
BIG_RUNS = RUNS
GOAL = 0.33  # issue #16: ours / fastest anchor, wall time
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NOISE = ("If you believe this was a mistake", "FutureWarning", "warn_deprecated(", "For further information visit")


@dataclass(frozen=True)
class Tool:
    name: str
    makes: str
    argv: Callable[[Path, bool], list[str]]  # (document, directory output) -> command line


TOOLS = [
    Tool("specloom (ours)", "client + validators + models + strategies + property tests",
         lambda doc, _: [sys.executable, "-m", "generator", "generate", "--lenient", "--no-cache", str(doc), "--out", "out"]),
    Tool("openapi-python-client", "client + models",
         lambda doc, _: [str(BIN / "openapi-python-client"), "generate", "--path", str(doc), "--output-path", "out"]),
    Tool("datamodel-code-generator", "models only",
         lambda doc, to_dir: [str(BIN / "datamodel-codegen"), "--input", str(doc), "--input-file-type", "openapi",
                              "--output", "out" if to_dir else "x.py"]),
]  # fmt: skip


@dataclass
class Run:
    code: int
    wall: float
    cpu: float
    rss: float  # peak resident set size, MB (largest process of the tree)
    text: str  # stdout + stderr, noise lines dropped
    files: int
    lines: int


@dataclass
class Cell:
    """The runs of one tool on one document."""

    runs: list[Run] = field(default_factory=list)
    to_dir: bool = False  # datamodel-code-generator's package output, after a refused file output
    refused: str = ""  # why the prescribed command failed, when another variant was timed

    def ok(self) -> list[Run]:
        return [r for r in self.runs if r.code == 0]


def run_once(argv: list[str], env: dict[str, str]) -> Run:
    with tempfile.TemporaryDirectory(prefix="specloom-corpus-") as tmp, tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        child = subprocess.Popen(argv, cwd=tmp, env=env, stdout=out, stderr=subprocess.STDOUT, text=True)
        _, status, usage = os.wait4(child.pid, 0)  # this run's own usage, its reaped children included
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
        made = [p for p in Path(tmp).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        lines = sum(p.read_text(encoding="utf-8", errors="replace").count("\n") for p in made if p.suffix == ".py")
        out.seek(0)
        said = out.read()
    text = "\n".join(line for line in said.splitlines() if line.strip() and not any(n in line for n in NOISE))
    return Run(child.returncode, wall, cpu, usage.ru_maxrss / 1024, text, len(made), lines)


def measure(docs: list[Path], env: dict[str, str]) -> dict[tuple[Path, str], Cell]:
    cells = {(doc, tool.name): Cell() for doc in docs for tool in TOOLS}
    for tool in TOOLS:  # warm-up: fills the bytecode cache (on the smallest document it handles)
        for doc in docs[:3]:
            if run_once(tool.argv(doc, False), env).code == 0:
                break
    for round_ in range(RUNS):
        for doc in docs:
            if round_ >= BIG_RUNS and size_of(doc) > BIG:
                continue
            for i in range(len(TOOLS)):
                tool = TOOLS[(i + round_) % len(TOOLS)]
                cell = cells[doc, tool.name]
                run = run_once(tool.argv(doc, cell.to_dir), env)
                if run.code and "require an output directory" in run.text and not cell.to_dir:
                    said = [line for line in run.text.splitlines() if "require an output directory" in line]
                    cell.refused, cell.to_dir = f"exit {run.code}: {said[0].strip()}", True
                    run = run_once(tool.argv(doc, True), env)
                cell.runs.append(run)
    return cells


def first_lines(text: str, count: int) -> str:
    """The first ``count`` lines, whitespace folded, pydantic's echo of the input (`` [type=...``) cut."""
    return "; ".join(" ".join(line.split(" [type=")[0].split()) for line in text.splitlines()[:count])[:240]


def warnings_said(text: str) -> list[str]:
    """The distinct ``...Warning: message`` lines a tool printed, without their source location."""
    said = [line.split("Warning: ", 1)[1].strip() for line in text.splitlines() if "Warning: " in line]
    return list(dict.fromkeys(said))


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def ours_said(run: Run) -> tuple[list[str], list[str], str]:
    """Our command's (errors, warnings, "N of M operations have a client method" line)."""
    lines = run.text.splitlines()
    errors = [line for line in lines if ": warning: " not in line and re.match(r"^[^:]+:\d*:? ?/", line)]
    warnings = [line for line in lines if ": warning: " in line]
    coverage = next((line.strip() for line in lines if "operations have a client method" in line), "")
    blacked = next((line.strip() for line in lines if "formatted by black" in line), "")
    return errors, warnings, "; ".join(filter(None, [coverage, blacked]))


def describe(tool: Tool, cell: Cell) -> str:
    """What the tool made, or how it failed (every failure is shown as the tool worded it)."""
    ok = cell.ok()
    notes = [f"REFUSED `--output x.py` ({cell.refused}), so `--output out/` was timed"] if cell.refused else []
    if not ok:
        last = cell.runs[-1]
        diagnostics = ours_said(last)[0] if tool is TOOLS[0] else None
        if diagnostics:
            return f"UNSUPPORTED by our generator ({plural(len(diagnostics), 'diagnostic')}): " + "; ".join(diagnostics[:3])
        return "; ".join([*notes, f"FAILED in every run (exit {last.code}): {first_lines(last.text, 5)}"])
    run = ok[-1]
    made = f"{plural(run.files, 'file')}, {plural(run.lines, 'line')} of Python"
    if tool is TOOLS[0]:
        _, warnings, coverage = ours_said(run)
        made += f", {plural(len(warnings), 'warning')} (lenient mode)" if warnings else ""
        made += f"; {coverage}" if coverage else ""
    elif said := warnings_said(run.text):
        made += f"; {plural(len(said), 'warning')}: " + "; ".join(said[:2])[:200]
    if len(ok) < len(cell.runs):
        made += f"; {len(cell.runs) - len(ok)} of {len(cell.runs)} runs FAILED: {first_lines(cell.runs[0].text, 3)}"
    return "; ".join([*notes, made])


def import_floor(env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of importing ``specloom.pipeline`` the way the ``specloom``
    command does: part of the fixed cost of our cold start (the stages import their libraries,
    jinja2, PyYAML, the compiled metaschema, when first used)."""
    code = "import sys; sys.modules.setdefault('rfc3987_syntax', None); import specloom.pipeline"
    samples = [run_once([sys.executable, "-c", code], env) for _ in range(runs)]
    return statistics.median(r.wall for r in samples), statistics.median(r.cpu for r in samples)


def shape(doc: Path) -> tuple[str, int, int]:
    """The document's OpenAPI version, number of operations and of component schemas."""
    text = doc.read_text(encoding="utf-8")
    data = json.loads(text) if doc.suffix == ".json" else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    paths = data.get("paths") or {}
    operations = sum(1 for item in paths.values() if isinstance(item, dict) for m in HTTP_METHODS if isinstance(item.get(m), dict))
    schemas = len((data.get("components") or {}).get("schemas") or {})
    return str(data.get("openapi", data.get("swagger", "?"))), operations, schemas


# Entry files of multi-file documents (relative-file $refs), by the folder below a corpus folder
# that holds them: the document is that whole folder.
MULTI_FILE = {"digitalocean": "specification/DigitalOcean-public.v2.yaml"}
SUFFIXES = (".yaml", ".yml", ".json")


def size_of(doc: Path) -> int:
    """A document's size in bytes: the file's, or for a multi-file document the sum of its folder's
    files (the entry file reaches 2,850 of DigitalOcean's 2,907)."""
    if doc.parent.name == "specification" and doc.parent.parent.name in MULTI_FILE:
        return sum(p.stat().st_size for p in doc.parent.rglob("*") if p.suffix in SUFFIXES)
    return doc.stat().st_size


def documents() -> list[Path]:
    """The documents to run, smallest first (see the module docstring for the options)."""
    large = int(sys.argv[sys.argv.index("--large") + 1]) if "--large" in sys.argv else (0 if QUICK else 10**6)
    only = sys.argv[sys.argv.index("--only") + 1].lower().split(",") if "--only" in sys.argv else []
    found: list[Path] = []
    for i, folder in enumerate(CORPORA):
        docs = [p for p in folder.glob("*") if p.suffix in SUFFIXES]
        docs += [folder / name / entry for name, entry in MULTI_FILE.items() if (folder / name / entry).is_file()]
        docs.sort(key=size_of)
        found += docs if i == 0 else docs[:large]
    return [d for d in found if not only or any(name in d.name.lower() for name in only)]


def median(runs: list[Run], what: str) -> float:
    return float(statistics.median(getattr(r, what) for r in runs))


def main() -> None:
    docs = sorted(documents(), key=size_of)
    missing = [t.argv(docs[0], False)[0] for t in TOOLS[1:] if not Path(t.argv(docs[0], False)[0]).exists()]
    if missing:
        raise SystemExit(f"not installed: {', '.join(missing)} (the `bench` extra; `make bench` installs it)")
    start = time.perf_counter()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="specloom-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "SPECLOOM_CACHE")}
        env |= {"PYTHONPYCACHEPREFIX": cache, "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
                "PYTHONPATH": str(ROOT), "SPECLOOM_CACHE": str(Path(cache, "specloom")),
                "OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": "jsonschema"}  # fmt: skip
        cells = measure(docs, env)
        floor = import_floor(env, RUNS)
    big = "" if BIG_RUNS == RUNS else f", {plural(BIG_RUNS, 'run')} for documents over {BIG // 1000} KB"
    print(f"Whole generation per document of {', '.join(map(str, CORPORA))} (a fresh process per run in a new temporary\n"
          f"folder, bytecode cached; median of {RUNS} interleaved runs{big};\n"
          f"wall and process-tree CPU seconds, peak RSS in MB; ratio: ours / fastest successful anchor, wall and CPU)")  # fmt: skip
    for tool in TOOLS:
        print(f"  {tool.name:26s} writes {tool.makes}")
    print(f"\n    {'tool':37s} {'wall s':>6s} {'CPU s':>6s} {'RSS MB':>6s}   output")
    growth: list[Growth] = []
    rows: list[str] = []
    met: list[tuple[str, float]] = []
    for doc in docs:
        openapi, operations, schemas = shape(doc)
        print(f"  {doc.name} ({size_of(doc) / 1000:.1f} KB, OpenAPI {openapi}, {operations} operations, {schemas} schemas)")
        for tool in TOOLS:
            cell = cells[doc, tool.name]
            ok = cell.ok()
            timing = f"{median(ok, 'wall'):6.2f} {median(ok, 'cpu'):6.2f} {max(r.rss for r in ok):6.0f}" if ok else f"{'-':>6s} {'-':>6s} {'-':>6s}"
            name = tool.name + (" [dir output]" if cell.to_dir else "")
            print(f"    {name:37s} {timing}   {describe(tool, cell)}")
        ours = cells[doc, TOOLS[0].name].ok()
        rows.append(_row(doc, operations, schemas, [cells[doc, t.name] for t in TOOLS]))
        anchors = [median(cells[doc, t.name].ok(), "wall") for t in TOOLS[1:] if cells[doc, t.name].ok()]
        anchor_cpu = [median(cells[doc, t.name].ok(), "cpu") for t in TOOLS[1:] if cells[doc, t.name].ok()]
        if ours:
            wall, cpu = median(ours, "wall"), median(ours, "cpu")
            times = {t.name: median(cells[doc, t.name].ok(), "cpu") for t in TOOLS if cells[doc, t.name].ok()}
            growth.append(Growth(doc.name, size_of(doc) / 1000, operations, schemas, times))
            per = f"{1000 * cpu / operations:.0f} ms CPU per operation" if operations else "no operations"
            per += f", {1000 * cpu / schemas:.0f} ms CPU per schema" if schemas else ""
            ratio = (f"ratio {wall / min(anchors):.2f} wall (goal <= {GOAL}), {median(ours, 'cpu') / min(anchor_cpu):.2f} CPU"
                     if anchors else "no anchor succeeded: no ratio")  # fmt: skip
            print(f"    => ours: {ratio}; {per}")
            if anchors:
                met.append((doc.name, wall / min(anchors)))
    print(f"\n  Part of every cold start of ours: importing specloom.pipeline (the stages import their libraries later)\n"
          f"  takes {floor[0]:.2f} s wall, {floor[1]:.2f} s CPU here, whatever the document.")
    if met:
        good = [name for name, r in met if r <= GOAL]
        print(f"\n  Goal (ratio <= {GOAL}) met on {len(good)} of {len(met)} documents where an anchor succeeded"
              + (f"; not met on: {', '.join(f'{n} ({r:.2f})' for n, r in met if r > GOAL)}" if len(good) < len(met) else ""))
    plot(growth)
    load_after = os.getloadavg()
    print(f"\n(bench/corpus.py took {time.perf_counter() - start:.0f} s; load average {load_before[0]:.1f} at the start, "
          f"{load_after[0]:.1f} at the end, {os.cpu_count()} cores)")  # fmt: skip
    if MARKDOWN:
        names = " | ".join(t.name.replace(" (ours)", "") for t in TOOLS)
        print(f"\n| document | KB | ops | schemas | {names} | ratio wall / CPU |\n|---|--:|--:|--:|{'--:|' * len(TOOLS)}--:|")
        print("\n".join(rows))


@dataclass(frozen=True)
class Growth:
    """One document's size and each successful tool's median CPU seconds, for the plot."""

    name: str
    kb: float
    operations: int
    schemas: int
    cpu: dict[str, float]


def _row(doc: Path, operations: int, schemas: int, cells: list[Cell]) -> str:
    """The document's line of the Markdown table: per tool "wall s / CPU s / RSS MB", and the ratio."""
    shown = []
    for cell in cells:
        ok = cell.ok()
        shown.append(f"{median(ok, 'wall'):.2f} / {median(ok, 'cpu'):.2f} / {max(r.rss for r in ok):.0f}" if ok else "failed")
    ours, anchors = cells[0].ok(), [c.ok() for c in cells[1:] if c.ok()]
    ratio = "-"
    if ours and anchors:
        wall = median(ours, "wall") / min(median(a, "wall") for a in anchors)
        ratio = f"{wall:.2f} / {median(ours, 'cpu') / min(median(a, 'cpu') for a in anchors):.2f}"
    return f"| {doc.name} | {size_of(doc) / 1000:.0f} | {operations} | {schemas} | {' | '.join(shown)} | {ratio} |"


def plot(growth: list[Growth]) -> None:
    """CPU time against document size (every tool), and ours per operation and per schema, into
    docs/corpus-bench.png; left out, with a note, when matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("  plot: left out (matplotlib is not installed; `make .venv/.bench-installed` installs it)")
        return
    if not growth:
        return
    figure, (sizes, per) = plt.subplots(1, 2, figsize=(11, 4.2))
    for tool in TOOLS:
        points = sorted((g.kb, g.cpu[tool.name]) for g in growth if tool.name in g.cpu)
        if points:
            sizes.plot(*zip(*points, strict=True), "o-", label=tool.name)
    sizes.set_xscale("log")
    sizes.set_xlabel("document size, KB (log)")
    sizes.set_yscale("log")
    sizes.set_ylabel("CPU s (median, process tree; log)")
    sizes.set_title("whole generation, by document size")
    sizes.legend(fontsize=8)
    ours = [g for g in growth if TOOLS[0].name in g.cpu]
    for what, counts in (("per operation", [g.operations for g in ours]), ("per schema", [g.schemas for g in ours])):
        points = sorted((g.operations + g.schemas, 1000 * g.cpu[TOOLS[0].name] / n) for g, n in zip(ours, counts, strict=True) if n)
        if points:
            per.plot(*zip(*points, strict=True), "o-", label=f"specloom, CPU ms {what}")
    per.set_xscale("log")
    per.set_xlabel("operations + schemas in the document (log)")
    per.set_ylabel("CPU ms")
    per.set_title("specloom: time per operation and per schema")
    per.legend(fontsize=8)
    figure.tight_layout()
    (ROOT / "docs").mkdir(exist_ok=True)
    figure.savefig(ROOT / "docs" / "corpus-bench.png", dpi=90)
    plt.close(figure)
    print("  plot: docs/corpus-bench.png")


if __name__ == "__main__":
    main()
