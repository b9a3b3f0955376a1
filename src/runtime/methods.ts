// `obj.name(args)` without allocating a bound method: the common case of a
// function found on the type (and not shadowed by the instance dict) is
// called directly with the receiver prepended.

import { KwArgs, PyClass, PyFloat, PyValue } from "./object.js";
import { typeOf, PyBuiltinFunction, PyModule } from "./types.js";
import { PyFunction } from "./function.js";
import { call } from "./call.js";
import { getAttr, nativeGetAttr } from "./attrs.js";

/**
 * The function `obj.name` finds on `t` (obj's type) when nothing can
 * intercept the lookup — obj is no class, `t` has no native attribute hook
 * and no __getattribute__ — and calling it with obj prepended is the method
 * call; null otherwise. Whether obj's own dict shadows it is shadowsMethod's
 * question (per object, where this answer holds for the type at one class
 * epoch, so call sites cache it: compiler/attr-cache.ts).
 */
export function methodOnType(obj: PyValue, t: PyClass, name: string): PyFunction | PyBuiltinFunction | null {
  if (obj instanceof PyClass || nativeGetAttr.has(t)) return null;
  if (t.isUserClass && t.hooks().getattribute !== undefined) return null;
  const d = t.lookup(name);
  return d instanceof PyFunction || (d instanceof PyBuiltinFunction && d.binds) ? d : null;
}

/** An instance attribute called `name`, which wins over a method of the type. */
export function shadowsMethod(obj: PyValue, name: string): boolean {
  return typeof obj === "object" && !(obj instanceof PyFloat) && obj.dict !== null && obj.dict.has(name);
}

export function callMethod(obj: PyValue, name: string, args: PyValue[], kw: KwArgs | null = null): PyValue {
  // `asyncio.sleep(0)`, `math.sqrt(x)`: a module's own attribute, unless it is
  // one of the module type's data descriptors (all dunders: __dict__, __name__).
  if (obj instanceof PyModule && !(name.startsWith("__") && name.endsWith("__"))) {
    const v = obj.dict!.get(name);
    if (v !== undefined) return call(v, args, kw);
  }
  const fn = methodOnType(obj, typeOf(obj), name);
  if (fn !== null && !shadowsMethod(obj, name)) {
    return fn instanceof PyFunction ? fn.code.call(fn, [obj, ...args], kw) : fn.fn([obj, ...args], kw);
  }
  return call(getAttr(obj, name), args, kw);
}
