"""Format stage: rendered sources -> black-formatted sources (black pinned, called in-process).

Input/output: ``{path: source}``. Templates already emit nearly black-stable code, so black mostly
confirms; it is still the slowest stage (the pipeline runs specs in parallel processes). A source black cannot parse is a generator bug and is reported with the file's name.
"""

from __future__ import annotations

from pathlib import PurePosixPath

import black
from black.mode import TargetVersion

# The validator compiler writes its own canonical layout (one check per line); black would only
# rewrap long lines, at about 70% of the whole generation time. The strategy compiler lays its
# lines out as black does (``generator.strategies.writer.layout``; a test keeps them black-stable).
UNFORMATTED = frozenset({"validators.py", "strategies.py"})

MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})


class FormatError(Exception):
    """black rejected generated code (a template bug, never a spec problem)."""


def _format_one(item: tuple[PurePosixPath, str]) -> tuple[PurePosixPath, str]:
    path, source = item
    if path.suffix != ".py" or not source or path.name in UNFORMATTED:
        return path, source
    try:
        return path, black.format_str(source, mode=MODE)
    except Exception as exc:  # black raises several unrelated types for unparsable input
        raise FormatError(f"generated {path} is not valid Python ({type(exc).__name__}: {exc})") from None


def format_sources(files: dict[PurePosixPath, str]) -> dict[PurePosixPath, str]:
    """Format every Python file; the result keeps the input's keys."""
    return dict(map(_format_one, sorted(files.items())))
