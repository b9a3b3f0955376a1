// _collections: the native deque (a ring buffer: O(1) at both ends), used by
// collections (src/lib/a/collections/__init__.py) and asyncio's locks/queues.

import { PyClass, PyObject, PyValue, KwArgs } from "../object.js";
import { PyModule, None, makeBuiltinType, objectType, defMethod, typeOf, PySlice, NotImplemented, PyClassMethod, PyBuiltinFunction } from "../types.js";
import { defGetter, PyFunction } from "../function.js";
import { pyErr, TypeError, ValueError, IndexError, RuntimeError } from "../exceptions.js";
import { nativeBool, nativeEq, nativeHash, nativeOrder, extBinary, extContains, pyEq, toIndex, isIntLike, asInt, richCompare, truthy, indexOrNull } from "../ops.js";
import { nativeIter, iterate, DONE, NativeIterator, iterType, Next } from "../iter.js";
import { nativeRepr, repr } from "../repr.js";
import { nativeGetItem, nativeSetItem, nativeDelItem } from "../subscript.js";
import { parseArgs } from "../builtins/args.js";
import { typeName } from "../typename.js";
import { inModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

export const dequeType = inModule(makeBuiltinType("deque", [objectType]), "collections");
const dequeIterType = iterType("_collections._deque_iterator");
dequeIterType.name = "_deque_iterator";
dequeIterType.qualname = "_deque_iterator";
const dequeRevIterType = iterType("_deque_reverse_iterator");

export class PyDeque extends PyObject {
  buf: PyValue[] = new Array(8);
  head = 0;
  length = 0;
  maxlen = -1; // -1: unbounded
  /** Bumped on every mutation, to detect mutation during iteration. */
  state = 0;
  constructor(cls: PyClass) {
    super(cls);
    if (cls.isUserClass) this.dict = new Map();
  }
  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }
  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.buf, n = old.length;
    const nb: PyValue[] = new Array(n * 2);
    for (let i = 0; i < this.length; i++) nb[i] = old[(this.head + i) & (n - 1)];
    this.buf = nb;
    this.head = 0;
  }
  pushRight(v: PyValue): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.length === this.maxlen) this.shiftLeft();
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = v;
    this.length++;
  }
  pushLeft(v: PyValue): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.length === this.maxlen) this.popRightRaw();
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.length++;
  }
  shiftLeft(): PyValue {
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as unknown as PyValue;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    this.state++;
    return v;
  }
  popRightRaw(): PyValue {
    const j = (this.head + this.length - 1) & (this.buf.length - 1);
    const v = this.buf[j];
    this.buf[j] = undefined as unknown as PyValue;
    this.length--;
    this.state++;
    return v;
  }
  toArray(): PyValue[] {
    const out = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
  setAll(items: PyValue[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.length = items.length;
    this.state++;
  }
  clear(): void {
    this.buf = new Array(8);
    this.head = 0;
    this.length = 0;
    this.state++;
  }
}

function D(v: PyValue): PyDeque {
  if (!(v instanceof PyDeque)) throw pyErr(TypeError, `descriptor requires a 'collections.deque' object but received a '${typeName(v)}'`);
  return v;
}

function parseMaxlen(m: PyValue | undefined): number {
  if (m === undefined || m === None) return -1;
  if (!isIntLike(m) && indexOrNull(m) === null) throw pyErr(TypeError, `an integer is required`);
  const n = toIndex(m);
  if (n < 0) throw pyErr(ValueError, "maxlen must be non-negative");
  return n;
}

function extend(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) iterable = d.toArray() as unknown as PyValue;
  if (Array.isArray(iterable)) {
    for (const x of iterable as PyValue[]) d.pushRight(x);
    return;
  }
  const it = iterate(iterable);
  for (let x = it.next(); x !== DONE; x = it.next()) d.pushRight(x);
}

function extendLeft(d: PyDeque, iterable: PyValue): void {
  const items = iterable === d ? d.toArray() : null;
  if (items) {
    for (const x of items) d.pushLeft(x);
    return;
  }
  const it = iterate(iterable);
  for (let x = it.next(); x !== DONE; x = it.next()) d.pushLeft(x);
}

function initDeque(d: PyDeque, args: PyValue[], kw: KwArgs | null): void {
  const [iterable, maxlen] = parseArgs("deque", args, kw, ["iterable?", "maxlen?"]);
  d.maxlen = parseMaxlen(maxlen);
  if (d.length > 0) d.clear();
  if (iterable !== undefined) extend(d, iterable);
}

export function newDeque(items: PyValue[], maxlen = -1, cls: PyClass = dequeType): PyDeque {
  const d = new PyDeque(cls);
  d.maxlen = maxlen;
  for (const x of items) d.pushRight(x);
  return d;
}

dequeType.nativeNew = (cls, args, kw) => {
  const d = new PyDeque(cls);
  const init = cls.lookup("__init__");
  if (!(cls.isUserClass && init instanceof PyFunction)) initDeque(d, args, kw);
  return d;
};

function normIndex(d: PyDeque, k: PyValue): number {
  if (k instanceof PySlice) throw pyErr(TypeError, `sequence index must be integer, not 'slice'`);
  const iv = indexOrNull(k);
  if (iv === null) throw pyErr(TypeError, `sequence index must be integer, not '${typeName(k)}'`);
  let i = Number(iv);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length || typeof iv === "bigint") throw pyErr(IndexError, "deque index out of range");
  return i;
}

function dequeIter(d: PyDeque, reverse = false): NativeIterator {
  const state = d.state;
  let i = 0;
  const n0 = d.length;
  return new NativeIterator(reverse ? dequeRevIterType : dequeIterType, (): Next => {
    if (d.state !== state) {
      i = n0;
      throw pyErr(RuntimeError, "deque mutated during iteration");
    }
    if (i >= d.length) return DONE;
    const v = reverse ? d.at(d.length - 1 - i) : d.at(i);
    i++;
    return v;
  });
}

function findIndex(d: PyDeque, x: PyValue, start = 0, stop = d.length): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.length; i++) {
    const v = d.at(i);
    const eq = v === x || pyEq(v, x);
    if (d.state !== state) throw pyErr(RuntimeError, "deque mutated during iteration");
    if (eq) return i;
  }
  return -1;
}

function delAt(d: PyDeque, i: number): void {
  const items = d.toArray();
  items.splice(i, 1);
  const maxlen = d.maxlen;
  d.setAll(items);
  d.maxlen = maxlen;
}

function rotate(d: PyDeque, n: number): void {
  const len = d.length;
  if (len <= 1) return;
  n = ((n % len) + len) % len;
  if (n === 0) return;
  // Rotating right by n: move the last n items to the front.
  if (n <= len / 2) for (let k = 0; k < n; k++) d.pushLeft(d.popRightRaw());
  else for (let k = 0; k < len - n; k++) d.pushRight(d.shiftLeft());
}

function dequeReprOf(v: PyValue): string {
  const d = v as PyDeque;
  const name = d.cls.name;
  if (reprActive.has(d)) return "[...]";
  reprActive.add(d);
  try {
    const body = "[" + d.toArray().map(repr).join(", ") + "]";
    return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
  } finally {
    reprActive.delete(d);
  }
}
const reprActive = new Set<object>();

function compareDeques(a: PyDeque, b: PyDeque): number | undefined {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.at(i), y = b.at(i);
    if (x === y || pyEq(x, y)) continue;
    return truthy(richCompare(x, y, "<")) ? -1 : 1;
  }
  return a.length - b.length;
}

function copyDeque(d: PyDeque): PyDeque {
  const out = new PyDeque(d.cls);
  out.maxlen = d.maxlen;
  for (let i = 0; i < d.length; i++) out.pushRight(d.at(i));
  return out;
}

// ----------------------------------------------------------------- methods

defMethod(dequeType, "__init__", (a, kw) => {
  initDeque(D(a[0]), a.slice(1), kw);
  return None;
});
defMethod(dequeType, "append", (a) => {
  if (a.length !== 2) throw pyErr(TypeError, `deque.append() takes exactly one argument (${a.length - 1} given)`);
  D(a[0]).pushRight(a[1]);
  return None;
});
defMethod(dequeType, "appendleft", (a) => {
  if (a.length !== 2) throw pyErr(TypeError, `deque.appendleft() takes exactly one argument (${a.length - 1} given)`);
  D(a[0]).pushLeft(a[1]);
  return None;
});
defMethod(dequeType, "pop", (a) => {
  const d = D(a[0]);
  if (a.length !== 1) throw pyErr(TypeError, `deque.pop() takes no arguments (${a.length - 1} given)`);
  if (d.length === 0) throw pyErr(IndexError, "pop from an empty deque");
  return d.popRightRaw();
});
defMethod(dequeType, "popleft", (a) => {
  const d = D(a[0]);
  if (a.length !== 1) throw pyErr(TypeError, `deque.popleft() takes no arguments (${a.length - 1} given)`);
  if (d.length === 0) throw pyErr(IndexError, "pop from an empty deque");
  return d.shiftLeft();
});
defMethod(dequeType, "extend", (a) => {
  extend(D(a[0]), a[1]);
  return None;
});
defMethod(dequeType, "extendleft", (a) => {
  extendLeft(D(a[0]), a[1]);
  return None;
});
defMethod(dequeType, "clear", (a) => {
  D(a[0]).clear();
  return None;
});
defMethod(dequeType, "copy", (a) => copyDeque(D(a[0])));
defMethod(dequeType, "__copy__", (a) => copyDeque(D(a[0])));
defMethod(dequeType, "count", (a) => {
  const d = D(a[0]);
  const state = d.state;
  let n = 0;
  for (let i = 0; i < d.length; i++) {
    const v = d.at(i);
    if (v === a[1] || pyEq(v, a[1])) n++;
    if (d.state !== state) throw pyErr(RuntimeError, "deque mutated during iteration");
  }
  return n;
});
defMethod(dequeType, "index", (a) => {
  const d = D(a[0]);
  const norm = (v: PyValue | undefined, dflt: number) => {
    if (v === undefined) return dflt;
    let i = toIndex(v);
    if (i < 0) i = Math.max(0, i + d.length);
    return Math.min(i, d.length);
  };
  const i = findIndex(d, a[1], norm(a[2], 0), norm(a[3], d.length));
  if (i < 0) throw pyErr(ValueError, `${repr(a[1])} is not in deque`);
  return i;
});
defMethod(dequeType, "insert", (a) => {
  const d = D(a[0]);
  if (a.length !== 3) throw pyErr(TypeError, `insert expected 2 arguments, got ${a.length - 1}`);
  if (d.maxlen >= 0 && d.length >= d.maxlen) throw pyErr(IndexError, "deque already at its maximum size");
  let i = toIndex(a[1]);
  const n = d.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i >= n) {
    d.pushRight(a[2]);
    return None;
  }
  if (i === 0) {
    d.pushLeft(a[2]);
    return None;
  }
  const items = d.toArray();
  items.splice(i, 0, a[2]);
  const m = d.maxlen;
  d.setAll(items);
  d.maxlen = m;
  return None;
});
defMethod(dequeType, "remove", (a) => {
  const d = D(a[0]);
  const i = findIndex(d, a[1]);
  if (i < 0) throw pyErr(ValueError, `${repr(a[1])} is not in deque`);
  if (i === 0) d.shiftLeft();
  else delAt(d, i);
  return None;
});
defMethod(dequeType, "reverse", (a) => {
  const d = D(a[0]);
  const items = d.toArray().reverse();
  const m = d.maxlen;
  d.setAll(items);
  d.maxlen = m;
  return None;
});
defMethod(dequeType, "rotate", (a) => {
  const d = D(a[0]);
  rotate(d, a.length > 1 ? toIndex(a[1]) : 1);
  return None;
});
defMethod(dequeType, "__len__", (a) => D(a[0]).length);
defMethod(dequeType, "__iter__", (a) => dequeIter(D(a[0])));
defMethod(dequeType, "__reversed__", (a) => dequeIter(D(a[0]), true));
defMethod(dequeType, "__contains__", (a) => findIndex(D(a[0]), a[1]) >= 0);
defMethod(dequeType, "__getitem__", (a) => {
  const d = D(a[0]);
  return d.at(normIndex(d, a[1]));
});
defMethod(dequeType, "__setitem__", (a) => {
  const d = D(a[0]);
  d.setAt(normIndex(d, a[1]), a[2]);
  return None;
});
defMethod(dequeType, "__delitem__", (a) => {
  const d = D(a[0]);
  delAt(d, normIndex(d, a[1]));
  return None;
});
defMethod(dequeType, "__repr__", (a) => dequeReprOf(D(a[0])));
defMethod(dequeType, "__reduce__", (a) => {
  void a;
  return None;
});
defMethod(dequeType, "__bool__", (a) => D(a[0]).length > 0);
for (const [name, op] of [["__eq__", "=="], ["__ne__", "!="], ["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], ["__ge__", ">="]] as const) {
  defMethod(dequeType, name, (a) => {
    const x = D(a[0]), y = a[1];
    if (!(y instanceof PyDeque)) return NotImplemented;
    const c = compareDeques(x, y)!;
    switch (op) {
      case "==": return c === 0;
      case "!=": return c !== 0;
      case "<": return c < 0;
      case "<=": return c <= 0;
      case ">": return c > 0;
      default: return c >= 0;
    }
  });
}
defMethod(dequeType, "__add__", (a) => dequeBinary("+", a[0], a[1]) ?? NotImplemented);
defMethod(dequeType, "__mul__", (a) => dequeBinary("*", a[0], a[1]) ?? NotImplemented);
defMethod(dequeType, "__rmul__", (a) => dequeBinary("*", a[0], a[1]) ?? NotImplemented);
defMethod(dequeType, "__iadd__", (a) => {
  extend(D(a[0]), a[1]);
  return a[0];
});
defMethod(dequeType, "__imul__", (a) => {
  const d = D(a[0]);
  const n = toIndex(a[1]);
  const items = d.toArray();
  if (n <= 0) d.clear();
  else for (let k = 1; k < n; k++) for (const x of items) d.pushRight(x);
  return d;
});
dequeType.dict.set("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a) => a[0], true, "deque.__class_getitem__")));
dequeType.dict.set("__hash__", None);
defGetter(dequeType, "maxlen", (d) => ((d as PyDeque).maxlen < 0 ? None : (d as PyDeque).maxlen));

function dequeBinary(op: string, a: PyValue, b: PyValue): PyValue | undefined {
  if (op === "+" && a instanceof PyDeque) {
    if (!(b instanceof PyDeque)) throw pyErr(TypeError, `can only concatenate deque (not "${typeName(b)}") to deque`);
    const out = copyDeque(a);
    extend(out, b === a ? (a.toArray() as unknown as PyValue) : b);
    return out;
  }
  if (op === "*") {
    const [d, n] = a instanceof PyDeque ? [a, b] : [b as PyDeque, a];
    if (!(d instanceof PyDeque) || !isIntLike(n)) return undefined;
    const count = Number(asInt(n));
    const out = new PyDeque(d.cls);
    out.maxlen = d.maxlen;
    const items = d.toArray();
    for (let k = 0; k < count; k++) for (const x of items) out.pushRight(x);
    return out;
  }
  return undefined;
}

// ----------------------------------------------------------------- protocols

nativeIter.set(dequeType, (v) => dequeIter(v as PyDeque));
nativeBool.set(dequeType, (v) => (v as PyDeque).length > 0);
nativeRepr.set(dequeType, dequeReprOf);
nativeEq.set(dequeType, (a, b) => (b instanceof PyDeque ? compareDeques(a as PyDeque, b) === 0 : undefined));
nativeOrder.set(dequeType, (a, b) => (b instanceof PyDeque ? compareDeques(a as PyDeque, b) : undefined));
nativeHash.set(dequeType, (v) => {
  const t = (v as PyObject).cls;
  throw pyErr(TypeError, `unhashable type: '${t === dequeType ? "collections.deque" : typeName(v)}'`);
});
extBinary.set(dequeType, (op, a, b) => dequeBinary(op, a, b));
extContains.set(dequeType, (c, x) => findIndex(c as PyDeque, x) >= 0);
nativeGetItem.set(dequeType, (o, k) => (o as PyDeque).at(normIndex(o as PyDeque, k)));
nativeSetItem.set(dequeType, (o, k, v) => (o as PyDeque).setAt(normIndex(o as PyDeque, k), v));
nativeDelItem.set(dequeType, (o, k) => delAt(o as PyDeque, normIndex(o as PyDeque, k)));

export function createCollectionsNative(_interp: Interpreter): PyModule {
  const m = new PyModule("_collections");
  m.dict!.set("deque", dequeType);
  void typeOf;
  return m;
}
