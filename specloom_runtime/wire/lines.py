"""Lines of an untrusted file, none read past a bound: a stream -> its lines, or ``LineTooLong``.

Input: an open stream, text or bytes (a customer list, a sandbox's seed file, a payload file), a
name for messages and the bound. Output: its lines in order, each at most ``limit`` long, or
``LineTooLong`` (a ``ValueError`` naming the line) at the first longer one; nothing after it is
read. Why: ``for line in stream`` reads a line whole however long it is, so a file without line
breaks (``/dev/zero``, a dump cut short) was read until memory ran out. One helper for
``specloom sync``, ``specloom serve --seed`` and ``specloom validate``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import IO, AnyStr

__all__ = ["LineTooLong", "bounded_lines"]


class LineTooLong(ValueError):
    """Line ``line`` of ``name`` runs over the bound; the rest of the stream is not read."""

    def __init__(self, name: str, line: int, limit: int, unit: str) -> None:
        super().__init__(f"{name}: line {line} runs over {limit} {unit} without a line break; the rest is not read")
        self.line = line


def bounded_lines(stream: IO[AnyStr], name: str, limit: int, first: int = 1) -> Iterator[AnyStr]:
    """The lines of ``stream``, numbered from ``first`` for ``LineTooLong``, none read past
    ``limit`` characters (bytes for a binary stream)."""
    for number in itertools.count(first):
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            raise LineTooLong(name, number, limit, "bytes" if isinstance(line, bytes) else "characters")
        yield line
