"""Jinja's Python source of each template of ``specloom.render``, one module per template.

Written by ``python -m specloom.render.shipped`` (never edit): ``TEMPLATES`` maps a template's
checksum (sha1 of its text) to its module here, ``JINJA2`` is the Jinja version that wrote them.
``specloom.render.shipped`` says why they exist.
"""

JINJA2 = '3.1.6'
TEMPLATES = {
    '4fca24030470883e670cd20b16064e1938b4b991': 't__macros',  # _macros.jinja
    '36d42f9e9d50a2a3279005e0162e9809242673b0': 't_client_py',  # client.py.jinja
    '59df475da0031095c9f316dbf06ced72120600c8': 't_models_py',  # models.py.jinja
    'e75df1579868bd3daef23349aabdeb55d5b13d53': 't_package_init_py',  # package_init.py.jinja
    'e16fb9e7259404899c0f975a0cddc83bf4fd0666': 't_root_init_py',  # root_init.py.jinja
    'f20ed60683f4d6a10d3338309678726e96e24256': 't_test_properties_py',  # test_properties.py.jinja
    'fd574c9b72af81d8a15057976c248ccd55a80c5d': 't_testing_py',  # testing.py.jinja
    '283da71b71effbfe586fee9d85036f1131836f25': 't_validators_head_py',  # validators_head.py.jinja
}
