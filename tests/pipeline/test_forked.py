"""``specloom.forked.Child``: a job's JSON answer from a forked child, or None however it failed."""

from __future__ import annotations

import os
import sys
import time

import pytest

from specloom.forked import Child

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")


def test_the_answer_comes_back_and_is_computed_in_another_process() -> None:
    here = os.getpid()
    child = Child(lambda: {"pid": os.getpid(), "none": None, "text": "é\n" * 3})
    answer = child.result()
    assert answer is not None
    assert answer["pid"] != here and answer["none"] is None and answer["text"] == "é\n" * 3
    assert child.pid == 0  # waited for: no zombie left


def test_a_job_may_answer_none() -> None:
    assert Child(lambda: None).result() is None  # indistinguishable from a failure: callers redo it


def test_a_large_answer_is_read_whole() -> None:
    """More than a pipe holds (64 KiB): the child blocks on writing until the parent reads."""
    assert Child(lambda: "x" * 3_000_000).result() == "x" * 3_000_000


@pytest.mark.parametrize(
    "job",
    [lambda: 1 / 0, lambda: os._exit(7), lambda: {1, 2}, lambda: sys.exit(0)],
    ids=["raises", "dies", "not-json", "exits"],
)
def test_a_failed_child_answers_none(job: object) -> None:
    assert Child(job).result() is None  # type: ignore[arg-type]


def test_abandon_kills_a_running_child() -> None:
    child = Child(lambda: time.sleep(600))  # waited for instead of killed, the test would hang
    pid = child.pid
    child.abandon()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no such child any more
    assert child.result() is None


@pytest.mark.parametrize("failing", ["fork", "pipe"])
def test_a_fork_that_cannot_happen_is_a_failed_child_and_leaks_no_descriptor(monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    """Out of memory or processes (``fork`` raising ENOMEM/EAGAIN) or of file descriptors: the
    caller gets None and does the job itself, as for a child that died. Until 2026-12-07 the
    error ended the build and the pipe's two descriptors stayed open."""
    import errno

    def refused(*args: object) -> object:
        raise OSError(errno.EAGAIN if failing == "fork" else errno.EMFILE, "refused")

    opened = len(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, failing, refused)
    child = Child(lambda: 1)
    assert child.pid == 0 and child.result() is None
    child.abandon()  # nothing to stop
    assert len(os.listdir("/proc/self/fd")) == opened
