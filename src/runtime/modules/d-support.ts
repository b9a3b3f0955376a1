// _d_support: what the Python-source modules of group d (traceback, struct,
// array) need from the interpreter itself: the entries of a traceback
// object, and IEEE float packing.

import { PyValue, PyFloat, PyBytes } from "../object.js";
import { PyModule, None, bytesType } from "../types.js";
import { pyErr, TypeError, OverflowError } from "../exceptions.js";
import { PyTraceback } from "../traceback-object.js";
import { newList, newTuple } from "../containers.js";
import { asFloatOperand } from "../ops.js";
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
