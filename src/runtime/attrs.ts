// Attribute access: CPython's object.__getattribute__ / type.__getattribute__
// with data descriptors, instance dicts, non-data descriptors and __getattr__.

import { PyClass, PyFloat, PyObject, PyValue } from "./object.js";
import {
  typeOf, typeType, PyBuiltinFunction, PyMethod, PyStaticMethod, PyClassMethod, PyProperty, PyModule, None,
} from "./types.js";
import { PyFunction, PyGetSet } from "./function.js";
import { call, callBound } from "./call.js";
import { pyErr, AttributeError, TypeError, PyBaseException, newException } from "./exceptions.js";
import { typeName } from "./typename.js";

/** Binds what a class lookup found to `obj` (the descriptor protocol's __get__). */
export function bindDescriptor(descr: PyValue, obj: PyValue, owner: PyClass): PyValue {
  if (descr instanceof PyFunction) return new PyMethod(descr, obj);
  if (descr instanceof PyBuiltinFunction) return descr.binds ? new PyMethod(descr, obj) : descr;
  if (descr instanceof PyStaticMethod) return descr.func;
  if (descr instanceof PyClassMethod) return new PyMethod(descr.func, owner);
  if (descr instanceof PyProperty) {
    if (descr.fget === None) throw pyErr(AttributeError, `property object has no getter`);
    return call(descr.fget, [obj]);
  }
  if (descr instanceof PyGetSet) return descr.get(obj);
  if (descr instanceof PyObject && descr.cls.isUserClass) {
    const get = descr.cls.lookup("__get__");
    if (get !== undefined) return callBound(get, descr, [obj, owner]);
  }
  return descr;
}

/** A data descriptor that decides reads: __get__ plus __set__ or __delete__. */
function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (d instanceof PyObject && d.cls.isUserClass) {
    return d.cls.lookup("__get__") !== undefined && (d.cls.lookup("__set__") !== undefined || d.cls.lookup("__delete__") !== undefined);
  }
  return false;
}

/** Builtin types whose attribute lookup is not the generic one (super). */
export const nativeGetAttr = new Map<PyClass, (obj: PyValue, name: string) => PyValue>();

/** getattr(obj, name); throws AttributeError. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(obj, name);
  if (v === undefined) throw attributeError(obj, name);
  return v;
}

export function attributeError(obj: PyValue, name: string): PyBaseException {
  let msg: string;
  if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyClass) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else msg = `'${typeName(obj)}' object has no attribute '${name}'`;
  const e = newException(AttributeError, msg);
  e.dict = new Map<string, PyValue>([["name", name], ["obj", obj]]);
  return e;
}

/** getattr without the exception: undefined when the attribute is missing. */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyClass) return classGetAttr(obj, name);
  const t = typeOf(obj);
  if (!t.isUserClass) {
    const ng = nativeGetAttr.get(t);
    if (ng) return ng(obj, name);
  }
  if (t.isUserClass) {
    const ga = t.hooks().getattribute;
    if (ga !== undefined) return catchAttributeError(() => callBound(ga, obj, [name]), obj, name);
  }
  return genericGetAttr(obj, name);
}

/** object.__getattribute__ (and __getattr__ as fallback). */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyClass) return classGetAttr(obj, name);
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined && isDataDescriptor(descr)) return bindDescriptor(descr, obj, t);
  if (typeof obj === "object" && !(obj instanceof PyFloat) && obj.dict !== null) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(descr, obj, t);
  if (t.isUserClass) {
    const ga = t.hooks().getattr;
    if (ga !== undefined) return catchAttributeError(() => callBound(ga, obj, [name]), obj, name);
  }
  // PEP 562: a module's own __getattr__ (asyncio uses one to load its parts lazily).
  if (obj instanceof PyModule && name !== "__getattr__") {
    const mg = obj.dict!.get("__getattr__");
    if (mg !== undefined) {
      try {
        return call(mg, [name]);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubclassOf(AttributeError)) return undefined;
        throw e;
      }
    }
  }
  return undefined;
}

/**
 * Runs a user __getattribute__/__getattr__ hook. Its AttributeError propagates
 * as is (the message is the user's); hasattr() and getattr(o, n, default)
 * catch it.
 */
function catchAttributeError(f: () => PyValue, _obj: PyValue, _name: string): PyValue | undefined {
  return f();
}

function classGetAttr(cls: PyClass, name: string): PyValue | undefined {
  const meta = cls.cls;
  const metaDescr = meta.lookup(name);
  if (metaDescr !== undefined && isDataDescriptor(metaDescr)) return bindDescriptor(metaDescr, cls, meta);
  const d = cls.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyFunction || (d instanceof PyBuiltinFunction)) return d;
    if (d instanceof PyStaticMethod) return d.func;
    if (d instanceof PyClassMethod) return new PyMethod(d.func, cls);
    if (d instanceof PyGetSet || d instanceof PyProperty) return d;
    if (d instanceof PyObject && d.cls.isUserClass) {
      const get = d.cls.lookup("__get__");
      if (get !== undefined) return callBound(get, d, [None, cls]);
    }
    return d;
  }
  if (metaDescr !== undefined) return bindDescriptor(metaDescr, cls, meta);
  if (meta !== typeType && meta.isUserClass) {
    const ga = meta.lookup("__getattr__");
    if (ga !== undefined) return catchAttributeError(() => callBound(ga, cls, [name]), cls, name);
  }
  return undefined;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  if (t.isUserClass) {
    const sa = t.hooks().setattr;
    if (sa !== undefined) {
      callBound(sa, obj, [name, value]);
      return;
    }
  }
  genericSetAttr(obj, name, value);
}

/** object.__setattr__ */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  const descr = obj instanceof PyClass ? t.lookup(name) : t.lookup(name);
  if (descr !== undefined) {
    if (descr instanceof PyProperty) {
      if (descr.fset === None) throw pyErr(AttributeError, `property '${propName(descr, name)}' of '${t.name}' object has no setter`);
      call(descr.fset, [obj, value]);
      return;
    }
    if (descr instanceof PyGetSet) {
      if (!descr.set) throw pyErr(AttributeError, `attribute '${name}' of '${t.name}' objects is not writable`);
      descr.set(obj, value);
      return;
    }
    if (descr instanceof PyObject && descr.cls.isUserClass) {
      const set = descr.cls.lookup("__set__");
      if (set !== undefined) {
        callBound(set, descr, [obj, value]);
        return;
      }
    }
  }
  if (obj instanceof PyClass) {
    if (!obj.isUserClass) throw pyErr(TypeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.dict.set(name, value);
    obj.version++;
    return;
  }
  if (obj instanceof PyFunction && obj.dict === null) obj.dict = new Map();
  if (t.slotsOnly !== null && !t.slotsOnly.has(name)) {
    throw pyErr(AttributeError, `'${t.name}' object has no attribute '${name}'`);
  }
  if (typeof obj === "object" && !(obj instanceof PyFloat) && obj.dict !== null) {
    obj.dict.set(name, value);
    return;
  }
  if (descr !== undefined) throw pyErr(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
  throw pyErr(AttributeError, `'${t.name}' object has no attribute '${name}'`);
}

export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  if (t.isUserClass) {
    const da = t.hooks().delattr;
    if (da !== undefined) {
      callBound(da, obj, [name]);
      return;
    }
  }
  const descr = t.lookup(name);
  if (descr instanceof PyObject && descr.cls.isUserClass) {
    const del = descr.cls.lookup("__delete__");
    if (del !== undefined) {
      callBound(del, descr, [obj]);
      return;
    }
  }
  if (descr instanceof PyProperty) {
    if (descr.fdel === None) throw pyErr(AttributeError, `property '${propName(descr, name)}' of '${t.name}' object has no deleter`);
    call(descr.fdel, [obj]);
    return;
  }
  if (typeof obj === "object" && !(obj instanceof PyFloat) && obj.dict !== null && obj.dict.has(name)) {
    obj.dict.delete(name);
    if (obj instanceof PyClass) obj.version++;
    return;
  }
  throw attributeError(obj, name);
}

function propName(p: PyProperty, fallback: string): string {
  if (p.name !== null) return p.name;
  const f = p.fget;
  return f instanceof PyFunction ? f.name : fallback;
}

/** hasattr() semantics: true unless AttributeError. */
export function hasAttr(obj: PyValue, name: string): boolean {
  try {
    return getAttrOrUndefined(obj, name) !== undefined;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(AttributeError)) return false;
    throw e;
  }
}
