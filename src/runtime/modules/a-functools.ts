// _functools: the native parts of functools (partial, reduce), as in CPython,
// so that they stay out of tracebacks and off the slow path.

import { PyClass, PyObject, PyValue, KwArgs, PyTuple } from "../object.js";
import {
  PyModule, None, makeBuiltinType, objectType, defMethod, typeOf, builtinFunction, PyBuiltinFunction, PyMethod, dictType,
} from "../types.js";
import { PyFunction, defGetter } from "../function.js";
import { pyErr, TypeError } from "../exceptions.js";
import { call } from "../call.js";
import { iterate, DONE } from "../iter.js";
import { nativeRepr, repr } from "../repr.js";
import { newTuple, newDict, PyDict } from "../containers.js";
import { typeName } from "../typename.js";
import { inModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

/** callable(): also true for Python functions and bound methods. */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyClass) return true;
  return typeOf(v).lookup("__call__") !== undefined;
}

export const partialType = inModule(makeBuiltinType("partial", [objectType]), "functools");

export class PyPartial extends PyObject {
  constructor(cls: PyClass, public func: PyValue, public args: PyValue[], public kw: PyDict) {
    super(cls);
    this.dict = new Map();
  }
}

partialType.nativeNew = (cls, args, kw) => {
  if (args.length < 1) throw pyErr(TypeError, "type 'partial' takes at least one argument");
  let func = args[0];
  let pargs = args.slice(1);
  if (!isCallable(func)) throw pyErr(TypeError, "the first argument must be callable");
  const kwd = newDict();
  if (func instanceof PyPartial && func.cls === partialType && func.dict!.size === 0) {
    pargs = func.args.concat(pargs);
    for (const [k, v] of func.kw.table.entries()) kwd.set(k, v);
    func = func.func;
  }
  if (kw) for (const [k, v] of kw) kwd.set(k, v);
  return new PyPartial(cls, func, pargs, kwd);
};

defMethod(partialType, "__call__", (a, kw) => {
  const p = a[0] as PyPartial;
  const args = a.length > 1 ? p.args.concat(a.slice(1)) : p.args.slice();
  let k: KwArgs | null = null;
  if (p.kw.table.size > 0 || (kw !== null && kw.size > 0)) {
    k = new Map();
    for (const [key, v] of p.kw.table.entries()) k.set(key as string, v);
    if (kw) for (const [key, v] of kw) k.set(key, v);
  }
  return call(p.func, args, k);
});
defGetter(partialType, "func", (p) => (p as PyPartial).func);
defGetter(partialType, "args", (p) => newTuple((p as PyPartial).args));
defGetter(partialType, "keywords", (p) => (p as PyPartial).kw);

const reprActive = new Set<object>();
function partialRepr(v: PyValue): string {
  const p = v as PyPartial;
  const t = p.cls;
  const name = t.module === "functools" ? `functools.${t.qualname}` : t.qualname;
  if (reprActive.has(p)) return "...";
  reprActive.add(p);
  try {
    const parts = [repr(p.func), ...p.args.map(repr)];
    for (const [k, x] of p.kw.table.entries()) parts.push(`${k as string}=${repr(x)}`);
    return `${name}(${parts.join(", ")})`;
  } finally {
    reprActive.delete(p);
  }
}
nativeRepr.set(partialType, partialRepr);
defMethod(partialType, "__repr__", (a) => partialRepr(a[0]));
defMethod(partialType, "__reduce__", (a) => {
  const p = a[0] as PyPartial;
  return newTuple([p.cls, newTuple([p.func]), newTuple([p.func, newTuple(p.args), p.kw.table.size ? p.kw : None, None])]);
});
defMethod(partialType, "__setstate__", (a) => {
  const p = a[0] as PyPartial;
  const st = a[1];
  if (!(st instanceof PyTuple) || st.items.length !== 4) throw pyErr(TypeError, "invalid partial state");
  const [func, args, kwds] = st.items;
  p.func = func;
  p.args = (args as PyTuple).items.slice();
  const d = newDict();
  if (kwds instanceof PyDict) for (const [k, v] of kwds.table.entries()) d.set(k, v);
  p.kw = d;
  return None;
});

function reduce(args: PyValue[], kw: KwArgs | null): PyValue {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, "reduce() takes no keyword arguments");
  if (args.length < 2) throw pyErr(TypeError, `reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw pyErr(TypeError, `reduce expected at most 3 arguments, got ${args.length}`);
  const [fn, seq] = args;
  let it;
  try {
    it = iterate(seq);
  } catch (e) {
    if (e instanceof PyObject && e.cls.name === "TypeError") throw pyErr(TypeError, "reduce() arg 2 must support iteration");
    throw e;
  }
  let acc: PyValue | typeof DONE = args.length === 3 ? args[2] : it.next();
  if (acc === DONE) throw pyErr(TypeError, "reduce() of empty iterable with no initial value");
  for (let x = it.next(); x !== DONE; x = it.next()) acc = call(fn, [acc, x]);
  return acc;
}

export function createFunctoolsNative(_interp: Interpreter): PyModule {
  const m = new PyModule("_functools");
  m.dict!.set("partial", partialType);
  m.dict!.set("reduce", builtinFunction("reduce", reduce));
  m.dict!.set("_callable", builtinFunction("callable", (a) => isCallable(a[0])));
  void typeName;
  void dictType;
  return m;
}
