from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'validators_head.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['docline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docline' found.")
    pass
    yield '"""Compiled payload validators of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' (JSON Schema 2020-12, formats asserted).\n\nFor each schema: ``is_valid_<name>(value) -> bool`` stops at the first problem;\n``validate_<name>(value)`` raises ``ValidationError`` listing every problem with its instance\npointer and its location in ``'
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'source_file')))
    yield '``. ``VALIDATORS`` maps a schema name, or\n``<operationId>.request`` / ``<operationId>.response.<status>``, to its validator.\n"""\n\n# A schema that contradicts itself (allOf a string and an object; if a string, then an object)\n# makes checks of types mypy knows cannot match on that path: not an error in a validator.\n# mypy: disable-error-code="comparison-overlap"\n\n'

blocks = {}
debug_info = '1=19&5=21'