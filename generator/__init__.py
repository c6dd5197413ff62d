"""specloom's generator: OpenAPI 3.1 specs -> typed clients, compiled validators, property tests.

The stages live one per module; ``specloom.pipeline`` shows them in order.
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from specloom.validation import compile_validator as compile_validator
else:

    def __getattr__(name: str) -> object:
        # ``specloom.compile_validator`` without importing the compiler on every CLI start. Only
        # at run time: a module-level __getattr__ seen by mypy would type every unknown
        # ``from specloom import X`` as ``object`` instead of reporting it.
        if name == "compile_validator":
            from specloom.validation import compile_validator

            return compile_validator
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
