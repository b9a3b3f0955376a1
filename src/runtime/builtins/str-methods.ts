// The methods of `str`, with CPython 3.11's semantics and error messages.
//
// A Python str is a JS string. Indices count code points: strings without
// surrogates (the common case) are handled directly on UTF-16 units; the
// others go through code-point offset tables.

import { KwArgs, PyList, PyObject, PyTuple, PyValue } from "../object.js";
import { strType, typeOf, None, NotImplemented, defMethod, defFastMethod, defStatic, PySlice } from "../types.js";
import { pyErr, TypeError, ValueError, OverflowError, PyBaseException, LookupError } from "../exceptions.js";
import { PyDict, newList, newTuple, newDict } from "../containers.js";
import { indexOrNull, isIntLike, asInt, pyHash } from "../ops.js";
import { iterate, DONE, arrayIter, strIteratorType } from "../iter.js";
import { repr } from "../repr.js";
import { getItem, hasSurrogates } from "../subscript.js";
import { pyFormat } from "../formatting.js";
import { typeName } from "../typename.js";
import { isPySpace } from "../format/index.js";
import { encodeStr } from "./bytes-methods.js";
import { strFormat, strFormatMap, strPercent, installStrFormat } from "./str-format.js";

// ------------------------------------------------------------------ str values

/**
 * The str value of `v`: a JS string, or an instance of a user subclass of
 * str (which carries its value in `value`). undefined otherwise.
 */
let unwrapStr: (v: PyValue) => string | undefined = (v) => {
  if (typeof v === "string") return v;
  if (v instanceof PyObject && v.cls.isSubclassOf(strType)) {
    const inner = (v as unknown as { value?: unknown }).value;
    if (typeof inner === "string") return inner;
  }
  return undefined;
};

/** Lets the runtime say how instances of str subclasses hold their value. */
export function setStrUnwrap(f: (v: PyValue) => string | undefined): void {
  unwrapStr = f;
}

export function strValue(v: PyValue): string | undefined {
  return typeof v === "string" ? v : unwrapStr(v);
}

// ------------------------------------------------------------------ code points

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Offsets (in UTF-16 units) of each code point of s, plus s.length at the end. */
function cpOffsets(s: string): number[] {
  const offs: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    offs.push(i);
    i += isHigh(s.charCodeAt(i)) && i + 1 < n && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  }
  offs.push(n);
  return offs;
}

/** The code point index of UTF-16 offset u (which must be a boundary). */
function u16ToCp(offs: number[], u: number): number {
  let lo = 0, hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether UTF-16 offset u does not split a surrogate pair. */
function isBoundary(s: string, u: number): boolean {
  return u <= 0 || u >= s.length || !(isLow(s.charCodeAt(u)) && isHigh(s.charCodeAt(u - 1)));
}

export function cpLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
  }
  return n;
}

function cps(s: string): string[] {
  return Array.from(s);
}

/**
 * s.indexOf(sub, from) restricted to matches that end by `end` and, when the
 * needle has surrogates, do not split a surrogate pair of s.
 */
function indexIn(s: string, sub: string, from: number, end: number, check: boolean): number {
  for (;;) {
    const r = s.indexOf(sub, from);
    if (r < 0 || r + sub.length > end) return -1;
    if (!check || (isBoundary(s, r) && isBoundary(s, r + sub.length))) return r;
    from = r + 1;
  }
}

function lastIndexIn(s: string, sub: string, start: number, end: number, check: boolean): number {
  let from = end - sub.length;
  for (;;) {
    if (from < start) return -1;
    const r = s.lastIndexOf(sub, from);
    if (r < start) return -1;
    if (!check || (isBoundary(s, r) && isBoundary(s, r + sub.length))) return r;
    from = r - 1;
  }
}

// ------------------------------------------------------------------ argument helpers

const PY_SSIZE_MAX = Number.MAX_SAFE_INTEGER;

function noKw(name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `str.${name}() takes no keyword arguments`);
}

/** METH_NOARGS. */
function noArgs(name: string, a: PyValue[], kw: KwArgs | null): void {
  noKw(name, kw);
  if (a.length !== 0) throw pyErr(TypeError, `str.${name}() takes no arguments (${a.length} given)`);
}

/** METH_O. */
function oneArg(name: string, a: PyValue[], kw: KwArgs | null): PyValue {
  noKw(name, kw);
  if (a.length !== 1) throw pyErr(TypeError, `str.${name}() takes exactly one argument (${a.length} given)`);
  return a[0];
}

/** Argument Clinic, positional-only parameters. */
function posArgs(name: string, a: PyValue[], kw: KwArgs | null, min: number, max: number): void {
  noKw(name, kw);
  const n = a.length;
  if (n < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** PyArg_ParseTuple-style methods (find, count, startswith, ...). */
function tupleArgs(name: string, a: PyValue[], kw: KwArgs | null, min: number, max: number): void {
  noKw(name, kw);
  const n = a.length;
  if (n < min) throw pyErr(TypeError, `${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  if (n > max) throw pyErr(TypeError, `${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
}

/** Argument Clinic with keyword parameters, all optional. */
function kwArgs(name: string, a: PyValue[], kw: KwArgs | null, names: readonly string[]): (PyValue | undefined)[] {
  if (a.length > names.length) {
    throw pyErr(TypeError, `${name}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${a.length} given)`);
  }
  const out: (PyValue | undefined)[] = names.map((_, i) => a[i]);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
      if (i < a.length) throw pyErr(TypeError, `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}

/** The Py_ssize_t converter. */
export function ssize(v: PyValue): number {
  if (typeof v === "number") return v;
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") throw pyErr(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

/** The C int converter (expandtabs, splitlines). */
function cInt(v: PyValue): number {
  if (typeof v === "number" || typeof v === "boolean") {
    const n = typeof v === "boolean" ? (v ? 1 : 0) : v;
    if (n > 2147483647 || n < -2147483648) throw pyErr(OverflowError, "Python int too large to convert to C int");
    return n;
  }
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = Number(i);
  if (n > 2147483647 || n < -2147483648) throw pyErr(OverflowError, "Python int too large to convert to C int");
  return n;
}

/** _PyEval_SliceIndex: None, or an int clamped to the ssize_t range. */
export function sliceArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  if (typeof v === "number") return v;
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, "slice indices must be integers or None or have an __index__ method");
  if (typeof i === "bigint") return i < 0n ? -PY_SSIZE_MAX : PY_SSIZE_MAX;
  return i;
}

/** ADJUST_INDICES. */
export function adjustIndices(start: number | null, end: number | null, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? PY_SSIZE_MAX;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

function mustBeStr(v: PyValue, what = "must be str"): string {
  const s = strValue(v);
  if (s === undefined) throw pyErr(TypeError, `${what}, not ${typeName(v)}`);
  return s;
}

// ------------------------------------------------------------------ searching

/** find/rfind: the code point index or -1. */
export function strFind(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined, reverse: boolean): number {
  const start = sliceArg(startArg), end = sliceArg(endArg);
  const subSur = hasSurrogates(sub);
  if (!subSur && !hasSurrogates(s)) {
    const [st, en] = adjustIndices(start, end, s.length);
    if (en - st < sub.length) return -1;
    return reverse ? lastIndexIn(s, sub, st, en, false) : indexIn(s, sub, st, en, false);
  }
  const offs = cpOffsets(s);
  const [st, en] = adjustIndices(start, end, offs.length - 1);
  if (en - st < cpLen(sub)) return -1;
  const us = offs[st], ue = offs[en];
  const r = reverse ? lastIndexIn(s, sub, us, ue, subSur) : indexIn(s, sub, us, ue, subSur);
  return r < 0 ? -1 : u16ToCp(offs, r);
}

export function strCount(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined): number {
  const start = sliceArg(startArg), end = sliceArg(endArg);
  const subSur = hasSurrogates(sub);
  let us: number, ue: number, n: number;
  if (!subSur && !hasSurrogates(s)) {
    const [st, en] = adjustIndices(start, end, s.length);
    if (en - st < sub.length) return 0;
    us = st;
    ue = en;
    n = en - st;
  } else {
    const offs = cpOffsets(s);
    const [st, en] = adjustIndices(start, end, offs.length - 1);
    if (en - st < cpLen(sub)) return 0;
    us = offs[st];
    ue = offs[en];
    n = en - st;
  }
  if (sub.length === 0) return n + 1;
  let count = 0;
  for (let i = indexIn(s, sub, us, ue, subSur); i >= 0; i = indexIn(s, sub, i + sub.length, ue, subSur)) count++;
  return count;
}

/** tailmatch: whether s[start:end] starts (or ends) with sub. */
function tailMatch(s: string, sub: string, start: number | null, end: number | null, suffix: boolean): boolean {
  let str = s;
  let len: number;
  let offs: number[] | null = null;
  if (hasSurrogates(s) || hasSurrogates(sub)) {
    offs = cpOffsets(s);
    len = offs.length - 1;
  } else len = s.length;
  const [st, en0] = adjustIndices(start, end, len);
  const subLen = offs ? cpLen(sub) : sub.length;
  const en = en0 - subLen;
  if (en < st) return false;
  if (subLen === 0) return true;
  if (offs) {
    str = s.slice(offs[st], offs[en0]);
    const u = suffix ? str.length - sub.length : 0;
    return str.startsWith(sub, u) && isBoundary(str, u) && isBoundary(str, u + sub.length);
  }
  return suffix ? str.startsWith(sub, en) : str.startsWith(sub, st);
}

function startsEnds(name: "startswith" | "endswith", s: string, a: PyValue[], kw: KwArgs | null): boolean {
  tupleArgs(name, a, kw, 1, 3);
  const start = sliceArg(a[1]), end = sliceArg(a[2]);
  const suffix = name === "endswith";
  const p = a[0];
  if (p instanceof PyTuple) {
    for (const item of p.items) {
      const t = strValue(item);
      if (t === undefined) throw pyErr(TypeError, `tuple for ${name} must only contain str, not ${typeName(item)}`);
      if (tailMatch(s, t, start, end, suffix)) return true;
    }
    return false;
  }
  const t = strValue(p);
  if (t === undefined) throw pyErr(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
  return tailMatch(s, t, start, end, suffix);
}

// ------------------------------------------------------------------ splitting

function isSpaceCode(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) : isPySpace(c);
}

function splitWhitespace(s: string, maxcount: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

function rsplitWhitespace(s: string, maxcount: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

export function strSplit(s: string, sep: string | null, maxsplit: number): string[] {
  const maxcount = maxsplit < 0 ? PY_SSIZE_MAX : maxsplit;
  if (sep === null) return splitWhitespace(s, maxcount);
  if (sep.length === 0) throw pyErr(ValueError, "empty separator");
  const check = hasSurrogates(sep);
  const out: string[] = [];
  let i = 0;
  let count = maxcount;
  while (count-- > 0) {
    const j = indexIn(s, sep, i, s.length, check);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(i === 0 ? s : s.slice(i));
  return out;
}

export function strRsplit(s: string, sep: string | null, maxsplit: number): string[] {
  const maxcount = maxsplit < 0 ? PY_SSIZE_MAX : maxsplit;
  if (sep === null) return rsplitWhitespace(s, maxcount);
  if (sep.length === 0) throw pyErr(ValueError, "empty separator");
  const check = hasSurrogates(sep);
  const out: string[] = [];
  let end = s.length;
  let count = maxcount;
  while (count-- > 0) {
    const j = lastIndexIn(s, sep, 0, end, check);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(end === s.length ? s : s.slice(0, end));
  return out.reverse();
}

function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function strSplitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

function splitArgs(name: string, a: PyValue[], kw: KwArgs | null): [string | null, number] {
  const [sepArg, maxArg] = kwArgs(name, a, kw, ["sep", "maxsplit"]);
  let sep: string | null = null;
  if (sepArg !== undefined && sepArg !== None) {
    const t = strValue(sepArg);
    if (t === undefined) throw pyErr(TypeError, `must be str or None, not ${typeName(sepArg)}`);
    sep = t;
  }
  return [sep, maxArg === undefined ? -1 : ssize(maxArg)];
}

// ------------------------------------------------------------------ stripping

function stripChars(s: string, charsArg: PyValue | undefined, name: string, left: boolean, right: boolean): string {
  if (charsArg === undefined || charsArg === None) {
    let i = 0, j = s.length;
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const chars = strValue(charsArg);
  if (chars === undefined) throw pyErr(TypeError, `${name} arg must be None or str`);
  if (!hasSurrogates(s) && !hasSurrogates(chars)) {
    let i = 0, j = s.length;
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set(cps(chars));
  const a = cps(s);
  let i = 0, j = a.length;
  if (left) while (i < j && set.has(a[i])) i++;
  if (right) while (j > i && set.has(a[j - 1])) j--;
  return a.slice(i, j).join("");
}

// ------------------------------------------------------------------ case mapping

function decodeTable(data: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const entry of data.split(" ")) {
    const k = entry.indexOf(":");
    m.set(parseInt(entry.slice(0, k), 16), entry.slice(k + 1));
  }
  return m;
}

let titleTable: Map<number, string> | null = null;
let foldTable: Map<number, string> | null = null;

function titleChar(ch: string): string {
  if (titleTable === null) titleTable = decodeTable(TITLE_DATA);
  const t = titleTable.get(ch.codePointAt(0)!);
  return t ?? ch.toUpperCase();
}

function foldChar(ch: string): string {
  if (foldTable === null) foldTable = decodeTable(FOLD_DATA);
  const t = foldTable.get(ch.codePointAt(0)!);
  return t ?? ch.toLowerCase();
}

const CASED = /\p{Cased}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /\p{Uppercase}/u;
const TITLECASE = /\p{Lt}/u;

function isCased(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return CASED.test(ch);
}

/** Lowercase of a[i], with the Final_Sigma rule for U+03A3. */
function lowerAt(a: string[], i: number): string {
  const ch = a[i];
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(a[j])) j--;
  let finalSigma = j >= 0 && isCased(a[j]);
  if (finalSigma && i + 1 < a.length) {
    j = i + 1;
    while (j < a.length && CASE_IGNORABLE.test(a[j])) j++;
    finalSigma = j === a.length || !isCased(a[j]);
  }
  return finalSigma ? "\u03c2" : "\u03c3";
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isUpperCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
}
function isLowerCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(ch);
}
function isTitleCh(ch: string): boolean {
  return ch.charCodeAt(0) >= 128 && TITLECASE.test(ch);
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  if (ASCII_ONLY.test(s)) return s[0].toUpperCase() + s.slice(1).toLowerCase();
  const a = cps(s);
  let out = titleChar(a[0]);
  for (let i = 1; i < a.length; i++) out += lowerAt(a, i);
  return out;
}

export function strTitle(s: string): string {
  const a = cps(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    out += prevCased ? lowerAt(a, i) : titleChar(ch);
    prevCased = isCased(ch);
  }
  return out;
}

export function strSwapcase(s: string): string {
  const a = cps(s);
  let out = "";
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    if (isUpperCh(ch)) out += lowerAt(a, i);
    else if (isLowerCh(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return out;
}

// ------------------------------------------------------------------ character classes

const ALPHA = /^\p{L}+$/u;
const DECIMAL = /^\p{Nd}+$/u;
const PRINTABLE_BAD = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}*$/u;

function inRanges(ranges: readonly number[], c: number): boolean {
  let lo = 0, hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[2 * mid]) hi = mid - 1;
    else if (c > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function isDecimalCh(ch: string): boolean {
  return DECIMAL.test(ch);
}
function isDigitCh(ch: string): boolean {
  return DECIMAL.test(ch) || inRanges(DIGIT_RANGES, ch.codePointAt(0)!);
}
function isNumericCh(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return DECIMAL.test(ch) || inRanges(DIGIT_RANGES, c) || inRanges(NUMERIC_RANGES, c);
}
function isAlphaCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALPHA.test(ch);
}

function allChars(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  const a = cps(s);
  if (!XID_START.test(a[0])) return false;
  for (let i = 1; i < a.length; i++) if (!XID_CONTINUE.test(a[i])) return false;
  return true;
}

export function strIsPrintable(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) {
      if (c < 32 || c === 127) return false;
    } else if (PRINTABLE_BAD.test(ch)) return false;
  }
  return true;
}

function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperCh(ch) || isTitleCh(ch)) return false;
    if (!cased && isLowerCh(ch)) cased = true;
  }
  return cased;
}

function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerCh(ch) || isTitleCh(ch)) return false;
    if (!cased && isUpperCh(ch)) cased = true;
  }
  return cased;
}

function strIsTitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (const ch of s) {
    if (isUpperCh(ch) || isTitleCh(ch)) {
      if (prev) return false;
      prev = true;
      cased = true;
    } else if (isLowerCh(ch)) {
      if (!prev) return false;
      prev = true;
      cased = true;
    } else prev = false;
  }
  return cased;
}

// ------------------------------------------------------------------ padding, tabs, replace

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return " ";
  const t = strValue(v);
  if (t === undefined) throw pyErr(TypeError, `The fill character must be a unicode character, not ${typeName(v)}`);
  if (cpLen(t) !== 1) throw pyErr(TypeError, "The fill character must be exactly one character long");
  return t;
}

function pad(s: string, left: number, right: number, fill: string): string {
  if (left <= 0 && right <= 0) return s;
  return (left > 0 ? fill.repeat(left) : "") + s + (right > 0 ? fill.repeat(right) : "");
}

export function strCenter(s: string, width: number, fill: string): string {
  const len = cpLen(s);
  if (len >= width) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

export function strZfill(s: string, width: number): string {
  const len = cpLen(s);
  if (len >= width) return s;
  const fill = width - len;
  const c = s[0];
  if (c === "+" || c === "-") return c + "0".repeat(fill) + s.slice(1);
  return "0".repeat(fill) + s;
}

export function strExpandtabs(s: string, tabsize: number): string {
  if (!s.includes("\t")) return s;
  let out = "";
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        col += n;
        out += " ".repeat(n);
      }
    } else {
      out += ch;
      if (ch === "\n" || ch === "\r") col = 0;
      else if (!isLow(ch.charCodeAt(0)) || i === 0 || !isHigh(s.charCodeAt(i - 1))) col++;
    }
  }
  return out;
}

export function strReplace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = PY_SSIZE_MAX;
  if (count === 0) return s;
  if (old.length === 0) {
    const a = cps(s);
    let out = "";
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      if (n < count) {
        out += rep;
        n++;
      }
      out += a[i];
    }
    if (n < count) out += rep;
    return out;
  }
  const check = hasSurrogates(old);
  if (!check && count === PY_SSIZE_MAX) return s.split(old).join(rep);
  let out = "";
  let i = 0;
  let n = 0;
  while (n < count) {
    const j = indexIn(s, old, i, s.length, check);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    n++;
  }
  return n === 0 ? s : out + s.slice(i);
}

// ------------------------------------------------------------------ join, translate, maketrans

export function strJoin(sep: string, iterable: PyValue): string {
  let items: PyValue[];
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = iterable.items;
  else {
    let it;
    try {
      it = iterate(iterable);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls === TypeError && typeOf(iterable).lookup("__iter__") === undefined) {
        throw pyErr(TypeError, "can only join an iterable");
      }
      throw e;
    }
    items = [];
    for (let x = it.next(); x !== DONE; x = it.next()) items.push(x);
  }
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x === "string") parts[i] = x;
    else {
      const t = strValue(x);
      if (t === undefined) throw pyErr(TypeError, `sequence item ${i}: expected str instance, ${typeName(x)} found`);
      parts[i] = t;
    }
  }
  return parts.join(sep);
}

function isLookupError(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls.isSubclassOf(LookupError);
}

export function strTranslate(s: string, table: PyValue): string {
  let out = "";
  const cache = new Map<number, string | null>();
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const hit = cache.get(c);
    if (hit !== undefined) {
      if (hit !== null) out += hit;
      continue;
    }
    let v: PyValue | undefined;
    if (table instanceof PyDict && !table.cls.isUserClass) v = table.get(c);
    else {
      try {
        v = getItem(table, c);
      } catch (e) {
        if (!isLookupError(e)) throw e;
        v = undefined;
      }
    }
    let r: string | null;
    if (v === undefined) r = ch;
    else if (v === None) r = null;
    else if (isIntLike(v)) {
      const n = asInt(v);
      if (n < 0 || n > 0x10ffff) throw pyErr(ValueError, "character mapping must be in range(0x110000)");
      r = String.fromCodePoint(Number(n));
    } else {
      const t = strValue(v);
      if (t === undefined) throw pyErr(TypeError, "character mapping must return integer, None or str");
      r = t;
    }
    cache.set(c, r);
    if (r !== null) out += r;
  }
  return out;
}

function strMaketrans(a: PyValue[], kw: KwArgs | null): PyValue {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, "maketrans() takes no keyword arguments");
  if (a.length < 1) throw pyErr(TypeError, `maketrans expected at least 1 argument, got ${a.length}`);
  if (a.length > 3) throw pyErr(TypeError, `maketrans expected at most 3 arguments, got ${a.length}`);
  const d = newDict();
  if (a.length === 1) {
    const x = a[0];
    if (!(x instanceof PyDict)) throw pyErr(TypeError, "if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.table.entries()) {
      if (isIntLike(k)) d.set(asInt(k), v);
      else {
        const t = strValue(k);
        if (t === undefined) throw pyErr(TypeError, "keys in translate table must be strings or integers");
        if (cpLen(t) !== 1) throw pyErr(ValueError, "string keys in translate table must be of length 1");
        d.set(t.codePointAt(0)!, v);
      }
    }
    return d;
  }
  const x = strValue(a[0]);
  if (x === undefined) throw pyErr(TypeError, "first maketrans argument must be a string if there is a second argument");
  const y = strValue(a[1]);
  if (y === undefined) throw pyErr(TypeError, `maketrans() argument 2 must be str, not ${typeName(a[1])}`);
  let z = "";
  if (a.length === 3) {
    const t = strValue(a[2]);
    if (t === undefined) throw pyErr(TypeError, `maketrans() argument 3 must be str, not ${typeName(a[2])}`);
    z = t;
  }
  const xs = cps(x), ys = cps(y);
  if (xs.length !== ys.length) throw pyErr(ValueError, "the first two maketrans arguments must have equal length");
  for (let i = 0; i < xs.length; i++) d.set(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  for (const ch of z) d.set(ch.codePointAt(0)!, None);
  return d;
}

// ------------------------------------------------------------------ indexing (explicit __getitem__)

function strGetItem(s: string, k: PyValue): PyValue {
  if (!isIntLike(k) && indexOrNull(k) === null && !(k instanceof PySlice)) {
    throw pyErr(TypeError, `string indices must be integers, not '${typeName(k)}'`);
  }
  return getItem(s, k);
}

function repeatStr(s: string, v: PyValue): string {
  const n = indexOrNull(v);
  if (n === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === "bigint") throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n <= 0 || s.length === 0) return "";
  if (s.length * n > 0x1fffffe8) throw pyErr(OverflowError, "repeated string is too long");
  return s.repeat(n);
}

// ------------------------------------------------------------------ case mapping

/**
 * One-character ASCII strings and their case mappings, made by
 * String.fromCharCode, which hands out V8's shared one-character strings:
 * `word[0].upper()` then allocates nothing and skips ICU's conversion.
 */
function asciiCaseTable(map: (c: number) => number): string[] {
  return Array.from({ length: 128 }, (_, c) => String.fromCharCode(map(c)));
}
const ASCII_LOWER = asciiCaseTable((c) => (c >= 65 && c <= 90 ? c + 32 : c));
const ASCII_UPPER = asciiCaseTable((c) => (c >= 97 && c <= 122 ? c - 32 : c));

function strLower(s: string): string {
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c < 128) return ASCII_LOWER[c];
  }
  return s.toLowerCase();
}

function strUpper(s: string): string {
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c < 128) return ASCII_UPPER[c];
  }
  return s.toUpperCase();
}

/**
 * Fixed-arity entry points of the hottest str methods (see
 * PyBuiltinFunction.fast1): for a str receiver and, where there is one, a
 * str argument; anything else (a boxed str subclass, another argument type)
 * answers undefined and goes to the full method, which may raise.
 */
function installStrFastMethods(): void {
  const str1 = (impl: (s: string) => PyValue) => (s: PyValue) => (typeof s === "string" ? impl(s) : undefined);
  const strStr = (impl: (s: string, x: string) => PyValue) => (s: PyValue, x: PyValue) =>
    typeof s === "string" && typeof x === "string" ? impl(s, x) : undefined;
  defFastMethod(strType, "lower", { fast1: str1(strLower) });
  defFastMethod(strType, "upper", { fast1: str1(strUpper) });
  defFastMethod(strType, "strip", { fast1: str1((s) => stripChars(s, undefined, "strip", true, true)), fast2: strStr((s, x) => stripChars(s, x, "strip", true, true)) });
  defFastMethod(strType, "lstrip", { fast1: str1((s) => stripChars(s, undefined, "lstrip", true, false)), fast2: strStr((s, x) => stripChars(s, x, "lstrip", true, false)) });
  defFastMethod(strType, "rstrip", { fast1: str1((s) => stripChars(s, undefined, "rstrip", false, true)), fast2: strStr((s, x) => stripChars(s, x, "rstrip", false, true)) });
  defFastMethod(strType, "split", { fast1: str1((s) => newList(strSplit(s, null, -1))), fast2: strStr((s, x) => newList(strSplit(s, x, -1))) });
  defFastMethod(strType, "startswith", { fast2: strStr((s, x) => tailMatch(s, x, null, null, false)) });
  defFastMethod(strType, "endswith", { fast2: strStr((s, x) => tailMatch(s, x, null, null, true)) });
  defFastMethod(strType, "join", { fast2: (s, x) => (typeof s === "string" ? strJoin(s, x) : undefined) });
}

// ------------------------------------------------------------------ installation

type StrImpl = (s: string, a: PyValue[], kw: KwArgs | null) => PyValue;

function def(name: string, fn: StrImpl): void {
  defMethod(strType, name, (args, kw) => {
    if (args.length === 0) throw pyErr(TypeError, `unbound method str.${name}() needs an argument`);
    const self = args[0];
    const s = typeof self === "string" ? self : unwrapStr(self);
    if (s === undefined) {
      throw pyErr(TypeError, `descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return fn(s, args.slice(1), kw);
  });
}

/** A slot wrapper (__len__, __add__, ...): `nargs` positional arguments, no keywords. */
function defSlot(name: string, nargs: number, fn: (s: string, a: PyValue[]) => PyValue): void {
  defMethod(strType, name, (args, kw) => {
    if (args.length === 0) throw pyErr(TypeError, `descriptor '${name}' of 'str' object needs an argument`);
    const self = args[0];
    const s = typeof self === "string" ? self : unwrapStr(self);
    if (s === undefined) {
      throw pyErr(TypeError, `descriptor '${name}' requires a 'str' object but received a '${typeName(self)}'`);
    }
    if (kw !== null && kw.size > 0) throw pyErr(TypeError, `wrapper ${name}() takes no keyword arguments`);
    const a = args.slice(1);
    if (a.length !== nargs) throw pyErr(TypeError, `expected ${nargs} argument${nargs === 1 ? "" : "s"}, got ${a.length}`);
    return fn(s, a);
  });
}

function compareSlot(name: string, op: (a: string, b: string) => boolean): void {
  defSlot(name, 1, (s, a) => {
    const o = strValue(a[0]);
    return o === undefined ? NotImplemented : op(s, o);
  });
}

function lenArg(a: PyValue[], kw: KwArgs | null, name: string): [number, string] {
  posArgs(name, a, kw, 1, 2);
  return [ssize(a[0]), fillChar(a[1])];
}

let installed = false;

export function installStrMethods(): void {
  if (installed) return;
  installed = true;
  installStrFormat();

  // case
  def("lower", (s, a, kw) => (noArgs("lower", a, kw), strLower(s)));
  def("upper", (s, a, kw) => (noArgs("upper", a, kw), strUpper(s)));
  def("capitalize", (s, a, kw) => (noArgs("capitalize", a, kw), strCapitalize(s)));
  def("casefold", (s, a, kw) => (noArgs("casefold", a, kw), strCasefold(s)));
  def("swapcase", (s, a, kw) => (noArgs("swapcase", a, kw), strSwapcase(s)));
  def("title", (s, a, kw) => (noArgs("title", a, kw), strTitle(s)));

  // predicates
  def("isalnum", (s, a, kw) => (noArgs("isalnum", a, kw), allChars(s, (ch) => isAlphaCh(ch) || isNumericCh(ch))));
  def("isalpha", (s, a, kw) => (noArgs("isalpha", a, kw), allChars(s, isAlphaCh)));
  def("isascii", (s, a, kw) => (noArgs("isascii", a, kw), ASCII_ONLY.test(s)));
  def("isdecimal", (s, a, kw) => (noArgs("isdecimal", a, kw), allChars(s, isDecimalCh)));
  def("isdigit", (s, a, kw) => (noArgs("isdigit", a, kw), allChars(s, isDigitCh)));
  def("isnumeric", (s, a, kw) => (noArgs("isnumeric", a, kw), allChars(s, isNumericCh)));
  def("isidentifier", (s, a, kw) => (noArgs("isidentifier", a, kw), strIsIdentifier(s)));
  def("islower", (s, a, kw) => (noArgs("islower", a, kw), strIsLower(s)));
  def("isupper", (s, a, kw) => (noArgs("isupper", a, kw), strIsUpper(s)));
  def("istitle", (s, a, kw) => (noArgs("istitle", a, kw), strIsTitle(s)));
  def("isprintable", (s, a, kw) => (noArgs("isprintable", a, kw), strIsPrintable(s)));
  def("isspace", (s, a, kw) => {
    noArgs("isspace", a, kw);
    if (s.length === 0) return false;
    for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
    return true;
  });

  // searching
  const findLike = (name: string, reverse: boolean, raise: boolean) =>
    def(name, (s, a, kw) => {
      tupleArgs(name, a, kw, 1, 3);
      const sub = mustBeStr(a[0]);
      const r = strFind(s, sub, a[1], a[2], reverse);
      if (r < 0 && raise) throw pyErr(ValueError, "substring not found");
      return r;
    });
  findLike("find", false, false);
  findLike("rfind", true, false);
  findLike("index", false, true);
  findLike("rindex", true, true);
  def("count", (s, a, kw) => {
    tupleArgs("count", a, kw, 1, 3);
    return strCount(s, mustBeStr(a[0]), a[1], a[2]);
  });
  def("startswith", (s, a, kw) => startsEnds("startswith", s, a, kw));
  def("endswith", (s, a, kw) => startsEnds("endswith", s, a, kw));
  def("removeprefix", (s, a, kw) => {
    const p = oneArg("removeprefix", a, kw);
    const t = mustBeStr(p, "removeprefix() argument must be str");
    return t.length > 0 && s.startsWith(t) ? s.slice(t.length) : s;
  });
  def("removesuffix", (s, a, kw) => {
    const p = oneArg("removesuffix", a, kw);
    const t = mustBeStr(p, "removesuffix() argument must be str");
    return t.length > 0 && s.endsWith(t) ? s.slice(0, s.length - t.length) : s;
  });

  // splitting and joining
  def("split", (s, a, kw) => {
    const [sep, max] = splitArgs("split", a, kw);
    return newList(strSplit(s, sep, max));
  });
  def("rsplit", (s, a, kw) => {
    const [sep, max] = splitArgs("rsplit", a, kw);
    return newList(strRsplit(s, sep, max));
  });
  def("splitlines", (s, a, kw) => {
    const [k] = kwArgs("splitlines", a, kw, ["keepends"]);
    return newList(strSplitlines(s, k !== undefined && cInt(k) !== 0));
  });
  const partition = (name: string, reverse: boolean) =>
    def(name, (s, a, kw) => {
      const sep = mustBeStr(oneArg(name, a, kw));
      if (sep.length === 0) throw pyErr(ValueError, "empty separator");
      const check = hasSurrogates(sep);
      const i = reverse ? lastIndexIn(s, sep, 0, s.length, check) : indexIn(s, sep, 0, s.length, check);
      if (i < 0) return newTuple(reverse ? ["", "", s] : [s, "", ""]);
      return newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    });
  partition("partition", false);
  partition("rpartition", true);
  def("join", (s, a, kw) => strJoin(s, oneArg("join", a, kw)));

  // stripping
  for (const [name, l, r] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const) {
    def(name, (s, a, kw) => {
      posArgs(name, a, kw, 0, 1);
      return stripChars(s, a[0], name, l, r);
    });
  }

  // padding
  def("center", (s, a, kw) => {
    const [w, f] = lenArg(a, kw, "center");
    return strCenter(s, w, f);
  });
  def("ljust", (s, a, kw) => {
    const [w, f] = lenArg(a, kw, "ljust");
    return pad(s, 0, w - cpLen(s), f);
  });
  def("rjust", (s, a, kw) => {
    const [w, f] = lenArg(a, kw, "rjust");
    return pad(s, w - cpLen(s), 0, f);
  });
  def("zfill", (s, a, kw) => strZfill(s, ssize(oneArg("zfill", a, kw))));
  def("expandtabs", (s, a, kw) => {
    const [t] = kwArgs("expandtabs", a, kw, ["tabsize"]);
    return strExpandtabs(s, t === undefined ? 8 : cInt(t));
  });

  // replacing
  def("replace", (s, a, kw) => {
    posArgs("replace", a, kw, 2, 3);
    const old = mustBeStr(a[0], "replace() argument 1 must be str");
    const rep = mustBeStr(a[1], "replace() argument 2 must be str");
    return strReplace(s, old, rep, a.length > 2 ? ssize(a[2]) : -1);
  });
  def("translate", (s, a, kw) => strTranslate(s, oneArg("translate", a, kw)));
  defStatic(strType, "maketrans", strMaketrans);

  // encoding
  def("encode", (s, a, kw) => {
    const [enc, err] = kwArgs("encode", a, kw, ["encoding", "errors"]);
    let encoding = "utf-8", errors = "strict";
    if (enc !== undefined) encoding = mustBeStr(enc, "encode() argument 'encoding' must be str");
    if (err !== undefined) errors = mustBeStr(err, "encode() argument 'errors' must be str");
    return encodeStr(s, encoding, errors);
  });

  // formatting
  def("format", (s, a, kw) => strFormat(s, a, kw));
  def("format_map", (s, a, kw) => strFormatMap(s, oneArg("format_map", a, kw)));
  def("__format__", (s, a, kw) => {
    const spec = oneArg("__format__", a, kw);
    const t = strValue(spec);
    if (t === undefined) throw pyErr(TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    return pyFormat(s, t);
  });
  defSlot("__mod__", 1, (s, a) => strPercent(s, a[0]));
  defSlot("__rmod__", 1, () => NotImplemented);

  // the explicit forms of operators and protocols
  defSlot("__len__", 0, (s) => cpLen(s));
  defSlot("__contains__", 1, (s, a) => {
    const t = strValue(a[0]);
    if (t === undefined) throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeName(a[0])}`);
    return s.includes(t) && (!hasSurrogates(t) || indexIn(s, t, 0, s.length, true) >= 0);
  });
  defSlot("__getitem__", 1, (s, a) => strGetItem(s, a[0]));
  defSlot("__add__", 1, (s, a) => {
    const t = strValue(a[0]);
    if (t === undefined) throw pyErr(TypeError, `can only concatenate str (not "${typeName(a[0])}") to str`);
    return s + t;
  });
  defSlot("__mul__", 1, (s, a) => repeatStr(s, a[0]));
  defSlot("__rmul__", 1, (s, a) => repeatStr(s, a[0]));
  compareSlot("__eq__", (x, y) => x === y);
  compareSlot("__ne__", (x, y) => x !== y);
  compareSlot("__lt__", (x, y) => cmpCp(x, y) < 0);
  compareSlot("__le__", (x, y) => cmpCp(x, y) <= 0);
  compareSlot("__gt__", (x, y) => cmpCp(x, y) > 0);
  compareSlot("__ge__", (x, y) => cmpCp(x, y) >= 0);
  defSlot("__hash__", 0, (s) => pyHash(s));
  defSlot("__iter__", 0, (s) => arrayIter(cps(s), strIteratorType));
  defSlot("__str__", 0, (s) => s);
  defSlot("__repr__", 0, (s) => repr(s));
  def("__sizeof__", (s, a, kw) => (noArgs("__sizeof__", a, kw), 49 + cpLen(s)));
  def("__getnewargs__", (s, a, kw) => (noArgs("__getnewargs__", a, kw), newTuple([s])));
  installStrFastMethods();
}

/** Code point order (JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function cmpCp(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        const cx = a.codePointAt(i)!, cy = b.codePointAt(i)!;
        return cx < cy ? -1 : cx > cy ? 1 : 0;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

// ------------------------------------------------------------------ Unicode 14 data

// "cp:mapping" pairs (hex code point) for the characters whose titlecase
// differs from their uppercase, and whose case folding differs from their
// lowercase.
const TITLE_DATA = "df:\u0053\u0073 1c4:\u01c5 1c5:\u01c5 1c6:\u01c5 1c7:\u01c8 1c8:\u01c8 1c9:\u01c8 1ca:\u01cb 1cb:\u01cb 1cc:\u01cb 1f1:\u01f2 1f2:\u01f2 1f3:\u01f2 587:\u0535\u0582 10d0:\u10d0 10d1:\u10d1 10d2:\u10d2 10d3:\u10d3 10d4:\u10d4 10d5:\u10d5 10d6:\u10d6 10d7:\u10d7 10d8:\u10d8 10d9:\u10d9 10da:\u10da 10db:\u10db 10dc:\u10dc 10dd:\u10dd 10de:\u10de 10df:\u10df 10e0:\u10e0 10e1:\u10e1 10e2:\u10e2 10e3:\u10e3 10e4:\u10e4 10e5:\u10e5 10e6:\u10e6 10e7:\u10e7 10e8:\u10e8 10e9:\u10e9 10ea:\u10ea 10eb:\u10eb 10ec:\u10ec 10ed:\u10ed 10ee:\u10ee 10ef:\u10ef 10f0:\u10f0 10f1:\u10f1 10f2:\u10f2 10f3:\u10f3 10f4:\u10f4 10f5:\u10f5 10f6:\u10f6 10f7:\u10f7 10f8:\u10f8 10f9:\u10f9 10fa:\u10fa 10fd:\u10fd 10fe:\u10fe 10ff:\u10ff 1f80:\u1f88 1f81:\u1f89 1f82:\u1f8a 1f83:\u1f8b 1f84:\u1f8c 1f85:\u1f8d 1f86:\u1f8e 1f87:\u1f8f 1f88:\u1f88 1f89:\u1f89 1f8a:\u1f8a 1f8b:\u1f8b 1f8c:\u1f8c 1f8d:\u1f8d 1f8e:\u1f8e 1f8f:\u1f8f 1f90:\u1f98 1f91:\u1f99 1f92:\u1f9a 1f93:\u1f9b 1f94:\u1f9c 1f95:\u1f9d 1f96:\u1f9e 1f97:\u1f9f 1f98:\u1f98 1f99:\u1f99 1f9a:\u1f9a 1f9b:\u1f9b 1f9c:\u1f9c 1f9d:\u1f9d 1f9e:\u1f9e 1f9f:\u1f9f 1fa0:\u1fa8 1fa1:\u1fa9 1fa2:\u1faa 1fa3:\u1fab 1fa4:\u1fac 1fa5:\u1fad 1fa6:\u1fae 1fa7:\u1faf 1fa8:\u1fa8 1fa9:\u1fa9 1faa:\u1faa 1fab:\u1fab 1fac:\u1fac 1fad:\u1fad 1fae:\u1fae 1faf:\u1faf 1fb2:\u1fba\u0345 1fb3:\u1fbc 1fb4:\u0386\u0345 1fb7:\u0391\u0342\u0345 1fbc:\u1fbc 1fc2:\u1fca\u0345 1fc3:\u1fcc 1fc4:\u0389\u0345 1fc7:\u0397\u0342\u0345 1fcc:\u1fcc 1ff2:\u1ffa\u0345 1ff3:\u1ffc 1ff4:\u038f\u0345 1ff7:\u03a9\u0342\u0345 1ffc:\u1ffc fb00:\u0046\u0066 fb01:\u0046\u0069 fb02:\u0046\u006c fb03:\u0046\u0066\u0069 fb04:\u0046\u0066\u006c fb05:\u0053\u0074 fb06:\u0053\u0074 fb13:\u0544\u0576 fb14:\u0544\u0565 fb15:\u0544\u056b fb16:\u054e\u0576 fb17:\u0544\u056d";
const FOLD_DATA = "b5:\u03bc df:\u0073\u0073 149:\u02bc\u006e 17f:\u0073 1f0:\u006a\u030c 345:\u03b9 390:\u03b9\u0308\u0301 3b0:\u03c5\u0308\u0301 3c2:\u03c3 3d0:\u03b2 3d1:\u03b8 3d5:\u03c6 3d6:\u03c0 3f0:\u03ba 3f1:\u03c1 3f5:\u03b5 587:\u0565\u0582 13a0:\u13a0 13a1:\u13a1 13a2:\u13a2 13a3:\u13a3 13a4:\u13a4 13a5:\u13a5 13a6:\u13a6 13a7:\u13a7 13a8:\u13a8 13a9:\u13a9 13aa:\u13aa 13ab:\u13ab 13ac:\u13ac 13ad:\u13ad 13ae:\u13ae 13af:\u13af 13b0:\u13b0 13b1:\u13b1 13b2:\u13b2 13b3:\u13b3 13b4:\u13b4 13b5:\u13b5 13b6:\u13b6 13b7:\u13b7 13b8:\u13b8 13b9:\u13b9 13ba:\u13ba 13bb:\u13bb 13bc:\u13bc 13bd:\u13bd 13be:\u13be 13bf:\u13bf 13c0:\u13c0 13c1:\u13c1 13c2:\u13c2 13c3:\u13c3 13c4:\u13c4 13c5:\u13c5 13c6:\u13c6 13c7:\u13c7 13c8:\u13c8 13c9:\u13c9 13ca:\u13ca 13cb:\u13cb 13cc:\u13cc 13cd:\u13cd 13ce:\u13ce 13cf:\u13cf 13d0:\u13d0 13d1:\u13d1 13d2:\u13d2 13d3:\u13d3 13d4:\u13d4 13d5:\u13d5 13d6:\u13d6 13d7:\u13d7 13d8:\u13d8 13d9:\u13d9 13da:\u13da 13db:\u13db 13dc:\u13dc 13dd:\u13dd 13de:\u13de 13df:\u13df 13e0:\u13e0 13e1:\u13e1 13e2:\u13e2 13e3:\u13e3 13e4:\u13e4 13e5:\u13e5 13e6:\u13e6 13e7:\u13e7 13e8:\u13e8 13e9:\u13e9 13ea:\u13ea 13eb:\u13eb 13ec:\u13ec 13ed:\u13ed 13ee:\u13ee 13ef:\u13ef 13f0:\u13f0 13f1:\u13f1 13f2:\u13f2 13f3:\u13f3 13f4:\u13f4 13f5:\u13f5 13f8:\u13f0 13f9:\u13f1 13fa:\u13f2 13fb:\u13f3 13fc:\u13f4 13fd:\u13f5 1c80:\u0432 1c81:\u0434 1c82:\u043e 1c83:\u0441 1c84:\u0442 1c85:\u0442 1c86:\u044a 1c87:\u0463 1c88:\ua64b 1e96:\u0068\u0331 1e97:\u0074\u0308 1e98:\u0077\u030a 1e99:\u0079\u030a 1e9a:\u0061\u02be 1e9b:\u1e61 1e9e:\u0073\u0073 1f50:\u03c5\u0313 1f52:\u03c5\u0313\u0300 1f54:\u03c5\u0313\u0301 1f56:\u03c5\u0313\u0342 1f80:\u1f00\u03b9 1f81:\u1f01\u03b9 1f82:\u1f02\u03b9 1f83:\u1f03\u03b9 1f84:\u1f04\u03b9 1f85:\u1f05\u03b9 1f86:\u1f06\u03b9 1f87:\u1f07\u03b9 1f88:\u1f00\u03b9 1f89:\u1f01\u03b9 1f8a:\u1f02\u03b9 1f8b:\u1f03\u03b9 1f8c:\u1f04\u03b9 1f8d:\u1f05\u03b9 1f8e:\u1f06\u03b9 1f8f:\u1f07\u03b9 1f90:\u1f20\u03b9 1f91:\u1f21\u03b9 1f92:\u1f22\u03b9 1f93:\u1f23\u03b9 1f94:\u1f24\u03b9 1f95:\u1f25\u03b9 1f96:\u1f26\u03b9 1f97:\u1f27\u03b9 1f98:\u1f20\u03b9 1f99:\u1f21\u03b9 1f9a:\u1f22\u03b9 1f9b:\u1f23\u03b9 1f9c:\u1f24\u03b9 1f9d:\u1f25\u03b9 1f9e:\u1f26\u03b9 1f9f:\u1f27\u03b9 1fa0:\u1f60\u03b9 1fa1:\u1f61\u03b9 1fa2:\u1f62\u03b9 1fa3:\u1f63\u03b9 1fa4:\u1f64\u03b9 1fa5:\u1f65\u03b9 1fa6:\u1f66\u03b9 1fa7:\u1f67\u03b9 1fa8:\u1f60\u03b9 1fa9:\u1f61\u03b9 1faa:\u1f62\u03b9 1fab:\u1f63\u03b9 1fac:\u1f64\u03b9 1fad:\u1f65\u03b9 1fae:\u1f66\u03b9 1faf:\u1f67\u03b9 1fb2:\u1f70\u03b9 1fb3:\u03b1\u03b9 1fb4:\u03ac\u03b9 1fb6:\u03b1\u0342 1fb7:\u03b1\u0342\u03b9 1fbc:\u03b1\u03b9 1fbe:\u03b9 1fc2:\u1f74\u03b9 1fc3:\u03b7\u03b9 1fc4:\u03ae\u03b9 1fc6:\u03b7\u0342 1fc7:\u03b7\u0342\u03b9 1fcc:\u03b7\u03b9 1fd2:\u03b9\u0308\u0300 1fd3:\u03b9\u0308\u0301 1fd6:\u03b9\u0342 1fd7:\u03b9\u0308\u0342 1fe2:\u03c5\u0308\u0300 1fe3:\u03c5\u0308\u0301 1fe4:\u03c1\u0313 1fe6:\u03c5\u0342 1fe7:\u03c5\u0308\u0342 1ff2:\u1f7c\u03b9 1ff3:\u03c9\u03b9 1ff4:\u03ce\u03b9 1ff6:\u03c9\u0342 1ff7:\u03c9\u0342\u03b9 1ffc:\u03c9\u03b9 ab70:\u13a0 ab71:\u13a1 ab72:\u13a2 ab73:\u13a3 ab74:\u13a4 ab75:\u13a5 ab76:\u13a6 ab77:\u13a7 ab78:\u13a8 ab79:\u13a9 ab7a:\u13aa ab7b:\u13ab ab7c:\u13ac ab7d:\u13ad ab7e:\u13ae ab7f:\u13af ab80:\u13b0 ab81:\u13b1 ab82:\u13b2 ab83:\u13b3 ab84:\u13b4 ab85:\u13b5 ab86:\u13b6 ab87:\u13b7 ab88:\u13b8 ab89:\u13b9 ab8a:\u13ba ab8b:\u13bb ab8c:\u13bc ab8d:\u13bd ab8e:\u13be ab8f:\u13bf ab90:\u13c0 ab91:\u13c1 ab92:\u13c2 ab93:\u13c3 ab94:\u13c4 ab95:\u13c5 ab96:\u13c6 ab97:\u13c7 ab98:\u13c8 ab99:\u13c9 ab9a:\u13ca ab9b:\u13cb ab9c:\u13cc ab9d:\u13cd ab9e:\u13ce ab9f:\u13cf aba0:\u13d0 aba1:\u13d1 aba2:\u13d2 aba3:\u13d3 aba4:\u13d4 aba5:\u13d5 aba6:\u13d6 aba7:\u13d7 aba8:\u13d8 aba9:\u13d9 abaa:\u13da abab:\u13db abac:\u13dc abad:\u13dd abae:\u13de abaf:\u13df abb0:\u13e0 abb1:\u13e1 abb2:\u13e2 abb3:\u13e3 abb4:\u13e4 abb5:\u13e5 abb6:\u13e6 abb7:\u13e7 abb8:\u13e8 abb9:\u13e9 abba:\u13ea abbb:\u13eb abbc:\u13ec abbd:\u13ed abbe:\u13ee abbf:\u13ef fb00:\u0066\u0066 fb01:\u0066\u0069 fb02:\u0066\u006c fb03:\u0066\u0066\u0069 fb04:\u0066\u0066\u006c fb05:\u0073\u0074 fb06:\u0073\u0074 fb13:\u0574\u0576 fb14:\u0574\u0565 fb15:\u0574\u056b fb16:\u057e\u0576 fb17:\u0574\u056d";
// Inclusive [first, last] ranges: digits that are not decimal, and numeric
// characters that are not digits.
const DIGIT_RANGES = [178, 179, 185, 185, 4969, 4977, 6618, 6618, 8304, 8304, 8308, 8313, 8320, 8329, 9312, 9320, 9332, 9340, 9352, 9360, 9450, 9450, 9461, 9469, 9471, 9471, 10102, 10110, 10112, 10120, 10122, 10130, 68160, 68163, 69216, 69224, 69714, 69722, 127232, 127242];
const NUMERIC_RANGES = [188, 190, 2548, 2553, 2930, 2935, 3056, 3058, 3192, 3198, 3416, 3422, 3440, 3448, 3882, 3891, 4978, 4988, 5870, 5872, 6128, 6137, 8528, 8578, 8581, 8585, 9321, 9331, 9341, 9351, 9361, 9371, 9451, 9460, 9470, 9470, 10111, 10111, 10121, 10121, 10131, 10131, 11517, 11517, 12295, 12295, 12321, 12329, 12344, 12346, 12690, 12693, 12832, 12841, 12872, 12879, 12881, 12895, 12928, 12937, 12977, 12991, 13317, 13317, 13443, 13443, 14378, 14378, 15181, 15181, 19968, 19968, 19971, 19971, 19975, 19975, 19977, 19977, 20061, 20061, 20108, 20108, 20116, 20116, 20118, 20118, 20159, 20160, 20191, 20191, 20200, 20200, 20237, 20237, 20336, 20336, 20740, 20740, 20806, 20806, 20841, 20841, 20843, 20843, 20845, 20845, 21313, 21313, 21315, 21317, 21324, 21324, 21441, 21444, 22235, 22235, 22769, 22769, 22777, 22777, 24186, 24186, 24318, 24319, 24332, 24334, 24336, 24336, 25342, 25342, 25420, 25420, 26578, 26578, 28422, 28422, 29590, 29590, 30334, 30334, 32902, 32902, 33836, 33836, 36014, 36014, 36019, 36019, 36144, 36144, 38433, 38433, 38470, 38470, 38476, 38476, 38520, 38520, 38646, 38646, 42726, 42735, 43056, 43061, 63851, 63851, 63859, 63859, 63864, 63864, 63922, 63922, 63953, 63953, 63955, 63955, 63997, 63997, 65799, 65843, 65856, 65912, 65930, 65931, 66273, 66299, 66336, 66339, 66369, 66369, 66378, 66378, 66513, 66517, 67672, 67679, 67705, 67711, 67751, 67759, 67835, 67839, 67862, 67867, 68028, 68029, 68032, 68047, 68050, 68095, 68164, 68168, 68221, 68222, 68253, 68255, 68331, 68335, 68440, 68447, 68472, 68479, 68521, 68527, 68858, 68863, 69225, 69246, 69405, 69414, 69457, 69460, 69573, 69579, 69723, 69733, 70113, 70132, 71482, 71483, 71914, 71922, 72794, 72812, 73664, 73684, 74752, 74862, 93019, 93025, 93824, 93846, 119520, 119539, 119648, 119672, 125127, 125135, 126065, 126123, 126125, 126127, 126129, 126132, 126209, 126253, 126255, 126269, 127243, 127244, 131073, 131073, 131172, 131172, 131298, 131298, 131361, 131361, 133418, 133418, 133507, 133507, 133516, 133516, 133532, 133532, 133866, 133866, 133885, 133885, 133913, 133913, 140176, 140176, 141720, 141720, 146203, 146203, 156269, 156269, 194704, 194704];
