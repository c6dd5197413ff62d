"""The wire: how values are written (JSON, forms, query), read (parsing, dates, formats, models, quirks), checked (validation, body rules) and signed.

Modules and their public names (each importable from here, loaded on first use):

- ``encode``: ``compact_json``, ``json_body``, ``form_encode``, ``query_string``, ``urlencode_pairs``, ``to_wire_scalar``
- ``media``: ``media_type``, ``body_kind``, ``is_binary`` (no httpx: the generator reads media types as the runtime does)
- ``parsing``: ``BodyParseError``, ``JSON_DECODER``, ``parse_body``, ``parse_content``, ``parse_json``, ``parse_xml``, ``parse_jsonp``, ``xml_to_data``, ``parse_retry_after``, ``read_body``, ``error_from_response``, ``error_in_body``
- ``dates``: ``NamedFormat``, ``NAMED_DATE_FORMATS``, ``parse_named``, ``format_named``, ``is_named_valid``
- ``formats``: ``FORMAT_CHECKERS``, ``FORMAT_NOTES``, ``REGEX_MAX_LENGTH``
- ``formats_more``: (no public names: its duration, pointer and template checkers are in ``FORMAT_CHECKERS``)
- ``models``: ``Codec``, ``PLAIN``, ``DateCodec``, ``ListCodec``, ``DictCodec``, ``ModelCodec``, ``UnionCodec``, ``DecodeStrings``, ``WireField``, ``WireModel``, ``WireFormatError``, ``name_clash``
- ``body_rules``: ``BodyFailure``, ``resolve_pointer``, ``ErrorRules``, ``validate_error_rules``, ``check_error_in_body``, ``validate_empty_result_rule``, ``is_empty_result``, ``decode_strings``, ``normalize_keys``
- ``decode``: ``apply_decode_plan``
- ``signing``: ``Algorithm``, ``Encoding``, ``ALGORITHMS``, ``sign``, ``make_signer``, ``verify_signature``
- ``quirks``: (no public names)
- ``jsontypes``: ``JsonValue``
- ``lines``: (imported as a module) ``bounded_lines``, ``LineTooLong``: the lines of an untrusted file, none read past a bound
- ``pointer``: ``MISSING``, ``tokens``, ``walk``, ``lookup``, ``json_equal``
- ``patterns``: ``translate_pattern`` (ECMA-262 ``pattern`` text -> Python ``re``)
- ``styles``: (imported as a module) OpenAPI's parameter ``style``/``explode`` table: ``pairs``, ``segment``
- ``unset``: ``UNSET``, ``Unset``, ``is_unset``
- ``validation``: ``Violation``, ``ValidationError``, ``RecursionLimitError``, ``CompiledValidator``, ``LazyValidator``, ``LazyValidators``, ``collect``, ``json_in``, ``all_unique``, ``multiple_of``, ``pointer_part``, ``short_repr``, ``is_number``, ``passes``, ``problems``
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom_runtime.wire.body_rules import BodyFailure as BodyFailure
    from specloom_runtime.wire.body_rules import ErrorRules as ErrorRules
    from specloom_runtime.wire.body_rules import check_error_in_body as check_error_in_body
    from specloom_runtime.wire.body_rules import decode_strings as decode_strings
    from specloom_runtime.wire.body_rules import is_empty_result as is_empty_result
    from specloom_runtime.wire.body_rules import normalize_keys as normalize_keys
    from specloom_runtime.wire.body_rules import resolve_pointer as resolve_pointer
    from specloom_runtime.wire.body_rules import (
        validate_empty_result_rule as validate_empty_result_rule,
    )
    from specloom_runtime.wire.body_rules import validate_error_rules as validate_error_rules
    from specloom_runtime.wire.dates import NAMED_DATE_FORMATS as NAMED_DATE_FORMATS
    from specloom_runtime.wire.dates import NamedFormat as NamedFormat
    from specloom_runtime.wire.dates import format_named as format_named
    from specloom_runtime.wire.dates import is_named_valid as is_named_valid
    from specloom_runtime.wire.dates import parse_named as parse_named
    from specloom_runtime.wire.decode import apply_decode_plan as apply_decode_plan
    from specloom_runtime.wire.encode import compact_json as compact_json
    from specloom_runtime.wire.encode import form_encode as form_encode
    from specloom_runtime.wire.encode import json_body as json_body
    from specloom_runtime.wire.encode import query_string as query_string
    from specloom_runtime.wire.encode import to_wire_scalar as to_wire_scalar
    from specloom_runtime.wire.encode import urlencode_pairs as urlencode_pairs
    from specloom_runtime.wire.formats import FORMAT_CHECKERS as FORMAT_CHECKERS
    from specloom_runtime.wire.formats import FORMAT_NOTES as FORMAT_NOTES
    from specloom_runtime.wire.formats import REGEX_MAX_LENGTH as REGEX_MAX_LENGTH
    from specloom_runtime.wire.jsontypes import JsonValue as JsonValue
    from specloom_runtime.wire.media import body_kind as body_kind
    from specloom_runtime.wire.media import is_binary as is_binary
    from specloom_runtime.wire.media import media_type as media_type
    from specloom_runtime.wire.models import PLAIN as PLAIN
    from specloom_runtime.wire.models import Codec as Codec
    from specloom_runtime.wire.models import DateCodec as DateCodec
    from specloom_runtime.wire.models import DecodeStrings as DecodeStrings
    from specloom_runtime.wire.models import DictCodec as DictCodec
    from specloom_runtime.wire.models import ListCodec as ListCodec
    from specloom_runtime.wire.models import ModelCodec as ModelCodec
    from specloom_runtime.wire.models import UnionCodec as UnionCodec
    from specloom_runtime.wire.models import WireField as WireField
    from specloom_runtime.wire.models import WireFormatError as WireFormatError
    from specloom_runtime.wire.models import WireModel as WireModel
    from specloom_runtime.wire.models import name_clash as name_clash
    from specloom_runtime.wire.parsing import JSON_DECODER as JSON_DECODER
    from specloom_runtime.wire.parsing import BodyParseError as BodyParseError
    from specloom_runtime.wire.parsing import error_from_response as error_from_response
    from specloom_runtime.wire.parsing import error_in_body as error_in_body
    from specloom_runtime.wire.parsing import parse_body as parse_body
    from specloom_runtime.wire.parsing import parse_content as parse_content
    from specloom_runtime.wire.parsing import parse_json as parse_json
    from specloom_runtime.wire.parsing import parse_jsonp as parse_jsonp
    from specloom_runtime.wire.parsing import parse_retry_after as parse_retry_after
    from specloom_runtime.wire.parsing import parse_xml as parse_xml
    from specloom_runtime.wire.parsing import read_body as read_body
    from specloom_runtime.wire.parsing import xml_to_data as xml_to_data
    from specloom_runtime.wire.patterns import translate_pattern as translate_pattern
    from specloom_runtime.wire.pointer import MISSING as MISSING
    from specloom_runtime.wire.pointer import json_equal as json_equal
    from specloom_runtime.wire.pointer import lookup as lookup
    from specloom_runtime.wire.pointer import tokens as tokens
    from specloom_runtime.wire.pointer import walk as walk
    from specloom_runtime.wire.signing import ALGORITHMS as ALGORITHMS
    from specloom_runtime.wire.signing import Algorithm as Algorithm
    from specloom_runtime.wire.signing import Encoding as Encoding
    from specloom_runtime.wire.signing import make_signer as make_signer
    from specloom_runtime.wire.signing import sign as sign
    from specloom_runtime.wire.signing import verify_signature as verify_signature
    from specloom_runtime.wire.unset import UNSET as UNSET
    from specloom_runtime.wire.unset import Unset as Unset
    from specloom_runtime.wire.unset import is_unset as is_unset
    from specloom_runtime.wire.validation import CompiledValidator as CompiledValidator
    from specloom_runtime.wire.validation import LazyValidator as LazyValidator
    from specloom_runtime.wire.validation import LazyValidators as LazyValidators
    from specloom_runtime.wire.validation import RecursionLimitError as RecursionLimitError
    from specloom_runtime.wire.validation import ValidationError as ValidationError
    from specloom_runtime.wire.validation import Violation as Violation
    from specloom_runtime.wire.validation import all_unique as all_unique
    from specloom_runtime.wire.validation import collect as collect
    from specloom_runtime.wire.validation import is_number as is_number
    from specloom_runtime.wire.validation import json_in as json_in
    from specloom_runtime.wire.validation import multiple_of as multiple_of
    from specloom_runtime.wire.validation import passes as passes
    from specloom_runtime.wire.validation import pointer_part as pointer_part
    from specloom_runtime.wire.validation import problems as problems
    from specloom_runtime.wire.validation import short_repr as short_repr

_OWNER = {
    'apply_decode_plan': 'decode',
    'ALGORITHMS': 'signing',
    'Algorithm': 'signing',
    'BodyFailure': 'body_rules',
    'BodyParseError': 'parsing',
    'Codec': 'models',
    'CompiledValidator': 'validation',
    'DateCodec': 'models',
    'DecodeStrings': 'models',
    'DictCodec': 'models',
    'Encoding': 'signing',
    'ErrorRules': 'body_rules',
    'FORMAT_CHECKERS': 'formats',
    'FORMAT_NOTES': 'formats',
    'JSON_DECODER': 'parsing',
    'JsonValue': 'jsontypes',
    'LazyValidator': 'validation',
    'LazyValidators': 'validation',
    'ListCodec': 'models',
    'MISSING': 'pointer',
    'ModelCodec': 'models',
    'NAMED_DATE_FORMATS': 'dates',
    'NamedFormat': 'dates',
    'PLAIN': 'models',
    'REGEX_MAX_LENGTH': 'formats',
    'RecursionLimitError': 'validation',
    'UNSET': 'unset',
    'UnionCodec': 'models',
    'Unset': 'unset',
    'ValidationError': 'validation',
    'Violation': 'validation',
    'WireField': 'models',
    'WireFormatError': 'models',
    'WireModel': 'models',
    'all_unique': 'validation',
    'body_kind': 'media',
    'is_binary': 'media',
    'check_error_in_body': 'body_rules',
    'collect': 'validation',
    'compact_json': 'encode',
    'decode_strings': 'body_rules',
    'error_from_response': 'parsing',
    'error_in_body': 'parsing',
    'form_encode': 'encode',
    'format_named': 'dates',
    'is_empty_result': 'body_rules',
    'is_named_valid': 'dates',
    'is_number': 'validation',
    'is_unset': 'unset',
    'json_body': 'encode',
    'json_equal': 'pointer',
    'json_in': 'validation',
    'lookup': 'pointer',
    'make_signer': 'signing',
    'media_type': 'media',
    'multiple_of': 'validation',
    'name_clash': 'models',
    'normalize_keys': 'body_rules',
    'parse_body': 'parsing',
    'parse_content': 'parsing',
    'parse_json': 'parsing',
    'parse_jsonp': 'parsing',
    'parse_named': 'dates',
    'parse_retry_after': 'parsing',
    'parse_xml': 'parsing',
    'passes': 'validation',
    'pointer_part': 'validation',
    'problems': 'validation',
    'query_string': 'encode',
    'read_body': 'parsing',
    'resolve_pointer': 'body_rules',
    'short_repr': 'validation',
    'sign': 'signing',
    'to_wire_scalar': 'encode',
    'tokens': 'pointer',
    'translate_pattern': 'patterns',
    'urlencode_pairs': 'encode',
    'validate_empty_result_rule': 'body_rules',
    'validate_error_rules': 'body_rules',
    'verify_signature': 'signing',
    'walk': 'pointer',
    'xml_to_data': 'parsing',
}
__all__ = ['ALGORITHMS', 'apply_decode_plan', 'Algorithm', 'BodyFailure', 'BodyParseError', 'Codec', 'CompiledValidator', 'DateCodec', 'DecodeStrings', 'DictCodec', 'Encoding', 'ErrorRules', 'FORMAT_CHECKERS', 'FORMAT_NOTES', 'JSON_DECODER', 'JsonValue', 'LazyValidator', 'LazyValidators', 'ListCodec', 'MISSING', 'ModelCodec', 'NAMED_DATE_FORMATS', 'NamedFormat', 'PLAIN', 'REGEX_MAX_LENGTH', 'RecursionLimitError', 'UNSET', 'UnionCodec', 'Unset', 'ValidationError', 'Violation', 'WireField', 'WireFormatError', 'WireModel', 'all_unique', 'body_kind', 'check_error_in_body', 'collect', 'compact_json', 'decode_strings', 'error_from_response', 'error_in_body', 'form_encode', 'format_named', 'is_binary', 'is_empty_result', 'is_named_valid', 'is_number', 'is_unset', 'json_body', 'json_equal', 'json_in', 'lookup', 'make_signer', 'media_type', 'multiple_of', 'name_clash', 'normalize_keys', 'parse_body', 'parse_content', 'parse_json', 'parse_jsonp', 'parse_named', 'parse_retry_after', 'parse_xml', 'passes', 'pointer_part', 'problems', 'query_string', 'read_body', 'resolve_pointer', 'short_repr', 'sign', 'to_wire_scalar', 'tokens', 'translate_pattern', 'urlencode_pairs', 'validate_empty_result_rule', 'validate_error_rules', 'verify_signature', 'walk', 'xml_to_data']


def __getattr__(name: str) -> Any:
    # lazy: importing one name loads its module only (the kit and the oracle stay unloaded)
    if name in _OWNER:
        return getattr(importlib.import_module(f"{__name__}.{_OWNER[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
