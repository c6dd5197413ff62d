"""The intermediate representation: frozen facts about one API, built from a resolved spec.

``nodes`` and ``nodes_kit`` hold the dataclasses (``Api`` at the top); ``build`` makes an ``Api``
from a spec, helped by ``schema`` (models), ``operations`` (client methods; ``bodies`` reads
their request bodies, ``kinds`` what a schema can hold), ``decode_plan`` (how answers are read),
``kit``/``kit_shape``/``samples``/``synth`` (the testing kit's fake server) and ``sync``
(``x-specloom-sync``); ``schema_check`` checks the kit's samples against their schemas.
"""
