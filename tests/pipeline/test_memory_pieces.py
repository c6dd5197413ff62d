"""Peak memory of large documents (#15, #16): no stage hands a whole large module to CPython's
compiler or to black. Compiling a module takes about 70 times its size while it runs (a 7.6 MB
module of the testing kit's checks peaked at 547 MB), and black more; both set the run's peak RSS
on the large corpus documents. The pieces (``specloom.chunked``) must mean exactly the module,
and the mechanism is shown here on small sources: no RSS figure is asserted."""

from __future__ import annotations

import builtins
from pathlib import PurePosixPath
from typing import Any

import black
import pytest

from specloom import chunked
from specloom import format as fmt
from specloom.ir.schema_check import SchemaCheck

_TRICKY = '''"""Module docstring.

Second paragraph at column 0.
"""
from __future__ import annotations

X = 1


def f(x: Undefined) -> int:
    return 1
S = """a


b"""


if X == 2:
    pass


else:
    Y = (
        1,


)
'''


def test_pieces_add_up_to_the_module_and_run_as_it() -> None:
    parts = list(chunked.pieces(_TRICKY, "m.py"))
    assert "".join(text for text, _ in parts) == _TRICKY
    assert len(parts) > 3  # cut at the blank lines between statements, not inside the string
    whole: dict[str, Any] = {}
    exec(compile(_TRICKY, "m.py", "exec"), whole)  # noqa: S102
    piecewise: dict[str, Any] = {}
    for code in chunked.blocks(_TRICKY, "m.py"):
        exec(code, piecewise)  # noqa: S102
    assert piecewise["S"] == whole["S"] == "a\n\n\nb"
    assert piecewise["Y"] == whole["Y"] == (1,)
    # ``from __future__ import annotations`` in the first piece holds for the later ones
    assert piecewise["f"].__annotations__ == {"x": "Undefined", "return": "int"}
    fine = list(chunked.pieces("A = 1\nB = 2\n@staticmethod\ndef g() -> None:\n    pass\n", "m.py", fine=True))
    assert [text.strip() for text, _ in fine] == ["A = 1", "B = 2", "@staticmethod\ndef g() -> None:\n    pass"]


@pytest.mark.parametrize("source", ["A = 1\n\n\nB = (\n\n\nC = 2\n", "A = 1\n\n\ndef f():\nreturn 1\n", "A = 1\n\n\nB = 'x\n"])
def test_an_error_is_the_whole_modules_at_the_same_line(source: str) -> None:
    with pytest.raises(SyntaxError) as whole:
        compile(source, "m.py", "exec")
    with pytest.raises(SyntaxError) as piecewise:
        list(chunked.pieces(source, "m.py", parse_only=True))
    assert (piecewise.value.msg, piecewise.value.lineno) == (whole.value.msg, whole.value.lineno)


def _largest_compiled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    real = builtins.compile

    def recording(source: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(source, str):
            sizes.append(len(source))
        return real(source, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", recording)
    return sizes


def test_the_testing_kits_checks_are_compiled_a_statement_run_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: the one module of every answer's check went to ``compile`` whole."""
    schemas = {f"S{i}": {"type": "object", "properties": {f"p{j}": {"type": "string", "maxLength": j + 1} for j in range(8)}}
               for i in range(40)}  # fmt: skip
    check = SchemaCheck({"components": {"schemas": schemas}})
    from specloom.validation import compile_module

    pointers = [f"/components/schemas/S{i}" for i in range(40)]
    entries = [(p, f"kit{i}", p) for i, p in enumerate(pointers)]
    module = compile_module(check.data, entries, source_file="kit", formats="assert").source
    sizes = _largest_compiled(monkeypatch)
    check.expect(pointers)
    assert sizes and max(sizes) < len(module) // 10
    assert check.valid(pointers[3], {"p0": "x"}) and not check.valid(pointers[3], {"p0": "xx"})


def test_black_formats_only_the_statement_layout_cannot_finish(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: one statement too long for ``layout`` sent the whole module through black (minutes
    and hundreds of MB for a large document's ``client.py`` or ``strategies.py``). Now only that
    statement goes, the module is still counted once as blacked, and black changes nothing."""
    model = "ListSelectedRepositoriesEnabledForGithubActionsInAnEnterpriseOrganizationResultPageWithMoreWords"
    long = f"_m1: SearchStrategy[_models.{model}] = _s9.map(_models.{model}.from_dict)"  # black splits it
    rows = "\n".join(f"ROW_{i} = {i}" for i in range(300))  # statements in a row, no blank lines
    source = f'"""Doc.\n\nMore."""\n\nfrom typing import Literal\n\n{rows}\n{long}\n{rows.replace("ROW", "AFTER")}\n\n\ndef g() -> None:\n    pass\n'
    given: list[str] = []
    real = fmt.black_format

    def recording(path: PurePosixPath, text: str) -> str:
        given.append(text)
        return real(path, text)

    monkeypatch.setattr(fmt, "black_format", recording)
    for name in ("client.py", "strategies.py"):
        before, blacked = fmt.STATS["black"], len(fmt.BLACKED)
        given.clear()
        [(_, text)] = fmt.format_sources({PurePosixPath("pkg") / name: source}).items()
        assert text == black.format_str(source, mode=fmt.black_mode())
        assert given == [long]
        assert fmt.STATS["black"] - before == 1 and [p.name for p in fmt.BLACKED[blacked:]] == [name]


def test_a_module_that_is_not_python_is_refused_with_its_name() -> None:
    with pytest.raises(fmt.FormatError, match=r"pkg/client.py is not valid Python .*line 4"):
        fmt.format_sources({PurePosixPath("pkg/client.py"): "A = 1\n\n\nB = (\n"})
