// Python int arithmetic on the two representations: a JS number for values
// within ±(2**53-1) (the fast path) and a bigint beyond. Every result is
// normalised, so a bigint is never used for a value that fits a number and
// `===` stays a correct equality test.

import { PyFloat } from "./object.js";
import { pyErr, ZeroDivisionError, OverflowError, ValueError } from "./exceptions.js";

export type Int = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

export function norm(b: bigint): Int {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

export function big(a: Int | boolean): bigint {
  return typeof a === "bigint" ? a : BigInt(a as number);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw pyErr(ZeroDivisionError, "integer division or modulo by zero");
    const q = Math.floor(a / b);
    // a / b is exact enough for |a|,|b| < 2**53 except near the limit; verify.
    if (Number.isSafeInteger(q) && Math.abs(a) < 2 ** 52) return q === 0 ? 0 : q;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw pyErr(ZeroDivisionError, "integer division or modulo by zero");
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return norm(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw pyErr(ZeroDivisionError, "integer modulo by zero");
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw pyErr(ZeroDivisionError, "integer modulo by zero");
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return norm(r);
}

export function intPow(a: Int, b: Int): Int | PyFloat {
  if (intSign(b) < 0) {
    const fa = intToFloat(a);
    if (fa === 0) throw pyErr(ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return new PyFloat(Math.pow(fa, intToFloat(b)));
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) ** big(b));
}

export function intPowMod(a: Int, b: Int, m: Int): Int {
  let base = big(a), exp = big(b);
  const mod = big(m);
  if (mod === 0n) throw pyErr(ValueError, "pow() 3rd argument cannot be 0");
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  let result = 1n;
  base = ((base % mod) + mod) % mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  let r = result % mod;
  if (r !== 0n && (r < 0n) !== (mod < 0n)) r += mod;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  const mm = m < 0n ? -m : m;
  let [r0, r1] = [((a % mm) + mm) % mm, mm];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw pyErr(ValueError, "base is not invertible for the given modulus");
  return ((s0 % mm) + mm) % mm;
}

export function intNeg(a: Int): Int {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : norm(-a);
}

export function intSign(a: Int): number {
  return typeof a === "number" ? Math.sign(a) : a > 0n ? 1 : a < 0n ? -1 : 0;
}

export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw pyErr(OverflowError, "int too large to convert to float");
  return f;
}

function isInt32(a: Int): a is number {
  return typeof a === "number" && (a | 0) === a;
}

export function intAnd(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a & b : norm(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a | b : norm(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a ^ b : norm(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  return isInt32(a) ? ~a : norm(-big(a) - 1n);
}
export function intLshift(a: Int, b: Int): Int {
  if (intSign(b) < 0) throw pyErr(ValueError, "negative shift count");
  return norm(big(a) << big(b));
}
export function intRshift(a: Int, b: Int): Int {
  if (intSign(b) < 0) throw pyErr(ValueError, "negative shift count");
  if (isInt32(a) && typeof b === "number" && b < 32) return a >> b;
  return norm(big(a) >> big(b));
}

/** True division of ints, correctly rounded (as CPython's long_true_divide). */
export function intTrueDiv(a: Int, b: Int): number {
  if (intSign(b) === 0) throw pyErr(ZeroDivisionError, "division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const neg = (intSign(a) < 0) !== (intSign(b) < 0);
  let n = big(a), d = big(b);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  if (n === 0n) return neg ? -0 : 0;
  // Scale so the integer quotient has at least 64 significant bits, keep a
  // sticky bit for the remainder, and let the BigInt -> Number conversion
  // round to nearest-even.
  const shift = Math.max(0, 66 + bitLength(d) - bitLength(n));
  const num = n << BigInt(shift);
  let q = num / d;
  if (num % d !== 0n) q |= 1n;
  let r = Number(q);
  if (!Number.isFinite(r) && shift === 0) throw pyErr(OverflowError, "integer division result too large for a float");
  for (let s = shift; s > 0; s -= 1000) r /= 2 ** Math.min(s, 1000);
  if (!Number.isFinite(r)) throw pyErr(OverflowError, "integer division result too large for a float");
  return neg ? -r : r;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Python's hash() of an int (mod 2**61 - 1, with -1 mapped to -2). */
export function intHash(a: Int): number {
  const P = (1n << 61n) - 1n;
  if (typeof a === "number" && Math.abs(a) < 2 ** 53) {
    if (a === -1) return -2;
    if (Math.abs(a) < 2 ** 52) return a; // a < P, so hash(a) == a
  }
  const x = big(a);
  let h = (x < 0n ? -x : x) % P;
  if (x < 0n) h = -h;
  if (h === -1n) h = -2n;
  return Number(h);
}

export function intBitLength(a: Int): number {
  const x = big(a);
  return (x < 0n ? -x : x).toString(2).replace(/^0$/, "").length;
}
