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

The child is a ``specloom.forked.Child``. If it fails in any way (killed, an internal
error), the checks run again here, so such a failure is reported as a serial run reports it.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from specloom.check import verify
from specloom.diagnostics import Diagnostic, Reporter, SpecError, from_rows, to_rows
from specloom.forked import Child, can_fork
from specloom.resolve import Resolved

__all__ = ["Verified", "can_fork"]


class Verified:
    """``check.verify`` of a prepared document, started now (in a child when ``fork``), joined by
    ``finish()`` once the build is done, and in the build's error path too. As a context manager
    around the build, it does both: on leaving, ``spliced`` is how many diagnostics it added."""

    def __init__(self, resolved: Resolved, reporter: Reporter, *, lenient: bool, fork: bool) -> None:
        self.resolved, self.reporter, self.lenient = resolved, reporter, lenient
        self.before = len(reporter.diagnostics)
        self.child: Child | None = None
        self.spliced = 0
        if not fork:
            verify(resolved, reporter, lenient=lenient)  # serial: raises now, as lint does
            return
        _compile_value_checks(resolved.data)
        self.child = Child(self._found)

    def _found(self) -> list[list[Any]]:  # in the child, on the reporter it inherited
        return to_rows(self._checked(self.reporter))

    def _checked(self, reporter: Reporter) -> list[Diagnostic]:
        """What ``verify`` adds to ``reporter`` (which holds lint's first half), errors included."""
        try:
            verify(self.resolved, reporter, lenient=self.lenient)
        except SpecError:
            pass  # its diagnostics are in the reporter; the parent decides
        return reporter.diagnostics[self.before :]

    def __enter__(self) -> Verified:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc is None:
            self.spliced = self.finish()  # raises lint's errors; else its warnings are spliced in
        elif isinstance(exc, Exception):
            # lint's errors come first (a build of a document lint refuses may fail); else the
            # build's error, shown with lint's warnings as a serial run shows them
            if self.finish() and isinstance(exc, SpecError):
                raise SpecError(exc.diagnostics, self.reporter.warnings) from None
        else:  # interrupted
            self.abandon()

    @property
    def pid(self) -> int:
        """The child's process id; 0 when the checks ran here or have been joined."""
        return self.child.pid if self.child is not None else 0

    def abandon(self) -> None:
        """Stop the child (the run is being interrupted): nothing is waited for or reported."""
        if self.child is not None:
            self.child.abandon()
            self.child = None

    def finish(self) -> int:
        """Splice the checks' diagnostics in and return how many; raise ``SpecError`` when they
        found an error."""
        if self.child is None:
            return 0
        found = _decode(self.child.result())
        self.child = None
        if found is None:  # the child failed: check here, on a copy of the reporter as lint left it
            r = self.reporter
            found = self._checked(Reporter(r.file, r.lines, list(r.diagnostics[: self.before]), r.origins, r.files))
        diagnostics = self.reporter.diagnostics
        diagnostics[self.before : self.before] = found
        linted = diagnostics[: self.before + len(found)]
        if any(d.severity == "error" for d in found):
            raise SpecError([d for d in linted if d.severity == "error"], [d for d in linted if d.severity == "warning"])
        return len(found)


def _compile_value_checks(data: Any) -> None:
    """Compile here the validators lint's child checks values with (``lint_wire.value_schemas``),
    into the document's shared checks (``validation.checks``): the child inherits them, and the
    testing kit, which compiles nearly the same schemas' validators while the child runs, finds
    them done. Each process compiled them before (on Spree, about 0.45 s of CPU twice). Best
    effort: a failure here is the child's to report, as in a serial run."""
    from specloom.lint_values import compiled_checks
    from specloom.lint_wire import value_schemas

    try:
        compiled_checks(data, value_schemas(data))
    except Exception:  # noqa: BLE001, S110 - verify meets the same failure and reports it
        pass


def _decode(rows: Any) -> list[Diagnostic] | None:
    try:
        return from_rows(rows)
    except (ValueError, TypeError):  # None: the child failed
        return None
