"""How one spec is read and built: ``--lenient``, overlays, limits, ``$ref`` roots, ``--strict``, subset.

Input: flags and ``[tool.specloom]``. Output: an ``Options`` value. Why a module of its own: the
command line, the config reader and the build cache need this small record on every run, and
``specloom.check`` (where it used to live) pulls in the rules, the regex checks and the runtime;
a run whose specs all come from the build cache never needs those.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from specloom.load import DEFAULT_LIMITS, Limits
from specloom.subset import EVERYTHING, Subset


@dataclass(frozen=True, slots=True)
class Options:
    """How a spec is read and built: ``--lenient`` repairs, ``--overlay`` files applied first (in order),
    size limits, ``$ref`` roots, ``--strict``, and the ``--operations``/``--tags`` subset."""

    lenient: bool = False
    overlays: tuple[Path, ...] = ()
    limits: Limits = DEFAULT_LIMITS  # size bounds for every file read (``--limit``)
    ref_roots: tuple[Path, ...] = ()  # folders ``$ref``s may read besides the spec's own (``--allow-ref-root``)
    strict: bool = False  # a degraded artefact is an error, not a warning (``--strict``)
    subset: Subset = EVERYTHING  # only these operations and what they reach (``--operations``, ``--tags``)
    package_prefix: str = "generated"  # the import name of the output folder (``--package-prefix``), for docs


DEFAULT = Options()
