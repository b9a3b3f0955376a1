// _d_support: what the Python-source modules of group d (traceback, struct,
// array) need from the interpreter itself: the entries of a traceback
// object, and IEEE float packing.

import { PyValue, PyFloat, PyBytes } from "../object.js";
import { PyModule, None, bytesType } from "../types.js";
import { pyErr, TypeError, OverflowError } from "../exceptions.js";
import { PyTraceback } from "../traceback-object.js";
import { newList, newTuple } from "../containers.js";
import { asFloatOperand } from "../ops.js";
import { CompiledCode } from "../compiler/function-code.js";
import { PyFunction } from "../function.js";
import { PyGenerator, PyCoroutine, PyAsyncGenerator } from "../generators.js";
import { makeModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  throw pyErr(TypeError, "a bytes-like object is required");
}

export function createDSupportModule(_interp: Interpreter): PyModule {
  return makeModule("_d_support", {
    /** [(filename, lineno, name, line or None), ...] from traceback `tb` on (tb_next order). */
    tb_entries: (a) => {
      const tb = a[0];
      if (!(tb instanceof PyTraceback)) return newList([]);
      const out: PyValue[] = [];
      for (let i = tb.index; i < tb.entries.length; i++) {
        const e = tb.entries[i];
        const src = e.code.source[e.line - 1];
        out.push(newTuple([e.code.filename, e.line, e.code.name, src === undefined ? None : src]));
      }
      return newList(out);
    },
    /**
     * co_varnames as CPython has them for a function's code object: pyasync's
     * lack the *args/**kwargs names, which are read back from the source.
     */
    code_varnames: (a) => {
      const c = a[0] as unknown as { fn?: { code?: unknown } };
      const code = c?.fn?.code;
      if (!(code instanceof CompiledCode)) return None;
      const p = code.params;
      const names: PyValue[] = [...p.positional, ...p.kwonly];
      if (p.varargSlot >= 0 || p.kwargSlot >= 0) {
        const [va, kw] = starNames(code, p.varargSlot >= 0, p.kwargSlot >= 0);
        if (va !== null) names.push(va);
        if (kw !== null) names.push(kw);
      }
      return newTuple(names);
    },
    /**
     * types.coroutine on a generator function: marks its code
     * CO_ITERABLE_COROUTINE (CPython replaces __code__ with the flag set).
     * False when `func` is no generator function.
     */
    mark_iterable_coroutine: (a) => {
      const fn = a[0];
      if (!(fn instanceof PyFunction) || !(fn.code instanceof CompiledCode) || !fn.code.isGenerator) return false;
      fn.code.iterableCoroutine = true;
      return true;
    },
    /** gi_suspended / cr_suspended / ag_suspended (CPython 3.11), which pyasync's objects lack. */
    gen_suspended: (a) => {
      const g = a[0];
      if (!(g instanceof PyGenerator || g instanceof PyCoroutine || g instanceof PyAsyncGenerator)) return false;
      return g.started && !g.finished && !g.running;
    },
    /** IEEE 754 bytes of float `x`: size 2, 4 or 8, little-endian when `little`. */
    pack_float: (a) => {
      const x = asFloatOperand(a[0]);
      if (x === null) throw pyErr(TypeError, "required argument is not a float");
      const size = a[1] as number;
      const little = a[2] === true;
      const buf = new DataView(new ArrayBuffer(size));
      if (size === 8) buf.setFloat64(0, x, little);
      else if (size === 4) buf.setFloat32(0, x, little);
      else buf.setUint16(0, toHalf(x), little);
      return new PyBytes(bytesType, new Uint8Array(buf.buffer));
    },
    /** The float stored in `b` (2, 4 or 8 bytes). */
    unpack_float: (a) => {
      const data = bytesOf(a[0]);
      const little = a[1] === true;
      const buf = new DataView(data.buffer, data.byteOffset, data.byteLength);
      if (data.length === 8) return new PyFloat(buf.getFloat64(0, little));
      if (data.length === 4) return new PyFloat(buf.getFloat32(0, little));
      return new PyFloat(fromHalf(buf.getUint16(0, little)));
    },
    /** Whether float32 rounding of `x` overflows (struct's 'f' range check). */
    float32_overflows: (a) => {
      const x = asFloatOperand(a[0]) ?? 0;
      return Number.isFinite(x) && !Number.isFinite(Math.fround(x));
    },
  });
}

/** The names of `*args` and `**kwargs` in the source of `code`'s def or lambda header. */
function starNames(code: CompiledCode, hasVar: boolean, hasKw: boolean): [string | null, string | null] {
  const fallback: [string | null, string | null] = [hasVar ? "args" : null, hasKw ? "kwargs" : null];
  const info = code.info;
  const text = info.source.slice(info.firstLine - 1, info.firstLine + 60).join("\n");
  let start: number, close: string;
  const def = new RegExp(`\\bdef\\s+${info.name.replace(/[^\w]/g, "")}\\s*(\\[[^\\]]*\\])?\\s*\\(`).exec(text);
  if (info.name !== "<lambda>" && def) {
    start = def.index + def[0].length;
    close = ")";
  } else {
    const lam = /\blambda\b/.exec(text);
    if (!lam) return fallback;
    start = lam.index + lam[0].length;
    close = ":";
  }
  const params: string[] = [];
  let depth = 0, cur = "", quote = "";
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      cur += ch;
      if (ch === "\\") cur += text[++i] ?? "";
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    } else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch) && depth > 0) depth--;
    else if (depth === 0 && ch === close) {
      params.push(cur);
      break;
    } else if (depth === 0 && ch === ",") {
      params.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  let va: string | null = null, kw: string | null = null;
  for (const prm of params) {
    const m = /^\s*(\*\*?)\s*([A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*)/u.exec(prm);
    if (!m) continue;
    if (m[1] === "**") kw = m[2];
    else va = m[2];
  }
  if ((hasVar && va === null) || (hasKw && kw === null)) return fallback;
  return [hasVar ? va : null, hasKw ? kw : null];
}

/** Round-half-even conversion of a double to IEEE binary16 bits. */
function toHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const ax = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00;
  if (ax === Infinity) return sign | 0x7c00;
  if (ax === 0) return sign;
  let e = Math.floor(Math.log2(ax));
  if (2 ** e > ax) e--;
  if (2 ** (e + 1) <= ax) e++;
  if (e < -14) {
    // subnormal: units of 2**-24
    const m = roundHalfEven(ax / 2 ** -24);
    return sign | m; // m may round up to 0x400, the smallest normal: still right
  }
  let m = roundHalfEven((ax / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) throw pyErr(OverflowError, "float too large to pack with e format");
  return sign | ((e + 15) << 10) | m;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
