"""Installed distributions' versions (name -> version), read from ``*.dist-info`` folder names.

The build cache keys, the shipped metaschemas and templates and ``--version`` all ask which
version of a library is installed. ``importlib.metadata`` answers that at a price a small
document notices: importing it pulls in ``email``, ``zipfile``, ``socket`` and more (about 15 ms),
and each ``version()`` scans every ``sys.path`` entry again (about 3 ms a name): 45-50 ms of a
0.25 s ``generate``. A wheel install records ``{name}-{version}.dist-info`` (the name with
``-``/``.`` written as ``_``), so one listing of each ``sys.path`` folder, in path order as
``importlib.metadata`` searches, answers every name. A name not found that way (an ``.egg-info``,
a zip on the path) is asked of ``importlib.metadata``, which stays the authority; the test
compares both on every installed distribution.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache

_SUFFIX = ".dist-info"


def normal(name: str) -> str:
    """The PEP 503 normal form of a distribution name, as ``_``: ``PyYAML`` -> ``pyyaml``."""
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def _listed() -> dict[str, str]:
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:  # a zip, a missing folder: importlib.metadata's business
            continue
        for item in names:
            if not item.endswith(_SUFFIX):
                continue
            name, dash, release = item[: -len(_SUFFIX)].partition("-")
            if dash and release:
                found.setdefault(normal(name), release)  # the first on the path wins, as for imports
    return found


def version(name: str) -> str | None:
    """The installed version of distribution ``name``, or None when it is not installed."""
    listed = _listed().get(normal(name))
    if listed is not None:
        return listed
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
