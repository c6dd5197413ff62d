"""The call graph of the generated functions: which lie on a cycle, and what reaches one.

Input: function numbers and their call edges. Output: the functions on a call cycle (Tarjan's
strongly connected components, iterative so deep schemas do not hit Python's recursion limit), and
whether an entry point reaches one. Why: an entry point that can recurse gets a wrapper turning
``RecursionError`` into ``RecursionLimitError``; the others are exposed directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["cyclic", "reachable", "reaches"]


def cyclic(nodes: Iterable[int], edges: Mapping[int, set[int]]) -> set[int]:
    """Function numbers that lie on a call cycle (Tarjan's strongly connected components)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on: set[int] = set()
    result: set[int] = set()
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            u, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(edges.get(w, ())))))
                    break
                if w in on:
                    low[u] = min(low[u], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[u])
                if low[u] == index[u]:
                    scc = []
                    while True:
                        x = stack.pop()
                        on.discard(x)
                        scc.append(x)
                        if x == u:
                            break
                    if len(scc) > 1 or u in edges.get(u, ()):
                        result.update(scc)
    return result

def reachable(edges: Mapping[int, set[int]], starts: Iterable[int]) -> set[int]:
    """The functions a call path leads to from ``starts`` (``starts`` included)."""
    found = set(starts)
    todo = list(found)
    while todo:
        for w in edges.get(todo.pop(), ()):
            if w not in found:
                found.add(w)
                todo.append(w)
    return found


def reaches(edges: Mapping[int, set[int]], start: int, targets: set[int]) -> bool:
    """Whether a call path leads from ``start`` to one of ``targets``."""
    seen, todo = {start}, [start]
    while todo:
        u = todo.pop()
        if u in targets:
            return True
        for w in edges.get(u, ()):
            if w not in seen:
                seen.add(w)
                todo.append(w)
    return False
