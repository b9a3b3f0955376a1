// cmath: CPython 3.11's cmath module (Modules/cmathmodule.c). The formulas
// are CPython's (Kahan's for sqrt, the scaled log, the hyperbolic identities
// for the trigonometric functions); the special-value tables for infinite
// and NaN arguments are reduced to the finite-argument rules plus IEEE
// propagation, with CPython's ValueError/OverflowError checks.

import { PyValue, PyFloat, PyObject, KwArgs } from "../object.js";
import { PyModule, typeOf } from "../types.js";
import { pyErr, ValueError, TypeError, OverflowError } from "../exceptions.js";
import { asFloatOperand } from "../ops.js";
import { callBound } from "../call.js";
import { newTuple } from "../containers.js";
import { typeName } from "../typename.js";
import { PyComplex } from "../builtins/complex.js";
import { makeModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

type C = [number, number];

function toC(v: PyValue): C {
  if (v instanceof PyComplex) return [v.re, v.im];
  const f = asFloatOperand(v);
  if (f !== null) return [f, 0];
  if (v instanceof PyObject) {
    const t = typeOf(v);
    const c = t.lookup("__complex__");
    if (c !== undefined) {
      const r = callBound(c, v, []);
      if (r instanceof PyComplex) return [r.re, r.im];
      throw pyErr(TypeError, `__complex__ returned non-complex (type ${typeName(r)})`);
    }
    const ff = t.lookup("__float__");
    if (ff !== undefined) {
      const r = callBound(ff, v, []);
      if (r instanceof PyFloat) return [r.v, 0];
    }
    const fi = t.lookup("__index__");
    if (fi !== undefined) return [Number(callBound(fi, v, []) as number), 0];
  }
  throw pyErr(TypeError, `must be real number, not ${typeName(v)}`);
}

function toF(v: PyValue): number {
  const f = asFloatOperand(v);
  if (f !== null) return f;
  if (v instanceof PyObject) {
    const ff = typeOf(v).lookup("__float__");
    if (ff !== undefined) {
      const r = callBound(ff, v, []);
      if (r instanceof PyFloat) return r.v;
    }
  }
  throw pyErr(TypeError, `must be real number, not ${typeName(v)}`);
}

const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4;
const M_LN2 = Math.LN2;

function cSqrt([a, b]: C): C {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    if (Math.abs(b) === Infinity) return [Infinity, b];
    if (a === -Infinity) return [Number.isNaN(b) ? NaN : 0 * Math.sign(b) || 0, Number.isNaN(b) ? Infinity : Math.sign(b) * Infinity || Infinity];
    if (a === Infinity) return [Infinity, Number.isNaN(b) ? NaN : b >= 0 && !Object.is(b, -0) ? 0 : -0];
    return [NaN, NaN];
  }
  if (a === 0 && b === 0) return [0, b];
  let ax = Math.abs(a), ay = Math.abs(b);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ax * 2 ** 53;
    s = 2 ** -27 * Math.sqrt(ax + Math.hypot(ax, ay * 2 ** 53));
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (a >= 0) return [s, b < 0 || Object.is(b, -0) ? -d : d];
  return [d, b < 0 || Object.is(b, -0) ? -s : s];
}

function cLog([a, b]: C): C {
  const ax = Math.abs(a), ay = Math.abs(b);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = Math.log(Math.hypot(ax / 2, ay / 2)) + M_LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = Math.log(Math.hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * M_LN2;
    else throw pyErr(ValueError, "math domain error");
  } else {
    const h = Math.hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = Math.log(h);
  }
  return [re, Math.atan2(b, a)];
}

function div([a, b]: C, [c, d]: C): C {
  const abs_c = Math.abs(c), abs_d = Math.abs(d);
  if (abs_c >= abs_d) {
    if (abs_c === 0) throw pyErr(ValueError, "math domain error");
    const ratio = d / c, den = c + d * ratio;
    return [(a + b * ratio) / den, (b - a * ratio) / den];
  }
  const ratio = c / d, den = c * ratio + d;
  return [(a * ratio + b) / den, (b * ratio - a) / den];
}

function cExp([a, b]: C): C {
  if (a === Infinity && b === 0) return [Infinity, b];
  let l: number;
  if (a > 709) {
    l = Math.exp(a - 1);
    return [l * Math.cos(b) * Math.E, l * Math.sin(b) * Math.E];
  }
  l = Math.exp(a);
  return [l * Math.cos(b), b === 0 ? b : l * Math.sin(b)];
}

function cCosh([a, b]: C): C {
  if (Math.abs(a) > 709) {
    const x1 = a - Math.sign(a) * M_LN2;
    return [Math.cos(b) * Math.cosh(x1) * 2, Math.sin(b) * Math.sinh(x1) * 2];
  }
  return [Math.cos(b) * Math.cosh(a), b === 0 ? (a === 0 ? 0 * b : Math.sinh(a) * b) : Math.sin(b) * Math.sinh(a)];
}

function cSinh([a, b]: C): C {
  if (Math.abs(a) > 709) {
    const x1 = a - Math.sign(a) * M_LN2;
    return [Math.cos(b) * Math.sinh(x1) * 2, Math.sin(b) * Math.cosh(x1) * 2];
  }
  return [b === 0 ? Math.sinh(a) : Math.cos(b) * Math.sinh(a), b === 0 ? b : Math.sin(b) * Math.cosh(a)];
}

function cTanh([a, b]: C): C {
  if (Math.abs(a) > 354) {
    return [a > 0 ? 1 : -1, 4 * Math.sin(b) * Math.cos(b) * Math.exp(-2 * Math.abs(a))];
  }
  const tx = Math.tanh(a), ty = Math.tan(b), c = 1 / Math.cosh(a);
  const txty = tx * ty, denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * c) * c];
}

// sin z = -i sinh(iz), cos z = cosh(iz), tan z = -i tanh(iz)
const iz = ([a, b]: C): C => [-b, a];
const miz = ([a, b]: C): C => [b, -a];
const cSin = (z: C): C => miz(cSinh(iz(z)));
const cCos = (z: C): C => cCosh(iz(z));
const cTan = (z: C): C => miz(cTanh(iz(z)));

function cAsinh([a, b]: C): C {
  if (Math.abs(a) > LARGE || Math.abs(b) > LARGE) {
    const r = b >= 0 ? Math.log(Math.hypot(a / 2, b / 2)) + M_LN2 * 2 : -(Math.log(Math.hypot(a / 2, b / 2)) + M_LN2 * 2);
    return [Math.sign(a) * Math.abs(b >= 0 ? r : -r) || r, Math.atan2(b, Math.abs(a))];
  }
  const s1 = cSqrt([1 + b, -a]);
  const s2 = cSqrt([1 - b, a]);
  return [Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(b, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAsin(z: C): C {
  const s = cAsinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cAcos([a, b]: C): C {
  if (Math.abs(a) > LARGE || Math.abs(b) > LARGE) {
    const re = Math.atan2(Math.abs(b), a);
    let im: number;
    if (a < 0) im = -Math.sign(b || 1) * (Math.log(Math.hypot(a / 2, b / 2)) + M_LN2 * 2);
    else im = Math.sign(b || 1) * (Math.log(Math.hypot(a / 2, b / 2)) + M_LN2 * 2);
    return [re, -im];
  }
  const s1 = cSqrt([1 - a, -b]);
  const s2 = cSqrt([1 + a, b]);
  return [2 * Math.atan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh([a, b]: C): C {
  if (Math.abs(a) > LARGE || Math.abs(b) > LARGE) {
    return [Math.log(Math.hypot(a / 2, b / 2)) + M_LN2 * 2, Math.atan2(b, a)];
  }
  const s1 = cSqrt([a - 1, b]);
  const s2 = cSqrt([a + 1, b]);
  return [Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])];
}

function cAtanh([a, b]: C): C {
  if (a < 0 || (a === 0 && Object.is(a, -0))) {
    const r = cAtanh([-a, -b]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(b);
  const SQRT_LARGE = Math.sqrt(LARGE);
  if (a > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = Math.hypot(a / 2, b / 2);
    return [a / 4 / h / h, -Math.sign(-b || -1) * (Math.PI / 2)];
  }
  if (a === 1 && ay < Math.sqrt(DBL_MIN)) {
    if (ay === 0) throw pyErr(ValueError, "math domain error");
    return [-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2))), (b >= 0 ? 1 : -1) * (Math.atan2(2, -ay) / 2)];
  }
  return [Math.log1p((4 * a) / ((1 - a) * (1 - a) + ay * ay)) / 4, -Math.atan2(-2 * b, (1 - a) * (1 + a) - ay * ay) / 2];
}

function cAtan(z: C): C {
  const s = cAtanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

const cx = ([re, im]: C) => new PyComplex(re, im);

function checked(name: string, f: (z: C) => C) {
  return (a: PyValue[], kw: KwArgs | null): PyValue => {
    if (kw !== null && kw.size > 0) throw pyErr(TypeError, `cmath.${name}() takes no keyword arguments`);
    if (a.length !== 1) throw pyErr(TypeError, `cmath.${name}() takes exactly one argument (${a.length} given)`);
    const z = toC(a[0]);
    const r = f(z);
    const finiteIn = Number.isFinite(z[0]) && Number.isFinite(z[1]);
    if (finiteIn && (!Number.isFinite(r[0]) || !Number.isFinite(r[1]))) {
      if (Number.isNaN(r[0]) || Number.isNaN(r[1])) throw pyErr(ValueError, "math domain error");
      throw pyErr(OverflowError, "math range error");
    }
    return cx(r);
  };
}

export function createCmathModule(_interp: Interpreter): PyModule {
  return makeModule("cmath", {
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    infj: new PyComplex(0, Infinity),
    nan: new PyFloat(NaN),
    nanj: new PyComplex(0, NaN),
    sqrt: checked("sqrt", cSqrt),
    exp: checked("exp", cExp),
    log: (a) => {
      if (a.length < 1 || a.length > 2) throw pyErr(TypeError, `log expected at most 2 arguments, got ${a.length}`);
      let r = cLog(toC(a[0]));
      if (a.length === 2) r = div(r, cLog(toC(a[1])));
      return cx(r);
    },
    log10: checked("log10", (z) => {
      const r = cLog(z);
      return [r[0] / Math.LN10, r[1] / Math.LN10];
    }),
    sin: checked("sin", cSin),
    cos: checked("cos", cCos),
    tan: checked("tan", cTan),
    asin: checked("asin", cAsin),
    acos: checked("acos", cAcos),
    atan: checked("atan", cAtan),
    sinh: checked("sinh", cSinh),
    cosh: checked("cosh", cCosh),
    tanh: checked("tanh", cTanh),
    asinh: checked("asinh", cAsinh),
    acosh: checked("acosh", cAcosh),
    atanh: checked("atanh", cAtanh),
    phase: (a) => {
      const [re, im] = toC(a[0]);
      return new PyFloat(Math.atan2(im, re));
    },
    polar: (a) => {
      const [re, im] = toC(a[0]);
      const r = Math.hypot(re, im);
      if (!Number.isFinite(r) && Number.isFinite(re) && Number.isFinite(im)) throw pyErr(OverflowError, "math range error");
      return newTuple([new PyFloat(r), new PyFloat(Math.atan2(im, re))]);
    },
    rect: (a) => {
      if (a.length !== 2) throw pyErr(TypeError, `rect expected 2 arguments, got ${a.length}`);
      const r = toF(a[0]), phi = toF(a[1]);
      if (Number.isFinite(r) && !Number.isFinite(phi)) throw pyErr(ValueError, "math domain error");
      if (phi === 0) return cx([r, r * phi]);
      return cx([r * Math.cos(phi), r * Math.sin(phi)]);
    },
    isfinite: (a) => {
      const [re, im] = toC(a[0]);
      return Number.isFinite(re) && Number.isFinite(im);
    },
    isinf: (a) => {
      const [re, im] = toC(a[0]);
      return Math.abs(re) === Infinity || Math.abs(im) === Infinity;
    },
    isnan: (a) => {
      const [re, im] = toC(a[0]);
      return Number.isNaN(re) || Number.isNaN(im);
    },
    isclose: (a, kw) => {
      if (a.length !== 2) throw pyErr(TypeError, `isclose() takes exactly 2 positional arguments (${a.length} given)`);
      const x = toC(a[0]), y = toC(a[1]);
      const relTol = kw?.get("rel_tol") !== undefined ? toF(kw.get("rel_tol")!) : 1e-9;
      const absTol = kw?.get("abs_tol") !== undefined ? toF(kw.get("abs_tol")!) : 0;
      if (relTol < 0 || absTol < 0) throw pyErr(ValueError, "tolerances must be non-negative");
      if (x[0] === y[0] && x[1] === y[1]) return true;
      if ([...x, ...y].some((v) => Math.abs(v) === Infinity)) return false;
      const diff = Math.hypot(x[0] - y[0], x[1] - y[1]);
      return diff <= relTol * Math.hypot(y[0], y[1]) || diff <= relTol * Math.hypot(x[0], x[1]) || diff <= absTol;
    },
  });
}
