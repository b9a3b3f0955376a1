// `object` and `type`: the methods every class inherits, the special
// attributes (__class__, __dict__, __name__, __mro__...), property,
// staticmethod, classmethod and super.

import { PyClass, PyObject, PyValue, KwArgs, PyFloat } from "../object.js";
import {
  objectType, typeType, None, NotImplemented, defMethod, defStatic, typeOf, PyStaticMethod, PyClassMethod, PyProperty,
  propertyType, staticmethodType, classmethodType, superType, functionType, PyMethod, methodType, PyBuiltinFunction,
  builtinFunctionType, moduleType, PyModule, defClassMethod,
} from "../types.js";
import { PyFunction, defGetter } from "../function.js";
import { callBound, call, constructInstance } from "../call.js";
import { getAttr, genericSetAttr, bindDescriptor, attributeError, delAttr, nativeGetAttr, genericGetAttr } from "../attrs.js";
import { pyErr, TypeError, AttributeError, RuntimeError } from "../exceptions.js";
import { repr, str, nativeReprOf } from "../repr.js";
import { identityHash, pyEq, pyHash as pyHashOf } from "../ops.js";
import { newTuple, newDict, PyDict, EMPTY_TUPLE } from "../containers.js";
import { createClass, calculateMeta } from "../classes.js";
import { typeName } from "../typename.js";
import { pyFormat } from "../formatting.js";
import { toArray } from "../iter.js";

function kwOnly(kw: KwArgs | null, name: string): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

// ---------------------------------------------------------------- object

objectType.nativeNew = (cls, args, kw) => {
  if (cls.isUserClass) {
    const init = cls.lookup("__init__");
    if ((args.length > 0 || (kw && kw.size > 0)) && init === objectType.dict.get("__init__")) {
      throw pyErr(TypeError, `${cls.name}() takes no arguments`);
    }
  } else if (args.length > 0) throw pyErr(TypeError, "object() takes no arguments");
  const o = new PyObject(cls);
  if (cls.isUserClass) o.dict = new Map();
  return o;
};
defStatic(objectType, "__new__", (args) => {
  const cls = args[0];
  if (!(cls instanceof PyClass)) throw pyErr(TypeError, "object.__new__(X): X is not a type object");
  const o = new PyObject(cls);
  if (cls.isUserClass) o.dict = new Map();
  return o;
});
objectType.dict.set("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args) => {
  const cls = args[0];
  if (!(cls instanceof PyClass)) throw pyErr(TypeError, "object.__new__(X): X is not a type object");
  // A builtin base (Exception, list, ...) constructs natively.
  for (const c of cls.mro) if (c.nativeNew && c !== objectType) return c.nativeNew(cls, args.slice(1), null);
  const o = new PyObject(cls);
  if (cls.isUserClass) o.dict = new Map();
  return o;
}, false, "object.__new__")));
defMethod(objectType, "__init__", () => None);
defMethod(objectType, "__eq__", (a) => (a[0] === a[1] ? true : NotImplemented));
defMethod(objectType, "__ne__", (a) => {
  const eq = callBound(typeOf(a[0]).lookup("__eq__")!, a[0], [a[1]]);
  return eq === NotImplemented ? NotImplemented : !eq;
});
// object.__hash__ is id-based (id(x) >> 4), also for ints and strs.
defMethod(objectType, "__hash__", (a) => (typeof a[0] === "object" ? identityHash(a[0]) : 8750000000000 + (pyHashOf(a[0]) & 0xffff)));
defMethod(objectType, "__repr__", (a) => {
  const v = a[0];
  if (v instanceof PyObject && !(v instanceof PyFloat)) return nativeReprOf(v);
  // object.__repr__ of an int or str: the generic form with an address.
  return `<${typeName(v)} object at 0x7f${(0x30000000 + (String(v).length % 4096) * 0x40).toString(16).padStart(10, "0")}>`;
});
defMethod(objectType, "__str__", (a) => repr(a[0]));
defMethod(objectType, "__format__", (a) => {
  if (a[1] !== "") throw pyErr(TypeError, `unsupported format string passed to ${typeName(a[0])}.__format__`);
  return str(a[0]);
});
defMethod(objectType, "__getattribute__", (a) => {
  const v = genericGetAttrNoHook(a[0], a[1] as string);
  if (v === undefined) throw attributeError(a[0], a[1] as string);
  return v;
});
defMethod(objectType, "__setattr__", (a) => {
  genericSetAttr(a[0], a[1] as string, a[2]);
  return None;
});
defMethod(objectType, "__delattr__", (a) => {
  const o = a[0];
  if (o instanceof PyObject && o.dict?.delete(a[1] as string)) return None;
  throw attributeError(o, a[1] as string);
});
defMethod(objectType, "__dir__", (a) => newListOf(dirNames(a[0])));
defMethod(objectType, "__reduce_ex__", () => {
  throw pyErr(TypeError, "cannot pickle object");
});
objectType.dict.set("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (args, kw) => {
  kwOnly(kw, "__init_subclass__");
  void args;
  return None;
}, false)));
objectType.dict.set("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", () => NotImplemented, true)));
defMethod(objectType, "__lt__", () => NotImplemented);
defMethod(objectType, "__le__", () => NotImplemented);
defMethod(objectType, "__gt__", () => NotImplemented);
defMethod(objectType, "__ge__", () => NotImplemented);
defGetter(objectType, "__class__", (o) => typeOf(o));
defGetter(objectType, "__dict__", (o) => {
  if (o instanceof PyObject && o.dict !== null && o.cls.slotsOnly === null) return mappingOf(o);
  throw pyErr(AttributeError, `'${typeName(o)}' object has no attribute '__dict__'`);
}, (o, v) => {
  if (!(o instanceof PyObject) || !(v instanceof PyDict)) throw pyErr(TypeError, "__dict__ must be set to a dictionary");
  o.dict = new Map([...v.table.entries()].map(([k, x]) => [k as string, x]));
});
objectType.dict.set("__doc__", "The base class of the class hierarchy.");

/** object.__getattribute__ proper: descriptors and the instance dict, but not __getattr__. */
function genericGetAttrNoHook(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (obj instanceof PyObject && !(obj instanceof PyClass) && obj.dict !== null) {
    if (descr !== undefined && (descr instanceof PyProperty || (descr instanceof PyObject && descr.cls.name === "getset_descriptor"))) return bindDescriptor(descr, obj, t);
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(descr, obj, t);
  return genericGetAttr(obj, name);
}

/** An instance __dict__ is exposed as a live dict view (writes go back to the instance). */
function mappingOf(o: PyObject): PyValue {
  return liveDict(o);
}
import { liveDict } from "./live-dict.js";
import { newList as newListOf } from "../containers.js";
import { dirOf as dirNames } from "./dir.js";

// ---------------------------------------------------------------- type

typeType.nativeNew = (cls, args, kw) => {
  if (args.length === 1 && cls === typeType) return typeOf(args[0]);
  if (args.length !== 3) throw pyErr(TypeError, "type() takes 1 or 3 arguments");
  const [name, bases, dict] = args;
  if (typeof name !== "string") throw pyErr(TypeError, "type.__new__() argument 1 must be str, not " + typeName(name));
  const ns = new Map<string, PyValue>();
  if (dict instanceof PyDict) for (const [k, v] of dict.table.entries()) ns.set(k as string, v);
  if (!ns.has("__module__")) ns.set("__module__", "__main__");
  const baseList = toArray(bases);
  if (cls === typeType) {
    const meta = calculateMeta(null, baseList);
    if (meta !== typeType) return call(meta, [name, bases, dict], kw);
  }
  return createClass(cls, name, baseList, ns, kw);
};
defStatic(typeType, "__new__", (args, kw) => {
  const meta = args[0] as PyClass;
  return typeType.nativeNew!(meta, args.slice(1), kw);
});
defMethod(typeType, "__init__", () => None);
defMethod(typeType, "__call__", (args, kw) => constructInstance(args[0] as PyClass, args.slice(1), kw));
defMethod(typeType, "mro", (a) => newListOf((a[0] as PyClass).mro));
defMethod(typeType, "__instancecheck__", (a) => typeOf(a[1]).isSubclassOf(a[0] as PyClass));
defMethod(typeType, "__subclasscheck__", (a) => (a[1] as PyClass).isSubclassOf(a[0] as PyClass));
defMethod(typeType, "__repr__", (a) => nativeReprOf(a[0] as PyObject));
defMethod(typeType, "__or__", (a) => a[0]);
defMethod(typeType, "__ror__", (a) => a[0]);
defGetter(typeType, "__name__", (c) => (c as PyClass).name, (c, v) => {
  (c as PyClass).name = v as string;
});
defGetter(typeType, "__qualname__", (c) => (c as PyClass).qualname, (c, v) => {
  (c as PyClass).qualname = v as string;
});
defGetter(typeType, "__module__", (c) => (c as PyClass).dict.get("__module__") ?? (c as PyClass).module, (c, v) => {
  (c as PyClass).dict.set("__module__", v);
  (c as PyClass).module = str(v);
});
defGetter(typeType, "__mro__", (c) => newTuple((c as PyClass).mro));
defGetter(typeType, "__bases__", (c) => newTuple((c as PyClass).bases));
defGetter(typeType, "__base__", (c) => (c as PyClass).bases[0] ?? None);
defGetter(typeType, "__dict__", (c) => newDict((c as PyClass).dict.entries()));
defGetter(typeType, "__doc__", (c) => (c as PyClass).dict.get("__doc__") ?? None, (c, v) => {
  (c as PyClass).dict.set("__doc__", v);
});
defGetter(typeType, "__annotations__", (c) => {
  const cls = c as PyClass;
  let a = cls.dict.get("__annotations__");
  if (a === undefined) {
    a = newDict();
    cls.dict.set("__annotations__", a);
  }
  return a;
}, (c, v) => {
  (c as PyClass).dict.set("__annotations__", v);
});
defGetter(typeType, "__abstractmethods__", (c) => {
  const v = (c as PyClass).dict.get("__abstractmethods__");
  if (v === undefined) throw pyErr(AttributeError, "__abstractmethods__");
  return v;
}, (c, v) => {
  (c as PyClass).dict.set("__abstractmethods__", v);
});
defMethod(typeType, "__subclasses__", (a) => newListOf((a[0] as PyClass).subclasses.filter((c) => c.bases.includes(a[0] as PyClass))));

// ---------------------------------------------------------------- functions and methods

defGetter(functionType, "__name__", (f) => (f as PyFunction).name, (f, v) => {
  (f as PyFunction).name = v as string;
});
defGetter(functionType, "__qualname__", (f) => (f as PyFunction).qualname, (f, v) => {
  (f as PyFunction).qualname = v as string;
});
defGetter(functionType, "__doc__", (f) => (f as PyFunction).doc, (f, v) => {
  (f as PyFunction).doc = v;
});
defGetter(functionType, "__module__", (f) => (f as PyFunction).module, (f, v) => {
  (f as PyFunction).module = v;
});
defGetter(functionType, "__defaults__", (f) => ((f as PyFunction).defaults.length ? newTuple((f as PyFunction).defaults) : None), (f, v) => {
  (f as PyFunction).defaults = v === None ? [] : toArray(v);
});
defGetter(functionType, "__kwdefaults__", (f) => {
  const k = (f as PyFunction).kwDefaults;
  return k ? newDict(k.entries()) : None;
});
defGetter(functionType, "__annotations__", (f) => ((f as PyFunction).annotations ??= newDict()), (f, v) => {
  (f as PyFunction).annotations = v as PyDict;
});
defGetter(functionType, "__globals__", (f) => newDict((f as PyFunction).globals.entries()));
defGetter(functionType, "__code__", (f) => codeObject(f as PyFunction));
defGetter(functionType, "__closure__", () => None);
defGetter(functionType, "__dict__", (f) => liveDict(f as PyObject));
defMethod(functionType, "__get__", (a) => (a[1] === None ? a[0] : new PyMethod(a[0], a[1])));
functionType.nativeNew = null;

defGetter(methodType, "__self__", (m) => (m as PyMethod).self);
defGetter(methodType, "__func__", (m) => (m as PyMethod).func);
defGetter(methodType, "__name__", (m) => getAttr((m as PyMethod).func, "__name__"));
defGetter(methodType, "__qualname__", (m) => getAttr((m as PyMethod).func, "__qualname__"));
defGetter(methodType, "__doc__", (m) => getAttr((m as PyMethod).func, "__doc__"));
defGetter(methodType, "__module__", (m) => getAttr((m as PyMethod).func, "__module__"));

defGetter(builtinFunctionType, "__name__", (f) => (f as PyBuiltinFunction).name);
defGetter(builtinFunctionType, "__qualname__", (f) => (f as PyBuiltinFunction).qualname);
defGetter(builtinFunctionType, "__doc__", () => None);
defGetter(builtinFunctionType, "__module__", () => "builtins");
defGetter(builtinFunctionType, "__self__", () => None);
defGetter(moduleType, "__name__", (m) => (m as PyModule).name);
defGetter(moduleType, "__dict__", (m) => liveDict(m as PyObject));

import { codeObject } from "./code-object.js";

// ---------------------------------------------------------------- property, staticmethod, classmethod

propertyType.nativeNew = (_cls, args, kw) => {
  const get = (i: number, name: string): PyValue => kw?.get(name) ?? (i < args.length ? args[i] : None);
  const fget = get(0, "fget");
  let doc = get(3, "doc");
  if (doc === None && fget instanceof PyFunction) doc = fget.doc;
  return new PyProperty(fget, get(1, "fset"), get(2, "fdel"), doc);
};
defMethod(propertyType, "getter", (a) => {
  const p = a[0] as PyProperty;
  return new PyProperty(a[1], p.fset, p.fdel, p.doc);
});
defMethod(propertyType, "setter", (a) => {
  const p = a[0] as PyProperty;
  return new PyProperty(p.fget, a[1], p.fdel, p.doc);
});
defMethod(propertyType, "deleter", (a) => {
  const p = a[0] as PyProperty;
  return new PyProperty(p.fget, p.fset, a[1], p.doc);
});
defMethod(propertyType, "__get__", (a) => (a[1] === None ? a[0] : bindDescriptor(a[0], a[1], typeOf(a[1]))));
defMethod(propertyType, "__set__", (a) => {
  const p = a[0] as PyProperty;
  if (p.fset === None) throw pyErr(AttributeError, "can't set attribute");
  call(p.fset, [a[1], a[2]]);
  return None;
});
defGetter(propertyType, "fget", (p) => (p as PyProperty).fget);
defGetter(propertyType, "fset", (p) => (p as PyProperty).fset);
defGetter(propertyType, "fdel", (p) => (p as PyProperty).fdel);
defGetter(propertyType, "__doc__", (p) => (p as PyProperty).doc);
defGetter(propertyType, "__isabstractmethod__", (p) => {
  const f = (p as PyProperty).fget;
  return f instanceof PyObject && f.dict?.get("__isabstractmethod__") === true;
});

staticmethodType.nativeNew = (_c, args) => new PyStaticMethod(args[0]);
classmethodType.nativeNew = (_c, args) => new PyClassMethod(args[0]);
defGetter(staticmethodType, "__func__", (s) => (s as PyStaticMethod).func);
defGetter(classmethodType, "__func__", (s) => (s as PyClassMethod).func);
defGetter(staticmethodType, "__isabstractmethod__", (s) => isAbstract((s as PyStaticMethod).func));
defGetter(classmethodType, "__isabstractmethod__", (s) => isAbstract((s as PyClassMethod).func));
defMethod(staticmethodType, "__get__", (a) => (a[0] as PyStaticMethod).func);
defMethod(classmethodType, "__get__", (a) => new PyMethod((a[0] as PyClassMethod).func, a[2] !== undefined && a[2] !== None ? a[2] : typeOf(a[1])));
defMethod(staticmethodType, "__call__", (a, kw) => call((a[0] as PyStaticMethod).func, a.slice(1), kw));

function isAbstract(f: PyValue): boolean {
  return f instanceof PyObject && f.dict?.get("__isabstractmethod__") === true;
}

// ---------------------------------------------------------------- super

/** super(cls, obj); zero-argument super() is compiled to the same (compile-expr.ts). */
export class PySuper extends PyObject {
  constructor(readonly start: PyClass, readonly obj: PyValue) {
    super(superType);
  }
}

superType.nativeNew = (_cls, args) => {
  if (args.length === 0) throw pyErr(RuntimeError, "super(): no arguments");
  const start = args[0];
  if (!(start instanceof PyClass)) throw pyErr(TypeError, `super() argument 1 must be a type, not ${typeName(start)}`);
  return new PySuper(start, args.length > 1 ? args[1] : None);
};
superType.dict.set("__getattribute__", new PyBuiltinFunction("__getattribute__", (a) => superGetAttr(a[0] as PySuper, a[1] as string), true));
nativeGetAttr.set(superType, (o, name) => superGetAttr(o as PySuper, name));

export function superGetAttr(s: PySuper, name: string): PyValue {
  if (name === "__class__") return superType;
  const obj = s.obj;
  const objType = obj instanceof PyClass && obj.isSubclassOf(s.start) ? obj : typeOf(obj);
  const mro = objType.mro;
  let i = mro.indexOf(s.start);
  if (i < 0) throw pyErr(TypeError, "super(type, obj): obj must be an instance or subtype of type");
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v === undefined) continue;
    if (obj instanceof PyClass && obj === objType) {
      if (v instanceof PyClassMethod) return new PyMethod(v.func, obj);
      if (v instanceof PyStaticMethod) return v.func;
      return v;
    }
    return bindDescriptor(v, obj, objType);
  }
  throw pyErr(AttributeError, `'super' object has no attribute '${name}'`);
}

export { pyEq, pyFormat, delAttr, EMPTY_TUPLE, defClassMethod, methodType };
