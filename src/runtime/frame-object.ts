// Read-only views of frames and code for introspection (gen.gi_frame,
// coro.cr_code, tb.tb_frame): the attributes programs print.

import { PyObject, PyValue } from "./object.js";
import { frameType, codeType, None } from "./types.js";
import { defGetter } from "./function.js";
import { CodeInfo } from "./exceptions.js";
import { dictOfNamespace } from "./builtins/live-dict.js";
import { newDict } from "./containers.js";
import type { Frame } from "./compiler/frame.js";

class PyFrameView extends PyObject {
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}
export class PyCodeInfoView extends PyObject {
  constructor(readonly info: CodeInfo) {
    super(codeType);
  }
}

export function frameObject(f: Frame): PyValue {
  return new PyFrameView(f);
}
export function codeInfoObject(info: CodeInfo): PyValue {
  return new PyCodeInfoView(info);
}

defGetter(frameType, "f_lineno", (f) => (f as PyFrameView).frame.line);
defGetter(frameType, "f_code", (f) => new PyCodeInfoView((f as PyFrameView).frame.code));
defGetter(frameType, "f_globals", (f) => dictOfNamespace((f as PyFrameView).frame.globals) ?? newDict());
defGetter(frameType, "f_back", () => None);
const info = (c: PyValue): CodeInfo => (c instanceof PyCodeInfoView ? c.info : (c as unknown as { fn: { code: { info: CodeInfo } } }).fn.code.info);
for (const [name, get] of [
  ["co_name", (c: PyValue) => info(c).name],
  ["co_qualname", (c: PyValue) => info(c).qualname],
  ["co_filename", (c: PyValue) => info(c).filename],
  ["co_firstlineno", (c: PyValue) => info(c).firstLine],
] as const) {
  if (!codeType.dict.has(name)) defGetter(codeType, name, get);
}
