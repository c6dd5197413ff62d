from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_ann = l_0_codec = l_0_kinds = missing
    try:
        t_1 = environment.filters['all_sorted']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'all_sorted' found.")
    try:
        t_2 = environment.filters['docline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docline' found.")
    try:
        t_3 = environment.filters['docopen']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'docopen' found.")
    try:
        t_4 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_8 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    pass
    included_template = environment.get_template('_macros.jinja', 'models.py.jinja')._get_default_module(context)
    l_0_ann = getattr(included_template, 'ann', missing)
    if l_0_ann is missing:
        l_0_ann = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'models.py.jinja') does not export the requested name 'ann'", name='ann')
    l_0_codec = getattr(included_template, 'codec', missing)
    if l_0_codec is missing:
        l_0_codec = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'models.py.jinja') does not export the requested name 'codec'", name='codec')
    context.vars.update({'ann': l_0_ann, 'codec': l_0_codec})
    context.exported_vars.difference_update(('ann', 'codec'))
    yield '"""Typed models of '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ': dataclasses mapped to and from the wire form.\n\n``to_dict()`` writes the wire names and formats; ``from_dict()`` reads them back and keeps unknown\nkeys in ``extra``. ``UNSET`` marks a property that is absent, as opposed to ``None`` (null).\n"""\n\nfrom __future__ import annotations\n\n'
    l_0_kinds = environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'model_type_kinds')
    context.vars['kinds'] = l_0_kinds
    context.exported_vars.add('kinds')
    if (('date' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)) or ('datetime' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds))):
        pass
        yield 'import datetime\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        pass
        yield 'from dataclasses import dataclass, field\n'
    if ('literal' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield 'from typing import Literal\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        pass
        yield '\nimport specloom_runtime.wire.models as _wire\n'
    if (('json' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)) and ('unset' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds))):
        pass
        yield 'from specloom_runtime.wire import UNSET, JsonValue, Unset\n'
    elif ('json' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield 'from specloom_runtime.wire import JsonValue\n'
    elif ('unset' in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)):
        pass
        yield 'from specloom_runtime.wire import UNSET, Unset\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        pass
        yield '\n'
    yield '__all__ = ['
    yield str(('\n' if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models') else cond_expr_undefined("the inline if-expression on line 34 in 'models.py.jinja' evaluated to false and no else section was defined.")))
    for l_1_name in t_1(t_6(context.eval_ctx, t_7(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'), attribute='name'))):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_8(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n'
    for l_1_m in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        _loop_vars = {}
        pass
        yield '\n\n@dataclass(slots=True, kw_only=True)\nclass '
        yield str(environment.getattr(l_1_m, 'name'))
        yield '(_wire.WireModel):\n    """'
        yield str(t_3(t_4((environment.getattr(l_1_m, 'description') or environment.getattr(l_1_m, 'name')), 4)))
        yield '\n\n    Wire schema: ``'
        yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'source_file')))
        yield '#'
        yield str(t_2(environment.getattr(l_1_m, 'source_pointer')))
        yield '``.\n    """\n\n'
        for l_2_f in environment.getattr(l_1_m, 'fields'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_f, 'py_name'))
            yield ': '
            yield str((environment.getattr(environment.getattr(l_2_f, 'type'), 'kind') if (environment.getattr(environment.getattr(l_2_f, 'type'), 'kind') in ('str', 'int', 'float', 'bool')) else context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_2_f, 'type'), _loop_vars=_loop_vars)))
            if (not environment.getattr(l_2_f, 'required')):
                pass
                yield ' | Unset = UNSET'
            elif environment.getattr(l_2_f, 'const'):
                pass
                yield ' = '
                yield str(t_8(environment.getattr(l_2_f, 'const')))
            yield '\n    """Wire name ``'
            yield str(t_2(environment.getattr(l_2_f, 'wire_name')))
            yield '``'
            if environment.getattr(l_2_f, 'read_only'):
                pass
                yield ' (read-only)'
            yield '.'
            if environment.getattr(l_2_f, 'description'):
                pass
                yield ' '
                yield str(t_4(environment.getattr(l_2_f, 'description'), 4))
            yield '"""\n'
        l_2_f = missing
        yield '    extra: dict[str, '
        yield str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_1_m, 'extra_type'), _loop_vars=_loop_vars))
        yield '] = field(default_factory=dict)\n    """Properties the schema does not name, keyed by their wire name."""\n'
    l_1_m = missing
    for l_1_m in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        l_1_many = missing
        _loop_vars = {}
        pass
        l_1_many = (t_5(environment.getattr(l_1_m, 'fields')) > 1)
        _loop_vars['many'] = l_1_many
        yield '\n\n'
        yield str(environment.getattr(l_1_m, 'name'))
        yield '._wire_fields = ('
        yield str(('\n' if (undefined(name='many') if l_1_many is missing else l_1_many) else cond_expr_undefined("the inline if-expression on line 64 in 'models.py.jinja' evaluated to false and no else section was defined.")))
        for l_2_f in environment.getattr(l_1_m, 'fields'):
            _loop_vars = {}
            pass
            yield str(('    ' if (undefined(name='many') if l_1_many is missing else l_1_many) else cond_expr_undefined("the inline if-expression on line 66 in 'models.py.jinja' evaluated to false and no else section was defined.")))
            yield '_wire.WireField('
            yield str(t_8(environment.getattr(l_2_f, 'wire_name')))
            yield ', '
            yield str(t_8(environment.getattr(l_2_f, 'py_name')))
            yield ', '
            if environment.getattr(l_2_f, 'decode_strings'):
                pass
                yield '_wire.DecodeStrings('
                yield str(t_8(environment.getattr(l_2_f, 'decode_strings')))
                yield ', '
                yield str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_2_f, 'type'), _loop_vars=_loop_vars))
                yield ')'
            else:
                pass
                yield str(('_wire.PLAIN' if environment.getattr(environment.getattr(l_2_f, 'type'), 'plain') else context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_2_f, 'type'), _loop_vars=_loop_vars)))
            yield ', '
            yield str(environment.getattr(l_2_f, 'required'))
            yield ')'
            yield str((',\n' if (undefined(name='many') if l_1_many is missing else l_1_many) else ','))
        l_2_f = missing
        yield ')\n'
        if (not environment.getattr(environment.getattr(l_1_m, 'extra_type'), 'plain')):
            pass
            yield str(environment.getattr(l_1_m, 'name'))
            yield '._extra_codec = '
            yield str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_1_m, 'extra_type'), _loop_vars=_loop_vars))
            yield '\n'
        if environment.getattr(l_1_m, 'normalize_keys'):
            pass
            yield str(environment.getattr(l_1_m, 'name'))
            yield '._normalize_keys = '
            yield str(t_8(environment.getattr(l_1_m, 'normalize_keys')))
            yield '\n'
    l_1_m = l_1_many = missing

blocks = {}
debug_info = '1=61&2=71&10=73&11=76&14=79&17=82&20=85&24=88&26=91&28=94&31=97&34=101&35=102&36=106&39=110&43=114&44=116&46=118&51=122&52=126&54=137&56=150&59=153&60=157&64=160&65=163&66=166&69=188&70=190&72=194&73=196'