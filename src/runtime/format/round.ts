// round() for float and int, as CPython's float.__round__ and int.__round__.

import { fixedDigits, fixedFromShortest } from "./dtoa.js";
import { overflowError, valueError } from "./errors.js";
import { normInt } from "./int-text.js";

/** C's round(): half away from zero. */
function cRound(x: number): number {
  const t = Math.trunc(x);
  const frac = x - t;
  if (frac >= 0.5) return t + 1;
  if (frac <= -0.5) return t - 1;
  return t;
}

// (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x) (ndigits null) or round(x, ndigits) for a float.
 *
 * With ndigits null the result is the integral value as a double (round half
 * to even), which the runtime turns into an int with floatToInt; infinities
 * and NaN raise OverflowError / ValueError as CPython does. Otherwise the
 * result is the float round(x, ndigits) (ndigits is a Py_ssize_t: the
 * runtime clips huge values to ±2**63 or any |n| > 400).
 */
export function roundFloat(x: number, ndigits: number | null): number {
  if (ndigits === null) {
    if (x !== x) throw valueError("cannot convert float NaN to integer");
    if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
    let r = cRound(x);
    if (Math.abs(x - r) === 0.5) r = 2 * cRound(x / 2);
    return r;
  }
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  if (x === 0) return x;
  const neg = x < 0;
  if (ndigits >= 0) {
    const s = fixedFromShortest(neg ? -x : x, ndigits);
    if (s !== null) return neg ? -Number(s) : Number(s);
  }
  const d = fixedDigits(neg ? -x : x, ndigits);
  const r = d.digits === "" ? 0 : Number(d.digits + "e" + (d.decpt - d.digits.length));
  if (r === Infinity) throw overflowError("rounded value too large to represent");
  return neg ? -r : r;
}

/** int(x) for a finite float: a number when safe, else a bigint. */
export function floatToInt(x: number): number | bigint {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

/** round(v, ndigits) for an int: exact, halves to even. */
export function roundInt(v: number | bigint, ndigits: number): number | bigint {
  if (ndigits >= 0) return v;
  const k = -ndigits;
  if (typeof v === "number") {
    if (k > 16) return 0; // |v| < 2**53 < 10**16 / 2
    const b = 10 ** k;
    const r = v % b;
    let q = (v - r) / b;
    const r2 = Math.abs(r) * 2;
    if (r2 > b || (r2 === b && q % 2 !== 0)) q += v < 0 ? -1 : 1;
    const res = q * b;
    if (Number.isSafeInteger(res)) return res === 0 ? 0 : res;
    return BigInt(q) * BigInt(b);
  }
  const a = v < 0n ? -v : v;
  if (k > a.toString().length) return 0;
  const b = 10n ** BigInt(k);
  let q = v / b;
  const r = v % b;
  const r2 = (r < 0n ? -r : r) * 2n;
  if (r2 > b || (r2 === b && q % 2n !== 0n)) q += v < 0n ? -1n : 1n;
  return normInt(q * b);
}
