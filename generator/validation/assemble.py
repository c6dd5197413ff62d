"""Assembling the module: a compiler's written functions -> the source of ``validators.py``.

Input: a ``Compiler`` and the entry points. Output: the module text -- imports, constants, memo
sets, the functions in number order, then per entry ``is_valid_<name>`` (a wrapper turning
``RecursionError`` into ``RecursionLimitError`` when it can recurse) and ``validate_<name>``,
and the ``VALIDATORS`` registry -- with the functions' placeholders named and the constants'
markers removed. A module of its own so that the compiler core stays about writing functions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from specloom.validation import applicators
from specloom.validation.calls import call_lines, nested_call_lines
from specloom.validation.graph import cyclic, reaches
from specloom.validation.reuse import unmark
from specloom.validation.source import import_lines, py_str

if TYPE_CHECKING:
    from specloom.validation.compiler import Compiler
    from specloom.validation.fn import Entry

__all__ = ["module_source"]

_PLACEHOLDER = re.compile("\x00(\\d+)\x00")


def module_source(c: Compiler, entries: list[Entry]) -> str:
    """Generate all functions for ``entries`` and return the module source."""
    fast = {e.key: c.call(e.node, (), "f") for e in entries}
    errs = {e.key: c.call(e.node, (), "e") for e in entries}
    c.run()
    on_cycle = cyclic(c.bodies, c.edges)
    names = {fid: f"_{kind}{fid}" for fid, kind in c.kinds.items()}
    tail: list[str] = []
    c.runtime.update({"CompiledValidator", "ValidationError", "collect"})
    for e in entries:
        fid = int(fast[e.key].strip("\x00"))
        public = f"is_valid_{e.py_name}"
        if not reaches(c.edges, fid, on_cycle) and names[fid].startswith("_f"):
            names[fid] = public
        elif not reaches(c.edges, fid, on_cycle):  # the same schema as an earlier entry
            tail += [f"{public} = {fast[e.key]}", "", ""]
        else:
            c.use("RecursionLimitError")
            tail += [f"def {public}(value: object) -> bool:",
                     f"    {py_str(f'True when value is a valid {e.key}.')}",
                     "    try:", f"        return {fast[e.key]}(value)",
                     "    except RecursionError:",
                     f"        raise RecursionLimitError({py_str(e.key + ': instance nested too deeply')}) from None",
                     "", ""]  # fmt: skip
        collected = [errs[e.key], "value", py_str(e.key)]  # the placeholder is as long as its name
        tail += [f"def validate_{e.py_name}(value: object) -> None:",
                 f"    {py_str(f'Raise ValidationError with every violation unless value is a valid {e.key}.')}",
                 f"    if not {public}(value):",
                 *(nested_call_lines("        ", "raise ValidationError", "collect", collected)
                   or [f"        raise ValidationError(collect({', '.join(collected)}))"]),
                 "", ""]  # fmt: skip
    tail.append("VALIDATORS: dict[str, CompiledValidator] = {")
    for e in entries:
        args = [py_str(e.key), f"is_valid_{e.py_name}", errs[e.key]]
        tail += call_lines("    ", f"{py_str(e.key)}: CompiledValidator", args, ",") or [f"    {py_str(e.key)}: CompiledValidator({', '.join(args)}),"]
    tail.append("}")
    parts = [f"{name}: Any = {code}" if code.startswith("(") else f"{name} = {code}" for code, name in c.consts.items()]
    limit = applicators.MEMO_LIMIT
    parts += [f"{name}: set[str] = set()  # property names {pattern} matched ({limit[1]} at most, each {limit[0]} characters at most)"
              for pattern, name in c.memos.items()]  # fmt: skip
    if parts or c.bodies or not tail[0].startswith("VALIDATORS"):
        parts += ["", ""] if parts else [""]  # two blank lines after the imports either way
    # else only the empty registry follows the imports: black wants one blank line there
    for fid in sorted(c.bodies):
        parts += [*c.bodies[fid], "", ""]
    parts += tail
    body = "\n".join(parts) + "\n"
    if "isfinite(" in body:
        c.imports.add("from math import isfinite")
    source = "\n".join([*import_lines(body, c.imports, c.runtime, any(code.startswith("(") for code in c.consts)), "", body])
    return unmark(_PLACEHOLDER.sub(lambda m: names[int(m[1])], source))
