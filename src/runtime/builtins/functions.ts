// The builtin functions (len, print, sorted, ...). Those that need the
// interpreter (print, input, globals) are made per interpreter in index.ts.

import { PyClass, PyFloat, PyList, PyObject, PyTuple, PyValue, KwArgs, PyBytes, PyBoxed } from "../object.js";
import {
  typeOf, None, PyRange, isInstance, builtinFunction, PyBuiltinFunction, PyModule, tupleType, makeBuiltinType, objectType, defMethod, typeType,
} from "../types.js";
import { call, callBound } from "../call.js";
import { getAttr, getAttrOrUndefined, setAttr, delAttr, hasAttr } from "../attrs.js";
import { pyErr, TypeError, ValueError, StopIteration, PyBaseException, newException, AttributeError, OverflowError, ZeroDivisionError } from "../exceptions.js";
import { iterate, DONE, pyIter, pyNext, toArray, NativeIterator, Iter, iterType } from "../iter.js";
import { truthy, lessThan, pyHash, identityHash, isIntLike, asInt, binaryOp, asFloatOperand, unaryOp, indexOrNull } from "../ops.js";
import { repr, str } from "../repr.js";
import { asciiRepr } from "../ascii.js";
import { pyFormat } from "../formatting.js";
import { PyDict, PySet, newList, newTuple } from "../containers.js";
import { strLen } from "../subscript.js";
import { intToString, roundFloat, roundInt } from "../format/index.js";
import { sortList } from "./sequence-methods.js";
import { parseArgs, argCount, noKw } from "./args.js";
import { dirOf } from "./dir.js";
import { liveDict } from "./live-dict.js";
import { floatToIntChecked } from "./numbers.js";
import * as I from "../int.js";
import { typeName } from "../typename.js";
import { stableHash, frozensetHash } from "../setorder.js";
import { norm } from "../int.js";
import { PyFunction } from "../function.js";
import { PyMethod } from "../types.js";
import { PyGenerator, stopIterationWith } from "../generators.js";

export function pyLen(v: PyValue): number {
  if (typeof v === "string") return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) {
    if (!v.cls.isUserClass || v.cls.lookupUser("__len__") === undefined) return v.items.length;
  }
  if ((v instanceof PyDict || v instanceof PySet) && (!v.cls.isUserClass || v.cls.lookupUser("__len__") === undefined)) return v.table.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyBoxed && typeof v.prim === "string" && !v.cls.lookupUser("__len__")) return strLen(v.prim);
  const t = typeOf(v);
  const f = t.lookup("__len__");
  // A builtin type's native __len__ (deque, array, ...) answers a JS number.
  if (!t.isUserClass && f instanceof PyBuiltinFunction && f.binds) {
    const r = f.fn([v], null);
    if (typeof r === "number" && r >= 0) return r;
  }
  if (f !== undefined) {
    const r = callBound(f, v, []);
    const n = indexOrNull(r);
    if (n === null) throw pyErr(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
    if (I.intSign(n) < 0) throw pyErr(ValueError, "__len__() should return >= 0");
    return Number(n);
  }
  throw pyErr(TypeError, `object of type '${typeName(v)}' has no len()`);
}

function isinstanceCheck(obj: PyValue, spec: PyValue): boolean {
  if (spec instanceof PyClass) {
    if (isInstance(obj, spec)) return true;
    const meta = spec.cls;
    if (meta !== typeType && meta.isUserClass) {
      const ic = meta.lookupUser("__instancecheck__");
      if (ic !== undefined) return truthy(callBound(ic, spec, [obj]));
    }
    const hook = spec.lookup("__subclasshook__");
    if (hook !== undefined && spec.isUserClass) {
      const r = call(getAttr(spec, "__subclasshook__"), [typeOf(obj)]);
      if (r === true) return true;
    }
    return false;
  }
  if (spec instanceof PyTuple) return spec.items.some((s) => isinstanceCheck(obj, s));
  const ic = typeOf(spec).lookup("__instancecheck__");
  if (ic !== undefined) return truthy(callBound(ic, spec, [obj]));
  throw pyErr(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

function issubclassCheck(cls: PyValue, spec: PyValue): boolean {
  if (!(cls instanceof PyClass)) throw pyErr(TypeError, "issubclass() arg 1 must be a class");
  if (spec instanceof PyClass) {
    if (cls.isSubclassOf(spec)) return true;
    const meta = spec.cls;
    if (meta !== typeType && meta.isUserClass) {
      const sc = meta.lookupUser("__subclasscheck__");
      if (sc !== undefined) return truthy(callBound(sc, spec, [cls]));
    }
    return false;
  }
  if (spec instanceof PyTuple) return spec.items.some((s) => issubclassCheck(cls, s));
  throw pyErr(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

/** min()/max() with key= and default=. */
function extreme(name: "min" | "max", args: PyValue[], kw: KwArgs | null): PyValue {
  const key = kw?.get("key") ?? None;
  const dflt = kw?.get("default");
  if (kw) for (const k of kw.keys()) if (k !== "key" && k !== "default") throw pyErr(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
  let items: PyValue[];
  if (args.length === 0) throw pyErr(TypeError, `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = toArray(args[0]);
  else {
    if (dflt !== undefined) throw pyErr(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw pyErr(ValueError, `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === None ? best : call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : call(key, [items[i]]);
    if (name === "min" ? lessThan(k, bestKey) : lessThan(bestKey, k)) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function sum(args: PyValue[], kw: KwArgs | null): PyValue {
  const [iterable, startArg] = parseArgs("sum", args, kw, ["iterable", "start?"]);
  let acc: PyValue = startArg ?? 0;
  if (typeof acc === "string") throw pyErr(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const it = iterate(iterable!);
  for (let x = it.next(); x !== DONE; x = it.next()) {
    if (typeof acc === "number" && typeof x === "number") {
      const r: number = acc + x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    acc = binaryOp("+", acc, x);
  }
  return acc;
}

function round(args: PyValue[], kw: KwArgs | null): PyValue {
  const [x, nd] = parseArgs("round", args, kw, ["number", "ndigits?"]);
  const ndigits = nd === undefined || nd === None ? null : Number(asInt(nd as number));
  if (x instanceof PyFloat) {
    if (ndigits === null) return floatToIntChecked(roundFloat(x.v, null));
    return new PyFloat(roundFloat(x.v, ndigits));
  }
  if (isIntLike(x!)) return ndigits === null ? asInt(x as number) : roundInt(asInt(x as number), ndigits);
  const f = typeOf(x!).lookup("__round__");
  if (f === undefined) throw pyErr(TypeError, `type ${typeName(x!)} doesn't define __round__ method`);
  return callBound(f, x!, ndigits === null ? [] : [ndigits]);
}

function divmod(a: PyValue, b: PyValue): PyValue {
  const fa = asFloatOperand(a), fb = asFloatOperand(b);
  if (fa !== null && fb !== null) {
    if (isIntLike(a) && isIntLike(b)) {
      if (fb === 0) throw pyErr(ZeroDivisionError, "integer division or modulo by zero");
    } else if (fb === 0) throw pyErr(ZeroDivisionError, "float divmod()");
  }
  return newTuple([binaryOp("//", a, b), binaryOp("%", a, b)]);
}

function pow(args: PyValue[], kw: KwArgs | null): PyValue {
  const [base, exp, mod] = parseArgs("pow", args, kw, ["base", "exp", "mod?"]);
  if (mod !== undefined && mod !== None) {
    const up = typeOf(base!).lookupUser("__pow__");
    if (up !== undefined) return callBound(up, base!, [exp!, mod]);
    if (!isIntLike(base!) || !isIntLike(exp!) || !isIntLike(mod)) throw pyErr(TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return I.intPowMod(asInt(base as number), asInt(exp as number), asInt(mod as number));
  }
  return binaryOp("**", base!, exp!);
}

function abs(v: PyValue): PyValue {
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "boolean" || typeof v === "bigint") {
    const x = asInt(v);
    return I.intSign(x) < 0 ? I.intNeg(x) : x;
  }
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
  const f = typeOf(v).lookup("__abs__");
  if (f !== undefined) return callBound(f, v, []);
  throw pyErr(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
}

function intArg(name: string, v: PyValue): I.Int {
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  void name;
  return i;
}

function prefixed(v: I.Int, base: 2 | 8 | 16, prefix: string): string {
  const s = intToString(v, base);
  return s.startsWith("-") ? "-" + prefix + s.slice(1) : prefix + s;
}

function chr(v: PyValue): string {
  const i = Number(intArg("chr", v));
  if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, "chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

function ord(v: PyValue): number {
  if (typeof v === "string") {
    const n = strLen(v);
    if (n !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${n} found`);
    return v.codePointAt(0)!;
  }
  if (v instanceof PyBytes) {
    if (v.data.length !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${v.data.length} found`);
    return v.data[0];
  }
  throw pyErr(TypeError, `ord() expected string of length 1, but ${typeName(v)} found`);
}

// ---------------------------------------------------------------- iterator types

export const enumerateType = iterType("enumerate");
export const zipType = iterType("zip");
export const mapType = iterType("map");
export const filterType = iterType("filter");
export const reversedType = iterType("reversed");

enumerateType.nativeNew = (_cls, args, kw) => {
  const [iterable, start] = parseArgs("enumerate", args, kw, ["iterable", "start?"]);
  const it = iterate(iterable!);
  let i: I.Int = start === undefined ? 0 : asInt(start as number);
  return new NativeIterator(enumerateType, () => {
    const x = it.next();
    if (x === DONE) return DONE;
    const r = newTuple([i, x]);
    i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : I.intAdd(i, 1);
    return r;
  });
};

zipType.nativeNew = (_cls, args, kw) => {
  const strict = kw?.get("strict");
  if (kw) for (const k of kw.keys()) if (k !== "strict") throw pyErr(TypeError, `zip() got an unexpected keyword argument '${k}'`);
  const its = args.map(iterate);
  const isStrict = strict !== undefined && truthy(strict);
  return new NativeIterator(zipType, () => {
    if (its.length === 0) return DONE;
    const items: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const x = its[i].next();
      if (x === DONE) {
        if (isStrict) {
          if (i > 0) throw pyErr(ValueError, `zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          for (let j = 1; j < its.length; j++) {
            if (its[j].next() !== DONE) throw pyErr(ValueError, `zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
          }
        }
        return DONE;
      }
      items.push(x);
    }
    return newTuple(items);
  });
};

mapType.nativeNew = (_cls, args, kw) => {
  noKw("map", kw);
  if (args.length < 2) throw pyErr(TypeError, "map() must have at least two arguments.");
  const fn = args[0];
  const its = args.slice(1).map(iterate);
  if (its.length === 1) {
    const it = its[0];
    return new NativeIterator(mapType, () => {
      const x = it.next();
      return x === DONE ? DONE : call(fn, [x]);
    });
  }
  return new NativeIterator(mapType, () => {
    const xs: PyValue[] = [];
    for (const it of its) {
      const x = it.next();
      if (x === DONE) return DONE;
      xs.push(x);
    }
    return call(fn, xs);
  });
};

filterType.nativeNew = (_cls, args, kw) => {
  noKw("filter", kw);
  argCount("filter", args, 2, 2);
  const fn = args[0];
  const it = iterate(args[1]);
  return new NativeIterator(filterType, () => {
    for (let x = it.next(); x !== DONE; x = it.next()) if (fn === None ? truthy(x) : truthy(call(fn, [x]))) return x;
    return DONE;
  });
};

reversedType.nativeNew = (_cls, args, kw) => {
  noKw("reversed", kw);
  argCount("reversed", args, 1, 1);
  const v = args[0];
  const t = typeOf(v);
  const rev = t.lookupUser("__reversed__");
  if (rev !== undefined) return callBound(rev, v, []);
  let items: PyValue[];
  if (v instanceof PyList || v instanceof PyTuple) items = v.items;
  else if (v instanceof PyRange || typeof v === "string") items = toArray(v);
  else if (v instanceof PyDict) items = v.table.keyList();
  else {
    const nr = t.lookup("__reversed__");
    if (nr !== undefined) return callBound(nr, v, []);
    const len = t.lookup("__len__"), gi = t.lookup("__getitem__");
    if (len === undefined || gi === undefined) throw pyErr(TypeError, `'${typeName(v)}' object is not reversible`);
    const n = Number(asInt(callBound(len, v, []) as number));
    items = [];
    for (let i = 0; i < n; i++) items.push(callBound(gi, v, [i]));
  }
  let i = items.length - 1;
  const src = items;
  return new NativeIterator(reversedType, () => (i >= 0 && i < src.length ? src[i--] : DONE));
};

// ---------------------------------------------------------------- the table

type Fn = (args: PyValue[], kw: KwArgs | null) => PyValue;

/** The interpreter __import__ imports into (set by createBuiltins). */
export const importHook: { interp: { importModule(name: string): PyValue } | null } = { interp: null };

export function pureBuiltins(): [string, Fn][] {
  const one = (name: string, f: (v: PyValue) => PyValue): [string, Fn] => [
    name,
    (args, kw) => {
      noKw(name, kw);
      argCount(name, args, 1, 1);
      return f(args[0]);
    },
  ];
  return [
    // Its own closure (not `one`'s shared one), so the pyLen call is direct.
    [
      "len",
      (args, kw) => {
        if (kw !== null || args.length !== 1) {
          noKw("len", kw);
          argCount("len", args, 1, 1);
        }
        return pyLen(args[0]);
      },
    ],
    one("repr", repr),
    one("ascii", asciiRepr),
    one("abs", abs),
    one("chr", chr),
    one("ord", ord),
    one("hash", (v) => {
      const h = stableHash(v);
      if (h !== null) return norm(h >= 1n << 63n ? h - (1n << 64n) : h);
      if (v instanceof PySet && v.frozen) return frozensetHash(v);
      const uh = v instanceof PyObject && v.cls.isUserClass ? v.cls.lookupUser("__hash__") : undefined;
      if (uh !== undefined && uh !== None) {
        const r = callBound(uh, v, []);
        if (!isIntLike(r)) throw pyErr(TypeError, "__hash__ method should return an integer");
        const n = I.big(asInt(r));
        // A value within Py_hash_t is used as is; a larger one is hashed as an int.
        if (n >= -(1n << 63n) && n < 1n << 63n) return norm(n === -1n ? -2n : n);
        const sh = stableHash(asInt(r))!;
        return norm(sh >= 1n << 63n ? sh - (1n << 64n) : sh);
      }
      return pyHash(v);
    }),
    one("id", (v) => 140000000000000 + (typeof v === "object" ? identityHash(v) * 16 : pyHash(v))),
    one("callable", (v) => v instanceof PyClass || v instanceof PyBuiltinFunction || v instanceof PyFunction || v instanceof PyMethod || typeOf(v).lookup("__call__") !== undefined),
    one("hex", (v) => prefixed(intArg("hex", v), 16, "0x")),
    one("oct", (v) => prefixed(intArg("oct", v), 8, "0o")),
    one("bin", (v) => prefixed(intArg("bin", v), 2, "0b")),
    one("vars", (v) => {
      if (v instanceof PyObject && v.dict) return liveDict(v);
      throw pyErr(TypeError, "vars() argument must have __dict__ attribute");
    }),
    ["format", (args) => pyFormat(args[0], args.length > 1 ? (args[1] as string) : "")],
    ["isinstance", (args) => {
      argCount("isinstance", args, 2, 2);
      return isinstanceCheck(args[0], args[1]);
    }],
    ["issubclass", (args) => {
      argCount("issubclass", args, 2, 2);
      return issubclassCheck(args[0], args[1]);
    }],
    ["getattr", (args) => {
      argCount("getattr", args, 2, 3);
      const name = args[1];
      if (typeof name !== "string") throw pyErr(TypeError, "attribute name must be string, not '" + typeName(name) + "'");
      if (args.length === 3) {
        try {
          const v = getAttrOrUndefined(args[0], name);
          return v === undefined ? args[2] : v;
        } catch (e) {
          if (e instanceof PyBaseException && e.cls.isSubclassOf(AttributeError)) return args[2];
          throw e;
        }
      }
      return getAttr(args[0], name);
    }],
    ["setattr", (args) => {
      argCount("setattr", args, 3, 3);
      setAttr(args[0], args[1] as string, args[2]);
      return None;
    }],
    ["delattr", (args) => {
      delAttr(args[0], args[1] as string);
      return None;
    }],
    ["hasattr", (args) => {
      argCount("hasattr", args, 2, 2);
      if (typeof args[1] !== "string") throw pyErr(TypeError, "hasattr(): attribute name must be string");
      return hasAttr(args[0], args[1]);
    }],
    ["iter", (args) => {
      argCount("iter", args, 1, 2);
      if (args.length === 2) {
        const [fn, sentinel] = args;
        let done = false;
        return new NativeIterator(callableIter, () => {
          if (done) return DONE;
          const v = call(fn, []);
          if (v === sentinel || (typeof v === typeof sentinel && v == sentinel)) {
            done = true;
            return DONE;
          }
          return v;
        });
      }
      return pyIter(args[0]);
    }],
    ["next", (args) => {
      argCount("next", args, 1, 2);
      const it = args[0];
      if (!(it instanceof NativeIterator) && typeOf(it).lookup("__next__") === undefined) {
        throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
      }
      if (it instanceof PyGenerator) {
        if (it.finished) {
          if (args.length === 2) return args[1];
          throw newException(StopIteration);
        }
        const r = it.resume(None);
        if (!r.done) return r.value;
        if (args.length === 2) return args[1];
        throw stopIterationWith(r.value);
      }
      const v = pyNext(it);
      if (v !== DONE) return v;
      if (args.length === 2) return args[1];
      throw newException(StopIteration);
    }],
    ["min", (args, kw) => extreme("min", args, kw)],
    ["max", (args, kw) => extreme("max", args, kw)],
    ["sum", sum],
    ["any", (args) => {
      const it = iterate(args[0]);
      for (let x = it.next(); x !== DONE; x = it.next()) if (truthy(x)) return true;
      return false;
    }],
    ["all", (args) => {
      const it = iterate(args[0]);
      for (let x = it.next(); x !== DONE; x = it.next()) if (!truthy(x)) return false;
      return true;
    }],
    ["sorted", (args, kw) => {
      if (args.length !== 1) throw pyErr(TypeError, `sorted expected 1 argument, got ${args.length}`);
      const [, key, reverse] = parseArgs("sorted", args, kw, ["iterable", "*", "key?", "reverse?"]);
      const items = toArray(args[0]).slice();
      sortList(items, key ?? None, reverse !== undefined && truthy(reverse));
      return newList(items);
    }],
    ["round", round],
    ["divmod", (args) => {
      argCount("divmod", args, 2, 2);
      return divmod(args[0], args[1]);
    }],
    ["pow", pow],
    ["dir", (args) => newList(dirOf(args[0]))],
    ["__import__", (args, kw) => {
      const [name, , , fromlist] = parseArgs("__import__", args, kw, ["name", "globals?", "locals?", "fromlist?", "level?"]);
      const interp = importHook.interp!;
      const n = str(name!);
      const mod = interp.importModule(n);
      const wantsLeaf = fromlist !== undefined && fromlist !== None && truthy(fromlist);
      return wantsLeaf || !n.includes(".") ? mod : interp.importModule(n.split(".")[0]);
    }],
  ];
}

const callableIter = iterType("callable_iterator");
export { makeBuiltinType, objectType, defMethod, tupleType, PyModule, OverflowError, unaryOp, asFloatOperand, str, builtinFunction };
export type { Iter };
