"""Text for CI logs and terminals: a payload key or file name -> one inert line.

Input: strings that come from payloads and file names (JSON keys become pointers in messages).
Output: the same text with nothing a reader of the output would act on: line breaks of any kind
(a CI log and a terminal split on them), other control characters (terminal escapes) and GitHub's
workflow-command syntax. ``specloom validate`` prints through these in every ``--format``.

Why: a CI log is a command channel. GitHub's runner obeys ``::error ...::`` and
``::stop-commands::TOKEN`` at the start of any line and a legacy ``##[command]`` anywhere in a line,
so a payload key ``"x\\n::error::..."`` printed raw would forge annotations or switch them off.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["one_line", "where", "json_text"]

# C0 controls but tab, DEL, C1 controls (NEL among them), the Unicode line and paragraph separators
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` on one line: unsafe characters as Python escapes (``\\n``, ``\\x1b``), ``##[`` broken up."""
    return _UNSAFE.sub(lambda m: repr(m[0])[1:-1], text).replace("##[", "#\\x23[")


def where(file: str, line: int) -> str:
    """``file:line`` (``file`` when the line is unknown), safe to begin a log line with."""
    shown = one_line(file)
    if shown[:1] == ":" or shown[:1].isspace():  # "::error::x.json" would make the line a command;
        shown = "./" + shown  # "./" names the same relative path and keeps the line plain
    return f"{shown}:{line}" if line else shown


def json_text(value: Any) -> str:
    """``json.dumps(value)`` (control characters already escaped) with ``##[`` written ``#\\u0023[``:
    a ``#`` can only stand inside a JSON string, where that escape means the same character."""
    return json.dumps(value).replace("##[", "#\\u0023[")
