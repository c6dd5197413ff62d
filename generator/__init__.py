"""specloom's generator: OpenAPI 3.1 specs -> typed clients, compiled validators, property tests.

The stages live one per module; ``specloom.pipeline`` shows them in order.
"""

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # ``generator.compile_validator`` without importing the compiler on every CLI start
    if name == "compile_validator":
        from specloom.validation import compile_validator

        return compile_validator
    raise AttributeError(name)
