// `obj.name(args)` without allocating a bound method: the common case of a
// function found on the type (and not shadowed by the instance dict) is
// called directly with the receiver prepended.

import { KwArgs, PyClass, PyFloat, PyValue } from "./object.js";
import { typeOf, PyBuiltinFunction, PyModule } from "./types.js";
import { PyFunction } from "./function.js";
import { call } from "./call.js";
import { getAttr, nativeGetAttr } from "./attrs.js";

export function callMethod(obj: PyValue, name: string, args: PyValue[], kw: KwArgs | null = null): PyValue {
  // `asyncio.sleep(0)`, `math.sqrt(x)`: a module's own attribute, unless it is
  // one of the module type's data descriptors (all dunders: __dict__, __name__).
  if (obj instanceof PyModule && !(name.startsWith("__") && name.endsWith("__"))) {
    const v = obj.dict!.get(name);
    if (v !== undefined) return call(v, args, kw);
  }
  if (typeof obj === "object" && !(obj instanceof PyFloat) && !(obj instanceof PyClass)) {
    const t = obj.cls;
    if ((obj.dict === null || !obj.dict.has(name)) && !nativeGetAttr.has(t)) {
      if (!t.isUserClass || t.hooks().getattribute === undefined) {
        const d = t.lookup(name);
        if (d instanceof PyFunction) return d.code.call(d, [obj, ...args], kw);
        if (d instanceof PyBuiltinFunction && d.binds) return d.fn([obj, ...args], kw);
      }
    }
  } else if (typeof obj !== "object") {
    const d = typeOf(obj).lookup(name);
    if (d instanceof PyBuiltinFunction && d.binds) return d.fn([obj, ...args], kw);
  }
  return call(getAttr(obj, name), args, kw);
}
