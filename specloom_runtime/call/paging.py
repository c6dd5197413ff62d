"""The paging of one ``iter_*`` call: which page to ask next, and when to stop.

Input: a paginated ``OperationSpec``, the caller's arguments and the client's ``max_pages``.
Output: ``Pages``, whose ``next_arguments()`` gives each page request's arguments, ``check(page)``
vets each answer and ``advance(page)`` says whether another page follows
(``answer.pagination_step``: none after an empty or short page).

Why the checks: a server that ignores the page position answers the same full page forever (one
was seen answering 18,978 requests in 20 s). So an iteration stops with ``PaginationError`` when
a page repeats the page before, and after ``max_pages`` pages in any case. The positions are the
client's own (page numbers counted up, offsets moved by the items received), so a position
cannot repeat; a repeated page is the server's way of looping.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from specloom_runtime.call.answer import first_page, pagination_step
from specloom_runtime.call.operation import OperationSpec
from specloom_runtime.errors.limits import PaginationError

__all__ = ["Pages"]

T = TypeVar("T")


class Pages(Generic[T]):
    """One iteration's paging: the arguments of the next page, and the checks that stop it
    (``PaginationError``) when it reached ``max_pages`` or the server repeated a page."""

    __slots__ = ("spec", "current", "max_pages", "count", "previous")

    def __init__(
        self, spec: OperationSpec[list[T]], arguments: Mapping[str, object], max_pages: int
    ) -> None:
        self.spec = spec
        self.current = first_page(spec, arguments)
        self.max_pages = max_pages
        self.count = 0
        self.previous: list[T] | None = None

    def next_arguments(self) -> dict[str, object]:
        """The arguments of the next page request; ``PaginationError`` past ``max_pages``."""
        if self.count >= self.max_pages:
            raise PaginationError(
                self.spec.name,
                self.count,
                f"max_pages={self.max_pages} pages were read and the last one was full; if the "
                f"list is that long, build the client with a larger max_pages=",
            )
        self.count += 1
        return self.current

    def check(self, page: list[T]) -> None:
        """``PaginationError`` when ``page`` repeats the page before (a server ignoring the
        page position would otherwise be asked again without end)."""
        if page and page == self.previous:
            assert self.spec.pagination is not None
            where = f"{self.spec.pagination.page_attr}={self.current.get(self.spec.pagination.page_attr)}"
            raise PaginationError(
                self.spec.name,
                self.count,
                f"the server answered {where} with the same items as the page before: it seems "
                f"to ignore the page position, so iterating would never end",
            )
        self.previous = page

    def advance(self, page: list[T]) -> bool:
        """Move to the page after ``page``; False when there is none."""
        return pagination_step(self.spec, page, self.current)
