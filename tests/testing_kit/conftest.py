"""Every testing-kit test that takes ``mode`` runs twice: with ``Client`` and with ``AsyncClient``."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """``"sync"`` or ``"async"``: which generated client drives the fake."""
    return str(request.param)
