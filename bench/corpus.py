"""Whole generation over a corpus of third-party OpenAPI documents, ours vs two generators; a script, never a timed test.

Run: ``.venv/bin/python bench/corpus.py`` (``make bench`` installs the ``bench`` extra and runs it).

Documents: every ``*.yaml``/``*.json`` in ``/work/shared/corpora/openapi/`` (``SPECLOOM_CORPUS``
overrides it): real documents written by others, OpenAPI 3.0 and 3.1. Tools, each run as a fresh
process with a new temporary folder as its working directory and output (nothing is written into
the repository):

- **ours**: ``generator.pipeline.build_package(DOC)`` with the files written under the folder: per
  document a client, validators, models, Hypothesis strategies and a property-test suite. A
  document our generator refuses (``SpecError``) is printed as unsupported with its diagnostics.
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
without this our modules would be compiled in every run). Nothing else survives between runs.

Timing: ``RUNS`` interleaved rounds (each round runs the documents in turn, the tools of a document
in an order that rotates by round); documents over ``BIG`` bytes take part in the first
``BIG_RUNS`` rounds only. Per document and tool: the median wall time and the median CPU time of
the whole process tree (``getrusage(RUSAGE_CHILDREN)`` around the run, so openapi-python-client's
ruff counts), and ours/theirs ratios of both. No goal is set for the corpus (``bench/generate.py``
judges ``specloom generate`` on the five specs against 5 s); the figures are for information and
failures are reported as they happened. The machine is shared: CPU times hold better than wall.
"""

from __future__ import annotations

import json
import os
import resource
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
CORPUS = Path(os.environ.get("SPECLOOM_CORPUS", "/work/shared/corpora/openapi"))
RUNS = 3
BIG = 200_000  # bytes
BIG_RUNS = 1

# Our generator in a fresh process: build the package in memory, write it under the working
# directory, print a summary (or the diagnostics, exit 2).
OURS = """
import json, sys
sys.modules.setdefault("rfc3987_syntax", None)  # as the specloom command does (generator/cli.py)
from pathlib import Path
from generator.diagnostics import SpecError
from generator.pipeline import build_package
try:
    package, files, provenance, warnings = build_package(Path(sys.argv[1]))
except SpecError as error:
    print(json.dumps({"diagnostics": [str(d) for d in error.diagnostics]}))
    sys.exit(2)
for path, text in files.items():
    Path("out", path).parent.mkdir(parents=True, exist_ok=True)
    Path("out", path).write_text(text, encoding="utf-8")
print(json.dumps({"warnings": [str(w) for w in warnings]}))
"""
NOISE = ("If you believe this was a mistake", "FutureWarning", "warn_deprecated(", "For further information visit")


@dataclass(frozen=True)
class Tool:
    name: str
    makes: str
    argv: Callable[[Path, bool], list[str]]  # (document, directory output) -> command line


TOOLS = [
    Tool("specloom (ours)", "client + validators + models + strategies + property tests",
         lambda doc, _: [sys.executable, "-c", OURS, str(doc)]),
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
    with tempfile.TemporaryDirectory(prefix="specloom-corpus-") as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(argv, cwd=tmp, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        made = [p for p in Path(tmp).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        lines = sum(p.read_text(encoding="utf-8", errors="replace").count("\n") for p in made if p.suffix == ".py")
    text = "\n".join(line for line in (done.stdout + "\n" + done.stderr).splitlines()
                     if line.strip() and not any(n in line for n in NOISE))  # fmt: skip
    return Run(done.returncode, wall, cpu, text, len(made), lines)


def measure(docs: list[Path], env: dict[str, str]) -> dict[tuple[Path, str], Cell]:
    cells = {(doc, tool.name): Cell() for doc in docs for tool in TOOLS}
    for tool in TOOLS:  # warm-up: fills the bytecode cache (on the smallest document it handles)
        for doc in docs[:3]:
            if run_once(tool.argv(doc, False), env).code == 0:
                break
    for round_ in range(RUNS):
        for doc in docs:
            if round_ >= BIG_RUNS and doc.stat().st_size > BIG:
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


def ours_summary(run: Run) -> dict[str, list[str]]:
    """The JSON line our driver printed (empty when it crashed before printing one)."""
    for line in run.text.splitlines():
        if line.startswith('{"'):
            result: dict[str, list[str]] = json.loads(line)
            return result
    return {}


def describe(tool: Tool, cell: Cell) -> str:
    """What the tool made, or how it failed (every failure is shown as the tool worded it)."""
    ok = cell.ok()
    notes = [f"REFUSED `--output x.py` ({cell.refused}), so `--output out/` was timed"] if cell.refused else []
    if not ok:
        last = cell.runs[-1]
        diagnostics = ours_summary(last).get("diagnostics") if tool is TOOLS[0] else None
        if diagnostics:
            return f"UNSUPPORTED by our generator ({plural(len(diagnostics), 'diagnostic')}): " + "; ".join(diagnostics[:3])
        return "; ".join([*notes, f"FAILED in every run (exit {last.code}): {first_lines(last.text, 5)}"])
    run = ok[-1]
    made = f"{plural(run.files, 'file')}, {plural(run.lines, 'line')} of Python"
    if tool is TOOLS[0]:
        warnings = ours_summary(run).get("warnings", [])
        made += f", {plural(len(warnings), 'warning')} (lenient mode)" if warnings else ""
    elif said := warnings_said(run.text):
        made += f"; {plural(len(said), 'warning')}: " + "; ".join(said[:2])[:200]
    if len(ok) < len(cell.runs):
        made += f"; {len(cell.runs) - len(ok)} of {len(cell.runs)} runs FAILED: {first_lines(cell.runs[0].text, 3)}"
    return "; ".join([*notes, made])


def import_floor(env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of importing our pipeline (jsonschema, openapi-spec-validator,
    black, jinja2) the way the ``specloom`` command does: the fixed part of our cold start."""
    code = "import sys; sys.modules.setdefault('rfc3987_syntax', None); import generator.pipeline"
    samples = [run_once([sys.executable, "-c", code], env) for _ in range(runs)]
    return statistics.median(r.wall for r in samples), statistics.median(r.cpu for r in samples)


def version(doc: Path) -> str:
    text = doc.read_text(encoding="utf-8")
    data = json.loads(text) if doc.suffix == ".json" else yaml.safe_load(text)
    return str(data.get("openapi", data.get("swagger", "?")))


def main() -> None:
    docs = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    docs.sort(key=lambda p: p.stat().st_size)
    missing = [t.argv(docs[0], False)[0] for t in TOOLS[1:] if not Path(t.argv(docs[0], False)[0]).exists()]
    if missing:
        raise SystemExit(f"not installed: {', '.join(missing)} (the `bench` extra; `make bench` installs it)")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="specloom-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"PYTHONPYCACHEPREFIX": cache, "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
                "PYTHONPATH": str(ROOT)}  # fmt: skip
        cells = measure(docs, env)
        floor = import_floor(env, RUNS)
    print(f"Whole generation per document of {CORPUS} (a fresh process per run in a new temporary folder, bytecode cached;\n"
          f"median of {RUNS} interleaved runs, {plural(BIG_RUNS, 'run')} for documents over {BIG // 1000} KB; wall and process-tree CPU seconds)")  # fmt: skip
    for tool in TOOLS:
        print(f"  {tool.name:26s} writes {tool.makes}")
    print(f"\n    {'tool':37s} {'wall s':>6s} {'CPU s':>6s}   ours/tool: wall   CPU   output")
    for doc in docs:
        print(f"  {doc.name} ({doc.stat().st_size / 1000:.1f} KB, OpenAPI {version(doc)})")
        ours = cells[doc, TOOLS[0].name].ok()
        for tool in TOOLS:
            cell = cells[doc, tool.name]
            ok = cell.ok()
            timing, ratio = f"{'-':>6s} {'-':>6s}", ""
            if ok:
                wall, cpu = statistics.median(r.wall for r in ok), statistics.median(r.cpu for r in ok)
                timing = f"{wall:6.2f} {cpu:6.2f}"
                if ours and tool is not TOOLS[0]:
                    ratio = f"{statistics.median(r.wall for r in ours) / wall:5.2f}x {statistics.median(r.cpu for r in ours) / cpu:5.2f}x"  # fmt: skip
            name = tool.name + (" [dir output]" if cell.to_dir else "")
            print(f"    {name:37s} {timing}   {ratio:>16s}   {describe(tool, cell)}")
    print(f"\n  Part of every cold start of ours: importing the pipeline (jsonschema, openapi-spec-validator, black, jinja2)\n"
          f"  takes {floor[0]:.2f} s wall, {floor[1]:.2f} s CPU here, whatever the document.")
    print(f"\n(bench/corpus.py took {time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
