// random: CPython's Mersenne Twister (mersenne.ts) behind the module
// functions and the Random class. `--seed N` seeds the module's generator.

import { PyObject, PyValue, PyFloat, PyList, PyTuple, KwArgs, PyBytes, PyClass } from "../object.js";
import { PyModule, None, makeBuiltinType, objectType, defMethod, typeOf, PyMethod } from "../types.js";
import { pyErr, ValueError, TypeError, IndexError, ZeroDivisionError } from "../exceptions.js";
import { asFloatOperand, isIntLike, asInt, pyHash } from "../ops.js";
import { toArray } from "../iter.js";
import { getItem, setItem } from "../subscript.js";
import { newList, newTuple, PySet, PyDict } from "../containers.js";
import { pyLen } from "../builtins/functions.js";
import { norm, big } from "../int.js";
import { parseArgs } from "../builtins/args.js";
import { typeName } from "../typename.js";
import { MersenneTwister, PyValueError, PyTypeError, PyIndexError, PyZeroDivisionError } from "./mersenne.js";
import { inModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

export const randomType = inModule(makeBuiltinType("Random", [objectType]), "random");

export class PyRandom extends PyObject {
  readonly mt: MersenneTwister;
  constructor(cls: PyClass, seed: PyValue) {
    super(cls);
    this.dict = new Map();
    this.mt = new MersenneTwister(0n);
    seedWith(this.mt, seed);
  }
}

function seedWith(mt: MersenneTwister, a: PyValue, version = 2): void {
  if (a === None || a === undefined) mt.seed(null);
  else if (isIntLike(a)) mt.seed(big(asInt(a)));
  else if (a instanceof PyFloat) mt.seed(a.v);
  else if (typeof a === "string") mt.seed(a, version);
  else if (a instanceof PyBytes) mt.seed(a.data, version);
  else mt.seed(BigInt(pyHash(a)));
}

/** Runs a generator call, turning its plain errors into Python exceptions. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyValueError) throw pyErr(ValueError, e.message);
    if (e instanceof PyTypeError) throw pyErr(TypeError, e.message);
    if (e instanceof PyIndexError) throw pyErr(IndexError, e.message);
    if (e instanceof PyZeroDivisionError) throw pyErr(ZeroDivisionError, e.message);
    throw e;
  }
}

function num(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const f = asFloatOperand(v);
  if (f === null) throw pyErr(TypeError, `must be real number, not ${typeName(v)}`);
  return f;
}

function intArg(v: PyValue, what: string): bigint {
  if (isIntLike(v)) return big(asInt(v));
  if (v instanceof PyFloat && Number.isInteger(v.v)) throw pyErr(TypeError, `'float' object cannot be interpreted as an integer`);
  throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  void what;
}

function population(v: PyValue): PyValue[] {
  if (v instanceof PySet || v instanceof PyDict) throw pyErr(TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  return toArray(v);
}

type Method = (mt: MersenneTwister, a: PyValue[], kw: KwArgs | null) => PyValue;

const methods: Record<string, Method> = {
  random: (mt) => new PyFloat(mt.random()),
  seed: (mt, a, kw) => {
    const [s, version] = parseArgs("seed", a, kw, ["a?", "version?"]);
    seedWith(mt, s ?? None, version === undefined ? 2 : Number(asInt(version as number)));
    return None;
  },
  getrandbits: (mt, a) => norm(guard(() => mt.getrandbits(Number(asInt(a[0] as number))))),
  randint: (mt, a) => {
    if (a.length !== 2) throw pyErr(TypeError, `Random.randint() takes 3 positional arguments but ${a.length + 1} were given`);
    if (typeof a[0] === "number" && typeof a[1] === "number") {
      const x = a[0], y = a[1];
      return guard(() => (y >= x ? mt.randintNumber(x, y) : Number(mt.randint(BigInt(x), BigInt(y)))));
    }
    return norm(guard(() => mt.randint(intArg(a[0], "a"), intArg(a[1], "b"))));
  },
  randrange: (mt, a, kw) => {
    const [start, stop, step] = parseArgs("randrange", a, kw, ["start", "stop?", "step?"]);
    return norm(guard(() => mt.randrange(intArg(start!, "start"), stop === undefined || stop === None ? null : intArg(stop, "stop"), step === undefined ? null : intArg(step, "step"))));
  },
  choice: (mt, a) => {
    const seq = a[0];
    const n = pyLen(seq);
    const i = guard(() => mt.choiceIndex(n));
    return getItem(seq, i);
  },
  choices: (mt, a, kw) => {
    const [pop, weights, cumWeights, k] = parseArgs("choices", a, kw, ["population", "weights?", "*", "cum_weights?", "k?"]);
    const items = population(pop!);
    const count = k === undefined ? 1 : Number(asInt(k as number));
    let cum: number[] | null = null;
    if (weights !== undefined && weights !== None) {
      if (cumWeights !== undefined && cumWeights !== None) throw pyErr(TypeError, "Cannot specify both weights and cumulative weights");
      let acc = 0;
      cum = toArray(weights).map((w) => (acc += num(w, 0)));
    } else if (cumWeights !== undefined && cumWeights !== None) cum = toArray(cumWeights).map((w) => num(w, 0));
    const idx = guard(() => mt.choicesIndices(items.length, count, cum));
    return newList(idx.map((i) => {
      if (i >= items.length) throw pyErr(IndexError, "list index out of range");
      return items[i];
    }));
  },
  shuffle: (mt, a) => {
    const l = a[0];
    if (l instanceof PyList && !l.cls.isUserClass) {
      mt.shuffle(l.items);
      return None;
    }
    // Any mutable sequence: the same swaps through __getitem__/__setitem__.
    for (let i = pyLen(l) - 1; i >= 1; i--) {
      const j = mt.randbelowNumber(i + 1);
      const xi = getItem(l, i), xj = getItem(l, j);
      setItem(l, i, xj);
      setItem(l, j, xi);
    }
    return None;
  },
  sample: (mt, a, kw) => {
    const [pop, k] = parseArgs("sample", a, kw, ["population", "k", "*", "counts?"]);
    const items = population(pop!);
    const idx = guard(() => mt.sampleIndices(items.length, Number(asInt(k as number))));
    return newList(idx.map((i) => items[i]));
  },
  uniform: (mt, a) => new PyFloat(mt.uniform(num(a[0], 0), num(a[1], 1))),
  triangular: (mt, a) => new PyFloat(mt.triangular(num(a[0], 0), num(a[1], 1), a[2] === undefined || a[2] === None ? null : num(a[2], 0))),
  gauss: (mt, a, kw) => {
    const [mu, sigma] = parseArgs("gauss", a, kw, ["mu?", "sigma?"]);
    return new PyFloat(mt.gauss(num(mu, 0), num(sigma, 1)));
  },
  normalvariate: (mt, a, kw) => {
    const [mu, sigma] = parseArgs("normalvariate", a, kw, ["mu?", "sigma?"]);
    return new PyFloat(mt.normalvariate(num(mu, 0), num(sigma, 1)));
  },
  lognormvariate: (mt, a) => new PyFloat(mt.lognormvariate(num(a[0], 0), num(a[1], 1))),
  expovariate: (mt, a) => new PyFloat(guard(() => mt.expovariate(num(a[0], 1)))),
  vonmisesvariate: (mt, a) => new PyFloat(mt.vonmisesvariate(num(a[0], 0), num(a[1], 0))),
  gammavariate: (mt, a) => new PyFloat(guard(() => mt.gammavariate(num(a[0], 1), num(a[1], 1)))),
  betavariate: (mt, a) => new PyFloat(guard(() => mt.betavariate(num(a[0], 1), num(a[1], 1)))),
  paretovariate: (mt, a) => new PyFloat(guard(() => mt.paretovariate(num(a[0], 1)))),
  weibullvariate: (mt, a) => new PyFloat(guard(() => mt.weibullvariate(num(a[0], 1), num(a[1], 1)))),
  randbytes: (mt, a) => new PyBytes(bytesTypeOf(), mt.randbytes(Number(asInt(a[0] as number)))),
  getstate: (mt) => {
    const [v, words, g] = mt.getstate();
    return newTuple([v, newTuple(words), g === null ? None : new PyFloat(g)]);
  },
  setstate: (mt, a) => {
    const t = a[0] as PyTuple;
    const [v, words, g] = t.items;
    mt.setstate([Number(asInt(v as number)), toArray(words).map((w) => Number(asInt(w as number))), g === None ? null : (g as PyFloat).v]);
    return None;
  },
};

import { bytesType } from "../types.js";
function bytesTypeOf() {
  return bytesType;
}

randomType.nativeNew = (cls, args) => new PyRandom(cls, args.length ? args[0] : None);
defMethod(randomType, "__init__", (a) => {
  if (a.length > 1) seedWith((a[0] as PyRandom).mt, a[1]);
  return None;
});
for (const [name, m] of Object.entries(methods)) {
  defMethod(randomType, name, (a, kw) => m((a[0] as PyRandom).mt, a.slice(1), kw));
}

export function createRandomModule(interp: Interpreter): PyModule {
  const inst = new PyRandom(randomType, interp.seed === null ? None : typeof interp.seed === "bigint" ? norm(interp.seed) : interp.seed);
  const mod = new PyModule("random");
  for (const name of Object.keys(methods)) mod.dict!.set(name, new PyMethod(randomType.dict.get(name)!, inst));
  mod.dict!.set("Random", randomType);
  mod.dict!.set("SystemRandom", randomType);
  void typeOf;
  return mod;
}
