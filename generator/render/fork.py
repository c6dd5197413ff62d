"""Both cores for one document: the strategies module compiled in a forked process.

Input: the ``Api``, the bundled document and the reporter, as ``render`` has them. Output: a
handle whose ``result()`` is what ``render_strategies`` would have produced here -- the module's
source, the skipped artefacts and the warnings it reported -- while this process renders the
templates and compiles ``validators.py``. Why: the two code compilers are the largest CPU costs of a
big document and neither reads the other's output. The child is forked, so it reads the IR and
the document from memory (nothing large is pickled) and runs the very same code: the output is the
serial output, byte for byte (``tests/pipeline/test_parallel_render.py`` compares them). The child
also lays the module out and parses it (``format.format_one``; the result is ``format.Formatted``,
which the format stage passes through), so that work is off this process too.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from specloom.diagnostics import Diagnostic, Reporter, SpecError
from specloom.ir.nodes import Api

Job = tuple[Api, dict[str, Any], Reporter | None]
_JOB: Job | None = None  # read by the forked child: set just before the fork, cleared after


@dataclass(frozen=True, slots=True)
class Outcome:
    source: str
    skipped: dict[str, str]
    warnings: list[Diagnostic]
    errors: list[Diagnostic]
    stats: dict[str, int] = field(default_factory=dict)  # the child's ``format.STATS`` counts
    blacked: list[PurePosixPath] = field(default_factory=list)


def _strategies() -> Outcome:
    from specloom.render import render_strategies

    assert _JOB is not None
    api, document, reporter = _JOB
    before = len(reporter.diagnostics) if reporter is not None else 0
    skipped: dict[str, str] = {}
    try:
        source = render_strategies(api, document, skipped if reporter is not None else None, reporter)
    except SpecError as exc:  # not pickled as is: its constructor takes diagnostics, not text
        return Outcome("", {}, [], list(exc.diagnostics))
    new = reporter.diagnostics[before:] if reporter is not None else []
    # laid out and parsed here too, while the parent renders: the module is the largest one
    from specloom import format as fmt

    counted, blacked = Counter(fmt.STATS), len(fmt.BLACKED)
    _, laid = fmt.format_one((PurePosixPath(api.package) / "strategies.py", source))
    return Outcome(fmt.Formatted(laid), skipped, new, [], dict(fmt.STATS - counted), fmt.BLACKED[blacked:])


class Strategies:
    """The strategies module being compiled in a child; ``result()`` merges it back."""

    def __init__(self, api: Api, document: dict[str, Any], reporter: Reporter | None) -> None:
        global _JOB
        self.reporter = reporter
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        _JOB = (api, document, reporter)
        try:
            self.future: Future[Outcome] = self.pool.submit(_strategies)  # forks here
        finally:
            _JOB = None

    def result(self, skipped: dict[str, str] | None) -> str:
        """The source; ``skipped`` and the reporter get what the child recorded, in its order."""
        try:
            outcome = self.future.result()
        finally:
            self.pool.shutdown()
        if outcome.errors:
            raise SpecError(outcome.errors)
        from specloom import format as fmt

        fmt.STATS.update(outcome.stats)
        fmt.BLACKED.extend(outcome.blacked)
        if skipped is not None:
            skipped.update(outcome.skipped)
        if self.reporter is not None:
            self.reporter.diagnostics.extend(outcome.warnings)
        return outcome.source

    def abandon(self) -> None:
        self.pool.shutdown(cancel_futures=True)
