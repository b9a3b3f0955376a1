// The builtin type objects (`type`, `object`, `int`, `str`, ...) and the
// function that maps any value to its Python type. Builtin types are immutable,
// so they are shared by every interpreter in the process; their methods are
// installed by the files under builtins/.

import { PyClass, PyFloat, PyNoneType, PyObject, PyValue, KwArgs, computeMro } from "./object.js";

/** Creates a builtin type with a fixed MRO. */
export function makeBuiltinType(name: string, bases: PyClass[], module = "builtins"): PyClass {
  const cls = new PyClass(typeType ?? null, name, bases, module);
  const mro = computeMro(cls);
  if (!mro) throw new Error(`inconsistent MRO for builtin ${name}`);
  cls.mro = mro;
  return cls;
}

// `type` and `object` refer to each other; tie the knot by hand.
export const typeType: PyClass = new PyClass(null, "type", []);
export const objectType: PyClass = new PyClass(typeType, "object", []);
typeType.cls = typeType;
objectType.mro = [objectType];
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];

export const intType = makeBuiltinType("int", [objectType]);
export const boolType = makeBuiltinType("bool", [intType]);
export const floatType = makeBuiltinType("float", [objectType]);
export const complexType = makeBuiltinType("complex", [objectType]);
export const strType = makeBuiltinType("str", [objectType]);
export const bytesType = makeBuiltinType("bytes", [objectType]);
export const bytearrayType = makeBuiltinType("bytearray", [objectType]);
export const noneType = makeBuiltinType("NoneType", [objectType]);
export const notImplementedType = makeBuiltinType("NotImplementedType", [objectType]);
export const ellipsisType = makeBuiltinType("ellipsis", [objectType]);
export const tupleType = makeBuiltinType("tuple", [objectType]);
export const listType = makeBuiltinType("list", [objectType]);
export const dictType = makeBuiltinType("dict", [objectType]);
export const setType = makeBuiltinType("set", [objectType]);
export const frozensetType = makeBuiltinType("frozenset", [objectType]);
export const rangeType = makeBuiltinType("range", [objectType]);
export const sliceType = makeBuiltinType("slice", [objectType]);
export const functionType = makeBuiltinType("function", [objectType]);
export const builtinFunctionType = makeBuiltinType("builtin_function_or_method", [objectType]);
export const methodType = makeBuiltinType("method", [objectType]);
export const moduleType = makeBuiltinType("module", [objectType]);
export const cellType = makeBuiltinType("cell", [objectType]);
export const propertyType = makeBuiltinType("property", [objectType]);
export const staticmethodType = makeBuiltinType("staticmethod", [objectType]);
export const classmethodType = makeBuiltinType("classmethod", [objectType]);
export const superType = makeBuiltinType("super", [objectType]);
export const generatorType = makeBuiltinType("generator", [objectType]);
export const coroutineType = makeBuiltinType("coroutine", [objectType]);
export const asyncGeneratorType = makeBuiltinType("async_generator", [objectType]);
export const codeType = makeBuiltinType("code", [objectType]);
export const tracebackType = makeBuiltinType("traceback", [objectType]);
export const frameType = makeBuiltinType("frame", [objectType]);
/** Iterators over builtin containers share one type per kind; names follow CPython. */
export const iteratorType = makeBuiltinType("iterator", [objectType]);

export const None = new PyNoneType(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);

/** The Python type of any value. */
export function typeOf(v: PyValue): PyClass {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v instanceof PyFloat ? floatType : (v as PyObject).cls;
  }
}

export function isInstance(v: PyValue, cls: PyClass): boolean {
  const t = typeOf(v);
  return t === cls || t.isSubclassOf(cls);
}

/**
 * A function implemented in JavaScript. `binds` makes it a method descriptor:
 * looked up on an instance through its class, it becomes a bound method with
 * the instance as first argument (like CPython's method_descriptor); module
 * level builtins such as `len` do not bind.
 */
export class PyBuiltinFunction extends PyObject {
  /** Set for library functions CPython writes in Python: messages and repr call them 'function'. */
  looksLikePython = false;
  /**
   * For a method called with 1, 2 or 3 arguments (self included): the
   * implementation without an argument array or argument checks, answering
   * undefined where `fn` must run instead (another receiver or argument
   * type). Call sites use them through MethodSite (compiler/attr-cache.ts).
   */
  fast1: ((self: PyValue) => PyValue | undefined) | null = null;
  fast2: ((self: PyValue, x: PyValue) => PyValue | undefined) | null = null;
  fast3: ((self: PyValue, x: PyValue, y: PyValue) => PyValue | undefined) | null = null;
  constructor(
    readonly name: string,
    readonly fn: (args: PyValue[], kw: KwArgs | null) => PyValue,
    readonly binds: boolean,
    public qualname: string = name,
  ) {
    super(builtinFunctionType);
  }
}

/** A function bound to an object: `obj.method`. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(readonly func: PyValue) {
    super(staticmethodType);
  }
}
export class PyClassMethod extends PyObject {
  constructor(readonly func: PyValue) {
    super(classmethodType);
  }
}
export class PyProperty extends PyObject {
  /** The attribute name, from __set_name__ (3.11 error messages use it). */
  name: string | null = null;
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
    readonly doc: PyValue,
  ) {
    super(propertyType);
  }
}

export class PyModule extends PyObject {
  constructor(readonly name: string, dict: Map<string, PyValue> = new Map()) {
    super(moduleType);
    this.dict = dict;
    if (!dict.has("__name__")) dict.set("__name__", name);
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeType);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

/** Helpers to define native methods on builtin types. */
export function defMethod(cls: PyClass, name: string, fn: (args: PyValue[], kw: KwArgs | null) => PyValue): void {
  cls.dict.set(name, new PyBuiltinFunction(name, fn, true, `${cls.name}.${name}`));
}
/** Gives `cls.name` (a builtin method) fixed-arity entry points: see PyBuiltinFunction.fast1. */
export function defFastMethod(
  cls: PyClass,
  name: string,
  fast: Partial<Pick<PyBuiltinFunction, "fast1" | "fast2" | "fast3">>,
): void {
  const m = cls.dict.get(name);
  if (!(m instanceof PyBuiltinFunction)) throw new Error(`internal: ${cls.name}.${name} is no builtin method`);
  if (fast.fast1) m.fast1 = fast.fast1;
  if (fast.fast2) m.fast2 = fast.fast2;
  if (fast.fast3) m.fast3 = fast.fast3;
}
export function defStatic(cls: PyClass, name: string, fn: (args: PyValue[], kw: KwArgs | null) => PyValue): void {
  cls.dict.set(name, new PyStaticMethod(new PyBuiltinFunction(name, fn, false, `${cls.name}.${name}`)));
}
export function defClassMethod(cls: PyClass, name: string, fn: (args: PyValue[], kw: KwArgs | null) => PyValue): void {
  // The function receives the class as its first argument, like a method.
  cls.dict.set(name, new PyClassMethod(new PyBuiltinFunction(name, fn, true, `${cls.name}.${name}`)));
}
export function builtinFunction(name: string, fn: (args: PyValue[], kw: KwArgs | null) => PyValue): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, false);
}
