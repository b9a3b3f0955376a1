// Helpers for writing builtin modules.

import { PyValue, KwArgs, PyClass } from "../object.js";
import { PyModule, builtinFunction } from "../types.js";

export type NativeFn = (args: PyValue[], kw: KwArgs | null) => PyValue;

export function makeModule(name: string, members: Record<string, PyValue | NativeFn>): PyModule {
  const m = new PyModule(name);
  for (const [k, v] of Object.entries(members)) {
    m.dict!.set(k, typeof v === "function" ? builtinFunction(k, v as NativeFn) : v);
  }
  return m;
}

/** Sets the module a builtin class claims to come from (its repr and error lines show it). */
export function inModule(cls: PyClass, module: string): PyClass {
  cls.module = module;
  return cls;
}
