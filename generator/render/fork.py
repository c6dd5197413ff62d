"""Both cores for one document: ``validators.py`` and ``strategies.py`` each compiled in a child.

Input: the ``Api``, the bundled document and the reporter, as ``render`` has them. Output: per
module, what ``render_validators`` / ``render_strategies`` would have produced here -- the
module's source, already laid out (``format.Formatted``, which the format stage
passes through), the keys it left unchecked or skipped and the warnings it reported -- while this
process renders and lays out the templates. Why: the two code compilers and the layout of their
output are most of a document's CPU time, and neither reads the other's output. Each child is a
fork (``specloom.forked``), so it reads the IR and the document from memory (nothing large is
copied), runs the very same code, and answers in JSON: the output is the serial output, byte for
byte (``tests/pipeline/test_parallel_render.py`` compares them). A child that fails in any way
is replaced by the serial call here, which then fails (or not) as a serial run does. A large
document's strategies start earlier still (``ahead``): in a child forked once the document is
prepared, which builds its own IR.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from specloom.diagnostics import Reporter, SpecError, from_rows, to_rows
from specloom.forked import Child

if TYPE_CHECKING:
    from specloom.ir.nodes import Api
    from specloom.resolve import Resolved
    from specloom.subset import Subset

Kind = Literal["validators", "strategies"]


def _job(kind: Kind, api: Api, document: dict[str, Any], reporter: Reporter | None) -> dict[str, Any]:
    """In the child: the module compiled and laid out, and what it recorded, as JSON."""
    from specloom import format as fmt
    from specloom.render import render_module

    before = len(reporter.diagnostics) if reporter is not None else 0
    recorded: dict[str, str] = {}  # without a reporter neither compiler records anything
    try:
        source = render_module(kind, api, document, reporter, recorded if reporter is not None else None)
    except SpecError as exc:  # raised by the parent, as the serial call raises it
        return {"errors": to_rows(exc.diagnostics)}
    new = reporter.diagnostics[before:] if reporter is not None else []
    counted, blacked = Counter(fmt.STATS), len(fmt.BLACKED)
    _, laid = fmt.format_one((PurePosixPath(api.package) / f"{kind}.py", source))
    stats = dict(fmt.STATS - counted)
    return {"source": laid, "recorded": recorded, "warnings": to_rows(new), "stats": stats, "blacked": [str(p) for p in fmt.BLACKED[blacked:]]}


def ahead(resolved: Resolved, subset: Subset, reporter: Reporter, *, lenient: bool) -> Child:
    """``strategies.py`` compiled in a child forked now, as soon as the document is prepared.

    Why: before the build can fork its other children, this process checks the schemas'
    defaults and examples, compiles the validators lint and the testing kit check values with,
    and builds the IR (Spree about 0.6 s, Square more than 2 s, the second core idle). The
    strategy compiler needs none of it (the defaults' and examples' check only moves those
    annotations, which it never reads): the child selects the subset and
    builds the IR itself, without the testing kit (``build_ir(kit=False)``: the same names,
    the IR being deterministic), then compiles and lays out the module as ``_job`` does. Its
    answer is read by ``render`` through an ``Elsewhere``, so a failed child is the serial call."""
    return Child(partial(_ahead_job, resolved, subset, reporter, lenient))


def _ahead_job(resolved: Resolved, subset: Subset, reporter: Reporter, lenient: bool) -> dict[str, Any]:
    from specloom.ir.build import build_ir
    from specloom.subset import select

    resolved = select(resolved, subset, reporter)
    api = build_ir(resolved, reporter, lenient=lenient, kit=False)
    return _job("strategies", api, resolved.data, reporter)


class Elsewhere:
    """One module being compiled in a child; ``result()`` merges it back."""

    def __init__(self, kind: Kind, api: Api, document: dict[str, Any], reporter: Reporter | None, child: Child | None = None) -> None:
        """``kind`` compiled in a child forked now (reading the IR and the document it inherits),
        or by ``child``, already at work (``ahead``)."""
        self.kind, self.api, self.document, self.reporter = kind, api, document, reporter
        self.child: Child | None = child if child is not None else Child(partial(_job, kind, api, document, reporter))

    def result(self, recorded: dict[str, str] | None) -> str:
        """The module's source; ``recorded`` (unchecked or skipped keys) and the reporter get what
        the child recorded, in its order. Raises the child's ``SpecError``."""
        assert self.child is not None, "result() is read once"
        answer = self.child.result()
        self.child = None
        if not isinstance(answer, dict):  # the child failed: the serial call, here
            from specloom.render import render_module

            return render_module(self.kind, self.api, self.document, self.reporter, recorded)
        if "errors" in answer:
            raise SpecError(from_rows(answer["errors"]))
        from specloom import format as fmt

        fmt.STATS.update(answer["stats"])
        fmt.BLACKED.extend(PurePosixPath(p) for p in answer["blacked"])
        if recorded is not None:
            recorded.update(answer["recorded"])
        if self.reporter is not None:
            self.reporter.diagnostics.extend(from_rows(answer["warnings"]))
        return fmt.Formatted(answer["source"])

    def abandon(self) -> None:
        if self.child is not None:
            self.child.abandon()
            self.child = None
