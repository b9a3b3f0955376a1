// itertools: lazy iterator building blocks, as NativeIterator objects whose
// types carry CPython's names (itertools.count, ...).

import { PyClass, PyValue, KwArgs, PyList } from "../object.js";
import { PyModule, None, defMethod, listType, builtinFunction, PyClassMethod, PyBuiltinFunction } from "../types.js";
import { pyErr, TypeError, ValueError } from "../exceptions.js";
import { binaryOp, truthy, pyEq, isIntLike, asInt, indexOrNull, asFloatOperand } from "../ops.js";
import { call } from "../call.js";
import { iterate, DONE, NativeIterator, iterType, Next, Iter, toArray } from "../iter.js";
import { nativeRepr, repr, fakeAddress } from "../repr.js";
import { newTuple } from "../containers.js";
import { parseArgs } from "../builtins/args.js";
import { typeName } from "../typename.js";
import type { Interpreter } from "../interpreter.js";

function itType(name: string): PyClass {
  const t = iterType(name);
  t.module = "itertools";
  return t;
}

/** An itertools iterator: a NativeIterator that may know its repr. */
class ItIter extends NativeIterator {
  reprFn: (() => string) | null = null;
}
function mk(cls: PyClass, next: () => Next, reprFn: (() => string) | null = null): ItIter {
  const it = new ItIter(cls, next);
  it.reprFn = reprFn;
  return it;
}

const types: Record<string, PyClass> = {};
function defType(name: string, ctor: (cls: PyClass, args: PyValue[], kw: KwArgs | null) => PyValue): PyClass {
  const t = itType(name);
  t.nativeNew = ctor;
  nativeRepr.set(t, (v) => {
    const f = (v as ItIter).reprFn;
    return f ? f() : `<itertools.${name} object at ${addr(v)}>`;
  });
  types[name] = t;
  return t;
}

function addr(v: PyValue): string {
  return fakeAddress(v as object);
}

function noKw(name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

function nArgs(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max) throw pyErr(TypeError, `${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  if (args.length < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
}

// ----------------------------------------------------------------- infinite

defType("count", (cls, args, kw) => {
  const [start = 0, step = 1] = parseArgs("count", args, kw, ["start?", "step?"]) as PyValue[];
  for (const v of [start, step]) if (asFloatOperand(v) === null && !(typeof v === "object" && v !== null && "cls" in v && (v.cls.lookup("__add__") !== undefined))) throw pyErr(TypeError, "a number is required");
  let cur = start;
  return mk(cls, () => {
    const v = cur;
    cur = typeof cur === "number" && typeof step === "number" && Number.isSafeInteger(cur + step) ? cur + step : binaryOp("+", cur, step);
    return v;
  }, () => {
    const isOne = (isIntLike(step) && Number(asInt(step)) === 1 && typeof step !== "boolean");
    return isOne ? `count(${repr(cur)})` : `count(${repr(cur)}, ${repr(step)})`;
  });
});

defType("cycle", (cls, args, kw) => {
  noKw("cycle", kw);
  nArgs("cycle", args, 1, 1);
  const it = iterate(args[0]);
  const saved: PyValue[] = [];
  let exhausted = false;
  let i = 0;
  return mk(cls, () => {
    if (!exhausted) {
      const x = it.next();
      if (x !== DONE) {
        saved.push(x);
        return x;
      }
      exhausted = true;
    }
    if (saved.length === 0) return DONE;
    const v = saved[i];
    i = (i + 1) % saved.length;
    return v;
  });
});

const repeatType = defType("repeat", (cls, args, kw) => {
  const [obj, times] = parseArgs("repeat", args, kw, ["object", "times?"]);
  let left = -1;
  if (times !== undefined) {
    const n = indexOrNull(times);
    if (n === null) throw pyErr(TypeError, `'${typeName(times)}' object cannot be interpreted as an integer`);
    left = Math.max(0, Number(n));
  }
  const it = mk(cls, () => {
    if (left === 0) return DONE;
    if (left > 0) left--;
    return obj!;
  }, () => (left < 0 ? `repeat(${repr(obj!)})` : `repeat(${repr(obj!)}, ${left})`));
  (it as unknown as { lengthHint: () => number }).lengthHint = () => left;
  return it;
});
defMethod(repeatType, "__length_hint__", (a) => {
  const f = (a[0] as unknown as { lengthHint?: () => number }).lengthHint;
  if (!f || f() < 0) throw pyErr(TypeError, "len() of unsized object");
  return f();
});

// ----------------------------------------------------------------- terminating

defType("accumulate", (cls, args, kw) => {
  const [iterable, func, initial] = parseArgs("accumulate", args, kw, ["iterable", "func?", "*", "initial?"]);
  const it = iterate(iterable!);
  const f = func === undefined || func === None ? null : func;
  let total: PyValue | undefined = initial === undefined || initial === None ? undefined : initial;
  let emitInitial = total !== undefined;
  return mk(cls, () => {
    if (emitInitial) {
      emitInitial = false;
      return total!;
    }
    const x = it.next();
    if (x === DONE) return DONE;
    total = total === undefined ? x : f === null ? binaryOp("+", total, x) : call(f, [total, x]);
    return total;
  });
});

function chainOf(cls: PyClass, sources: Iter): ItIter {
  let cur: Iter | null = null;
  return mk(cls, () => {
    for (;;) {
      if (cur === null) {
        const src = sources.next();
        if (src === DONE) return DONE;
        cur = iterate(src);
      }
      const x = cur.next();
      if (x !== DONE) return x;
      cur = null;
    }
  });
}
const chainType = defType("chain", (cls, args, kw) => {
  noKw("chain", kw);
  let i = 0;
  return chainOf(cls, { next: () => (i < args.length ? args[i++] : DONE) });
});
// A classmethod over a binding builtin: callBound passes the class along
// (a non-binding builtin inside a classmethod loses it).
chainType.dict.set("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", (a) => chainOf(chainType, iterate(a[1])), true, "chain.from_iterable")));

defType("compress", (cls, args, kw) => {
  const [data, selectors] = parseArgs("compress", args, kw, ["data", "selectors"]);
  const d = iterate(data!), s = iterate(selectors!);
  return mk(cls, () => {
    for (;;) {
      const x = d.next();
      if (x === DONE) return DONE;
      const sel = s.next();
      if (sel === DONE) return DONE;
      if (truthy(sel)) return x;
    }
  });
});

defType("dropwhile", (cls, args, kw) => {
  noKw("dropwhile", kw);
  nArgs("dropwhile", args, 2, 2);
  const [pred, iterable] = args;
  const it = iterate(iterable);
  let dropping = true;
  return mk(cls, () => {
    for (;;) {
      const x = it.next();
      if (x === DONE) return DONE;
      if (!dropping) return x;
      if (!truthy(call(pred, [x]))) {
        dropping = false;
        return x;
      }
    }
  });
});

defType("takewhile", (cls, args, kw) => {
  noKw("takewhile", kw);
  nArgs("takewhile", args, 2, 2);
  const [pred, iterable] = args;
  const it = iterate(iterable);
  let done = false;
  return mk(cls, () => {
    if (done) return DONE;
    const x = it.next();
    if (x === DONE) return DONE;
    if (truthy(call(pred, [x]))) return x;
    done = true;
    return DONE;
  });
});

defType("filterfalse", (cls, args, kw) => {
  noKw("filterfalse", kw);
  nArgs("filterfalse", args, 2, 2);
  const [pred, iterable] = args;
  const it = iterate(iterable);
  return mk(cls, () => {
    for (;;) {
      const x = it.next();
      if (x === DONE) return DONE;
      if (!truthy(pred === None ? x : call(pred, [x]))) return x;
    }
  });
});

const grouperType = itType("_grouper");
defType("groupby", (cls, args, kw) => {
  const [iterable, keyArg] = parseArgs("groupby", args, kw, ["iterable", "key?"]);
  const key = keyArg === undefined || keyArg === None ? null : keyArg;
  const it = iterate(iterable!);
  const st = { tgtkey: undefined as PyValue | undefined, currkey: undefined as PyValue | undefined, currvalue: undefined as PyValue | undefined, gen: 0, done: false };
  const step = (): boolean => {
    const x = it.next();
    if (x === DONE) {
      st.done = true;
      return false;
    }
    st.currvalue = x;
    st.currkey = key === null ? x : call(key, [x]);
    return true;
  };
  return mk(cls, () => {
    st.gen++;
    if (st.done) return DONE;
    if (st.currkey === undefined) {
      if (!step()) return DONE;
    } else {
      while (st.tgtkey !== undefined && (st.currkey === st.tgtkey || pyEq(st.currkey!, st.tgtkey))) {
        if (!step()) return DONE;
      }
    }
    st.tgtkey = st.currkey;
    const gen = st.gen;
    const tgt = st.tgtkey!;
    const grouper = mk(grouperType, () => {
      if (gen !== st.gen || st.done) return DONE;
      if (st.currvalue === undefined) {
        if (!step()) return DONE;
      }
      if (!(st.currkey === tgt || pyEq(st.currkey!, tgt))) return DONE;
      const v = st.currvalue!;
      st.currvalue = undefined;
      return v;
    });
    return newTuple([tgt, grouper]);
  });
});

function isliceArg(v: PyValue | undefined, msg: string): number | null {
  if (v === undefined || v === None) return null;
  const n = indexOrNull(v);
  if (n === null || Number(n) < 0) throw pyErr(ValueError, msg);
  return Number(n);
}
defType("islice", (cls, args, kw) => {
  noKw("islice", kw);
  nArgs("islice", args, 2, 4);
  const it = iterate(args[0]);
  let start = 0, stop: number | null, step = 1;
  if (args.length === 2) stop = isliceArg(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  else {
    const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    start = isliceArg(args[1], idxMsg) ?? 0;
    stop = isliceArg(args[2], idxMsg);
    if (args.length === 4) {
      const s = args[3] === None ? 1 : indexOrNull(args[3]);
      if (s === null || Number(s) <= 0) throw pyErr(ValueError, "Step for islice() must be a positive integer or None.");
      step = Number(s);
    }
  }
  let i = 0; // index of the next item of the source
  let next = start;
  let finished = false;
  return mk(cls, () => {
    if (finished) return DONE;
    if (stop !== null && next >= stop) {
      finished = true;
      // CPython consumes up to stop.
      while (i < stop) {
        if (it.next() === DONE) break;
        i++;
      }
      return DONE;
    }
    while (i < next) {
      if (it.next() === DONE) {
        finished = true;
        return DONE;
      }
      i++;
    }
    const x = it.next();
    if (x === DONE) {
      finished = true;
      return DONE;
    }
    i++;
    next += step;
    return x;
  });
});

defType("pairwise", (cls, args, kw) => {
  noKw("pairwise", kw);
  nArgs("pairwise", args, 1, 1);
  const it = iterate(args[0]);
  let prev: PyValue | undefined;
  let done = false;
  return mk(cls, () => {
    if (done) return DONE;
    if (prev === undefined) {
      const x = it.next();
      if (x === DONE) {
        done = true;
        return DONE;
      }
      prev = x;
    }
    const y = it.next();
    if (y === DONE) {
      done = true;
      return DONE;
    }
    const r = newTuple([prev, y]);
    prev = y;
    return r;
  });
});

defType("starmap", (cls, args, kw) => {
  noKw("starmap", kw);
  nArgs("starmap", args, 2, 2);
  const [fn, iterable] = args;
  const it = iterate(iterable);
  return mk(cls, () => {
    const x = it.next();
    if (x === DONE) return DONE;
    return call(fn, toArray(x));
  });
});

const teeType = itType("_tee");
function teeIters(src: Iter, n: number): ItIter[] {
  const buf: PyValue[] = [];
  let base = 0; // absolute index of buf[0]
  const pos = new Array(n).fill(0);
  let done = false;
  const out: ItIter[] = [];
  for (let k = 0; k < n; k++) {
    out.push(mk(teeType, () => {
      const p = pos[k];
      if (p - base < buf.length) {
        const v = buf[p - base];
        pos[k]++;
        const minPos = Math.min(...pos);
        if (minPos > base) {
          buf.splice(0, minPos - base);
          base = minPos;
        }
        return v;
      }
      if (done) return DONE;
      const x = src.next();
      if (x === DONE) {
        done = true;
        return DONE;
      }
      if (n > 1) buf.push(x);
      pos[k]++;
      if (n === 1) base = pos[k];
      return x;
    }));
  }
  return out;
}
const teeFn = (args: PyValue[], kw: KwArgs | null): PyValue => {
  noKw("tee", kw);
  nArgs("tee", args, 1, 2);
  const n = args.length > 1 ? Number(indexOrNull(args[1]) ?? NaN) : 2;
  if (Number.isNaN(n)) throw pyErr(TypeError, `'${typeName(args[1])}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(ValueError, "n must be >= 0");
  return newTuple(teeIters(iterate(args[0]), n));
};

defType("zip_longest", (cls, args, kw) => {
  let fill: PyValue = None;
  if (kw) for (const [k, v] of kw) {
    if (k !== "fillvalue") throw pyErr(TypeError, "zip_longest() got an unexpected keyword argument '" + k + "'");
    fill = v;
  }
  const its: (Iter | null)[] = args.map((a) => iterate(a));
  let active = its.length;
  return mk(cls, () => {
    if (active === 0) return DONE;
    const out: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      if (it === null) {
        out.push(fill);
        continue;
      }
      const x = it.next();
      if (x === DONE) {
        its[i] = null;
        active--;
        if (active === 0) return DONE;
        out.push(fill);
      } else out.push(x);
    }
    return newTuple(out);
  });
});

// ----------------------------------------------------------------- combinatorics

function rArg(name: string, v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const n = indexOrNull(v);
  if (n === null) throw pyErr(TypeError, `Expected int as r`);
  if (Number(n) < 0) throw pyErr(ValueError, "r must be non-negative");
  void name;
  return Number(n);
}

defType("product", (cls, args, kw) => {
  let rep = 1;
  if (kw) for (const [k, v] of kw) {
    if (k !== "repeat") throw pyErr(TypeError, `product() got an unexpected keyword argument '${k}'`);
    const n = indexOrNull(v);
    if (n === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
    if (Number(n) < 0) throw pyErr(ValueError, "repeat argument cannot be negative");
    rep = Number(n);
  }
  const base = args.map(toArray);
  const pools: PyValue[][] = [];
  for (let r = 0; r < rep; r++) pools.push(...base);
  const idx = new Array(pools.length).fill(0);
  let first = true;
  let done = pools.some((p) => p.length === 0);
  return mk(cls, () => {
    if (done) return DONE;
    if (first) {
      first = false;
      return newTuple(pools.map((p) => p[0]));
    }
    let i = pools.length - 1;
    for (; i >= 0; i--) {
      idx[i]++;
      if (idx[i] < pools[i].length) break;
      idx[i] = 0;
    }
    if (i < 0) {
      done = true;
      return DONE;
    }
    return newTuple(pools.map((p, j) => p[idx[j]]));
  });
});

defType("permutations", (cls, args, kw) => {
  const [iterable, rv] = parseArgs("permutations", args, kw, ["iterable", "r?"]);
  const pool = toArray(iterable!);
  const n = pool.length;
  const r = rArg("permutations", rv) ?? n;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let done = r > n;
  return mk(cls, () => {
    if (done) return DONE;
    if (first) {
      first = false;
      return newTuple(indices.slice(0, r).map((i) => pool[i]));
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const x = indices.splice(i, 1)[0];
        indices.push(x);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = t;
        return newTuple(indices.slice(0, r).map((k) => pool[k]));
      }
    }
    done = true;
    return DONE;
  });
});

function combos(cls: PyClass, name: string, args: PyValue[], kw: KwArgs | null, withRep: boolean): ItIter {
  const [iterable, rv] = parseArgs(name, args, kw, ["iterable", "r"]);
  const pool = toArray(iterable!);
  const n = pool.length;
  const r = rArg(name, rv)!;
  const indices = withRep ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  let first = true;
  let done = withRep ? n === 0 && r > 0 : r > n;
  return mk(cls, () => {
    if (done) return DONE;
    if (first) {
      first = false;
      return newTuple(indices.map((i) => pool[i]));
    }
    let i = r - 1;
    if (withRep) {
      for (; i >= 0; i--) if (indices[i] !== n - 1) break;
      if (i < 0) {
        done = true;
        return DONE;
      }
      const v = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    } else {
      for (; i >= 0; i--) if (indices[i] !== i + n - r) break;
      if (i < 0) {
        done = true;
        return DONE;
      }
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    }
    return newTuple(indices.map((k) => pool[k]));
  });
}
defType("combinations", (cls, args, kw) => combos(cls, "combinations", args, kw, false));
defType("combinations_with_replacement", (cls, args, kw) => combos(cls, "combinations_with_replacement", args, kw, true));

const teeBuiltin = builtinFunction("tee", teeFn);

export function createItertoolsModule(_interp: Interpreter): PyModule {
  const m = new PyModule("itertools");
  for (const [name, t] of Object.entries(types)) m.dict!.set(name, t);
  m.dict!.set("tee", teeBuiltin);
  m.dict!.set("__all__", new PyList(listType, [...Object.keys(types), "tee"]));
  return m;
}
