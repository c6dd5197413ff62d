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
    pass
    def macro(l_1_t, l_1_p):
        t_2 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_p is missing:
            l_1_p = ''
        pass
        if (environment.getattr(l_1_t, 'kind') == 'model'):
            pass
            t_2.extend((
                str(l_1_p),
                str(environment.getattr(l_1_t, 'model')),
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'list'):
            pass
            t_2.extend((
                'list[',
                str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'dict'):
            pass
            t_2.extend((
                'dict[str, ',
                str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'literal'):
            pass
            t_2.append(
                'Literal[',
            )
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_t, 'values'), undefined):
                _loop_vars = {}
                pass
                t_2.extend((
                    str(t_1(l_2_v)),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 7 in '_macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_v = missing
            t_2.append(
                ']',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'union'):
            pass
            l_2_loop = missing
            for l_2_m, l_2_loop in LoopContext(environment.getattr(l_1_t, 'members'), undefined):
                _loop_vars = {}
                pass
                t_2.extend((
                    str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), l_2_m, l_1_p, _loop_vars=_loop_vars)),
                    str((' | ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 8 in '_macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_m = missing
        elif (environment.getattr(l_1_t, 'kind') == 'json'):
            pass
            t_2.append(
                'JsonValue',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'none'):
            pass
            t_2.append(
                'None',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'date'):
            pass
            t_2.append(
                'datetime.date',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'datetime'):
            pass
            t_2.append(
                'datetime.datetime',
            )
        else:
            pass
            t_2.append(
                str(environment.getattr(l_1_t, 'kind')),
            )
        return concat(t_2)
    context.exported_vars.add('ann')
    context.vars['ann'] = l_0_ann = Macro(environment, macro, 'ann', ('t', 'p'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_p):
        t_3 = []
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
                ' | Mapping[str, object]',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'list'):
            pass
            t_3.extend((
                'Sequence[',
                str(context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'dict'):
            pass
            t_3.extend((
                'Mapping[str, ',
                str(context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), environment.getattr(l_1_t, 'item'), l_1_p)),
                ']',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'union'):
            pass
            l_2_loop = missing
            for l_2_m, l_2_loop in LoopContext(environment.getattr(l_1_t, 'members'), undefined):
                _loop_vars = {}
                pass
                t_3.extend((
                    str(context.call((undefined(name='in_ann') if l_0_in_ann is missing else l_0_in_ann), l_2_m, l_1_p, _loop_vars=_loop_vars)),
                    str((' | ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 22 in '_macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_m = missing
        else:
            pass
            t_3.append(
                str(context.call((undefined(name='ann') if l_0_ann is missing else l_0_ann), l_1_t, l_1_p)),
            )
        return concat(t_3)
    context.exported_vars.add('in_ann')
    context.vars['in_ann'] = l_0_in_ann = Macro(environment, macro, 'in_ann', ('t', 'p'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_p):
        t_4 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_p is missing:
            l_1_p = ''
        pass
        if environment.getattr(l_1_t, 'plain'):
            pass
            t_4.append(
                '_wire.PLAIN',
            )
        elif (environment.getattr(l_1_t, 'kind') == 'model'):
            pass
            t_4.extend((
                '_wire.ModelCodec(',
                str(l_1_p),
                str(environment.getattr(l_1_t, 'model')),
                ')',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'list'):
            pass
            t_4.extend((
                '_wire.ListCodec(',
                str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_1_t, 'item'), l_1_p)),
                ')',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'dict'):
            pass
            t_4.extend((
                '_wire.DictCodec(',
                str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), environment.getattr(l_1_t, 'item'), l_1_p)),
                ')',
            ))
        elif ((environment.getattr(l_1_t, 'kind') == 'date') or (environment.getattr(l_1_t, 'kind') == 'datetime')):
            pass
            t_4.extend((
                '_wire.DateCodec(',
                str(t_1(environment.getattr(l_1_t, 'date_format'))),
                ')',
            ))
        elif (environment.getattr(l_1_t, 'kind') == 'union'):
            pass
            t_4.append(
                '_wire.UnionCodec((',
            )
            for l_2_m in environment.getattr(l_1_t, 'members'):
                _loop_vars = {}
                pass
                t_4.extend((
                    str(context.call((undefined(name='codec') if l_0_codec is missing else l_0_codec), l_2_m, l_1_p, _loop_vars=_loop_vars)),
                    ',',
                ))
            l_2_m = missing
            t_4.append(
                '))',
            )
        else:
            pass
            t_4.append(
                '_wire.PLAIN',
            )
        return concat(t_4)
    context.exported_vars.add('codec')
    context.vars['codec'] = l_0_codec = Macro(environment, macro, 'codec', ('t', 'p'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=18&4=25&5=31&6=38&7=45&8=62&9=73&10=78&11=83&12=88&13=96&18=101&19=108&20=115&21=122&22=129&23=143&27=148&28=155&29=160&30=168&31=175&32=182&33=189'