"""Machine-written by ``python -m specloom.classcode`` (never edit): the method texts Python 3.11's
``dataclasses`` writes for the generator's dataclasses, as code. ``specloom.classcode`` says why.

No ``from __future__`` import here: it would change the code of the annotations these texts hold.
"""

from types import CodeType

PYTHON = (3, 11)
CODE: dict[str, CodeType] = {}


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.branches,)==(other.branches,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.branches,)==(other.branches,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.calls,self.consts,self.memos,self.warnings,self.imports,self.runtime,self.lines,)==(other.calls,other.consts,other.memos,other.warnings,other.imports,other.runtime,other.lines,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.calls,self.consts,self.memos,self.warnings,self.imports,self.runtime,self.lines,)==(other.calls,other.consts,other.memos,other.warnings,other.imports,other.runtime,other.lines,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.consts,self.min_len,self.max_len,self.imports,self.pattern,)==(other.code,other.consts,other.min_len,other.max_len,other.imports,other.pattern,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.consts,self.min_len,self.max_len,self.imports,self.pattern,)==(other.code,other.consts,other.min_len,other.max_len,other.imports,other.pattern,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.messages,self.raises,)==(other.code,other.messages,other.raises,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.messages,self.raises,)==(other.code,other.messages,other.raises,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cond,self.then,self.else_,)==(other.cond,other.then,other.else_,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cond,self.then,self.else_,)==(other.cond,other.then,other.else_,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.data,self.reporter,self.scope,self.models,self.names,self.edges,self._active,self._targets,)==(other.data,other.reporter,other.scope,other.models,other.names,other.edges,other._active,other._targets,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.data,self.reporter,self.scope,self.models,self.names,self.edges,self._active,self._targets,)==(other.data,other.reporter,other.scope,other.models,other.names,other.edges,other._active,other._targets,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fid,self.mode,self.w,self.counter,self.inline,self.spent,self.calls,)==(other.fid,other.mode,other.w,other.counter,other.inline,other.spent,other.calls,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fid,self.mode,self.w,self.counter,self.inline,self.spent,self.calls,)==(other.fid,other.mode,other.w,other.counter,other.inline,other.spent,other.calls,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.base,self.folders,self.spec,self.per_spec,)==(other.file,other.base,other.folders,other.spec,other.per_spec,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.base,self.folders,self.spec,self.per_spec,)==(other.file,other.base,other.folders,other.spec,other.per_spec,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.message,)==(other.file,other.line,other.message,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.message,)==(other.file,other.line,other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.pointer,self.message,self.severity,)==(other.file,other.line,other.pointer,other.message,other.severity,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.pointer,self.message,self.severity,)==(other.file,other.line,other.pointer,other.message,other.severity,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.value,self.lines,)==(other.file,other.line,other.value,other.lines,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.value,self.lines,)==(other.file,other.line,other.value,other.lines,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.lines,self.diagnostics,self.origins,self.files,)==(other.file,other.lines,other.diagnostics,other.origins,other.files,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.lines,self.diagnostics,self.origins,self.files,)==(other.file,other.lines,other.diagnostics,other.origins,other.files,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.format,)==(other.format,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.format,)==(other.format,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.full,self.dry_run,self.concurrency,self.rate,self.resend_uncertain,self.max_attempts,self.progress,self.progress_every,)==(other.full,other.dry_run,other.concurrency,other.rate,other.resend_uncertain,other.max_attempts,other.progress,other.progress_every,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.full,self.dry_run,self.concurrency,self.rate,self.resend_uncertain,self.max_attempts,self.progress,self.progress_every,)==(other.full,other.dry_run,other.concurrency,other.rate,other.resend_uncertain,other.max_attempts,other.progress,other.progress_every,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.instance_path,self.schema_path,self.keyword,self.message,)==(other.instance_path,other.schema_path,other.keyword,other.message,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.instance_path,self.schema_path,self.keyword,self.message,)==(other.instance_path,other.schema_path,other.keyword,other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.item,)==(other.item,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.item,)==(other.item,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.hash,self.status,self.done_hash,self.vendor_id,self.attempts,self.last_error,)==(other.key,other.hash,other.status,other.done_hash,other.vendor_id,other.attempts,other.last_error,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.hash,self.status,self.done_hash,self.vendor_id,self.attempts,self.last_error,)==(other.key,other.hash,other.status,other.done_hash,other.vendor_id,other.attempts,other.last_error,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.py_name,self.node,)==(other.key,other.py_name,other.node,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.py_name,self.node,)==(other.key,other.py_name,other.node,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.py_name,self.pointer,)==(other.key,other.py_name,other.pointer,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.py_name,self.pointer,)==(other.key,other.py_name,other.pointer,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.targets,self.rate,self.rate_documented,)==(other.key,other.targets,other.rate,other.rate_documented,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.targets,self.rate,self.rate_documented,)==(other.key,other.targets,other.rate,other.rate_documented,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.upsert,self.create,self.update,self.bulk_update,self.lookup,self.rate,self.rate_documented,)==(other.key,other.upsert,other.create,other.update,other.bulk_update,other.lookup,other.rate,other.rate_documented,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.upsert,self.create,self.update,self.bulk_update,self.lookup,self.rate,self.rate_documented,)==(other.key,other.upsert,other.create,other.update,other.bulk_update,other.lookup,other.rate,other.rate_documented,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyword,self.pointer,self.message,)==(other.keyword,other.pointer,other.message,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyword,self.pointer,self.message,)==(other.keyword,other.pointer,other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.item,self.members,self.values,self.model,self.date_format,)==(other.kind,other.item,other.members,other.values,other.model,other.date_format,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.item,self.members,self.values,self.model,self.date_format,)==(other.kind,other.item,other.members,other.values,other.model,other.date_format,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kinds,self.enum,self.not_in,self.string,self.number,self.array,self.obj,self.rules,self.ref,)==(other.kinds,other.enum,other.not_in,other.string,other.number,other.array,other.obj,other.rules,other.ref,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kinds,self.enum,self.not_in,self.string,self.number,self.array,self.obj,self.rules,self.ref,)==(other.kinds,other.enum,other.not_in,other.string,other.number,other.array,other.obj,other.rules,other.ref,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lenient,self.overlays,self.limits,self.ref_roots,self.strict,self.subset,self.package_prefix,)==(other.lenient,other.overlays,other.limits,other.ref_roots,other.strict,other.subset,other.package_prefix,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lenient,self.overlays,self.limits,self.ref_roots,self.strict,self.subset,self.package_prefix,)==(other.lenient,other.overlays,other.limits,other.ref_roots,other.strict,other.subset,other.package_prefix,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.key,self.digest,self.record,self.sent,self.entry,)==(other.line,other.key,other.digest,other.record,other.sent,other.entry,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.key,self.digest,self.record,self.sent,self.entry,)==(other.line,other.key,other.digest,other.record,other.sent,other.entry,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lo,self.lo_excl,self.hi,self.hi_excl,self.multiple,self.not_multiples,)==(other.lo,other.lo_excl,other.hi,other.hi_excl,other.multiple,other.not_multiples,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lo,self.lo_excl,self.hi,self.hi_excl,self.multiple,self.not_multiples,)==(other.lo,other.lo_excl,other.hi,other.hi_excl,other.multiple,other.not_multiples,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.mapping,self.inner,)==(other.mapping,other.inner,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.mapping,self.inner,)==(other.mapping,other.inner,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_bytes,self.max_depth,self.max_nodes,self.max_expanded_bytes,self.max_schemas,self.max_operations,)==(other.max_bytes,other.max_depth,other.max_nodes,other.max_expanded_bytes,other.max_schemas,other.max_operations,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_bytes,self.max_depth,self.max_nodes,self.max_expanded_bytes,self.max_schemas,self.max_operations,)==(other.max_bytes,other.max_depth,other.max_nodes,other.max_expanded_bytes,other.max_schemas,other.max_operations,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_retries,self.backoff_base,self.backoff_cap,self.total_timeout,self.retry_statuses,self.respect_retry_after,self.retry_after_cap,)==(other.max_retries,other.backoff_base,other.backoff_cap,other.total_timeout,other.retry_statuses,other.respect_retry_after,other.retry_after_cap,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_retries,self.backoff_base,self.backoff_cap,self.total_timeout,self.retry_statuses,self.respect_retry_after,self.retry_after_cap,)==(other.max_retries,other.backoff_base,other.backoff_cap,other.total_timeout,other.retry_statuses,other.respect_retry_after,other.retry_after_cap,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.media_type,self.codec,self.required,self.validator,self.envelope,self.kind,self.presence_flags,self.defaults,self.styles,self.sends_null,self.files,self.part_types,)==(other.media_type,other.codec,other.required,other.validator,other.envelope,other.kind,other.presence_flags,other.defaults,other.styles,other.sends_null,other.files,other.part_types,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.media_type,self.codec,self.required,self.validator,self.envelope,self.kind,self.presence_flags,self.defaults,self.styles,self.sends_null,self.files,self.part_types,)==(other.media_type,other.codec,other.required,other.validator,other.envelope,other.kind,other.presence_flags,other.defaults,other.styles,other.sends_null,other.files,other.part_types,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.media_type,self.codec,self.validator,self.decode,self.plan,)==(other.media_type,other.codec,other.validator,other.decode,other.plan,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.media_type,self.codec,self.validator,self.decode,self.plan,)==(other.media_type,other.codec,other.validator,other.decode,other.plan,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.media_type,self.type,self.required,self.envelope,self.kind,self.validator_key,self.presence_flags,self.client_defaults,self.schema_pointer,self.styles,self.files,self.part_types,)==(other.media_type,other.type,other.required,other.envelope,other.kind,other.validator_key,other.presence_flags,other.client_defaults,other.schema_pointer,other.styles,other.files,other.part_types,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.media_type,self.type,self.required,self.envelope,self.kind,self.validator_key,self.presence_flags,self.client_defaults,self.schema_pointer,self.styles,self.files,self.part_types,)==(other.media_type,other.type,other.required,other.envelope,other.kind,other.validator_key,other.presence_flags,other.client_defaults,other.schema_pointer,other.styles,other.files,other.part_types,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.media_type,self.type,self.validator_key,self.decode_strings,)==(other.media_type,other.type,other.validator_key,other.decode_strings,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.media_type,self.type,self.validator_key,self.decode_strings,)==(other.media_type,other.type,other.validator_key,other.decode_strings,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.members,)==(other.members,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.members,)==(other.members,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.message,)==(other.message,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.message,)==(other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.method,self.url,self.operation,)==(other.method,other.url,other.operation,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.method,self.url,self.operation,)==(other.method,other.url,other.operation,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.min_len,self.max_len,self.patterns,self.not_patterns,self.formats,)==(other.min_len,other.max_len,other.patterns,other.not_patterns,other.formats,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.min_len,self.max_len,self.patterns,self.not_patterns,self.formats,)==(other.min_len,other.max_len,other.patterns,other.not_patterns,other.formats,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.model,)==(other.model,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.model,)==(other.model,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.id_field,self.id_kind,self.server_fields,self.id_template,self.stamps,)==(other.name,other.id_field,other.id_kind,other.server_fields,other.id_template,other.stamps,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.id_field,self.id_kind,self.server_fields,self.id_template,self.stamps,)==(other.name,other.id_field,other.id_kind,other.server_fields,other.id_template,other.stamps,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.shape,self.strftime,)==(other.name,other.kind,other.shape,other.strftime,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.shape,self.strftime,)==(other.name,other.kind,other.shape,other.strftime,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.method,self.path,self.params,self.body,self.responses,self.credentials,self.idempotent,self.returns_value,self.single_item,self.empty_result,self.pagination,self.response_format,self.server,)==(other.name,other.method,other.path,other.params,other.body,other.responses,other.credentials,other.idempotent,other.returns_value,other.single_item,other.empty_result,other.pagination,other.response_format,other.server,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.method,self.path,self.params,self.body,self.responses,self.credentials,self.idempotent,self.returns_value,self.single_item,self.empty_result,self.pagination,self.response_format,self.server,)==(other.name,other.method,other.path,other.params,other.body,other.responses,other.credentials,other.idempotent,other.returns_value,other.single_item,other.empty_result,other.pagination,other.response_format,other.server,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.py_name,self.default,self.enum,self.description,)==(other.name,other.py_name,other.default,other.enum,other.description,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.py_name,self.default,self.enum,self.description,)==(other.name,other.py_name,other.default,other.enum,other.description,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.shape,)==(other.name,other.shape,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.shape,)==(other.name,other.shape,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.source_pointer,self.description,self.fields,self.extra_type,self.normalize_keys,self.recursive,)==(other.name,other.source_pointer,other.description,other.fields,other.extra_type,other.normalize_keys,other.recursive,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.source_pointer,self.description,self.fields,self.extra_type,self.normalize_keys,self.recursive,)==(other.name,other.source_pointer,other.description,other.fields,other.extra_type,other.normalize_keys,other.recursive,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.operation,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,)==(other.operation,other.method,other.argument,other.id_argument,other.id_kind,other.id_pointer,other.key_pointer,other.safe,other.fields,other.exists,other.batch,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.operation,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,)==(other.operation,other.method,other.argument,other.id_argument,other.id_kind,other.id_pointer,other.key_pointer,other.safe,other.fields,other.exists,other.batch,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.operation_id,self.py_name,self.method,self.path,self.summary,self.description,self.parameters,self.body,self.responses,self.result,self.pagination,self.empty_result,self.single_item,self.idempotent,self.credentials,self.kit,self.response_format,self.server,)==(other.operation_id,other.py_name,other.method,other.path,other.summary,other.description,other.parameters,other.body,other.responses,other.result,other.pagination,other.empty_result,other.single_item,other.idempotent,other.credentials,other.kit,other.response_format,other.server,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.operation_id,self.py_name,self.method,self.path,self.summary,self.description,self.parameters,self.body,self.responses,self.result,self.pagination,self.empty_result,self.single_item,self.idempotent,self.credentials,self.kit,self.response_format,self.server,)==(other.operation_id,other.py_name,other.method,other.path,other.summary,other.description,other.parameters,other.body,other.responses,other.result,other.pagination,other.empty_result,other.single_item,other.idempotent,other.credentials,other.kit,other.response_format,other.server,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.operations,self.tags,)==(other.operations,other.tags,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.operations,self.tags,)==(other.operations,other.tags,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.package,self.source_file,self.source_sha256,self.title,self.version,self.description,self.server_url,self.credentials,self.models,self.operations,self.validators,self.server_variables,self.sync,self.spec_path,self.package_prefix,self.operation_total,self.origins,self.lenient,)==(other.package,other.source_file,other.source_sha256,other.title,other.version,other.description,other.server_url,other.credentials,other.models,other.operations,other.validators,other.server_variables,other.sync,other.spec_path,other.package_prefix,other.operation_total,other.origins,other.lenient,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.package,self.source_file,self.source_sha256,self.title,self.version,self.description,self.server_url,self.credentials,self.models,self.operations,self.validators,self.server_variables,self.sync,self.spec_path,self.package_prefix,self.operation_total,self.origins,self.lenient,)==(other.package,other.source_file,other.source_sha256,other.title,other.version,other.description,other.server_url,other.credentials,other.models,other.operations,other.validators,other.server_variables,other.sync,other.spec_path,other.package_prefix,other.operation_total,other.origins,other.lenient,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.package,self.title,self.version,self.server_url,self.credentials,)==(other.package,other.title,other.version,other.server_url,other.credentials,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.package,self.title,self.version,self.server_url,self.credentials,)==(other.package,other.title,other.version,other.server_url,other.credentials,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.data,self.lines,self.sha256,self.limits,self.ref_roots,)==(other.path,other.data,other.lines,other.sha256,other.limits,other.ref_roots,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.data,self.lines,self.sha256,self.limits,self.ref_roots,)==(other.path,other.data,other.lines,other.sha256,other.limits,other.ref_roots,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pointer,self.keyword,self.message,)==(other.pointer,other.keyword,other.message,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pointer,self.keyword,self.message,)==(other.pointer,other.keyword,other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pointer,self.message,self.validator,)==(other.pointer,other.message,other.validator,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pointer,self.message,self.validator,)==(other.pointer,other.message,other.validator,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.prefix,self.items,self.min_items,self.max_items,self.unique,self.contains,)==(other.prefix,other.items,other.min_items,other.max_items,other.unique,other.contains,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.prefix,self.items,self.min_items,self.max_items,self.unique,self.contains,)==(other.prefix,other.items,other.min_items,other.max_items,other.unique,other.contains,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.present,self.atoms,self.variants,self.keys,self.closure,self.starts,)==(other.present,other.atoms,other.variants,other.keys,other.closure,other.starts,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.present,self.atoms,self.variants,self.keys,self.closure,self.starts,)==(other.present,other.atoms,other.variants,other.keys,other.closure,other.starts,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.props,self.required,self.patterns,self.additional,self.names,self.min_props,self.max_props,self.dep_required,self.need_keys,self.evaluated,self.evaluates_all,)==(other.props,other.required,other.patterns,other.additional,other.names,other.min_props,other.max_props,other.dep_required,other.need_keys,other.evaluated,other.evaluates_all,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.props,self.required,self.patterns,self.additional,self.names,self.min_props,self.max_props,self.dep_required,self.need_keys,self.evaluated,self.evaluates_all,)==(other.props,other.required,other.patterns,other.additional,other.names,other.min_props,other.max_props,other.dep_required,other.need_keys,other.evaluated,other.evaluates_all,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.py_name,self.scheme,self.location,self.wire_name,self.env_var,self.description,self.algorithm,self.encoding,)==(other.py_name,other.scheme,other.location,other.wire_name,other.env_var,other.description,other.algorithm,other.encoding,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.py_name,self.scheme,self.location,self.wire_name,self.env_var,self.description,self.algorithm,self.encoding,)==(other.py_name,other.scheme,other.location,other.wire_name,other.env_var,other.description,other.algorithm,other.encoding,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.query,self.headers,self.cookies,self.form,self.signers,)==(other.query,other.headers,other.cookies,other.form,other.signers,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.query,self.headers,self.cookies,self.form,self.signers,)==(other.query,other.headers,other.cookies,other.form,other.signers,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.read,self.requests,self.sent,self.created,self.updated,self.unchanged,self.skipped,self.rejected,self.uncertain,self.retries,self.rate_limited,self.lookups,self.dry_run,self.would,self.started,self.elapsed,self.first_request,self.last_answer,)==(other.read,other.requests,other.sent,other.created,other.updated,other.unchanged,other.skipped,other.rejected,other.uncertain,other.retries,other.rate_limited,other.lookups,other.dry_run,other.would,other.started,other.elapsed,other.first_request,other.last_answer,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.read,self.requests,self.sent,self.created,self.updated,self.unchanged,self.skipped,self.rejected,self.uncertain,self.retries,self.rate_limited,self.lookups,self.dry_run,self.would,self.started,self.elapsed,self.first_request,self.last_answer,)==(other.read,other.requests,other.sent,other.created,other.updated,other.unchanged,other.skipped,other.rejected,other.uncertain,other.retries,other.rate_limited,other.lookups,other.dry_run,other.would,other.started,other.elapsed,other.first_request,other.last_answer,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.registry,self.docs,self.resources,self.anchors,self.dynamic_anchors,self.bases,self._nodes,)==(other.registry,other.docs,other.resources,other.anchors,other.dynamic_anchors,other.bases,other._nodes,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.registry,self.docs,self.resources,self.anchors,self.dynamic_anchors,self.bases,self._nodes,)==(other.registry,other.docs,other.resources,other.anchors,other.dynamic_anchors,other.bases,other._nodes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rename,self.constants,self.formats,self.drop,)==(other.rename,other.constants,other.formats,other.drop,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rename,self.constants,self.formats,self.drop,)==(other.rename,other.constants,other.formats,other.drop,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.reserved,self.style,self.taken,)==(other.reserved,other.style,other.taken,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reserved,self.style,self.taken,)==(other.reserved,other.style,other.taken,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.role,self.handler,self.reason,)==(other.role,other.handler,other.reason,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.role,self.handler,self.reason,)==(other.role,other.handler,other.reason,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.role,self.handler,self.shape,)==(other.role,other.handler,other.shape,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.role,self.handler,self.shape,)==(other.role,other.handler,other.shape,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.role,self.operation_id,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,)==(other.role,other.operation_id,other.method,other.argument,other.id_argument,other.id_kind,other.id_pointer,other.key_pointer,other.safe,other.fields,other.exists,other.batch,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.role,self.operation_id,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,)==(other.role,other.operation_id,other.method,other.argument,other.id_argument,other.id_kind,other.id_pointer,other.key_pointer,other.safe,other.fields,other.exists,other.batch,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.role,self.resource,self.id_param,self.answer,self.ack_id_pointer,self.success,self.body_failures,self.failures,self.wire_kinds,self.filters,self.count,self.formats,self.only_with,)==(other.role,other.resource,other.id_param,other.answer,other.ack_id_pointer,other.success,other.body_failures,other.failures,other.wire_kinds,other.filters,other.count,other.formats,other.only_with,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.role,self.resource,self.id_param,self.answer,self.ack_id_pointer,self.success,self.body_failures,self.failures,self.wire_kinds,self.filters,self.count,self.formats,self.only_with,)==(other.role,other.resource,other.id_param,other.answer,other.ack_id_pointer,other.success,other.body_failures,other.failures,other.wire_kinds,other.filters,other.count,other.formats,other.only_with,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.schema,self.loc,self.base,)==(other.schema,other.loc,other.base,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.schema,self.loc,self.base,)==(other.schema,other.loc,other.base,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.scheme,self.attr,self.location,self.wire,self.env_var,self.algorithm,self.encoding,)==(other.scheme,other.attr,other.location,other.wire,other.env_var,other.algorithm,other.encoding,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.scheme,self.attr,self.location,self.wire,self.env_var,self.algorithm,self.encoding,)==(other.scheme,other.attr,other.location,other.wire,other.env_var,other.algorithm,other.encoding,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.secret_values,self.secret_query_names,self.secret_header_names,)==(other.secret_values,other.secret_query_names,other.secret_header_names,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.secret_values,self.secret_query_names,self.secret_header_names,)==(other.secret_values,other.secret_query_names,other.secret_header_names,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.shape,)==(other.shape,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.shape,)==(other.shape,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.shape,self.least,self.most,)==(other.shape,other.least,other.most,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.shape,self.least,self.most,)==(other.shape,other.least,other.most,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.data,self.origins,self.lines,)==(other.source,other.data,other.origins,other.lines,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.data,self.origins,self.lines,)==(other.source,other.data,other.origins,other.lines,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.warnings,)==(other.source,other.warnings,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.warnings,)==(other.source,other.warnings,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source_file,self.sha256,self.overlays,self.subset,)==(other.source_file,other.sha256,other.overlays,other.subset,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source_file,self.sha256,self.overlays,self.subset,)==(other.source_file,other.sha256,other.overlays,other.subset,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.specs,self.specs_dir,self.out,self.options,)==(other.specs,other.specs_dir,other.out,other.options,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.specs,self.specs_dir,self.out,self.options,)==(other.specs,other.specs_dir,other.out,other.options,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.description,self.media_types,self.type,self.error_in_body,self.forms,self.item_status,)==(other.status,other.description,other.media_types,other.type,other.error_in_body,other.forms,other.item_status,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.description,self.media_types,self.type,self.error_in_body,self.forms,self.item_status,)==(other.status,other.description,other.media_types,other.type,other.error_in_body,other.forms,other.item_status,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.forms,self.error_rules,self.item_status,self.rules,self.reads_text,)==(other.status,other.forms,other.error_rules,other.item_status,other.rules,other.reads_text,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.forms,self.error_rules,self.item_status,self.rules,self.reads_text,)==(other.status,other.forms,other.error_rules,other.item_status,other.rules,other.reads_text,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.media_type,self.body,self.rule,)==(other.status,other.media_type,other.body,other.rule,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.media_type,self.body,self.rule,)==(other.status,other.media_type,other.body,other.rule,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.style,self.page_attr,self.limit_attr,self.first,self.size,)==(other.style,other.page_attr,other.limit_attr,other.first,other.size,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.style,self.page_attr,self.limit_attr,self.first,self.size,)==(other.style,other.page_attr,other.limit_attr,other.first,other.size,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.style,self.page_param,self.offset_param,self.limit_param,self.first,self.page_size,)==(other.style,other.page_param,other.offset_param,other.limit_param,other.first,other.page_size,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.style,self.page_param,self.offset_param,self.limit_param,self.first,self.page_size,)==(other.style,other.page_param,other.offset_param,other.limit_param,other.first,other.page_size,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,)==(other.text,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,)==(other.text,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.valid,self.invalid,self.source,)==(other.valid,other.invalid,other.source,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.valid,self.invalid,self.source,)==(other.valid,other.invalid,other.source,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,)==(other.value,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,)==(other.value,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.wire,self.attr,self.codec,self.required,)==(other.wire,other.attr,other.codec,other.required,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.wire,self.attr,self.codec,self.required,)==(other.wire,other.attr,other.codec,other.required,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.wire,self.attr,self.location,self.required,self.codec,self.json,self.const,self.default,self.validator,self.style,self.explode,)==(other.wire,other.attr,other.location,other.required,other.codec,other.json,other.const,other.default,other.validator,other.style,other.explode,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.wire,self.attr,self.location,self.required,self.codec,self.json,self.const,self.default,self.validator,self.style,self.explode,)==(other.wire,other.attr,other.location,other.required,other.codec,other.json,other.const,other.default,other.validator,other.style,other.explode,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.wire_name,self.py_name,self.location,self.type,self.required,self.const,self.json_encoded,self.client_default,self.description,self.validator_key,self.style,self.explode,)==(other.wire_name,other.py_name,other.location,other.type,other.required,other.const,other.json_encoded,other.client_default,other.description,other.validator_key,other.style,other.explode,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.wire_name,self.py_name,self.location,self.type,self.required,self.const,self.json_encoded,self.client_default,self.description,self.validator_key,self.style,self.explode,)==(other.wire_name,other.py_name,other.location,other.type,other.required,other.const,other.json_encoded,other.client_default,other.description,other.validator_key,other.style,other.explode,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.wire_name,self.py_name,self.type,self.required,self.description,self.read_only,self.decode_strings,self.const,)==(other.wire_name,other.py_name,other.type,other.required,other.description,other.read_only,other.decode_strings,other.const,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.wire_name,self.py_name,self.type,self.required,self.description,self.read_only,self.decode_strings,self.const,)==(other.wire_name,other.py_name,other.type,other.required,other.description,other.read_only,other.decode_strings,other.const,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __ge__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.pointer,self.message,self.severity,)>=(other.file,other.line,other.pointer,other.message,other.severity,)
  return NotImplemented
 return __ge__


CODE['def __create_fn__():\n def __ge__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.pointer,self.message,self.severity,)>=(other.file,other.line,other.pointer,other.message,other.severity,)\n  return NotImplemented\n return __ge__'] = __create_fn__.__code__


def __create_fn__():
 def __gt__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.pointer,self.message,self.severity,)>(other.file,other.line,other.pointer,other.message,other.severity,)
  return NotImplemented
 return __gt__


CODE['def __create_fn__():\n def __gt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.pointer,self.message,self.severity,)>(other.file,other.line,other.pointer,other.message,other.severity,)\n  return NotImplemented\n return __gt__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.branches,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.branches,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.code,self.consts,self.min_len,self.max_len,self.imports,self.pattern,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.consts,self.min_len,self.max_len,self.imports,self.pattern,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.code,self.messages,self.raises,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.messages,self.raises,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.cond,self.then,self.else_,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.cond,self.then,self.else_,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.base,self.folders,self.spec,self.per_spec,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.base,self.folders,self.spec,self.per_spec,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.line,self.message,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.line,self.message,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.line,self.pointer,self.message,self.severity,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.line,self.pointer,self.message,self.severity,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.line,self.value,self.lines,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.line,self.value,self.lines,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.format,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.format,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.full,self.dry_run,self.concurrency,self.rate,self.resend_uncertain,self.max_attempts,self.progress,self.progress_every,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.full,self.dry_run,self.concurrency,self.rate,self.resend_uncertain,self.max_attempts,self.progress,self.progress_every,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.instance_path,self.schema_path,self.keyword,self.message,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.instance_path,self.schema_path,self.keyword,self.message,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.item,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.item,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.hash,self.status,self.done_hash,self.vendor_id,self.attempts,self.last_error,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.hash,self.status,self.done_hash,self.vendor_id,self.attempts,self.last_error,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.py_name,self.node,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.py_name,self.node,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.py_name,self.pointer,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.py_name,self.pointer,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.targets,self.rate,self.rate_documented,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.targets,self.rate,self.rate_documented,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.upsert,self.create,self.update,self.bulk_update,self.lookup,self.rate,self.rate_documented,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.upsert,self.create,self.update,self.bulk_update,self.lookup,self.rate,self.rate_documented,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.keyword,self.pointer,self.message,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.keyword,self.pointer,self.message,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.item,self.members,self.values,self.model,self.date_format,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.item,self.members,self.values,self.model,self.date_format,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kinds,self.enum,self.not_in,self.string,self.number,self.array,self.obj,self.rules,self.ref,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kinds,self.enum,self.not_in,self.string,self.number,self.array,self.obj,self.rules,self.ref,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.lenient,self.overlays,self.limits,self.ref_roots,self.strict,self.subset,self.package_prefix,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.lenient,self.overlays,self.limits,self.ref_roots,self.strict,self.subset,self.package_prefix,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.lo,self.lo_excl,self.hi,self.hi_excl,self.multiple,self.not_multiples,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.lo,self.lo_excl,self.hi,self.hi_excl,self.multiple,self.not_multiples,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.mapping,self.inner,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.mapping,self.inner,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.max_bytes,self.max_depth,self.max_nodes,self.max_expanded_bytes,self.max_schemas,self.max_operations,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.max_bytes,self.max_depth,self.max_nodes,self.max_expanded_bytes,self.max_schemas,self.max_operations,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.max_retries,self.backoff_base,self.backoff_cap,self.total_timeout,self.retry_statuses,self.respect_retry_after,self.retry_after_cap,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.max_retries,self.backoff_base,self.backoff_cap,self.total_timeout,self.retry_statuses,self.respect_retry_after,self.retry_after_cap,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.media_type,self.codec,self.required,self.validator,self.envelope,self.kind,self.presence_flags,self.defaults,self.styles,self.sends_null,self.files,self.part_types,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.media_type,self.codec,self.required,self.validator,self.envelope,self.kind,self.presence_flags,self.defaults,self.styles,self.sends_null,self.files,self.part_types,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.media_type,self.codec,self.validator,self.decode,self.plan,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.media_type,self.codec,self.validator,self.decode,self.plan,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.media_type,self.type,self.required,self.envelope,self.kind,self.validator_key,self.presence_flags,self.client_defaults,self.schema_pointer,self.styles,self.files,self.part_types,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.media_type,self.type,self.required,self.envelope,self.kind,self.validator_key,self.presence_flags,self.client_defaults,self.schema_pointer,self.styles,self.files,self.part_types,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.media_type,self.type,self.validator_key,self.decode_strings,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.media_type,self.type,self.validator_key,self.decode_strings,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.members,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.members,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.message,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.message,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.method,self.url,self.operation,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.method,self.url,self.operation,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.min_len,self.max_len,self.patterns,self.not_patterns,self.formats,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.min_len,self.max_len,self.patterns,self.not_patterns,self.formats,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.model,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.model,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.id_field,self.id_kind,self.server_fields,self.id_template,self.stamps,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.id_field,self.id_kind,self.server_fields,self.id_template,self.stamps,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.kind,self.shape,self.strftime,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.shape,self.strftime,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.method,self.path,self.params,self.body,self.responses,self.credentials,self.idempotent,self.returns_value,self.single_item,self.empty_result,self.pagination,self.response_format,self.server,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.method,self.path,self.params,self.body,self.responses,self.credentials,self.idempotent,self.returns_value,self.single_item,self.empty_result,self.pagination,self.response_format,self.server,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.py_name,self.default,self.enum,self.description,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.py_name,self.default,self.enum,self.description,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.shape,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.shape,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.source_pointer,self.description,self.fields,self.extra_type,self.normalize_keys,self.recursive,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.source_pointer,self.description,self.fields,self.extra_type,self.normalize_keys,self.recursive,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.operation,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.operation,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.operation_id,self.py_name,self.method,self.path,self.summary,self.description,self.parameters,self.body,self.responses,self.result,self.pagination,self.empty_result,self.single_item,self.idempotent,self.credentials,self.kit,self.response_format,self.server,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.operation_id,self.py_name,self.method,self.path,self.summary,self.description,self.parameters,self.body,self.responses,self.result,self.pagination,self.empty_result,self.single_item,self.idempotent,self.credentials,self.kit,self.response_format,self.server,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.operations,self.tags,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.operations,self.tags,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.package,self.source_file,self.source_sha256,self.title,self.version,self.description,self.server_url,self.credentials,self.models,self.operations,self.validators,self.server_variables,self.sync,self.spec_path,self.package_prefix,self.operation_total,self.origins,self.lenient,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.package,self.source_file,self.source_sha256,self.title,self.version,self.description,self.server_url,self.credentials,self.models,self.operations,self.validators,self.server_variables,self.sync,self.spec_path,self.package_prefix,self.operation_total,self.origins,self.lenient,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.package,self.title,self.version,self.server_url,self.credentials,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.package,self.title,self.version,self.server_url,self.credentials,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.data,self.lines,self.sha256,self.limits,self.ref_roots,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.data,self.lines,self.sha256,self.limits,self.ref_roots,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.pointer,self.keyword,self.message,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.pointer,self.keyword,self.message,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.pointer,self.message,self.validator,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.pointer,self.message,self.validator,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.prefix,self.items,self.min_items,self.max_items,self.unique,self.contains,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.prefix,self.items,self.min_items,self.max_items,self.unique,self.contains,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.props,self.required,self.patterns,self.additional,self.names,self.min_props,self.max_props,self.dep_required,self.need_keys,self.evaluated,self.evaluates_all,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.props,self.required,self.patterns,self.additional,self.names,self.min_props,self.max_props,self.dep_required,self.need_keys,self.evaluated,self.evaluates_all,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.py_name,self.scheme,self.location,self.wire_name,self.env_var,self.description,self.algorithm,self.encoding,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.py_name,self.scheme,self.location,self.wire_name,self.env_var,self.description,self.algorithm,self.encoding,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.query,self.headers,self.cookies,self.form,self.signers,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.query,self.headers,self.cookies,self.form,self.signers,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.rename,self.constants,self.formats,self.drop,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rename,self.constants,self.formats,self.drop,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.role,self.handler,self.reason,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.role,self.handler,self.reason,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.role,self.handler,self.shape,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.role,self.handler,self.shape,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.role,self.operation_id,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.role,self.operation_id,self.method,self.argument,self.id_argument,self.id_kind,self.id_pointer,self.key_pointer,self.safe,self.fields,self.exists,self.batch,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.role,self.resource,self.id_param,self.answer,self.ack_id_pointer,self.success,self.body_failures,self.failures,self.wire_kinds,self.filters,self.count,self.formats,self.only_with,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.role,self.resource,self.id_param,self.answer,self.ack_id_pointer,self.success,self.body_failures,self.failures,self.wire_kinds,self.filters,self.count,self.formats,self.only_with,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.schema,self.loc,self.base,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.schema,self.loc,self.base,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.scheme,self.attr,self.location,self.wire,self.env_var,self.algorithm,self.encoding,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.scheme,self.attr,self.location,self.wire,self.env_var,self.algorithm,self.encoding,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.secret_values,self.secret_query_names,self.secret_header_names,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.secret_values,self.secret_query_names,self.secret_header_names,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.shape,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.shape,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.shape,self.least,self.most,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.shape,self.least,self.most,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.data,self.origins,self.lines,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.data,self.origins,self.lines,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.warnings,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.warnings,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.source_file,self.sha256,self.overlays,self.subset,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.source_file,self.sha256,self.overlays,self.subset,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.specs,self.specs_dir,self.out,self.options,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.specs,self.specs_dir,self.out,self.options,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.description,self.media_types,self.type,self.error_in_body,self.forms,self.item_status,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.description,self.media_types,self.type,self.error_in_body,self.forms,self.item_status,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.forms,self.error_rules,self.item_status,self.rules,self.reads_text,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.forms,self.error_rules,self.item_status,self.rules,self.reads_text,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.media_type,self.body,self.rule,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.media_type,self.body,self.rule,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.style,self.page_attr,self.limit_attr,self.first,self.size,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.style,self.page_attr,self.limit_attr,self.first,self.size,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.style,self.page_param,self.offset_param,self.limit_param,self.first,self.page_size,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.style,self.page_param,self.offset_param,self.limit_param,self.first,self.page_size,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.valid,self.invalid,self.source,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.valid,self.invalid,self.source,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.value,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.value,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.wire,self.attr,self.codec,self.required,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.wire,self.attr,self.codec,self.required,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.wire,self.attr,self.location,self.required,self.codec,self.json,self.const,self.default,self.validator,self.style,self.explode,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.wire,self.attr,self.location,self.required,self.codec,self.json,self.const,self.default,self.validator,self.style,self.explode,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.wire_name,self.py_name,self.location,self.type,self.required,self.const,self.json_encoded,self.client_default,self.description,self.validator_key,self.style,self.explode,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.wire_name,self.py_name,self.location,self.type,self.required,self.const,self.json_encoded,self.client_default,self.description,self.validator_key,self.style,self.explode,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.wire_name,self.py_name,self.type,self.required,self.description,self.read_only,self.decode_strings,self.const,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.wire_name,self.py_name,self.type,self.required,self.description,self.read_only,self.decode_strings,self.const,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__():
 def __le__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.pointer,self.message,self.severity,)<=(other.file,other.line,other.pointer,other.message,other.severity,)
  return NotImplemented
 return __le__


CODE['def __create_fn__():\n def __le__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.pointer,self.message,self.severity,)<=(other.file,other.line,other.pointer,other.message,other.severity,)\n  return NotImplemented\n return __le__'] = __create_fn__.__code__


def __create_fn__():
 def __lt__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.pointer,self.message,self.severity,)<(other.file,other.line,other.pointer,other.message,other.severity,)
  return NotImplemented
 return __lt__


CODE['def __create_fn__():\n def __lt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.pointer,self.message,self.severity,)<(other.file,other.line,other.pointer,other.message,other.severity,)\n  return NotImplemented\n return __lt__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(branches={self.branches!r}, where={self.where!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(branches={self.branches!r}, where={self.where!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(calls={self.calls!r}, consts={self.consts!r}, memos={self.memos!r}, warnings={self.warnings!r}, imports={self.imports!r}, runtime={self.runtime!r}, lines={self.lines!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(calls={self.calls!r}, consts={self.consts!r}, memos={self.memos!r}, warnings={self.warnings!r}, imports={self.imports!r}, runtime={self.runtime!r}, lines={self.lines!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, consts={self.consts!r}, min_len={self.min_len!r}, max_len={self.max_len!r}, imports={self.imports!r}, pattern={self.pattern!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, consts={self.consts!r}, min_len={self.min_len!r}, max_len={self.max_len!r}, imports={self.imports!r}, pattern={self.pattern!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, messages={self.messages!r}, raises={self.raises!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, messages={self.messages!r}, raises={self.raises!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cond={self.cond!r}, then={self.then!r}, else_={self.else_!r}, where={self.where!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cond={self.cond!r}, then={self.then!r}, else_={self.else_!r}, where={self.where!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(data={self.data!r}, reporter={self.reporter!r}, scope={self.scope!r}, models={self.models!r}, names={self.names!r}, edges={self.edges!r}, _active={self._active!r}, _targets={self._targets!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(data={self.data!r}, reporter={self.reporter!r}, scope={self.scope!r}, models={self.models!r}, names={self.names!r}, edges={self.edges!r}, _active={self._active!r}, _targets={self._targets!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fid={self.fid!r}, mode={self.mode!r}, w={self.w!r}, counter={self.counter!r}, inline={self.inline!r}, spent={self.spent!r}, calls={self.calls!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fid={self.fid!r}, mode={self.mode!r}, w={self.w!r}, counter={self.counter!r}, inline={self.inline!r}, spent={self.spent!r}, calls={self.calls!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, base={self.base!r}, folders={self.folders!r}, spec={self.spec!r}, per_spec={self.per_spec!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, base={self.base!r}, folders={self.folders!r}, spec={self.spec!r}, per_spec={self.per_spec!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, message={self.message!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, message={self.message!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, pointer={self.pointer!r}, message={self.message!r}, severity={self.severity!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, pointer={self.pointer!r}, message={self.message!r}, severity={self.severity!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, value={self.value!r}, lines={self.lines!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, value={self.value!r}, lines={self.lines!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, lines={self.lines!r}, diagnostics={self.diagnostics!r}, origins={self.origins!r}, files={self.files!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, lines={self.lines!r}, diagnostics={self.diagnostics!r}, origins={self.origins!r}, files={self.files!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(format={self.format!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(format={self.format!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(full={self.full!r}, dry_run={self.dry_run!r}, concurrency={self.concurrency!r}, rate={self.rate!r}, resend_uncertain={self.resend_uncertain!r}, max_attempts={self.max_attempts!r}, progress={self.progress!r}, progress_every={self.progress_every!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(full={self.full!r}, dry_run={self.dry_run!r}, concurrency={self.concurrency!r}, rate={self.rate!r}, resend_uncertain={self.resend_uncertain!r}, max_attempts={self.max_attempts!r}, progress={self.progress!r}, progress_every={self.progress_every!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(instance_path={self.instance_path!r}, schema_path={self.schema_path!r}, keyword={self.keyword!r}, message={self.message!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(instance_path={self.instance_path!r}, schema_path={self.schema_path!r}, keyword={self.keyword!r}, message={self.message!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(item={self.item!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(item={self.item!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, hash={self.hash!r}, status={self.status!r}, done_hash={self.done_hash!r}, vendor_id={self.vendor_id!r}, attempts={self.attempts!r}, last_error={self.last_error!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, hash={self.hash!r}, status={self.status!r}, done_hash={self.done_hash!r}, vendor_id={self.vendor_id!r}, attempts={self.attempts!r}, last_error={self.last_error!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, py_name={self.py_name!r}, node={self.node!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, py_name={self.py_name!r}, node={self.node!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, py_name={self.py_name!r}, pointer={self.pointer!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, py_name={self.py_name!r}, pointer={self.pointer!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, targets={self.targets!r}, rate={self.rate!r}, rate_documented={self.rate_documented!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, targets={self.targets!r}, rate={self.rate!r}, rate_documented={self.rate_documented!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, upsert={self.upsert!r}, create={self.create!r}, update={self.update!r}, bulk_update={self.bulk_update!r}, lookup={self.lookup!r}, rate={self.rate!r}, rate_documented={self.rate_documented!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, upsert={self.upsert!r}, create={self.create!r}, update={self.update!r}, bulk_update={self.bulk_update!r}, lookup={self.lookup!r}, rate={self.rate!r}, rate_documented={self.rate_documented!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, pointer={self.pointer!r}, message={self.message!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, pointer={self.pointer!r}, message={self.message!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, item={self.item!r}, members={self.members!r}, values={self.values!r}, model={self.model!r}, date_format={self.date_format!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, item={self.item!r}, members={self.members!r}, values={self.values!r}, model={self.model!r}, date_format={self.date_format!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kinds={self.kinds!r}, enum={self.enum!r}, not_in={self.not_in!r}, string={self.string!r}, number={self.number!r}, array={self.array!r}, obj={self.obj!r}, rules={self.rules!r}, ref={self.ref!r}, where={self.where!r}, at={self.at!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kinds={self.kinds!r}, enum={self.enum!r}, not_in={self.not_in!r}, string={self.string!r}, number={self.number!r}, array={self.array!r}, obj={self.obj!r}, rules={self.rules!r}, ref={self.ref!r}, where={self.where!r}, at={self.at!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lenient={self.lenient!r}, overlays={self.overlays!r}, limits={self.limits!r}, ref_roots={self.ref_roots!r}, strict={self.strict!r}, subset={self.subset!r}, package_prefix={self.package_prefix!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lenient={self.lenient!r}, overlays={self.overlays!r}, limits={self.limits!r}, ref_roots={self.ref_roots!r}, strict={self.strict!r}, subset={self.subset!r}, package_prefix={self.package_prefix!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, key={self.key!r}, digest={self.digest!r}, record={self.record!r}, sent={self.sent!r}, entry={self.entry!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, key={self.key!r}, digest={self.digest!r}, record={self.record!r}, sent={self.sent!r}, entry={self.entry!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lo={self.lo!r}, lo_excl={self.lo_excl!r}, hi={self.hi!r}, hi_excl={self.hi_excl!r}, multiple={self.multiple!r}, not_multiples={self.not_multiples!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lo={self.lo!r}, lo_excl={self.lo_excl!r}, hi={self.hi!r}, hi_excl={self.hi_excl!r}, multiple={self.multiple!r}, not_multiples={self.not_multiples!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(mapping={self.mapping!r}, inner={self.inner!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(mapping={self.mapping!r}, inner={self.inner!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, max_depth={self.max_depth!r}, max_nodes={self.max_nodes!r}, max_expanded_bytes={self.max_expanded_bytes!r}, max_schemas={self.max_schemas!r}, max_operations={self.max_operations!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, max_depth={self.max_depth!r}, max_nodes={self.max_nodes!r}, max_expanded_bytes={self.max_expanded_bytes!r}, max_schemas={self.max_schemas!r}, max_operations={self.max_operations!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_retries={self.max_retries!r}, backoff_base={self.backoff_base!r}, backoff_cap={self.backoff_cap!r}, total_timeout={self.total_timeout!r}, retry_statuses={self.retry_statuses!r}, respect_retry_after={self.respect_retry_after!r}, retry_after_cap={self.retry_after_cap!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_retries={self.max_retries!r}, backoff_base={self.backoff_base!r}, backoff_cap={self.backoff_cap!r}, total_timeout={self.total_timeout!r}, retry_statuses={self.retry_statuses!r}, respect_retry_after={self.respect_retry_after!r}, retry_after_cap={self.retry_after_cap!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, codec={self.codec!r}, required={self.required!r}, validator={self.validator!r}, envelope={self.envelope!r}, kind={self.kind!r}, presence_flags={self.presence_flags!r}, defaults={self.defaults!r}, styles={self.styles!r}, sends_null={self.sends_null!r}, files={self.files!r}, part_types={self.part_types!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, codec={self.codec!r}, required={self.required!r}, validator={self.validator!r}, envelope={self.envelope!r}, kind={self.kind!r}, presence_flags={self.presence_flags!r}, defaults={self.defaults!r}, styles={self.styles!r}, sends_null={self.sends_null!r}, files={self.files!r}, part_types={self.part_types!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, codec={self.codec!r}, validator={self.validator!r}, decode={self.decode!r}, plan={self.plan!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, codec={self.codec!r}, validator={self.validator!r}, decode={self.decode!r}, plan={self.plan!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, type={self.type!r}, required={self.required!r}, envelope={self.envelope!r}, kind={self.kind!r}, validator_key={self.validator_key!r}, presence_flags={self.presence_flags!r}, client_defaults={self.client_defaults!r}, schema_pointer={self.schema_pointer!r}, styles={self.styles!r}, files={self.files!r}, part_types={self.part_types!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, type={self.type!r}, required={self.required!r}, envelope={self.envelope!r}, kind={self.kind!r}, validator_key={self.validator_key!r}, presence_flags={self.presence_flags!r}, client_defaults={self.client_defaults!r}, schema_pointer={self.schema_pointer!r}, styles={self.styles!r}, files={self.files!r}, part_types={self.part_types!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, type={self.type!r}, validator_key={self.validator_key!r}, decode_strings={self.decode_strings!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(media_type={self.media_type!r}, type={self.type!r}, validator_key={self.validator_key!r}, decode_strings={self.decode_strings!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(members={self.members!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(members={self.members!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(message={self.message!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(message={self.message!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(method={self.method!r}, url={self.url!r}, operation={self.operation!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(method={self.method!r}, url={self.url!r}, operation={self.operation!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(min_len={self.min_len!r}, max_len={self.max_len!r}, patterns={self.patterns!r}, not_patterns={self.not_patterns!r}, formats={self.formats!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(min_len={self.min_len!r}, max_len={self.max_len!r}, patterns={self.patterns!r}, not_patterns={self.not_patterns!r}, formats={self.formats!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(model={self.model!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(model={self.model!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, id_field={self.id_field!r}, id_kind={self.id_kind!r}, server_fields={self.server_fields!r}, id_template={self.id_template!r}, stamps={self.stamps!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, id_field={self.id_field!r}, id_kind={self.id_kind!r}, server_fields={self.server_fields!r}, id_template={self.id_template!r}, stamps={self.stamps!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, shape={self.shape!r}, strftime={self.strftime!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, shape={self.shape!r}, strftime={self.strftime!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, method={self.method!r}, path={self.path!r}, params={self.params!r}, body={self.body!r}, responses={self.responses!r}, credentials={self.credentials!r}, idempotent={self.idempotent!r}, returns_value={self.returns_value!r}, single_item={self.single_item!r}, empty_result={self.empty_result!r}, pagination={self.pagination!r}, response_format={self.response_format!r}, server={self.server!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, method={self.method!r}, path={self.path!r}, params={self.params!r}, body={self.body!r}, responses={self.responses!r}, credentials={self.credentials!r}, idempotent={self.idempotent!r}, returns_value={self.returns_value!r}, single_item={self.single_item!r}, empty_result={self.empty_result!r}, pagination={self.pagination!r}, response_format={self.response_format!r}, server={self.server!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, py_name={self.py_name!r}, default={self.default!r}, enum={self.enum!r}, description={self.description!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, py_name={self.py_name!r}, default={self.default!r}, enum={self.enum!r}, description={self.description!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, shape={self.shape!r}, where={self.where!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, shape={self.shape!r}, where={self.where!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, source_pointer={self.source_pointer!r}, description={self.description!r}, fields={self.fields!r}, extra_type={self.extra_type!r}, normalize_keys={self.normalize_keys!r}, recursive={self.recursive!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, source_pointer={self.source_pointer!r}, description={self.description!r}, fields={self.fields!r}, extra_type={self.extra_type!r}, normalize_keys={self.normalize_keys!r}, recursive={self.recursive!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(operation={self.operation!r}, method={self.method!r}, argument={self.argument!r}, id_argument={self.id_argument!r}, id_kind={self.id_kind!r}, id_pointer={self.id_pointer!r}, key_pointer={self.key_pointer!r}, safe={self.safe!r}, fields={self.fields!r}, exists={self.exists!r}, batch={self.batch!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(operation={self.operation!r}, method={self.method!r}, argument={self.argument!r}, id_argument={self.id_argument!r}, id_kind={self.id_kind!r}, id_pointer={self.id_pointer!r}, key_pointer={self.key_pointer!r}, safe={self.safe!r}, fields={self.fields!r}, exists={self.exists!r}, batch={self.batch!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(operation_id={self.operation_id!r}, py_name={self.py_name!r}, method={self.method!r}, path={self.path!r}, summary={self.summary!r}, description={self.description!r}, parameters={self.parameters!r}, body={self.body!r}, responses={self.responses!r}, result={self.result!r}, pagination={self.pagination!r}, empty_result={self.empty_result!r}, single_item={self.single_item!r}, idempotent={self.idempotent!r}, credentials={self.credentials!r}, kit={self.kit!r}, response_format={self.response_format!r}, server={self.server!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(operation_id={self.operation_id!r}, py_name={self.py_name!r}, method={self.method!r}, path={self.path!r}, summary={self.summary!r}, description={self.description!r}, parameters={self.parameters!r}, body={self.body!r}, responses={self.responses!r}, result={self.result!r}, pagination={self.pagination!r}, empty_result={self.empty_result!r}, single_item={self.single_item!r}, idempotent={self.idempotent!r}, credentials={self.credentials!r}, kit={self.kit!r}, response_format={self.response_format!r}, server={self.server!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(operations={self.operations!r}, tags={self.tags!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(operations={self.operations!r}, tags={self.tags!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(package={self.package!r}, source_file={self.source_file!r}, source_sha256={self.source_sha256!r}, title={self.title!r}, version={self.version!r}, description={self.description!r}, server_url={self.server_url!r}, credentials={self.credentials!r}, models={self.models!r}, operations={self.operations!r}, validators={self.validators!r}, server_variables={self.server_variables!r}, sync={self.sync!r}, spec_path={self.spec_path!r}, package_prefix={self.package_prefix!r}, operation_total={self.operation_total!r}, origins={self.origins!r}, lenient={self.lenient!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(package={self.package!r}, source_file={self.source_file!r}, source_sha256={self.source_sha256!r}, title={self.title!r}, version={self.version!r}, description={self.description!r}, server_url={self.server_url!r}, credentials={self.credentials!r}, models={self.models!r}, operations={self.operations!r}, validators={self.validators!r}, server_variables={self.server_variables!r}, sync={self.sync!r}, spec_path={self.spec_path!r}, package_prefix={self.package_prefix!r}, operation_total={self.operation_total!r}, origins={self.origins!r}, lenient={self.lenient!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(package={self.package!r}, title={self.title!r}, version={self.version!r}, server_url={self.server_url!r}, credentials={self.credentials!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(package={self.package!r}, title={self.title!r}, version={self.version!r}, server_url={self.server_url!r}, credentials={self.credentials!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, data={self.data!r}, lines={self.lines!r}, sha256={self.sha256!r}, limits={self.limits!r}, ref_roots={self.ref_roots!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, data={self.data!r}, lines={self.lines!r}, sha256={self.sha256!r}, limits={self.limits!r}, ref_roots={self.ref_roots!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pointer={self.pointer!r}, keyword={self.keyword!r}, message={self.message!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pointer={self.pointer!r}, keyword={self.keyword!r}, message={self.message!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pointer={self.pointer!r}, message={self.message!r}, validator={self.validator!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pointer={self.pointer!r}, message={self.message!r}, validator={self.validator!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(prefix={self.prefix!r}, items={self.items!r}, min_items={self.min_items!r}, max_items={self.max_items!r}, unique={self.unique!r}, contains={self.contains!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(prefix={self.prefix!r}, items={self.items!r}, min_items={self.min_items!r}, max_items={self.max_items!r}, unique={self.unique!r}, contains={self.contains!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(present={self.present!r}, atoms={self.atoms!r}, variants={self.variants!r}, keys={self.keys!r}, closure={self.closure!r}, starts={self.starts!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(present={self.present!r}, atoms={self.atoms!r}, variants={self.variants!r}, keys={self.keys!r}, closure={self.closure!r}, starts={self.starts!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(props={self.props!r}, required={self.required!r}, patterns={self.patterns!r}, additional={self.additional!r}, names={self.names!r}, min_props={self.min_props!r}, max_props={self.max_props!r}, dep_required={self.dep_required!r}, need_keys={self.need_keys!r}, evaluated={self.evaluated!r}, evaluates_all={self.evaluates_all!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(props={self.props!r}, required={self.required!r}, patterns={self.patterns!r}, additional={self.additional!r}, names={self.names!r}, min_props={self.min_props!r}, max_props={self.max_props!r}, dep_required={self.dep_required!r}, need_keys={self.need_keys!r}, evaluated={self.evaluated!r}, evaluates_all={self.evaluates_all!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(py_name={self.py_name!r}, scheme={self.scheme!r}, location={self.location!r}, wire_name={self.wire_name!r}, env_var={self.env_var!r}, description={self.description!r}, algorithm={self.algorithm!r}, encoding={self.encoding!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(py_name={self.py_name!r}, scheme={self.scheme!r}, location={self.location!r}, wire_name={self.wire_name!r}, env_var={self.env_var!r}, description={self.description!r}, algorithm={self.algorithm!r}, encoding={self.encoding!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(read={self.read!r}, requests={self.requests!r}, sent={self.sent!r}, created={self.created!r}, updated={self.updated!r}, unchanged={self.unchanged!r}, skipped={self.skipped!r}, rejected={self.rejected!r}, uncertain={self.uncertain!r}, retries={self.retries!r}, rate_limited={self.rate_limited!r}, lookups={self.lookups!r}, dry_run={self.dry_run!r}, would={self.would!r}, started={self.started!r}, elapsed={self.elapsed!r}, first_request={self.first_request!r}, last_answer={self.last_answer!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(read={self.read!r}, requests={self.requests!r}, sent={self.sent!r}, created={self.created!r}, updated={self.updated!r}, unchanged={self.unchanged!r}, skipped={self.skipped!r}, rejected={self.rejected!r}, uncertain={self.uncertain!r}, retries={self.retries!r}, rate_limited={self.rate_limited!r}, lookups={self.lookups!r}, dry_run={self.dry_run!r}, would={self.would!r}, started={self.started!r}, elapsed={self.elapsed!r}, first_request={self.first_request!r}, last_answer={self.last_answer!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(registry={self.registry!r}, docs={self.docs!r}, resources={self.resources!r}, anchors={self.anchors!r}, dynamic_anchors={self.dynamic_anchors!r}, bases={self.bases!r}, _nodes={self._nodes!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(registry={self.registry!r}, docs={self.docs!r}, resources={self.resources!r}, anchors={self.anchors!r}, dynamic_anchors={self.dynamic_anchors!r}, bases={self.bases!r}, _nodes={self._nodes!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rename={self.rename!r}, constants={self.constants!r}, formats={self.formats!r}, drop={self.drop!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rename={self.rename!r}, constants={self.constants!r}, formats={self.formats!r}, drop={self.drop!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(reserved={self.reserved!r}, style={self.style!r}, taken={self.taken!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reserved={self.reserved!r}, style={self.style!r}, taken={self.taken!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(role={self.role!r}, handler={self.handler!r}, reason={self.reason!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(role={self.role!r}, handler={self.handler!r}, reason={self.reason!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(role={self.role!r}, handler={self.handler!r}, shape={self.shape!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(role={self.role!r}, handler={self.handler!r}, shape={self.shape!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(role={self.role!r}, operation_id={self.operation_id!r}, method={self.method!r}, argument={self.argument!r}, id_argument={self.id_argument!r}, id_kind={self.id_kind!r}, id_pointer={self.id_pointer!r}, key_pointer={self.key_pointer!r}, safe={self.safe!r}, fields={self.fields!r}, exists={self.exists!r}, batch={self.batch!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(role={self.role!r}, operation_id={self.operation_id!r}, method={self.method!r}, argument={self.argument!r}, id_argument={self.id_argument!r}, id_kind={self.id_kind!r}, id_pointer={self.id_pointer!r}, key_pointer={self.key_pointer!r}, safe={self.safe!r}, fields={self.fields!r}, exists={self.exists!r}, batch={self.batch!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(role={self.role!r}, resource={self.resource!r}, id_param={self.id_param!r}, answer={self.answer!r}, ack_id_pointer={self.ack_id_pointer!r}, success={self.success!r}, body_failures={self.body_failures!r}, failures={self.failures!r}, wire_kinds={self.wire_kinds!r}, filters={self.filters!r}, count={self.count!r}, formats={self.formats!r}, only_with={self.only_with!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(role={self.role!r}, resource={self.resource!r}, id_param={self.id_param!r}, answer={self.answer!r}, ack_id_pointer={self.ack_id_pointer!r}, success={self.success!r}, body_failures={self.body_failures!r}, failures={self.failures!r}, wire_kinds={self.wire_kinds!r}, filters={self.filters!r}, count={self.count!r}, formats={self.formats!r}, only_with={self.only_with!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(schema={self.schema!r}, loc={self.loc!r}, base={self.base!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(schema={self.schema!r}, loc={self.loc!r}, base={self.base!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(scheme={self.scheme!r}, attr={self.attr!r}, location={self.location!r}, wire={self.wire!r}, env_var={self.env_var!r}, algorithm={self.algorithm!r}, encoding={self.encoding!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(scheme={self.scheme!r}, attr={self.attr!r}, location={self.location!r}, wire={self.wire!r}, env_var={self.env_var!r}, algorithm={self.algorithm!r}, encoding={self.encoding!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(secret_values={self.secret_values!r}, secret_query_names={self.secret_query_names!r}, secret_header_names={self.secret_header_names!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(secret_values={self.secret_values!r}, secret_query_names={self.secret_query_names!r}, secret_header_names={self.secret_header_names!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(shape={self.shape!r}, least={self.least!r}, most={self.most!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(shape={self.shape!r}, least={self.least!r}, most={self.most!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(shape={self.shape!r}, where={self.where!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(shape={self.shape!r}, where={self.where!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, data={self.data!r}, origins={self.origins!r}, lines={self.lines!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, data={self.data!r}, origins={self.origins!r}, lines={self.lines!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, warnings={self.warnings!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, warnings={self.warnings!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source_file={self.source_file!r}, sha256={self.sha256!r}, overlays={self.overlays!r}, subset={self.subset!r}, operations={self.operations!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source_file={self.source_file!r}, sha256={self.sha256!r}, overlays={self.overlays!r}, subset={self.subset!r}, operations={self.operations!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(specs={self.specs!r}, specs_dir={self.specs_dir!r}, out={self.out!r}, options={self.options!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(specs={self.specs!r}, specs_dir={self.specs_dir!r}, out={self.out!r}, options={self.options!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, description={self.description!r}, media_types={self.media_types!r}, type={self.type!r}, error_in_body={self.error_in_body!r}, forms={self.forms!r}, item_status={self.item_status!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, description={self.description!r}, media_types={self.media_types!r}, type={self.type!r}, error_in_body={self.error_in_body!r}, forms={self.forms!r}, item_status={self.item_status!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, forms={self.forms!r}, error_rules={self.error_rules!r}, item_status={self.item_status!r}, rules={self.rules!r}, reads_text={self.reads_text!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, forms={self.forms!r}, error_rules={self.error_rules!r}, item_status={self.item_status!r}, rules={self.rules!r}, reads_text={self.reads_text!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, media_type={self.media_type!r}, body={self.body!r}, rule={self.rule!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, media_type={self.media_type!r}, body={self.body!r}, rule={self.rule!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(style={self.style!r}, page_attr={self.page_attr!r}, limit_attr={self.limit_attr!r}, first={self.first!r}, size={self.size!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(style={self.style!r}, page_attr={self.page_attr!r}, limit_attr={self.limit_attr!r}, first={self.first!r}, size={self.size!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(style={self.style!r}, page_param={self.page_param!r}, offset_param={self.offset_param!r}, limit_param={self.limit_param!r}, first={self.first!r}, page_size={self.page_size!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(style={self.style!r}, page_param={self.page_param!r}, offset_param={self.offset_param!r}, limit_param={self.limit_param!r}, first={self.first!r}, page_size={self.page_size!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(valid={self.valid!r}, invalid={self.invalid!r}, source={self.source!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(valid={self.valid!r}, invalid={self.invalid!r}, source={self.source!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(wire={self.wire!r}, attr={self.attr!r}, codec={self.codec!r}, required={self.required!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(wire={self.wire!r}, attr={self.attr!r}, codec={self.codec!r}, required={self.required!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(wire={self.wire!r}, attr={self.attr!r}, location={self.location!r}, required={self.required!r}, codec={self.codec!r}, json={self.json!r}, const={self.const!r}, default={self.default!r}, validator={self.validator!r}, style={self.style!r}, explode={self.explode!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(wire={self.wire!r}, attr={self.attr!r}, location={self.location!r}, required={self.required!r}, codec={self.codec!r}, json={self.json!r}, const={self.const!r}, default={self.default!r}, validator={self.validator!r}, style={self.style!r}, explode={self.explode!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(wire_name={self.wire_name!r}, py_name={self.py_name!r}, location={self.location!r}, type={self.type!r}, required={self.required!r}, const={self.const!r}, json_encoded={self.json_encoded!r}, client_default={self.client_default!r}, description={self.description!r}, validator_key={self.validator_key!r}, style={self.style!r}, explode={self.explode!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(wire_name={self.wire_name!r}, py_name={self.py_name!r}, location={self.location!r}, type={self.type!r}, required={self.required!r}, const={self.const!r}, json_encoded={self.json_encoded!r}, client_default={self.client_default!r}, description={self.description!r}, validator_key={self.validator_key!r}, style={self.style!r}, explode={self.explode!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(wire_name={self.wire_name!r}, py_name={self.py_name!r}, type={self.type!r}, required={self.required!r}, description={self.description!r}, read_only={self.read_only!r}, decode_strings={self.decode_strings!r}, const={self.const!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(wire_name={self.wire_name!r}, py_name={self.py_name!r}, type={self.type!r}, required={self.required!r}, description={self.description!r}, read_only={self.read_only!r}, decode_strings={self.decode_strings!r}, const={self.const!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__(_type_branches, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):
 def __init__(self,branches:_type_branches,where:_type_where=_dflt_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'branches',branches)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


CODE["def __create_fn__(_type_branches, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):\n def __init__(self,branches:_type_branches,where:_type_where=_dflt_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'branches',branches)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_calls, _type_consts, _type_memos, _type_warnings, _type_imports, _type_runtime, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_calls, _dflt_consts, _dflt_memos, _dflt_warnings, _dflt_imports, _dflt_runtime, _dflt_lines, _return_type):
 def __init__(self,calls:_type_calls=_HAS_DEFAULT_FACTORY,consts:_type_consts=_HAS_DEFAULT_FACTORY,memos:_type_memos=_HAS_DEFAULT_FACTORY,warnings:_type_warnings=_HAS_DEFAULT_FACTORY,imports:_type_imports=_HAS_DEFAULT_FACTORY,runtime:_type_runtime=_HAS_DEFAULT_FACTORY,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:
  self.calls=_dflt_calls() if calls is _HAS_DEFAULT_FACTORY else calls
  self.consts=_dflt_consts() if consts is _HAS_DEFAULT_FACTORY else consts
  self.memos=_dflt_memos() if memos is _HAS_DEFAULT_FACTORY else memos
  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings
  self.imports=_dflt_imports() if imports is _HAS_DEFAULT_FACTORY else imports
  self.runtime=_dflt_runtime() if runtime is _HAS_DEFAULT_FACTORY else runtime
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
 return __init__


CODE['def __create_fn__(_type_calls, _type_consts, _type_memos, _type_warnings, _type_imports, _type_runtime, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_calls, _dflt_consts, _dflt_memos, _dflt_warnings, _dflt_imports, _dflt_runtime, _dflt_lines, _return_type):\n def __init__(self,calls:_type_calls=_HAS_DEFAULT_FACTORY,consts:_type_consts=_HAS_DEFAULT_FACTORY,memos:_type_memos=_HAS_DEFAULT_FACTORY,warnings:_type_warnings=_HAS_DEFAULT_FACTORY,imports:_type_imports=_HAS_DEFAULT_FACTORY,runtime:_type_runtime=_HAS_DEFAULT_FACTORY,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.calls=_dflt_calls() if calls is _HAS_DEFAULT_FACTORY else calls\n  self.consts=_dflt_consts() if consts is _HAS_DEFAULT_FACTORY else consts\n  self.memos=_dflt_memos() if memos is _HAS_DEFAULT_FACTORY else memos\n  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings\n  self.imports=_dflt_imports() if imports is _HAS_DEFAULT_FACTORY else imports\n  self.runtime=_dflt_runtime() if runtime is _HAS_DEFAULT_FACTORY else runtime\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_code, _type_consts, _type_min_len, _type_max_len, _type_imports, _type_pattern, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_imports, _dflt_pattern, _return_type):
 def __init__(self,code:_type_code,consts:_type_consts,min_len:_type_min_len,max_len:_type_max_len,imports:_type_imports=_dflt_imports,pattern:_type_pattern=_dflt_pattern)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'consts',consts)
  __dataclass_builtins_object__.__setattr__(self,'min_len',min_len)
  __dataclass_builtins_object__.__setattr__(self,'max_len',max_len)
  __dataclass_builtins_object__.__setattr__(self,'imports',imports)
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
 return __init__


CODE["def __create_fn__(_type_code, _type_consts, _type_min_len, _type_max_len, _type_imports, _type_pattern, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_imports, _dflt_pattern, _return_type):\n def __init__(self,code:_type_code,consts:_type_consts,min_len:_type_min_len,max_len:_type_max_len,imports:_type_imports=_dflt_imports,pattern:_type_pattern=_dflt_pattern)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'consts',consts)\n  __dataclass_builtins_object__.__setattr__(self,'min_len',min_len)\n  __dataclass_builtins_object__.__setattr__(self,'max_len',max_len)\n  __dataclass_builtins_object__.__setattr__(self,'imports',imports)\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_code, _type_messages, _type_raises, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_raises, _return_type):
 def __init__(self,code:_type_code,messages:_type_messages,raises:_type_raises=_dflt_raises)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'messages',messages)
  __dataclass_builtins_object__.__setattr__(self,'raises',raises)
 return __init__


CODE["def __create_fn__(_type_code, _type_messages, _type_raises, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_raises, _return_type):\n def __init__(self,code:_type_code,messages:_type_messages,raises:_type_raises=_dflt_raises)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'messages',messages)\n  __dataclass_builtins_object__.__setattr__(self,'raises',raises)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_cond, _type_then, _type_else_, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):
 def __init__(self,cond:_type_cond,then:_type_then,else_:_type_else_,where:_type_where=_dflt_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cond',cond)
  __dataclass_builtins_object__.__setattr__(self,'then',then)
  __dataclass_builtins_object__.__setattr__(self,'else_',else_)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


CODE["def __create_fn__(_type_cond, _type_then, _type_else_, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):\n def __init__(self,cond:_type_cond,then:_type_then,else_:_type_else_,where:_type_where=_dflt_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cond',cond)\n  __dataclass_builtins_object__.__setattr__(self,'then',then)\n  __dataclass_builtins_object__.__setattr__(self,'else_',else_)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_data, _type_reporter, _type_scope, _type_models, _type_names, _type_edges, _type__active, _type__targets, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_models, _dflt_names, _dflt_edges, _dflt__active, _dflt__targets, _return_type):
 def __init__(self,data:_type_data,reporter:_type_reporter,scope:_type_scope,models:_type_models=_HAS_DEFAULT_FACTORY,names:_type_names=_HAS_DEFAULT_FACTORY,edges:_type_edges=_HAS_DEFAULT_FACTORY,_active:_type__active=_HAS_DEFAULT_FACTORY,_targets:_type__targets=_HAS_DEFAULT_FACTORY)->_return_type:
  self.data=data
  self.reporter=reporter
  self.scope=scope
  self.models=_dflt_models() if models is _HAS_DEFAULT_FACTORY else models
  self.names=_dflt_names() if names is _HAS_DEFAULT_FACTORY else names
  self.edges=_dflt_edges() if edges is _HAS_DEFAULT_FACTORY else edges
  self._active=_dflt__active() if _active is _HAS_DEFAULT_FACTORY else _active
  self._targets=_dflt__targets() if _targets is _HAS_DEFAULT_FACTORY else _targets
 return __init__


CODE['def __create_fn__(_type_data, _type_reporter, _type_scope, _type_models, _type_names, _type_edges, _type__active, _type__targets, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_models, _dflt_names, _dflt_edges, _dflt__active, _dflt__targets, _return_type):\n def __init__(self,data:_type_data,reporter:_type_reporter,scope:_type_scope,models:_type_models=_HAS_DEFAULT_FACTORY,names:_type_names=_HAS_DEFAULT_FACTORY,edges:_type_edges=_HAS_DEFAULT_FACTORY,_active:_type__active=_HAS_DEFAULT_FACTORY,_targets:_type__targets=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.data=data\n  self.reporter=reporter\n  self.scope=scope\n  self.models=_dflt_models() if models is _HAS_DEFAULT_FACTORY else models\n  self.names=_dflt_names() if names is _HAS_DEFAULT_FACTORY else names\n  self.edges=_dflt_edges() if edges is _HAS_DEFAULT_FACTORY else edges\n  self._active=_dflt__active() if _active is _HAS_DEFAULT_FACTORY else _active\n  self._targets=_dflt__targets() if _targets is _HAS_DEFAULT_FACTORY else _targets\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_fid, _type_mode, _type_w, _type_counter, _type_inline, _type_spent, _type_calls, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_w, _dflt_counter, _dflt_inline, _dflt_spent, _dflt_calls, _return_type):
 def __init__(self,fid:_type_fid,mode:_type_mode,w:_type_w=_HAS_DEFAULT_FACTORY,counter:_type_counter=_dflt_counter,inline:_type_inline=_HAS_DEFAULT_FACTORY,spent:_type_spent=_dflt_spent,calls:_type_calls=_HAS_DEFAULT_FACTORY)->_return_type:
  self.fid=fid
  self.mode=mode
  self.w=_dflt_w() if w is _HAS_DEFAULT_FACTORY else w
  self.counter=counter
  self.inline=_dflt_inline() if inline is _HAS_DEFAULT_FACTORY else inline
  self.spent=spent
  self.calls=_dflt_calls() if calls is _HAS_DEFAULT_FACTORY else calls
 return __init__


CODE['def __create_fn__(_type_fid, _type_mode, _type_w, _type_counter, _type_inline, _type_spent, _type_calls, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_w, _dflt_counter, _dflt_inline, _dflt_spent, _dflt_calls, _return_type):\n def __init__(self,fid:_type_fid,mode:_type_mode,w:_type_w=_HAS_DEFAULT_FACTORY,counter:_type_counter=_dflt_counter,inline:_type_inline=_HAS_DEFAULT_FACTORY,spent:_type_spent=_dflt_spent,calls:_type_calls=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.fid=fid\n  self.mode=mode\n  self.w=_dflt_w() if w is _HAS_DEFAULT_FACTORY else w\n  self.counter=counter\n  self.inline=_dflt_inline() if inline is _HAS_DEFAULT_FACTORY else inline\n  self.spent=spent\n  self.calls=_dflt_calls() if calls is _HAS_DEFAULT_FACTORY else calls\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_file, _type_base, _type_folders, _type_spec, _type_per_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _dflt_base, _dflt_folders, _dflt_spec, _dflt_per_spec, _return_type):
 def __init__(self,file:_type_file=_dflt_file,base:_type_base=_dflt_base,folders:_type_folders=_HAS_DEFAULT_FACTORY,spec:_type_spec=_HAS_DEFAULT_FACTORY,per_spec:_type_per_spec=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'folders',_dflt_folders() if folders is _HAS_DEFAULT_FACTORY else folders)
  __dataclass_builtins_object__.__setattr__(self,'spec',_dflt_spec() if spec is _HAS_DEFAULT_FACTORY else spec)
  __dataclass_builtins_object__.__setattr__(self,'per_spec',_dflt_per_spec() if per_spec is _HAS_DEFAULT_FACTORY else per_spec)
 return __init__


CODE["def __create_fn__(_type_file, _type_base, _type_folders, _type_spec, _type_per_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _dflt_base, _dflt_folders, _dflt_spec, _dflt_per_spec, _return_type):\n def __init__(self,file:_type_file=_dflt_file,base:_type_base=_dflt_base,folders:_type_folders=_HAS_DEFAULT_FACTORY,spec:_type_spec=_HAS_DEFAULT_FACTORY,per_spec:_type_per_spec=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'folders',_dflt_folders() if folders is _HAS_DEFAULT_FACTORY else folders)\n  __dataclass_builtins_object__.__setattr__(self,'spec',_dflt_spec() if spec is _HAS_DEFAULT_FACTORY else spec)\n  __dataclass_builtins_object__.__setattr__(self,'per_spec',_dflt_per_spec() if per_spec is _HAS_DEFAULT_FACTORY else per_spec)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_file, _type_line, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,file:_type_file,line:_type_line,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__


CODE["def __create_fn__(_type_file, _type_line, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,file:_type_file,line:_type_line,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_file, _type_line, _type_pointer, _type_message, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _return_type):
 def __init__(self,file:_type_file,line:_type_line,pointer:_type_pointer,message:_type_message,severity:_type_severity=_dflt_severity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
 return __init__


CODE["def __create_fn__(_type_file, _type_line, _type_pointer, _type_message, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severity, _return_type):\n def __init__(self,file:_type_file,line:_type_line,pointer:_type_pointer,message:_type_message,severity:_type_severity=_dflt_severity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_file, _type_line, _type_value, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):
 def __init__(self,file:_type_file,line:_type_line,value:_type_value,lines:_type_lines=_dflt_lines)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
 return __init__


CODE["def __create_fn__(_type_file, _type_line, _type_value, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):\n def __init__(self,file:_type_file,line:_type_line,value:_type_value,lines:_type_lines=_dflt_lines)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_file, _type_lines, _type_diagnostics, _type_origins, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_diagnostics, _dflt_origins, _dflt_files, _return_type):
 def __init__(self,file:_type_file,lines:_type_lines=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,origins:_type_origins=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:
  self.file=file
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.origins=_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
 return __init__


CODE['def __create_fn__(_type_file, _type_lines, _type_diagnostics, _type_origins, _type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_diagnostics, _dflt_origins, _dflt_files, _return_type):\n def __init__(self,file:_type_file,lines:_type_lines=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,origins:_type_origins=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.file=file\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n  self.origins=_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_format, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,format:_type_format)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'format',format)
 return __init__


CODE["def __create_fn__(_type_format, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,format:_type_format)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_full, _type_dry_run, _type_concurrency, _type_rate, _type_resend_uncertain, _type_max_attempts, _type_progress, _type_progress_every, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_full, _dflt_dry_run, _dflt_concurrency, _dflt_rate, _dflt_resend_uncertain, _dflt_max_attempts, _dflt_progress, _dflt_progress_every, _return_type):
 def __init__(self,full:_type_full=_dflt_full,dry_run:_type_dry_run=_dflt_dry_run,concurrency:_type_concurrency=_dflt_concurrency,rate:_type_rate=_dflt_rate,resend_uncertain:_type_resend_uncertain=_dflt_resend_uncertain,max_attempts:_type_max_attempts=_dflt_max_attempts,progress:_type_progress=_dflt_progress,progress_every:_type_progress_every=_dflt_progress_every)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'full',full)
  __dataclass_builtins_object__.__setattr__(self,'dry_run',dry_run)
  __dataclass_builtins_object__.__setattr__(self,'concurrency',concurrency)
  __dataclass_builtins_object__.__setattr__(self,'rate',rate)
  __dataclass_builtins_object__.__setattr__(self,'resend_uncertain',resend_uncertain)
  __dataclass_builtins_object__.__setattr__(self,'max_attempts',max_attempts)
  __dataclass_builtins_object__.__setattr__(self,'progress',progress)
  __dataclass_builtins_object__.__setattr__(self,'progress_every',progress_every)
 return __init__


CODE["def __create_fn__(_type_full, _type_dry_run, _type_concurrency, _type_rate, _type_resend_uncertain, _type_max_attempts, _type_progress, _type_progress_every, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_full, _dflt_dry_run, _dflt_concurrency, _dflt_rate, _dflt_resend_uncertain, _dflt_max_attempts, _dflt_progress, _dflt_progress_every, _return_type):\n def __init__(self,full:_type_full=_dflt_full,dry_run:_type_dry_run=_dflt_dry_run,concurrency:_type_concurrency=_dflt_concurrency,rate:_type_rate=_dflt_rate,resend_uncertain:_type_resend_uncertain=_dflt_resend_uncertain,max_attempts:_type_max_attempts=_dflt_max_attempts,progress:_type_progress=_dflt_progress,progress_every:_type_progress_every=_dflt_progress_every)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'full',full)\n  __dataclass_builtins_object__.__setattr__(self,'dry_run',dry_run)\n  __dataclass_builtins_object__.__setattr__(self,'concurrency',concurrency)\n  __dataclass_builtins_object__.__setattr__(self,'rate',rate)\n  __dataclass_builtins_object__.__setattr__(self,'resend_uncertain',resend_uncertain)\n  __dataclass_builtins_object__.__setattr__(self,'max_attempts',max_attempts)\n  __dataclass_builtins_object__.__setattr__(self,'progress',progress)\n  __dataclass_builtins_object__.__setattr__(self,'progress_every',progress_every)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_instance_path, _type_schema_path, _type_keyword, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,instance_path:_type_instance_path,schema_path:_type_schema_path,keyword:_type_keyword,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'instance_path',instance_path)
  __dataclass_builtins_object__.__setattr__(self,'schema_path',schema_path)
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__


CODE["def __create_fn__(_type_instance_path, _type_schema_path, _type_keyword, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,instance_path:_type_instance_path,schema_path:_type_schema_path,keyword:_type_keyword,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'instance_path',instance_path)\n  __dataclass_builtins_object__.__setattr__(self,'schema_path',schema_path)\n  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_item, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,item:_type_item)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
 return __init__


CODE["def __create_fn__(_type_item, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,item:_type_item)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_key, _type_hash, _type_status, _type_done_hash, _type_vendor_id, _type_attempts, _type_last_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done_hash, _dflt_vendor_id, _dflt_attempts, _dflt_last_error, _return_type):
 def __init__(self,key:_type_key,hash:_type_hash,status:_type_status,done_hash:_type_done_hash=_dflt_done_hash,vendor_id:_type_vendor_id=_dflt_vendor_id,attempts:_type_attempts=_dflt_attempts,last_error:_type_last_error=_dflt_last_error)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'hash',hash)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'done_hash',done_hash)
  __dataclass_builtins_object__.__setattr__(self,'vendor_id',vendor_id)
  __dataclass_builtins_object__.__setattr__(self,'attempts',attempts)
  __dataclass_builtins_object__.__setattr__(self,'last_error',last_error)
 return __init__


CODE["def __create_fn__(_type_key, _type_hash, _type_status, _type_done_hash, _type_vendor_id, _type_attempts, _type_last_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_done_hash, _dflt_vendor_id, _dflt_attempts, _dflt_last_error, _return_type):\n def __init__(self,key:_type_key,hash:_type_hash,status:_type_status,done_hash:_type_done_hash=_dflt_done_hash,vendor_id:_type_vendor_id=_dflt_vendor_id,attempts:_type_attempts=_dflt_attempts,last_error:_type_last_error=_dflt_last_error)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'hash',hash)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'done_hash',done_hash)\n  __dataclass_builtins_object__.__setattr__(self,'vendor_id',vendor_id)\n  __dataclass_builtins_object__.__setattr__(self,'attempts',attempts)\n  __dataclass_builtins_object__.__setattr__(self,'last_error',last_error)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_key, _type_py_name, _type_node, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,py_name:_type_py_name,node:_type_node)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)
  __dataclass_builtins_object__.__setattr__(self,'node',node)
 return __init__


CODE["def __create_fn__(_type_key, _type_py_name, _type_node, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,py_name:_type_py_name,node:_type_node)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)\n  __dataclass_builtins_object__.__setattr__(self,'node',node)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_key, _type_py_name, _type_pointer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,py_name:_type_py_name,pointer:_type_pointer)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)
  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)
 return __init__


CODE["def __create_fn__(_type_key, _type_py_name, _type_pointer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,py_name:_type_py_name,pointer:_type_pointer)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)\n  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_key, _type_targets, _type_rate, _type_rate_documented, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rate, _dflt_rate_documented, _return_type):
 def __init__(self,key:_type_key,targets:_type_targets,rate:_type_rate=_dflt_rate,rate_documented:_type_rate_documented=_dflt_rate_documented)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'targets',targets)
  __dataclass_builtins_object__.__setattr__(self,'rate',rate)
  __dataclass_builtins_object__.__setattr__(self,'rate_documented',rate_documented)
 return __init__


CODE["def __create_fn__(_type_key, _type_targets, _type_rate, _type_rate_documented, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rate, _dflt_rate_documented, _return_type):\n def __init__(self,key:_type_key,targets:_type_targets,rate:_type_rate=_dflt_rate,rate_documented:_type_rate_documented=_dflt_rate_documented)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'targets',targets)\n  __dataclass_builtins_object__.__setattr__(self,'rate',rate)\n  __dataclass_builtins_object__.__setattr__(self,'rate_documented',rate_documented)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_key, _type_upsert, _type_create, _type_update, _type_bulk_update, _type_lookup, _type_rate, _type_rate_documented, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_upsert, _dflt_create, _dflt_update, _dflt_bulk_update, _dflt_lookup, _dflt_rate, _dflt_rate_documented, _return_type):
 def __init__(self,key:_type_key,upsert:_type_upsert=_dflt_upsert,create:_type_create=_dflt_create,update:_type_update=_dflt_update,bulk_update:_type_bulk_update=_dflt_bulk_update,lookup:_type_lookup=_dflt_lookup,rate:_type_rate=_dflt_rate,rate_documented:_type_rate_documented=_dflt_rate_documented)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'upsert',upsert)
  __dataclass_builtins_object__.__setattr__(self,'create',create)
  __dataclass_builtins_object__.__setattr__(self,'update',update)
  __dataclass_builtins_object__.__setattr__(self,'bulk_update',bulk_update)
  __dataclass_builtins_object__.__setattr__(self,'lookup',lookup)
  __dataclass_builtins_object__.__setattr__(self,'rate',rate)
  __dataclass_builtins_object__.__setattr__(self,'rate_documented',rate_documented)
 return __init__


CODE["def __create_fn__(_type_key, _type_upsert, _type_create, _type_update, _type_bulk_update, _type_lookup, _type_rate, _type_rate_documented, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_upsert, _dflt_create, _dflt_update, _dflt_bulk_update, _dflt_lookup, _dflt_rate, _dflt_rate_documented, _return_type):\n def __init__(self,key:_type_key,upsert:_type_upsert=_dflt_upsert,create:_type_create=_dflt_create,update:_type_update=_dflt_update,bulk_update:_type_bulk_update=_dflt_bulk_update,lookup:_type_lookup=_dflt_lookup,rate:_type_rate=_dflt_rate,rate_documented:_type_rate_documented=_dflt_rate_documented)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'upsert',upsert)\n  __dataclass_builtins_object__.__setattr__(self,'create',create)\n  __dataclass_builtins_object__.__setattr__(self,'update',update)\n  __dataclass_builtins_object__.__setattr__(self,'bulk_update',bulk_update)\n  __dataclass_builtins_object__.__setattr__(self,'lookup',lookup)\n  __dataclass_builtins_object__.__setattr__(self,'rate',rate)\n  __dataclass_builtins_object__.__setattr__(self,'rate_documented',rate_documented)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_keyword, _type_pointer, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keyword:_type_keyword,pointer:_type_pointer,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__


CODE["def __create_fn__(_type_keyword, _type_pointer, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keyword:_type_keyword,pointer:_type_pointer,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)\n  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_item, _type_members, _type_values, _type_model, _type_date_format, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_members, _dflt_values, _dflt_model, _dflt_date_format, _return_type):
 def __init__(self,kind:_type_kind,item:_type_item=_dflt_item,members:_type_members=_dflt_members,values:_type_values=_dflt_values,model:_type_model=_dflt_model,date_format:_type_date_format=_dflt_date_format)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'model',model)
  __dataclass_builtins_object__.__setattr__(self,'date_format',date_format)
 return __init__


CODE["def __create_fn__(_type_kind, _type_item, _type_members, _type_values, _type_model, _type_date_format, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_members, _dflt_values, _dflt_model, _dflt_date_format, _return_type):\n def __init__(self,kind:_type_kind,item:_type_item=_dflt_item,members:_type_members=_dflt_members,values:_type_values=_dflt_values,model:_type_model=_dflt_model,date_format:_type_date_format=_dflt_date_format)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'members',members)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'model',model)\n  __dataclass_builtins_object__.__setattr__(self,'date_format',date_format)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_kinds, _type_enum, _type_not_in, _type_string, _type_number, _type_array, _type_obj, _type_rules, _type_ref, _type_where, _type_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kinds, _dflt_enum, _dflt_not_in, _dflt_string, _dflt_number, _dflt_array, _dflt_obj, _dflt_rules, _dflt_ref, _dflt_where, _dflt_at, _return_type):
 def __init__(self,kinds:_type_kinds=_dflt_kinds,enum:_type_enum=_dflt_enum,not_in:_type_not_in=_dflt_not_in,string:_type_string=_dflt_string,number:_type_number=_dflt_number,array:_type_array=_dflt_array,obj:_type_obj=_dflt_obj,rules:_type_rules=_dflt_rules,ref:_type_ref=_dflt_ref,where:_type_where=_dflt_where,at:_type_at=_dflt_at)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kinds',kinds)
  __dataclass_builtins_object__.__setattr__(self,'enum',enum)
  __dataclass_builtins_object__.__setattr__(self,'not_in',not_in)
  __dataclass_builtins_object__.__setattr__(self,'string',string)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'array',array)
  __dataclass_builtins_object__.__setattr__(self,'obj',obj)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
  __dataclass_builtins_object__.__setattr__(self,'at',at)
 return __init__


CODE["def __create_fn__(_type_kinds, _type_enum, _type_not_in, _type_string, _type_number, _type_array, _type_obj, _type_rules, _type_ref, _type_where, _type_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kinds, _dflt_enum, _dflt_not_in, _dflt_string, _dflt_number, _dflt_array, _dflt_obj, _dflt_rules, _dflt_ref, _dflt_where, _dflt_at, _return_type):\n def __init__(self,kinds:_type_kinds=_dflt_kinds,enum:_type_enum=_dflt_enum,not_in:_type_not_in=_dflt_not_in,string:_type_string=_dflt_string,number:_type_number=_dflt_number,array:_type_array=_dflt_array,obj:_type_obj=_dflt_obj,rules:_type_rules=_dflt_rules,ref:_type_ref=_dflt_ref,where:_type_where=_dflt_where,at:_type_at=_dflt_at)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kinds',kinds)\n  __dataclass_builtins_object__.__setattr__(self,'enum',enum)\n  __dataclass_builtins_object__.__setattr__(self,'not_in',not_in)\n  __dataclass_builtins_object__.__setattr__(self,'string',string)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'array',array)\n  __dataclass_builtins_object__.__setattr__(self,'obj',obj)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_lenient, _type_overlays, _type_limits, _type_ref_roots, _type_strict, _type_subset, _type_package_prefix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lenient, _dflt_overlays, _dflt_limits, _dflt_ref_roots, _dflt_strict, _dflt_subset, _dflt_package_prefix, _return_type):
 def __init__(self,lenient:_type_lenient=_dflt_lenient,overlays:_type_overlays=_dflt_overlays,limits:_type_limits=_dflt_limits,ref_roots:_type_ref_roots=_dflt_ref_roots,strict:_type_strict=_dflt_strict,subset:_type_subset=_dflt_subset,package_prefix:_type_package_prefix=_dflt_package_prefix)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lenient',lenient)
  __dataclass_builtins_object__.__setattr__(self,'overlays',overlays)
  __dataclass_builtins_object__.__setattr__(self,'limits',limits)
  __dataclass_builtins_object__.__setattr__(self,'ref_roots',ref_roots)
  __dataclass_builtins_object__.__setattr__(self,'strict',strict)
  __dataclass_builtins_object__.__setattr__(self,'subset',subset)
  __dataclass_builtins_object__.__setattr__(self,'package_prefix',package_prefix)
 return __init__


CODE["def __create_fn__(_type_lenient, _type_overlays, _type_limits, _type_ref_roots, _type_strict, _type_subset, _type_package_prefix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lenient, _dflt_overlays, _dflt_limits, _dflt_ref_roots, _dflt_strict, _dflt_subset, _dflt_package_prefix, _return_type):\n def __init__(self,lenient:_type_lenient=_dflt_lenient,overlays:_type_overlays=_dflt_overlays,limits:_type_limits=_dflt_limits,ref_roots:_type_ref_roots=_dflt_ref_roots,strict:_type_strict=_dflt_strict,subset:_type_subset=_dflt_subset,package_prefix:_type_package_prefix=_dflt_package_prefix)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lenient',lenient)\n  __dataclass_builtins_object__.__setattr__(self,'overlays',overlays)\n  __dataclass_builtins_object__.__setattr__(self,'limits',limits)\n  __dataclass_builtins_object__.__setattr__(self,'ref_roots',ref_roots)\n  __dataclass_builtins_object__.__setattr__(self,'strict',strict)\n  __dataclass_builtins_object__.__setattr__(self,'subset',subset)\n  __dataclass_builtins_object__.__setattr__(self,'package_prefix',package_prefix)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_line, _type_key, _type_digest, _type_record, _type_sent, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,key:_type_key,digest:_type_digest,record:_type_record,sent:_type_sent,entry:_type_entry)->_return_type:
  self.line=line
  self.key=key
  self.digest=digest
  self.record=record
  self.sent=sent
  self.entry=entry
 return __init__


CODE['def __create_fn__(_type_line, _type_key, _type_digest, _type_record, _type_sent, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,key:_type_key,digest:_type_digest,record:_type_record,sent:_type_sent,entry:_type_entry)->_return_type:\n  self.line=line\n  self.key=key\n  self.digest=digest\n  self.record=record\n  self.sent=sent\n  self.entry=entry\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_lo, _type_lo_excl, _type_hi, _type_hi_excl, _type_multiple, _type_not_multiples, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lo, _dflt_lo_excl, _dflt_hi, _dflt_hi_excl, _dflt_multiple, _dflt_not_multiples, _return_type):
 def __init__(self,lo:_type_lo=_dflt_lo,lo_excl:_type_lo_excl=_dflt_lo_excl,hi:_type_hi=_dflt_hi,hi_excl:_type_hi_excl=_dflt_hi_excl,multiple:_type_multiple=_dflt_multiple,not_multiples:_type_not_multiples=_dflt_not_multiples)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lo',lo)
  __dataclass_builtins_object__.__setattr__(self,'lo_excl',lo_excl)
  __dataclass_builtins_object__.__setattr__(self,'hi',hi)
  __dataclass_builtins_object__.__setattr__(self,'hi_excl',hi_excl)
  __dataclass_builtins_object__.__setattr__(self,'multiple',multiple)
  __dataclass_builtins_object__.__setattr__(self,'not_multiples',not_multiples)
 return __init__


CODE["def __create_fn__(_type_lo, _type_lo_excl, _type_hi, _type_hi_excl, _type_multiple, _type_not_multiples, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lo, _dflt_lo_excl, _dflt_hi, _dflt_hi_excl, _dflt_multiple, _dflt_not_multiples, _return_type):\n def __init__(self,lo:_type_lo=_dflt_lo,lo_excl:_type_lo_excl=_dflt_lo_excl,hi:_type_hi=_dflt_hi,hi_excl:_type_hi_excl=_dflt_hi_excl,multiple:_type_multiple=_dflt_multiple,not_multiples:_type_not_multiples=_dflt_not_multiples)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lo',lo)\n  __dataclass_builtins_object__.__setattr__(self,'lo_excl',lo_excl)\n  __dataclass_builtins_object__.__setattr__(self,'hi',hi)\n  __dataclass_builtins_object__.__setattr__(self,'hi_excl',hi_excl)\n  __dataclass_builtins_object__.__setattr__(self,'multiple',multiple)\n  __dataclass_builtins_object__.__setattr__(self,'not_multiples',not_multiples)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_mapping, _type_inner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,mapping:_type_mapping,inner:_type_inner)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'mapping',mapping)
  __dataclass_builtins_object__.__setattr__(self,'inner',inner)
 return __init__


CODE["def __create_fn__(_type_mapping, _type_inner, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,mapping:_type_mapping,inner:_type_inner)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'mapping',mapping)\n  __dataclass_builtins_object__.__setattr__(self,'inner',inner)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_max_bytes, _type_max_depth, _type_max_nodes, _type_max_expanded_bytes, _type_max_schemas, _type_max_operations, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_max_depth, _dflt_max_nodes, _dflt_max_expanded_bytes, _dflt_max_schemas, _dflt_max_operations, _return_type):
 def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,max_depth:_type_max_depth=_dflt_max_depth,max_nodes:_type_max_nodes=_dflt_max_nodes,max_expanded_bytes:_type_max_expanded_bytes=_dflt_max_expanded_bytes,max_schemas:_type_max_schemas=_dflt_max_schemas,max_operations:_type_max_operations=_dflt_max_operations)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_depth',max_depth)
  __dataclass_builtins_object__.__setattr__(self,'max_nodes',max_nodes)
  __dataclass_builtins_object__.__setattr__(self,'max_expanded_bytes',max_expanded_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_schemas',max_schemas)
  __dataclass_builtins_object__.__setattr__(self,'max_operations',max_operations)
 return __init__


CODE["def __create_fn__(_type_max_bytes, _type_max_depth, _type_max_nodes, _type_max_expanded_bytes, _type_max_schemas, _type_max_operations, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_max_depth, _dflt_max_nodes, _dflt_max_expanded_bytes, _dflt_max_schemas, _dflt_max_operations, _return_type):\n def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,max_depth:_type_max_depth=_dflt_max_depth,max_nodes:_type_max_nodes=_dflt_max_nodes,max_expanded_bytes:_type_max_expanded_bytes=_dflt_max_expanded_bytes,max_schemas:_type_max_schemas=_dflt_max_schemas,max_operations:_type_max_operations=_dflt_max_operations)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'max_depth',max_depth)\n  __dataclass_builtins_object__.__setattr__(self,'max_nodes',max_nodes)\n  __dataclass_builtins_object__.__setattr__(self,'max_expanded_bytes',max_expanded_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'max_schemas',max_schemas)\n  __dataclass_builtins_object__.__setattr__(self,'max_operations',max_operations)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_max_retries, _type_backoff_base, _type_backoff_cap, _type_total_timeout, _type_retry_statuses, _type_respect_retry_after, _type_retry_after_cap, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_retries, _dflt_backoff_base, _dflt_backoff_cap, _dflt_total_timeout, _dflt_retry_statuses, _dflt_respect_retry_after, _dflt_retry_after_cap, _return_type):
 def __init__(self,max_retries:_type_max_retries=_dflt_max_retries,backoff_base:_type_backoff_base=_dflt_backoff_base,backoff_cap:_type_backoff_cap=_dflt_backoff_cap,total_timeout:_type_total_timeout=_dflt_total_timeout,retry_statuses:_type_retry_statuses=_dflt_retry_statuses,respect_retry_after:_type_respect_retry_after=_dflt_respect_retry_after,retry_after_cap:_type_retry_after_cap=_dflt_retry_after_cap)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_retries',max_retries)
  __dataclass_builtins_object__.__setattr__(self,'backoff_base',backoff_base)
  __dataclass_builtins_object__.__setattr__(self,'backoff_cap',backoff_cap)
  __dataclass_builtins_object__.__setattr__(self,'total_timeout',total_timeout)
  __dataclass_builtins_object__.__setattr__(self,'retry_statuses',retry_statuses)
  __dataclass_builtins_object__.__setattr__(self,'respect_retry_after',respect_retry_after)
  __dataclass_builtins_object__.__setattr__(self,'retry_after_cap',retry_after_cap)
  self.__post_init__()
 return __init__


CODE["def __create_fn__(_type_max_retries, _type_backoff_base, _type_backoff_cap, _type_total_timeout, _type_retry_statuses, _type_respect_retry_after, _type_retry_after_cap, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_retries, _dflt_backoff_base, _dflt_backoff_cap, _dflt_total_timeout, _dflt_retry_statuses, _dflt_respect_retry_after, _dflt_retry_after_cap, _return_type):\n def __init__(self,max_retries:_type_max_retries=_dflt_max_retries,backoff_base:_type_backoff_base=_dflt_backoff_base,backoff_cap:_type_backoff_cap=_dflt_backoff_cap,total_timeout:_type_total_timeout=_dflt_total_timeout,retry_statuses:_type_retry_statuses=_dflt_retry_statuses,respect_retry_after:_type_respect_retry_after=_dflt_respect_retry_after,retry_after_cap:_type_retry_after_cap=_dflt_retry_after_cap)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_retries',max_retries)\n  __dataclass_builtins_object__.__setattr__(self,'backoff_base',backoff_base)\n  __dataclass_builtins_object__.__setattr__(self,'backoff_cap',backoff_cap)\n  __dataclass_builtins_object__.__setattr__(self,'total_timeout',total_timeout)\n  __dataclass_builtins_object__.__setattr__(self,'retry_statuses',retry_statuses)\n  __dataclass_builtins_object__.__setattr__(self,'respect_retry_after',respect_retry_after)\n  __dataclass_builtins_object__.__setattr__(self,'retry_after_cap',retry_after_cap)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_media_type, _type_codec, _type_required, _type_validator, _type_envelope, _type_kind, _type_presence_flags, _type_defaults, _type_styles, _type_sends_null, _type_files, _type_part_types, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_envelope, _dflt_kind, _dflt_presence_flags, _dflt_defaults, _dflt_styles, _dflt_sends_null, _dflt_files, _dflt_part_types, _return_type):
 def __init__(self,media_type:_type_media_type,codec:_type_codec,required:_type_required,validator:_type_validator,envelope:_type_envelope=_dflt_envelope,kind:_type_kind=_dflt_kind,presence_flags:_type_presence_flags=_dflt_presence_flags,defaults:_type_defaults=_HAS_DEFAULT_FACTORY,styles:_type_styles=_HAS_DEFAULT_FACTORY,sends_null:_type_sends_null=_dflt_sends_null,files:_type_files=_dflt_files,part_types:_type_part_types=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'codec',codec)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'validator',validator)
  __dataclass_builtins_object__.__setattr__(self,'envelope',envelope)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'presence_flags',presence_flags)
  __dataclass_builtins_object__.__setattr__(self,'defaults',_dflt_defaults() if defaults is _HAS_DEFAULT_FACTORY else defaults)
  __dataclass_builtins_object__.__setattr__(self,'styles',_dflt_styles() if styles is _HAS_DEFAULT_FACTORY else styles)
  __dataclass_builtins_object__.__setattr__(self,'sends_null',sends_null)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'part_types',_dflt_part_types() if part_types is _HAS_DEFAULT_FACTORY else part_types)
 return __init__


CODE["def __create_fn__(_type_media_type, _type_codec, _type_required, _type_validator, _type_envelope, _type_kind, _type_presence_flags, _type_defaults, _type_styles, _type_sends_null, _type_files, _type_part_types, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_envelope, _dflt_kind, _dflt_presence_flags, _dflt_defaults, _dflt_styles, _dflt_sends_null, _dflt_files, _dflt_part_types, _return_type):\n def __init__(self,media_type:_type_media_type,codec:_type_codec,required:_type_required,validator:_type_validator,envelope:_type_envelope=_dflt_envelope,kind:_type_kind=_dflt_kind,presence_flags:_type_presence_flags=_dflt_presence_flags,defaults:_type_defaults=_HAS_DEFAULT_FACTORY,styles:_type_styles=_HAS_DEFAULT_FACTORY,sends_null:_type_sends_null=_dflt_sends_null,files:_type_files=_dflt_files,part_types:_type_part_types=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'codec',codec)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'validator',validator)\n  __dataclass_builtins_object__.__setattr__(self,'envelope',envelope)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'presence_flags',presence_flags)\n  __dataclass_builtins_object__.__setattr__(self,'defaults',_dflt_defaults() if defaults is _HAS_DEFAULT_FACTORY else defaults)\n  __dataclass_builtins_object__.__setattr__(self,'styles',_dflt_styles() if styles is _HAS_DEFAULT_FACTORY else styles)\n  __dataclass_builtins_object__.__setattr__(self,'sends_null',sends_null)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'part_types',_dflt_part_types() if part_types is _HAS_DEFAULT_FACTORY else part_types)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_media_type, _type_codec, _type_validator, _type_decode, _type_plan, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_decode, _return_type):
 def __init__(self,media_type:_type_media_type,codec:_type_codec,validator:_type_validator,decode:_type_decode=_dflt_decode)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'codec',codec)
  __dataclass_builtins_object__.__setattr__(self,'validator',validator)
  __dataclass_builtins_object__.__setattr__(self,'decode',decode)
  self.__post_init__()
 return __init__


CODE["def __create_fn__(_type_media_type, _type_codec, _type_validator, _type_decode, _type_plan, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_decode, _return_type):\n def __init__(self,media_type:_type_media_type,codec:_type_codec,validator:_type_validator,decode:_type_decode=_dflt_decode)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'codec',codec)\n  __dataclass_builtins_object__.__setattr__(self,'validator',validator)\n  __dataclass_builtins_object__.__setattr__(self,'decode',decode)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_media_type, _type_type, _type_required, _type_envelope, _type_kind, _type_validator_key, _type_presence_flags, _type_client_defaults, _type_schema_pointer, _type_styles, _type_files, _type_part_types, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_styles, _dflt_files, _dflt_part_types, _return_type):
 def __init__(self,media_type:_type_media_type,type:_type_type,required:_type_required,envelope:_type_envelope,kind:_type_kind,validator_key:_type_validator_key,presence_flags:_type_presence_flags,client_defaults:_type_client_defaults,schema_pointer:_type_schema_pointer,styles:_type_styles=_dflt_styles,files:_type_files=_dflt_files,part_types:_type_part_types=_dflt_part_types)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'envelope',envelope)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'validator_key',validator_key)
  __dataclass_builtins_object__.__setattr__(self,'presence_flags',presence_flags)
  __dataclass_builtins_object__.__setattr__(self,'client_defaults',client_defaults)
  __dataclass_builtins_object__.__setattr__(self,'schema_pointer',schema_pointer)
  __dataclass_builtins_object__.__setattr__(self,'styles',styles)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'part_types',part_types)
 return __init__


CODE["def __create_fn__(_type_media_type, _type_type, _type_required, _type_envelope, _type_kind, _type_validator_key, _type_presence_flags, _type_client_defaults, _type_schema_pointer, _type_styles, _type_files, _type_part_types, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_styles, _dflt_files, _dflt_part_types, _return_type):\n def __init__(self,media_type:_type_media_type,type:_type_type,required:_type_required,envelope:_type_envelope,kind:_type_kind,validator_key:_type_validator_key,presence_flags:_type_presence_flags,client_defaults:_type_client_defaults,schema_pointer:_type_schema_pointer,styles:_type_styles=_dflt_styles,files:_type_files=_dflt_files,part_types:_type_part_types=_dflt_part_types)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'envelope',envelope)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'validator_key',validator_key)\n  __dataclass_builtins_object__.__setattr__(self,'presence_flags',presence_flags)\n  __dataclass_builtins_object__.__setattr__(self,'client_defaults',client_defaults)\n  __dataclass_builtins_object__.__setattr__(self,'schema_pointer',schema_pointer)\n  __dataclass_builtins_object__.__setattr__(self,'styles',styles)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'part_types',part_types)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_media_type, _type_type, _type_validator_key, _type_decode_strings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,media_type:_type_media_type,type:_type_type,validator_key:_type_validator_key,decode_strings:_type_decode_strings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'validator_key',validator_key)
  __dataclass_builtins_object__.__setattr__(self,'decode_strings',decode_strings)
 return __init__


CODE["def __create_fn__(_type_media_type, _type_type, _type_validator_key, _type_decode_strings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,media_type:_type_media_type,type:_type_type,validator_key:_type_validator_key,decode_strings:_type_decode_strings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'validator_key',validator_key)\n  __dataclass_builtins_object__.__setattr__(self,'decode_strings',decode_strings)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_members, _type__order, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,members:_type_members)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  self.__post_init__()
 return __init__


CODE["def __create_fn__(_type_members, _type__order, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,members:_type_members)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'members',members)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__


CODE["def __create_fn__(_type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_method, _type_url, _type_operation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,method:_type_method,url:_type_url,operation:_type_operation)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'operation',operation)
 return __init__


CODE["def __create_fn__(_type_method, _type_url, _type_operation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,method:_type_method,url:_type_url,operation:_type_operation)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'method',method)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'operation',operation)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_min_len, _type_max_len, _type_patterns, _type_not_patterns, _type_formats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_min_len, _dflt_max_len, _dflt_patterns, _dflt_not_patterns, _dflt_formats, _return_type):
 def __init__(self,min_len:_type_min_len=_dflt_min_len,max_len:_type_max_len=_dflt_max_len,patterns:_type_patterns=_dflt_patterns,not_patterns:_type_not_patterns=_dflt_not_patterns,formats:_type_formats=_dflt_formats)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'min_len',min_len)
  __dataclass_builtins_object__.__setattr__(self,'max_len',max_len)
  __dataclass_builtins_object__.__setattr__(self,'patterns',patterns)
  __dataclass_builtins_object__.__setattr__(self,'not_patterns',not_patterns)
  __dataclass_builtins_object__.__setattr__(self,'formats',formats)
 return __init__


CODE["def __create_fn__(_type_min_len, _type_max_len, _type_patterns, _type_not_patterns, _type_formats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_min_len, _dflt_max_len, _dflt_patterns, _dflt_not_patterns, _dflt_formats, _return_type):\n def __init__(self,min_len:_type_min_len=_dflt_min_len,max_len:_type_max_len=_dflt_max_len,patterns:_type_patterns=_dflt_patterns,not_patterns:_type_not_patterns=_dflt_not_patterns,formats:_type_formats=_dflt_formats)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'min_len',min_len)\n  __dataclass_builtins_object__.__setattr__(self,'max_len',max_len)\n  __dataclass_builtins_object__.__setattr__(self,'patterns',patterns)\n  __dataclass_builtins_object__.__setattr__(self,'not_patterns',not_patterns)\n  __dataclass_builtins_object__.__setattr__(self,'formats',formats)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_model, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,model:_type_model)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'model',model)
 return __init__


CODE["def __create_fn__(_type_model, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,model:_type_model)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'model',model)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_name, _type_id_field, _type_id_kind, _type_server_fields, _type_id_template, _type_stamps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stamps, _return_type):
 def __init__(self,name:_type_name,id_field:_type_id_field,id_kind:_type_id_kind,server_fields:_type_server_fields,id_template:_type_id_template,stamps:_type_stamps=_dflt_stamps)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'id_field',id_field)
  __dataclass_builtins_object__.__setattr__(self,'id_kind',id_kind)
  __dataclass_builtins_object__.__setattr__(self,'server_fields',server_fields)
  __dataclass_builtins_object__.__setattr__(self,'id_template',id_template)
  __dataclass_builtins_object__.__setattr__(self,'stamps',stamps)
 return __init__


CODE["def __create_fn__(_type_name, _type_id_field, _type_id_kind, _type_server_fields, _type_id_template, _type_stamps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stamps, _return_type):\n def __init__(self,name:_type_name,id_field:_type_id_field,id_kind:_type_id_kind,server_fields:_type_server_fields,id_template:_type_id_template,stamps:_type_stamps=_dflt_stamps)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'id_field',id_field)\n  __dataclass_builtins_object__.__setattr__(self,'id_kind',id_kind)\n  __dataclass_builtins_object__.__setattr__(self,'server_fields',server_fields)\n  __dataclass_builtins_object__.__setattr__(self,'id_template',id_template)\n  __dataclass_builtins_object__.__setattr__(self,'stamps',stamps)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_name, _type_kind, _type_shape, _type_strftime, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,shape:_type_shape,strftime:_type_strftime)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'strftime',strftime)
 return __init__


CODE["def __create_fn__(_type_name, _type_kind, _type_shape, _type_strftime, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,shape:_type_shape,strftime:_type_strftime)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n  __dataclass_builtins_object__.__setattr__(self,'strftime',strftime)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_name, _type_method, _type_path, _type_params, _type_body, _type_responses, _type_credentials, _type_idempotent, _type_returns_value, _type_single_item, _type_empty_result, _type_pagination, _type_response_format, _type_server, _type_by_status, _type_wire_params, _type_form_options, _type_path_names, _type_path_template, _type_answers, _type_accept, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_returns_value, _dflt_single_item, _dflt_empty_result, _dflt_pagination, _dflt_response_format, _dflt_server, _return_type):
 def __init__(self,name:_type_name,method:_type_method,path:_type_path,params:_type_params,body:_type_body,responses:_type_responses,credentials:_type_credentials,idempotent:_type_idempotent,returns_value:_type_returns_value=_dflt_returns_value,single_item:_type_single_item=_dflt_single_item,empty_result:_type_empty_result=_dflt_empty_result,pagination:_type_pagination=_dflt_pagination,response_format:_type_response_format=_dflt_response_format,server:_type_server=_dflt_server)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'params',params)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'responses',responses)
  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)
  __dataclass_builtins_object__.__setattr__(self,'idempotent',idempotent)
  __dataclass_builtins_object__.__setattr__(self,'returns_value',returns_value)
  __dataclass_builtins_object__.__setattr__(self,'single_item',single_item)
  __dataclass_builtins_object__.__setattr__(self,'empty_result',empty_result)
  __dataclass_builtins_object__.__setattr__(self,'pagination',pagination)
  __dataclass_builtins_object__.__setattr__(self,'response_format',response_format)
  __dataclass_builtins_object__.__setattr__(self,'server',server)
  self.__post_init__()
 return __init__


CODE["def __create_fn__(_type_name, _type_method, _type_path, _type_params, _type_body, _type_responses, _type_credentials, _type_idempotent, _type_returns_value, _type_single_item, _type_empty_result, _type_pagination, _type_response_format, _type_server, _type_by_status, _type_wire_params, _type_form_options, _type_path_names, _type_path_template, _type_answers, _type_accept, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_returns_value, _dflt_single_item, _dflt_empty_result, _dflt_pagination, _dflt_response_format, _dflt_server, _return_type):\n def __init__(self,name:_type_name,method:_type_method,path:_type_path,params:_type_params,body:_type_body,responses:_type_responses,credentials:_type_credentials,idempotent:_type_idempotent,returns_value:_type_returns_value=_dflt_returns_value,single_item:_type_single_item=_dflt_single_item,empty_result:_type_empty_result=_dflt_empty_result,pagination:_type_pagination=_dflt_pagination,response_format:_type_response_format=_dflt_response_format,server:_type_server=_dflt_server)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'method',method)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'params',params)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'responses',responses)\n  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)\n  __dataclass_builtins_object__.__setattr__(self,'idempotent',idempotent)\n  __dataclass_builtins_object__.__setattr__(self,'returns_value',returns_value)\n  __dataclass_builtins_object__.__setattr__(self,'single_item',single_item)\n  __dataclass_builtins_object__.__setattr__(self,'empty_result',empty_result)\n  __dataclass_builtins_object__.__setattr__(self,'pagination',pagination)\n  __dataclass_builtins_object__.__setattr__(self,'response_format',response_format)\n  __dataclass_builtins_object__.__setattr__(self,'server',server)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_name, _type_py_name, _type_default, _type_enum, _type_description, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,py_name:_type_py_name,default:_type_default,enum:_type_enum,description:_type_description)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'enum',enum)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
 return __init__


CODE["def __create_fn__(_type_name, _type_py_name, _type_default, _type_enum, _type_description, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,py_name:_type_py_name,default:_type_default,enum:_type_enum,description:_type_description)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'enum',enum)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_name, _type_shape, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):
 def __init__(self,name:_type_name,shape:_type_shape,where:_type_where=_dflt_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


CODE["def __create_fn__(_type_name, _type_shape, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):\n def __init__(self,name:_type_name,shape:_type_shape,where:_type_where=_dflt_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_name, _type_source_pointer, _type_description, _type_fields, _type_extra_type, _type_normalize_keys, _type_recursive, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,source_pointer:_type_source_pointer,description:_type_description,fields:_type_fields,extra_type:_type_extra_type,normalize_keys:_type_normalize_keys,recursive:_type_recursive)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'source_pointer',source_pointer)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'extra_type',extra_type)
  __dataclass_builtins_object__.__setattr__(self,'normalize_keys',normalize_keys)
  __dataclass_builtins_object__.__setattr__(self,'recursive',recursive)
 return __init__


CODE["def __create_fn__(_type_name, _type_source_pointer, _type_description, _type_fields, _type_extra_type, _type_normalize_keys, _type_recursive, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,source_pointer:_type_source_pointer,description:_type_description,fields:_type_fields,extra_type:_type_extra_type,normalize_keys:_type_normalize_keys,recursive:_type_recursive)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'source_pointer',source_pointer)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'extra_type',extra_type)\n  __dataclass_builtins_object__.__setattr__(self,'normalize_keys',normalize_keys)\n  __dataclass_builtins_object__.__setattr__(self,'recursive',recursive)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_operation, _type_method, _type_argument, _type_id_argument, _type_id_kind, _type_id_pointer, _type_key_pointer, _type_safe, _type_fields, _type_exists, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id_argument, _dflt_id_kind, _dflt_id_pointer, _dflt_key_pointer, _dflt_safe, _dflt_fields, _dflt_exists, _dflt_batch, _return_type):
 def __init__(self,operation:_type_operation,method:_type_method,argument:_type_argument,id_argument:_type_id_argument=_dflt_id_argument,id_kind:_type_id_kind=_dflt_id_kind,id_pointer:_type_id_pointer=_dflt_id_pointer,key_pointer:_type_key_pointer=_dflt_key_pointer,safe:_type_safe=_dflt_safe,fields:_type_fields=_HAS_DEFAULT_FACTORY,exists:_type_exists=_dflt_exists,batch:_type_batch=_dflt_batch)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'operation',operation)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'argument',argument)
  __dataclass_builtins_object__.__setattr__(self,'id_argument',id_argument)
  __dataclass_builtins_object__.__setattr__(self,'id_kind',id_kind)
  __dataclass_builtins_object__.__setattr__(self,'id_pointer',id_pointer)
  __dataclass_builtins_object__.__setattr__(self,'key_pointer',key_pointer)
  __dataclass_builtins_object__.__setattr__(self,'safe',safe)
  __dataclass_builtins_object__.__setattr__(self,'fields',_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields)
  __dataclass_builtins_object__.__setattr__(self,'exists',exists)
  __dataclass_builtins_object__.__setattr__(self,'batch',batch)
 return __init__


CODE["def __create_fn__(_type_operation, _type_method, _type_argument, _type_id_argument, _type_id_kind, _type_id_pointer, _type_key_pointer, _type_safe, _type_fields, _type_exists, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id_argument, _dflt_id_kind, _dflt_id_pointer, _dflt_key_pointer, _dflt_safe, _dflt_fields, _dflt_exists, _dflt_batch, _return_type):\n def __init__(self,operation:_type_operation,method:_type_method,argument:_type_argument,id_argument:_type_id_argument=_dflt_id_argument,id_kind:_type_id_kind=_dflt_id_kind,id_pointer:_type_id_pointer=_dflt_id_pointer,key_pointer:_type_key_pointer=_dflt_key_pointer,safe:_type_safe=_dflt_safe,fields:_type_fields=_HAS_DEFAULT_FACTORY,exists:_type_exists=_dflt_exists,batch:_type_batch=_dflt_batch)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'operation',operation)\n  __dataclass_builtins_object__.__setattr__(self,'method',method)\n  __dataclass_builtins_object__.__setattr__(self,'argument',argument)\n  __dataclass_builtins_object__.__setattr__(self,'id_argument',id_argument)\n  __dataclass_builtins_object__.__setattr__(self,'id_kind',id_kind)\n  __dataclass_builtins_object__.__setattr__(self,'id_pointer',id_pointer)\n  __dataclass_builtins_object__.__setattr__(self,'key_pointer',key_pointer)\n  __dataclass_builtins_object__.__setattr__(self,'safe',safe)\n  __dataclass_builtins_object__.__setattr__(self,'fields',_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields)\n  __dataclass_builtins_object__.__setattr__(self,'exists',exists)\n  __dataclass_builtins_object__.__setattr__(self,'batch',batch)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_operation_id, _type_py_name, _type_method, _type_path, _type_summary, _type_description, _type_parameters, _type_body, _type_responses, _type_result, _type_pagination, _type_empty_result, _type_single_item, _type_idempotent, _type_credentials, _type_kit, _type_response_format, _type_server, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kit, _dflt_response_format, _dflt_server, _return_type):
 def __init__(self,operation_id:_type_operation_id,py_name:_type_py_name,method:_type_method,path:_type_path,summary:_type_summary,description:_type_description,parameters:_type_parameters,body:_type_body,responses:_type_responses,result:_type_result,pagination:_type_pagination,empty_result:_type_empty_result,single_item:_type_single_item,idempotent:_type_idempotent,credentials:_type_credentials,kit:_type_kit=_dflt_kit,response_format:_type_response_format=_dflt_response_format,server:_type_server=_dflt_server)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'operation_id',operation_id)
  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'parameters',parameters)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'responses',responses)
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'pagination',pagination)
  __dataclass_builtins_object__.__setattr__(self,'empty_result',empty_result)
  __dataclass_builtins_object__.__setattr__(self,'single_item',single_item)
  __dataclass_builtins_object__.__setattr__(self,'idempotent',idempotent)
  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)
  __dataclass_builtins_object__.__setattr__(self,'kit',kit)
  __dataclass_builtins_object__.__setattr__(self,'response_format',response_format)
  __dataclass_builtins_object__.__setattr__(self,'server',server)
 return __init__


CODE["def __create_fn__(_type_operation_id, _type_py_name, _type_method, _type_path, _type_summary, _type_description, _type_parameters, _type_body, _type_responses, _type_result, _type_pagination, _type_empty_result, _type_single_item, _type_idempotent, _type_credentials, _type_kit, _type_response_format, _type_server, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kit, _dflt_response_format, _dflt_server, _return_type):\n def __init__(self,operation_id:_type_operation_id,py_name:_type_py_name,method:_type_method,path:_type_path,summary:_type_summary,description:_type_description,parameters:_type_parameters,body:_type_body,responses:_type_responses,result:_type_result,pagination:_type_pagination,empty_result:_type_empty_result,single_item:_type_single_item,idempotent:_type_idempotent,credentials:_type_credentials,kit:_type_kit=_dflt_kit,response_format:_type_response_format=_dflt_response_format,server:_type_server=_dflt_server)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'operation_id',operation_id)\n  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)\n  __dataclass_builtins_object__.__setattr__(self,'method',method)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'parameters',parameters)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'responses',responses)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'pagination',pagination)\n  __dataclass_builtins_object__.__setattr__(self,'empty_result',empty_result)\n  __dataclass_builtins_object__.__setattr__(self,'single_item',single_item)\n  __dataclass_builtins_object__.__setattr__(self,'idempotent',idempotent)\n  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)\n  __dataclass_builtins_object__.__setattr__(self,'kit',kit)\n  __dataclass_builtins_object__.__setattr__(self,'response_format',response_format)\n  __dataclass_builtins_object__.__setattr__(self,'server',server)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_operations, _type_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_operations, _dflt_tags, _return_type):
 def __init__(self,operations:_type_operations=_dflt_operations,tags:_type_tags=_dflt_tags)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'operations',operations)
  __dataclass_builtins_object__.__setattr__(self,'tags',tags)
 return __init__


CODE["def __create_fn__(_type_operations, _type_tags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_operations, _dflt_tags, _return_type):\n def __init__(self,operations:_type_operations=_dflt_operations,tags:_type_tags=_dflt_tags)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'operations',operations)\n  __dataclass_builtins_object__.__setattr__(self,'tags',tags)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_package, _type_source_file, _type_source_sha256, _type_title, _type_version, _type_description, _type_server_url, _type_credentials, _type_models, _type_operations, _type_validators, _type_server_variables, _type_sync, _type_spec_path, _type_package_prefix, _type_operation_total, _type_origins, _type_lenient, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_server_variables, _dflt_sync, _dflt_spec_path, _dflt_package_prefix, _dflt_operation_total, _dflt_origins, _dflt_lenient, _return_type):
 def __init__(self,package:_type_package,source_file:_type_source_file,source_sha256:_type_source_sha256,title:_type_title,version:_type_version,description:_type_description,server_url:_type_server_url,credentials:_type_credentials,models:_type_models,operations:_type_operations,validators:_type_validators,server_variables:_type_server_variables=_dflt_server_variables,sync:_type_sync=_dflt_sync,spec_path:_type_spec_path=_dflt_spec_path,package_prefix:_type_package_prefix=_dflt_package_prefix,operation_total:_type_operation_total=_dflt_operation_total,origins:_type_origins=_dflt_origins,lenient:_type_lenient=_dflt_lenient)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'package',package)
  __dataclass_builtins_object__.__setattr__(self,'source_file',source_file)
  __dataclass_builtins_object__.__setattr__(self,'source_sha256',source_sha256)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'server_url',server_url)
  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)
  __dataclass_builtins_object__.__setattr__(self,'models',models)
  __dataclass_builtins_object__.__setattr__(self,'operations',operations)
  __dataclass_builtins_object__.__setattr__(self,'validators',validators)
  __dataclass_builtins_object__.__setattr__(self,'server_variables',server_variables)
  __dataclass_builtins_object__.__setattr__(self,'sync',sync)
  __dataclass_builtins_object__.__setattr__(self,'spec_path',spec_path)
  __dataclass_builtins_object__.__setattr__(self,'package_prefix',package_prefix)
  __dataclass_builtins_object__.__setattr__(self,'operation_total',operation_total)
  __dataclass_builtins_object__.__setattr__(self,'origins',origins)
  __dataclass_builtins_object__.__setattr__(self,'lenient',lenient)
 return __init__


CODE["def __create_fn__(_type_package, _type_source_file, _type_source_sha256, _type_title, _type_version, _type_description, _type_server_url, _type_credentials, _type_models, _type_operations, _type_validators, _type_server_variables, _type_sync, _type_spec_path, _type_package_prefix, _type_operation_total, _type_origins, _type_lenient, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_server_variables, _dflt_sync, _dflt_spec_path, _dflt_package_prefix, _dflt_operation_total, _dflt_origins, _dflt_lenient, _return_type):\n def __init__(self,package:_type_package,source_file:_type_source_file,source_sha256:_type_source_sha256,title:_type_title,version:_type_version,description:_type_description,server_url:_type_server_url,credentials:_type_credentials,models:_type_models,operations:_type_operations,validators:_type_validators,server_variables:_type_server_variables=_dflt_server_variables,sync:_type_sync=_dflt_sync,spec_path:_type_spec_path=_dflt_spec_path,package_prefix:_type_package_prefix=_dflt_package_prefix,operation_total:_type_operation_total=_dflt_operation_total,origins:_type_origins=_dflt_origins,lenient:_type_lenient=_dflt_lenient)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'package',package)\n  __dataclass_builtins_object__.__setattr__(self,'source_file',source_file)\n  __dataclass_builtins_object__.__setattr__(self,'source_sha256',source_sha256)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'server_url',server_url)\n  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)\n  __dataclass_builtins_object__.__setattr__(self,'models',models)\n  __dataclass_builtins_object__.__setattr__(self,'operations',operations)\n  __dataclass_builtins_object__.__setattr__(self,'validators',validators)\n  __dataclass_builtins_object__.__setattr__(self,'server_variables',server_variables)\n  __dataclass_builtins_object__.__setattr__(self,'sync',sync)\n  __dataclass_builtins_object__.__setattr__(self,'spec_path',spec_path)\n  __dataclass_builtins_object__.__setattr__(self,'package_prefix',package_prefix)\n  __dataclass_builtins_object__.__setattr__(self,'operation_total',operation_total)\n  __dataclass_builtins_object__.__setattr__(self,'origins',origins)\n  __dataclass_builtins_object__.__setattr__(self,'lenient',lenient)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_package, _type_title, _type_version, _type_server_url, _type_credentials, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,package:_type_package,title:_type_title,version:_type_version,server_url:_type_server_url,credentials:_type_credentials)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'package',package)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
  __dataclass_builtins_object__.__setattr__(self,'server_url',server_url)
  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)
 return __init__


CODE["def __create_fn__(_type_package, _type_title, _type_version, _type_server_url, _type_credentials, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,package:_type_package,title:_type_title,version:_type_version,server_url:_type_server_url,credentials:_type_credentials)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'package',package)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n  __dataclass_builtins_object__.__setattr__(self,'server_url',server_url)\n  __dataclass_builtins_object__.__setattr__(self,'credentials',credentials)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_path, _type_data, _type_lines, _type_sha256, _type_limits, _type_ref_roots, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_limits, _dflt_ref_roots, _return_type):
 def __init__(self,path:_type_path,data:_type_data,lines:_type_lines,sha256:_type_sha256,limits:_type_limits=_dflt_limits,ref_roots:_type_ref_roots=_dflt_ref_roots)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'limits',limits)
  __dataclass_builtins_object__.__setattr__(self,'ref_roots',ref_roots)
 return __init__


CODE["def __create_fn__(_type_path, _type_data, _type_lines, _type_sha256, _type_limits, _type_ref_roots, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_limits, _dflt_ref_roots, _return_type):\n def __init__(self,path:_type_path,data:_type_data,lines:_type_lines,sha256:_type_sha256,limits:_type_limits=_dflt_limits,ref_roots:_type_ref_roots=_dflt_ref_roots)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'limits',limits)\n  __dataclass_builtins_object__.__setattr__(self,'ref_roots',ref_roots)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_pointer, _type_keyword, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,pointer:_type_pointer,keyword:_type_keyword,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__


CODE["def __create_fn__(_type_pointer, _type_keyword, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,pointer:_type_pointer,keyword:_type_keyword,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)\n  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_pointer, _type_message, _type_validator, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_validator, _return_type):
 def __init__(self,pointer:_type_pointer,message:_type_message,validator:_type_validator=_dflt_validator)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'validator',validator)
 return __init__


CODE["def __create_fn__(_type_pointer, _type_message, _type_validator, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_validator, _return_type):\n def __init__(self,pointer:_type_pointer,message:_type_message,validator:_type_validator=_dflt_validator)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pointer',pointer)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'validator',validator)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_prefix, _type_items, _type_min_items, _type_max_items, _type_unique, _type_contains, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prefix, _dflt_items, _dflt_min_items, _dflt_max_items, _dflt_unique, _dflt_contains, _return_type):
 def __init__(self,prefix:_type_prefix=_dflt_prefix,items:_type_items=_dflt_items,min_items:_type_min_items=_dflt_min_items,max_items:_type_max_items=_dflt_max_items,unique:_type_unique=_dflt_unique,contains:_type_contains=_dflt_contains)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'min_items',min_items)
  __dataclass_builtins_object__.__setattr__(self,'max_items',max_items)
  __dataclass_builtins_object__.__setattr__(self,'unique',unique)
  __dataclass_builtins_object__.__setattr__(self,'contains',contains)
 return __init__


CODE["def __create_fn__(_type_prefix, _type_items, _type_min_items, _type_max_items, _type_unique, _type_contains, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prefix, _dflt_items, _dflt_min_items, _dflt_max_items, _dflt_unique, _dflt_contains, _return_type):\n def __init__(self,prefix:_type_prefix=_dflt_prefix,items:_type_items=_dflt_items,min_items:_type_min_items=_dflt_min_items,max_items:_type_max_items=_dflt_max_items,unique:_type_unique=_dflt_unique,contains:_type_contains=_dflt_contains)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'min_items',min_items)\n  __dataclass_builtins_object__.__setattr__(self,'max_items',max_items)\n  __dataclass_builtins_object__.__setattr__(self,'unique',unique)\n  __dataclass_builtins_object__.__setattr__(self,'contains',contains)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_present, _type_atoms, _type_variants, _type_keys, _type_closure, _type_starts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_present, _dflt_atoms, _dflt_variants, _dflt_keys, _dflt_closure, _dflt_starts, _return_type):
 def __init__(self,present:_type_present=_HAS_DEFAULT_FACTORY,atoms:_type_atoms=_HAS_DEFAULT_FACTORY,variants:_type_variants=_HAS_DEFAULT_FACTORY,keys:_type_keys=_HAS_DEFAULT_FACTORY,closure:_type_closure=_HAS_DEFAULT_FACTORY,starts:_type_starts=_HAS_DEFAULT_FACTORY)->_return_type:
  self.present=_dflt_present() if present is _HAS_DEFAULT_FACTORY else present
  self.atoms=_dflt_atoms() if atoms is _HAS_DEFAULT_FACTORY else atoms
  self.variants=_dflt_variants() if variants is _HAS_DEFAULT_FACTORY else variants
  self.keys=_dflt_keys() if keys is _HAS_DEFAULT_FACTORY else keys
  self.closure=_dflt_closure() if closure is _HAS_DEFAULT_FACTORY else closure
  self.starts=_dflt_starts() if starts is _HAS_DEFAULT_FACTORY else starts
 return __init__


CODE['def __create_fn__(_type_present, _type_atoms, _type_variants, _type_keys, _type_closure, _type_starts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_present, _dflt_atoms, _dflt_variants, _dflt_keys, _dflt_closure, _dflt_starts, _return_type):\n def __init__(self,present:_type_present=_HAS_DEFAULT_FACTORY,atoms:_type_atoms=_HAS_DEFAULT_FACTORY,variants:_type_variants=_HAS_DEFAULT_FACTORY,keys:_type_keys=_HAS_DEFAULT_FACTORY,closure:_type_closure=_HAS_DEFAULT_FACTORY,starts:_type_starts=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.present=_dflt_present() if present is _HAS_DEFAULT_FACTORY else present\n  self.atoms=_dflt_atoms() if atoms is _HAS_DEFAULT_FACTORY else atoms\n  self.variants=_dflt_variants() if variants is _HAS_DEFAULT_FACTORY else variants\n  self.keys=_dflt_keys() if keys is _HAS_DEFAULT_FACTORY else keys\n  self.closure=_dflt_closure() if closure is _HAS_DEFAULT_FACTORY else closure\n  self.starts=_dflt_starts() if starts is _HAS_DEFAULT_FACTORY else starts\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_props, _type_required, _type_patterns, _type_additional, _type_names, _type_min_props, _type_max_props, _type_dep_required, _type_need_keys, _type_evaluated, _type_evaluates_all, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_props, _dflt_required, _dflt_patterns, _dflt_additional, _dflt_names, _dflt_min_props, _dflt_max_props, _dflt_dep_required, _dflt_need_keys, _dflt_evaluated, _dflt_evaluates_all, _return_type):
 def __init__(self,props:_type_props=_dflt_props,required:_type_required=_dflt_required,patterns:_type_patterns=_dflt_patterns,additional:_type_additional=_dflt_additional,names:_type_names=_dflt_names,min_props:_type_min_props=_dflt_min_props,max_props:_type_max_props=_dflt_max_props,dep_required:_type_dep_required=_dflt_dep_required,need_keys:_type_need_keys=_dflt_need_keys,evaluated:_type_evaluated=_dflt_evaluated,evaluates_all:_type_evaluates_all=_dflt_evaluates_all)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'props',props)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'patterns',patterns)
  __dataclass_builtins_object__.__setattr__(self,'additional',additional)
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'min_props',min_props)
  __dataclass_builtins_object__.__setattr__(self,'max_props',max_props)
  __dataclass_builtins_object__.__setattr__(self,'dep_required',dep_required)
  __dataclass_builtins_object__.__setattr__(self,'need_keys',need_keys)
  __dataclass_builtins_object__.__setattr__(self,'evaluated',evaluated)
  __dataclass_builtins_object__.__setattr__(self,'evaluates_all',evaluates_all)
 return __init__


CODE["def __create_fn__(_type_props, _type_required, _type_patterns, _type_additional, _type_names, _type_min_props, _type_max_props, _type_dep_required, _type_need_keys, _type_evaluated, _type_evaluates_all, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_props, _dflt_required, _dflt_patterns, _dflt_additional, _dflt_names, _dflt_min_props, _dflt_max_props, _dflt_dep_required, _dflt_need_keys, _dflt_evaluated, _dflt_evaluates_all, _return_type):\n def __init__(self,props:_type_props=_dflt_props,required:_type_required=_dflt_required,patterns:_type_patterns=_dflt_patterns,additional:_type_additional=_dflt_additional,names:_type_names=_dflt_names,min_props:_type_min_props=_dflt_min_props,max_props:_type_max_props=_dflt_max_props,dep_required:_type_dep_required=_dflt_dep_required,need_keys:_type_need_keys=_dflt_need_keys,evaluated:_type_evaluated=_dflt_evaluated,evaluates_all:_type_evaluates_all=_dflt_evaluates_all)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'props',props)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'patterns',patterns)\n  __dataclass_builtins_object__.__setattr__(self,'additional',additional)\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n  __dataclass_builtins_object__.__setattr__(self,'min_props',min_props)\n  __dataclass_builtins_object__.__setattr__(self,'max_props',max_props)\n  __dataclass_builtins_object__.__setattr__(self,'dep_required',dep_required)\n  __dataclass_builtins_object__.__setattr__(self,'need_keys',need_keys)\n  __dataclass_builtins_object__.__setattr__(self,'evaluated',evaluated)\n  __dataclass_builtins_object__.__setattr__(self,'evaluates_all',evaluates_all)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_py_name, _type_scheme, _type_location, _type_wire_name, _type_env_var, _type_description, _type_algorithm, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,py_name:_type_py_name,scheme:_type_scheme,location:_type_location,wire_name:_type_wire_name,env_var:_type_env_var,description:_type_description,algorithm:_type_algorithm,encoding:_type_encoding)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)
  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'wire_name',wire_name)
  __dataclass_builtins_object__.__setattr__(self,'env_var',env_var)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'algorithm',algorithm)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
 return __init__


CODE["def __create_fn__(_type_py_name, _type_scheme, _type_location, _type_wire_name, _type_env_var, _type_description, _type_algorithm, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,py_name:_type_py_name,scheme:_type_scheme,location:_type_location,wire_name:_type_wire_name,env_var:_type_env_var,description:_type_description,algorithm:_type_algorithm,encoding:_type_encoding)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)\n  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'wire_name',wire_name)\n  __dataclass_builtins_object__.__setattr__(self,'env_var',env_var)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'algorithm',algorithm)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_query, _type_headers, _type_cookies, _type_form, _type_signers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_query, _dflt_headers, _dflt_cookies, _dflt_form, _dflt_signers, _return_type):
 def __init__(self,query:_type_query=_dflt_query,headers:_type_headers=_dflt_headers,cookies:_type_cookies=_dflt_cookies,form:_type_form=_dflt_form,signers:_type_signers=_dflt_signers)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'query',query)
  __dataclass_builtins_object__.__setattr__(self,'headers',headers)
  __dataclass_builtins_object__.__setattr__(self,'cookies',cookies)
  __dataclass_builtins_object__.__setattr__(self,'form',form)
  __dataclass_builtins_object__.__setattr__(self,'signers',signers)
 return __init__


CODE["def __create_fn__(_type_query, _type_headers, _type_cookies, _type_form, _type_signers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_query, _dflt_headers, _dflt_cookies, _dflt_form, _dflt_signers, _return_type):\n def __init__(self,query:_type_query=_dflt_query,headers:_type_headers=_dflt_headers,cookies:_type_cookies=_dflt_cookies,form:_type_form=_dflt_form,signers:_type_signers=_dflt_signers)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'query',query)\n  __dataclass_builtins_object__.__setattr__(self,'headers',headers)\n  __dataclass_builtins_object__.__setattr__(self,'cookies',cookies)\n  __dataclass_builtins_object__.__setattr__(self,'form',form)\n  __dataclass_builtins_object__.__setattr__(self,'signers',signers)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_read, _type_requests, _type_sent, _type_created, _type_updated, _type_unchanged, _type_skipped, _type_rejected, _type_uncertain, _type_retries, _type_rate_limited, _type_lookups, _type_dry_run, _type_would, _type_started, _type_elapsed, _type_first_request, _type_last_answer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_requests, _dflt_sent, _dflt_created, _dflt_updated, _dflt_unchanged, _dflt_skipped, _dflt_rejected, _dflt_uncertain, _dflt_retries, _dflt_rate_limited, _dflt_lookups, _dflt_dry_run, _dflt_would, _dflt_started, _dflt_elapsed, _dflt_first_request, _dflt_last_answer, _return_type):
 def __init__(self,read:_type_read=_dflt_read,requests:_type_requests=_dflt_requests,sent:_type_sent=_dflt_sent,created:_type_created=_dflt_created,updated:_type_updated=_dflt_updated,unchanged:_type_unchanged=_dflt_unchanged,skipped:_type_skipped=_dflt_skipped,rejected:_type_rejected=_dflt_rejected,uncertain:_type_uncertain=_dflt_uncertain,retries:_type_retries=_dflt_retries,rate_limited:_type_rate_limited=_dflt_rate_limited,lookups:_type_lookups=_dflt_lookups,dry_run:_type_dry_run=_dflt_dry_run,would:_type_would=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,elapsed:_type_elapsed=_dflt_elapsed,first_request:_type_first_request=_dflt_first_request,last_answer:_type_last_answer=_dflt_last_answer)->_return_type:
  self.read=read
  self.requests=requests
  self.sent=sent
  self.created=created
  self.updated=updated
  self.unchanged=unchanged
  self.skipped=skipped
  self.rejected=rejected
  self.uncertain=uncertain
  self.retries=retries
  self.rate_limited=rate_limited
  self.lookups=lookups
  self.dry_run=dry_run
  self.would=_dflt_would() if would is _HAS_DEFAULT_FACTORY else would
  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started
  self.elapsed=elapsed
  self.first_request=first_request
  self.last_answer=last_answer
 return __init__


CODE['def __create_fn__(_type_read, _type_requests, _type_sent, _type_created, _type_updated, _type_unchanged, _type_skipped, _type_rejected, _type_uncertain, _type_retries, _type_rate_limited, _type_lookups, _type_dry_run, _type_would, _type_started, _type_elapsed, _type_first_request, _type_last_answer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_requests, _dflt_sent, _dflt_created, _dflt_updated, _dflt_unchanged, _dflt_skipped, _dflt_rejected, _dflt_uncertain, _dflt_retries, _dflt_rate_limited, _dflt_lookups, _dflt_dry_run, _dflt_would, _dflt_started, _dflt_elapsed, _dflt_first_request, _dflt_last_answer, _return_type):\n def __init__(self,read:_type_read=_dflt_read,requests:_type_requests=_dflt_requests,sent:_type_sent=_dflt_sent,created:_type_created=_dflt_created,updated:_type_updated=_dflt_updated,unchanged:_type_unchanged=_dflt_unchanged,skipped:_type_skipped=_dflt_skipped,rejected:_type_rejected=_dflt_rejected,uncertain:_type_uncertain=_dflt_uncertain,retries:_type_retries=_dflt_retries,rate_limited:_type_rate_limited=_dflt_rate_limited,lookups:_type_lookups=_dflt_lookups,dry_run:_type_dry_run=_dflt_dry_run,would:_type_would=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,elapsed:_type_elapsed=_dflt_elapsed,first_request:_type_first_request=_dflt_first_request,last_answer:_type_last_answer=_dflt_last_answer)->_return_type:\n  self.read=read\n  self.requests=requests\n  self.sent=sent\n  self.created=created\n  self.updated=updated\n  self.unchanged=unchanged\n  self.skipped=skipped\n  self.rejected=rejected\n  self.uncertain=uncertain\n  self.retries=retries\n  self.rate_limited=rate_limited\n  self.lookups=lookups\n  self.dry_run=dry_run\n  self.would=_dflt_would() if would is _HAS_DEFAULT_FACTORY else would\n  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started\n  self.elapsed=elapsed\n  self.first_request=first_request\n  self.last_answer=last_answer\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_registry, _type_docs, _type_resources, _type_anchors, _type_dynamic_anchors, _type_bases, _type__nodes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_registry, _dflt_docs, _dflt_resources, _dflt_anchors, _dflt_dynamic_anchors, _dflt_bases, _dflt__nodes, _return_type):
 def __init__(self,registry:_type_registry=_dflt_registry,docs:_type_docs=_HAS_DEFAULT_FACTORY,resources:_type_resources=_HAS_DEFAULT_FACTORY,anchors:_type_anchors=_HAS_DEFAULT_FACTORY,dynamic_anchors:_type_dynamic_anchors=_HAS_DEFAULT_FACTORY,bases:_type_bases=_HAS_DEFAULT_FACTORY,_nodes:_type__nodes=_HAS_DEFAULT_FACTORY)->_return_type:
  self.registry=registry
  self.docs=_dflt_docs() if docs is _HAS_DEFAULT_FACTORY else docs
  self.resources=_dflt_resources() if resources is _HAS_DEFAULT_FACTORY else resources
  self.anchors=_dflt_anchors() if anchors is _HAS_DEFAULT_FACTORY else anchors
  self.dynamic_anchors=_dflt_dynamic_anchors() if dynamic_anchors is _HAS_DEFAULT_FACTORY else dynamic_anchors
  self.bases=_dflt_bases() if bases is _HAS_DEFAULT_FACTORY else bases
  self._nodes=_dflt__nodes() if _nodes is _HAS_DEFAULT_FACTORY else _nodes
 return __init__


CODE['def __create_fn__(_type_registry, _type_docs, _type_resources, _type_anchors, _type_dynamic_anchors, _type_bases, _type__nodes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_registry, _dflt_docs, _dflt_resources, _dflt_anchors, _dflt_dynamic_anchors, _dflt_bases, _dflt__nodes, _return_type):\n def __init__(self,registry:_type_registry=_dflt_registry,docs:_type_docs=_HAS_DEFAULT_FACTORY,resources:_type_resources=_HAS_DEFAULT_FACTORY,anchors:_type_anchors=_HAS_DEFAULT_FACTORY,dynamic_anchors:_type_dynamic_anchors=_HAS_DEFAULT_FACTORY,bases:_type_bases=_HAS_DEFAULT_FACTORY,_nodes:_type__nodes=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.registry=registry\n  self.docs=_dflt_docs() if docs is _HAS_DEFAULT_FACTORY else docs\n  self.resources=_dflt_resources() if resources is _HAS_DEFAULT_FACTORY else resources\n  self.anchors=_dflt_anchors() if anchors is _HAS_DEFAULT_FACTORY else anchors\n  self.dynamic_anchors=_dflt_dynamic_anchors() if dynamic_anchors is _HAS_DEFAULT_FACTORY else dynamic_anchors\n  self.bases=_dflt_bases() if bases is _HAS_DEFAULT_FACTORY else bases\n  self._nodes=_dflt__nodes() if _nodes is _HAS_DEFAULT_FACTORY else _nodes\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_rename, _type_constants, _type_formats, _type_drop, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rename, _dflt_constants, _dflt_formats, _dflt_drop, _return_type):
 def __init__(self,rename:_type_rename=_HAS_DEFAULT_FACTORY,constants:_type_constants=_HAS_DEFAULT_FACTORY,formats:_type_formats=_HAS_DEFAULT_FACTORY,drop:_type_drop=_dflt_drop)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rename',_dflt_rename() if rename is _HAS_DEFAULT_FACTORY else rename)
  __dataclass_builtins_object__.__setattr__(self,'constants',_dflt_constants() if constants is _HAS_DEFAULT_FACTORY else constants)
  __dataclass_builtins_object__.__setattr__(self,'formats',_dflt_formats() if formats is _HAS_DEFAULT_FACTORY else formats)
  __dataclass_builtins_object__.__setattr__(self,'drop',drop)
 return __init__


CODE["def __create_fn__(_type_rename, _type_constants, _type_formats, _type_drop, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rename, _dflt_constants, _dflt_formats, _dflt_drop, _return_type):\n def __init__(self,rename:_type_rename=_HAS_DEFAULT_FACTORY,constants:_type_constants=_HAS_DEFAULT_FACTORY,formats:_type_formats=_HAS_DEFAULT_FACTORY,drop:_type_drop=_dflt_drop)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rename',_dflt_rename() if rename is _HAS_DEFAULT_FACTORY else rename)\n  __dataclass_builtins_object__.__setattr__(self,'constants',_dflt_constants() if constants is _HAS_DEFAULT_FACTORY else constants)\n  __dataclass_builtins_object__.__setattr__(self,'formats',_dflt_formats() if formats is _HAS_DEFAULT_FACTORY else formats)\n  __dataclass_builtins_object__.__setattr__(self,'drop',drop)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_reserved, _type_style, _type_taken, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reserved, _dflt_style, _dflt_taken, _return_type):
 def __init__(self,reserved:_type_reserved=_dflt_reserved,style:_type_style=_dflt_style,taken:_type_taken=_HAS_DEFAULT_FACTORY)->_return_type:
  self.reserved=reserved
  self.style=style
  self.taken=_dflt_taken() if taken is _HAS_DEFAULT_FACTORY else taken
 return __init__


CODE['def __create_fn__(_type_reserved, _type_style, _type_taken, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reserved, _dflt_style, _dflt_taken, _return_type):\n def __init__(self,reserved:_type_reserved=_dflt_reserved,style:_type_style=_dflt_style,taken:_type_taken=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.reserved=reserved\n  self.style=style\n  self.taken=_dflt_taken() if taken is _HAS_DEFAULT_FACTORY else taken\n return __init__'] = __create_fn__.__code__


def __create_fn__(_type_role, _type_handler, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_handler, _dflt_reason, _return_type):
 def __init__(self,role:_type_role,handler:_type_handler=_dflt_handler,reason:_type_reason=_dflt_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'handler',handler)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


CODE["def __create_fn__(_type_role, _type_handler, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_handler, _dflt_reason, _return_type):\n def __init__(self,role:_type_role,handler:_type_handler=_dflt_handler,reason:_type_reason=_dflt_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'handler',handler)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_role, _type_handler, _type_shape, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_handler, _dflt_shape, _return_type):
 def __init__(self,role:_type_role,handler:_type_handler=_dflt_handler,shape:_type_shape=_dflt_shape)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'handler',handler)
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
 return __init__


CODE["def __create_fn__(_type_role, _type_handler, _type_shape, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_handler, _dflt_shape, _return_type):\n def __init__(self,role:_type_role,handler:_type_handler=_dflt_handler,shape:_type_shape=_dflt_shape)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'handler',handler)\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_role, _type_operation_id, _type_method, _type_argument, _type_id_argument, _type_id_kind, _type_id_pointer, _type_key_pointer, _type_safe, _type_fields, _type_exists, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id_argument, _dflt_id_kind, _dflt_id_pointer, _dflt_key_pointer, _dflt_safe, _dflt_fields, _dflt_exists, _dflt_batch, _return_type):
 def __init__(self,role:_type_role,operation_id:_type_operation_id,method:_type_method,argument:_type_argument,id_argument:_type_id_argument=_dflt_id_argument,id_kind:_type_id_kind=_dflt_id_kind,id_pointer:_type_id_pointer=_dflt_id_pointer,key_pointer:_type_key_pointer=_dflt_key_pointer,safe:_type_safe=_dflt_safe,fields:_type_fields=_dflt_fields,exists:_type_exists=_dflt_exists,batch:_type_batch=_dflt_batch)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'operation_id',operation_id)
  __dataclass_builtins_object__.__setattr__(self,'method',method)
  __dataclass_builtins_object__.__setattr__(self,'argument',argument)
  __dataclass_builtins_object__.__setattr__(self,'id_argument',id_argument)
  __dataclass_builtins_object__.__setattr__(self,'id_kind',id_kind)
  __dataclass_builtins_object__.__setattr__(self,'id_pointer',id_pointer)
  __dataclass_builtins_object__.__setattr__(self,'key_pointer',key_pointer)
  __dataclass_builtins_object__.__setattr__(self,'safe',safe)
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'exists',exists)
  __dataclass_builtins_object__.__setattr__(self,'batch',batch)
 return __init__


CODE["def __create_fn__(_type_role, _type_operation_id, _type_method, _type_argument, _type_id_argument, _type_id_kind, _type_id_pointer, _type_key_pointer, _type_safe, _type_fields, _type_exists, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_id_argument, _dflt_id_kind, _dflt_id_pointer, _dflt_key_pointer, _dflt_safe, _dflt_fields, _dflt_exists, _dflt_batch, _return_type):\n def __init__(self,role:_type_role,operation_id:_type_operation_id,method:_type_method,argument:_type_argument,id_argument:_type_id_argument=_dflt_id_argument,id_kind:_type_id_kind=_dflt_id_kind,id_pointer:_type_id_pointer=_dflt_id_pointer,key_pointer:_type_key_pointer=_dflt_key_pointer,safe:_type_safe=_dflt_safe,fields:_type_fields=_dflt_fields,exists:_type_exists=_dflt_exists,batch:_type_batch=_dflt_batch)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'operation_id',operation_id)\n  __dataclass_builtins_object__.__setattr__(self,'method',method)\n  __dataclass_builtins_object__.__setattr__(self,'argument',argument)\n  __dataclass_builtins_object__.__setattr__(self,'id_argument',id_argument)\n  __dataclass_builtins_object__.__setattr__(self,'id_kind',id_kind)\n  __dataclass_builtins_object__.__setattr__(self,'id_pointer',id_pointer)\n  __dataclass_builtins_object__.__setattr__(self,'key_pointer',key_pointer)\n  __dataclass_builtins_object__.__setattr__(self,'safe',safe)\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'exists',exists)\n  __dataclass_builtins_object__.__setattr__(self,'batch',batch)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_role, _type_resource, _type_id_param, _type_answer, _type_ack_id_pointer, _type_success, _type_body_failures, _type_failures, _type_wire_kinds, _type_filters, _type_count, _type_formats, _type_only_with, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_filters, _dflt_count, _dflt_formats, _dflt_only_with, _return_type):
 def __init__(self,role:_type_role,resource:_type_resource,id_param:_type_id_param,answer:_type_answer,ack_id_pointer:_type_ack_id_pointer,success:_type_success,body_failures:_type_body_failures,failures:_type_failures,wire_kinds:_type_wire_kinds,filters:_type_filters=_dflt_filters,count:_type_count=_dflt_count,formats:_type_formats=_dflt_formats,only_with:_type_only_with=_dflt_only_with)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'resource',resource)
  __dataclass_builtins_object__.__setattr__(self,'id_param',id_param)
  __dataclass_builtins_object__.__setattr__(self,'answer',answer)
  __dataclass_builtins_object__.__setattr__(self,'ack_id_pointer',ack_id_pointer)
  __dataclass_builtins_object__.__setattr__(self,'success',success)
  __dataclass_builtins_object__.__setattr__(self,'body_failures',body_failures)
  __dataclass_builtins_object__.__setattr__(self,'failures',failures)
  __dataclass_builtins_object__.__setattr__(self,'wire_kinds',wire_kinds)
  __dataclass_builtins_object__.__setattr__(self,'filters',filters)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'formats',formats)
  __dataclass_builtins_object__.__setattr__(self,'only_with',only_with)
 return __init__


CODE["def __create_fn__(_type_role, _type_resource, _type_id_param, _type_answer, _type_ack_id_pointer, _type_success, _type_body_failures, _type_failures, _type_wire_kinds, _type_filters, _type_count, _type_formats, _type_only_with, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_filters, _dflt_count, _dflt_formats, _dflt_only_with, _return_type):\n def __init__(self,role:_type_role,resource:_type_resource,id_param:_type_id_param,answer:_type_answer,ack_id_pointer:_type_ack_id_pointer,success:_type_success,body_failures:_type_body_failures,failures:_type_failures,wire_kinds:_type_wire_kinds,filters:_type_filters=_dflt_filters,count:_type_count=_dflt_count,formats:_type_formats=_dflt_formats,only_with:_type_only_with=_dflt_only_with)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'resource',resource)\n  __dataclass_builtins_object__.__setattr__(self,'id_param',id_param)\n  __dataclass_builtins_object__.__setattr__(self,'answer',answer)\n  __dataclass_builtins_object__.__setattr__(self,'ack_id_pointer',ack_id_pointer)\n  __dataclass_builtins_object__.__setattr__(self,'success',success)\n  __dataclass_builtins_object__.__setattr__(self,'body_failures',body_failures)\n  __dataclass_builtins_object__.__setattr__(self,'failures',failures)\n  __dataclass_builtins_object__.__setattr__(self,'wire_kinds',wire_kinds)\n  __dataclass_builtins_object__.__setattr__(self,'filters',filters)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n  __dataclass_builtins_object__.__setattr__(self,'formats',formats)\n  __dataclass_builtins_object__.__setattr__(self,'only_with',only_with)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_schema, _type_loc, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,schema:_type_schema,loc:_type_loc,base:_type_base)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'schema',schema)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
 return __init__


CODE["def __create_fn__(_type_schema, _type_loc, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,schema:_type_schema,loc:_type_loc,base:_type_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'schema',schema)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_scheme, _type_attr, _type_location, _type_wire, _type_env_var, _type_algorithm, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_algorithm, _dflt_encoding, _return_type):
 def __init__(self,scheme:_type_scheme,attr:_type_attr,location:_type_location,wire:_type_wire,env_var:_type_env_var,algorithm:_type_algorithm=_dflt_algorithm,encoding:_type_encoding=_dflt_encoding)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)
  __dataclass_builtins_object__.__setattr__(self,'attr',attr)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'wire',wire)
  __dataclass_builtins_object__.__setattr__(self,'env_var',env_var)
  __dataclass_builtins_object__.__setattr__(self,'algorithm',algorithm)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
 return __init__


CODE["def __create_fn__(_type_scheme, _type_attr, _type_location, _type_wire, _type_env_var, _type_algorithm, _type_encoding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_algorithm, _dflt_encoding, _return_type):\n def __init__(self,scheme:_type_scheme,attr:_type_attr,location:_type_location,wire:_type_wire,env_var:_type_env_var,algorithm:_type_algorithm=_dflt_algorithm,encoding:_type_encoding=_dflt_encoding)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'scheme',scheme)\n  __dataclass_builtins_object__.__setattr__(self,'attr',attr)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'wire',wire)\n  __dataclass_builtins_object__.__setattr__(self,'env_var',env_var)\n  __dataclass_builtins_object__.__setattr__(self,'algorithm',algorithm)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_secret_values, _type_secret_query_names, _type_secret_header_names, _type__pattern, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_secret_values, _dflt_secret_query_names, _dflt_secret_header_names, _return_type):
 def __init__(self,secret_values:_type_secret_values=_dflt_secret_values,secret_query_names:_type_secret_query_names=_dflt_secret_query_names,secret_header_names:_type_secret_header_names=_dflt_secret_header_names)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'secret_values',secret_values)
  __dataclass_builtins_object__.__setattr__(self,'secret_query_names',secret_query_names)
  __dataclass_builtins_object__.__setattr__(self,'secret_header_names',secret_header_names)
 return __init__


CODE["def __create_fn__(_type_secret_values, _type_secret_query_names, _type_secret_header_names, _type__pattern, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_secret_values, _dflt_secret_query_names, _dflt_secret_header_names, _return_type):\n def __init__(self,secret_values:_type_secret_values=_dflt_secret_values,secret_query_names:_type_secret_query_names=_dflt_secret_query_names,secret_header_names:_type_secret_header_names=_dflt_secret_header_names)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'secret_values',secret_values)\n  __dataclass_builtins_object__.__setattr__(self,'secret_query_names',secret_query_names)\n  __dataclass_builtins_object__.__setattr__(self,'secret_header_names',secret_header_names)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_shape, _type_least, _type_most, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_least, _dflt_most, _return_type):
 def __init__(self,shape:_type_shape,least:_type_least=_dflt_least,most:_type_most=_dflt_most)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'least',least)
  __dataclass_builtins_object__.__setattr__(self,'most',most)
 return __init__


CODE["def __create_fn__(_type_shape, _type_least, _type_most, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_least, _dflt_most, _return_type):\n def __init__(self,shape:_type_shape,least:_type_least=_dflt_least,most:_type_most=_dflt_most)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n  __dataclass_builtins_object__.__setattr__(self,'least',least)\n  __dataclass_builtins_object__.__setattr__(self,'most',most)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_shape, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):
 def __init__(self,shape:_type_shape,where:_type_where=_dflt_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'shape',shape)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__


CODE["def __create_fn__(_type_shape, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _return_type):\n def __init__(self,shape:_type_shape,where:_type_where=_dflt_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'shape',shape)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_source, _type_data, _type_origins, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_origins, _dflt_lines, _return_type):
 def __init__(self,source:_type_source,data:_type_data,origins:_type_origins=_HAS_DEFAULT_FACTORY,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'origins',_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins)
  __dataclass_builtins_object__.__setattr__(self,'lines',_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines)
 return __init__


CODE["def __create_fn__(_type_source, _type_data, _type_origins, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_origins, _dflt_lines, _return_type):\n def __init__(self,source:_type_source,data:_type_data,origins:_type_origins=_HAS_DEFAULT_FACTORY,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'origins',_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins)\n  __dataclass_builtins_object__.__setattr__(self,'lines',_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_source, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,source:_type_source,warnings:_type_warnings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
 return __init__


CODE["def __create_fn__(_type_source, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,source:_type_source,warnings:_type_warnings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_source_file, _type_sha256, _type_overlays, _type_subset, _type_operations, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_overlays, _dflt_subset, _dflt_operations, _return_type):
 def __init__(self,source_file:_type_source_file,sha256:_type_sha256,overlays:_type_overlays=_dflt_overlays,subset:_type_subset=_dflt_subset,operations:_type_operations=_dflt_operations)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source_file',source_file)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'overlays',overlays)
  __dataclass_builtins_object__.__setattr__(self,'subset',subset)
  __dataclass_builtins_object__.__setattr__(self,'operations',operations)
 return __init__


CODE["def __create_fn__(_type_source_file, _type_sha256, _type_overlays, _type_subset, _type_operations, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_overlays, _dflt_subset, _dflt_operations, _return_type):\n def __init__(self,source_file:_type_source_file,sha256:_type_sha256,overlays:_type_overlays=_dflt_overlays,subset:_type_subset=_dflt_subset,operations:_type_operations=_dflt_operations)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source_file',source_file)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'overlays',overlays)\n  __dataclass_builtins_object__.__setattr__(self,'subset',subset)\n  __dataclass_builtins_object__.__setattr__(self,'operations',operations)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_specs, _type_specs_dir, _type_out, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,specs:_type_specs,specs_dir:_type_specs_dir,out:_type_out,options:_type_options)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'specs',specs)
  __dataclass_builtins_object__.__setattr__(self,'specs_dir',specs_dir)
  __dataclass_builtins_object__.__setattr__(self,'out',out)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
 return __init__


CODE["def __create_fn__(_type_specs, _type_specs_dir, _type_out, _type_options, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,specs:_type_specs,specs_dir:_type_specs_dir,out:_type_out,options:_type_options)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'specs',specs)\n  __dataclass_builtins_object__.__setattr__(self,'specs_dir',specs_dir)\n  __dataclass_builtins_object__.__setattr__(self,'out',out)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_status, _type_description, _type_media_types, _type_type, _type_error_in_body, _type_forms, _type_item_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item_status, _return_type):
 def __init__(self,status:_type_status,description:_type_description,media_types:_type_media_types,type:_type_type,error_in_body:_type_error_in_body,forms:_type_forms,item_status:_type_item_status=_dflt_item_status)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'media_types',media_types)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'error_in_body',error_in_body)
  __dataclass_builtins_object__.__setattr__(self,'forms',forms)
  __dataclass_builtins_object__.__setattr__(self,'item_status',item_status)
 return __init__


CODE["def __create_fn__(_type_status, _type_description, _type_media_types, _type_type, _type_error_in_body, _type_forms, _type_item_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item_status, _return_type):\n def __init__(self,status:_type_status,description:_type_description,media_types:_type_media_types,type:_type_type,error_in_body:_type_error_in_body,forms:_type_forms,item_status:_type_item_status=_dflt_item_status)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'media_types',media_types)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'error_in_body',error_in_body)\n  __dataclass_builtins_object__.__setattr__(self,'forms',forms)\n  __dataclass_builtins_object__.__setattr__(self,'item_status',item_status)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_status, _type_forms, _type_error_rules, _type_item_status, _type_rules, _type_reads_text, _type_checker, _type_text_form, _type_binary_form, _type_item_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_forms, _dflt_error_rules, _dflt_item_status, _return_type):
 def __init__(self,status:_type_status,forms:_type_forms=_dflt_forms,error_rules:_type_error_rules=_dflt_error_rules,item_status:_type_item_status=_dflt_item_status)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'forms',forms)
  __dataclass_builtins_object__.__setattr__(self,'error_rules',error_rules)
  __dataclass_builtins_object__.__setattr__(self,'item_status',item_status)
  self.__post_init__()
 return __init__


CODE["def __create_fn__(_type_status, _type_forms, _type_error_rules, _type_item_status, _type_rules, _type_reads_text, _type_checker, _type_text_form, _type_binary_form, _type_item_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_forms, _dflt_error_rules, _dflt_item_status, _return_type):\n def __init__(self,status:_type_status,forms:_type_forms=_dflt_forms,error_rules:_type_error_rules=_dflt_error_rules,item_status:_type_item_status=_dflt_item_status)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'forms',forms)\n  __dataclass_builtins_object__.__setattr__(self,'error_rules',error_rules)\n  __dataclass_builtins_object__.__setattr__(self,'item_status',item_status)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_status, _type_media_type, _type_body, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,status:_type_status,media_type:_type_media_type,body:_type_body,rule:_type_rule)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
 return __init__


CODE["def __create_fn__(_type_status, _type_media_type, _type_body, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,status:_type_status,media_type:_type_media_type,body:_type_body,rule:_type_rule)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'media_type',media_type)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_style, _type_page_attr, _type_limit_attr, _type_first, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,style:_type_style,page_attr:_type_page_attr,limit_attr:_type_limit_attr,first:_type_first,size:_type_size)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'page_attr',page_attr)
  __dataclass_builtins_object__.__setattr__(self,'limit_attr',limit_attr)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
 return __init__


CODE["def __create_fn__(_type_style, _type_page_attr, _type_limit_attr, _type_first, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,style:_type_style,page_attr:_type_page_attr,limit_attr:_type_limit_attr,first:_type_first,size:_type_size)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'page_attr',page_attr)\n  __dataclass_builtins_object__.__setattr__(self,'limit_attr',limit_attr)\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_style, _type_page_param, _type_offset_param, _type_limit_param, _type_first, _type_page_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,style:_type_style,page_param:_type_page_param,offset_param:_type_offset_param,limit_param:_type_limit_param,first:_type_first,page_size:_type_page_size)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'page_param',page_param)
  __dataclass_builtins_object__.__setattr__(self,'offset_param',offset_param)
  __dataclass_builtins_object__.__setattr__(self,'limit_param',limit_param)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'page_size',page_size)
 return __init__


CODE["def __create_fn__(_type_style, _type_page_param, _type_offset_param, _type_limit_param, _type_first, _type_page_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,style:_type_style,page_param:_type_page_param,offset_param:_type_offset_param,limit_param:_type_limit_param,first:_type_first,page_size:_type_page_size)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'page_param',page_param)\n  __dataclass_builtins_object__.__setattr__(self,'offset_param',offset_param)\n  __dataclass_builtins_object__.__setattr__(self,'limit_param',limit_param)\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n  __dataclass_builtins_object__.__setattr__(self,'page_size',page_size)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


CODE["def __create_fn__(_type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_valid, _type_invalid, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,valid:_type_valid,invalid:_type_invalid,source:_type_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'valid',valid)
  __dataclass_builtins_object__.__setattr__(self,'invalid',invalid)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


CODE["def __create_fn__(_type_valid, _type_invalid, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,valid:_type_valid,invalid:_type_invalid,source:_type_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'valid',valid)\n  __dataclass_builtins_object__.__setattr__(self,'invalid',invalid)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


CODE["def __create_fn__(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_wire, _type_attr, _type_codec, _type_required, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,wire:_type_wire,attr:_type_attr,codec:_type_codec,required:_type_required)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'wire',wire)
  __dataclass_builtins_object__.__setattr__(self,'attr',attr)
  __dataclass_builtins_object__.__setattr__(self,'codec',codec)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
 return __init__


CODE["def __create_fn__(_type_wire, _type_attr, _type_codec, _type_required, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,wire:_type_wire,attr:_type_attr,codec:_type_codec,required:_type_required)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'wire',wire)\n  __dataclass_builtins_object__.__setattr__(self,'attr',attr)\n  __dataclass_builtins_object__.__setattr__(self,'codec',codec)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_wire, _type_attr, _type_location, _type_required, _type_codec, _type_json, _type_const, _type_default, _type_validator, _type_style, _type_explode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_codec, _dflt_json, _dflt_const, _dflt_default, _dflt_validator, _dflt_style, _dflt_explode, _return_type):
 def __init__(self,wire:_type_wire,attr:_type_attr,location:_type_location,required:_type_required,codec:_type_codec=_dflt_codec,json:_type_json=_dflt_json,const:_type_const=_dflt_const,default:_type_default=_dflt_default,validator:_type_validator=_dflt_validator,style:_type_style=_dflt_style,explode:_type_explode=_dflt_explode)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'wire',wire)
  __dataclass_builtins_object__.__setattr__(self,'attr',attr)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'codec',codec)
  __dataclass_builtins_object__.__setattr__(self,'json',json)
  __dataclass_builtins_object__.__setattr__(self,'const',const)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'validator',validator)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'explode',explode)
 return __init__


CODE["def __create_fn__(_type_wire, _type_attr, _type_location, _type_required, _type_codec, _type_json, _type_const, _type_default, _type_validator, _type_style, _type_explode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_codec, _dflt_json, _dflt_const, _dflt_default, _dflt_validator, _dflt_style, _dflt_explode, _return_type):\n def __init__(self,wire:_type_wire,attr:_type_attr,location:_type_location,required:_type_required,codec:_type_codec=_dflt_codec,json:_type_json=_dflt_json,const:_type_const=_dflt_const,default:_type_default=_dflt_default,validator:_type_validator=_dflt_validator,style:_type_style=_dflt_style,explode:_type_explode=_dflt_explode)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'wire',wire)\n  __dataclass_builtins_object__.__setattr__(self,'attr',attr)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'codec',codec)\n  __dataclass_builtins_object__.__setattr__(self,'json',json)\n  __dataclass_builtins_object__.__setattr__(self,'const',const)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'validator',validator)\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'explode',explode)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_wire_name, _type_py_name, _type_location, _type_type, _type_required, _type_const, _type_json_encoded, _type_client_default, _type_description, _type_validator_key, _type_style, _type_explode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_style, _dflt_explode, _return_type):
 def __init__(self,wire_name:_type_wire_name,py_name:_type_py_name,location:_type_location,type:_type_type,required:_type_required,const:_type_const,json_encoded:_type_json_encoded,client_default:_type_client_default,description:_type_description,validator_key:_type_validator_key,style:_type_style=_dflt_style,explode:_type_explode=_dflt_explode)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'wire_name',wire_name)
  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'const',const)
  __dataclass_builtins_object__.__setattr__(self,'json_encoded',json_encoded)
  __dataclass_builtins_object__.__setattr__(self,'client_default',client_default)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'validator_key',validator_key)
  __dataclass_builtins_object__.__setattr__(self,'style',style)
  __dataclass_builtins_object__.__setattr__(self,'explode',explode)
 return __init__


CODE["def __create_fn__(_type_wire_name, _type_py_name, _type_location, _type_type, _type_required, _type_const, _type_json_encoded, _type_client_default, _type_description, _type_validator_key, _type_style, _type_explode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_style, _dflt_explode, _return_type):\n def __init__(self,wire_name:_type_wire_name,py_name:_type_py_name,location:_type_location,type:_type_type,required:_type_required,const:_type_const,json_encoded:_type_json_encoded,client_default:_type_client_default,description:_type_description,validator_key:_type_validator_key,style:_type_style=_dflt_style,explode:_type_explode=_dflt_explode)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'wire_name',wire_name)\n  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'const',const)\n  __dataclass_builtins_object__.__setattr__(self,'json_encoded',json_encoded)\n  __dataclass_builtins_object__.__setattr__(self,'client_default',client_default)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'validator_key',validator_key)\n  __dataclass_builtins_object__.__setattr__(self,'style',style)\n  __dataclass_builtins_object__.__setattr__(self,'explode',explode)\n return __init__"] = __create_fn__.__code__


def __create_fn__(_type_wire_name, _type_py_name, _type_type, _type_required, _type_description, _type_read_only, _type_decode_strings, _type_const, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_const, _return_type):
 def __init__(self,wire_name:_type_wire_name,py_name:_type_py_name,type:_type_type,required:_type_required,description:_type_description,read_only:_type_read_only,decode_strings:_type_decode_strings,const:_type_const=_dflt_const)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'wire_name',wire_name)
  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'read_only',read_only)
  __dataclass_builtins_object__.__setattr__(self,'decode_strings',decode_strings)
  __dataclass_builtins_object__.__setattr__(self,'const',const)
 return __init__


CODE["def __create_fn__(_type_wire_name, _type_py_name, _type_type, _type_required, _type_description, _type_read_only, _type_decode_strings, _type_const, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_const, _return_type):\n def __init__(self,wire_name:_type_wire_name,py_name:_type_py_name,type:_type_type,required:_type_required,description:_type_description,read_only:_type_read_only,decode_strings:_type_decode_strings,const:_type_const=_dflt_const)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'wire_name',wire_name)\n  __dataclass_builtins_object__.__setattr__(self,'py_name',py_name)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'read_only',read_only)\n  __dataclass_builtins_object__.__setattr__(self,'decode_strings',decode_strings)\n  __dataclass_builtins_object__.__setattr__(self,'const',const)\n return __init__"] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('branches','where',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'branches\',\'where\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','consts','min_len','max_len','imports','pattern',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'consts\',\'min_len\',\'max_len\',\'imports\',\'pattern\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','messages','raises',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'messages\',\'raises\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cond','then','else_','where',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'cond\',\'then\',\'else_\',\'where\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','base','folders','spec','per_spec',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'base\',\'folders\',\'spec\',\'per_spec\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','line','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'line\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','line','pointer','message','severity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'line\',\'pointer\',\'message\',\'severity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','line','value','lines',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'line\',\'value\',\'lines\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('format',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'format\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('full','dry_run','concurrency','rate','resend_uncertain','max_attempts','progress','progress_every',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'full\',\'dry_run\',\'concurrency\',\'rate\',\'resend_uncertain\',\'max_attempts\',\'progress\',\'progress_every\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('instance_path','schema_path','keyword','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'instance_path\',\'schema_path\',\'keyword\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('item',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'item\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','hash','status','done_hash','vendor_id','attempts','last_error',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'hash\',\'status\',\'done_hash\',\'vendor_id\',\'attempts\',\'last_error\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','py_name','node',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'py_name\',\'node\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','py_name','pointer',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'py_name\',\'pointer\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','targets','rate','rate_documented',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'targets\',\'rate\',\'rate_documented\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','upsert','create','update','bulk_update','lookup','rate','rate_documented',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'upsert\',\'create\',\'update\',\'bulk_update\',\'lookup\',\'rate\',\'rate_documented\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keyword','pointer','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keyword\',\'pointer\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','item','members','values','model','date_format',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'item\',\'members\',\'values\',\'model\',\'date_format\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kinds','enum','not_in','string','number','array','obj','rules','ref','where','at',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kinds\',\'enum\',\'not_in\',\'string\',\'number\',\'array\',\'obj\',\'rules\',\'ref\',\'where\',\'at\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lenient','overlays','limits','ref_roots','strict','subset','package_prefix',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lenient\',\'overlays\',\'limits\',\'ref_roots\',\'strict\',\'subset\',\'package_prefix\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lo','lo_excl','hi','hi_excl','multiple','not_multiples',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lo\',\'lo_excl\',\'hi\',\'hi_excl\',\'multiple\',\'not_multiples\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('mapping','inner',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'mapping\',\'inner\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_bytes','max_depth','max_nodes','max_expanded_bytes','max_schemas','max_operations',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_bytes\',\'max_depth\',\'max_nodes\',\'max_expanded_bytes\',\'max_schemas\',\'max_operations\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_retries','backoff_base','backoff_cap','total_timeout','retry_statuses','respect_retry_after','retry_after_cap',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_retries\',\'backoff_base\',\'backoff_cap\',\'total_timeout\',\'retry_statuses\',\'respect_retry_after\',\'retry_after_cap\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('media_type','codec','required','validator','envelope','kind','presence_flags','defaults','styles','sends_null','files','part_types',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'media_type\',\'codec\',\'required\',\'validator\',\'envelope\',\'kind\',\'presence_flags\',\'defaults\',\'styles\',\'sends_null\',\'files\',\'part_types\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('media_type','codec','validator','decode','plan','members',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'media_type\',\'codec\',\'validator\',\'decode\',\'plan\',\'members\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('media_type','type','required','envelope','kind','validator_key','presence_flags','client_defaults','schema_pointer','styles','files','part_types',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'media_type\',\'type\',\'required\',\'envelope\',\'kind\',\'validator_key\',\'presence_flags\',\'client_defaults\',\'schema_pointer\',\'styles\',\'files\',\'part_types\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('media_type','type','validator_key','decode_strings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'media_type\',\'type\',\'validator_key\',\'decode_strings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('members','_order',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'members\',\'_order\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('method','url','operation',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'method\',\'url\',\'operation\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('min_len','max_len','patterns','not_patterns','formats',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'min_len\',\'max_len\',\'patterns\',\'not_patterns\',\'formats\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('model',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'model\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','id_field','id_kind','server_fields','id_template','stamps',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'id_field\',\'id_kind\',\'server_fields\',\'id_template\',\'stamps\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','shape','strftime',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'shape\',\'strftime\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','method','path','params','body','responses','credentials','idempotent','returns_value','single_item','empty_result','pagination','response_format','server','by_status','wire_params','form_options','path_names','path_template','answers','accept',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'method\',\'path\',\'params\',\'body\',\'responses\',\'credentials\',\'idempotent\',\'returns_value\',\'single_item\',\'empty_result\',\'pagination\',\'response_format\',\'server\',\'by_status\',\'wire_params\',\'form_options\',\'path_names\',\'path_template\',\'answers\',\'accept\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','py_name','default','enum','description',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'py_name\',\'default\',\'enum\',\'description\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','shape','where',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'shape\',\'where\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','source_pointer','description','fields','extra_type','normalize_keys','recursive',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'source_pointer\',\'description\',\'fields\',\'extra_type\',\'normalize_keys\',\'recursive\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('operation','method','argument','id_argument','id_kind','id_pointer','key_pointer','safe','fields','exists','batch',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'operation\',\'method\',\'argument\',\'id_argument\',\'id_kind\',\'id_pointer\',\'key_pointer\',\'safe\',\'fields\',\'exists\',\'batch\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('operation_id','py_name','method','path','summary','description','parameters','body','responses','result','pagination','empty_result','single_item','idempotent','credentials','kit','response_format','server',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'operation_id\',\'py_name\',\'method\',\'path\',\'summary\',\'description\',\'parameters\',\'body\',\'responses\',\'result\',\'pagination\',\'empty_result\',\'single_item\',\'idempotent\',\'credentials\',\'kit\',\'response_format\',\'server\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('operations','tags',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'operations\',\'tags\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('package','source_file','source_sha256','title','version','description','server_url','credentials','models','operations','validators','server_variables','sync','spec_path','package_prefix','operation_total','origins','lenient',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'package\',\'source_file\',\'source_sha256\',\'title\',\'version\',\'description\',\'server_url\',\'credentials\',\'models\',\'operations\',\'validators\',\'server_variables\',\'sync\',\'spec_path\',\'package_prefix\',\'operation_total\',\'origins\',\'lenient\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('package','title','version','server_url','credentials',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'package\',\'title\',\'version\',\'server_url\',\'credentials\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','data','lines','sha256','limits','ref_roots',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'data\',\'lines\',\'sha256\',\'limits\',\'ref_roots\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pointer','keyword','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pointer\',\'keyword\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pointer','message','validator',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pointer\',\'message\',\'validator\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('prefix','items','min_items','max_items','unique','contains',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'prefix\',\'items\',\'min_items\',\'max_items\',\'unique\',\'contains\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('props','required','patterns','additional','names','min_props','max_props','dep_required','need_keys','evaluated','evaluates_all',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'props\',\'required\',\'patterns\',\'additional\',\'names\',\'min_props\',\'max_props\',\'dep_required\',\'need_keys\',\'evaluated\',\'evaluates_all\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('py_name','scheme','location','wire_name','env_var','description','algorithm','encoding',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'py_name\',\'scheme\',\'location\',\'wire_name\',\'env_var\',\'description\',\'algorithm\',\'encoding\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('query','headers','cookies','form','signers',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'query\',\'headers\',\'cookies\',\'form\',\'signers\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rename','constants','formats','drop',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rename\',\'constants\',\'formats\',\'drop\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('role','handler','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'role\',\'handler\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('role','handler','shape',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'role\',\'handler\',\'shape\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('role','operation_id','method','argument','id_argument','id_kind','id_pointer','key_pointer','safe','fields','exists','batch',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'role\',\'operation_id\',\'method\',\'argument\',\'id_argument\',\'id_kind\',\'id_pointer\',\'key_pointer\',\'safe\',\'fields\',\'exists\',\'batch\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('role','resource','id_param','answer','ack_id_pointer','success','body_failures','failures','wire_kinds','filters','count','formats','only_with',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'role\',\'resource\',\'id_param\',\'answer\',\'ack_id_pointer\',\'success\',\'body_failures\',\'failures\',\'wire_kinds\',\'filters\',\'count\',\'formats\',\'only_with\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('schema','loc','base',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'schema\',\'loc\',\'base\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('scheme','attr','location','wire','env_var','algorithm','encoding',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'scheme\',\'attr\',\'location\',\'wire\',\'env_var\',\'algorithm\',\'encoding\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('secret_values','secret_query_names','secret_header_names','_pattern',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'secret_values\',\'secret_query_names\',\'secret_header_names\',\'_pattern\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('shape','least','most',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'shape\',\'least\',\'most\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('shape','where',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'shape\',\'where\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','data','origins','lines',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'data\',\'origins\',\'lines\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','warnings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'warnings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source_file','sha256','overlays','subset','operations',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source_file\',\'sha256\',\'overlays\',\'subset\',\'operations\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('specs','specs_dir','out','options',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'specs\',\'specs_dir\',\'out\',\'options\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','description','media_types','type','error_in_body','forms','item_status',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'description\',\'media_types\',\'type\',\'error_in_body\',\'forms\',\'item_status\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','forms','error_rules','item_status','rules','reads_text','checker','text_form','binary_form','item_check',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'forms\',\'error_rules\',\'item_status\',\'rules\',\'reads_text\',\'checker\',\'text_form\',\'binary_form\',\'item_check\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','media_type','body','rule',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'media_type\',\'body\',\'rule\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('style','page_attr','limit_attr','first','size',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'style\',\'page_attr\',\'limit_attr\',\'first\',\'size\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('style','page_param','offset_param','limit_param','first','page_size',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'style\',\'page_param\',\'offset_param\',\'limit_param\',\'first\',\'page_size\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('valid','invalid','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'valid\',\'invalid\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('wire','attr','codec','required',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'wire\',\'attr\',\'codec\',\'required\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('wire','attr','location','required','codec','json','const','default','validator','style','explode',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'wire\',\'attr\',\'location\',\'required\',\'codec\',\'json\',\'const\',\'default\',\'validator\',\'style\',\'explode\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('wire_name','py_name','location','type','required','const','json_encoded','client_default','description','validator_key','style','explode',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'wire_name\',\'py_name\',\'location\',\'type\',\'required\',\'const\',\'json_encoded\',\'client_default\',\'description\',\'validator_key\',\'style\',\'explode\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('wire_name','py_name','type','required','description','read_only','decode_strings','const',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'wire_name\',\'py_name\',\'type\',\'required\',\'description\',\'read_only\',\'decode_strings\',\'const\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('branches','where',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'branches\',\'where\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','consts','min_len','max_len','imports','pattern',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'consts\',\'min_len\',\'max_len\',\'imports\',\'pattern\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','messages','raises',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'messages\',\'raises\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cond','then','else_','where',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'cond\',\'then\',\'else_\',\'where\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','base','folders','spec','per_spec',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'base\',\'folders\',\'spec\',\'per_spec\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','line','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'line\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','line','pointer','message','severity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'line\',\'pointer\',\'message\',\'severity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','line','value','lines',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'line\',\'value\',\'lines\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('format',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'format\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('full','dry_run','concurrency','rate','resend_uncertain','max_attempts','progress','progress_every',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'full\',\'dry_run\',\'concurrency\',\'rate\',\'resend_uncertain\',\'max_attempts\',\'progress\',\'progress_every\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('instance_path','schema_path','keyword','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'instance_path\',\'schema_path\',\'keyword\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('item',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'item\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','hash','status','done_hash','vendor_id','attempts','last_error',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'hash\',\'status\',\'done_hash\',\'vendor_id\',\'attempts\',\'last_error\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','py_name','node',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'py_name\',\'node\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','py_name','pointer',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'py_name\',\'pointer\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','targets','rate','rate_documented',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'targets\',\'rate\',\'rate_documented\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','upsert','create','update','bulk_update','lookup','rate','rate_documented',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'upsert\',\'create\',\'update\',\'bulk_update\',\'lookup\',\'rate\',\'rate_documented\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keyword','pointer','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keyword\',\'pointer\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','item','members','values','model','date_format',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'item\',\'members\',\'values\',\'model\',\'date_format\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kinds','enum','not_in','string','number','array','obj','rules','ref','where','at',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kinds\',\'enum\',\'not_in\',\'string\',\'number\',\'array\',\'obj\',\'rules\',\'ref\',\'where\',\'at\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lenient','overlays','limits','ref_roots','strict','subset','package_prefix',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lenient\',\'overlays\',\'limits\',\'ref_roots\',\'strict\',\'subset\',\'package_prefix\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lo','lo_excl','hi','hi_excl','multiple','not_multiples',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lo\',\'lo_excl\',\'hi\',\'hi_excl\',\'multiple\',\'not_multiples\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('mapping','inner',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'mapping\',\'inner\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_bytes','max_depth','max_nodes','max_expanded_bytes','max_schemas','max_operations',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_bytes\',\'max_depth\',\'max_nodes\',\'max_expanded_bytes\',\'max_schemas\',\'max_operations\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_retries','backoff_base','backoff_cap','total_timeout','retry_statuses','respect_retry_after','retry_after_cap',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_retries\',\'backoff_base\',\'backoff_cap\',\'total_timeout\',\'retry_statuses\',\'respect_retry_after\',\'retry_after_cap\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('media_type','codec','required','validator','envelope','kind','presence_flags','defaults','styles','sends_null','files','part_types',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'media_type\',\'codec\',\'required\',\'validator\',\'envelope\',\'kind\',\'presence_flags\',\'defaults\',\'styles\',\'sends_null\',\'files\',\'part_types\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('media_type','codec','validator','decode','plan','members',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'media_type\',\'codec\',\'validator\',\'decode\',\'plan\',\'members\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('media_type','type','required','envelope','kind','validator_key','presence_flags','client_defaults','schema_pointer','styles','files','part_types',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'media_type\',\'type\',\'required\',\'envelope\',\'kind\',\'validator_key\',\'presence_flags\',\'client_defaults\',\'schema_pointer\',\'styles\',\'files\',\'part_types\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('media_type','type','validator_key','decode_strings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'media_type\',\'type\',\'validator_key\',\'decode_strings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('members','_order',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'members\',\'_order\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('method','url','operation',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'method\',\'url\',\'operation\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('min_len','max_len','patterns','not_patterns','formats',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'min_len\',\'max_len\',\'patterns\',\'not_patterns\',\'formats\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('model',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'model\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','id_field','id_kind','server_fields','id_template','stamps',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'id_field\',\'id_kind\',\'server_fields\',\'id_template\',\'stamps\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','shape','strftime',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'shape\',\'strftime\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','method','path','params','body','responses','credentials','idempotent','returns_value','single_item','empty_result','pagination','response_format','server','by_status','wire_params','form_options','path_names','path_template','answers','accept',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'method\',\'path\',\'params\',\'body\',\'responses\',\'credentials\',\'idempotent\',\'returns_value\',\'single_item\',\'empty_result\',\'pagination\',\'response_format\',\'server\',\'by_status\',\'wire_params\',\'form_options\',\'path_names\',\'path_template\',\'answers\',\'accept\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','py_name','default','enum','description',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'py_name\',\'default\',\'enum\',\'description\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','shape','where',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'shape\',\'where\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','source_pointer','description','fields','extra_type','normalize_keys','recursive',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'source_pointer\',\'description\',\'fields\',\'extra_type\',\'normalize_keys\',\'recursive\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('operation','method','argument','id_argument','id_kind','id_pointer','key_pointer','safe','fields','exists','batch',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'operation\',\'method\',\'argument\',\'id_argument\',\'id_kind\',\'id_pointer\',\'key_pointer\',\'safe\',\'fields\',\'exists\',\'batch\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('operation_id','py_name','method','path','summary','description','parameters','body','responses','result','pagination','empty_result','single_item','idempotent','credentials','kit','response_format','server',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'operation_id\',\'py_name\',\'method\',\'path\',\'summary\',\'description\',\'parameters\',\'body\',\'responses\',\'result\',\'pagination\',\'empty_result\',\'single_item\',\'idempotent\',\'credentials\',\'kit\',\'response_format\',\'server\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('operations','tags',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'operations\',\'tags\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('package','source_file','source_sha256','title','version','description','server_url','credentials','models','operations','validators','server_variables','sync','spec_path','package_prefix','operation_total','origins','lenient',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'package\',\'source_file\',\'source_sha256\',\'title\',\'version\',\'description\',\'server_url\',\'credentials\',\'models\',\'operations\',\'validators\',\'server_variables\',\'sync\',\'spec_path\',\'package_prefix\',\'operation_total\',\'origins\',\'lenient\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('package','title','version','server_url','credentials',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'package\',\'title\',\'version\',\'server_url\',\'credentials\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','data','lines','sha256','limits','ref_roots',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'data\',\'lines\',\'sha256\',\'limits\',\'ref_roots\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pointer','keyword','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pointer\',\'keyword\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pointer','message','validator',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pointer\',\'message\',\'validator\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('prefix','items','min_items','max_items','unique','contains',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'prefix\',\'items\',\'min_items\',\'max_items\',\'unique\',\'contains\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('props','required','patterns','additional','names','min_props','max_props','dep_required','need_keys','evaluated','evaluates_all',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'props\',\'required\',\'patterns\',\'additional\',\'names\',\'min_props\',\'max_props\',\'dep_required\',\'need_keys\',\'evaluated\',\'evaluates_all\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('py_name','scheme','location','wire_name','env_var','description','algorithm','encoding',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'py_name\',\'scheme\',\'location\',\'wire_name\',\'env_var\',\'description\',\'algorithm\',\'encoding\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('query','headers','cookies','form','signers',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'query\',\'headers\',\'cookies\',\'form\',\'signers\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rename','constants','formats','drop',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rename\',\'constants\',\'formats\',\'drop\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('role','handler','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'role\',\'handler\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('role','handler','shape',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'role\',\'handler\',\'shape\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('role','operation_id','method','argument','id_argument','id_kind','id_pointer','key_pointer','safe','fields','exists','batch',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'role\',\'operation_id\',\'method\',\'argument\',\'id_argument\',\'id_kind\',\'id_pointer\',\'key_pointer\',\'safe\',\'fields\',\'exists\',\'batch\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('role','resource','id_param','answer','ack_id_pointer','success','body_failures','failures','wire_kinds','filters','count','formats','only_with',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'role\',\'resource\',\'id_param\',\'answer\',\'ack_id_pointer\',\'success\',\'body_failures\',\'failures\',\'wire_kinds\',\'filters\',\'count\',\'formats\',\'only_with\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('schema','loc','base',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'schema\',\'loc\',\'base\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('scheme','attr','location','wire','env_var','algorithm','encoding',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'scheme\',\'attr\',\'location\',\'wire\',\'env_var\',\'algorithm\',\'encoding\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('secret_values','secret_query_names','secret_header_names','_pattern',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'secret_values\',\'secret_query_names\',\'secret_header_names\',\'_pattern\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('shape','least','most',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'shape\',\'least\',\'most\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('shape','where',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'shape\',\'where\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','data','origins','lines',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'data\',\'origins\',\'lines\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','warnings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'warnings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source_file','sha256','overlays','subset','operations',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source_file\',\'sha256\',\'overlays\',\'subset\',\'operations\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('specs','specs_dir','out','options',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'specs\',\'specs_dir\',\'out\',\'options\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','description','media_types','type','error_in_body','forms','item_status',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'description\',\'media_types\',\'type\',\'error_in_body\',\'forms\',\'item_status\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','forms','error_rules','item_status','rules','reads_text','checker','text_form','binary_form','item_check',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'forms\',\'error_rules\',\'item_status\',\'rules\',\'reads_text\',\'checker\',\'text_form\',\'binary_form\',\'item_check\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','media_type','body','rule',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'media_type\',\'body\',\'rule\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('style','page_attr','limit_attr','first','size',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'style\',\'page_attr\',\'limit_attr\',\'first\',\'size\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('style','page_param','offset_param','limit_param','first','page_size',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'style\',\'page_param\',\'offset_param\',\'limit_param\',\'first\',\'page_size\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('valid','invalid','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'valid\',\'invalid\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('wire','attr','codec','required',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'wire\',\'attr\',\'codec\',\'required\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('wire','attr','location','required','codec','json','const','default','validator','style','explode',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'wire\',\'attr\',\'location\',\'required\',\'codec\',\'json\',\'const\',\'default\',\'validator\',\'style\',\'explode\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('wire_name','py_name','location','type','required','const','json_encoded','client_default','description','validator_key','style','explode',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'wire_name\',\'py_name\',\'location\',\'type\',\'required\',\'const\',\'json_encoded\',\'client_default\',\'description\',\'validator_key\',\'style\',\'explode\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('wire_name','py_name','type','required','description','read_only','decode_strings','const',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'wire_name\',\'py_name\',\'type\',\'required\',\'description\',\'read_only\',\'decode_strings\',\'const\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
