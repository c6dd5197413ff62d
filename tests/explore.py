"""Random-schema exploration: seeds -> one spec of random schemas each -> generate, lint, type-check
(and optionally run the generated suite) -> a one-line verdict per seed, exit 1 if any found a problem.

Why: the generator's property tests (``tests/generator_properties/``) compile one random schema
at a time through the validator and strategy compilers; the rest of the pipeline (IR, models,
client, testing kit, the generated suite) and the linters that judge its output meet only the
specs someone wrote. This puts the same random schemas (``schemas()``, less those no oracle can
judge: ``in_place_cycle``) through all of it. Each seed draws ``--schemas`` schemas; schema ``i``
becomes the component ``S{i}`` (its ``#/$defs/...`` refs moved under
``#/components/schemas/S{i}``), the request body and the 200 answer of ``POST /s{i}``. Then, with
time limits on every step:

1. ``specloom generate --no-cache`` (a crash, or a refusal: a refusal is acceptable only for a
   schema that is really unsatisfiable or unsupported, and is reported for a person to judge);
2. ruff with the project's selection, and ruff with its own defaults (``--isolated``, with
   ``specloom_runtime`` sorted third-party as in a user's project);
3. ``mypy --strict`` on the generated package;
4. with ``--suite``, the generated property suite under ``HYPOTHESIS_PROFILE=ci``.

With ``--roles`` each schema also serves in one more place of its operation, drawn from the seed
(``spec_with_roles``): a query, header, path or cookie parameter, or the body as a form
(urlencoded), multipart form data or text, so the parameter and body serialisers, the client's
checks of its arguments and the suite's request oracle meet random schemas too.

Nothing is written into the repository: each seed gets ``<out>/seed-<n>/`` (``--out``, or a fresh
temporary folder, kept for reproduction and printed). ``make explore SEED=100-104 N=45 SUITE=1``
runs it from the repository's venv; or ``.venv/bin/python -m tests.explore 100-104 --suite``.
Not named ``test_*``: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed

from specloom.ir.kinds import json_kinds
from tests.generator_properties.schemas import in_place_cycle, schemas

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "explore"  # the spec is explore.json, so the generated package is explore
TAIL = 3000  # characters of a failing step's output shown


@dataclass
class Step:
    """One checked step of a seed: its name, whether it passed, what it printed when it did not."""

    name: str
    ok: bool
    summary: str
    output: str = ""


@dataclass
class Verdict:
    seed: int
    schemas: int
    folder: Path
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(step.ok for step in self.steps)

    def line(self) -> str:
        parts = "; ".join(f"{step.name} {step.summary}" for step in self.steps)
        return f"seed {self.seed}: {self.schemas} schemas; {parts} -> {'clean' if self.ok else 'PROBLEM'}"


def draw_schemas(seed: int, count: int) -> list[Any]:
    """Up to ``count`` random schemas, the same ones for the same seed (and Hypothesis version)."""
    drawn: list[Any] = []

    @settings(max_examples=count, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(schemas())
    def collect(schema: Any) -> None:
        if in_place_cycle(schema) is None:
            drawn.append(schema)

    hypothesis_seed(seed)(collect)()
    return drawn


def _moved(node: Any, base: str) -> Any:
    """``node`` with every local ``$ref`` ("#/$defs/a", "#") moved under the pointer ``base``."""
    if isinstance(node, dict):
        return {key: "#" + base + value[1:] if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _moved(value, base) for key, value in node.items()}  # fmt: skip
    if isinstance(node, list):
        return [_moved(value, base) for value in node]
    return node


def spec_of(drawn: list[Any]) -> dict[str, Any]:
    """The OpenAPI 3.1 document: schema ``i`` as component ``S{i}``, body and answer of ``POST /s{i}``."""
    components: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for i, schema in enumerate(drawn):
        components[f"S{i}"] = _moved(schema, f"/components/schemas/S{i}")
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/S{i}"}}}
        paths[f"/s{i}"] = {"post": {"operationId": f"post{i}", "requestBody": {"required": True, "content": content},
                                    "responses": {"200": {"description": "ok", "content": content}}}}  # fmt: skip
    return {"openapi": "3.1.0", "info": {"title": "Explore", "version": "1"}, "servers": [{"url": "http://127.0.0.1:9"}],
            "paths": paths, "components": {"schemas": components}}  # fmt: skip


# --roles: each schema also serves in one more place of its operation, chosen by the seed (a
# form or multipart body only for a schema of objects, a text body only for one that holds
# strings; multipart and text joined on 2026-12-07: a seed's roles differ from before)
ROLES = ("query", "header", "path", "cookie", "form", "json", "multipart", "text")
_MEDIA = {"form": "application/x-www-form-urlencoded", "multipart": "multipart/form-data", "text": "text/plain"}


def spec_with_roles(drawn: list[Any], seed: int) -> dict[str, Any]:
    """``spec_of``, but schema ``i`` is also a parameter (query, header, path or cookie, required or
    not, exploded or not, a path one in the label or matrix style half the time) or the body as a form, multipart or text, one role per schema drawn
    from ``seed``: the random schemas through the parameter and body serialisers too. A schema
    that holds anything but objects (its kinds as generate reads them) stays a JSON body where a
    form or multipart is drawn, one that holds no string where text is drawn, and one that can
    only be ``null`` an optional query parameter where a required parameter is drawn (generate
    refuses them)."""
    spec = spec_of(drawn)
    rng = random.Random(seed)
    paths: dict[str, Any] = {}
    for i, (path, item) in enumerate(spec["paths"].items()):
        operation, ref = item["post"], {"$ref": f"#/components/schemas/S{i}"}
        role = rng.choice(ROLES)
        kinds = _kinds(spec, i)
        if role in ("form", "multipart") and not (kinds is None or "object" in kinds and kinds <= {"object", "null"}):
            role = "json"  # generate refuses a form that cannot hold objects only
        if role == "text" and not (kinds is None or "string" in kinds):
            role = "json"  # and a text body that cannot be a string
        operation["x-explore-role"] = role
        if role in _MEDIA:
            operation["requestBody"]["content"] = {_MEDIA[role]: {"schema": ref}}
        elif role != "json":
            name = {"query": "q", "header": "X-Explore", "path": "p", "cookie": "c"}[role]
            required = role == "path" or rng.random() < 0.5
            if required and kinds is not None and kinds <= {"null"}:  # and one that is never sent
                role, name, required = "query", "q", False
            parameter = {"name": name, "in": role, "required": required, "schema": ref}
            if rng.random() < 0.5:
                parameter["explode"] = role not in ("query", "cookie")  # the other way from each default
            styler = random.Random(f"{seed}-{i}")  # its own draws: the seed's other roles stay as they were
            if role == "path" and styler.random() < 0.5:  # label or matrix (since 2026-12-07)
                parameter["style"] = styler.choice(["label", "matrix"])
            operation["parameters"] = [parameter]
            path = f"{path}/{{p}}" if role == "path" else path
        paths[path] = item
    spec["paths"] = paths
    return spec


def _kinds(spec: dict[str, Any], i: int) -> frozenset[str] | None:
    """The JSON kinds schema ``S{i}`` can hold, as generate reads them (``specloom.ir.kinds``)."""
    return json_kinds(spec, {"$ref": f"#/components/schemas/S{i}"})


def _run(command: list[str], folder: Path, timeout: float, env: dict[str, str] | None = None) -> tuple[int | None, str]:
    """``command`` run in ``folder``: its exit code (None when it ran out of time) and its output."""
    try:
        done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as late:
        output = (late.stdout or b"") + (late.stderr or b"")
        text = output.decode(errors="replace") if isinstance(output, bytes) else output
        return None, text + f"\n(timed out after {timeout:.0f} s)"
    return done.returncode, done.stdout + done.stderr


def _lint_step(name: str, code: int | None, output: str) -> Step:
    problems = [line for line in output.splitlines() if f"{PACKAGE}/" in line]
    if code == 0 and not problems:
        return Step(name, True, "ok")
    if code is None:
        return Step(name, False, "timed out", output)
    return Step(name, False, f"{len(problems)} problems", output)


def explore(seed: int, count: int, root: Path, suite: bool, timeout: float, roles: bool = False) -> Verdict:
    """One seed through generate, both ruff selections, mypy --strict and (``suite``) the suite;
    with ``roles``, its schemas are parameters and forms too (``spec_with_roles``)."""
    folder = root / f"seed-{seed}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    drawn = draw_schemas(seed, count)
    verdict = Verdict(seed, len(drawn), folder)
    spec = folder / f"{PACKAGE}.json"
    spec.write_text(json.dumps(spec_with_roles(drawn, seed) if roles else spec_of(drawn), indent=1), encoding="utf-8")
    python = sys.executable
    # generate before the project's pyproject.toml is copied in: its [tool.specloom] would apply
    code, output = _run([python, "-m", "specloom", "generate", "--no-cache", "--no-strict", spec.name, "--out", "out"],
                        folder, timeout)  # fmt: skip
    warnings = output.count("warning")
    if code != 0:
        kind = "timed out" if code is None else "crashed" if "Traceback" in output or "internal error" in output else "refused"
        verdict.steps.append(Step("generate", False, kind, output))
        return verdict
    verdict.steps.append(Step("generate", True, f"ok ({warnings} warnings)" if warnings else "ok"))
    # the project's ruff and mypy settings, and the runtime beside the package as in the repository
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    (folder / "specloom_runtime").symlink_to(ROOT / "specloom_runtime", target_is_directory=True)
    ruff = [python, "-m", "ruff", "check", "--no-cache", "--output-format", "concise"]
    verdict.steps.append(_lint_step("ruff", *_run([*ruff, "out"], folder, timeout)))
    defaults = [*ruff, "--isolated", "--config", 'lint.isort.known-third-party=["specloom_runtime"]', "out"]
    verdict.steps.append(_lint_step("ruff-defaults", *_run(defaults, folder, timeout)))
    mypy = [python, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(folder / ".mypy_cache"), f"out/{PACKAGE}"]
    verdict.steps.append(_lint_step("mypy", *_run(mypy, folder, timeout)))
    if suite:
        verdict.steps.append(_suite(folder, timeout * 5))
    return verdict


def _suite(folder: Path, timeout: float) -> Step:
    """The generated property suite under the ``ci`` profile, with the repository's conftest."""
    shutil.copy(ROOT / "conftest.py", folder / "conftest.py")
    env = {**os.environ, "PYTHONPATH": f"{folder / 'out'}{os.pathsep}{ROOT}", "HYPOTHESIS_PROFILE": "ci"}
    command = [sys.executable, "-m", "pytest", "-q", "-rf", "--maxfail=5", "-p", "no:cacheprovider", "-p", "no:xdist",
               "-o", "addopts=", "--rootdir", str(folder), f"out/{PACKAGE}/tests"]  # fmt: skip
    code, output = _run(command, folder, timeout, env)
    last = output.strip().splitlines()[-1].strip("= ").split(" in ")[0] if output.strip() else ""
    if code == 0:
        return Step("suite", True, last)
    # the first failure's head, then pytest's list of failures (the tail alone is only the list)
    first, _, summary = output.partition("short test summary info")
    starts = [at for at in (first.find(" ERRORS "), first.find(" FAILURES ")) if at >= 0]
    first = first[min(starts, default=0):][: TAIL // 2]
    return Step("suite", False, "timed out" if code is None else last, f"{first}\n...\n{summary[-TAIL // 2:]}")


def seeds_of(texts: list[str]) -> list[int]:
    """``["100-102", "7"]`` -> ``[100, 101, 102, 7]``."""
    found: list[int] = []
    for text in texts:
        for part in text.replace(",", " ").split():
            first, _, last = part.partition("-")
            found += range(int(first), int(last or first) + 1)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.explore", description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", nargs="+", help="seeds, or ranges of them: 100 101 or 100-104")
    parser.add_argument("--schemas", type=int, default=45, help="schemas drawn a seed (some are dropped: in-place cycles)")
    parser.add_argument("--suite", action="store_true", help="also run the generated property suite (minutes a seed)")
    parser.add_argument("--out", type=Path, help="folder for seed-<n>/ (default: a fresh temporary folder)")
    parser.add_argument("--roles", action="store_true", help="schemas as parameters and form bodies too, not only JSON")
    parser.add_argument("--timeout", type=float, default=600, help="seconds a step may take (the suite: five times that)")
    args = parser.parse_args(argv)
    root = args.out.resolve() if args.out else Path(tempfile.mkdtemp(prefix="specloom-explore-"))
    if root.is_relative_to(ROOT):
        parser.error(f"--out {args.out}: inside the repository; give a folder outside it")
    print(f"writing into {root}", flush=True)
    verdicts = []
    for seed in seeds_of(args.seeds):
        start = time.monotonic()
        verdict = explore(seed, args.schemas, root, args.suite, args.timeout, args.roles)
        verdicts.append(verdict)
        print(f"{verdict.line()} ({time.monotonic() - start:.0f} s, {verdict.folder})", flush=True)
        for step in verdict.steps:
            if not step.ok:
                print(f"--- {step.name} (seed {seed}):\n{step.output[-TAIL:]}", flush=True)
    bad = [v.seed for v in verdicts if not v.ok]
    total = sum(v.schemas for v in verdicts)
    print(f"{len(verdicts)} seeds, {total} schemas: " + (f"problems in seeds {bad}" if bad else "all clean"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
