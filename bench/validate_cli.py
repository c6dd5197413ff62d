"""``specloom validate`` end to end: 20,000 JSON Lines payloads through the real console script.

Writes 20,000 Salesfire ``CustomerSync`` payloads (1 in 100 invalid) to a temporary ``.jsonl``
file, runs ``.venv/bin/specloom validate salesfire CustomerSync FILE`` in a new process per round
(start-up, compiling the schema from ``specs/`` and streaming the file all included) and prints the
median wall time and payloads/s against the goal of well under 10 s. A script, not a timed test.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPECLOOM = Path(sys.executable).with_name("specloom")
PAYLOADS = 20_000
ROUNDS = 3
GOAL_S = 10.0


def payload(i: int, rng: random.Random) -> dict[str, object]:
    """One customer as a shop would export it; every 100th breaks a rule of the schema."""
    customer: dict[str, object] = {
        "email": f"customer{i}@example.com",
        "types": rng.sample(["MARKETING", "TRANSACTIONAL"], rng.randint(1, 2)),
        "channels": rng.sample(["EMAIL", "SMS"], rng.randint(1, 2)),
        "update_existing": rng.random() < 0.5,
        "attributes": {"name": f"Customer {i}", "date_of_birth": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/19{rng.randint(40, 99)}", "loyalty_tier": rng.choice(["gold", "silver", None])},
    }
    if i % 3 == 0:
        customer["mobile_number"] = f"07{rng.randint(100_000_000, 999_999_999)}"
    if i % 100 == 99:
        customer.pop("email")
        customer.pop("mobile_number", None)
        customer["types"] = ["marketing"]  # lowercase: not in the enum
    return customer


def main() -> None:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "customers.jsonl"
        data.write_text("".join(json.dumps(payload(i, rng)) + "\n" for i in range(PAYLOADS)), encoding="utf-8")
        command = [str(SPECLOOM), "validate", "salesfire", "CustomerSync", str(data)]
        times = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            summary = done.stdout.splitlines()[-1] if done.stdout else done.stderr
            if done.returncode != 1 or not summary.startswith(f"{PAYLOADS // 100} of {PAYLOADS} payloads invalid"):
                sys.exit(f"unexpected result (exit {done.returncode}): {summary}")
    median = statistics.median(times)
    print(
        f"specloom validate, {PAYLOADS} JSON Lines payloads, cold process: median {median:.2f} s "
        f"({PAYLOADS / median:,.0f} payloads/s), best {min(times):.2f} s over {ROUNDS} rounds "
        f"(goal well under {GOAL_S:.0f} s: {'met' if median < GOAL_S / 2 else 'NOT met'}); {summary}"
    )


if __name__ == "__main__":
    main()
