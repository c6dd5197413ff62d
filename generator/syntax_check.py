"""The templates' modules -> whether each is Python, decided in a forked child while this process
lays them out.

Input: ``{path: source}`` as the templates rendered it (``render``, on a large document's
parallel path). Output: nothing, or ``format.FormatError`` naming the first module that does not
compile, with the error and its line, exactly as the format stage raises it when it checks them
itself (``format.statement_runs``, used here too).

Why: compiling every module is the check that a template did not write broken Python before a
file is written. On a large document it is CPU in the one process whose path is the run's: the
largest corpus document's templates' modules (6.8 MB) took 0.7 s to compile, after the
validators' and the strategies' children were done, while this process still laid them out.
Here a child compiles them meanwhile, and the layout (``format.format_one(checked=True)``)
reads each module once.
A child that fails in any way (killed, out of memory) is replaced by the check here, so the
verdict is always the serial one; where forking is not possible, or the modules are small
(``FORK_BYTES``), the check runs here, when the verdict is asked for.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from specloom.forked import Child, can_fork

# Below this much source the check stays here: a child costs more than it saves (interleaved
# runs on 2026-12-07, medians, without -> with the child, on corpus documents whose templates
# write 0.5 MB: 0.62 -> 0.64 s of 20; 1.0 MB: 0.80 -> 0.77 s of 10; 6.8 MB: 4.3 -> 3.5 s of 4)
FORK_BYTES = 750_000


class Checked:
    """The syntax of ``files``' Python modules, checked by a child started now (when they are
    ``FORK_BYTES`` or more); ``verdict()`` raises ``FormatError`` for a module that is not Python."""

    def __init__(self, files: dict[PurePosixPath, str]) -> None:
        self.files = {path: source for path, source in files.items() if path.suffix == ".py" and source}
        large = sum(map(len, self.files.values())) >= FORK_BYTES
        self.child = Child(self._first_error) if large and can_fork() else None

    def _first_error(self) -> str:
        """The first module's ``FormatError`` message, or "" when every module compiles."""
        from specloom.format import FormatError, statement_runs

        try:
            for path, source in sorted(self.files.items()):
                statement_runs(path, source)
        except FormatError as exc:
            return str(exc)
        return ""

    def verdict(self) -> None:
        """Wait for the child; raise ``FormatError`` when a module does not compile."""
        from specloom.format import FormatError

        answer = self.child.result() if self.child is not None else None
        self.child = None
        if not isinstance(answer, str):  # no child (small, or no fork), or it failed: the check here
            answer = self._first_error()
        if answer:
            raise FormatError(answer)

    def abandon(self) -> None:
        """Stop the child (the build failed or is interrupted): no verdict is needed."""
        if self.child is not None:
            self.child.abandon()
            self.child = None
