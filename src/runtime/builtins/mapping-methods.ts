// dict, set and frozenset: constructors, methods and the dict views.

import { PyClass, PyObject, PyValue, KwArgs, PyTuple, PyList } from "../object.js";
import { dictType, setType, frozensetType, defMethod, defFastMethod, defClassMethod, None, NotImplemented, makeBuiltinType, objectType, typeOf } from "../types.js";
import { pyErr, TypeError, KeyError, ValueError } from "../exceptions.js";
import { toArray, iterate, DONE, dictIter, nativeIter, arrayIter, setIteratorType } from "../iter.js";
import { pyEq, richCompare, binaryOp, extBinary, nativeEq, extContains, nativeBool } from "../ops.js";
import { callMethod } from "../methods.js";
import { getItem } from "../subscript.js";
import { repr, nativeRepr, orderedSetKeys, dictRepr } from "../repr.js";
import { PyDict, PySet, newTuple, newList, newDict, newSet } from "../containers.js";
import { keyError } from "../subscript.js";
import { noKw } from "./args.js";
import { initConstructedTypes } from "../call.js";
import { typeName } from "../typename.js";

const D = (a: PyValue[]) => a[0] as PyDict;
initConstructedTypes.add(dictType);
initConstructedTypes.add(setType);

/** dict.update / dict(...) semantics: a mapping (keys()) or an iterable of pairs, then keywords. */
export function dictUpdate(d: PyDict, src: PyValue | undefined, kw: KwArgs | null): void {
  if (src !== undefined) {
    if (src instanceof PyDict && !src.cls.isUserClass) d.table.copyFrom(src.table);
    else if (src instanceof PyDict || typeOf(src).lookup("keys") !== undefined) {
      for (const k of toArray(callMethod(src, "keys", []))) d.set(k, getItem(src, k));
    } else {
      let i = 0;
      const it = iterate(src);
      for (let x = it.next(); x !== DONE; x = it.next(), i++) {
        const pair = x instanceof PyTuple || x instanceof PyList ? x.items : toArray(x);
        if (pair.length !== 2) {
          throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        d.set(pair[0], pair[1]);
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.set(k, v);
}

dictType.nativeNew = (cls, args, kw) => {
  if (args.length > 1) throw pyErr(TypeError, `dict expected at most 1 argument, got ${args.length}`);
  const d = new PyDict(cls);
  if (cls.isUserClass) d.dict = new Map();
  dictUpdate(d, args[0], kw);
  return d;
};
defMethod(dictType, "__init__", (a, kw) => {
  dictUpdate(D(a), a[1], kw);
  return None;
});
defMethod(dictType, "get", (a) => {
  if (a.length < 2) throw pyErr(TypeError, `get expected at least 1 argument, got ${a.length - 1}`);
  if (a.length > 3) throw pyErr(TypeError, `get expected at most 2 arguments, got ${a.length - 1}`);
  return D(a).table.get(a[1]) ?? (a.length > 2 ? a[2] : None);
});
// d.get(k) / d.get(k, default) without the argument array (PyBuiltinFunction.fast2).
defFastMethod(dictType, "get", {
  fast2: (d, k) => (d instanceof PyDict ? (d.table.get(k) ?? None) : undefined),
  fast3: (d, k, dflt) => (d instanceof PyDict ? (d.table.get(k) ?? dflt) : undefined),
});
defMethod(dictType, "setdefault", (a) => {
  const d = D(a);
  const v = d.table.get(a[1]);
  if (v !== undefined) return v;
  const dv = a.length > 2 ? a[2] : None;
  d.set(a[1], dv);
  return dv;
});
defMethod(dictType, "pop", (a) => {
  const v = D(a).table.delete(a[1]);
  if (v !== undefined) return v;
  if (a.length > 2) return a[2];
  throw keyError(a[1]);
});
defMethod(dictType, "popitem", (a) => {
  const t = D(a).table;
  const i = t.lastIndex();
  if (i < 0) throw pyErr(KeyError, "popitem(): dictionary is empty");
  const k = t.keyAt(i);
  const v = t.delete(k)!;
  return newTuple([k, v]);
});
defMethod(dictType, "update", (a, kw) => {
  if (a.length > 2) throw pyErr(TypeError, `update expected at most 1 argument, got ${a.length - 1}`);
  dictUpdate(D(a), a[1], kw);
  return None;
});
defMethod(dictType, "clear", (a) => {
  D(a).table.clear();
  return None;
});
defMethod(dictType, "copy", (a) => {
  const d = newDict();
  d.table.copyFrom(D(a).table);
  return d;
});
defClassMethod(dictType, "fromkeys", (a) => {
  const cls = a[0] as PyClass;
  const d = cls === dictType ? newDict() : (callClass(cls) as PyDict);
  const v = a.length > 2 ? a[2] : None;
  for (const k of toArray(a[1])) d.set(k, v);
  return d;
});
import { call } from "../call.js";
function callClass(cls: PyClass): PyValue {
  return call(cls, []);
}
function noArgs(method: string, a: PyValue[]): void {
  if (a.length > 1) throw pyErr(TypeError, `dict.${method}() takes no arguments (${a.length - 1} given)`);
}
defMethod(dictType, "keys", (a) => {
  noArgs("keys", a);
  return new DictView(dictKeysType, D(a));
});
defMethod(dictType, "values", (a) => {
  noArgs("values", a);
  return new DictView(dictValuesType, D(a));
});
defMethod(dictType, "items", (a) => {
  noArgs("items", a);
  return new DictView(dictItemsType, D(a));
});
defMethod(dictType, "__len__", (a) => D(a).table.size);
defMethod(dictType, "__getitem__", (a) => {
  const v = D(a).table.get(a[1]);
  if (v !== undefined) return v;
  const missing = D(a).cls.lookupUser("__missing__");
  if (missing !== undefined) return callMethod(a[0], "__missing__", [a[1]]);
  throw keyError(a[1]);
});
defMethod(dictType, "__setitem__", (a) => {
  D(a).set(a[1], a[2]);
  return None;
});
defMethod(dictType, "__delitem__", (a) => {
  if (D(a).table.delete(a[1]) === undefined) throw keyError(a[1]);
  return None;
});
defMethod(dictType, "__contains__", (a) => D(a).table.has(a[1]));
defMethod(dictType, "__iter__", (a) => dictIter(D(a), "keys"));
defMethod(dictType, "__reversed__", (a) => arrayIter(D(a).table.keyList().reverse()));
defMethod(dictType, "__repr__", (a) => dictRepr(D(a)));
defMethod(dictType, "__eq__", (a) => (a[1] instanceof PyDict ? richCompare(plain(D(a)), plain(a[1]), "==") : NotImplemented));
defMethod(dictType, "__or__", (a) => (a[1] instanceof PyDict ? binaryOp("|", plain(D(a)), plain(a[1])) : NotImplemented));
dictType.dict.set("__hash__", None);
function plain(d: PyDict): PyDict {
  if (!d.cls.isUserClass) return d;
  const p = newDict();
  p.table.copyFrom(d.table);
  return p;
}

// ---------------------------------------------------------------- views

const dictKeysType = makeBuiltinType("dict_keys", [objectType]);
const dictValuesType = makeBuiltinType("dict_values", [objectType]);
const dictItemsType = makeBuiltinType("dict_items", [objectType]);

export class DictView extends PyObject {
  constructor(cls: PyClass, readonly d: PyDict) {
    super(cls);
  }
}
const item = (k: PyValue, v: PyValue) => newTuple([k, v]);
nativeIter.set(dictKeysType, (v) => dictIter((v as DictView).d, "keys"));
nativeIter.set(dictValuesType, (v) => dictIter((v as DictView).d, "values"));
nativeIter.set(dictItemsType, (v) => dictIter((v as DictView).d, "items", item));
for (const [t, name] of [[dictKeysType, "dict_keys"], [dictValuesType, "dict_values"], [dictItemsType, "dict_items"]] as const) {
  nativeRepr.set(t, (v) => `${name}(${repr(newList(toArray(v)))})`);
  defMethod(t, "__len__", (a) => (a[0] as DictView).d.table.size);
  defMethod(t, "__iter__", (a) => nativeIter.get(t)!(a[0]) as unknown as PyValue);
  nativeBool.set(t, (v) => (v as DictView).d.table.size > 0);
  defMethod(t, "__reversed__", (a) => arrayIter(toArray(a[0]).reverse()));
}
extContains.set(dictKeysType, (c, x) => (c as DictView).d.table.has(x));
extContains.set(dictItemsType, (c, x) => {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = (c as DictView).d.table.get(x.items[0]);
  return v !== undefined && pyEq(v, x.items[1]);
});
defMethod(dictKeysType, "isdisjoint", (a) => toArray(a[1]).every((x) => !(a[0] as DictView).d.table.has(x)));
// Keys and items views behave as sets in binary operators.
for (const t of [dictKeysType, dictItemsType]) {
  extBinary.set(t, (op, a, b) => {
    const sa = a instanceof DictView ? newSet(toArray(a)) : a instanceof PySet ? a : null;
    const sb = b instanceof DictView ? newSet(toArray(b)) : b instanceof PySet ? b : newSet(toArray(b));
    if (!sa || !["|", "&", "-", "^"].includes(op)) return undefined;
    return binaryOp(op, sa, sb);
  });
  nativeEq.set(t, (a, b) => (b instanceof DictView || b instanceof PySet ? pyEq(newSet(toArray(a)), newSet(toArray(b))) : undefined));
}

// ---------------------------------------------------------------- set / frozenset

const S = (a: PyValue[]) => a[0] as PySet;
setType.nativeNew = (cls, args, kw) => {
  noKw("set", kw);
  if (args.length > 1) throw pyErr(TypeError, `set expected at most 1 argument, got ${args.length}`);
  const s = newSet(args.length ? toArray(args[0]) : [], cls);
  if (cls.isUserClass) s.dict = new Map();
  return s;
};
frozensetType.nativeNew = (cls, args, kw) => {
  noKw("frozenset", kw);
  if (cls === frozensetType && args[0] instanceof PySet && args[0].cls === frozensetType) return args[0];
  return newSet(args.length ? toArray(args[0]) : [], cls);
};
defMethod(setType, "__init__", (a) => {
  const s = S(a);
  s.table.clear();
  if (a.length > 1) for (const x of toArray(a[1])) s.add(x);
  return None;
});

function others(a: PyValue[]): PySet[] {
  return a.slice(1).map((o) => (o instanceof PySet ? o : newSet(toArray(o))));
}
function defBoth(name: string, fn: (a: PyValue[], kw: KwArgs | null) => PyValue): void {
  defMethod(setType, name, fn);
  defMethod(frozensetType, name, fn);
}
const mutating = (name: string, fn: (s: PySet, a: PyValue[]) => void) =>
  defMethod(setType, name, (a) => {
    fn(S(a), a);
    return None;
  });

mutating("add", (s, a) => s.add(a[1]));
mutating("discard", (s, a) => void s.table.delete(a[1]));
mutating("remove", (s, a) => {
  if (s.table.delete(a[1]) === undefined) throw keyError(a[1]);
});
defMethod(setType, "pop", (a) => {
  const s = S(a);
  const keys = orderedSetKeys(s);
  if (keys.length === 0) throw pyErr(KeyError, "pop from an empty set");
  s.table.delete(keys[0]);
  return keys[0];
});
mutating("clear", (s) => s.table.clear());
mutating("update", (s, a) => {
  for (const o of a.slice(1)) for (const x of toArray(o)) s.add(x);
});
mutating("intersection_update", (s, a) => {
  const r = others(a).reduce((acc, o) => acc.filter((k) => o.has(k)), s.table.keyList());
  s.table.clear();
  for (const k of r) s.add(k);
});
mutating("difference_update", (s, a) => {
  for (const o of others(a)) for (const k of o.table.keyList()) s.table.delete(k);
});
mutating("symmetric_difference_update", (s, a) => {
  const o = others(a)[0];
  for (const k of o.table.keyList()) {
    if (s.has(k)) s.table.delete(k);
    else s.add(k);
  }
});
defBoth("union", (a) => {
  const s = newSet(S(a).table.keyList(), builtinSetBase(S(a)));
  for (const o of a.slice(1)) for (const x of toArray(o)) s.add(x);
  return s;
});
defBoth("intersection", (a) => newSet(others(a).reduce((acc, o) => acc.filter((k) => o.has(k)), S(a).table.keyList()), builtinSetBase(S(a))));
defBoth("difference", (a) => newSet(others(a).reduce((acc, o) => acc.filter((k) => !o.has(k)), S(a).table.keyList()), builtinSetBase(S(a))));
defBoth("symmetric_difference", (a) => binaryOp("^", plainSet(S(a)), others(a)[0]));
defBoth("issubset", (a) => S(a).table.keyList().every((k) => others(a)[0].has(k)));
defBoth("issuperset", (a) => others(a)[0].table.keyList().every((k) => S(a).has(k)));
defBoth("isdisjoint", (a) => S(a).table.keyList().every((k) => !others(a)[0].has(k)));
defBoth("copy", (a) => newSet(S(a).table.keyList(), builtinSetBase(S(a))));
defBoth("__len__", (a) => S(a).table.size);
defBoth("__contains__", (a) => S(a).has(a[1]));
defBoth("__iter__", (a) => arrayIter(orderedSetKeys(S(a)), setIteratorType));
defBoth("__eq__", (a) => (a[1] instanceof PySet ? richCompare(plainSet(S(a)), plainSet(a[1]), "==") : NotImplemented));
setType.dict.set("__hash__", None);
/** set and frozenset methods build their own base type, never a subclass (as CPython's do). */
function builtinSetBase(s: PySet): PyClass {
  if (!s.cls.isUserClass) return s.cls;
  return s.cls.isSubclassOf(frozensetType) ? frozensetType : setType;
}
function plainSet(s: PySet): PySet {
  return s.cls.isUserClass ? newSet(s.table.keyList()) : s;
}

export { typeName };
