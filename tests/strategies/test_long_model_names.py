"""Model strategies with long class names are laid out as black lays them out.

Published documents name inline schemas by their path (``CollaborationAcceptanceRequirements
StatusTermsOfServiceRequirementTermsOfService``): the ``_m`` constant's line and the
``models_<name>()`` header were then too long for the strategy compiler's own layout, and a
large document's whole strategies module (50,000 lines) went through black, the slowest step of
generating it. Black judges the module here: it must change nothing.
"""

from __future__ import annotations

import black

from specloom.format import _too_long, black_mode
from specloom.strategies.module import render_module

LONG = "CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementTermsOfServiceWithSomeMore"


def test_long_model_names_need_no_black() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    document = {"components": {"schemas": {LONG: schema, "Short": schema}}}
    pointers = [f"/components/schemas/{n}" for n in (LONG, "Short")]
    entries = [(LONG, "long_entry", pointers[0]), ("Short", "short", pointers[1])]
    for name in (LONG, LONG[:60], LONG[:75], "Short"):
        source = render_module(document, entries, [(name, pointers[0], pointers[0])], source_file="doc.json")
        assert not _too_long(source), name  # nothing left long: not sent through black
        assert black.format_str(source, mode=black_mode()) == source, name
