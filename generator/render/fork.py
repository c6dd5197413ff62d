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

import json
import os
from collections import Counter
from functools import partial
from pathlib import PurePosixPath
from select import PIPE_BUF
from typing import TYPE_CHECKING, Any, Literal

from specloom.diagnostics import Reporter, SpecError, from_rows, to_rows
from specloom.forked import Child
from specloom.schema_checks import Moves, replay

if TYPE_CHECKING:
    from specloom.ir.nodes import Api
    from specloom.resolve import Resolved
    from specloom.subset import Subset

Kind = Literal["validators", "strategies"]


def _job(kind: Kind, api: Api, document: dict[str, Any], reporter: Reporter | None) -> dict[str, Any]:
    """In the child: the module compiled and laid out, and what it recorded, as JSON."""
    from specloom.render import render_module

    before = len(reporter.diagnostics) if reporter is not None else 0
    recorded: dict[str, str] = {}  # without a reporter neither compiler records anything
    try:
        source = render_module(kind, api, document, reporter, recorded if reporter is not None else None)
    except SpecError as exc:  # raised by the parent, as the serial call raises it
        return {"errors": to_rows(exc.diagnostics)}
    new = reporter.diagnostics[before:] if reporter is not None else []
    return {**_laid_out(f"{kind}.py", api, source), "recorded": recorded, "warnings": to_rows(new)}


def ahead(resolved: Resolved, subset: Subset, reporter: Reporter, *, lenient: bool) -> Ahead:
    """``strategies.py`` compiled in a child forked now, as soon as the document is prepared.

    Why: before the build can fork its other children, this process checks the schemas'
    defaults and examples, compiles the validators lint and the testing kit check values with,
    and builds the IR (Spree about 0.6 s, Square more than 2 s, the second core idle). The
    strategy compiler needs none of it (the defaults' and examples' check only moves those
    annotations, which it never reads): the child selects the subset and
    builds the IR itself, without the testing kit (``build_ir(kit=False)``: the same names,
    the IR being deterministic), then compiles and lays out the module as ``_job`` does. Its
    answer is read by ``render`` through an ``Elsewhere``, so a failed child is the serial call.
    Done early, the child may render ``client.py`` too (``Ahead.offer``)."""
    return Ahead(resolved, subset, reporter, lenient)


class Ahead:
    """The strategies' child of ``ahead``, and ``client.py`` offered to it once it is done.

    Why: on a large document this child often finishes while this process still renders and lays
    out the templates (GitHub: its core idle for the last 1.3 s of a 3.1 s run), and the client's
    template reads nothing the testing kit adds. But the child forked before the defaults' and
    examples' checks, which may move a default the client prints: it may render the client only
    once this process has run them and sent what they moved (``offer``), to be replayed on its
    copy. A one-message pipe is the token: whichever process reads the offer first renders the
    client (the child once its strategies are done; this process when it comes to the client
    itself, ``take_back``), so it is rendered once, by whoever is free first."""

    def __init__(self, resolved: Resolved, subset: Subset, reporter: Reporter, lenient: bool) -> None:
        self.offer_fd, write = os.pipe()
        self.write_fd: int | None = write
        self.child = Child(partial(_ahead_job, resolved, subset, reporter, lenient, self.offer_fd, write))
        self.offered = False
        self.client: dict[str, Any] | None = None  # the child's client.py (``Elsewhere.result``)

    @property
    def pid(self) -> int:
        """The child's process id (0 once its answer is read)."""
        return self.child.pid

    def offer(self, moves: Moves) -> None:
        """Let the child render ``client.py``: the defaults' and examples' checks moved ``moves``
        (not offered when they do not fit one atomic pipe write: this process renders it)."""
        message = json.dumps(moves).encode()
        if self.write_fd is not None and len(message) <= _ATOMIC:
            os.write(self.write_fd, message)
            self.offered = True

    def take_back(self) -> bool:
        """True when ``client.py`` is this process's to render: never offered, or the offer
        still unread (now withdrawn); False when the child took it."""
        return not self.offered or _read_offer(self.offer_fd) is not None

    def abandon(self) -> None:
        """Stop the child (if its answer was not read) and close the offer's pipe."""
        self.child.abandon()
        for fd in (self.offer_fd, self.write_fd):
            if fd is not None and fd >= 0:
                os.close(fd)
        self.offer_fd, self.write_fd = -1, None


_ATOMIC = PIPE_BUF  # a pipe write of at most this many bytes is one message (POSIX; Linux: 4096)


def _read_offer(fd: int) -> bytes | None:
    """The offer, if it is there to take (never waits)."""
    os.set_blocking(fd, False)
    try:
        return os.read(fd, _ATOMIC) or None
    except BlockingIOError:
        return None


def _ahead_job(resolved: Resolved, subset: Subset, reporter: Reporter, lenient: bool, offer_fd: int, write_fd: int) -> dict[str, Any]:
    from specloom.ir.build import build_ir
    from specloom.subset import select

    os.close(write_fd)
    selected = select(resolved, subset, reporter)
    api = build_ir(selected, reporter, lenient=lenient, kit=False)
    answer = _job("strategies", api, selected.data, reporter)
    offer = _read_offer(offer_fd) if "errors" not in answer else None
    if offer is not None:  # the client is this process's: as the parent would have built it
        moves = json.loads(offer)
        if moves:
            replay(resolved.data, moves)
            selected = select(resolved, subset, reporter)
            api = build_ir(selected, reporter, lenient=lenient, kit=False)
        from specloom.render import render_template

        answer["client"] = _laid_out("client.py", api, render_template("client.py", api))
    return answer


def _laid_out(name: str, api: Api, source: str) -> dict[str, Any]:
    """A module laid out here, with what the layout counted (``merge`` adds it in the parent)."""
    from specloom import format as fmt

    counted, blacked = Counter(fmt.STATS), len(fmt.BLACKED)
    _, laid = fmt.format_one((PurePosixPath(api.package) / name, source))
    return {"source": laid, "stats": dict(fmt.STATS - counted), "blacked": [str(p) for p in fmt.BLACKED[blacked:]]}


def merge(answer: dict[str, Any]) -> str:
    """A module a child laid out (``_laid_out``): its layout counts added to this process's."""
    from specloom import format as fmt

    fmt.STATS.update(answer["stats"])
    fmt.BLACKED.extend(PurePosixPath(p) for p in answer["blacked"])
    return fmt.Formatted(answer["source"])


class Elsewhere:
    """One module being compiled in a child; ``result()`` merges it back."""

    def __init__(self, kind: Kind, api: Api, document: dict[str, Any], reporter: Reporter | None, early: Ahead | None = None) -> None:
        """``kind`` compiled in a child forked now (reading the IR and the document it inherits),
        or by ``early``'s child, already at work (``ahead``)."""
        self.kind, self.api, self.document, self.reporter, self.early = kind, api, document, reporter, early
        self.child: Child | None = early.child if early is not None else Child(partial(_job, kind, api, document, reporter))

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
        if self.early is not None:
            self.early.client = answer.get("client")
        if recorded is not None:
            recorded.update(answer["recorded"])
        if self.reporter is not None:
            self.reporter.diagnostics.extend(from_rows(answer["warnings"]))
        return merge(answer)

    def abandon(self) -> None:
        if self.child is not None:
            self.child.abandon()
            self.child = None
