"""Whole-generation benchmark of the five specs: cold ``make generate`` and a warm one-spec change.

What issue #16 measures, in a scratch copy of the project (the specs and ``[tool.specloom]``, so
nothing of the checkout is written), each command a fresh process of this interpreter:

- cold: ``specloom generate`` (what ``make generate`` runs; it lints first) with no build
  cache (a new ``SPECLOOM_CACHE`` folder each round: no packages, no compiled templates or
  metaschemas, none of the generator's bytecode kept there under ``PYTHONDONTWRITEBYTECODE``).
  Python's own bytecode of the installed packages is the venv's, as after ``make .venv/.installed``;
  nothing else survives a round.
- warm, one spec changed: after a full run, a comment line is appended to the smallest spec and
  ``specloom generate`` runs again (the other four come from the build cache).

Prints, for each, the median and best wall time and the median CPU time (user + system of the
child processes) over ``--rounds`` rounds, the goals (cold < 1.5 s, warm one-change < 0.5 s, wall
medians) met or NOT met, the load average (the machine may be shared: CPU times hold better), and
how many modules still went through black. A script, not a test.

``--against DIR``: also run every command with ``PYTHONPATH=DIR``, a folder holding ``specloom``
and ``specloom_runtime`` links to an older checkout (``specloom -> <checkout>/generator``),
interleaved round by round in its own scratch project, and print the ratios new / old.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE: dict[Path, Path] = {}  # scratch project -> the older code it runs (``--against``)
GOALS = {"cold make generate": 1.5, "warm generate, one spec changed": 0.5}
PROJECT = """\
[tool.specloom]
specs-dir = "specs"
out = "generated"
package-prefix = "specloom.apis"
strict = true
"""


def _run(project: Path, *command: str) -> tuple[float, float]:
    """Wall and CPU seconds of one ``specloom`` command run in ``project`` (with the code of
    ``project.code``, a ``--against`` folder, when one is set)."""
    env = {**os.environ, "SPECLOOM_CACHE": str(project / ".specloom-cache")}
    if project in CODE:
        env["PYTHONPATH"] = str(CODE[project])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "specloom", *command], cwd=project, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _project(folder: Path) -> Path:
    shutil.copytree(ROOT / "specs", folder / "specs", ignore=shutil.ignore_patterns("README.md"))
    (folder / "pyproject.toml").write_text(PROJECT, encoding="utf-8")
    return folder


def cold(folder: Path) -> tuple[float, float]:
    shutil.rmtree(folder / ".specloom-cache", ignore_errors=True)
    shutil.rmtree(folder / "generated", ignore_errors=True)
    return _run(folder, "generate")


def warm_one_changed(folder: Path) -> tuple[float, float]:
    smallest = min((p for p in (folder / "specs").iterdir() if p.suffix in (".yaml", ".yml", ".json")), key=lambda p: p.stat().st_size)
    if smallest.suffix == ".json":  # JSON has no comments: change a byte of layout instead
        smallest.write_text(smallest.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    else:
        with smallest.open("a", encoding="utf-8") as stream:
            stream.write(f"# bench {time.time_ns()}\n")
    return _run(folder, "generate")


def through_black() -> tuple[int, list[str]]:
    """Modules written, and those still formatted by black (``specloom.format``), in-process."""
    from specloom import format as fmt
    from specloom.pipeline import build_package

    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        build_package(spec)
    return fmt.STATS["direct"] + fmt.STATS["black"], [str(p) for p in fmt.BLACKED]


def _report(name: str, rounds: list[tuple[float, float]]) -> None:
    walls, cpus = [r[0] for r in rounds], [r[1] for r in rounds]
    median = statistics.median(walls)
    goal = GOALS[name]
    verdict = "met" if median < goal else "NOT met"
    print(f"{name}: median {median:.2f} s wall (best {min(walls):.2f} s), median {statistics.median(cpus):.2f} s CPU over {len(rounds)} rounds; goal < {goal:.1f} s: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path, help="a folder with specloom/specloom_runtime links to an older checkout")
    args = parser.parse_args()
    measures: dict[str, Callable[[Path], tuple[float, float]]] = {"cold make generate": cold, "warm generate, one spec changed": warm_one_changed}
    with tempfile.TemporaryDirectory(prefix="specloom-bench-") as scratch:
        folders = {"new": _project(Path(scratch) / "new")}
        if args.against:
            folders["old"] = _project(Path(scratch) / "old")
            CODE[folders["old"]] = args.against.resolve()
        results: dict[tuple[str, str], list[tuple[float, float]]] = {(who, name): [] for who in folders for name in measures}
        for folder in folders.values():
            cold(folder)  # the OS file cache warm, as for any second run
        for _ in range(args.rounds):  # interleaved: a change of load hits both alike
            for name, measure in measures.items():
                for who, folder in folders.items():
                    results[who, name].append(measure(folder))
        print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, {os.cpu_count()} cores")
        for name in measures:
            _report(name, results["new", name])
            if "old" in folders:
                old, new = results["old", name], results["new", name]
                wall = statistics.median(r[0] for r in new) / statistics.median(r[0] for r in old)
                cpu = statistics.median(r[1] for r in new) / statistics.median(r[1] for r in old)
                print(f"  before ({args.against}): median {statistics.median(r[0] for r in old):.2f} s wall, {statistics.median(r[1] for r in old):.2f} s CPU; new/old wall {wall:.2f}, CPU {cpu:.2f}")
    total, blacked = through_black()
    print(f"modules formatted by black: {len(blacked)} of {total}" + (f" ({', '.join(blacked)})" if blacked else ""))


if __name__ == "__main__":
    main()
