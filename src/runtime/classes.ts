// Creating user classes: the work of type.__new__ for a `class` statement or a
// three-argument type() call.

import { KwArgs, PyClass, PyObject, PyValue, computeMro } from "./object.js";
import { typeType, objectType, None, PyStaticMethod, PyClassMethod, typeOf, PyProperty } from "./types.js";
import { PyFunction } from "./function.js";
import { callBound, call } from "./call.js";
import { pyErr, TypeError } from "./exceptions.js";
import { typeName } from "./typename.js";
import { getAttr } from "./attrs.js";
import { newTuple } from "./containers.js";
import { toArray } from "./iter.js";

/** The metaclass of a new class: the most derived of the explicit one and the bases' types. */
export function calculateMeta(explicit: PyValue | null, bases: PyValue[]): PyValue {
  if (explicit !== null && !(explicit instanceof PyClass)) return explicit;
  let winner: PyClass = (explicit as PyClass | null) ?? typeType;
  for (const b of bases) {
    if (!(b instanceof PyClass)) continue;
    const m = b.cls;
    if (winner.isSubclassOf(m)) continue;
    if (m.isSubclassOf(winner)) {
      winner = m;
      continue;
    }
    throw pyErr(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

export function createClass(meta: PyClass, name: string, baseValues: PyValue[], ns: Map<string, PyValue>, kw: KwArgs | null): PyClass {
  const bases: PyClass[] = [];
  let resolvedEntries = false;
  for (const b of baseValues) {
    if (!(b instanceof PyClass)) {
      const mro = typeOf(b).lookup("__mro_entries__");
      if (mro !== undefined) {
        const entries = callBound(mro, b, [newTuple(baseValues)]);
        for (const e of (entries as unknown as { items: PyValue[] }).items) if (e instanceof PyClass) bases.push(e);
        resolvedEntries = true;
        continue;
      }
      throw pyErr(TypeError, `bases must be types`);
    }
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const cls = new PyClass(meta, name, bases);
  const mro = computeMro(cls);
  if (!mro) {
    throw pyErr(TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(", ")}`);
  }
  cls.mro = mro;
  cls.isUserClass = true;
  for (const b of bases) b.subclasses.push(cls);
  const module = ns.get("__module__");
  if (typeof module === "string") cls.module = module;
  const qual = ns.get("__qualname__");
  cls.qualname = typeof qual === "string" ? qual : name;
  for (const [k, v] of ns) {
    if (k === "__qualname__") continue;
    let val = v;
    if (v instanceof PyFunction) {
      if (k === "__new__") val = new PyStaticMethod(v);
      else if (k === "__init_subclass__" || k === "__class_getitem__") val = new PyClassMethod(v);
    }
    cls.dict.set(k, val);
  }
  if (!cls.dict.has("__doc__")) cls.dict.set("__doc__", None);
  // Like __build_class__: bases rewritten by __mro_entries__ keep the originals (Generic[T]).
  if (resolvedEntries && !cls.dict.has("__orig_bases__")) cls.dict.set("__orig_bases__", newTuple(baseValues));
  cls.slotsOnly = slotNames(cls);
  if (cls.dict.has("__eq__") && !cls.dict.has("__hash__")) cls.dict.set("__hash__", None);
  // __set_name__ on descriptors defined in the body.
  for (const [k, v] of [...cls.dict]) {
    if (v instanceof PyProperty && v.name === null) v.name = k;
    if (v instanceof PyObject && v.cls.isUserClass) {
      const sn = v.cls.lookup("__set_name__");
      if (sn !== undefined) callBound(sn, v, [cls, k]);
    }
  }
  // Parent's __init_subclass__ (object's accepts no keywords).
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.get("__init_subclass__");
    if (f === undefined) continue;
    if (f instanceof PyClassMethod) call(f.func, [cls], kw);
    break;
  }
  if (kw !== null && kw.size > 0 && !mro.slice(1).some((c) => c.dict.get("__init_subclass__") instanceof PyClassMethod && c.isUserClass)) {
    throw pyErr(TypeError, `${name}.__init_subclass__() takes no keyword arguments`);
  }
  return cls;
}

/** The attribute names allowed by __slots__, when every user class in the MRO declares them. */
function slotNames(cls: PyClass): Set<string> | null {
  const names = new Set<string>();
  for (const c of cls.mro) {
    if (!c.isUserClass) continue;
    const slots = c.dict.get("__slots__");
    if (slots === undefined) return null;
    for (const s of typeof slots === "string" ? [slots] : toArray(slots)) {
      if (s === "__dict__") return null;
      names.add(String(s));
    }
  }
  return names;
}

/** super(): the next class after `start` in obj's MRO. */
export function superLookup(start: PyClass, obj: PyValue, name: string): PyValue | undefined {
  const objType = obj instanceof PyClass && obj.isSubclassOf(start) ? obj : typeOf(obj);
  const mro = objType.mro;
  let i = mro.indexOf(start);
  if (i < 0) throw pyErr(TypeError, `super(type, obj): obj must be an instance or subtype of type`);
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

export { typeName, getAttr };
