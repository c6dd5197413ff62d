"""A job run in a forked child process, its JSON result read back: the other core for one stage.

Input: a function of no arguments whose result is JSON (it reads whatever it needs from memory:
the child is a fork, so the IR and the document are there without being copied or pickled).
Output: that result, or None when the child failed in any way (killed, out of memory, an
exception, a result cut short); callers then do the job themselves, so a failed child costs time,
never a different outcome.

Why not ``multiprocessing``: importing it (and ``pickle``, ``socket``...) costs ~10 ms, a
twentieth of a small document's whole run, and its pool adds a process start-up and a queue. A
plain ``os.fork`` and a pipe are enough for one job and one answer. Linux only (``can_fork``):
forking is cheap and safe there; elsewhere the stages run one after the other.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

_SIGKILL = 9  # the signal module would be one more import


def can_fork() -> bool:
    """True where a stage may run in a forked child."""
    return sys.platform == "linux" and hasattr(os, "fork")


class Child:
    """``job()`` running in a forked child from construction; ``result()`` waits for its value."""

    def __init__(self, job: Callable[[], Any]) -> None:
        self.pid, self.fd = 0, -1  # no child: ``result()`` is None, and the caller does the job
        try:
            read, write = os.pipe()
        except OSError:  # out of file descriptors
            return
        try:
            pid = os.fork()
        except OSError:  # out of memory or processes (ENOMEM, EAGAIN): as a child that failed
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: run, answer, leave without any of the parent's clean-up
            os.close(read)
            os._exit(_answer(job, write))
        os.close(write)
        self.pid, self.fd = pid, read

    def result(self) -> Any | None:
        """The job's result, or None when the child failed (the caller does the job itself)."""
        if not self.pid:
            return None
        try:
            with os.fdopen(self.fd, "rb") as pipe:
                data = pipe.read()
        finally:
            os.waitpid(self.pid, 0)
            self.pid = 0
        try:
            answer = json.loads(data)
        except ValueError:  # empty or cut short: the child died
            return None
        return answer[0] if isinstance(answer, list) and len(answer) == 1 else None

    def abandon(self) -> None:
        """Stop the child: the run is being interrupted or has failed; nothing is read."""
        if self.pid:
            os.kill(self.pid, _SIGKILL)
            os.close(self.fd)
            os.waitpid(self.pid, 0)
            self.pid = 0


def _answer(job: Callable[[], Any], fd: int) -> int:
    try:
        payload = json.dumps([job()]).encode()  # a list: a job may answer None
    except BaseException:  # noqa: BLE001 - the parent does the job again and fails as it fails
        payload = b"null"
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
    except BaseException:  # noqa: BLE001 - the parent is gone: nobody to tell
        return 1
    return 0
