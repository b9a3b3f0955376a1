// Calling: functions, builtins, bound methods, classes and objects with __call__.

import { KwArgs, PyClass, PyObject, PyValue } from "./object.js";
import {
  typeOf, typeType, objectType, PyBuiltinFunction, PyMethod, PyStaticMethod, PyClassMethod, None,
} from "./types.js";
import { PyFunction } from "./function.js";
import { pyErr, TypeError, RecursionError } from "./exceptions.js";
import { typeName } from "./typename.js";
import { toArray as iterNames } from "./iter.js";

/** Python's default recursion limit; deeper calls raise RecursionError, not a JS stack overflow. */
export const recursion = { depth: 0, limit: 1000 };

export function call(f: PyValue, args: PyValue[], kw: KwArgs | null = null): PyValue {
  if (f instanceof PyFunction) return f.code.call(f, args, kw);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kw);
  if (f instanceof PyMethod) return callBound(f.func, f.self, args, kw);
  if (f instanceof PyClass) return callType(f, args, kw);
  const m = typeOf(f).lookup("__call__");
  if (m !== undefined) return callBound(m, f, args, kw);
  throw pyErr(TypeError, `'${typeName(f)}' object is not callable`);
}

/** Calls a function found on a type with `self` prepended (no bound-method allocation). */
export function callBound(func: PyValue, self: PyValue, args: PyValue[], kw: KwArgs | null = null): PyValue {
  if (func instanceof PyFunction) return func.code.call(func, [self, ...args], kw);
  if (func instanceof PyBuiltinFunction) return func.binds ? func.fn([self, ...args], kw) : func.fn(args, kw);
  if (func instanceof PyStaticMethod) return call(func.func, args, kw);
  if (func instanceof PyClassMethod) return call(func.func, [self instanceof PyClass ? self : typeOf(self), ...args], kw);
  return call(func, [self, ...args], kw);
}

/** Looks a special method up on the type (never the instance), as CPython does. */
export function lookupSpecial(v: PyValue, name: string): PyValue | undefined {
  return typeOf(v).lookup(name);
}

/** Calls `type(v).name(v, *args)`; undefined when the type has no such method. */
export function callSpecial(v: PyValue, name: string, args: PyValue[] = []): PyValue | undefined {
  const m = typeOf(v).lookup(name);
  if (m === undefined) return undefined;
  return callBound(m, v, args);
}

/** `cls(*args, **kw)`: __new__ then __init__. */
export function callType(cls: PyClass, args: PyValue[], kw: KwArgs | null): PyValue {
  if (cls === typeType && args.length === 1 && kw === null) return typeOf(args[0]);
  const meta = cls.cls;
  if (meta !== typeType && meta.isUserClass) {
    const mcall = meta.lookup("__call__");
    if (mcall !== undefined && mcall !== typeType.dict.get("__call__")) return callBound(mcall, cls, args, kw);
  }
  return constructInstance(cls, args, kw);
}

function checkAbstract(cls: PyClass): void {
  const am = cls.isUserClass ? cls.lookupUser("__abstractmethods__") : undefined;
  // Only a collection stored by ABCMeta counts (a property of the same name on a metaclass does not).
  if (am === undefined || !(am instanceof PyObject) || !["frozenset", "set", "tuple", "list"].includes(am.cls.name)) return;
  const names = (iterNames(am) as string[]).slice().sort();
  if (names.length === 0) return;
  const s = names.length === 1 ? "" : "s";
  throw pyErr(TypeError, `Can't instantiate abstract class ${cls.name} with abstract method${s} ${names.join(", ")}`);
}

export function constructInstance(cls: PyClass, args: PyValue[], kw: KwArgs | null): PyValue {
  checkAbstract(cls);
  const newFn = cls.lookup("__new__");
  let obj: PyValue;
  const userNew = newFn !== undefined && newFn !== objectType.dict.get("__new__") && !isNativeNew(newFn);
  if (userNew) {
    obj = callBound(newFn instanceof PyStaticMethod ? newFn.func : newFn, cls, args, kw);
    if (!(obj instanceof PyObject) || !(typeOf(obj).isSubclassOf(cls))) return obj;
  } else {
    const native = findNativeNew(cls);
    if (native) {
      // list, dict, set...: __new__ ignores the arguments and __init__ (the
      // user's or the builtin's) receives them, so subclasses may change the
      // signature.
      if (cls.isUserClass && nativeBaseIgnoresArgs(cls)) {
        const o = native(cls, [], null);
        if (o instanceof PyObject && o.dict === null) o.dict = new Map();
        const init = cls.lookup("__init__");
        if (init !== undefined && init !== objectType.dict.get("__init__")) callBound(init, o, args, kw);
        return o;
      }
      return finishNative(cls, native(cls, args, kw), args, kw);
    }
    const init = cls.lookup("__init__");
    if ((args.length > 0 || (kw !== null && kw.size > 0)) && init === objectType.dict.get("__init__")) {
      throw pyErr(TypeError, `${cls.name}() takes no arguments`);
    }
    obj = new PyObject(cls);
    obj.dict = new Map();
  }
  const init = cls.lookup("__init__");
  if (init !== undefined && init !== objectType.dict.get("__init__")) {
    const r = callBound(init, obj, args, kw);
    if (r !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

/** Builtin bases whose construction happens in __init__ (CPython's list, dict, set, deque). */
export const initConstructedTypes = new Set<PyClass>();
function nativeBaseIgnoresArgs(cls: PyClass): boolean {
  for (const c of cls.mro) if (!c.isUserClass) return initConstructedTypes.has(c);
  return false;
}

function isNativeNew(f: PyValue): boolean {
  return f instanceof PyStaticMethod && f.func instanceof PyBuiltinFunction;
}

function findNativeNew(cls: PyClass) {
  for (const c of cls.mro) if (c.nativeNew) return c.nativeNew;
  return null;
}

/**
 * A native constructor built the object; a user subclass may still define
 * __init__, which runs with the same arguments (Exception subclasses do this
 * all the time).
 */
function finishNative(cls: PyClass, obj: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (!cls.isUserClass) return obj;
  if (obj instanceof PyObject && obj.dict === null) obj.dict = new Map();
  const init = cls.lookup("__init__");
  if (init instanceof PyFunction) callBound(init, obj, args, kw);
  return obj;
}

export function enterCall(): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth -= 1;
    throw pyErr(RecursionError, "maximum recursion depth exceeded");
  }
}
