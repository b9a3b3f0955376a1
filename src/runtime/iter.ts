// The iteration protocol. Compiled `for` loops and every builtin that takes an
// iterable use `iterate(v)`, which returns a JS-level iterator whose `next()`
// gives the next value or DONE — no StopIteration exception on the hot path.
// Python-visible iterator objects (what iter() returns) are NativeIterator
// objects, whose __next__ raises StopIteration at the end.

import { PyClass, PyList, PyObject, PyTuple, PyValue, PyBoxed } from "./object.js";
import { typeOf, makeBuiltinType, objectType, PyRange, defMethod, None } from "./types.js";
import { callBound } from "./call.js";
import { pyErr, TypeError, StopIteration, PyBaseException, RuntimeError, newException, IndexError } from "./exceptions.js";
import { PyDict, PySet } from "./containers.js";
import { typeName } from "./typename.js";
import { setIterToArray, setNativeIterable } from "./ops.js";
import { orderedSetKeys } from "./repr.js";

export const DONE: unique symbol = Symbol("StopIteration");
export type Next = PyValue | typeof DONE;

export interface Iter {
  next(): Next;
}

export function iterType(name: string): PyClass {
  const t = makeBuiltinType(name, [objectType]);
  defMethod(t, "__iter__", (a) => a[0]);
  defMethod(t, "__next__", (a) => {
    const r = (a[0] as NativeIterator).next();
    if (r === DONE) throw newException(StopIteration);
    return r;
  });
  return t;
}

export const listIteratorType = iterType("list_iterator");
export const tupleIteratorType = iterType("tuple_iterator");
export const strIteratorType = iterType("str_ascii_iterator");
export const rangeIteratorType = iterType("range_iterator");
export const dictKeyIteratorType = iterType("dict_keyiterator");
export const dictValueIteratorType = iterType("dict_valueiterator");
export const dictItemIteratorType = iterType("dict_itemiterator");
export const setIteratorType = iterType("set_iterator");
export const callableIteratorType = iterType("callable_iterator");
export const genericIteratorType = iterType("iterator");

/** A Python iterator implemented in JavaScript. */
export class NativeIterator extends PyObject implements Iter {
  constructor(cls: PyClass, readonly next: () => Next) {
    super(cls);
  }
}

export function arrayIter(items: PyValue[], cls: PyClass = listIteratorType): NativeIterator {
  let i = 0;
  return new NativeIterator(cls, () => (i < items.length ? items[i++] : DONE));
}

/** Iterates a list live (sees appends during iteration, as CPython does). */
function listIter(l: PyList): NativeIterator {
  let i = 0;
  return new NativeIterator(listIteratorType, () => (i < l.items.length ? l.items[i++] : DONE));
}

function rangeIter(r: PyRange): NativeIterator {
  let cur = r.start;
  const { stop, step } = r;
  return new NativeIterator(rangeIteratorType, () => {
    if (step > 0 ? cur >= stop : cur <= stop) return DONE;
    const v = cur;
    cur += step;
    return v;
  });
}

function strIter(s: string): NativeIterator {
  const chars = Array.from(s);
  return arrayIter(chars, strIteratorType);
}

export function dictIter(d: PyDict, kind: "keys" | "values" | "items", makeItem?: (k: PyValue, v: PyValue) => PyValue): NativeIterator {
  const table = d.table;
  const version = table.version;
  const size = table.size;
  let i = 0;
  const cls = kind === "keys" ? dictKeyIteratorType : kind === "values" ? dictValueIteratorType : dictItemIteratorType;
  return new NativeIterator(cls, () => {
    if (table.version !== version && table.size !== size) {
      throw pyErr(RuntimeError, "dictionary changed size during iteration");
    }
    const j = table.nextIndex(i);
    if (j < 0) return DONE;
    i = j + 1;
    const k = table.keyAt(j);
    return kind === "keys" ? k : kind === "values" ? table.values[j] : makeItem!(k, table.values[j]);
  });
}

function setIter(s: PySet): NativeIterator {
  const keys = orderedSetKeys(s);
  const size = s.table.size;
  let i = 0;
  return new NativeIterator(setIteratorType, () => {
    if (s.table.size !== size) throw pyErr(RuntimeError, "Set changed size during iteration");
    return i < keys.length ? keys[i++] : DONE;
  });
}

/** Native iteration of builtin types defined in other files (deque, generators, ...). */
export const nativeIter = new Map<PyClass, (v: PyValue) => Iter>();

function findNativeIter(t: PyClass): ((v: PyValue) => Iter) | undefined {
  for (const c of t.mro) {
    const f = nativeIter.get(c);
    if (f) return f;
  }
  return undefined;
}

/** iter(v) as a JS iterator. Raises TypeError for non-iterables. */
export function iterate(v: PyValue): Iter {
  if (typeof v === "string") return strIter(v);
  if (v instanceof NativeIterator) return v;
  const t = typeOf(v);
  if (t.isUserClass) {
    const f = t.lookupUser("__iter__");
    if (f !== undefined) return asIter(callBound(f, v, []));
    // Subclasses of the builtin containers iterate natively even when they
    // override __getitem__ (CPython's list/tuple/dict/str iterators do).
    if (!(v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || v instanceof PyBoxed)) {
      const gi = t.lookupUser("__getitem__");
      if (gi !== undefined) return sequenceIter(v, gi);
    }
  }
  if (v instanceof PyBoxed) return iterate(v.prim);
  if (v instanceof PyList) return listIter(v);
  if (v instanceof PyTuple) return arrayIter(v.items, tupleIteratorType);
  if (v instanceof PyRange) return rangeIter(v);
  if (v instanceof PyDict) return dictIter(v, "keys");
  if (v instanceof PySet) return setIter(v);
  const n = findNativeIter(t);
  if (n) return n(v);
  throw pyErr(TypeError, `'${typeName(v)}' object is not iterable`);
}

/** Old-style iteration through __getitem__(0), __getitem__(1), ... until IndexError. */
function sequenceIter(v: PyValue, getitem: PyValue): NativeIterator {
  let i = 0;
  let done = false;
  return new NativeIterator(genericIteratorType, () => {
    if (done) return DONE;
    try {
      return callBound(getitem, v, [i++]);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubclassOf(IndexError) || e.cls.isSubclassOf(StopIteration))) {
        done = true;
        return DONE;
      }
      throw e;
    }
  });
}

/** Wraps whatever __iter__ returned as a JS iterator. */
export function asIter(it: PyValue): Iter {
  if (it instanceof NativeIterator) return it;
  const t = typeOf(it);
  const n = findNativeIter(t);
  if (n && !t.isUserClass) return n(it);
  const nx = t.lookup("__next__");
  if (nx === undefined) throw pyErr(TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
  return {
    next(): Next {
      try {
        return callBound(nx, it, []);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubclassOf(StopIteration)) return DONE;
        throw e;
      }
    },
  };
}

/** The Python object iter(v) returns. */
export function pyIter(v: PyValue): PyValue {
  if (v instanceof PyObject && v.cls.isUserClass) {
    const f = v.cls.lookupUser("__iter__");
    if (f !== undefined) {
      const r = callBound(f, v, []);
      if (typeOf(r).lookup("__next__") === undefined) throw pyErr(TypeError, `iter() returned non-iterator of type '${typeName(r)}'`);
      return r;
    }
  }
  const it = iterate(v);
  if (it instanceof PyObject) return it;
  return new NativeIterator(genericIteratorType, () => it.next());
}

/** next(it): the Python-level protocol on an iterator object. */
export function pyNext(it: PyValue): Next {
  if (it instanceof NativeIterator) return it.next();
  const t = typeOf(it);
  const n = findNativeIter(t);
  if (n && !t.isUserClass) return n(it).next();
  const nx = t.lookup("__next__");
  if (nx === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
  try {
    return callBound(nx, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(StopIteration)) return DONE;
    throw e;
  }
}

export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList && !v.cls.isUserClass) return v.items.slice();
  if (v instanceof PyTuple && !v.cls.isUserClass) return v.items.slice();
  const out: PyValue[] = [];
  const it = iterate(v);
  for (let x = it.next(); x !== DONE; x = it.next()) out.push(x);
  return out;
}

setIterToArray(toArray);
setNativeIterable((v) => findNativeIter(typeOf(v)) !== undefined);
void None;
