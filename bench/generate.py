"""Whole-generation benchmark: cold ``specloom generate`` over the five specs (no cache of any kind).

Each round is a new process writing into a new temporary folder, so nothing is warm but the OS file
cache. Prints the median and the best of the rounds against the 5 s goal of everything the generator emits; a script, not a test.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 5
GOAL_S = 5.0


def one_round() -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "generator", "generate", "--out", out], cwd=ROOT, check=True, capture_output=True)
        return time.perf_counter() - start


def through_black() -> tuple[int, list[str]]:
    """Modules written, and those still formatted by black (``specloom.format``), in-process."""
    from specloom import format as fmt
    from specloom.pipeline import build_package

    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        build_package(spec)
    return fmt.STATS["direct"] + fmt.STATS["black"], [str(p) for p in fmt.BLACKED]


def main() -> None:
    times = [one_round() for _ in range(ROUNDS)]
    median = statistics.median(times)
    print(f"specloom generate, 5 specs, cold process: median {median:.2f} s, best {min(times):.2f} s over {ROUNDS} rounds (goal < {GOAL_S:.1f} s: {'met' if median < GOAL_S else 'NOT met'})")
    total, blacked = through_black()
    print(f"modules formatted by black: {len(blacked)} of {total}" + (f" ({', '.join(blacked)})" if blacked else ""))


if __name__ == "__main__":
    main()
