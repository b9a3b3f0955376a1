// repr(float) and PyOS_double_to_string: turning a double into text the way
// CPython's format_float_short does.

import { fixedDigits, fixedFromShortest, precisionDigits, shortestDigits, toFixedIsExact } from "./dtoa.js";
import type { Digits } from "./dtoa.js";

/** Flags of doubleToString (CPython's Py_DTSF_*). */
export const DTSF_SIGN = 1; // always add a sign
export const DTSF_ADD_DOT_0 = 2; // '1.0' rather than '1' for integral values
export const DTSF_ALT = 4; // '#' alternate form
export const DTSF_NO_NEG_0 = 8; // 'z': no '-' on a value that rounds to zero

/** repr(x) and str(x) of a Python float. */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
  return doubleToString(x, "r", 0, DTSF_ADD_DOT_0);
}

function expText(exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
}

/**
 * PyOS_double_to_string(val, code, precision, flags): `code` is one of
 * e E f F g G r ('r' = repr, precision ignored). Returns e.g. "-1.50e+03",
 * "inf", "NAN".
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let fmt = code;
  if (code === "E" || code === "F" || code === "G") {
    upper = true;
    fmt = code.toLowerCase();
  }
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const signStr = neg ? "-" : flags & DTSF_SIGN ? "+" : "";
  if (x !== x) return (flags & DTSF_SIGN ? "+" : "") + (upper ? "NAN" : "nan");
  if (x === Infinity || x === -Infinity) return signStr + (upper ? "INF" : "inf");
  const ax = neg ? -x : x;
  const alt = (flags & DTSF_ALT) !== 0;

  // Fast paths for 'f': from the shortest repr, or toFixed (exact unless the
  // value is a tie).
  let body: string | null = null;
  if (fmt === "f") {
    body = fixedFromShortest(ax, precision);
    if (body === null && toFixedIsExact(ax, precision)) body = ax.toFixed(precision);
  }
  if (body !== null) {
    let sign = signStr;
    if (neg && flags & DTSF_NO_NEG_0 && isAllZeros(body)) sign = flags & DTSF_SIGN ? "+" : "";
    return sign + body + (alt && precision === 0 ? "." : "");
  }

  let d: Digits;
  let mode2Precision = precision;
  if (fmt === "e") mode2Precision = precision + 1;
  else if (fmt === "g" && precision === 0) mode2Precision = 1;
  if (ax === 0) {
    d = { digits: "0", decpt: 1 };
  } else if (fmt === "r") {
    d = shortestDigits(ax);
  } else if (fmt === "f") {
    d = fixedDigits(ax, precision);
  } else {
    d = precisionDigits(ax, mode2Precision);
  }
  return formatDigits(d, neg, fmt, mode2Precision, flags, upper);
}

function isAllZeros(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}

/** The layout half of format_float_short. `precision` is dtoa's (e: +1). */
function formatDigits(d: Digits, neg: boolean, fmt: string, precision: number, flags: number, upper: boolean): string {
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  let sign = neg;
  if (flags & DTSF_NO_NEG_0 && sign && (digitsLen === 0 || digits === "0")) sign = false;

  let useExp = false;
  let vEnd = digitsLen;
  switch (fmt) {
    case "e":
      useExp = true;
      vEnd = precision;
      break;
    case "f":
      vEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default: // 'r'
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = sign ? "-" : flags & DTSF_SIGN ? "+" : "";
  if (decpt <= 0) {
    out += "0".repeat(decpt - vStart) + "." + "0".repeat(-decpt);
  } else if (vStart < 0) {
    out += "0".repeat(-vStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += "0".repeat(decpt - digitsLen) + "." + "0".repeat(vEnd - decpt);
  } else if (vEnd > digitsLen) {
    out += "0".repeat(vEnd - digitsLen);
  }
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) out += (upper ? "E" : "e") + expText(exp);
  return out;
}
