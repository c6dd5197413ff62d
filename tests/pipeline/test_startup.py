"""Start-up work of the command line: each command imports what it needs, templates compile once.

``specloom generate`` of five small specs is mostly start-up: importing the build stages (the
runtime and httpx, jsonschema, openapi-spec-validator, Jinja, the code compilers) and compiling
the templates. These tests pin the mechanisms that keep that cost off the runs that do not need
it: the command line itself imports none of the build stages, a run whose specs all come from the
build cache imports no linter or code compiler, and the templates' compiled code is kept in the
build cache folder and loaded from there instead of compiled again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

import specloom.pipeline
from specloom import render
from specloom.options import DEFAULT
from tests.pipeline.helpers import MINIMAL, ROOT, write_spec

HEAVY = ("httpx", "jsonschema", "openapi_spec_validator", "jinja2", "specloom.check", "specloom.ir.build", "specloom.validation.api", "specloom.strategies.module")


def _loaded(code: str, cwd: Path, env: dict[str, str] | None = None, names: tuple[str, ...] = HEAVY) -> list[str]:
    probe = f"import sys\nsys.modules['rfc3987_syntax'] = None\n{code}\nprint(__import__('json').dumps(sorted(m for m in {names!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_command_line_imports_no_build_stage() -> None:
    assert _loaded("import specloom.cli\nspecloom.cli.parser()", ROOT) == []


def test_a_generate_served_from_the_build_cache_imports_no_linter_or_compiler(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    run = "from specloom.cli import main\nassert main(['generate', '--specs-dir', 'specs', '--out', 'out']) == 0"
    env = {"SPECLOOM_CACHE": str(tmp_path / "cache")}
    first = _loaded(run, tmp_path, env)
    assert "specloom.check" in first  # the first run builds
    # the second finds the package in the cache: it renders only the output folder's __init__.py
    assert _loaded(run, tmp_path, env) == ["jinja2"]


def test_a_build_imports_no_http_library(tmp_path: Path) -> None:
    """The generator reads a few pure helpers of the runtime (pattern translation, decode plans);
    importing them must not load httpx and the send loop (with httpx's optional command line,
    ``rich`` and ``click``: 0.1-0.2 s of every cold run)."""
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    run = "from specloom.cli import main\nassert main(['generate', '--specs-dir', 'specs', '--out', 'out']) == 0"
    loaded = _loaded(run, tmp_path, {"SPECLOOM_CACHE": ""})
    assert "specloom.ir.build" in loaded  # it did build
    assert "httpx" not in loaded


def test_a_build_of_one_small_spec_imports_no_process_pool_metadata_or_toml(tmp_path: Path) -> None:
    """What a one-spec build of a small document does not need, it does not import: a pool of
    processes (only several specs or a large document start one), ``importlib.metadata`` (the
    library versions in the cache keys come from ``specloom.versions``) and, without a
    ``pyproject.toml``, the TOML parser; nor ``idna`` (for "xn--" hostnames only). Together
    about 45 ms of a 0.25 s run."""
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    run = "from specloom.cli import main\nassert main(['generate', '--specs-dir', 'specs', '--out', 'out', '--no-cache']) == 0"
    names = ("specloom.ir.build", "multiprocessing", "concurrent.futures", "importlib.metadata", "tomllib", "idna")
    # a cache folder, so that the generator's hash (library versions included) is computed
    loaded = _loaded(run, tmp_path, {"SPECLOOM_CACHE": str(tmp_path / "cache")}, names)
    assert loaded == ["specloom.ir.build"]  # it did build, and nothing else of the list was imported


def test_a_build_without_xml_examples_or_drift_imports_no_xml_parser_or_differ(tmp_path: Path) -> None:
    """The XML parser reads documented XML examples (the testing kit's answer shapes) and
    ``difflib`` writes ``check``'s drift and "did you mean" hints: a document without XML
    examples, generated without a misspelt name, imports neither (about 6 ms of a 0.18 s run)."""
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    run = "from specloom.cli import main\nassert main(['generate', '--specs-dir', 'specs', '--out', 'out', '--no-cache']) == 0"
    names = ("specloom.ir.build", "defusedxml", "xml.etree.ElementTree", "difflib")
    assert _loaded(run, tmp_path, {"SPECLOOM_CACHE": ""}, names) == ["specloom.ir.build"]


def test_a_build_of_a_json_document_imports_no_yaml_parser(tmp_path: Path) -> None:
    import yaml

    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "shop.json").write_text(json.dumps(yaml.safe_load(MINIMAL)), encoding="utf-8")
    run = "from specloom.cli import main\nassert main(['generate', '--specs-dir', 'specs', '--out', 'out', '--no-cache']) == 0"
    loaded = _loaded(run, tmp_path, {"SPECLOOM_CACHE": ""}, ("specloom.ir.build", "yaml", "specloom.load_yaml"))
    assert loaded == ["specloom.ir.build"]


def test_templates_are_loaded_from_the_build_cache_not_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render._ENV, "cache", {})  # as in a new process
    render.use_bytecode_cache(tmp_path)
    try:
        render.compile_templates()
        assert len(list((tmp_path / "jinja").iterdir())) == len(render._ENV.list_templates(extensions=["jinja"]))
        monkeypatch.setattr(render._ENV, "cache", {})

        def no_compiling(*args: object, **kwargs: object) -> None:
            raise AssertionError("a template was compiled from source")

        monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
        render.compile_templates()
        api = render._ENV.get_template("root_init.py.jinja").render(packages=["shop"])
        assert "shop" in api
    finally:
        render.use_bytecode_cache(None)


def test_a_damaged_template_entry_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render._ENV, "cache", {})
    render.use_bytecode_cache(tmp_path)
    try:
        render.compile_templates()
        for entry in (tmp_path / "jinja").iterdir():
            entry.write_bytes(b"not marshalled code")
        monkeypatch.setattr(render._ENV, "cache", {})
        text = render._ENV.get_template("root_init.py.jinja").render(packages=["shop"])
        assert "shop" in text
    finally:
        render.use_bytecode_cache(None)


def test_specs_built_in_parallel_come_back_in_their_order(tmp_path: Path) -> None:
    """The workers take the largest spec first; the results still follow the specs' order."""
    small = write_spec(tmp_path, "small.yaml", MINIMAL)
    large = write_spec(tmp_path, "large.yaml", MINIMAL.replace("Minimal", "Large") + "\n" + "# padding\n" * 500)
    options = [DEFAULT, DEFAULT]
    outcomes = specloom.pipeline._run([small, large], options, tmp_path / "out")
    packages = [o[0][0] if not isinstance(o, list) else o for o in outcomes]
    assert packages == ["small", "large"]
