// printf-style formatting: str % args, following CPython's
// PyUnicode_Format (Objects/unicodeobject.c).

import { overflowError, typeError, valueError } from "./errors.js";
import { doubleToString, DTSF_ALT } from "./float-repr.js";
import { cpLength, cpSlice } from "./format-spec.js";
import { intToString } from "./int-text.js";

/**
 * What percentFormat needs from the runtime. `args` is passed as the right
 * operand of `%`, unchanged; these hooks classify and convert values.
 */
export interface PercentHooks {
  /** The items of `v` if it is a tuple (or tuple subclass), else null. */
  tupleItems(v: unknown): readonly unknown[] | null;
  /** PyMapping_Check: `v` has __getitem__ and is not a tuple or str (lists count). */
  isMapping(v: unknown): boolean;
  /** m[key]; exceptions propagate. */
  getItem(m: unknown, key: string): unknown;
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /** The value if `v` is an int or bool (PyLong_Check: for '*'), else null. */
  exactInt(v: unknown): number | bigint | null;
  /**
   * For %d %i %u (indexOnly false: int, bool, float truncated, or __int__ /
   * __index__, i.e. PyNumber_Long of a number) and %o %x %X %c (indexOnly
   * true: __index__ only). null when `v` is not such a number (a TypeError is
   * then raised here); other exceptions propagate.
   */
  toIntLike(v: unknown, indexOnly: boolean): number | bigint | null;
  /** float(v) for %e %f %g: int, bool, float, __float__/__index__; null => TypeError. */
  toFloatLike(v: unknown): number | null;
  /** type(v).__name__, for messages. */
  typeName(v: unknown): string;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** fmt % args. Throws FormatError for formatting errors; hook errors propagate. */
export function percentFormat(fmt: string, args: unknown, hooks: PercentHooks): string {
  const tuple = hooks.tupleItems(args);
  let arglen: number;
  let argidx: number;
  let cur: unknown = args;
  if (tuple !== null) {
    arglen = tuple.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict = tuple === null && typeof args !== "string" && hooks.isMapping(args) ? args : null;
  const getNextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? cur : tuple![i];
    }
    throw typeError("not enough arguments for format string");
  };

  const n = fmt.length;
  let out = "";
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf("%", pos);
    if (pct < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct);
    pos = pct + 1;
    // `cnt` mirrors CPython's fmtcnt: characters left after the one just read.
    let cnt = n - pos;
    let ch = pos < n ? fmt.charCodeAt(pos) : 0;
    if (ch === 37) {
      out += "%";
      pos++;
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    if (ch === 40) {
      // %(key)
      if (dict === null) throw typeError("format requires a mapping");
      pos++;
      cnt--;
      const keyStart = pos;
      let pcount = 1;
      while (pcount > 0 && --cnt >= 0) {
        ch = fmt.charCodeAt(pos);
        if (ch === 41) pcount--;
        else if (ch === 40) pcount++;
        pos++;
      }
      if (cnt < 0 || pcount > 0) throw valueError("incomplete format key");
      cur = hooks.getItem(dict, fmt.slice(keyStart, pos - 1));
      arglen = -1;
      argidx = -2;
    }
    // flags
    while (--cnt >= 0) {
      ch = fmt.charCodeAt(pos++);
      if (ch === 45) flags |= F_LJUST;
      else if (ch === 43) flags |= F_SIGN;
      else if (ch === 32) flags |= F_BLANK;
      else if (ch === 35) flags |= F_ALT;
      else if (ch === 48) flags |= F_ZERO;
      else break;
    }
    // width
    if (ch === 42) {
      const v = starArg(getNextArg(), hooks);
      if (v > 9223372036854775807 || v < -9223372036854775808) {
        throw overflowError("Python int too large to convert to C ssize_t");
      }
      width = v;
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--cnt >= 0) ch = fmt.charCodeAt(pos++);
    } else if (ch >= 48 && ch <= 57) {
      width = ch - 48;
      while (--cnt >= 0) {
        ch = fmt.charCodeAt(pos++);
        if (ch < 48 || ch > 57) break;
        width = width * 10 + (ch - 48);
        if (width > 9223372036854775807) throw valueError("width too big");
      }
    }
    // precision
    if (ch === 46) {
      prec = 0;
      if (--cnt >= 0) ch = fmt.charCodeAt(pos++);
      if (ch === 42) {
        const v = starArg(getNextArg(), hooks);
        if (v > 2147483647 || v < -2147483648) throw overflowError("Python int too large to convert to C int");
        prec = v < 0 ? 0 : v;
        if (--cnt >= 0) ch = fmt.charCodeAt(pos++);
      } else if (ch >= 48 && ch <= 57) {
        prec = ch - 48;
        while (--cnt >= 0) {
          ch = fmt.charCodeAt(pos++);
          if (ch < 48 || ch > 57) break;
          prec = prec * 10 + (ch - 48);
          if (prec > 2147483647) throw valueError("precision too big");
        }
      }
    }
    if (cnt >= 0 && (ch === 104 || ch === 108 || ch === 76)) {
      if (--cnt >= 0) ch = fmt.charCodeAt(pos++);
    }
    if (cnt < 0) throw valueError("incomplete format");
    // A conversion character may be a surrogate pair.
    if (ch >= 0xd800 && ch <= 0xdbff && pos < n) {
      const lo = fmt.charCodeAt(pos);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        ch = 0x10000 + ((ch - 0xd800) << 10) + (lo - 0xdc00);
        pos++;
      }
    }

    const v = getNextArg();
    let s: string;
    let isNumber = false;
    switch (ch) {
      case 115: // s
        s = typeof v === "string" ? v : hooks.str(v);
        break;
      case 114: // r
        s = hooks.repr(v);
        break;
      case 97: // a
        s = hooks.ascii(v);
        break;
      case 100: case 105: case 117: case 111: case 120: case 88: // d i u o x X
        s = formatLong(v, ch, flags, prec, hooks);
        isNumber = true;
        break;
      case 101: case 69: case 102: case 70: case 103: case 71: { // e E f F g G
        const x = hooks.toFloatLike(v);
        if (x === null) throw typeError(`must be real number, not ${hooks.typeName(v)}`);
        s = doubleToString(x, String.fromCharCode(ch), prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
        isNumber = true;
        break;
      }
      case 99: // c
        s = formatChar(v, hooks);
        break;
      default: {
        const shown = ch >= 31 && ch <= 126 ? String.fromCharCode(ch) : "?";
        const index = cpLength(fmt.slice(0, pos - (ch > 0xffff ? 2 : 1)));
        throw valueError(`unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${index}`);
      }
    }
    out += width < 0 && prec < 0 && !(flags & (F_SIGN | F_BLANK)) ? s : layout(s, ch, isNumber, flags, width, prec);
    if (dict !== null && argidx < arglen) throw typeError("not all arguments converted during string formatting");
  }
  if (argidx < arglen && dict === null) throw typeError("not all arguments converted during string formatting");
  return out;
}

function starArg(v: unknown, hooks: PercentHooks): number {
  const i = hooks.exactInt(v);
  if (i === null) throw typeError("* wants int");
  return Number(i);
}

function formatChar(v: unknown, hooks: PercentHooks): string {
  if (typeof v === "string") {
    if (cpLength(v) === 1) return v;
    throw typeError("%c requires int or char");
  }
  let i: number | bigint | null;
  try {
    i = hooks.toIntLike(v, true);
  } catch {
    // CPython replaces any error of __index__ with this TypeError.
    i = null;
  }
  if (i === null) throw typeError("%c requires int or char");
  if (i < 0 || i > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
}

/** mainformatlong + _PyUnicode_FormatLong. */
function formatLong(v: unknown, ch: number, flags: number, prec: number, hooks: PercentHooks): string {
  const indexOnly = ch === 111 || ch === 120 || ch === 88;
  const i = hooks.toIntLike(v, indexOnly);
  if (i === null) {
    const what = indexOnly ? "an integer is required" : "a real number is required";
    throw typeError(`%${String.fromCharCode(ch)} format: ${what}, not ${hooks.typeName(v)}`);
  }
  const neg = i < 0;
  const base = ch === 111 ? 8 : indexOnly ? 16 : 10;
  let digits = intToString(neg ? -i : i, base);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  let s = (neg ? "-" : "") + (flags & F_ALT && base !== 10 ? (base === 8 ? "0o" : "0x") : "") + digits;
  if (ch === 88) s = s.toUpperCase();
  return s;
}

/** unicode_format_arg_output: sign, zero padding, width and precision. */
function layout(str: string, ch: number, isNumber: boolean, flags: number, width: number, prec: number): string {
  const fill = isNumber && flags & F_ZERO ? "0" : " ";
  let s = str;
  let len = cpLength(s);
  if ((ch === 115 || ch === 114 || ch === 97) && prec >= 0 && len > prec) {
    s = cpSlice(s, prec);
    len = prec;
  }
  let pindex = 0;
  let signchar = "";
  let hasSign = isNumber;
  if (hasSign) {
    const c = s[0];
    if (c === "-" || c === "+") {
      signchar = c;
      len--;
      pindex = 1;
    } else if (flags & F_SIGN) signchar = "+";
    else if (flags & F_BLANK) signchar = " ";
    else hasSign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (hasSign) {
    if (fill !== " ") out += signchar;
    if (width > len) width--;
  }
  const altX = flags & F_ALT && (ch === 120 || ch === 88 || ch === 111);
  let prefix = "";
  if (altX) {
    prefix = s.slice(pindex, pindex + 2);
    if (fill !== " ") out += prefix;
    pindex += 2;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (hasSign) out += signchar;
    if (altX) out += prefix;
  }
  out += pindex === 0 ? s : s.slice(pindex);
  if (width > len) out += " ".repeat(width - len);
  return out;
}
