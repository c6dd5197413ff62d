"""``specloom_runtime.sync``: push records into any API whose spec declares ``x-specloom-sync``.

Inside: ``spec`` (``SyncSpec``/``SyncOp``, what a generated ``client.SYNC`` declares).
"""

from __future__ import annotations

from specloom_runtime.sync.spec import SyncOp, SyncSpec

__all__ = ["SyncOp", "SyncSpec"]
