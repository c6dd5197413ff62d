"""``python -m specloom`` is the same as the ``specloom`` console script."""

from specloom.script import console

raise SystemExit(console())
