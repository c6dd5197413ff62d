"""``python -m specloom`` is the same as the ``specloom`` console script."""

from specloom.cli import console

raise SystemExit(console())
