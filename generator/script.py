"""The ``specloom`` console script and ``python -m specloom``: ``specloom.cli.console``, with the
dataclass methods served from shipped code (``specloom.classcode``), which has to be in place
before ``specloom.cli`` and the modules it imports create their dataclasses."""


def console() -> int:
    """Run the command line on ``sys.argv``; its exit status."""
    from specloom.classcode import use_shipped

    use_shipped()
    from specloom.cli import console as command_line

    return command_line()
