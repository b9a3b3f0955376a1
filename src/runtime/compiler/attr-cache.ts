// Inline caches for `obj.name` at one place in the source.
//
// Most attribute reads and writes in real programs are `self.x` on instances
// of one user class. When that class (at the current class epoch) defines
// nothing called `name`, or only a plain value such as the default
// `_loop = None` — so no descriptor can intercept — and has no
// __getattribute__ / __setattr__ hook and no __slots__, the attribute lives
// in the instance dict (else it is the class's value) and the generic
// protocol (attrs.ts) can be skipped. The check is one class comparison and
// one epoch comparison; any change to any class namespace bumps the epoch and
// sends every site back through the generic path once. MethodSite does the
// same for `obj.name(...)`.

import { PyClass, PyFloat, PyObject, PyValue, classEpoch } from "../object.js";
import { getAttr, setAttr } from "../attrs.js";
import { PyFunction } from "../function.js";
import { PyBuiltinFunction, typeOf, None } from "../types.js";
import { callMethod, methodOnType, shadowsMethod } from "../methods.js";

const NOT_CACHEABLE = Symbol("not cacheable");

/** A class attribute that is no descriptor at all: a number, a string, None... */
function isPlainValue(d: PyValue): boolean {
  return typeof d !== "object" || d instanceof PyFloat || d === None;
}

export class AttrSite {
  private loadCls: PyClass | null = null;
  private loadEpoch = -1;
  private loadDictOnly = false;
  /** With loadDictOnly: the class's own plain value for `name`, if it has one. */
  private classValue: PyValue | undefined = undefined;
  private storeCls: PyClass | null = null;
  private storeEpoch = -1;
  private storeDictOnly = false;
  constructor(readonly name: string) {}

  /** getattr(o, name). */
  load(o: PyValue): PyValue {
    if (o instanceof PyObject) {
      if (o.cls !== this.loadCls || this.loadEpoch !== classEpoch.n) this.learnLoad(o);
      if (this.loadDictOnly && o.dict !== null) {
        const x = o.dict.get(this.name);
        if (x !== undefined) return x;
        // A plain class attribute (`_loop = None` as a default) when the instance has none.
        if (this.classValue !== undefined) return this.classValue;
      }
    }
    return getAttr(o, this.name);
  }

  /** setattr(o, name, v). */
  store(o: PyValue, v: PyValue): void {
    if (o instanceof PyObject) {
      if (o.cls !== this.storeCls || this.storeEpoch !== classEpoch.n) this.learnStore(o);
      if (this.storeDictOnly && o.dict !== null) {
        o.dict.set(this.name, v);
        return;
      }
    }
    setAttr(o, this.name, v);
  }

  private learnLoad(o: PyObject): void {
    const t = o.cls;
    this.loadCls = t;
    this.loadEpoch = classEpoch.n;
    const d = t.isUserClass && !(o instanceof PyClass) && t.hooks().getattribute === undefined ? t.lookup(this.name) : NOT_CACHEABLE;
    this.loadDictOnly = d !== NOT_CACHEABLE && (d === undefined || isPlainValue(d));
    this.classValue = this.loadDictOnly ? (d as PyValue | undefined) : undefined;
  }

  private learnStore(o: PyObject): void {
    const t = o.cls;
    this.storeCls = t;
    this.storeEpoch = classEpoch.n;
    if (!t.isUserClass || o instanceof PyClass || t.slotsOnly !== null || t.hooks().setattr !== undefined) {
      this.storeDictOnly = false;
      return;
    }
    // Only a data descriptor on the class (property, __set__) can take the store over.
    const d = t.lookup(this.name);
    this.storeDictOnly = d === undefined || isPlainValue(d) || d instanceof PyFunction;
  }
}

/**
 * `obj.name(args)` at one call site: the function `name` resolves to on the
 * receiver's type (at one class epoch), when nothing can intercept the
 * lookup, called with the receiver prepended and no bound method allocated.
 * Covers Python methods of user classes and native methods of builtin types
 * (`items.append(x)`, `line.split()`, `counts.get(w, 0)`); everything else
 * goes through callMethod's general path.
 */
export class MethodSite {
  private type: PyClass | null = null;
  private epoch = -1;
  private fn: PyFunction | PyBuiltinFunction | null = null;
  constructor(readonly name: string) {}

  /** The cached function for receiver `o`, or null when the general path must run. */
  find(o: PyValue): PyFunction | PyBuiltinFunction | null {
    const t = typeOf(o);
    if (t !== this.type || this.epoch !== classEpoch.n) this.learn(o, t);
    if (this.fn === null || shadowsMethod(o, this.name)) return null;
    return this.fn;
  }

  /** o.name() */
  call1(o: PyValue): PyValue {
    const fn = this.find(o);
    if (fn === null) return callMethod(o, this.name, []);
    if (fn instanceof PyFunction) return fn.code.call1(fn, o);
    return (fn.fast1 !== null ? fn.fast1(o) : undefined) ?? fn.fn([o], null);
  }

  /** o.name(x) */
  call2(o: PyValue, x: PyValue): PyValue {
    const fn = this.find(o);
    if (fn === null) return callMethod(o, this.name, [x]);
    if (fn instanceof PyFunction) return fn.code.call2(fn, o, x);
    return (fn.fast2 !== null ? fn.fast2(o, x) : undefined) ?? fn.fn([o, x], null);
  }

  /** o.name(x, y) */
  call3(o: PyValue, x: PyValue, y: PyValue): PyValue {
    const fn = this.find(o);
    if (fn === null) return callMethod(o, this.name, [x, y]);
    if (fn instanceof PyFunction) return fn.code.call(fn, [o, x, y], null);
    return (fn.fast3 !== null ? fn.fast3(o, x, y) : undefined) ?? fn.fn([o, x, y], null);
  }

  /** o.name(*args[1:]), with `o` as args[0]. */
  call(o: PyValue, args: PyValue[]): PyValue {
    const fn = this.find(o);
    if (fn === null) return callMethod(o, this.name, args.slice(1));
    return fn instanceof PyFunction ? fn.code.call(fn, args, null) : fn.fn(args, null);
  }

  private learn(o: PyValue, t: PyClass): void {
    this.type = t;
    this.epoch = classEpoch.n;
    this.fn = methodOnType(o, t, this.name);
  }
}
