from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_ann = l_0_in_ann = l_0_codec = missing
    try:
        t_1 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    try:
        t_2 = environment.filters['union']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'union' found.")
    pass
    def macro(l_1_t, l_1_p):
        t_3 = []
        l_1_parts = resolve('parts')
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_p is missing:
            l_1_p = ''
        pass
        if (environment.getattr(l_1_t, 'kind') == 'model'):
            pass
            t_3.extend((
                str(l_1_p),
                str(environment.getattr(l_1_t, 'model')),
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'list'):
            pass
            t_3.extend((
                'list[',
                str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'dict'):
            pass
            t_3.extend((
                'dict[str, ',
                str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'literal'):
            pass
            t_3.append(
                'Literal[',
            )
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_t, 'values'), undefined):
                _loop_vars = {}
                pass
                t_3.extend((
                    str(t_1(l_2_v)),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 7 in '_macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_v = missing
            t_3.append(
                ']',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'union'):
            pass
            l_1_parts = []
            for l_2_m in environment.getattr(l_1_t, 'members'):
                l_2__ = missing
                _loop_vars = {}
                pass
                l_2__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), l_2_m, l_1_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_m = l_2__ = missing
            t_3.append(
                str(t_2((undefined(name='parts') if l_1_parts is missing else l_1_parts))),
            )
        elif (environment.getattr(l_1_t, 'kind') == 'json'):
            pass
            t_3.append(
                'JsonValue',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'none'):
            pass
            t_3.append(
                'None',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'date'):
            pass
            t_3.append(
                'datetime.date',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'datetime'):
            pass
            t_3.append(
                'datetime.datetime',
            )
        else:
            pass
            t_3.append(
                str(environment.getattr(l_1_t, 'kind')),
            )
        return concat(t_3)
    context.exported_vars.add('ann')
    context.vars['ann'] = l_0_ann = Macro(environment, macro, 'ann', ('t', 'p'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_p):
        t_4 = []
        l_1_parts = resolve('parts')
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_p is missing:
            l_1_p = ''
        pass
        if (environment.getattr(l_1_t, 'kind') == 'model'):
            pass
            t_4.extend((
                str(l_1_p),
                str(environment.getattr(l_1_t, 'model')),
                ' | Mapping[str, object]',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'list'):
            pass
            t_4.extend((
                'Sequence[',
                str(context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'dict'):
            pass
            t_4.extend((
                'Mapping[str, ',
                str(context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'union'):
            pass
            l_1_parts = []
            for l_2_m in environment.getattr(l_1_t, 'members'):
                l_2__ = missing
                _loop_vars = {}
                pass
                l_2__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), l_2_m, l_1_p, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_2__
            l_2_m = l_2__ = missing
            t_4.append(
                str(t_2((undefined(name='parts') if l_1_parts is missing else l_1_parts))),
            )
        elif (environment.getattr(l_1_t, 'kind') == 'bytes'):
            pass
            t_4.append(
                'bytes | IO[bytes]',
            )
        else:
            pass
            t_4.append(
                str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), l_1_t, l_1_p)),
            )
        return concat(t_4)
    context.exported_vars.add('in_ann')
    context.vars['in_ann'] = l_0_in_ann = Macro(environment, macro, 'in_ann', ('t', 'p'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_p):
        t_5 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_p is missing:
            l_1_p = ''
        pass
        if environment.getattr(l_1_t, 'plain'):
            pass
            t_5.append(
                '_wire.PLAIN',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'model'):
            pass
            t_5.extend((
                '_wire.ModelCodec(',
                str(l_1_p),
                str(environment.getattr(l_1_t, 'model')),
                ')',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'list'):
            pass
            t_5.extend((
                '_wire.ListCodec(',
                str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_1_t, 'item'), l_1_p)),
                ')',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'dict'):
            pass
            t_5.extend((
                '_wire.DictCodec(',
                str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_1_t, 'item'), l_1_p)),
                ')',
            ))
        elif ((environment.getattr(l_1_t, 'kind') == 'date') or (environment.getattr(l_1_t, 'kind') == 'datetime')):
            pass
            t_5.extend((
                '_wire.DateCodec(',
                str(t_1(environment.getattr(l_1_t, 'date_format'))),
                ')',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'union'):
            pass
            t_5.append(
                '_wire.UnionCodec((',
            )
            for l_2_m in environment.getattr(l_1_t, 'members'):
                _loop_vars = {}
                pass
                t_5.extend((
                    str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), l_2_m, l_1_p, _loop_vars=_loop_vars)),
                    ',',
                ))
            l_2_m = missing
            t_5.append(
                '))',
            )
        else:
            pass
            t_5.append(
                '_wire.PLAIN',
            )
        return concat(t_5)
    context.exported_vars.add('codec')
    context.vars['codec'] = l_0_codec = Macro(environment, macro, 'codec', ('t', 'p'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=24&4=32&5=38&6=45&7=52&8=69&9=82&10=87&11=92&12=97&13=105&18=110&19=118&20=125&21=132&22=139&23=152&24=160&28=165&29=172&30=177&31=185&32=192&33=199&34=206'