// math: CPython 3.11's math module. Results follow CPython's (C99 + its own
// algorithms for fsum, hypot, gamma, lgamma, remainder); the elementary
// functions use the correctly rounded versions of mersenne.ts where V8's are
// not correctly rounded.

import { PyValue, PyFloat, PyObject, KwArgs } from "../object.js";
import { PyModule, typeOf, None } from "../types.js";
import { pyErr, ValueError, TypeError, OverflowError, ZeroDivisionError } from "../exceptions.js";
import { asFloatOperand, isIntLike, asInt, indexOrNull, binaryOp } from "../ops.js";
import { callBound } from "../call.js";
import { iterate, DONE, toArray } from "../iter.js";
import { newTuple } from "../containers.js";
import { norm, big, intToFloat as toF } from "../int.js";
import { typeName } from "../typename.js";
import { parseArgs } from "../builtins/args.js";
import { PyIntSub, floatFromDunders } from "../builtins/numbers.js";
import { crLog, crExp, crPow, crSin, crCos } from "./mersenne.js";
import { makeModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

type Int = number | bigint;

const domainError = () => pyErr(ValueError, "math domain error");
const rangeError = () => pyErr(OverflowError, "math range error");
const F = (x: number) => new PyFloat(x);

/** A float argument (PyFloat_AsDouble): int, float, __float__, __index__. */
function num(v: PyValue): number {
  const f = asFloatOperand(v);
  if (f !== null) return f;
  if (v instanceof PyIntSub) return toF(v.value);
  if (v instanceof PyObject) {
    const d = floatFromDunders(v);
    if (d !== undefined) return d;
  }
  throw pyErr(TypeError, `must be real number, not ${typeName(v)}`);
}

/** An integer argument (__index__). */
function intArg(v: PyValue): Int {
  if (v instanceof PyIntSub) return v.value;
  const r = indexOrNull(v);
  if (r === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return r;
}

/** CPython's math_1: errno-style checks after a libm call. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean) {
  return (args: PyValue[], kw: KwArgs | null): PyValue => {
    oneArg(name, args, kw);
    const x = num(args[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return F(r);
  };
}

function oneArg(name: string, args: PyValue[], kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `math.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw pyErr(TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
}

function nArgs(name: string, args: PyValue[], n: number, kw: KwArgs | null = null): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== n) throw pyErr(TypeError, `${name} expected ${n} arguments, got ${args.length}`);
}

function floatToInt(x: number): Int {
  if (Number.isNaN(x)) throw pyErr(ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw pyErr(OverflowError, "cannot convert float infinity to integer");
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  return norm(BigInt(x));
}

function roundingFn(name: string, dunder: string, f: (x: number) => number) {
  return (args: PyValue[], kw: KwArgs | null): PyValue => {
    oneArg(name, args, kw);
    const v = args[0];
    if (isIntLike(v)) return asInt(v);
    if (v instanceof PyFloat) return floatToInt(f(v.v));
    if (v instanceof PyObject) {
      const m = typeOf(v).lookup(dunder);
      if (m !== undefined) return callBound(m, v, []);
    }
    if (v instanceof PyIntSub) return v.value;
    if (dunder === "__trunc__") throw pyErr(TypeError, `type ${typeName(v)} doesn't define __trunc__ method`);
    return floatToInt(f(num(v)));
  };
}

// ------------------------------------------------------------ double-double helpers

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x) || Number.isNaN(x)) return [x, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let e = (buf.getUint16(0) >> 4) & 0x7ff;
  let extra = 0;
  if (e === 0) {
    // subnormal: scale up
    x *= 2 ** 64;
    extra = -64;
    buf.setFloat64(0, x);
    e = (buf.getUint16(0) >> 4) & 0x7ff;
  }
  const exp = e - 1022;
  const hi = buf.getUint16(0);
  buf.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return [buf.getFloat64(0), exp + extra];
}

function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 2200) e = 2200;
  if (e < -2200) e = -2200;
  // apply in steps to avoid intermediate overflow/underflow while rounding once at the end
  let r = x;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    // keep precision: only the last step may round
    if (e < -1000 - 60) {
      r *= 2 ** -1000;
      e += 1000;
    } else break;
  }
  if (e < -1022) {
    // two steps: first to the normal range edge, then the rounding step
    const first = Math.max(e, -1022);
    r *= 2 ** first;
    e -= first;
    return r * 2 ** e;
  }
  return r * 2 ** e;
}

// ------------------------------------------------------------ gamma / lgamma (CPython's)

const lanczos_g = 6.024680040776729583740234375;
const lanczos_g_minus_half = 5.524680040776729583740234375;
const lanczos_num_coeffs = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const lanczos_den_coeffs = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const gamma_integral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];

function lanczos_sum(x: number): number {
  let num = 0.0, den = 0.0;
  const N = 13;
  if (x < 5.0) {
    for (let i = N; --i >= 0;) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (let i = 0; i < N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

function m_sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(Math.PI * y); break;
    case 1: r = crCos(Math.PI * (y - 0.5)); break;
    case 2: r = crSin(Math.PI * (1.0 - y)); break;
    case 3: r = -crCos(Math.PI * (y - 1.5)); break;
    case 4: r = crSin(Math.PI * (y - 2.0)); break;
    default: r = 0;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function m_tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw domainError();
  }
  if (x === 0) {
    throw domainError();
  }
  if (x === Math.floor(x)) {
    if (x < 0.0) throw domainError();
    if (x <= gamma_integral.length) return gamma_integral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    throw rangeError();
  }
  const y = absx + lanczos_g_minus_half;
  let q: number;
  if (absx > lanczos_g_minus_half) {
    q = y - absx;
    q -= lanczos_g_minus_half;
  } else {
    q = y - lanczos_g_minus_half;
    q -= absx;
  }
  const z = q * lanczos_g / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / m_sinpi(absx) / absx * crExp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= crPow(y, absx - 0.5);
    } else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= crPow(y, absx - 0.5);
    } else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

function m_lgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLog(absx);
  let r = crLog(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (crLog(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = crLog(Math.PI) - crLog(Math.abs(m_sinpi(absx))) - crLog(absx) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

// erf / erfc: CPython's own series / continued fraction (the pre-3.11 fallback).
const ERF_SERIES_CUTOFF = 1.5, ERF_SERIES_TERMS = 25, ERFC_CONTFRAC_CUTOFF = 30.0, ERFC_CONTFRAC_TERMS = 50;
const sqrtpi = 1.772453850905516027298167483341145182798;

function m_erf_series(x: number): number {
  const x2 = x * x;
  let acc = 0.0;
  let fk = ERF_SERIES_TERMS + 0.5;
  for (let i = 0; i < ERF_SERIES_TERMS; i++) {
    acc = 2.0 + x2 * acc / fk;
    fk -= 1.0;
  }
  return acc * x * crExp(-x2) / sqrtpi;
}

function m_erfc_contfrac(x: number): number {
  if (x >= ERFC_CONTFRAC_CUTOFF) return 0.0;
  const x2 = x * x;
  let a = 0.0, da = 0.5, p = 1.0, p_last = 0.0, q = da + x2, q_last = 1.0;
  for (let i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
    a += da;
    da += 2.0;
    const b = da + x2;
    let temp = p; p = b * p - a * p_last; p_last = temp;
    temp = q; q = b * q - a * q_last; q_last = temp;
  }
  return p / q * x * crExp(-x2) / sqrtpi;
}

function m_erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return m_erf_series(x);
  const cf = m_erfc_contfrac(absx);
  return x > 0.0 ? 1.0 - cf : cf - 1.0;
}

function m_erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return 1.0 - m_erf_series(x);
  const cf = m_erfc_contfrac(absx);
  return x > 0.0 ? cf : 2.0 - cf;
}

// ------------------------------------------------------------ remainder, nextafter, ulp

function m_remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) throw domainError();
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) throw domainError();
  return x;
}

const dv = new DataView(new ArrayBuffer(8));
function bitsOf(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function fromBits(b: bigint): number {
  dv.setBigUint64(0, b);
  return dv.getFloat64(0);
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  const up = (y > x) === (x > 0);
  return fromBits(up ? b + 1n : b - 1n);
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) {
    return x - nextafter(x, -Infinity);
  }
  return x2 - x;
}

// ------------------------------------------------------------ fsum (Shewchuk, as CPython)

function fsum(iterable: PyValue): number {
  const p: number[] = [];
  let special_sum = 0.0, inf_sum = 0.0;
  const it = iterate(iterable);
  for (;;) {
    const item = it.next();
    if (item === DONE) break;
    let x = num(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x; x = y; y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw pyErr(OverflowError, "intermediate overflow in fsum");
        if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special_sum !== 0.0) {
    if (Number.isNaN(inf_sum)) throw pyErr(ValueError, "-inf + inf in fsum");
    return special_sum;
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ------------------------------------------------------------ hypot / dist (vector_norm)

function dlSplit(x: number): [number, number] {
  const t = x * 134217729.0;
  const hi = t - (t - x);
  return [hi, x - hi];
}
function dlMul(x: number, y: number): [number, number] {
  const [xh, xl] = dlSplit(x);
  const [yh, yl] = dlSplit(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}
function dlFastSum(a: number, b: number): [number, number] {
  const x = a + b;
  const z = x - a;
  return [x, b - z];
}

const DBL_MIN = 2.2250738585072014e-308;

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const pr = dlMul(x, x);
    const sm = dlFastSum(csum, pr[0]);
    csum = sm[0];
    frac1 += pr[1];
    frac2 += sm[1];
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const pr = dlMul(-h, h);
  const sm = dlFastSum(csum, pr[0]);
  csum = sm[0];
  frac1 += pr[1];
  frac2 += sm[1];
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

function hypot(args: PyValue[]): number {
  let max = 0.0, foundNan = false;
  const vec = args.map((a) => {
    const x = Math.abs(num(a));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

// ------------------------------------------------------------ integer functions

function bigAbs(a: bigint): bigint {
  return a < 0n ? -a : a;
}
function gcd2(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}
function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw pyErr(ValueError, "isqrt() argument must be nonnegative");
  if (n < 2n) return n;
  if (n < 2n ** 52n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  // Newton from above
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function factorial(n: bigint): bigint {
  // product tree for speed on large n
  const prod = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    return prod(lo, mid) * prod(mid + 1n, hi);
  };
  return n < 2n ? 1n : prod(2n, n);
}

function permBig(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

function combBig(n: bigint, k: bigint): bigint {
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

// ------------------------------------------------------------ log

function logOf(v: PyValue, f: (x: number) => number, ln2factor: number): number {
  // ints: arbitrary size, via frexp when they overflow a double
  let i: Int | null = null;
  if (isIntLike(v)) i = asInt(v);
  else if (v instanceof PyIntSub) i = v.value;
  if (i !== null) {
    if (typeof i === "number" ? i <= 0 : i <= 0n) throw domainError();
    if (typeof i === "bigint") {
      const d = Number(i);
      if (!Number.isFinite(d)) {
        const bits = i.toString(2).length;
        const shift = bits - 60;
        const m = Number(i >> BigInt(shift)) / 2 ** 60; // in [0.5, 1)
        return f(m) + (shift + 60) * ln2factor;
      }
      return f(d);
    }
    return f(i);
  }
  const x = num(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domainError();
  if (x === Infinity) return x;
  return f(x);
}

const LN2 = 0.6931471805599453;

function log10(x: number): number {
  // exact for powers of ten (as glibc)
  const r = Math.log10(x);
  return r;
}
function log2(x: number): number {
  const [m, e] = frexp(x);
  if (m === 0.5) return e - 1;
  return Math.log2(x);
}

// ------------------------------------------------------------ cbrt

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), so that results match CPython on Linux. */
const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = (0.354895765043919860
    + ((1.50819193781584896
      + ((-2.11499494167371287
        + ((2.44693122563534430
          + ((-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
            * xm))
          * xm))
        * xm))
      * xm));
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  const r = ldexp(ym, Math.trunc(xe / 3));
  return x < 0 ? -r : r;
}

// ------------------------------------------------------------ the module

function floatPow(x: number, y: number): number {
  // CPython's math_pow special cases
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0.0 ? 1.0 : x;
    if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y % 2.0) === 1.0;
      if (y > 0.0) return oddY ? x : Math.abs(x);
      if (y === 0.0) return 1.0;
      return oddY ? (x < 0 ? -0.0 : 0.0) : 0.0;
    }
    // y infinite
    if (Math.abs(x) === 1.0) return 1.0;
    if (y > 0.0 === Math.abs(x) > 1.0) return y > 0 ? y : -y;
    return 0.0;
  }
  if (x === 0.0) {
    if (y < 0) throw domainError();
  }
  if (x < 0 && y !== Math.floor(y)) throw domainError();
  const r = x > 0 ? crPow(x, y) : Math.pow(x, y);
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

function isclose(args: PyValue[], kw: KwArgs | null): boolean {
  const [a0, b0, rt, at] = parseArgs("isclose", args, kw, ["a", "b", "*", "rel_tol?", "abs_tol?"]);
  const a = num(a0!), b = num(b0!);
  const rel = rt === undefined ? 1e-9 : num(rt);
  const abs = at === undefined ? 0.0 : num(at);
  if (rel < 0.0 || abs < 0.0) throw pyErr(ValueError, "tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return (diff <= Math.abs(rel * b)) || (diff <= Math.abs(rel * a)) || (diff <= abs);
}

function nonNegInt(v: PyValue, what: string): bigint {
  const n = big(intArg(v));
  if (n < 0n) throw pyErr(ValueError, `${what} must be a non-negative integer`);
  return n;
}

export function createMathModule(_interp: Interpreter): PyModule {
  const m = makeModule("math", {
    pi: F(Math.PI),
    e: F(Math.E),
    tau: F(2 * Math.PI),
    inf: F(Infinity),
    nan: F(NaN),
    sqrt: math1("sqrt", Math.sqrt, false),
    cbrt: math1("cbrt", cbrt, false),
    exp: math1("exp", crExp, true),
    exp2: math1("exp2", (x) => Math.pow(2, x), true),
    expm1: math1("expm1", Math.expm1, true),
    log1p: math1("log1p", (x) => (x === -1 ? -Infinity : Math.log1p(x)), false),
    sin: math1("sin", crSin, false),
    cos: math1("cos", crCos, false),
    tan: math1("tan", Math.tan, false),
    asin: math1("asin", Math.asin, false),
    acos: math1("acos", Math.acos, false),
    atan: math1("atan", Math.atan, false),
    sinh: math1("sinh", Math.sinh, true),
    cosh: math1("cosh", Math.cosh, true),
    tanh: math1("tanh", Math.tanh, false),
    asinh: math1("asinh", Math.asinh, false),
    acosh: math1("acosh", Math.acosh, false),
    atanh: math1("atanh", (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), false),
    erf: math1("erf", m_erf, false),
    erfc: math1("erfc", m_erfc, false),
    gamma: math1("gamma", m_tgamma, true),
    lgamma: math1("lgamma", m_lgamma, true),
    fabs: math1("fabs", Math.abs, false),
    degrees: math1("degrees", (x) => x * (180.0 / Math.PI), true),
    radians: math1("radians", (x) => x * (Math.PI / 180.0), false),
    floor: roundingFn("floor", "__floor__", Math.floor),
    ceil: roundingFn("ceil", "__ceil__", Math.ceil),
    trunc: roundingFn("trunc", "__trunc__", Math.trunc),
    atan2: (a) => {
      nArgs("atan2", a, 2);
      return F(Math.atan2(num(a[0]), num(a[1])));
    },
    copysign: (a) => {
      nArgs("copysign", a, 2);
      const x = num(a[0]), y = num(a[1]);
      const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && bitsOf(y) >> 63n === 1n);
      return F(neg ? -Math.abs(x) : Math.abs(x));
    },
    fmod: (a) => {
      nArgs("fmod", a, 2);
      const x = num(a[0]), y = num(a[1]);
      if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return F(x);
      const r = x % y;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
      return F(r);
    },
    remainder: (a) => {
      nArgs("remainder", a, 2);
      return F(m_remainder(num(a[0]), num(a[1])));
    },
    modf: (a, kw) => {
      oneArg("modf", a, kw);
      const x = num(a[0]);
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return newTuple([F(x), F(x)]);
        return newTuple([F(x > 0 ? 0.0 : -0.0), F(x)]);
      }
      const ip = Math.trunc(x);
      let fp = x - ip;
      if (fp === 0) fp = x < 0 || Object.is(x, -0) ? -0 : 0;
      return newTuple([F(fp), F(ip)]);
    },
    frexp: (a, kw) => {
      oneArg("frexp", a, kw);
      const x = num(a[0]);
      const [mm, e] = frexp(x);
      return newTuple([F(mm), e]);
    },
    ldexp: (a) => {
      nArgs("ldexp", a, 2);
      const x = num(a[0]);
      const ev = a[1];
      if (ev instanceof PyFloat || !(isIntLike(ev) || ev instanceof PyIntSub || indexOrNull(ev) !== null)) {
        throw pyErr(TypeError, "Expected an int as second argument to ldexp.");
      }
      const e = big(intArg(ev));
      if (x === 0 || !Number.isFinite(x)) return F(x);
      const ee = e > 10000n ? 10000 : e < -10000n ? -10000 : Number(e);
      const r = ldexp(x, ee);
      if (!Number.isFinite(r)) throw rangeError();
      return F(r);
    },
    pow: (a) => {
      nArgs("pow", a, 2);
      return F(floatPow(num(a[0]), num(a[1])));
    },
    log: (a, kw) => {
      if (kw !== null && kw.size > 0) throw pyErr(TypeError, "math.log() takes no keyword arguments");
      if (a.length < 1 || a.length > 2) {
        throw pyErr(TypeError, a.length < 1 ? `log expected at least 1 argument, got ${a.length}` : `log expected at most 2 arguments, got ${a.length}`);
      }
      const x = logOf(a[0], crLog, LN2);
      if (a.length === 1) return F(x);
      const b = logOf(a[1], crLog, LN2);
      if (b === 0) throw pyErr(ZeroDivisionError, "float division by zero");
      return F(x / b);
    },
    log2: (a, kw) => {
      oneArg("log2", a, kw);
      return F(logOf(a[0], log2, 1));
    },
    log10: (a, kw) => {
      oneArg("log10", a, kw);
      return F(logOf(a[0], log10, 0.30102999566398120));
    },
    isfinite: (a, kw) => {
      oneArg("isfinite", a, kw);
      return Number.isFinite(num(a[0]));
    },
    isinf: (a, kw) => {
      oneArg("isinf", a, kw);
      const x = num(a[0]);
      return x === Infinity || x === -Infinity;
    },
    isnan: (a, kw) => {
      oneArg("isnan", a, kw);
      return Number.isNaN(num(a[0]));
    },
    isclose,
    nextafter: (a) => {
      nArgs("nextafter", a, 2);
      return F(nextafter(num(a[0]), num(a[1])));
    },
    ulp: (a, kw) => {
      oneArg("ulp", a, kw);
      return F(ulp(num(a[0])));
    },
    hypot: (a, kw) => {
      if (kw !== null && kw.size > 0) throw pyErr(TypeError, "hypot() takes no keyword arguments");
      return F(hypot(a));
    },
    dist: (a) => {
      nArgs("dist", a, 2);
      const p = toArray(a[0]), q = toArray(a[1]);
      if (p.length !== q.length) throw pyErr(ValueError, "both points must have the same number of dimensions");
      let max = 0.0, foundNan = false;
      const vec = p.map((pv, i) => {
        const x = Math.abs(num(pv) - num(q[i]));
        foundNan ||= Number.isNaN(x);
        if (x > max) max = x;
        return x;
      });
      return F(vectorNorm(vec, max, foundNan));
    },
    fsum: (a, kw) => {
      oneArg("fsum", a, kw);
      return F(fsum(a[0]));
    },
    prod: (a, kw) => {
      const [it, start] = parseArgs("prod", a, kw, ["iterable", "*", "start?"]);
      let acc: PyValue = start === undefined ? 1 : start;
      const iter = iterate(it!);
      for (let x = iter.next(); x !== DONE; x = iter.next()) acc = binaryOp("*", acc, x);
      return acc;
    },
    factorial: (a, kw) => {
      oneArg("factorial", a, kw);
      const v = a[0];
      if (v instanceof PyFloat) throw pyErr(TypeError, "'float' object cannot be interpreted as an integer");
      const n = intArg(v);
      if (typeof n === "number" ? n < 0 : n < 0n) throw pyErr(ValueError, "factorial() not defined for negative values");
      if (typeof n === "bigint") throw pyErr(OverflowError, "factorial() argument should not exceed 9223372036854775807");
      if (n <= 18) {
        let r = 1;
        for (let i = 2; i <= n; i++) r *= i;
        return r;
      }
      return norm(factorial(BigInt(n)));
    },
    gcd: (a, kw) => {
      if (kw !== null && kw.size > 0) throw pyErr(TypeError, "gcd() takes no keyword arguments");
      let allSmall = true;
      const vals = a.map((v) => {
        const i = intArg(v);
        if (typeof i !== "number") allSmall = false;
        return i;
      });
      if (allSmall) {
        let g = 0;
        for (const v of vals) g = gcdNum(g, v as number);
        return g;
      }
      let g = 0n;
      for (const v of vals) g = gcd2(g, big(v));
      return norm(g);
    },
    lcm: (a, kw) => {
      if (kw !== null && kw.size > 0) throw pyErr(TypeError, "lcm() takes no keyword arguments");
      let l = 1n;
      for (const v of a) {
        const i = bigAbs(big(intArg(v)));
        if (l === 0n || i === 0n) {
          l = 0n;
          continue;
        }
        l = (l / gcd2(l, i)) * i;
      }
      return norm(l);
    },
    isqrt: (a, kw) => {
      oneArg("isqrt", a, kw);
      return norm(isqrtBig(big(intArg(a[0]))));
    },
    comb: (a) => {
      nArgs("comb", a, 2);
      const n = nonNegInt(a[0], "n"), k = nonNegInt(a[1], "k");
      if (k > n) return 0;
      return norm(combBig(n, k));
    },
    perm: (a) => {
      if (a.length < 1 || a.length > 2) throw pyErr(TypeError, a.length < 1 ? `perm expected at least 1 argument, got ${a.length}` : `perm expected at most 2 arguments, got ${a.length}`);
      const n = nonNegInt(a[0], "n");
      if (a.length === 1 || a[1] === None) return norm(factorial(n));
      const k = nonNegInt(a[1], "k");
      if (k > n) return 0;
      return norm(permBig(n, k));
    },
  });
  return m;
}
