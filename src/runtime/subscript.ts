// Subscription: `a[i]`, `a[i:j:k]`, `a[k] = v`, `del a[k]` for the builtin
// sequences and mappings, and __getitem__/__setitem__/__delitem__ otherwise.

import { PyClass, PyList, PyTuple, PyValue, PyBytes, PyBoxed } from "./object.js";
import { typeOf, PySlice, PyRange, None, bytesType, bytearrayType } from "./types.js";
import { callBound, call } from "./call.js";
import { PyDict } from "./containers.js";
import { newList, newTuple } from "./containers.js";
import { indexOrNull, isIntLike, asInt } from "./ops.js";
import { pyErr, TypeError, IndexError, KeyError, ValueError, newException } from "./exceptions.js";
import { typeName } from "./typename.js";
import { toArray } from "./iter.js";
import { getAttrOrUndefined } from "./attrs.js";

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Whether a str holds code points outside the BMP (UTF-16 surrogates), which
 * make JS indices differ from Python's; with `end`, among its first `end`
 * units only (`word[0]` needs to look at one). Asked on most str indexing,
 * so short strings (the common word or key) are scanned directly instead of
 * through the regex engine.
 */
export function hasSurrogates(s: string, end: number = s.length): boolean {
  const n = Math.min(end, s.length);
  if (n > 32) return SURROGATE.test(n === s.length ? s : s.slice(0, n));
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Python's len() of a str: code points, not UTF-16 units. */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Normalised slice indices, as PySlice_GetIndicesEx. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    const st = indexOrNull(s.step);
    if (st === null) throw pyErr(TypeError, "slice indices must be integers or None or have an __index__ method");
    step = Number(st);
    if (step === 0) throw pyErr(ValueError, "slice step cannot be zero");
  }
  const clamp = (v: PyValue, dflt: number, lo: number, hi: number): number => {
    if (v === None) return dflt;
    const iv = indexOrNull(v);
    if (iv === null) throw pyErr(TypeError, "slice indices must be integers or None or have an __index__ method");
    let x = Number(iv);
    if (x < 0) {
      x += length;
      if (x < lo) x = lo;
    } else if (x > hi) x = hi;
    return x;
  };
  let start: number, stop: number;
  if (step > 0) {
    start = clamp(s.start, 0, 0, length);
    stop = clamp(s.stop, length, 0, length);
  } else {
    start = clamp(s.start, length - 1, -1, length - 1);
    stop = clamp(s.stop, -1, -1, length - 1);
  }
  let n = 0;
  if (step > 0) n = stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
  else n = start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return [start, stop, step, n];
}

function sliceArray<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

function seqIndex(i: PyValue, length: number, what: string): number {
  const iv = indexOrNull(i);
  if (iv === null) throw pyErr(TypeError, `${what} indices must be integers or slices, not ${typeName(i)}`);
  let k = Number(iv);
  if (k < 0) k += length;
  if (k < 0 || k >= length || typeof iv === "bigint") {
    throw pyErr(IndexError, `${what === "list" || what === "tuple" ? what : what === "str" ? "string" : what} index out of range`);
  }
  return k;
}

/** getitem of builtin types defined elsewhere (deque, Counter, ...). */
export const nativeGetItem = new Map<PyClass, (o: PyValue, k: PyValue) => PyValue>();
export const nativeSetItem = new Map<PyClass, (o: PyValue, k: PyValue, v: PyValue) => void>();
export const nativeDelItem = new Map<PyClass, (o: PyValue, k: PyValue) => void>();

function findNative<T>(m: Map<PyClass, T>, t: PyClass): T | undefined {
  for (const c of t.mro) {
    const f = m.get(c);
    if (f) return f;
  }
  return undefined;
}

export function keyError(k: PyValue) {
  return newException(KeyError, k);
}

export function getItem(o: PyValue, k: PyValue): PyValue {
  if (o instanceof PyList && !o.cls.isUserClass) {
    if (typeof k === "number") {
      const items = o.items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) return items[i];
      throw pyErr(IndexError, "list index out of range");
    }
    if (k instanceof PySlice) return newList(sliceArray(o.items, k));
    return o.items[seqIndex(k, o.items.length, "list")];
  }
  if (o instanceof PyDict && !o.cls.isUserClass) {
    const v = o.table.get(k);
    if (v !== undefined) return v;
    throw keyError(k);
  }
  if (typeof o === "string") {
    if (k instanceof PySlice) {
      if (!hasSurrogates(o)) {
        const [start, stop, step] = sliceIndices(k, o.length);
        if (step === 1) return stop > start ? o.slice(start, stop) : "";
        return sliceArray(o.split(""), k).join("");
      }
      return sliceArray(Array.from(o), k).join("");
    }
    if (!isIntLike(k) && indexOrNull(k) === null) throw pyErr(TypeError, `string indices must be integers, not '${typeName(k)}'`);
    if (!hasSurrogates(o)) return o[seqIndex(k, o.length, "str")];
    const chars = Array.from(o);
    return chars[seqIndex(k, chars.length, "str")];
  }
  if (o instanceof PyTuple && !o.cls.isUserClass) {
    if (k instanceof PySlice) return newTuple(sliceArray(o.items, k));
    return o.items[seqIndex(k, o.items.length, "tuple")];
  }
  const t = typeOf(o);
  if (t.isUserClass) {
    const f = t.lookupUser("__getitem__");
    if (f !== undefined) return callBound(f, o, [k]);
  }
  if (o instanceof PyDict) {
    const v = o.table.get(k);
    if (v !== undefined) return v;
    const missing = t.lookupUser("__missing__");
    if (missing !== undefined) return callBound(missing, o, [k]);
    throw keyError(k);
  }
  if (o instanceof PyBoxed) return getItem(o.prim, k);
  if (o instanceof PyList) return getItem(newList(o.items), k);
  if (o instanceof PyTuple) return getItem(newTuple(o.items), k);
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, o.length);
      const s0 = o.start + start * o.step;
      const st = o.step * step;
      return new PyRange(s0, s0 + n * st, st);
    }
    const i = seqIndex(k, o.length, "range object");
    return o.start + i * o.step;
  }
  if (o instanceof PyBytes) {
    // Slices of a subclass's value are the base type, as in CPython.
    const isBytes = o.cls === bytesType || o.cls.isSubclassOf(bytesType);
    if (k instanceof PySlice) return new PyBytes(isBytes ? bytesType : bytearrayType, Uint8Array.from(sliceArray(Array.from(o.data), k)));
    return o.data[seqIndex(k, o.data.length, isBytes ? "index" : "bytearray")];
  }
  const nf = findNative(nativeGetItem, t);
  if (nf) return nf(o, k);
  const ngi = t.lookup("__getitem__");
  if (ngi !== undefined && !(o instanceof PyClass)) return callBound(ngi, o, [k]);
  if (o instanceof PyClass) {
    const cg = getAttrOrUndefined(o, "__class_getitem__");
    if (cg !== undefined) return call(cg, [k]);
    return genericAlias(o, k);
  }
  throw pyErr(TypeError, `'${typeName(o)}' object is not subscriptable`);
}

/** `list[int]` and friends: typing is not checked, so the alias is the class itself. */
function genericAlias(cls: PyClass, _k: PyValue): PyValue {
  return cls;
}

export function setItem(o: PyValue, k: PyValue, v: PyValue): void {
  if (o instanceof PyList && !o.cls.isUserClass) {
    if (k instanceof PySlice) {
      assignSlice(o, k, v);
      return;
    }
    o.items[seqIndex(k, o.items.length, "list")] = v;
    return;
  }
  if (o instanceof PyDict && !o.cls.isUserClass) {
    o.table.set(k, v);
    return;
  }
  const t = typeOf(o);
  if (t.isUserClass) {
    const f = t.lookupUser("__setitem__");
    if (f !== undefined) {
      callBound(f, o, [k, v]);
      return;
    }
  }
  if (o instanceof PyDict) {
    o.table.set(k, v);
    return;
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) assignSlice(o, k, v);
    else o.items[seqIndex(k, o.items.length, "list")] = v;
    return;
  }
  if (o instanceof PyBytes && o.cls !== bytesType) {
    if (!isIntLike(v)) throw pyErr(TypeError, "'" + typeName(v) + "' object cannot be interpreted as an integer");
    o.data[seqIndex(k, o.data.length, "bytearray")] = Number(asInt(v));
    return;
  }
  const nf = findNative(nativeSetItem, t);
  if (nf) return nf(o, k, v);
  const nsi = t.lookup("__setitem__");
  if (nsi !== undefined && !(o instanceof PyClass)) {
    callBound(nsi, o, [k, v]);
    return;
  }
  throw pyErr(TypeError, `'${typeName(o)}' object does not support item assignment`);
}

function assignSlice(o: PyList, s: PySlice, v: PyValue): void {
  const src = toArray(v);
  const [start, stop, step, n] = sliceIndices(s, o.items.length);
  if (step === 1) {
    o.items.splice(start, Math.max(0, stop - start), ...src);
    return;
  }
  if (src.length !== n) {
    throw pyErr(ValueError, `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) o.items[j] = src[i];
}

export function delItem(o: PyValue, k: PyValue): void {
  const t = typeOf(o);
  if (t.isUserClass) {
    const f = t.lookupUser("__delitem__");
    if (f !== undefined) {
      callBound(f, o, [k]);
      return;
    }
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(k, o.items.length);
      if (step === 1) o.items.splice(start, Math.max(0, stop - start));
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
        o.items = o.items.filter((_, i) => !drop.has(i));
      }
      return;
    }
    o.items.splice(seqIndex(k, o.items.length, "list"), 1);
    return;
  }
  if (o instanceof PyDict) {
    if (o.table.delete(k) === undefined) throw keyError(k);
    return;
  }
  const nf = findNative(nativeDelItem, t);
  if (nf) return nf(o, k);
  throw pyErr(TypeError, `'${typeName(o)}' object does not support item deletion`);
}

export { toArray };
