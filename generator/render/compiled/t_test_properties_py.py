from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'test_properties.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_skipped = resolve('skipped')
    l_0_api = resolve('api')
    l_0_unchecked = resolve('unchecked')
    l_0_S = l_0_E = missing
    try:
        t_1 = environment.filters['dictsort']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'dictsort' found.")
    try:
        t_2 = environment.filters['docline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docline' found.")
    try:
        t_3 = environment.filters['pyliteral']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pyliteral' found.")
    pass
    l_0_S = ('_strategy(' if (undefined(name='skipped') if l_0_skipped is missing else l_0_skipped) else '_st.STRATEGIES[')
    context.vars['S'] = l_0_S
    context.exported_vars.add('S')
    l_0_E = (')' if (undefined(name='skipped') if l_0_skipped is missing else l_0_skipped) else ']')
    context.vars['E'] = l_0_E
    context.exported_vars.add('E')
    yield '"""Property tests of '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ', generated from ``'
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'source_file')))
    yield '``.\n\nEach test states one property of this package and is judged twice where values are concerned: by\nthe compiled ``validators`` and by ``jsonschema`` reading the spec file itself\n(``specloom_runtime.proptest.SpecOracle``). Run them under a profile chosen by\n``HYPOTHESIS_PROFILE`` (``ci`` by default, ``dev``, ``thorough``).\n"""\n\nfrom __future__ import annotations\n\nimport functools\nfrom collections.abc import Callable\nfrom typing import Any\n\nimport httpx\nimport pytest\nimport specloom_runtime.proptest.oracle as proptest\nimport specloom_runtime.proptest.values as proptest_values\nfrom hypothesis import HealthCheck, given, note, settings\nfrom hypothesis import strategies as st\nfrom hypothesis.errors import Unsatisfiable\nfrom specloom_runtime.call import OperationSpec\nfrom specloom_runtime.errors import SpecloomError\nfrom specloom_runtime.wire import UNSET\n\nfrom .. import SOURCE_SPEC_PATH\nfrom .. import client as _client\nfrom .. import strategies as _st\nfrom .. import testing as _kit\nfrom .. import validators as _v\n\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'origins'):
        pass
        yield '# where each component bundled from another file of the spec came from: the oracle reads it there\nORIGINS: dict[str, tuple[str, str]] = {\n'
        for (l_1_where, l_1_file, l_1_there) in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'origins'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_3(l_1_where))
            yield ': ('
            yield str(t_3(l_1_file))
            yield ', '
            yield str(t_3(l_1_there))
            yield '),\n'
        l_1_where = l_1_file = l_1_there = missing
        yield '}\n'
    yield 'ORACLE = proptest.SpecOracle.recorded(__file__, SOURCE_SPEC_PATH'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'origins'):
        pass
        yield ', ORIGINS'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'lenient'):
        pass
        yield ', lenient=True'
    yield ')\nBASE_URL = "http://127.0.0.1:9/proptest"  # answered by MockTransport, never contacted\n_ALL: tuple[OperationSpec[Any], ...] = _client.OPERATIONS\nOPERATIONS: dict[str, OperationSpec[Any]] = {op.name: op for op in _ALL}\nANSWERS: list[tuple[str, str]] = sorted(\n    (op.name, r.status) for op in _ALL for r in op.responses if r.forms and r.status.isdigit()\n)\n# iterators over a collection the testing kit keeps (a paged list of records without ids is played\n# as a recorded sample, which has no pages to walk)\nPAGED: list[str] = sorted(\n    b.operation\n    for b in _kit.BEHAVIOURS\n    if b.resource and OPERATIONS[b.operation].pagination is not None\n)\nDATE_EXAMPLES: list[tuple[str, str]] = proptest_values.date_examples(ORACLE)\n# every kind of labelled mutation is its own test (none left to chance), with a tenth of the\n# profile\'s examples each; a schema reached under several keys (aliases such as a response that\n# is a component) shares one strategy and one validator, and is tested once\n'
    if (undefined(name='unchecked') if l_0_unchecked is missing else l_0_unchecked):
        pass
        yield "# a key whose validator was left out (it accepts anything; see the generator's warnings)\n# cannot judge drawn values: those tests are not run\nUNCHECKED: frozenset[str] = frozenset({\n"
        for l_1_key in (undefined(name='unchecked') if l_0_unchecked is missing else l_0_unchecked):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_3(l_1_key))
            yield ',\n'
        l_1_key = missing
        yield '})\nVALUE_KEYS: list[str] = [\n    key for key in proptest.distinct_keys(_st.STRATEGIES, _v.VALIDATORS) if key not in UNCHECKED\n]\nMUTATION_KINDS: list[tuple[str, int]] = [\n    (key, kind)\n    for key, kind in proptest.distinct_mutations(_st.MUTATIONS, _v.VALIDATORS)\n    if key not in UNCHECKED\n]\n'
    else:
        pass
        yield 'VALUE_KEYS: list[str] = proptest.distinct_keys(_st.STRATEGIES, _v.VALIDATORS)\nMUTATION_KINDS: list[tuple[str, int]] = proptest.distinct_mutations(_st.MUTATIONS, _v.VALIDATORS)\n'
    yield "EACH_MUTATION_EXAMPLES = max(3, settings().max_examples // 10)\n# A vendor's wide object (hundreds of required leaves) can need kilobytes of Hypothesis's 8 KB of\n# choices per example, its smallest value included: the tests that draw the spec's values test the\n# draws that fit and skip the others, instead of failing the data_too_large and\n# large_base_example health checks. A test that finds no draw that fits still fails (too_slow:\n# no valid input). The profile's own suppressions are kept.\nWIDE = settings(\n    suppress_health_check=sorted(\n        {*settings().suppress_health_check, HealthCheck.data_too_large, HealthCheck.large_base_example},\n        key=lambda check: check.name,\n    )\n)\n# The tests that draw whole calls keep the calls the client can send (``_draw_call``: a value a\n# header, cookie or path carries, a form body of field names ...). Where the spec's schemas allow\n# mostly other values, most draws are dropped: that is the spec's matter, not a fault of the\n# client, so those tests run with the calls that can be sent (no filter_too_much health check),\n# and one that finds none is skipped with the reason (``_sendable_calls``).\nCALLS = settings(\n    WIDE,\n    suppress_health_check=sorted(\n        {*WIDE.suppress_health_check, HealthCheck.filter_too_much}, key=lambda check: check.name\n    ),\n)\n"
    if (undefined(name='skipped') if l_0_skipped is missing else l_0_skipped):
        pass
        yield "# schemas the strategy compiler could not do (see the generator's warnings): tests that need\n# one of them are skipped with the reason\nSKIPPED: dict[str, str] = {\n"
        for (l_1_key, l_1_reason) in t_1((undefined(name='skipped') if l_0_skipped is missing else l_0_skipped)):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_3(l_1_key))
            yield ': '
            yield str(t_3(l_1_reason))
            yield ',\n'
        l_1_key = l_1_reason = missing
        yield '}\n\n\ndef _strategy(key: str) -> st.SearchStrategy[Any]:\n    """The strategy of ``key``; the calling test is skipped when there is none."""\n    if key in SKIPPED:\n        pytest.skip(SKIPPED[key])\n    return _st.STRATEGIES[key]\n\n\n@pytest.mark.parametrize("key", sorted(SKIPPED))\ndef test_schemas_without_strategy(key: str) -> None:\n    pytest.skip(SKIPPED[key])\n'
    yield '\n\nclass _Stop(Exception):\n    """Raised by the transport once the request is captured: no answer needed."""\n\n\ndef _client_for(handler: httpx.BaseTransport) -> _client.Client:\n    return _client.Client.from_env(\n        environ=proptest.environ_for(_client.API),\n        base_url=BASE_URL,\n        transport=handler,\n        max_retries=0,\n        validate_responses="raise",\n    )\n\n\ndef _sendable_calls(test: Callable[..., None]) -> Callable[..., None]:\n    """``test``, skipped with the reason when no call drawn from the spec can be sent."""\n\n    @functools.wraps(test)\n    def run(*args: Any, **kwargs: Any) -> None:\n        try:\n            test(*args, **kwargs)\n        except Unsatisfiable:\n            pytest.skip(\n                "no call drawn from the spec could be sent: each held a value its place"\n                " (a header, cookie or path, a form or text body) cannot carry"\n            )\n\n    return run\n\n\ndef _draw_call(spec: OperationSpec[Any], data: st.DataObject) -> tuple[dict[str, object], object]:\n    arguments: dict[str, object] = {}\n    for param in spec.params:\n        if param.const is not UNSET or param.validator is None:\n            continue\n        if param.required or data.draw(st.booleans(), label=f"send {param.wire}"):\n            strategy = '
    yield str((undefined(name='S') if l_0_S is missing else l_0_S))
    yield 'param.validator.name'
    yield str((undefined(name='E') if l_0_E is missing else l_0_E))
    yield '\n            if param.required or param.location in ("header", "cookie"):\n                # what the wire carries: printable ASCII in a header, no empty path segment,\n                # no null or nothing for a required parameter (the client refuses the rest)\n                strategy = strategy.filter(proptest.carried(param.location, param.required))\n            arguments[param.wire] = data.draw(strategy, label=param.wire)\n    body: object = None\n    shape = spec.body\n    if shape is not None and shape.kind == "bytes":  # no schema: any bytes\n        if shape.required or data.draw(st.booleans(), label="send body"):\n            body = data.draw(st.binary(max_size=64), label="body")\n    elif shape is not None and shape.validator is not None:\n        strategy = '
    yield str((undefined(name='S') if l_0_S is missing else l_0_S))
    yield 'shape.validator.name'
    yield str((undefined(name='E') if l_0_E is missing else l_0_E))
    yield '\n        if shape.fields:  # field names to values (an untyped schema allows others)\n            strategy = strategy.filter(proptest.form_body(shape.required, shape.kind == "multipart", shape.styles))\n        elif shape.kind == "text":  # a str: the schema\'s draws, or plain text it accepts\n            accepts = shape.validator.is_valid\n            strategy = st.one_of(strategy, st.text(max_size=16))\n            strategy = strategy.filter(proptest.text_body(shape.required, accepts))\n        body = data.draw(strategy, label="body")\n        if shape.envelope and isinstance(body, dict):\n            body = body[shape.envelope]\n    elif shape is not None and shape.required:  # no schema: an empty value (JSON: None, null)\n        body = {"text": "", "form": {}, "multipart": {}}.get(shape.kind)\n    return arguments, body\n\n\n@pytest.mark.parametrize("key", VALUE_KEYS)\n@WIDE\n@given(data=st.data())\ndef test_valid_values_pass_both_validators(key: str, data: st.DataObject) -> None:\n    value = data.draw(_st.STRATEGIES[key], label=key)\n    assert proptest.accepts(\n        _v.VALIDATORS[key], value\n    ), f"the generated validator rejects a valid {key}"\n    assert ORACLE.is_valid(_st.POINTERS[key], value), f"jsonschema rejects a drawn {key}"\n\n\n@pytest.mark.parametrize(("key", "kind"), MUTATION_KINDS)\n@settings(WIDE, max_examples=EACH_MUTATION_EXAMPLES)\n@given(data=st.data())\ndef test_labelled_mutations_fail_both_validators(key: str, kind: int, data: st.DataObject) -> None:\n    mutant = data.draw(_st.MUTATIONS[key][kind], label=key)\n    note(f"mutation: {mutant.mutation}")\n    assert not proptest.accepts(\n        _v.VALIDATORS[key], mutant.value\n    ), f"{key}: the generated validator accepts mutation {mutant.mutation!r}"\n    assert not ORACLE.is_valid(\n        _st.POINTERS[key], mutant.value\n    ), f"{key}: jsonschema accepts mutation {mutant.mutation!r}"\n\n\n@pytest.mark.parametrize("name", sorted(_st.MODELS))\n@WIDE\n@given(data=st.data())\ndef test_models_round_trip(name: str, data: st.DataObject) -> None:\n    model = data.draw(_st.MODELS[name], label=name)\n    wire = model.to_dict()\n    assert type(model).from_dict(wire) == model, f"{name}: from_dict(to_dict()) changed the model"\n    if name in _v.VALIDATORS:  # component models; inline ones are checked through their owner\n        assert proptest.accepts(\n            _v.VALIDATORS[name], wire\n        ), f"{name}: to_dict() wrote an invalid wire form"\n        assert ORACLE.is_valid(_st.POINTERS[name], wire), f"{name}: jsonschema rejects to_dict()"\n\n\n@pytest.mark.parametrize("name", sorted(OPERATIONS))\n@_sendable_calls\n@CALLS\n@given(data=st.data())\ndef test_request_on_the_wire_matches_the_spec(name: str, data: st.DataObject) -> None:\n    spec = OPERATIONS[name]\n    arguments, body = _draw_call(spec, data)\n    seen: list[httpx.Request] = []\n\n    def capture(request: httpx.Request) -> httpx.Response:\n        request.read()\n        seen.append(request)\n        raise _Stop\n\n    with _client_for(httpx.MockTransport(capture)) as client:\n        try:\n            client._call(spec, arguments, body, None, None)\n        except _Stop:\n            pass\n        except SpecloomError as exc:\n            raise AssertionError(\n                f"{name}: the client refused a call drawn from the spec: {exc}"\n            ) from exc\n    assert len(seen) == 1, f"{name}: {len(seen)} requests sent for one call"\n    [request] = seen\n    proptest.check_request(\n        _client.API, spec, ORACLE, _st.POINTERS, request, arguments, body, BASE_URL\n    )\n\n\n@pytest.mark.parametrize(("name", "status"), ANSWERS)\n@_sendable_calls\n@CALLS\n@given(data=st.data())\ndef test_documented_answers_parse_or_raise(name: str, status: str, data: st.DataObject) -> None:\n    spec = OPERATIONS[name]\n    response = next(r for r in spec.responses if r.status == status)\n    form = proptest.answer_form(response)\n    if form is None:\n        return\n    value: object\n    wire: object\n    if form.validator is None:  # bytes (a download): returned as they came\n        value = wire = data.draw(st.binary(max_size=64), label=f"{status} answer")\n    else:\n        value = data.draw('
    yield str((undefined(name='S') if l_0_S is missing else l_0_S))
    yield 'form.validator.name'
    yield str((undefined(name='E') if l_0_E is missing else l_0_E))
    yield ', label=f"{status} answer")\n        wire = proptest_values.wire_answer(ORACLE, _st.POINTERS[form.validator.name], value)\n    content, content_type = proptest.encode_answer(wire, form.media_type)\n    arguments, body = _draw_call(spec, data)\n\n    def answer(request: httpx.Request) -> httpx.Response:\n        return httpx.Response(int(status), content=content, headers={"Content-Type": content_type})\n\n    outcome: object = None\n    error: SpecloomError | None = None\n    with _client_for(httpx.MockTransport(answer)) as client:\n        try:\n            outcome = client._call(spec, arguments, body, None, None)\n        except SpecloomError as exc:\n            error = exc\n    expected = proptest.expected_error(\n        int(status),\n        value,\n        content.decode("utf-8", "replace"),\n        response.rules,\n        spec.empty_result,\n        response.item_status,\n    )\n    proptest.check_answer(outcome, error, expected, spec, int(status))\n    if expected is None and error is None and status.startswith("2"):\n        proptest_values.check_result(outcome, value, spec, form, int(status))\n\n\n@pytest.mark.parametrize(("fmt", "text"), DATE_EXAMPLES)\ndef test_spec_date_examples_read_and_write_back(fmt: str, text: str) -> None:\n    proptest_values.check_date_example(fmt, text)\n\n\n@pytest.mark.parametrize("name", PAGED)\n@WIDE\n@given(data=st.data())\ndef test_iterators_yield_every_record_once(name: str, data: st.DataObject) -> None:\n    spec = OPERATIONS[name]\n    assert spec.pagination is not None\n    fake = _kit.FakeApi(base_url=BASE_URL)\n    resource = fake.behaviour(name).resource\n    id_field = next(r.id_field for r in fake.resources if r.name == resource)\n    size = spec.pagination.size\n    arguments: dict[str, object] = {\n        param.wire: data.draw('
    yield str((undefined(name='S') if l_0_S is missing else l_0_S))
    yield 'param.validator.name'
    yield str((undefined(name='E') if l_0_E is missing else l_0_E))
    yield ', label=param.wire)\n        for param in spec.params\n        if param.required and param.const is UNSET and param.validator is not None\n    }\n    if spec.pagination.limit_attr:\n        size = data.draw(st.integers(1, 3), label="page size")\n        arguments[spec.pagination.limit_attr] = size\n    count = data.draw(\n        st.sampled_from(sorted({0, 1, size, size + 1, 2 * size + 1})), label="records"\n    )\n    item = data.draw('
    yield str((undefined(name='S') if l_0_S is missing else l_0_S))
    yield 'resource'
    yield str((undefined(name='E') if l_0_E is missing else l_0_E))
    yield ', label=resource)\n    item = {**item, **fake.selected_by(name, arguments)}  # in the group the arguments name\n    fake.seed([{k: v for k, v in item.items() if k != id_field}] * count, resource=resource)\n    with _client_for(fake) as client:\n        results = list(client._iterate(spec, arguments, None, None))\n    proptest_values.check_pages(spec, fake, results, id_field)\n'

blocks = {}
debug_info = '1=33&2=36&3=40&34=44&37=47&38=51&42=60&60=67&64=70&65=74&103=82&107=85&108=89&162=96&174=100&273=104&317=108&327=112'