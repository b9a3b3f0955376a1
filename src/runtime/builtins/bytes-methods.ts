// bytes and bytearray: construction, repr, the common methods, and the
// text codecs shared with str.encode (utf-8, ascii, latin-1, utf-16, utf-32).

import { KwArgs, PyBytes, PyClass, PyList, PyObject, PyTuple, PyValue } from "../object.js";
import {
  bytesType, bytearrayType, typeOf, None, NotImplemented, defMethod, defClassMethod,
} from "../types.js";
import {
  pyErr, newException, TypeError, ValueError, IndexError, OverflowError, LookupError, UnicodeEncodeError, UnicodeDecodeError,
  PyBaseException,
} from "../exceptions.js";
import { newList, newTuple } from "../containers.js";
import { indexOrNull, isIntLike, nativeEq, nativeHash, nativeOrder, extBinary, extContains } from "../ops.js";
import { iterate, DONE, NativeIterator, nativeIter, iterType } from "../iter.js";
import { adjustIndices } from "./str-methods.js";
import { nativeRepr } from "../repr.js";
import { call, callBound } from "../call.js";
import { typeName } from "../typename.js";

// ------------------------------------------------------------------ codecs

type Codec = "utf-8" | "ascii" | "latin-1" | "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";

const ALIASES: Record<string, Codec> = {
  utf_8: "utf-8", utf8: "utf-8", u8: "utf-8", utf: "utf-8", utf8_ucs2: "utf-8", utf8_ucs4: "utf-8", cp65001: "utf-8",
  ascii: "ascii", us_ascii: "ascii", "646": "ascii", us: "ascii", ansi_x3_4_1968: "ascii", ansi_x3_4_1986: "ascii",
  cp367: "ascii", csascii: "ascii", ibm367: "ascii", iso646_us: "ascii", iso_646_irv_1991: "ascii", iso_ir_6: "ascii",
  latin_1: "latin-1", latin1: "latin-1", latin: "latin-1", l1: "latin-1", iso8859_1: "latin-1", iso_8859_1: "latin-1",
  "8859": "latin-1", cp819: "latin-1", iso_ir_100: "latin-1", csisolatin1: "latin-1", ibm819: "latin-1",
  iso_8859_1_1987: "latin-1",
  utf_16: "utf-16", utf16: "utf-16", u16: "utf-16",
  utf_16_le: "utf-16-le", utf_16le: "utf-16-le", unicodelittleunmarked: "utf-16-le",
  utf_16_be: "utf-16-be", utf_16be: "utf-16-be", unicodebigunmarked: "utf-16-be",
  utf_32: "utf-32", utf32: "utf-32", u32: "utf-32",
  utf_32_le: "utf-32-le", utf_32le: "utf-32-le",
  utf_32_be: "utf-32-be", utf_32be: "utf-32-be",
};

/** encodings.normalize_encoding + the alias table. */
export function lookupCodec(name: string): Codec {
  let norm = "";
  let punct = false;
  for (const ch of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(ch) || ch.charCodeAt(0) >= 128) {
      if (punct && norm.length > 0) norm += "_";
      norm += ch;
      punct = false;
    } else punct = true;
  }
  norm = norm.replace(/\./g, "_");
  const c = ALIASES[norm];
  if (c === undefined) throw pyErr(LookupError, `unknown encoding: ${name}`);
  return c;
}

const KNOWN_HANDLERS = new Set(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) throw pyErr(LookupError, `unknown error handler name '${errors}'`);
}

function escapeCp(c: number): string {
  if (c <= 0xff) return "\\x" + c.toString(16).padStart(2, "0");
  if (c <= 0xffff) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

function encodeError(codec: string, s: string, cpsArr: number[], start: number, end: number, reason: string): PyBaseException {
  const msg = end - start === 1
    ? `'${codec}' codec can't encode character '${escapeCp(cpsArr[start])}' in position ${start}: ${reason}`
    : `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  const e = newException(UnicodeEncodeError, msg);
  e.dict = new Map<string, PyValue>([["encoding", codec], ["object", s], ["start", start], ["end", end], ["reason", reason]]);
  return e;
}

function decodeError(codec: string, data: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  const msg = end - start === 1
    ? `'${codec}' codec can't decode byte 0x${data[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`
    : `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  const e = newException(UnicodeDecodeError, msg);
  e.dict = new Map<string, PyValue>([
    ["encoding", codec], ["object", new PyBytes(bytesType, data)], ["start", start], ["end", end], ["reason", reason],
  ]);
  return e;
}

class ByteSink {
  buf = new Uint8Array(16);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

function isSurrogateCp(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function pushUtf8(out: ByteSink, c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) {
    out.push(0xc0 | (c >> 6));
    out.push(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out.push(0xe0 | (c >> 12));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  } else {
    out.push(0xf0 | (c >> 18));
    out.push(0x80 | ((c >> 12) & 0x3f));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  }
}

function pushUnit(out: ByteSink, codec: Codec, c: number, big: boolean): void {
  if (codec.startsWith("utf-16")) {
    const put16 = (u: number) => {
      if (big) {
        out.push(u >> 8);
        out.push(u & 0xff);
      } else {
        out.push(u & 0xff);
        out.push(u >> 8);
      }
    };
    if (c >= 0x10000) {
      const v = c - 0x10000;
      put16(0xd800 | (v >> 10));
      put16(0xdc00 | (v & 0x3ff));
    } else put16(c);
  } else {
    const bytes = [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, (c >>> 24) & 0xff];
    if (big) bytes.reverse();
    for (const b of bytes) out.push(b);
  }
}

const FAST_ASCII = /^[\x00-\x7f]*$/;

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): PyBytes {
  const codec = lookupCodec(encoding);
  if ((codec === "utf-8" || codec === "ascii" || codec === "latin-1") && FAST_ASCII.test(s)) {
    const data = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) data[i] = s.charCodeAt(i);
    return new PyBytes(bytesType, data);
  }
  if (codec === "utf-8" && !/[\uD800-\uDFFF]/.test(s)) return new PyBytes(bytesType, new TextEncoder().encode(s));
  const cpsArr: number[] = [];
  for (const ch of s) cpsArr.push(ch.codePointAt(0)!);
  const out = new ByteSink();
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const reason = codec === "ascii" ? "ordinal not in range(128)" : codec === "latin-1" ? "ordinal not in range(256)" : "surrogates not allowed";
  const bad = (c: number) => (limit < 0x110000 ? c >= limit : isSurrogateCp(c));
  const big = codec.endsWith("-be");
  if (codec === "utf-16" || codec === "utf-32") pushUnit(out, codec, 0xfeff, false);
  const put = (c: number) => {
    if (codec === "utf-8") pushUtf8(out, c);
    else if (limit < 0x110000) out.push(c);
    else pushUnit(out, codec, c, big);
  };
  for (let i = 0; i < cpsArr.length; i++) {
    const c = cpsArr[i];
    if (!bad(c)) {
      put(c);
      continue;
    }
    let end = i + 1;
    while (end < cpsArr.length && bad(cpsArr[end])) end++;
    switch (errors) {
      case "strict":
        throw encodeError(codec, s, cpsArr, i, end, reason);
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < end; k++) put(63);
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) for (const ch of escapeCp(cpsArr[k])) put(ch.charCodeAt(0));
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) for (const ch of `&#${cpsArr[k]};`) put(ch.charCodeAt(0));
        break;
      case "surrogateescape":
        // The handler gives single bytes, which the UTF-16/32 encoders reject.
        for (let k = i; k < end; k++) {
          const x = cpsArr[k];
          if (x < 0xdc80 || x > 0xdcff || codec.startsWith("utf-16") || codec.startsWith("utf-32")) {
            throw encodeError(codec, s, cpsArr, i, end, reason);
          }
        }
        for (let k = i; k < end; k++) out.push(cpsArr[k] - 0xdc00);
        break;
      case "surrogatepass":
        for (let k = i; k < end; k++) {
          if (!isSurrogateCp(cpsArr[k]) || limit < 0x110000) throw encodeError(codec, s, cpsArr, i, end, reason);
        }
        for (let k = i; k < end; k++) {
          if (codec === "utf-8") pushUtf8(out, cpsArr[k]);
          else pushUnit(out, codec, cpsArr[k], big);
        }
        break;
      default:
        checkHandler(errors);
        throw encodeError(codec, s, cpsArr, i, end, reason);
    }
    i = end - 1;
  }
  return new PyBytes(bytesType, out.result());
}

/** Applies a decode error handler to data[start:end]; returns the replacement text. */
function decodeHandler(codec: string, data: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  switch (errors) {
    case "strict":
      throw decodeError(codec, data, start, end, reason);
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "backslashreplace": {
      let r = "";
      for (let k = start; k < end; k++) r += "\\x" + data[k].toString(16).padStart(2, "0");
      return r;
    }
    case "surrogateescape": {
      let r = "";
      for (let k = start; k < end; k++) {
        if (data[k] < 128) throw decodeError(codec, data, start, end, reason);
        r += String.fromCharCode(0xdc00 + data[k]);
      }
      return r;
    }
    default:
      checkHandler(errors);
      throw decodeError(codec, data, start, end, reason);
  }
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

function decodeUtf8(data: Uint8Array, errors: string): string {
  const n = data.length;
  let out = "";
  let chunkStart = 0;
  let i = 0;
  const fromCodes: number[] = [];
  const flush = () => {
    if (fromCodes.length > 0) {
      out += String.fromCodePoint(...fromCodes);
      fromCodes.length = 0;
    }
  };
  void chunkStart;
  while (i < n) {
    const b = data[i];
    if (b < 0x80) {
      fromCodes.push(b);
      if (fromCodes.length > 4096) flush();
      i++;
      continue;
    }
    let errEnd = -1;
    let reason = "";
    if (b < 0xc2 || b > 0xf4) {
      errEnd = i + 1;
      reason = "invalid start byte";
    } else if (b < 0xe0) {
      if (n - i < 2) {
        errEnd = n;
        reason = "unexpected end of data";
      } else if (!isCont(data[i + 1])) {
        errEnd = i + 1;
        reason = "invalid continuation byte";
      } else {
        fromCodes.push(((b & 0x1f) << 6) | (data[i + 1] & 0x3f));
        i += 2;
        continue;
      }
    } else {
      const four = b >= 0xf0;
      const need = four ? 4 : 3;
      const b2 = i + 1 < n ? data[i + 1] : -1;
      let ok2: boolean;
      if (b2 < 0) ok2 = true;
      else if (!isCont(b2)) ok2 = false;
      else if (four) ok2 = b2 < 0x90 ? b !== 0xf0 : b !== 0xf4;
      else if (b === 0xe0) ok2 = b2 >= 0xa0;
      else if (b === 0xed) ok2 = b2 < 0xa0 || errors === "surrogatepass";
      else ok2 = true;
      if (!ok2) {
        errEnd = i + 1;
        reason = "invalid continuation byte";
      } else if (b2 < 0) {
        errEnd = n;
        reason = "unexpected end of data";
      } else {
        const b3 = i + 2 < n ? data[i + 2] : -1;
        if (b3 >= 0 && !isCont(b3)) {
          errEnd = i + 2;
          reason = "invalid continuation byte";
        } else if (b3 < 0) {
          errEnd = n;
          reason = "unexpected end of data";
        } else if (!four) {
          fromCodes.push(((b & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
          i += 3;
          continue;
        } else {
          const b4 = i + 3 < n ? data[i + 3] : -1;
          if (b4 >= 0 && !isCont(b4)) {
            errEnd = i + 3;
            reason = "invalid continuation byte";
          } else if (b4 < 0) {
            errEnd = n;
            reason = "unexpected end of data";
          } else {
            fromCodes.push(((b & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f));
            i += need;
            continue;
          }
        }
      }
    }
    flush();
    out += decodeHandler("utf-8", data, i, errEnd, reason, errors);
    i = errEnd;
  }
  flush();
  return out;
}

function decodeUtf16or32(codec: Codec, data: Uint8Array, errors: string): string {
  const wide = codec.startsWith("utf-32");
  const unit = wide ? 4 : 2;
  let big = codec.endsWith("-be");
  let i = 0;
  if (codec === "utf-16" || codec === "utf-32") {
    if (wide && data.length >= 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (wide && data.length >= 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      i = 4;
      big = true;
    } else if (!wide && data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (!wide && data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
      i = 2;
      big = true;
    }
  }
  const n = data.length;
  const name: string = codec === "utf-16" || codec === "utf-32" ? `${codec}-${big ? "be" : "le"}` : codec;
  const read = (p: number): number => {
    if (wide) {
      return big
        ? ((data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3]) >>> 0
        : ((data[p + 3] << 24) | (data[p + 2] << 16) | (data[p + 1] << 8) | data[p]) >>> 0;
    }
    return big ? (data[p] << 8) | data[p + 1] : (data[p + 1] << 8) | data[p];
  };
  let out = "";
  while (i < n) {
    if (n - i < unit) {
      out += decodeHandler(name, data, i, n, "truncated data", errors);
      break;
    }
    const u = read(i);
    if (wide) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff && errors !== "surrogatepass")) {
        out += decodeHandler(name, data, i, i + 4, u > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)", errors);
      } else out += String.fromCodePoint(u);
      i += 4;
      continue;
    }
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
    } else if (u >= 0xdc00) {
      out += decodeHandler(name, data, i, i + 2, "illegal encoding", errors);
      i += 2;
    } else if (n - i < 4) {
      out += decodeHandler(name, data, i, n, "unexpected end of data", errors);
      break;
    } else {
      const u2 = read(i + 2);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += String.fromCharCode(u, u2);
        i += 4;
      } else {
        out += decodeHandler(name, data, i, i + 2, "illegal UTF-16 surrogate", errors);
        i += 2;
      }
    }
  }
  return out;
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding);
  if (codec === "latin-1") return latin1(data);
  if (codec === "ascii") {
    let out = "";
    let run = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] >= 0x80) {
        if (i > run) out += latin1(data.subarray(run, i));
        out += decodeHandler("ascii", data, i, i + 1, "ordinal not in range(128)", errors);
        run = i + 1;
      }
    }
    return run === 0 ? latin1(data) : out + latin1(data.subarray(run));
  }
  if (codec === "utf-8") {
    let ascii = true;
    for (let i = 0; i < data.length; i++) {
      if (data[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return latin1(data);
    return decodeUtf8(data, errors);
  }
  return decodeUtf16or32(codec, data, errors);
}

function latin1(data: Uint8Array): string {
  let out = "";
  for (let i = 0; i < data.length; i += 8192) out += String.fromCharCode(...data.subarray(i, Math.min(i + 8192, data.length)));
  return out;
}

// ------------------------------------------------------------------ helpers

function isBytearray(v: PyBytes): boolean {
  return v.cls === bytearrayType || v.cls.isSubclassOf(bytearrayType);
}

function kindName(cls: PyClass): "bytes" | "bytearray" {
  return cls === bytearrayType || cls.isSubclassOf(bytearrayType) ? "bytearray" : "bytes";
}

/** A bytes-like object's data, or undefined. */
export function bytesLike(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  const mv = memoryviewData?.(v);
  return mv;
}

/** Hook for other buffer types (memoryview, array) to expose their bytes. */
let memoryviewData: ((v: PyValue) => Uint8Array | undefined) | null = null;
export function setBufferHook(f: (v: PyValue) => Uint8Array | undefined): void {
  memoryviewData = f;
}

function needBytes(v: PyValue): Uint8Array {
  const d = bytesLike(v);
  if (d === undefined) throw pyErr(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

function byteValue(v: PyValue): number {
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (i < 0 || i > 255) throw pyErr(ValueError, "byte must be in range(0, 256)");
  return Number(i);
}

/** A search argument: bytes-like or an int in range(256). */
function searchArg(v: PyValue): Uint8Array {
  if (isIntLike(v) || (v instanceof PyObject && indexOrNull(v) !== null && !(v instanceof PyBytes))) {
    return Uint8Array.of(byteValue(v));
  }
  const d = bytesLike(v);
  if (d === undefined) throw pyErr(TypeError, `argument should be integer or bytes-like object, not '${typeName(v)}'`);
  return d;
}

function make(cls: PyClass, data: Uint8Array): PyBytes {
  return new PyBytes(isBytearrayClass(cls) ? bytearrayType : bytesType, data);
}
function isBytearrayClass(cls: PyClass): boolean {
  return cls === bytearrayType || cls.isSubclassOf(bytearrayType);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

function indexOfBytes(h: Uint8Array, n: Uint8Array, from: number, end: number): number {
  const m = n.length;
  if (m === 0) return from <= end ? from : -1;
  if (m === 1) {
    const c = n[0];
    for (let i = from; i < end; i++) if (h[i] === c) return i;
    return -1;
  }
  outer: for (let i = from; i + m <= end; i++) {
    for (let k = 0; k < m; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOfBytes(h: Uint8Array, n: Uint8Array, start: number, end: number): number {
  const m = n.length;
  outer: for (let i = end - m; i >= start; i--) {
    for (let k = 0; k < m; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

function sliceArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, "slice indices must be integers or None or have an __index__ method");
  if (typeof i === "bigint") return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

function adjust(startArg: PyValue | undefined, endArg: PyValue | undefined, len: number): [number, number] {
  return adjustIndices(sliceArg(startArg), sliceArg(endArg), len);
}

function ssize(v: PyValue): number {
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") throw pyErr(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

function isSpaceByte(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// ------------------------------------------------------------------ repr

export function bytesRepr(v: PyBytes): string {
  const d = v.data;
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < d.length; i++) {
    if (d[i] === 39) hasSingle = true;
    else if (d[i] === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  // bytearray's repr escapes every single quote, whatever the quote used.
  const escSingle = q === "'" || isBytearray(v);
  let out = "b" + q;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (c === 39 && escSingle) out += "\\'";
    else if (c === 92) out += "\\\\";
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  out += q;
  if (isBytearray(v)) {
    const name = v.cls === bytearrayType ? "bytearray" : v.cls.name;
    return `${name}(${out})`;
  }
  return out;
}

// ------------------------------------------------------------------ construction

function fromIterable(v: PyValue, name = "bytes"): Uint8Array {
  const out: number[] = [];
  const it = iterate(v);
  for (let x = it.next(); x !== DONE; x = it.next()) {
    const i = indexOrNull(x);
    if (i === null) throw pyErr(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (i < 0 || i > 255) throw pyErr(ValueError, name === "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    out.push(Number(i));
  }
  return Uint8Array.from(out);
}

function construct(cls: PyClass, args: PyValue[], kw: KwArgs | null): Uint8Array {
  const name = kindName(cls);
  const names = ["source", "encoding", "errors"];
  if (args.length > 3) throw pyErr(TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
  const a: (PyValue | undefined)[] = [args[0], args[1], args[2]];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
      if (i < args.length) throw pyErr(TypeError, `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      a[i] = v;
    }
  }
  const [src, enc, err] = a;
  if (enc !== undefined && typeof enc !== "string") throw pyErr(TypeError, `${name}() argument 'encoding' must be str, not ${typeName(enc)}`);
  if (err !== undefined && typeof err !== "string") throw pyErr(TypeError, `${name}() argument 'errors' must be str, not ${typeName(err)}`);
  if (src === undefined) {
    if (enc !== undefined || err !== undefined) throw pyErr(TypeError, enc !== undefined ? "encoding without a string argument" : "errors without a string argument");
    return new Uint8Array(0);
  }
  if (typeof src === "string") {
    if (enc === undefined) throw pyErr(TypeError, "string argument without an encoding");
    return encodeStr(src, enc, err ?? "strict").data;
  }
  if (enc !== undefined) throw pyErr(TypeError, "encoding without a string argument");
  if (err !== undefined) throw pyErr(TypeError, "errors without a string argument");
  if (src instanceof PyBytes) return src.data.slice();
  if (name === "bytes" && src instanceof PyObject) {
    const f = typeOf(src).lookup("__bytes__");
    if (f !== undefined) {
      const r = callBound(f, src, []);
      if (!(r instanceof PyBytes) || isBytearray(r)) throw pyErr(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.data;
    }
  }
  const buf = bytesLike(src);
  if (buf !== undefined) return buf.slice();
  const n = indexOrNull(src);
  if (n !== null) {
    if (n < 0) throw pyErr(ValueError, "negative count");
    if (typeof n === "bigint" || n > 0x7fffffff) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
    return new Uint8Array(n);
  }
  if (src instanceof PyList || src instanceof PyTuple) return fromIterable(src, name);
  try {
    return fromIterable(src, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === TypeError && String(e.args[0]).endsWith("is not iterable")) {
      throw pyErr(TypeError, `cannot convert '${typeName(src)}' object to ${name}`);
    }
    throw e;
  }
}

// ------------------------------------------------------------------ methods

type BytesImpl = (self: PyBytes, a: PyValue[], kw: KwArgs | null) => PyValue;

function def(cls: PyClass, name: string, fn: BytesImpl): void {
  const tn = cls.name;
  defMethod(cls, name, (args, kw) => {
    if (args.length === 0) throw pyErr(TypeError, `unbound method ${tn}.${name}() needs an argument`);
    const self = args[0];
    if (!(self instanceof PyBytes) || !self.cls.isSubclassOf(cls)) {
      throw pyErr(TypeError, `descriptor '${name}' for '${tn}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return fn(self, args.slice(1), kw);
  });
}

function noKw(tn: string, name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${tn}.${name}() takes no keyword arguments`);
}
function argRange(tn: string, name: string, a: PyValue[], kw: KwArgs | null, min: number, max: number, style: "tuple" | "ac"): void {
  noKw(tn, name, kw);
  const n = a.length;
  if (min === max && min <= 1 && n !== min) {
    throw pyErr(TypeError, min === 0 ? `${tn}.${name}() takes no arguments (${n} given)` : `${tn}.${name}() takes exactly one argument (${n} given)`);
  }
  if (style === "tuple") {
    if (n < min) throw pyErr(TypeError, `${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
    if (n > max) throw pyErr(TypeError, `${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
  } else {
    if (n < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    if (n > max) throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

function kwParse(name: string, a: PyValue[], kw: KwArgs | null, names: readonly string[]): (PyValue | undefined)[] {
  if (a.length > names.length) throw pyErr(TypeError, `${name}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${a.length} given)`);
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

function splitBytes(d: Uint8Array, sep: Uint8Array | null, maxsplit: number, reverse: boolean): Uint8Array[] {
  let maxcount = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  const out: Uint8Array[] = [];
  const n = d.length;
  if (sep === null) {
    if (!reverse) {
      let i = 0;
      while (maxcount-- > 0) {
        while (i < n && isSpaceByte(d[i])) i++;
        if (i === n) break;
        const j = i;
        i++;
        while (i < n && !isSpaceByte(d[i])) i++;
        out.push(d.slice(j, i));
      }
      if (i < n) {
        while (i < n && isSpaceByte(d[i])) i++;
        if (i !== n) out.push(d.slice(i));
      }
      return out;
    }
    let i = n - 1;
    while (maxcount-- > 0) {
      while (i >= 0 && isSpaceByte(d[i])) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpaceByte(d[i])) i--;
      out.push(d.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceByte(d[i])) i--;
      if (i >= 0) out.push(d.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw pyErr(ValueError, "empty separator");
  if (!reverse) {
    let i = 0;
    while (maxcount-- > 0) {
      const j = indexOfBytes(d, sep, i, n);
      if (j < 0) break;
      out.push(d.slice(i, j));
      i = j + sep.length;
    }
    out.push(d.slice(i));
    return out;
  }
  let end = n;
  while (maxcount-- > 0) {
    const j = lastIndexOfBytes(d, sep, 0, end);
    if (j < 0) break;
    out.push(d.slice(j + sep.length, end));
    end = j;
  }
  out.push(d.slice(0, end));
  return out.reverse();
}

function stripBytes(d: Uint8Array, chars: PyValue | undefined, left: boolean, right: boolean): Uint8Array {
  let set: ((b: number) => boolean);
  if (chars === undefined || chars === None) set = isSpaceByte;
  else {
    const c = needBytes(chars);
    const s = new Set(c);
    set = (b) => s.has(b);
  }
  let i = 0, j = d.length;
  if (left) while (i < j && set(d[i])) i++;
  if (right) while (j > i && set(d[j - 1])) j--;
  return d.slice(i, j);
}

function tailMatch(d: Uint8Array, sub: Uint8Array, startArg: PyValue | undefined, endArg: PyValue | undefined, suffix: boolean): boolean {
  const [st, en0] = adjust(startArg, endArg, d.length);
  const en = en0 - sub.length;
  if (en < st) return false;
  if (sub.length === 0) return true;
  const from = suffix ? en : st;
  for (let k = 0; k < sub.length; k++) if (d[from + k] !== sub[k]) return false;
  return true;
}

function replaceBytes(d: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const out: number[] = [];
  if (old.length === 0) {
    let n = 0;
    for (let i = 0; i < d.length; i++) {
      if (n < count) {
        out.push(...rep);
        n++;
      }
      out.push(d[i]);
    }
    if (n < count) out.push(...rep);
    return Uint8Array.from(out);
  }
  let i = 0, n = 0;
  while (n < count) {
    const j = indexOfBytes(d, old, i, d.length);
    if (j < 0) break;
    for (let k = i; k < j; k++) out.push(d[k]);
    out.push(...rep);
    i = j + old.length;
    n++;
  }
  for (let k = i; k < d.length; k++) out.push(d[k]);
  return Uint8Array.from(out);
}

function hexOf(d: Uint8Array, sepArg: PyValue | undefined, groupArg: PyValue | undefined): string {
  const hex = Array.from(d, (b) => b.toString(16).padStart(2, "0"));
  if (sepArg === undefined) return hex.join("");
  let sep: string;
  if (typeof sepArg === "string") sep = sepArg;
  else if (sepArg instanceof PyBytes) sep = latin1(sepArg.data);
  else if (sepArg instanceof PyList || sepArg instanceof PyTuple) throw pyErr(TypeError, "sep must be str or bytes.");
  else throw pyErr(TypeError, `object of type '${typeName(sepArg)}' has no len()`);
  if (sep.length !== 1) throw pyErr(ValueError, "sep must be length 1.");
  if (sep.charCodeAt(0) > 127) throw pyErr(ValueError, "sep must be ASCII.");
  const group = groupArg === undefined ? 1 : ssize(groupArg);
  if (group === 0 || hex.length === 0) return hex.join("");
  const g = Math.abs(group);
  const parts: string[] = [];
  if (group > 0) {
    for (let end = hex.length; end > 0; end -= g) parts.unshift(hex.slice(Math.max(0, end - g), end).join(""));
  } else {
    for (let i = 0; i < hex.length; i += g) parts.push(hex.slice(i, i + g).join(""));
  }
  return parts.join(sep);
}

function fromHex(s: PyValue, kindCls: PyClass): PyBytes {
  const text = typeof s === "string" ? s : undefined;
  if (text === undefined) throw pyErr(TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
  const out: number[] = [];
  let i = 0;
  const n = text.length;
  const hv = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hv(c);
    if (hi < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? hv(text.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return new PyBytes(kindCls, Uint8Array.from(out));
}

function installCommon(cls: PyClass): void {
  const tn = cls.name;
  const wrap = (self: PyBytes, data: Uint8Array) => make(self.cls, data);

  def(cls, "__len__", (self, a, kw) => (argRange(tn, "__len__", a, kw, 0, 0, "ac"), self.data.length));
  def(cls, "__contains__", (self, a, kw) => (argRange(tn, "__contains__", a, kw, 1, 1, "ac"), bytesContains(self, a[0])));
  def(cls, "__iter__", (self) => bytesIterator(self));
  def(cls, "__repr__", (self) => bytesRepr(self));
  def(cls, "__str__", (self) => bytesRepr(self));
  def(cls, "__hash__", (self) => bytesHash(self));
  def(cls, "__add__", (self, a) => {
    const other = bytesLike(a[0]);
    if (other === undefined) throw pyErr(TypeError, `can't concat ${typeName(a[0])} to ${tn}`);
    return make(self.cls, concat(self.data, other));
  });
  def(cls, "__mul__", (self, a) => repeat(self, a[0]));
  def(cls, "__rmul__", (self, a) => repeat(self, a[0]));
  for (const [name, test] of [
    ["__eq__", (c: number) => c === 0], ["__ne__", (c: number) => c !== 0], ["__lt__", (c: number) => c < 0],
    ["__le__", (c: number) => c <= 0], ["__gt__", (c: number) => c > 0], ["__ge__", (c: number) => c >= 0],
  ] as const) {
    def(cls, name, (self, a) => {
      const o = a[0];
      if (!(o instanceof PyBytes)) return NotImplemented;
      return test(compareBytes(self.data, o.data));
    });
  }

  def(cls, "decode", (self, a, kw) => {
    const [enc, err] = kwParse("decode", a, kw, ["encoding", "errors"]);
    if (enc !== undefined && typeof enc !== "string") throw pyErr(TypeError, `decode() argument 'encoding' must be str, not ${typeName(enc)}`);
    if (err !== undefined && typeof err !== "string") throw pyErr(TypeError, `decode() argument 'errors' must be str, not ${typeName(err)}`);
    return decodeBytes(self.data, (enc as string | undefined) ?? "utf-8", (err as string | undefined) ?? "strict");
  });
  def(cls, "hex", (self, a, kw) => {
    const [sep, group] = kwParse("hex", a, kw, ["sep", "bytes_per_sep"]);
    return hexOf(self.data, sep, group);
  });
  defClassMethod(cls, "fromhex", (args, kw) => {
    noKw(tn, "fromhex", kw);
    // Called with the class first when bound through a subclass; without it otherwise.
    const withCls = args.length === 2 && args[0] instanceof PyClass && (args[0] as PyClass).isSubclassOf(cls);
    const target = withCls ? (args[0] as PyClass) : cls;
    const rest = withCls ? args.slice(1) : args;
    if (rest.length !== 1) throw pyErr(TypeError, `${tn}.fromhex() takes exactly one argument (${rest.length} given)`);
    const r = fromHex(rest[0], isBytearrayClass(target) ? bytearrayType : bytesType);
    if (target === bytesType || target === bytearrayType) return r;
    return call(target, [r]);
  });
  def(cls, "join", (self, a, kw) => {
    argRange(tn, "join", a, kw, 1, 1, "ac");
    const parts: Uint8Array[] = [];
    let i = 0;
    let it;
    try {
      it = iterate(a[0]);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls === TypeError) throw pyErr(TypeError, "can only join an iterable");
      throw e;
    }
    for (let x = it.next(); x !== DONE; x = it.next(), i++) {
      const d = bytesLike(x);
      if (d === undefined) throw pyErr(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
      parts.push(d);
    }
    let total = 0;
    for (const p of parts) total += p.length;
    total += Math.max(0, parts.length - 1) * self.data.length;
    const out = new Uint8Array(total);
    let pos = 0;
    parts.forEach((p, k) => {
      if (k > 0) {
        out.set(self.data, pos);
        pos += self.data.length;
      }
      out.set(p, pos);
      pos += p.length;
    });
    return wrap(self, out);
  });
  for (const [name, reverse] of [["split", false], ["rsplit", true]] as const) {
    def(cls, name, (self, a, kw) => {
      const [sepArg, maxArg] = kwParse(name, a, kw, ["sep", "maxsplit"]);
      const sep = sepArg === undefined || sepArg === None ? null : needBytes(sepArg);
      const max = maxArg === undefined ? -1 : ssize(maxArg);
      return newList(splitBytes(self.data, sep, max, reverse).map((d) => wrap(self, d)));
    });
  }
  for (const [name, l, r] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const) {
    def(cls, name, (self, a, kw) => {
      argRange(tn, name, a, kw, 0, 1, "ac");
      return wrap(self, stripBytes(self.data, a[0], l, r));
    });
  }
  for (const name of ["startswith", "endswith"] as const) {
    def(cls, name, (self, a, kw) => {
      argRange(tn, name, a, kw, 1, 3, "tuple");
      const p = a[0];
      const suffix = name === "endswith";
      if (p instanceof PyTuple) {
        for (const item of p.items) {
          const d = bytesLike(item);
          if (d === undefined) throw pyErr(TypeError, `a bytes-like object is required, not '${typeName(item)}'`);
          if (tailMatch(self.data, d, a[1], a[2], suffix)) return true;
        }
        return false;
      }
      const d = bytesLike(p);
      if (d === undefined) throw pyErr(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
      return tailMatch(self.data, d, a[1], a[2], suffix);
    });
  }
  for (const [name, reverse, raise] of [["find", false, false], ["rfind", true, false], ["index", false, true], ["rindex", true, true]] as const) {
    def(cls, name, (self, a, kw) => {
      argRange(tn, name, a, kw, 1, 3, "tuple");
      const sub = searchArg(a[0]);
      const [st, en] = adjust(a[1], a[2], self.data.length);
      let r = -1;
      if (en - st >= sub.length) r = reverse ? lastIndexOfBytes(self.data, sub, st, en) : indexOfBytes(self.data, sub, st, en);
      if (r < 0 && raise) throw pyErr(ValueError, "subsection not found");
      return r;
    });
  }
  def(cls, "count", (self, a, kw) => {
    argRange(tn, "count", a, kw, 1, 3, "tuple");
    const sub = searchArg(a[0]);
    const [st, en] = adjust(a[1], a[2], self.data.length);
    if (en - st < sub.length) return 0;
    if (sub.length === 0) return en - st + 1;
    let n = 0;
    for (let i = indexOfBytes(self.data, sub, st, en); i >= 0; i = indexOfBytes(self.data, sub, i + sub.length, en)) n++;
    return n;
  });
  def(cls, "replace", (self, a, kw) => {
    argRange(tn, "replace", a, kw, 2, 3, "ac");
    const old = needBytes(a[0]), rep = needBytes(a[1]);
    return wrap(self, replaceBytes(self.data, old, rep, a.length > 2 ? ssize(a[2]) : -1));
  });
  const mapBytes = (name: string, f: (b: number) => number) =>
    def(cls, name, (self, a, kw) => {
      argRange(tn, name, a, kw, 0, 0, "ac");
      return wrap(self, self.data.map(f));
    });
  mapBytes("upper", (b) => (b >= 97 && b <= 122 ? b - 32 : b));
  mapBytes("lower", (b) => (b >= 65 && b <= 90 ? b + 32 : b));
  mapBytes("swapcase", (b) => (b >= 97 && b <= 122 ? b - 32 : b >= 65 && b <= 90 ? b + 32 : b));
  const pred = (name: string, f: (b: number) => boolean, emptyTrue = false) =>
    def(cls, name, (self, a, kw) => {
      argRange(tn, name, a, kw, 0, 0, "ac");
      if (self.data.length === 0) return emptyTrue;
      return self.data.every(f);
    });
  const isAlpha = (b: number) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
  const isDigit = (b: number) => b >= 48 && b <= 57;
  pred("isalpha", isAlpha);
  pred("isdigit", isDigit);
  pred("isalnum", (b) => isAlpha(b) || isDigit(b));
  pred("isspace", isSpaceByte);
  pred("isascii", (b) => b < 128, true);
  def(cls, "islower", (self, a, kw) => {
    argRange(tn, "islower", a, kw, 0, 0, "ac");
    let cased = false;
    for (const b of self.data) {
      if (b >= 65 && b <= 90) return false;
      if (b >= 97 && b <= 122) cased = true;
    }
    return cased;
  });
  def(cls, "isupper", (self, a, kw) => {
    argRange(tn, "isupper", a, kw, 0, 0, "ac");
    let cased = false;
    for (const b of self.data) {
      if (b >= 97 && b <= 122) return false;
      if (b >= 65 && b <= 90) cased = true;
    }
    return cased;
  });
  for (const [name, reverse] of [["partition", false], ["rpartition", true]] as const) {
    def(cls, name, (self, a, kw) => {
      argRange(tn, name, a, kw, 1, 1, "ac");
      const sep = needBytes(a[0]);
      if (sep.length === 0) throw pyErr(ValueError, "empty separator");
      const d = self.data;
      const i = reverse ? lastIndexOfBytes(d, sep, 0, d.length) : indexOfBytes(d, sep, 0, d.length);
      const empty = () => wrap(self, new Uint8Array(0));
      if (i < 0) return newTuple(reverse ? [empty(), empty(), wrap(self, d.slice())] : [wrap(self, d.slice()), empty(), empty()]);
      return newTuple([wrap(self, d.slice(0, i)), wrap(self, sep.slice()), wrap(self, d.slice(i + sep.length))]);
    });
  }
  for (const name of ["removeprefix", "removesuffix"] as const) {
    def(cls, name, (self, a, kw) => {
      argRange(tn, name, a, kw, 1, 1, "ac");
      const p = needBytes(a[0]);
      const d = self.data;
      if (name === "removeprefix") return wrap(self, tailMatch(d, p, undefined, undefined, false) ? d.slice(p.length) : d.slice());
      return wrap(self, tailMatch(d, p, undefined, undefined, true) ? d.slice(0, d.length - p.length) : d.slice());
    });
  }
  def(cls, "splitlines", (self, a, kw) => {
    const [k] = kwParse("splitlines", a, kw, ["keepends"]);
    const keep = k !== undefined && indexOrNull(k) !== 0 && indexOrNull(k) !== null;
    const d = self.data;
    const out: PyBytes[] = [];
    let i = 0;
    while (i < d.length) {
      const j = i;
      while (i < d.length && d[i] !== 10 && d[i] !== 13) i++;
      let eol = i;
      if (i < d.length) {
        i += d[i] === 13 && i + 1 < d.length && d[i + 1] === 10 ? 2 : 1;
        if (keep) eol = i;
      }
      out.push(wrap(self, d.slice(j, eol)));
    }
    return newList(out);
  });
}

function bytesContains(self: PyBytes, x: PyValue): boolean {
  if (isIntLike(x)) return self.data.includes(byteValue(x));
  return indexOfBytes(self.data, searchArg(x), 0, self.data.length) >= 0;
}

function repeat(self: PyBytes, v: PyValue): PyValue {
  const n = indexOrNull(v);
  if (n === null) throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeName(v)}'`);
  if (typeof n === "bigint") {
    if (n < 0n || self.data.length === 0) return make(self.cls, new Uint8Array(0));
    throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const d = self.data;
  const count = Math.max(0, n);
  const out = new Uint8Array(d.length * count);
  for (let i = 0; i < count; i++) out.set(d, i * d.length);
  return make(self.cls, out);
}

function bytesHash(v: PyBytes): number {
  if (isBytearray(v)) throw pyErr(TypeError, `unhashable type: '${typeName(v)}'`);
  const d = v.data;
  let h = 0x811c9dc5;
  for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i], 0x01000193);
  return h;
}

const bytesIteratorType = iterType("bytes_iterator");
const bytearrayIteratorType = iterType("bytearray_iterator");

function bytesIterator(v: PyBytes): NativeIterator {
  let i = 0;
  const live = isBytearray(v);
  return new NativeIterator(live ? bytearrayIteratorType : bytesIteratorType, () => (i < v.data.length ? v.data[i++] : DONE));
}

function installBytearray(): void {
  const tn = "bytearray";
  const cls = bytearrayType;
  const setData = (self: PyBytes, d: Uint8Array) => {
    self.data = d;
  };
  def(cls, "append", (self, a, kw) => {
    argRange(tn, "append", a, kw, 1, 1, "ac");
    setData(self, concat(self.data, Uint8Array.of(byteValue(a[0]))));
    return None;
  });
  def(cls, "extend", (self, a, kw) => {
    argRange(tn, "extend", a, kw, 1, 1, "ac");
    const x = a[0];
    let d = bytesLike(x);
    if (d === undefined) {
      try {
        d = fromIterable(x, "bytearray");
      } catch (e) {
        if (e instanceof PyBaseException && e.cls === TypeError && String(e.args[0]).endsWith("is not iterable")) {
          throw pyErr(TypeError, `can't extend bytearray with ${typeName(x)}`);
        }
        throw e;
      }
    }
    setData(self, concat(self.data, d));
    return None;
  });
  def(cls, "pop", (self, a, kw) => {
    argRange(tn, "pop", a, kw, 0, 1, "ac");
    const n = self.data.length;
    if (n === 0) throw pyErr(IndexError, "pop from empty bytearray");
    let i = a.length > 0 ? ssize(a[0]) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw pyErr(IndexError, "pop index out of range");
    const v = self.data[i];
    const d = new Uint8Array(n - 1);
    d.set(self.data.subarray(0, i));
    d.set(self.data.subarray(i + 1), i);
    setData(self, d);
    return v;
  });
  def(cls, "insert", (self, a, kw) => {
    argRange(tn, "insert", a, kw, 2, 2, "ac");
    const n = self.data.length;
    let i = ssize(a[0]);
    const b = byteValue(a[1]);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const d = new Uint8Array(n + 1);
    d.set(self.data.subarray(0, i));
    d[i] = b;
    d.set(self.data.subarray(i), i + 1);
    setData(self, d);
    return None;
  });
  def(cls, "remove", (self, a, kw) => {
    argRange(tn, "remove", a, kw, 1, 1, "ac");
    const b = byteValue(a[0]);
    const i = self.data.indexOf(b);
    if (i < 0) throw pyErr(ValueError, "value not found in bytearray");
    const d = new Uint8Array(self.data.length - 1);
    d.set(self.data.subarray(0, i));
    d.set(self.data.subarray(i + 1), i);
    setData(self, d);
    return None;
  });
  def(cls, "clear", (self, a, kw) => {
    argRange(tn, "clear", a, kw, 0, 0, "ac");
    setData(self, new Uint8Array(0));
    return None;
  });
  def(cls, "copy", (self, a, kw) => {
    argRange(tn, "copy", a, kw, 0, 0, "ac");
    return new PyBytes(bytearrayType, self.data.slice());
  });
  def(cls, "reverse", (self, a, kw) => {
    argRange(tn, "reverse", a, kw, 0, 0, "ac");
    self.data.reverse();
    return None;
  });
  def(cls, "__iadd__", (self, a) => {
    setData(self, concat(self.data, needBytes(a[0])));
    return self;
  });
}

function binary(op: string, a: PyValue, b: PyValue): PyValue | undefined {
  if (op === "+") {
    if (a instanceof PyBytes) {
      const other = bytesLike(b);
      if (other === undefined) throw pyErr(TypeError, `can't concat ${typeName(b)} to ${kindName(a.cls)}`);
      return make(a.cls, concat(a.data, other));
    }
    return undefined;
  }
  if (op === "*") {
    if (a instanceof PyBytes && isIntLike(b)) return repeat(a, b);
    if (b instanceof PyBytes && isIntLike(a)) return repeat(b, a);
    const other = a instanceof PyBytes ? b : a;
    if (!(other instanceof PyObject && other.cls.isUserClass) && indexOrNull(other) === null) {
      throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeName(other)}'`);
    }
  }
  return undefined;
}

let installed = false;

export function installBytesMethods(): void {
  if (installed) return;
  installed = true;
  bytesType.nativeNew = (cls, args, kw) => {
    const data = construct(cls, args, kw);
    return cls === bytesType ? new PyBytes(bytesType, data) : new PyBytes(cls, data);
  };
  bytearrayType.nativeNew = (cls, args, kw) => new PyBytes(cls, construct(cls, args, kw));
  installCommon(bytesType);
  installCommon(bytearrayType);
  installBytearray();
  bytearrayType.dict.set("__hash__", None);
  for (const t of [bytesType, bytearrayType]) {
    nativeRepr.set(t, (v) => bytesRepr(v as PyBytes));
    nativeIter.set(t, (v) => bytesIterator(v as PyBytes));
    nativeEq.set(t, (a, b) => (a instanceof PyBytes && b instanceof PyBytes ? equalBytes(a.data, b.data) : undefined));
    nativeHash.set(t, (v) => bytesHash(v as PyBytes));
    nativeOrder.set(t, (a, b) => (a instanceof PyBytes && b instanceof PyBytes ? compareBytes(a.data, b.data) : undefined));
    extBinary.set(t, binary);
    extContains.set(t, (c, x) => bytesContains(c as PyBytes, x));
  }
}

