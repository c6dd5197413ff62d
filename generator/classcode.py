"""Dataclass methods from shipped code: (the text ``dataclasses`` writes for a method) -> its code.

Why: Python 3.11's ``dataclasses`` writes the source of every method it adds (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, a frozen class's ``__setattr__`` and ``__delattr__``) and
compiles it with ``exec``, each time the class is created: a build creates 60 dataclasses, 341
texts, about 26 ms of the 90 ms it spends importing, a tenth of a small document's whole run
(``bench/corpus.py``). Those texts depend only on the classes' declarations, so
``specloom.classcode_shipped`` holds them as functions, those of every module of ``specloom`` and
``specloom_runtime`` a command may import (written by ``python -m specloom.classcode``, required
current by ``tests/pipeline/test_classcode.py``), and Python caches its bytecode as any module's.

``use_shipped()``, called by the console script before it imports the rest of the generator,
gives ``dataclasses`` an ``exec`` that serves a text found in that table from the shipped code,
bound to the globals ``dataclasses`` passed (what compiling the text would give, but for the
file name and line numbers its tracebacks show), and hands every other text to the builtin
``exec`` (another Python's ``dataclasses``, a class changed since the table was written, a class
of another library). A program importing ``specloom`` as a library is left alone.
"""

from __future__ import annotations

import builtins
import dataclasses
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any

TABLE = Path(__file__).resolve().parent / "classcode_shipped.py"
_TABLE_MODULE = "specloom.classcode_shipped"
_PREFIX = "def __create_fn__("  # every text dataclasses' _create_fn writes (3.10-3.12)


def _shipped() -> Mapping[str, CodeType]:
    from importlib.util import find_spec

    try:
        spec = find_spec(_TABLE_MODULE)
        if spec is None or spec.origin is None or not _bytecode_read(spec.origin):
            return {}
        from specloom import classcode_shipped
    except (ImportError, SyntaxError):
        return {}
    if tuple(classcode_shipped.PYTHON) != sys.version_info[:2]:
        return {}  # another Python writes other texts; none would be found
    return classcode_shipped.CODE


def _skipped(module: str) -> bool:
    # "apis" is specloom.cache.OUTPUT_SUBPACKAGES, written here: importing specloom.cache (and
    # specloom.diagnostics with it) before recorded_texts starts would leave their classes out
    return module.startswith(("specloom.apis.", "specloom.render.compiled."))


def _bytecode_read(origin: str) -> bool:
    """Whether importing the module at ``origin`` reads cached bytecode rather than compiling it.

    Compiling the table's source costs about twice what it saves, so where Python does not write
    bytecode (``PYTHONDONTWRITEBYTECODE``, as in this project's environment) the table is used only
    when a current ``.pyc`` is there (timestamp-based, as Python writes by default).
    """
    if not sys.dont_write_bytecode:
        return True  # compiled at most once: Python writes the .pyc
    from importlib.util import MAGIC_NUMBER, cache_from_source

    try:
        with open(cache_from_source(origin), "rb") as stream:
            head = stream.read(16)
        stat = os.stat(origin)
    except (OSError, ValueError, NotImplementedError):
        return False
    stamp = (int(stat.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little") + (
        stat.st_size & 0xFFFFFFFF
    ).to_bytes(4, "little")
    return head == MAGIC_NUMBER + bytes(4) + stamp


def use_shipped() -> bool:
    """Serve ``dataclasses``'s method texts from the shipped table; False when there is none."""
    table = _shipped()
    if not table or "exec" in vars(dataclasses):
        return False

    def exec_shipped(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        code = (
            table.get(source)
            if type(source) is str and type(globals) is dict and type(locals) is dict
            else None
        )
        if code is None:  # the call dataclasses makes without this hook, with its own text
            builtins.exec(source, globals, locals)  # noqa: S102
        else:
            locals["__create_fn__"] = FunctionType(code, globals)

    dataclasses.exec = exec_shipped  # type: ignore[attr-defined]  # shadows the builtin there only
    return True


def recorded_texts() -> list[str]:
    """The method texts ``dataclasses`` writes for the classes of every ``specloom`` module but
    the generated packages (``specloom.apis``: output, not generator) and the templates' Jinja code
    (``specloom.render.compiled``: run, not imported).

    Run in a fresh interpreter (``python -m specloom.classcode`` starts one): a module imported
    before the recording started would be missed.
    """
    import importlib
    import pkgutil

    import specloom

    texts: set[str] = set()

    def recording(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        module = str((globals or {}).get("__name__", ""))
        if (
            type(source) is str
            and source.startswith(_PREFIX)
            and module.startswith("specloom")
            and not _skipped(module)
        ):
            texts.add(source)
        builtins.exec(source, globals, locals)  # noqa: S102  # dataclasses' call, as without the hook

    dataclasses.exec = recording  # type: ignore[attr-defined]
    try:
        for module in pkgutil.walk_packages(specloom.__path__, "specloom."):
            if not module.name.endswith(("__main__", ".classcode_shipped")) and not _skipped(
                module.name
            ):
                importlib.import_module(module.name)
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
    return sorted(texts)


_HEAD = '''"""Machine-written by ``python -m specloom.classcode`` (never edit): the method texts Python {major}.{minor}'s
``dataclasses`` writes for the generator's dataclasses, as code. ``specloom.classcode`` says why.

No ``from __future__`` import here: it would change the code of the annotations these texts hold.
"""

from types import CodeType

PYTHON = ({major}, {minor})
CODE: dict[str, CodeType] = {{}}
'''


def table_source(texts: list[str]) -> str:
    """The table module for ``texts``: each text as written, then its code stored under it."""
    parts = [_HEAD.format(major=sys.version_info[0], minor=sys.version_info[1])]
    for text in texts:
        parts.append(f"\n\n{text}\n\n\nCODE[{text!r}] = __create_fn__.__code__\n")
    return "".join(parts)


def main() -> None:
    """Write ``classcode_shipped.py`` from the texts recorded in a fresh interpreter."""
    import json
    import subprocess

    script = "import json, specloom.classcode as c; print(json.dumps(c.recorded_texts()))"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    TABLE.write_text(table_source(json.loads(out)), encoding="utf-8")
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
