"""Black as the judge of the statements whose layout black decides with invisible parentheses.

Input: a generated package. Output: each ``return``/``if``/``elif``/``while`` statement the layout
split over several lines that black would print otherwise, with its file and line. Why: black on
the whole of a large document's modules takes minutes (``test_black_judge.py``'s corpus-marked
test, not run by CI), and these statements are where black's rules are subtle (whether it keeps
its invisible parentheses, where it splits); the calls and displays are split by one rule
(``specloom.strategies.layout``). Spree's and Stripe's ``validators.py`` held such statements
black changed, unnoticed until black was run by hand. Each statement is checked alone, at its
own indentation (dummy blocks around it), in a few milliseconds.
"""

from __future__ import annotations

import re
from pathlib import Path

import black

from specloom import format as fmt

_OPENS = re.compile(r"( *)(return|if|elif|while) .*[(\[{]$")
_CLOSES = {"return": re.compile(r"[)\]}]$"), "if": re.compile(r"[)\]}]:$")}


def _statement(lines: list[str], start: int, indent: str, keyword: str) -> list[str] | None:
    closing = _CLOSES["return" if keyword == "return" else "if"]
    for end in range(start + 1, min(len(lines), start + 400)):
        line = lines[end]
        if line.startswith(indent) and not line.startswith(indent + " ") and closing.search(line):
            return lines[start : end + 1]
    return None


def _snippet(indent: str, keyword: str, statement: list[str]) -> str:
    depth = len(indent) // 4
    head = ["def f():"] + [f"{'    ' * level}if x:" for level in range(1, depth)]
    if keyword == "elif":
        head += [f"{indent}if x:", f"{indent}    pass"]
    body = [f"{indent}    pass"] if keyword != "return" else []
    return "\n".join([*head, *statement, *body]) + "\n"


def unstable_statements(package: Path) -> list[str]:
    """``file:line: statement`` of each split ``return``/``if``/``elif``/``while`` black changes."""
    found = []
    for path in sorted(package.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines):
            opened = _OPENS.fullmatch(line)
            if not opened or len(opened[1]) % 4 or not opened[1]:
                continue
            statement = _statement(lines, number, opened[1], opened[2])
            if statement is None:
                continue
            snippet = _snippet(opened[1], opened[2], statement)
            if black.format_str(snippet, mode=fmt.black_mode()) != snippet:
                found.append(f"{path.name}:{number + 1}: {' '.join(s.strip() for s in statement)[:300]}")
    return found
