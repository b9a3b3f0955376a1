// The format-spec mini-language: format(value, spec) for int, float and str,
// following CPython's Python/formatter_unicode.c.

import { DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, doubleToString } from "./float-repr.js";
import { overflowError, valueError } from "./errors.js";
import { decimalValue, intToString } from "./int-text.js";

export interface FormatSpec {
  /** Fill character (one code point; ' ' by default). */
  fill: string;
  /** '<', '>', '^' or '=' (the type's default when not given). */
  align: string;
  /** '+', '-', ' ' or '' when not given. */
  sign: string;
  /** 'z' given. */
  noNeg0: boolean;
  /** '#' given. */
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** '', ',' or '_'. */
  thousands: string;
  /** Digits per group: 3, or 4 for '_' with b/o/x/X. */
  groupSize: number;
  /** -1 when not given. */
  precision: number;
  /** The presentation type, or the default type ('' for float). */
  type: string;
}

function isAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "^" || c === "=";
}

function codeName(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : "\\x" + cp.toString(16);
}

/** get_integer(): returns [value or -1 when no digits, new position]. */
function readInteger(spec: string, pos: number): [number, number] {
  const start = pos;
  let digits = "";
  while (pos < spec.length) {
    const c = spec.charCodeAt(pos);
    let d: number;
    let w = 1;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c < 128) break;
    else {
      const cp = spec.codePointAt(pos)!;
      d = decimalValue(cp);
      if (d < 0) break;
      w = cp > 0xffff ? 2 : 1;
    }
    digits += String.fromCharCode(48 + d);
    pos += w;
  }
  if (pos === start) return [-1, pos];
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  const sig = digits.slice(i);
  if (sig.length > 19 || (sig.length === 19 && sig > "9223372036854775807")) {
    throw valueError("Too many decimal digits in format string");
  }
  return [Number(sig), pos];
}

const intSpecs = new Map<string, FormatSpec>();
const floatSpecs = new Map<string, FormatSpec>();
const strSpecs = new Map<string, FormatSpec>();

/**
 * parse_internal_render_format_spec. `defaultType` is 'd' for int, '' for
 * float and 's' for str; `defaultAlign` is '>' for numbers, '<' for str.
 * `typeName` is only used in the "Invalid format specifier" message.
 * The result may be shared: do not modify it.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType = "", defaultAlign = ">"): FormatSpec {
  let cache: Map<string, FormatSpec> | undefined;
  if (defaultAlign === ">") cache = defaultType === "d" ? intSpecs : defaultType === "" ? floatSpecs : undefined;
  else if (defaultAlign === "<" && defaultType === "s") cache = strSpecs;
  if (cache === undefined) return parseSpecUncached(spec, typeName, defaultType, defaultAlign);
  let r = cache.get(spec);
  if (r === undefined) {
    r = parseSpecUncached(spec, typeName, defaultType, defaultAlign);
    if (cache.size >= 512) cache.clear();
    cache.set(spec, r);
  }
  return r;
}

function parseSpecUncached(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const end = spec.length;
  let pos = 0;
  let fill = " ";
  let align = defaultAlign;
  let fillGiven = false;
  let alignGiven = false;
  const fillWidth = end > 0 && spec.codePointAt(0)! > 0xffff ? 2 : 1;
  if (end - pos >= fillWidth + 1 && isAlign(spec[fillWidth])) {
    align = spec[fillWidth];
    fill = spec.slice(0, fillWidth);
    fillGiven = alignGiven = true;
    pos = fillWidth + 1;
  } else if (end - pos >= 1 && isAlign(spec[0])) {
    align = spec[0];
    alignGiven = true;
    pos = 1;
  }
  let sign = "";
  const c = spec[pos];
  if (c === "+" || c === "-" || c === " ") {
    sign = c;
    pos++;
  }
  let noNeg0 = false;
  if (spec[pos] === "z") {
    noNeg0 = true;
    pos++;
  }
  let alternate = false;
  if (spec[pos] === "#") {
    alternate = true;
    pos++;
  }
  if (!fillGiven && spec[pos] === "0") {
    fill = "0";
    if (!alignGiven && defaultAlign === ">") align = "=";
    pos++;
  }
  let width: number;
  [width, pos] = readInteger(spec, pos);
  let thousands = "";
  if (spec[pos] === ",") {
    thousands = ",";
    pos++;
  }
  if (spec[pos] === "_") {
    if (thousands !== "") throw valueError("Cannot specify both ',' and '_'.");
    thousands = "_";
    pos++;
  }
  if (spec[pos] === "," && thousands === "_") throw valueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (spec[pos] === ".") {
    [precision, pos] = readInteger(spec, pos + 1);
    if (precision === -1) throw valueError("Format specifier missing precision");
  }
  let type = defaultType;
  if (pos < end) {
    const cp = spec.codePointAt(pos)!;
    const w = cp > 0xffff ? 2 : 1;
    if (end - pos > w) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    type = spec.slice(pos);
  }
  let groupSize = 3;
  if (thousands !== "") {
    switch (type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        if (thousands !== "_") throw valueError(`Cannot specify ',' with '${type}'.`);
        groupSize = 4;
        break;
      default:
        throw valueError(`Cannot specify '${thousands}' with '${codeName(type)}'.`);
    }
  }
  return { fill, align, sign, noNeg0, alternate, width, thousands, groupSize, precision, type };
}

function unknownType(type: string, typeName: string): never {
  throw valueError(`Unknown format code '${codeName(type)}' for object of type '${typeName}'`);
}

/** Number of code points in s. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first n code points of s. */
export function cpSlice(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i >= s.length ? s : s.slice(0, i);
}

function pad(s: string, len: number, spec: FormatSpec): string {
  const n = spec.width - len;
  if (n <= 0) return s;
  switch (spec.align) {
    case "<":
      return s + spec.fill.repeat(n);
    case "^": {
      const left = n >> 1;
      return spec.fill.repeat(left) + s + spec.fill.repeat(n - left);
    }
    default:
      return spec.fill.repeat(n) + s;
  }
}

/** _PyUnicode_InsertThousandsGrouping: groups `digits`, zero-padding to minWidth. */
function groupDigits(digits: string, minWidth: number, groupSize: number, sep: string): string {
  let remaining = digits.length;
  if (groupSize === 0) {
    const l = Math.max(remaining, minWidth, 1);
    return l > remaining ? "0".repeat(l - remaining) + digits : digits;
  }
  let out = "";
  let pos = remaining;
  let first = true;
  for (;;) {
    const l = Math.min(groupSize, Math.max(remaining, minWidth, 1));
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    out = (zeros > 0 ? "0".repeat(zeros) : "") + digits.slice(pos - chars, pos) + (first ? "" : sep) + out;
    first = false;
    pos -= chars;
    remaining -= chars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) return out;
    minWidth -= sep.length;
  }
}

/**
 * calc_number_widths + fill_number: lays out
 * [lpad][sign][prefix][spad][grouped digits][decimal][remainder][rpad].
 * `remainderLen` is the remainder's length in code points.
 */
function layoutNumber(
  spec: FormatSpec,
  neg: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  remainderLen: number,
  useLocale: boolean,
): string {
  let sign = "";
  if (neg) sign = "-";
  else if (spec.sign === "+") sign = "+";
  else if (spec.sign === " ") sign = " ";
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + remainderLen;
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigit : 0;
  let grouped = "";
  if (digits.length > 0) {
    const groupSize = useLocale || spec.thousands === "" ? 0 : spec.groupSize;
    grouped = groupDigits(digits, minWidth, groupSize, spec.thousands);
  }
  const body = grouped + (hasDecimal ? "." : "") + remainder;
  const n = spec.width - (nonDigit + grouped.length);
  if (n <= 0) return sign + prefix + body;
  const fill = spec.fill;
  switch (spec.align) {
    case "<":
      return sign + prefix + body + fill.repeat(n);
    case "^": {
      const left = n >> 1;
      return fill.repeat(left) + sign + prefix + body + fill.repeat(n - left);
    }
    case "=":
      return sign + prefix + fill.repeat(n) + body;
    default:
      return fill.repeat(n) + sign + prefix + body;
  }
}

/** format(v, spec) for a str. */
export function formatStr(s: string, spec: string): string {
  if (spec === "") return s;
  const f = parseFormatSpec(spec, "str", "s", "<");
  if (f.type !== "s") unknownType(f.type, "str");
  if (f.sign !== "") {
    throw valueError(f.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  }
  if (f.noNeg0) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  if (f.precision < 0 && f.width < 0) return s;
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = cpSlice(s, f.precision);
    len = f.precision;
  }
  return pad(s, len, f);
}

/** int -> float as PyNumber_Float does it (OverflowError when too large). */
export function intToFloat(v: number | bigint): number {
  if (typeof v === "number") return v;
  const f = Number(v);
  if (f === Infinity || f === -Infinity) throw overflowError("int too large to convert to float");
  return f;
}

/**
 * format(v, spec) for an int (or a bool, with typeName 'bool'; its empty
 * spec — str(True) — is the runtime's business).
 */
export function formatInt(v: number | bigint, spec: string, typeName = "int"): string {
  if (spec === "" || spec === "d") return intToString(v, 10);
  const f = parseFormatSpec(spec, typeName, "d", ">");
  switch (f.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      return formatIntInternal(v, f);
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return formatFloatInternal(intToFloat(v), f);
    default:
      return unknownType(f.type, typeName);
  }
}

function formatIntInternal(v: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw valueError("Precision not allowed in integer format specifier");
  if (f.noNeg0) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      throw overflowError("Python int too large to convert to C long");
    }
    const x = Number(v);
    if (x < 0 || x > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return layoutNumber(f, false, "", "", false, String.fromCodePoint(x), 1, false);
  }
  let base: 2 | 8 | 10 | 16 = 10;
  let prefix = "";
  switch (f.type) {
    case "b":
      base = 2;
      prefix = "0b";
      break;
    case "o":
      base = 8;
      prefix = "0o";
      break;
    case "x":
    case "X":
      base = 16;
      prefix = "0x";
      break;
  }
  const neg = v < 0;
  let digits = intToString(neg ? -v : v, base);
  if (!f.alternate) prefix = "";
  if (f.type === "X") {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  if (f.width === -1 && f.sign === "" && f.thousands === "") return (neg ? "-" : "") + prefix + digits;
  return layoutNumber(f, neg, prefix, digits, false, "", 0, f.type === "n");
}

/** format(v, spec) for a float. */
export function formatFloat(v: number, spec: string, typeName = "float"): string {
  const f = parseFormatSpec(spec, typeName, "", ">");
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      return formatFloatInternal(v, f);
    default:
      return unknownType(f.type, typeName);
  }
}

function formatFloatInternal(val: number, f: FormatSpec): string {
  let precision = f.precision;
  if (precision > 2147483647) throw valueError("precision too big");
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = f.type;
  let defaultPrecision = 6;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let addPct = false;
  if (type === "%") {
    type = "f";
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let buf = doubleToString(val, type, precision, flags);
  if (addPct) buf += "%";
  if (f.sign !== "+" && f.sign !== " " && f.width === -1 && f.type !== "n" && f.thousands === "") return buf;
  let i = 0;
  const neg = buf.charCodeAt(0) === 45;
  if (neg) i = 1;
  let j = i;
  while (j < buf.length) {
    const c = buf.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  const hasDecimal = buf.charCodeAt(j) === 46;
  const remainder = buf.slice(hasDecimal ? j + 1 : j);
  return layoutNumber(f, neg, "", buf.slice(i, j), hasDecimal, remainder, remainder.length, f.type === "n");
}
