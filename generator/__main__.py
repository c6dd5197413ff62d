"""``python -m generator`` is the same as the ``specloom`` console script."""

from generator.cli import console

raise SystemExit(console())
