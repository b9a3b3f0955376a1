// A minimal `__code__` object: the attributes programs read for introspection.
import { PyObject } from "../object.js";
import { codeType } from "../types.js";
import { PyFunction } from "../function.js";
import { defGetter } from "../function.js";
import { newTuple } from "../containers.js";
import { CompiledCode } from "../compiler/function-code.js";
import { PyCodeInfoView } from "../frame-object.js";

class PyCode extends PyObject {
  constructor(readonly fn: PyFunction) {
    super(codeType);
  }
}

export function codeObject(fn: PyFunction): PyObject {
  return new PyCode(fn);
}

const code = (c: unknown) => (c as PyCode).fn.code as CompiledCode;
/** Code objects come from functions (PyCode) or from frames/coroutines (PyCodeInfoView). */
const info = (c: unknown) => (c instanceof PyCodeInfoView ? c.info : code(c).info);
defGetter(codeType, "co_name", (c) => info(c).name);
defGetter(codeType, "co_qualname", (c) => info(c).qualname);
defGetter(codeType, "co_filename", (c) => info(c).filename);
defGetter(codeType, "co_firstlineno", (c) => info(c).firstLine);
defGetter(codeType, "co_argcount", (c) => code(c).params.positional.length);
defGetter(codeType, "co_kwonlyargcount", (c) => code(c).params.kwonly.length);
defGetter(codeType, "co_posonlyargcount", (c) => code(c).params.posonly);
defGetter(codeType, "co_varnames", (c) => newTuple([...code(c).params.positional, ...code(c).params.kwonly]));
defGetter(codeType, "co_flags", (c) => {
  const k = code(c);
  let flags = 0;
  if (k.params.varargSlot >= 0) flags |= 0x04;
  if (k.params.kwargSlot >= 0) flags |= 0x08;
  if (k.isGenerator) flags |= 0x20;
  if (k.isCoroutine) flags |= 0x80;
  if (k.iterableCoroutine) flags |= 0x100;
  if (k.isAsyncGenerator) flags |= 0x200;
  return flags;
});
