// int <-> text: str(int) with the 4300-digit limit, int(str, base) and
// float(str), with CPython 3.11's acceptance rules.

import { getIntMaxStrDigits, intToStrLimitMessage, strToIntLimitMessage, valueError } from "./errors.js";

const ND = /\p{Nd}/u;

/** Py_UNICODE_TODECIMAL: the value of a decimal digit code point, or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !ND.test(String.fromCodePoint(cp))) return -1;
  // Decimal digits come in contiguous runs of whole 0..9 blocks.
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Py_UNICODE_ISSPACE. */
export function isPySpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

let limitPow: bigint | null = null;
let limitPowFor = 0;

/** Throws the int-to-str ValueError when |v| has more decimal digits than allowed. */
export function checkDecimalLimit(v: bigint): void {
  const limit = getIntMaxStrDigits();
  if (limit <= 0) return;
  if (limitPowFor !== limit || limitPow === null) {
    limitPow = 10n ** BigInt(limit);
    limitPowFor = limit;
  }
  if ((v < 0n ? -v : v) >= limitPow) throw valueError(intToStrLimitMessage(limit));
}

/**
 * str(v) in base 2, 8, 10 or 16: a '-' sign when negative, no prefix,
 * lowercase digits. Base 10 honours sys.get_int_max_str_digits().
 */
export function intToString(v: number | bigint, base: 2 | 8 | 10 | 16 = 10): string {
  if (typeof v === "number") return base === 10 ? String(v) : v.toString(base);
  if (base === 10) checkDecimalLimit(v);
  return v.toString(base);
}

/** A number when safe, else a bigint (pyasync's int representation). */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ',
 * decimal digits become ASCII digits, anything else non-ASCII ends the text
 * with a '?'.
 */
function toAsciiDigits(s: string): string {
  let i = 0;
  for (; i < s.length; i++) if (s.charCodeAt(i) >= 127) break;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (const ch of s.slice(i)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isPySpace(cp)) out += " ";
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + "?";
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * int(s, base): the value, or null when `s` is not a valid literal (the
 * runtime then raises "invalid literal for int() with base N: <repr>").
 * Throws FormatError for a bad base or a decimal literal over the digit limit.
 */
export function parseIntLiteral(text: string, base: number): number | bigint | null {
  if ((base !== 0 && base < 2) || base > 36) throw valueError("int() base must be >= 2 and <= 36, or 0");
  const s = toAsciiDigits(text);
  const n = s.length;
  let p = 0;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  let neg = false;
  if (s[p] === "+") p++;
  else if (s[p] === "-") {
    p++;
    neg = true;
  }
  let errorIfNonzero = false;
  const c1 = s[p + 1];
  if (base === 0) {
    if (s[p] !== "0") base = 10;
    else if (c1 === "x" || c1 === "X") base = 16;
    else if (c1 === "o" || c1 === "O") base = 8;
    else if (c1 === "b" || c1 === "B") base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    s[p] === "0" &&
    ((base === 16 && (c1 === "x" || c1 === "X")) ||
      (base === 8 && (c1 === "o" || c1 === "O")) ||
      (base === 2 && (c1 === "b" || c1 === "B")))
  ) {
    p += 2;
    if (s[p] === "_") p++;
  }
  if (s[p] === "_") return null;
  // Scan digits and single underscores between them.
  const start = p;
  let digits = 0;
  let prevUnderscore = false;
  let clean = "";
  let runStart = p;
  for (; p < n; p++) {
    const c = s.charCodeAt(p);
    if (c === 95) {
      if (prevUnderscore) return null;
      clean += s.slice(runStart, p);
      runStart = p + 1;
      prevUnderscore = true;
    } else if (digitValue(c) < base) {
      digits++;
      prevUnderscore = false;
    } else break;
  }
  if (prevUnderscore) return null;
  clean += s.slice(runStart, p);
  if ((base & (base - 1)) !== 0) {
    const limit = getIntMaxStrDigits();
    if (limit > 0 && digits > limit) throw valueError(strToIntLimitMessage(digits, limit));
  }
  if (p === start) return null;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  if (p !== n) return null;
  let v = digitsToInt(clean, base);
  if (errorIfNonzero && v !== 0) return null;
  if (neg) v = typeof v === "number" ? (v === 0 ? 0 : -v) : -v;
  return typeof v === "bigint" ? normInt(v) : v;
}

function digitsToInt(d: string, base: number): number | bigint {
  if (base === 10) return d.length <= 15 ? Number(d) : BigInt(d);
  if (d.length * Math.log2(base) < 53) return parseInt(d, base);
  if (base === 16) return BigInt("0x" + d);
  if (base === 8) return BigInt("0o" + d);
  if (base === 2) return BigInt("0b" + d);
  // Other bases: 10 digits at a time (36**10 < 2**53).
  const b = BigInt(base);
  let acc = 0n;
  for (let i = 0; i < d.length; i += 10) {
    const chunk = d.slice(i, i + 10);
    acc = acc * b ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
  }
  return acc;
}

const FLOAT_RE = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SPECIAL_RE = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/**
 * float(s): the value, or null when invalid (the runtime raises
 * "could not convert string to float: <repr>").
 */
export function parseFloatLiteral(text: string): number | null {
  let s = toAsciiDigits(text);
  if (s.indexOf("_") >= 0) {
    let out = "";
    let prev = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) {
        if (!(prev >= 48 && prev <= 57)) return null;
      } else {
        if (prev === 95 && !(c >= 48 && c <= 57)) return null;
        out += s[i];
      }
      prev = c;
    }
    if (prev === 95) return null;
    s = out;
  }
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  if (a > 0 || b < s.length) s = s.slice(a, b);
  if (FLOAT_RE.test(s)) return Number(s);
  const m = SPECIAL_RE.exec(s);
  if (m === null) return null;
  if (m[2] === undefined) return m[1] === "-" ? -NaN : NaN;
  return m[1] === "-" ? -Infinity : Infinity;
}
