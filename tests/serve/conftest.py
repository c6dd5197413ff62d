"""The serve tests that take ``mode`` run twice: against ``Client`` and against ``AsyncClient``."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """``"sync"`` or ``"async"``: which generated client the test drives."""
    return str(request.param)
