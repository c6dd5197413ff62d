"""The loader's bounds and refusals: nesting depth, expanded size, explicit tags, YAML 1.2 integers,
and ``.json`` read as JSON (with lines) rather than as YAML."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from specloom.diagnostics import SpecError
from specloom.load import Limits, load, loads
from tests.pipeline.helpers import ROOT, SHARED, run_cli, write_spec

REAL = SHARED / "corpora" / "openapi-real"


def _specloom(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """A separate process: before the fix, deep nesting killed the interpreter (SIGSEGV)."""
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=timeout)


def test_100000_nested_brackets_are_a_located_error_not_a_crash(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("[" * 100_000)
    done = _specloom("lint", deep)
    assert done.returncode == 2, done.stderr[-500:]
    assert f"{deep}:1: " in done.stderr and "nesting deeper than 128" in done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr


def test_validate_reports_deep_payloads_per_file_and_checks_the_others(tmp_path: Path) -> None:
    schema = write_spec(tmp_path, "schema.json", '{"type": "array"}')
    (tmp_path / "deep.yaml").write_text("[" * 2000 + "]" * 2000 + "\n")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text("[]\n" + "[" * 3000 + "]" * 3000 + "\n")
    (tmp_path / "good.json").write_text("[1, 2]")
    done = _specloom("validate", "--schema", schema, *(tmp_path / n for n in ("deep.yaml", "deep.json", "deep.jsonl", "good.json")))
    assert done.returncode == 2 and "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
    assert f"{tmp_path / 'deep.yaml'}:1: nesting deeper than" in done.stderr and f"{tmp_path / 'deep.json'}:1: nesting deeper than" in done.stderr
    assert f"{tmp_path / 'deep.jsonl'}:2: nesting deeper than" in done.stderr
    assert "all 2 payloads valid in 4 files; 3 input problems" in done.stdout  # good.json and line 1 of deep.jsonl


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_depth_limit_is_a_parameter_and_names_the_line(tmp_path: Path, suffix: str) -> None:
    text = '{"a": {"b":\n {"c": [1]}}}' if suffix == ".json" else "a:\n  b:\n    c: [1]\n"
    assert loads(text.encode(), path=tmp_path / f"x{suffix}", limits=Limits(max_depth=4)).data == {"a": {"b": {"c": [1]}}}
    with pytest.raises(SpecError, match="nesting deeper than 3") as caught:
        loads(text.encode(), path=tmp_path / f"x{suffix}", limits=Limits(max_depth=3))
    assert caught.value.diagnostics[0].line == (2 if suffix == ".json" else 3)


def _bomb(key: str, aliases: int) -> bytes:
    """Eight-element anchor, referenced ``aliases`` times under one (long) key."""
    return ("a: &a [1, 2, 3, 4, 5, 6, 7, 8]\n" + f"? {key}\n:\n" + "  - *a\n" * aliases).encode()


def test_expanded_bytes_count_keys_and_pointers_not_only_nodes(tmp_path: Path) -> None:
    limits = Limits(max_nodes=10_000, max_expanded_bytes=1_000_000)
    short = loads(_bomb("k", 100), path=tmp_path / "x.yaml", limits=limits)  # 900 values, a few KB
    assert short.data["k"][99] == [1, 2, 3, 4, 5, 6, 7, 8] and short.data["k"][0] is not short.data["k"][1]
    with pytest.raises(SpecError, match="document too large.*max_expanded_bytes"):
        loads(_bomb("k" * 20_000, 100), path=tmp_path / "x.yaml", limits=limits)  # 900 pointers of 20 KB


def test_long_key_alias_bomb_is_refused_by_default(tmp_path: Path) -> None:
    # 3,600 values under a 20,000-character key: 72 MB of pointers from a 23 KB file
    with pytest.raises(SpecError, match="document too large"):
        loads(_bomb("k" * 20_000, 400), path=tmp_path / "x.yaml")


def test_explicit_tags_other_than_the_core_ones_are_refused_where_they_are(tmp_path: Path) -> None:
    text = "a: !!timestamp 2024-01-01\nb: !!binary aGk=\nc: !!set {x}\nd: !custom [1]\ne: !!omap [x: 1]\nf: !!int nope\n"
    with pytest.raises(SpecError) as caught:
        loads(text.encode(), path=tmp_path / "x.yaml")
    found = {(d.line, d.pointer) for d in caught.value.diagnostics}
    assert found == {(1, "/a"), (2, "/b"), (3, "/c"), (4, "/d"), (5, "/e"), (6, "/f")}
    assert "!!timestamp is not supported" in str(caught.value) and "!custom" in str(caught.value)
    ok = loads(b"a: !!str 12\nb: !!int '7'\nc: !!float 1\nd: !!map {x: !!null ''}\ne: !!seq [! 3]\n", path=tmp_path / "y.yaml")
    assert ok.data == {"a": "12", "b": 7, "c": 1.0, "d": {"x": None}, "e": ["3"]}


def test_yaml_1_2_integers_with_leading_zeros_are_decimal(tmp_path: Path) -> None:
    doc = loads(b"zip: 04091994\noctal: 0o17\nhex: 0x1F\nneg: -007\nkey:\n  007: x\n", path=tmp_path / "x.yaml")
    assert doc.data == {"zip": 4091994, "octal": 15, "hex": 31, "neg": -7, "key": {"007": "x"}}
    spec = write_spec(tmp_path, "api.yaml", "openapi: 3.1.0\ninfo: {title: Zip, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Zip: {type: integer, examples: [04091994]}\n")
    code, _, err = run_cli("lint", str(spec))
    assert code == 0, err


def test_an_integer_too_long_to_convert_is_located(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="invalid YAML value") as caught:
        loads(b"a: 1\nb: " + b"9" * 5000 + b"\n", path=tmp_path / "x.yaml")
    assert caught.value.diagnostics[0].line == 2 and caught.value.diagnostics[0].pointer == "/b"


def test_json_specs_are_read_as_json_with_lines(tmp_path: Path) -> None:
    text = '{\n  "openapi": "3.1.0",\n  "smile": "\\ud83d\\ude00",\n  "x": [\n    1,\n    {"y": null}\n  ]\n}\n'
    doc = loads(text.encode(), path=tmp_path / "x.json")
    assert doc.data["smile"] == "\U0001f600"
    assert [doc.lines[p] for p in ("", "/openapi", "/smile", "/x", "/x/0", "/x/1", "/x/1/y")] == [1, 2, 3, 4, 5, 6, 6]
    assert "/x/2" not in doc.lines and "/nope" not in doc.lines and doc.lines.get("/x/1/z") is None


def test_json_duplicate_keys_and_non_json_constants_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="duplicate key 'b'") as caught:
        loads(b'{"a": {"b": 1,\n "b": 2}}', path=tmp_path / "x.json")
    assert (caught.value.diagnostics[0].line, caught.value.diagnostics[0].pointer) == (2, "/a/b")
    with pytest.raises(SpecError, match="NaN is not JSON"):
        loads(b'{"a": NaN}', path=tmp_path / "x.json")


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpora/openapi-real is absent")
def test_real_json_document_lines_match_the_text() -> None:
    path = REAL / "github_api.github.com.json"
    doc = load(path)
    text = path.read_text(encoding="utf-8")
    first = text.index('"/repos/{owner}/{repo}"')  # a key of /paths: found by plain text search
    assert doc.lines["/paths/~1repos~1{owner}~1{repo}"] == text.count("\n", 0, first) + 1
    assert doc.data["openapi"].startswith("3.") and len(doc.data["components"]["schemas"]) > 200


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpora/openapi-real is absent")
def test_the_largest_real_documents_fit_the_default_limits() -> None:
    from specloom.check import _sizes
    from specloom.diagnostics import Reporter

    for name in ("stripe_spec3.yaml", "github_api.github.com.json", "square_api.json"):
        doc = load(REAL / name)
        reporter = Reporter(name, doc.lines)
        _sizes(doc.data, doc.limits, reporter)
        assert not reporter.errors, name


def test_spec_size_limits_are_documented_bounds_with_an_override(tmp_path: Path) -> None:
    schemas = "".join(f"    S{i}: {{type: string}}\n" for i in range(30))
    spec = write_spec(tmp_path, "many.yaml", f"openapi: 3.1.0\ninfo: {{title: Many, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}")
    code, _, err = run_cli("lint", "--limit", "max_schemas=20", str(spec))
    assert code == 2 and "many.yaml:5: /components/schemas: 30 schemas: more than specloom handles (20, limit max_schemas" in err
    assert run_cli("lint", "--limit", "max_schemas=30", str(spec))[0] == 0
    big = tmp_path / "big.yaml"
    big.write_text("openapi: 3.1.0\n" + "#" * 2000 + "\n")
    code, _, err = run_cli("lint", "--limit", "max_bytes=1000", str(big))
    assert code == 2 and "file larger than 1000 bytes" in err
    assert "max_schemas" in (ROOT / "specs" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        (b'{"a": 1,\n "b": "' + b"9" * 5000 + b'",\n "c": ' + b"9" * 5000 + b"}", 3, "an integer of more than 4300 digits"),
        (b'{"a": "NaN",\n "b": [1,\n  -Infinity]}', 3, "-Infinity is not JSON"),
    ],
)
def test_a_json_value_python_cannot_read_is_located(tmp_path: Path, text: bytes, line: int, said: str) -> None:
    """They were reported at the file alone, and a long integer with Python's advice to raise its
    limit (``sys.set_int_max_str_digits()``); strings of the same text are no culprit."""
    with pytest.raises(SpecError) as caught:
        loads(text, path=tmp_path / "x.json")
    [found] = caught.value.diagnostics
    assert found.line == line and said in found.message and "sys." not in found.message, found
