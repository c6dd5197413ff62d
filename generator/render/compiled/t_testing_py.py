from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'testing.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_sample = missing
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
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    try:
        t_5 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_s):
        t_7 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_7.extend((
            'Sample(status=',
            str(environment.getattr(l_1_s, 'status')),
        ))
        if environment.getattr(l_1_s, 'media_type'):
            pass
            t_7.extend((
                ', media_type=',
                str(t_4(environment.getattr(l_1_s, 'media_type'))),
            ))
        if (not t_6(environment.getattr(l_1_s, 'body'))):
            pass
            t_7.extend((
                ', body=',
                str(t_4(environment.getattr(l_1_s, 'body'))),
            ))
        if (environment.getattr(l_1_s, 'rule') >= 0):
            pass
            t_7.extend((
                ', rule=',
                str(environment.getattr(l_1_s, 'rule')),
            ))
        t_7.append(
            ')',
        )
        return concat(t_7)
    context.exported_vars.add('sample')
    context.vars['sample'] = l_0_sample = Macro(environment, macro, 'sample', ('s',), False, False, False, context.eval_ctx.autoescape)
    yield '"""Offline testing kit for '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ': ``FakeApi``, the API played in memory.\n\nA ``FakeApi`` is an httpx transport for both ``Client`` and ``AsyncClient``: every call is\nanswered offline, the way the spec documents it, so tests of code that uses the client need\nneither the vendor nor a network.\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'kit_resources'):
        pass
        yield 'It keeps what was created (then get, list and update see it) and pages lists as the spec says.\n'
    else:
        pass
        yield 'It keeps the payloads it was sent (``payloads``).\n'
    yield "It answers any documented failure on request (``fail``), records every request (``requests``;\n``SeenRequest.raw`` holds the credentials) and raises ``FakeApiError`` for a request the spec does\nnot allow. The engine is ``specloom_runtime.testing``; this module is the spec's data: the\ndocumented answers, the collections and each operation's part in them.\n\nExample::\n\n    from "
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package_prefix'))
    yield '.'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.client import Client\n    from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package_prefix'))
    yield '.'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.testing import FakeApi\n\n    fake = FakeApi()\n    with Client('
    for l_1_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_c, 'py_name'))
        yield '="test", '
    l_1_c = missing
    def t_8(fiter):
        for l_1_v in fiter:
            if (not environment.getattr(l_1_v, 'default')):
                yield l_1_v
    for l_1_v in t_8(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables')):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_v, 'py_name'))
        yield '="test.invalid", '
    l_1_v = missing
    yield 'transport=fake) as client:\n        ...  # run the code under test with this client\n    assert [r.operation for r in fake.requests] == [...]  # what it called, in order\n\nWhat the fake does for each operation:\n\n'
    l_1_loop = missing
    for l_1_op, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), undefined):
        _loop_vars = {}
        pass
        yield '- ``'
        yield str(t_1(environment.getattr(l_1_op, 'operation_id')))
        yield '`` (``'
        yield str(environment.getattr(l_1_op, 'py_name'))
        yield '``):'
        if (environment.getattr(environment.getattr(l_1_op, 'kit'), 'role') == 'record'):
            pass
            yield ' keeps the payload (``fake.payloads('
            yield str(t_1(t_5(environment.getattr(l_1_op, 'operation_id'))))
            yield ')``) and answers the documented success'
        elif (environment.getattr(environment.getattr(l_1_op, 'kit'), 'role') == 'create'):
            pass
            yield ' stores a new ``'
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'name'))
            yield '`` with a new ``'
            yield str(t_1(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'id_field')))
            yield '``'
        elif (environment.getattr(environment.getattr(l_1_op, 'kit'), 'role') == 'list'):
            pass
            yield ' lists the stored ``'
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'name'))
            yield '`` items'
            if environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'filters'), 'value'):
                pass
                yield ' selected by '
                l_2_loop = missing
                for l_2_k, l_2_loop in LoopContext(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'filters'), 'value'), undefined):
                    _loop_vars = {}
                    pass
                    yield '``'
                    yield str(t_1(l_2_k))
                    yield '``'
                    yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 36 in 'testing.py.jinja' evaluated to false and no else section was defined.")))
                l_2_loop = l_2_k = missing
            if environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'count'), 'value'):
                pass
                yield ' (``'
                yield str(t_1(environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'count'), 'value'), 'param')))
                yield '``: their count)'
            if environment.getattr(l_1_op, 'pagination'):
                pass
                yield ', one page per call'
        elif (environment.getattr(environment.getattr(l_1_op, 'kit'), 'role') == 'get'):
            pass
            yield ' answers the stored ``'
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'name'))
            yield '`` named by ``'
            yield str(t_1(environment.getattr(environment.getattr(l_1_op, 'kit'), 'id_param')))
            yield '`` (404 when there is none)'
        elif (environment.getattr(environment.getattr(l_1_op, 'kit'), 'role') == 'update'):
            pass
            yield ' updates the stored ``'
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'name'))
            yield '`` named by ``'
            yield str(t_1(environment.getattr(environment.getattr(l_1_op, 'kit'), 'id_param')))
            yield '`` (404 when there is none)'
        elif (environment.getattr(environment.getattr(l_1_op, 'kit'), 'role') == 'delete'):
            pass
            yield ' deletes the stored ``'
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'name'))
            yield '`` named by ``'
            yield str(t_1(environment.getattr(environment.getattr(l_1_op, 'kit'), 'id_param')))
            yield '`` (404 when there is none)'
        elif (environment.getattr(environment.getattr(l_1_op, 'kit'), 'role') == 'bulk_update'):
            pass
            yield ' updates every listed ``'
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'name'))
            yield '`` (404 when one is missing)'
        if environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'formats'), 'value'):
            pass
            yield '; answers in the format ``'
            yield str(t_1(environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'formats'), 'value'), 'param')))
            yield '`` asks for'
            if environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'formats'), 'value'), 'default'):
                pass
                yield ' (default '
                yield str(t_1(environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'formats'), 'value'), 'default')))
                yield ')'
        if environment.getattr(environment.getattr(l_1_op, 'kit'), 'failures'):
            pass
            yield '; documented failures: '
            l_2_loop = missing
            for l_2_f, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_op, 'kit'), 'failures'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.getattr(l_2_f, 'status'))
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 44 in 'testing.py.jinja' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_f = missing
        if environment.getattr(environment.getattr(l_1_op, 'kit'), 'body_failures'):
            pass
            yield '; errors inside the '
            yield str(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'success'), 'status'))
            yield ' body: rules '
            l_2_loop = missing
            for l_2_f, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_op, 'kit'), 'body_failures'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.getattr(l_2_f, 'rule'))
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 45 in 'testing.py.jinja' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_f = missing
        yield '.\n'
    l_1_loop = l_1_op = missing
    yield '"""\n\nfrom __future__ import annotations\n\nfrom specloom_runtime.testing import (\n    Behaviour,\n    FakeApiError,\n    FakeServer,\n    Resource,\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        pass
        yield '    Sample,\n'
    yield '    SeenRequest,\n)\n\nfrom .client import API, OPERATIONS\nfrom .validators import VALIDATORS\n\n__all__ = ["BEHAVIOURS", "RESOURCES", "FakeApi", "FakeApiError", "SeenRequest"]\n\nRESOURCES: tuple[Resource, ...] = ('
    yield str(('\n' if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'kit_resources') else cond_expr_undefined("the inline if-expression on line 67 in 'testing.py.jinja' evaluated to false and no else section was defined.")))
    for l_1_r in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'kit_resources'):
        _loop_vars = {}
        pass
        yield '    Resource(\n        name='
        yield str(t_4(environment.getattr(l_1_r, 'name')))
        yield ',\n        id_field='
        yield str(t_4(environment.getattr(l_1_r, 'id_field')))
        yield ',\n        id_kind='
        yield str(t_4(environment.getattr(l_1_r, 'id_kind')))
        yield ',\n        server_fields='
        yield str(t_4(environment.getattr(l_1_r, 'server_fields')))
        yield ',\n'
        if environment.getattr(l_1_r, 'id_template'):
            pass
            yield '        id_template='
            yield str(t_4(environment.getattr(l_1_r, 'id_template')))
            yield ',\n'
        if environment.getattr(environment.getattr(l_1_r, 'stamps'), 'value'):
            pass
            yield '        stamps='
            yield str(t_4(environment.getattr(l_1_r, 'stamps')))
            yield ',\n'
        yield '    ),\n'
    l_1_r = missing
    yield ')\n"""The collections the fake keeps (items by id; server-made fields from the spec\'s example)."""\n\nBEHAVIOURS: tuple[Behaviour, ...] = ('
    yield str(('\n' if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations') else cond_expr_undefined("the inline if-expression on line 85 in 'testing.py.jinja' evaluated to false and no else section was defined.")))
    for l_1_op in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        _loop_vars = {}
        pass
        yield '    Behaviour(\n        operation='
        yield str(t_4(environment.getattr(l_1_op, 'operation_id')))
        yield ',\n        method='
        yield str(t_4(environment.getattr(l_1_op, 'py_name')))
        yield ',\n        role='
        yield str(t_4(environment.getattr(environment.getattr(l_1_op, 'kit'), 'role')))
        yield ',\n        success='
        yield str(context.call((undefined(name='sample') if l_0_sample is missing else l_0_sample), environment.getattr(environment.getattr(l_1_op, 'kit'), 'success'), _loop_vars=_loop_vars))
        yield ',\n'
        if environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'):
            pass
            yield '        resource='
            yield str(t_4(environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'resource'), 'name')))
            yield ',\n'
        if environment.getattr(environment.getattr(l_1_op, 'kit'), 'id_param'):
            pass
            yield '        id_param='
            yield str(t_4(environment.getattr(environment.getattr(l_1_op, 'kit'), 'id_param')))
            yield ',\n'
        if (environment.getattr(environment.getattr(l_1_op, 'kit'), 'answer') != 'sample'):
            pass
            yield '        answer='
            yield str(t_4(environment.getattr(environment.getattr(l_1_op, 'kit'), 'answer')))
            yield ',\n'
        if environment.getattr(environment.getattr(l_1_op, 'kit'), 'ack_id_pointer'):
            pass
            yield '        ack_id_pointer='
            yield str(t_4(environment.getattr(environment.getattr(l_1_op, 'kit'), 'ack_id_pointer')))
            yield ',\n'
        if (t_3(environment.getattr(environment.getattr(l_1_op, 'kit'), 'body_failures')) == 1):
            pass
            yield '        body_failures=('
            yield str(context.call((undefined(name='sample') if l_0_sample is missing else l_0_sample), environment.getitem(environment.getattr(environment.getattr(l_1_op, 'kit'), 'body_failures'), 0), _loop_vars=_loop_vars))
            yield ',),\n'
        elif environment.getattr(environment.getattr(l_1_op, 'kit'), 'body_failures'):
            pass
            yield '        body_failures=(\n'
            for l_2_f in environment.getattr(environment.getattr(l_1_op, 'kit'), 'body_failures'):
                _loop_vars = {}
                pass
                yield '            '
                yield str(context.call((undefined(name='sample') if l_0_sample is missing else l_0_sample), l_2_f, _loop_vars=_loop_vars))
                yield ',\n'
            l_2_f = missing
            yield '        ),\n'
        if (t_3(environment.getattr(environment.getattr(l_1_op, 'kit'), 'failures')) == 1):
            pass
            yield '        failures=('
            yield str(context.call((undefined(name='sample') if l_0_sample is missing else l_0_sample), environment.getitem(environment.getattr(environment.getattr(l_1_op, 'kit'), 'failures'), 0), _loop_vars=_loop_vars))
            yield ',),\n'
        elif environment.getattr(environment.getattr(l_1_op, 'kit'), 'failures'):
            pass
            yield '        failures=(\n'
            for l_2_f in environment.getattr(environment.getattr(l_1_op, 'kit'), 'failures'):
                _loop_vars = {}
                pass
                yield '            '
                yield str(context.call((undefined(name='sample') if l_0_sample is missing else l_0_sample), l_2_f, _loop_vars=_loop_vars))
                yield ',\n'
            l_2_f = missing
            yield '        ),\n'
        if environment.getattr(environment.getattr(environment.getattr(l_1_op, 'kit'), 'wire_kinds'), 'value'):
            pass
            yield '        wire_kinds='
            yield str(t_4(environment.getattr(environment.getattr(l_1_op, 'kit'), 'wire_kinds')))
            yield ',\n'
        for l_2_key in ('filters', 'count', 'formats', 'only_with'):
            _loop_vars = {}
            pass
            if environment.getattr(environment.getitem(environment.getattr(l_1_op, 'kit'), l_2_key), 'value'):
                pass
                yield '        '
                yield str(l_2_key)
                yield '='
                yield str(t_4(environment.getitem(environment.getattr(l_1_op, 'kit'), l_2_key)))
                yield ',\n'
        l_2_key = missing
        yield '    ),\n'
    l_1_op = missing
    yield ')\n"""How the fake plays each operation: its documented answers and its part in a collection."""\n\n\nclass FakeApi(FakeServer):\n    """'
    yield str(t_2(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'))))
    yield ', played in memory: pass it as ``transport=`` to ``Client`` or ``AsyncClient``.\n\n    ``FakeApi(base_url=None, credentials=None, on_invalid="raise")``: ``base_url`` if the client\n    uses another server; ``credentials`` (by the client\'s argument names) to accept only those\n    values, signatures verified; ``on_invalid="answer"`` to answer a request the spec forbids\n    with the documented 400 instead of raising ``FakeApiError``. Example::\n\n        fake = FakeApi()\n        client = Client('
    for l_1_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_c, 'py_name'))
        yield '="test", '
    l_1_c = missing
    def t_9(fiter):
        for l_1_v in fiter:
            if (not environment.getattr(l_1_v, 'default')):
                yield l_1_v
    for l_1_v in t_9(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables')):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_v, 'py_name'))
        yield '="test.invalid", '
    l_1_v = missing
    yield 'transport=fake)\n        async_client = AsyncClient('
    for l_1_c in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'credentials'):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_c, 'py_name'))
        yield '="test", '
    l_1_c = missing
    def t_10(fiter):
        for l_1_v in fiter:
            if (not environment.getattr(l_1_v, 'default')):
                yield l_1_v
    for l_1_v in t_10(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables')):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_v, 'py_name'))
        yield '="test.invalid", '
    l_1_v = missing
    yield 'transport=fake)  # same state\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'kit_resources'):
        pass
        yield '        fake.seed([...])  # items in wire form (or models), stored as if created\n'
    for l_1_op in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations')[:1]:
        _loop_vars = {}
        pass
        yield '        fake.fail('
        yield str(t_1(t_5(environment.getattr(l_1_op, 'operation_id'))))
        yield ', status=503)  # until fake.heal(); times=1 for once\n'
    l_1_op = missing
    yield '        fake.requests[-1].params  # what the last call sent, credentials left out\n    """\n\n    api = API\n    operations = OPERATIONS\n    behaviours = BEHAVIOURS\n    resources = RESOURCES\n    validators = VALIDATORS\n'

blocks = {}
debug_info = '2=49&3=56&5=83&10=85&22=92&23=96&26=100&32=118&33=122&34=126&35=131&36=138&38=163&39=170&40=177&41=184&43=189&44=199&45=209&56=224&67=228&68=229&70=233&71=235&72=237&73=239&74=241&75=244&77=246&78=249&85=254&86=255&88=259&89=261&90=263&91=265&92=267&93=270&95=272&96=275&98=277&99=280&101=282&102=285&104=287&105=290&106=292&108=295&109=299&113=303&114=306&115=308&117=311&118=315&122=319&123=322&125=324&126=327&127=330&137=338&145=340&146=357&147=374&150=377&151=381'