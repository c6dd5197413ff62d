"""specloom's generator: OpenAPI 3.1 specs -> typed clients, compiled validators, property tests.

The stages live one per module; ``generator.pipeline`` shows them in order.
"""

__version__ = "0.1.0"
