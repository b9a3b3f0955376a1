// Exception types of library modules (asyncio.CancelledError, rich's
// MarkupError, ...): created like the builtin ones, attributed to a module.

import { PyClass } from "./object.js";
import { makeBuiltinType } from "./types.js";
import { PyBaseException } from "./exceptions.js";

export function makeExceptionType(name: string, base: PyClass | PyClass[], module: string): PyClass {
  const t = makeBuiltinType(name, Array.isArray(base) ? base : [base], module);
  t.nativeNew = (cls, args) => new PyBaseException(cls, args);
  return t;
}

export * from "./exceptions.js";
