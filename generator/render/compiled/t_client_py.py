from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_namespace = resolve('namespace')
    l_0_ann = l_0_in_ann = l_0_codec = l_0_args = l_0_values = l_0_doc = l_0_kinds = l_0_shared = missing
    try:
        t_1 = environment.filters['docline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docline' found.")
    try:
        t_2 = environment.filters['docopen']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docopen' found.")
    try:
        t_3 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    try:
        t_6 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('_macros.jinja', 'client.py.jinja')._get_default_module(context)
    l_0_ann = getattr(included_template, 'ann', missing)
    if l_0_ann is missing:
        l_0_ann = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'client.py.jinja') does not export the requested name 'ann'", name='ann')
    l_0_in_ann = getattr(included_template, 'in_ann', missing)
    if l_0_in_ann is missing:
        l_0_in_ann = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'client.py.jinja') does not export the requested name 'in_ann'", name='in_ann')
    l_0_codec = getattr(included_template, 'codec', missing)
    if l_0_codec is missing:
        l_0_codec = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'client.py.jinja') does not export the requested name 'codec'", name='codec')
    context.vars.update({'ann': l_0_ann, 'in_ann': l_0_in_ann, 'codec': l_0_codec})
    context.exported_vars.difference_update(('ann', 'in_ann', 'codec'))
    def macro(l_1_op, l_1_skip):
        t_8 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_skip is missing:
            l_1_skip = ''
        pass
        def t_9(fiter):
            for l_2_p in fiter:
                if ((environment.getattr(l_2_p, 'argument') and (environment.getattr(l_2_p, 'wire_name') != l_1_skip)) and (not environment.getattr(l_2_p, 'optional'))):
                    yield l_2_p
        for l_2_p in t_9(environment.getattr(l_1_op, 'parameters')):
            _loop_vars = {}
            pass
            t_8.extend((
                '        ',
                str(environment.getattr(l_2_p, 'py_name')),
                ': ',
                str((environment.getattr(environment.getattr(l_2_p, 'type'), 'kind') if (environment.getattr(environment.getattr(l_2_p, 'type'), 'kind') in ('str', 'int', 'float', 'bool')) else context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(l_2_p, 'type'), '_m.', _loop_vars=_loop_vars))),
                ',\n',
            ))
        l_2_p = missing
        if (environment.getattr(l_1_op, 'body') and environment.getattr(environment.getattr(l_1_op, 'body'), 'required')):
            pass
            t_8.extend((
                '        body: ',
                str(context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), '_m.')),
                ',\n',
            ))
        def t_10(fiter):
            for l_2_p in fiter:
                if ((environment.getattr(l_2_p, 'argument') and (environment.getattr(l_2_p, 'wire_name') != l_1_skip)) and environment.getattr(l_2_p, 'optional')):
                    yield l_2_p
        for l_2_p in t_10(environment.getattr(l_1_op, 'parameters')):
            _loop_vars = {}
            pass
            t_8.extend((
                '        ',
                str(environment.getattr(l_2_p, 'py_name')),
                ': ',
                str((environment.getattr(environment.getattr(l_2_p, 'type'), 'kind') if (environment.getattr(environment.getattr(l_2_p, 'type'), 'kind') in ('str', 'int', 'float', 'bool')) else context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(l_2_p, 'type'), '_m.', _loop_vars=_loop_vars))),
                str((' | None' if (not environment.getattr(environment.getattr(l_2_p, 'type'), 'nullable')) else cond_expr_undefined("the inline if-expression on line 11 in 'client.py.jinja' evaluated to false and no else section was defined."))),
                ' = None,\n',
            ))
        l_2_p = missing
        if (environment.getattr(l_1_op, 'body') and (not environment.getattr(environment.getattr(l_1_op, 'body'), 'required'))):
            pass
            t_8.extend((
                '        body: ',
                str(context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), '_m.')),
                str((' | None' if (not environment.getattr(environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), 'nullable')) else cond_expr_undefined("the inline if-expression on line 14 in 'client.py.jinja' evaluated to false and no else section was defined."))),
                ' = None,\n',
            ))
        t_8.append(
            '        timeout: float | None = None,\n        headers: Mapping[str, str] | None = None,',
        )
        return concat(t_8)
    context.exported_vars.add('args')
    context.vars['args'] = l_0_args = Macro(environment, macro, 'args', ('op', 'skip'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op, l_1_skip):
        t_11 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_skip is missing:
            l_1_skip = ''
        pass
        t_11.append(
            '{',
        )
        def t_12(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'argument') and (environment.getattr(l_2_p, 'wire_name') != l_1_skip)):
                    yield l_2_p
        l_2_loop = missing
        for l_2_p, l_2_loop in LoopContext(t_12(environment.getattr(l_1_op, 'parameters')), undefined):
            _loop_vars = {}
            pass
            t_11.extend((
                str(t_5(environment.getattr(l_2_p, 'wire_name'))),
                ': ',
                str(environment.getattr(l_2_p, 'py_name')),
                ',',
                str((' ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 20 in 'client.py.jinja' evaluated to false and no else section was defined."))),
            ))
        l_2_loop = l_2_p = missing
        t_11.append(
            '}',
        )
        return concat(t_11)
    context.exported_vars.add('values')
    context.vars['values'] = l_0_values = Macro(environment, macro, 'values', ('op', 'skip'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op):
        t_13 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        t_13.extend((
            '"""',
            str(t_2(t_3((environment.getattr(l_1_op, 'summary') or environment.getattr(l_1_op, 'operation_id')), 8))),
            '\n',
        ))
        if environment.getattr(l_1_op, 'description'):
            pass
            t_13.extend((
                '\n        ',
                str(t_3(environment.getattr(l_1_op, 'description'), 8)),
                '\n',
            ))
        t_13.extend((
            '\n        ``',
            str(environment.getattr(l_1_op, 'method')),
            ' ',
            str(t_1(environment.getattr(l_1_op, 'path'))),
            '`` (operation ``',
            str(t_1(environment.getattr(l_1_op, 'operation_id'))),
            '``)',
        ))
        if environment.getattr(l_1_op, 'server'):
            pass
            t_13.extend((
                ', on its own server ``',
                str(t_1(environment.getattr(l_1_op, 'server'))),
                '`` unless ``base_url`` is given',
            ))
        t_13.append(
            '.\n',
        )
        def t_14(fiter):
            for l_2_p in fiter:
                if environment.getattr(l_2_p, 'argument'):
                    yield l_2_p
        for l_2_p in t_14(environment.getattr(l_1_op, 'parameters')):
            _loop_vars = {}
            pass
            t_13.extend((
                '        ``',
                str(environment.getattr(l_2_p, 'py_name')),
                '``: ',
                str(environment.getattr(l_2_p, 'location')),
                ' ``',
                str(t_1(environment.getattr(l_2_p, 'wire_name'))),
                '``',
            ))
            if environment.getattr(l_2_p, 'description'):
                pass
                t_13.extend((
                    '; ',
                    str(t_1(environment.getattr(l_2_p, 'description'))),
                ))
            t_13.append(
                '\n',
            )
        l_2_p = missing
        if environment.getattr(l_1_op, 'body'):
            pass
            t_13.extend((
                '        ``body``: the request body (',
                str(t_1(environment.getattr(environment.getattr(l_1_op, 'body'), 'media_type'))),
                ')',
            ))
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'envelope'):
                pass
                t_13.extend((
                    ', sent wrapped as ``{"',
                    str(t_1(environment.getattr(environment.getattr(l_1_op, 'body'), 'envelope'))),
                    '": body}``',
                ))
            t_13.append(
                '; ',
            )
            if (environment.getattr(environment.getattr(l_1_op, 'body'), 'kind') == 'bytes'):
                pass
                t_13.append(
                    'the bytes sent as they are (a binary file is read whole).',
                )
            elif (environment.getattr(environment.getattr(l_1_op, 'body'), 'kind') == 'text'):
                pass
                t_13.append(
                    'the text sent (in the charset its media type states, else UTF-8).',
                )
            else:
                pass
                t_13.append(
                    'a model or a mapping of its wire form',
                )
                if environment.getattr(environment.getattr(l_1_op, 'body'), 'files'):
                    pass
                    t_13.append(
                        '; a file field (',
                    )
                    l_2_loop = missing
                    for l_2_f, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_op, 'body'), 'files'), undefined):
                        _loop_vars = {}
                        pass
                        t_13.extend((
                            '``',
                            str(t_1(l_2_f)),
                            '``',
                            str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 35 in 'client.py.jinja' evaluated to false and no else section was defined."))),
                        ))
                    l_2_loop = l_2_f = missing
                    t_13.append(
                        ') takes bytes, text, a binary file or ``(filename, content[, media type])``',
                    )
                t_13.append(
                    '.',
                )
            t_13.append(
                '\n',
            )
        t_13.append(
            '        Raises ``RequestValidationError`` before sending when an argument breaks the spec, and an\n        ``ApiError`` subclass when the answer is a documented or undocumented failure.\n        """',
        )
        return concat(t_13)
    context.exported_vars.add('doc')
    context.vars['doc'] = l_0_doc = Macro(environment, macro, 'doc', ('op',), False, False, False, context.eval_ctx.autoescape)
    yield '"""Typed clients of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ': ``Client`` (sync) and ``AsyncClient`` (async).\n\nBoth take the credentials as keyword arguments (or read them with ``from_env()``), validate\nevery request against the spec before sending it, and return typed results:\n'
    for l_1_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
        _loop_vars = {}
        pass
        yield '``'
        yield str(environment.getattr(l_1_c, 'py_name'))
        yield '`` (environment variable ``'
        yield str(environment.getattr(l_1_c, 'env_var'))
        yield '``)'
        if (environment.getattr(l_1_c, 'location') == 'signature'):
            pass
            yield ': a signing key, never sent'
        else:
            pass
            yield ': sent as '
            yield str(environment.getattr(l_1_c, 'location'))
            yield ' ``'
            yield str(t_1(environment.getattr(l_1_c, 'wire_name')))
            yield '``'
        yield '.\n'
    l_1_c = missing
    yield '"""\n\nfrom __future__ import annotations\n\n'
    l_0_kinds = environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_type_kinds')
    context.vars['kinds'] = l_0_kinds
    context.exported_vars.add('kinds')
    if (('date' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)) or ('datetime' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds))):
        pass
        yield 'import datetime\n'
    yield 'from collections.abc import '
    if ('page' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield 'AsyncIterator, Iterator, '
    yield 'Mapping'
    if ('sequence' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield ', Sequence'
    yield '\n'
    if (('literal' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)) or ('upload' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds))):
        pass
        yield 'from typing import '
        if ('upload' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
            pass
            yield 'IO'
        if (('literal' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)) and ('upload' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds))):
            pass
            yield ', '
        if ('literal' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
            pass
            yield 'Literal'
        yield '\n'
    yield '\nimport httpx\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        pass
        yield 'import specloom_runtime.wire.models as _wire\n'
    yield 'from specloom_runtime.call import (\n    DEFAULT_MAX_PAGES,\n    DEFAULT_MAX_RESPONSE_BYTES,\n    ApiSpec,\n    BaseAsyncClient,\n    BaseClient,\n'
    if ('body' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield '    BodySpec,\n'
    if ('credentials' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield '    CredentialSpec,\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        pass
        yield '    OperationSpec,\n'
    if ('page' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield '    PageSpec,\n'
    if ('params' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield '    ParamSpec,\n'
    if ('forms' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield '    ResponseForm,\n'
    yield '    ResponseMode,\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        pass
        yield '    ResponseSpec,\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
        pass
        yield '    ServerVariable,\n'
    yield '    read_env,\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
        pass
        yield '    server_url,\n'
    yield ')\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'sync'):
        pass
        yield 'from specloom_runtime.sync.spec import SyncOp, SyncSpec\n'
    yield 'from specloom_runtime.wire import '
    if ('json' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield 'JsonValue, '
    yield 'LazyValidators\n'
    if ('models' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield '\nfrom . import models as _m\n'
    yield '\n# The validators module is imported by the first call that validates, not with the client.\n_V = LazyValidators(__name__.rpartition(".")[0] + ".validators")\n\n__all__ = ["AsyncClient", "Client"]\n\n_API = ApiSpec(\n    package='
    yield str(t_5(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ',\n    title='
    yield str(t_5(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ',\n    version='
    yield str(t_5(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield ',\n    server_url='
    yield str(t_5(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_url')))
    yield ',\n    credentials=(\n'
    for l_1_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
        _loop_vars = {}
        pass
        yield '        CredentialSpec(\n            scheme='
        yield str(t_5(environment.getattr(l_1_c, 'scheme')))
        yield ',\n            attr='
        yield str(t_5(environment.getattr(l_1_c, 'py_name')))
        yield ',\n            location='
        yield str(t_5(environment.getattr(l_1_c, 'location')))
        yield ',\n            wire='
        yield str(t_5(environment.getattr(l_1_c, 'wire_name')))
        yield ',\n            env_var='
        yield str(t_5(environment.getattr(l_1_c, 'env_var')))
        yield ',\n            algorithm='
        yield str(t_5(environment.getattr(l_1_c, 'algorithm')))
        yield ',\n            encoding='
        yield str(t_5(environment.getattr(l_1_c, 'encoding')))
        yield ',\n        ),\n'
    l_1_c = missing
    yield '    ),\n)\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
        pass
        yield "# The server URL's variables: each filled in by a constructor keyword (required without a default).\n_SERVER_VARIABLES = (\n"
        for l_1_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            _loop_vars = {}
            pass
            yield '    ServerVariable(\n        name='
            yield str(t_5(environment.getattr(l_1_v, 'name')))
            yield ',\n        attr='
            yield str(t_5(environment.getattr(l_1_v, 'py_name')))
            yield ',\n'
            if environment.getattr(l_1_v, 'default'):
                pass
                yield '        default='
                yield str(t_5(environment.getattr(l_1_v, 'default')))
                yield ',\n'
            if environment.getattr(l_1_v, 'enum'):
                pass
                yield '        enum='
                yield str(t_5(environment.getattr(l_1_v, 'enum')))
                yield ',\n'
            yield '    ),\n'
        l_1_v = missing
        yield ')\n'
    for l_1_op in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        l_1_result = missing
        _loop_vars = {}
        pass
        yield '\n'
        l_1_result = ((str_join(('_m.', environment.getattr(environment.getattr(l_1_op, 'result'), 'model'), )) if (environment.getattr(environment.getattr(l_1_op, 'result'), 'kind') == 'model') else context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_1_op, 'result'), '_m.', _loop_vars=_loop_vars)) if environment.getattr(l_1_op, 'result') else 'None')
        _loop_vars['result'] = l_1_result
        if (t_4(str_join(('_OP_', environment.getattr(l_1_op, 'py_name'), ': OperationSpec[', (undefined(name='result') if l_1_result is missing else l_1_result), '] = (', ))) <= 100):
            pass
            yield '_OP_'
            yield str(t_6(environment.getattr(l_1_op, 'py_name')))
            yield ': OperationSpec['
            yield str((undefined(name='result') if l_1_result is missing else l_1_result))
            yield '] = OperationSpec(\n'
        elif (t_4(str_join(('_OP_', environment.getattr(l_1_op, 'py_name'), ': OperationSpec[', ))) <= 100):
            pass
            yield '_OP_'
            yield str(t_6(environment.getattr(l_1_op, 'py_name')))
            yield ': OperationSpec[\n    '
            yield str((undefined(name='result') if l_1_result is missing else l_1_result))
            yield '\n] = OperationSpec(\n'
        else:
            pass
            yield '_OP_'
            yield str(t_6(environment.getattr(l_1_op, 'py_name')))
            yield ': (\n    OperationSpec['
            yield str((undefined(name='result') if l_1_result is missing else l_1_result))
            yield ']\n) = OperationSpec(\n'
        yield '    name='
        yield str(t_5(environment.getattr(l_1_op, 'operation_id')))
        yield ',\n    method='
        yield str(t_5(environment.getattr(l_1_op, 'method')))
        yield ',\n    path='
        yield str(t_5(environment.getattr(l_1_op, 'path')))
        yield ',\n    params=(\n'
        for l_2_p in environment.getattr(l_1_op, 'parameters'):
            _loop_vars = {}
            pass
            yield '        ParamSpec(\n            wire='
            yield str(t_5(environment.getattr(l_2_p, 'wire_name')))
            yield ',\n            attr='
            yield str(t_5(environment.getattr(l_2_p, 'wire_name')))
            yield ',\n            location='
            yield str(t_5(environment.getattr(l_2_p, 'location')))
            yield ',\n            required='
            yield str(environment.getattr(l_2_p, 'required'))
            yield ',\n            codec='
            yield str(('_wire.PLAIN' if environment.getattr(environment.getattr(l_2_p, 'type'), 'plain') else context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_2_p, 'type'), '_m.', _loop_vars=_loop_vars)))
            yield ',\n            json='
            yield str(environment.getattr(l_2_p, 'json_encoded'))
            yield ',\n'
            if (not t_7(environment.getattr(l_2_p, 'const'))):
                pass
                yield '            const='
                yield str(t_5(environment.getattr(l_2_p, 'const')))
                yield ',\n'
            if (not t_7(environment.getattr(l_2_p, 'client_default'))):
                pass
                yield '            default='
                yield str(t_5(environment.getattr(l_2_p, 'client_default')))
                yield ',\n'
            if environment.getattr(l_2_p, 'validator_key'):
                pass
                yield '            validator=_V['
                yield str(t_5(environment.getattr(l_2_p, 'validator_key')))
                yield '],\n'
            if environment.getattr(l_2_p, 'style'):
                pass
                yield '            style='
                yield str(t_5(environment.getattr(l_2_p, 'style')))
                yield ',\n            explode='
                yield str(environment.getattr(l_2_p, 'explode'))
                yield ',\n'
            yield '        ),\n'
        l_2_p = missing
        yield '    ),\n'
        if environment.getattr(l_1_op, 'body'):
            pass
            yield '    body=BodySpec(\n        media_type='
            yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'media_type')))
            yield ',\n        codec='
            yield str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(environment.getattr(l_1_op, 'body'), 'type'), '_m.', _loop_vars=_loop_vars))
            yield ',\n        required='
            yield str(environment.getattr(environment.getattr(l_1_op, 'body'), 'required'))
            yield ',\n        validator='
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'validator_key'):
                pass
                yield '_V['
                yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'validator_key')))
                yield ']'
            else:
                pass
                yield 'None'
            yield ',\n        envelope='
            yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'envelope')))
            yield ',\n'
            if (environment.getattr(environment.getattr(l_1_op, 'body'), 'kind') != 'json'):
                pass
                yield '        kind='
                yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'kind')))
                yield ',\n'
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'files'):
                pass
                yield '        files=frozenset('
                yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'files')))
                yield '),\n'
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'part_types'):
                pass
                yield '        part_types={\n'
                for (l_2_name, l_2_media) in environment.getattr(environment.getattr(l_1_op, 'body'), 'part_types'):
                    _loop_vars = {}
                    pass
                    yield '            '
                    yield str(t_5(l_2_name))
                    yield ': '
                    yield str(t_5(l_2_media))
                    yield ',\n'
                l_2_name = l_2_media = missing
                yield '        },\n'
            yield '        presence_flags=frozenset('
            yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'presence_flags')))
            yield '),\n'
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'sends_null'):
                pass
                yield '        sends_null=True,\n'
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'client_defaults'):
                pass
                yield '        defaults='
                yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'body'), 'client_defaults')))
                yield ',\n'
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'styles'):
                pass
                yield '        styles={\n'
                for (l_2_name, l_2_style, l_2_explode) in environment.getattr(environment.getattr(l_1_op, 'body'), 'styles'):
                    _loop_vars = {}
                    pass
                    yield '            '
                    yield str(t_5(l_2_name))
                    yield ': ('
                    yield str(t_5(l_2_style))
                    yield ', '
                    yield str(l_2_explode)
                    yield '),\n'
                l_2_name = l_2_style = l_2_explode = missing
                yield '        },\n'
            yield '    ),\n'
        else:
            pass
            yield '    body=None,\n'
        yield '    responses=(\n'
        for l_2_r in environment.getattr(l_1_op, 'responses'):
            _loop_vars = {}
            pass
            yield '        ResponseSpec(\n            status='
            yield str(t_5(environment.getattr(l_2_r, 'status')))
            yield ',\n            forms=(\n'
            for l_3_f in environment.getattr(l_2_r, 'forms'):
                _loop_vars = {}
                pass
                yield '                ResponseForm(\n                    media_type='
                yield str(t_5(environment.getattr(l_3_f, 'media_type')))
                yield ',\n                    codec='
                yield str(('_wire.PLAIN' if environment.getattr(environment.getattr(l_3_f, 'type'), 'plain') else context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_3_f, 'type'), '_m.', _loop_vars=_loop_vars)))
                yield ',\n                    validator='
                if environment.getattr(l_3_f, 'validator_key'):
                    pass
                    yield '_V['
                    yield str(t_5(environment.getattr(l_3_f, 'validator_key')))
                    yield ']'
                else:
                    pass
                    yield 'None'
                yield ',\n'
                if environment.getattr(l_3_f, 'decode_strings'):
                    pass
                    yield '                    decode='
                    yield str(t_5(environment.getattr(l_3_f, 'decode_strings')))
                    yield ',\n'
                yield '                ),\n'
            l_3_f = missing
            yield '            ),\n'
            if environment.getattr(l_2_r, 'error_in_body'):
                pass
                yield '            error_rules='
                yield str(t_5(environment.getattr(l_2_r, 'error_in_body')))
                yield ',\n'
            if environment.getattr(l_2_r, 'item_status'):
                pass
                yield '            item_status='
                yield str(t_5(environment.getattr(l_2_r, 'item_status')))
                yield ',\n'
            yield '        ),\n'
        l_2_r = missing
        yield '    ),\n    credentials='
        yield str(t_5(environment.getattr(l_1_op, 'credentials')))
        yield ',\n    idempotent='
        yield str(environment.getattr(l_1_op, 'idempotent'))
        yield ',\n    returns_value='
        yield str((not t_7(environment.getattr(l_1_op, 'result'))))
        yield ',\n    single_item='
        yield str(environment.getattr(l_1_op, 'single_item'))
        yield ',\n'
        if environment.getattr(l_1_op, 'empty_result'):
            pass
            yield '    empty_result='
            yield str(t_5(environment.getattr(l_1_op, 'empty_result')))
            yield ',\n'
        if environment.getattr(l_1_op, 'response_format'):
            pass
            yield '    response_format='
            yield str(t_5(environment.getattr(l_1_op, 'response_format')))
            yield ',\n'
        if environment.getattr(l_1_op, 'server'):
            pass
            yield '    server='
            yield str(t_5(environment.getattr(l_1_op, 'server')))
            yield ',\n'
        if environment.getattr(l_1_op, 'pagination'):
            pass
            yield '    pagination=PageSpec(\n        style='
            yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'style')))
            yield ',\n        page_attr='
            yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'cursor')))
            yield ',\n        limit_attr='
            yield str(t_5(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'limit_param')))
            yield ',\n        first='
            yield str(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'first'))
            yield ',\n        size='
            yield str(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'page_size'))
            yield ',\n    ),\n'
        yield ')\n'
    l_1_op = l_1_result = missing
    l_0_shared = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), parts=[])
    context.vars['shared'] = l_0_shared
    context.exported_vars.add('shared')
    for l_1_op in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        _loop_vars = {}
        pass
        if not isinstance(l_0_shared, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_shared['parts'] = (environment.getattr((undefined(name='shared') if l_0_shared is missing else l_0_shared), 'parts') + [(context.call((undefined(name='args') if l_0_args is missing else l_0_args), l_1_op, _loop_vars=_loop_vars), context.call((undefined(name='doc') if l_0_doc is missing else l_0_doc), l_1_op, _loop_vars=_loop_vars), context.call((undefined(name='values') if l_0_values is missing else l_0_values), l_1_op, _loop_vars=_loop_vars))])
    l_1_op = missing
    l_1_loop = missing
    for l_1_flavour, l_1_loop in LoopContext(['sync', 'async'], undefined):
        l_1_is_async = missing
        _loop_vars = {}
        pass
        l_1_is_async = (l_1_flavour == 'async')
        _loop_vars['is_async'] = l_1_is_async
        yield '\n\nclass '
        yield str(('AsyncClient' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'Client'))
        yield '('
        yield str(('BaseAsyncClient' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'BaseClient'))
        yield '):\n    """'
        yield str(('Asynchronous' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'Synchronous'))
        yield ' client of '
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield '.\n\n    Use it as a'
        yield str(('n async' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else ''))
        yield ' context manager, or call ``'
        yield str(('aclose' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'close'))
        yield '()`` when done. Credentials\n    are never shown by ``repr``, in exception messages or in log records.\n    """\n\n    def __init__(\n        self,\n        *,\n'
        for l_2_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_c, 'py_name'))
            yield ': str,\n'
        l_2_c = missing
        for l_2_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_v, 'py_name'))
            yield ': str | None = None,\n'
        l_2_v = missing
        yield '        base_url: str | None = None,\n        timeout: float = 30.0,\n        max_retries: int = 2,\n        transport: httpx.'
        yield str(('AsyncBaseTransport' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'BaseTransport'))
        yield ' | None = None,\n        http_client: httpx.'
        yield str(('AsyncClient' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'Client'))
        yield ' | None = None,\n        validate_requests: bool = True,\n        validate_responses: ResponseMode = "warn",\n        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,\n        max_pages: int = DEFAULT_MAX_PAGES,\n    ) -> None:\n        """Build a client.\n\n'
        if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            pass
            yield '        The server is ``'
            yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_url')))
            yield '``: '
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'), undefined):
                _loop_vars = {}
                pass
                yield '``'
                yield str(environment.getattr(l_2_v, 'py_name'))
                yield '`` fills in ``'
                yield str(t_1(str_join(('{', environment.getattr(l_2_v, 'name'), '}', ))))
                yield '``'
                if environment.getattr(l_2_v, 'default'):
                    pass
                    yield ' (default ``'
                    yield str(t_1(environment.getattr(l_2_v, 'default')))
                    yield '``)'
                else:
                    pass
                    yield ' (required unless ``base_url`` is given)'
                if environment.getattr(l_2_v, 'description'):
                    pass
                    yield ', '
                    yield str(t_1(environment.getattr(l_2_v, 'description')))
                yield str(('; ' if (not environment.getattr(l_2_loop, 'last')) else '.'))
            l_2_loop = l_2_v = missing
            yield '\n        ``base_url`` replaces that URL; ``timeout`` is in seconds per\n'
        else:
            pass
            yield '        ``base_url`` defaults to ``'
            yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_url')))
            yield '``; ``timeout`` is in seconds per\n'
        yield '        attempt; ``max_retries`` counts retries (idempotent calls only); ``transport`` (e.g.\n        ``httpx.MockTransport``) or ``http_client`` replace the HTTP layer; ``validate_responses``\n        is ``"off"``, ``"warn"`` (a ``ResponseValidationWarning``) or ``"raise"``;\n        ``max_response_bytes`` caps an answer\'s size once decompressed\n        (``ResponseTooLargeError``); ``max_pages`` caps the pages one ``iter_*`` call requests\n        (``PaginationError``).\n        """\n        super().__init__(\n            _API,\n            {\n'
        for l_2_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
            _loop_vars = {}
            pass
            yield '                '
            yield str(t_5(environment.getattr(l_2_c, 'py_name')))
            yield ': '
            yield str(environment.getattr(l_2_c, 'py_name'))
            yield ',\n'
        l_2_c = missing
        yield '            },\n'
        if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            pass
            yield '            base_url=(\n                base_url\n                if base_url is not None\n                else server_url(\n                    _API,\n                    _SERVER_VARIABLES,\n                    {\n'
            for l_2_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
                _loop_vars = {}
                pass
                yield '                        '
                yield str(t_5(environment.getattr(l_2_v, 'py_name')))
                yield ': '
                yield str(environment.getattr(l_2_v, 'py_name'))
                yield ',\n'
            l_2_v = missing
            yield '                    },\n                )\n            ),\n'
        else:
            pass
            yield '            base_url=base_url,\n'
        yield '            timeout=timeout,\n            max_retries=max_retries,\n            transport=transport,\n            http_client=http_client,\n            validate_requests=validate_requests,\n            validate_responses=validate_responses,\n            max_response_bytes=max_response_bytes,\n            max_pages=max_pages,\n        )\n\n    @classmethod\n    def from_env(\n        cls,\n        *,\n        environ: Mapping[str, str] | None = None,\n'
        for l_2_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_v, 'py_name'))
            yield ': str | None = None,\n'
        l_2_v = missing
        yield '        base_url: str | None = None,\n        timeout: float = 30.0,\n        max_retries: int = 2,\n        transport: httpx.'
        yield str(('AsyncBaseTransport' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'BaseTransport'))
        yield ' | None = None,\n        http_client: httpx.'
        yield str(('AsyncClient' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'Client'))
        yield ' | None = None,\n        validate_requests: bool = True,\n        validate_responses: ResponseMode = "warn",\n        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,\n        max_pages: int = DEFAULT_MAX_PAGES,\n    ) -> '
        yield str(('AsyncClient' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'Client'))
        yield ':\n        """A client whose credentials come from the environment ('
        l_2_loop = missing
        for l_2_c, l_2_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'), undefined):
            _loop_vars = {}
            pass
            yield '``'
            yield str(environment.getattr(l_2_c, 'env_var'))
            yield '``'
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 392 in 'client.py.jinja' evaluated to false and no else section was defined.")))
        l_2_loop = l_2_c = missing
        yield ').\n\n        ``ConfigurationError`` names every variable that is missing. Other options as ``__init__``.\n        """\n'
        if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
            pass
            yield '        found = read_env(_API, environ)\n'
        else:
            pass
            yield '        read_env(_API, environ)\n'
        yield '        return cls(\n'
        for l_2_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_2_c, 'py_name'))
            yield '=found['
            yield str(t_5(environment.getattr(l_2_c, 'py_name')))
            yield '],\n'
        l_2_c = missing
        for l_2_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_2_v, 'py_name'))
            yield '='
            yield str(environment.getattr(l_2_v, 'py_name'))
            yield ',\n'
        l_2_v = missing
        yield '            base_url=base_url,\n            timeout=timeout,\n            max_retries=max_retries,\n            transport=transport,\n            http_client=http_client,\n            validate_requests=validate_requests,\n            validate_responses=validate_responses,\n            max_response_bytes=max_response_bytes,\n            max_pages=max_pages,\n        )\n'
        l_2_loop = missing
        for l_2_op, l_2_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), undefined):
            l_2_op_args = l_2_op_doc = l_2_op_values = missing
            _loop_vars = {}
            pass
            (l_2_op_args, l_2_op_doc, l_2_op_values) = environment.getitem(environment.getattr((undefined(name='shared') if l_0_shared is missing else l_0_shared), 'parts'), environment.getattr(l_2_loop, 'index0'))
            _loop_vars.update({'op_args': l_2_op_args, 'op_doc': l_2_op_doc, 'op_values': l_2_op_values})
            yield '\n    '
            yield str(('async ' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else cond_expr_undefined("the inline if-expression on line 421 in 'client.py.jinja' evaluated to false and no else section was defined.")))
            yield 'def '
            yield str(environment.getattr(l_2_op, 'py_name'))
            yield '(\n        self,\n        *,\n'
            yield str((undefined(name='op_args') if l_2_op_args is missing else l_2_op_args))
            yield '\n    ) -> '
            if environment.getattr(l_2_op, 'result'):
                pass
                yield str((str_join(('_m.', environment.getattr(environment.getattr(l_2_op, 'result'), 'model'), )) if (environment.getattr(environment.getattr(l_2_op, 'result'), 'kind') == 'model') else context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_2_op, 'result'), '_m.', _loop_vars=_loop_vars)))
            else:
                pass
                yield 'None'
            yield ':\n        '
            yield str((undefined(name='op_doc') if l_2_op_doc is missing else l_2_op_doc))
            yield '\n        return '
            yield str(('await ' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else cond_expr_undefined("the inline if-expression on line 427 in 'client.py.jinja' evaluated to false and no else section was defined.")))
            yield 'self._call(_OP_'
            yield str(t_6(environment.getattr(l_2_op, 'py_name')))
            yield ', '
            yield str((undefined(name='op_values') if l_2_op_values is missing else l_2_op_values))
            yield ', '
            yield str(('body' if environment.getattr(l_2_op, 'body') else 'None'))
            yield ', timeout, headers)\n'
            if environment.getattr(l_2_op, 'pagination'):
                pass
                yield '\n    def iter_'
                yield str(environment.getattr(l_2_op, 'py_name'))
                yield '(\n        self,\n        *,\n'
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), l_2_op, environment.getattr(environment.getattr(l_2_op, 'pagination'), 'cursor'), _loop_vars=_loop_vars))
                yield '\n    ) -> '
                yield str(('AsyncIterator' if (undefined(name='is_async') if l_1_is_async is missing else l_1_is_async) else 'Iterator'))
                yield '['
                yield str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(environment.getattr(l_2_op, 'result'), 'item'), '_m.', _loop_vars=_loop_vars))
                yield ']:\n        """Every item of ``'
                yield str(environment.getattr(l_2_op, 'py_name'))
                yield '``, page after page, until the last page.\n\n        Same arguments as ``'
                yield str(environment.getattr(l_2_op, 'py_name'))
                yield '`` except the page position, which the iterator drives\n        ('
                if (environment.getattr(environment.getattr(l_2_op, 'pagination'), 'style') == 'page'):
                    pass
                    yield '``'
                    yield str(t_1(environment.getattr(environment.getattr(l_2_op, 'pagination'), 'page_param')))
                    yield '`` from '
                    yield str(environment.getattr(environment.getattr(l_2_op, 'pagination'), 'first'))
                    yield ', stopping after a page shorter than '
                    yield str(environment.getattr(environment.getattr(l_2_op, 'pagination'), 'page_size'))
                else:
                    pass
                    yield '``'
                    yield str(t_1(environment.getattr(environment.getattr(l_2_op, 'pagination'), 'offset_param')))
                    yield '`` from '
                    yield str(environment.getattr(environment.getattr(l_2_op, 'pagination'), 'first'))
                    yield ' in steps of ``'
                    yield str(t_1(environment.getattr(environment.getattr(l_2_op, 'pagination'), 'limit_param')))
                    yield '`` (default '
                    yield str(environment.getattr(environment.getattr(l_2_op, 'pagination'), 'page_size'))
                    yield '), stopping after a short or empty page'
                yield ').\n        """\n        return self._iterate(_OP_'
                yield str(t_6(environment.getattr(l_2_op, 'py_name')))
                yield ', '
                yield str(context.call((undefined(name='values') if l_0_values is missing else l_0_values), l_2_op, environment.getattr(environment.getattr(l_2_op, 'pagination'), 'cursor'), _loop_vars=_loop_vars))
                yield ', timeout, headers)\n'
        l_2_loop = l_2_op = l_2_op_args = l_2_op_doc = l_2_op_values = missing
    l_1_loop = l_1_flavour = l_1_is_async = missing
    yield '\n\n# The API and its operations as data, for tools that play or inspect them (``testing.py``).\nAPI = _API\n'
    if (t_4(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations')) == 1):
        pass
        yield 'OPERATIONS = (_OP_'
        yield str(t_6(environment.getattr(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), 0), 'py_name')))
        yield ',)\n'
    else:
        pass
        yield 'OPERATIONS = (\n'
        for l_1_op in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
            _loop_vars = {}
            pass
            yield '    _OP_'
            yield str(t_6(environment.getattr(l_1_op, 'py_name')))
            yield ',\n'
        l_1_op = missing
        yield ')\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'sync'):
        pass
        yield '\n# How ``specloom sync`` pushes records into this API (``x-specloom-sync``).\nSYNC = SyncSpec(\n    key='
        yield str(t_5(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'sync'), 'key')))
        yield ',\n'
        for l_1_t in environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'sync'), 'targets'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_1_t, 'role'))
            yield '=SyncOp(\n        operation='
            yield str(t_5(environment.getattr(l_1_t, 'operation_id')))
            yield ',\n        method='
            yield str(t_5(environment.getattr(l_1_t, 'method')))
            yield ',\n        argument='
            yield str(t_5(environment.getattr(l_1_t, 'argument')))
            yield ',\n        id_argument='
            yield str(t_5(environment.getattr(l_1_t, 'id_argument')))
            yield ',\n        id_kind='
            yield str(t_5(environment.getattr(l_1_t, 'id_kind')))
            yield ',\n        id_pointer='
            yield str(t_5(environment.getattr(l_1_t, 'id_pointer')))
            yield ',\n        key_pointer='
            yield str(t_5(environment.getattr(l_1_t, 'key_pointer')))
            yield ',\n        safe='
            yield str(t_5(environment.getattr(l_1_t, 'safe')))
            yield ',\n        fields='
            yield str(t_5(environment.getattr(environment.getattr(l_1_t, 'fields'), 'value')))
            yield ',\n        exists='
            yield str(t_5(environment.getattr(l_1_t, 'exists')))
            yield ',\n        batch='
            yield str(t_5(environment.getattr(l_1_t, 'batch')))
            yield ',\n    ),\n'
        l_1_t = missing
        yield '    rate='
        yield str(t_5(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'sync'), 'rate')))
        yield ',\n    rate_documented='
        yield str(t_5(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'sync'), 'rate_documented')))
        yield ',\n)\n'

blocks = {}
debug_info = '1=56&3=68&4=75&5=84&7=90&8=94&10=97&11=106&13=113&14=117&19=127&20=137&22=159&23=166&24=169&26=173&29=178&30=195&31=204&34=221&35=225&42=285&46=287&47=291&53=308&54=311&57=315&59=323&60=326&65=337&74=341&77=344&80=347&83=350&86=353&89=356&93=360&96=363&100=367&104=371&107=375&108=379&119=383&120=385&121=387&122=389&124=391&126=395&127=397&128=399&129=401&130=403&131=405&132=407&137=411&140=414&142=418&143=420&144=422&145=425&147=427&148=430&154=435&156=440&157=442&160=445&161=449&164=452&165=454&169=459&170=461&173=464&174=466&175=468&177=470&179=474&180=476&181=478&182=480&183=482&184=484&185=486&186=489&188=491&189=494&191=496&192=499&194=501&195=504&196=506&201=511&203=514&204=516&205=518&206=520&207=529&208=531&209=534&211=536&212=539&214=541&216=544&217=548&221=555&222=557&225=560&226=563&228=565&230=568&231=572&240=585&242=589&244=591&246=595&247=597&248=599&249=608&250=611&255=616&256=619&258=621&259=624&264=629&265=631&266=633&267=635&268=637&269=640&271=642&272=645&274=647&275=650&277=652&279=655&280=657&281=659&282=661&283=663&290=667&291=670&292=675&294=678&295=682&298=685&299=689&301=693&308=697&309=701&311=704&312=708&317=712&318=714&326=716&327=719&331=748&343=751&344=755&347=761&355=764&356=768&379=778&380=782&385=786&386=788&391=790&392=793&396=802&402=809&403=813&405=818&406=822&418=829&419=833&421=836&424=840&425=842&426=849&427=851&428=859&430=862&433=864&434=866&435=870&437=872&438=874&440=894&448=901&449=904&452=909&453=913&457=917&461=920&462=922&463=926&464=928&465=930&466=932&467=934&468=936&469=938&470=940&471=942&472=944&473=946&474=948&477=952&478=954'