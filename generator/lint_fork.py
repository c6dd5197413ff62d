"""Both cores from the start: lint's checks run in a forked process while this one builds.

Input: the document as lint's first half leaves it (``check.prepare``: loaded, its skeleton
checked, normalised, ``$ref``s resolved) and its reporter. Output: what lint's second half
(``check.verify``: the metaschemas, the vocabulary, the rules, the semantic checks) finds on it,
spliced into the reporter where a serial ``lint`` puts it, so the diagnostics, their order and
the exit status are the serial run's. When it finds an error, that error is raised, with lint's
warnings only, whatever the build did meanwhile: as if the build had never started.

Why: ``verify`` only reads the document and only adds diagnostics (a test checks that it leaves
the document as it found it), and nothing the build does reads them before the end. It is a
tenth to a fifth of a whole run, on a five-operation document as on a 300-operation one, and
the build leaves the second core idle until the strategies are compiled.

A plain ``os.fork`` and a pipe carrying JSON, not ``multiprocessing``: a small document's run
takes about 0.2 s, and importing ``multiprocessing`` and ``pickle`` costs ~10 ms of that. If the
child fails in any way (killed, an internal error), the checks run again here, so such a
failure is reported as a serial run reports it.
"""

from __future__ import annotations

import json
import os
import sys

from specloom.check import verify
from specloom.diagnostics import Diagnostic, Reporter, SpecError
from specloom.resolve import Resolved


def can_fork() -> bool:
    """True where the checks may run in a forked child (Linux: fork is cheap and safe there)."""
    return sys.platform == "linux" and hasattr(os, "fork")


class Verified:
    """``check.verify`` of a prepared document, started now (in a child when ``fork``), joined by
    ``finish()``: call it once the build is done, and in the build's error path too."""

    def __init__(self, resolved: Resolved, reporter: Reporter, *, lenient: bool, fork: bool) -> None:
        self.resolved, self.reporter, self.lenient = resolved, reporter, lenient
        self.before = len(reporter.diagnostics)
        self.pid = 0
        self.fd = -1
        if not fork:
            verify(resolved, reporter, lenient=lenient)  # serial: raises now, as lint does
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: check, report, leave without running any cleanup of the parent's
            os.close(read)
            os._exit(self._child(write))
        os.close(write)
        self.pid, self.fd = pid, read

    def _child(self, fd: int) -> int:
        payload = b"null"
        try:
            try:
                verify(self.resolved, self.reporter, lenient=self.lenient)
            except SpecError:
                pass  # its diagnostics are in the reporter; the parent decides
            found = self.reporter.diagnostics[self.before :]
            payload = json.dumps([[d.file, d.line, d.pointer, d.message, d.severity] for d in found]).encode()
        except BaseException:  # noqa: BLE001 - the parent checks again and reports it as a serial run would
            payload = b"null"
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(payload)
        except BaseException:  # noqa: BLE001 - a parent gone away: nothing left to tell
            return 1
        return 0

    def abandon(self) -> None:
        """Stop the child (the run is being interrupted): nothing is waited for or reported."""
        if self.pid:
            os.kill(self.pid, 9)  # SIGKILL (the signal module would be one more import)
            os.close(self.fd)
            os.waitpid(self.pid, 0)
            self.pid = 0

    def finish(self) -> int:
        """Splice the checks' diagnostics in and return how many; raise ``SpecError`` when they
        found an error."""
        if not self.pid:
            return 0
        with os.fdopen(self.fd, "rb") as pipe:
            data = pipe.read()
        os.waitpid(self.pid, 0)
        self.pid = 0
        found = _decode(data)
        if found is None:  # the child failed: check here, on the reporter as lint left it
            found = self._again()
        diagnostics = self.reporter.diagnostics
        diagnostics[self.before : self.before] = found
        linted = diagnostics[: self.before + len(found)]
        if any(d.severity == "error" for d in found):
            raise SpecError([d for d in linted if d.severity == "error"], [d for d in linted if d.severity == "warning"])
        return len(found)

    def _again(self) -> list[Diagnostic]:
        r = self.reporter
        alone = Reporter(r.file, r.lines, list(r.diagnostics[: self.before]), r.origins, r.files)
        try:
            verify(self.resolved, alone, lenient=self.lenient)
        except SpecError:
            pass
        return alone.diagnostics[self.before :]


def _decode(data: bytes) -> list[Diagnostic] | None:
    try:
        rows = json.loads(data)
        if rows is None:
            return None
        return [Diagnostic(str(f), int(n), str(p), str(m), "warning" if s == "warning" else "error") for f, n, p, m, s in rows]
    except (ValueError, TypeError):  # cut short: the child died while writing
        return None
