// int, bool and float: constructors and methods.

import { PyFloat, PyValue, PyBytes, PyBoxed } from "../object.js";
import { PyBoxed as PyIntSub } from "../object.js";
import { intType, boolType, floatType, defMethod, defClassMethod, None, typeOf, NotImplemented } from "../types.js";
import { defGetter } from "../function.js";
import { callBound } from "../call.js";
import { pyErr, TypeError, ValueError, OverflowError } from "../exceptions.js";
import { truthy, isIntLike, asInt, asFloatOperand, binaryOp, richCompare, unaryOp, pyHash } from "../ops.js";
import { repr } from "../repr.js";
import { parseIntLiteral, parseFloatLiteral, floatToInt, roundFloat, roundInt, floatRepr, strToIntLimitMessage, getIntMaxStrDigits } from "../format/index.js";
import { pyFormat } from "../formatting.js";
import * as I from "../int.js";
import { typeName } from "../typename.js";
import { newTuple } from "../containers.js";
import { parseArgs } from "./args.js";
import type { BinOpKind } from "../../parser/ast.js";

/** int(x): ints, bools, floats (truncating), strings, and __int__/__index__/__trunc__. */
export function toInt(v: PyValue): I.Int {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return floatToIntChecked(v.v);
  if (v instanceof PyBoxed && !v.cls.lookupUser("__int__") && !v.cls.lookupUser("__index__")) return toInt(v.prim);
  if (typeof v === "string") return parseIntOrRaise(v, 10);
  const t = typeOf(v);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = t.lookup(name);
    if (f !== undefined) {
      const r = callBound(f, v, []);
      if (isIntLike(r)) return asInt(r);
      throw pyErr(TypeError, `${name} returned non-int (type ${typeName(r)})`);
    }
  }
  if (v instanceof PyBytes) return parseIntOrRaise(new TextDecoder().decode(v.data), 10);
  throw pyErr(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

export function floatToIntChecked(x: number): I.Int {
  if (Number.isNaN(x)) throw pyErr(ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw pyErr(OverflowError, "cannot convert float infinity to integer");
  return floatToInt(x);
}

function parseIntOrRaise(s: string, base: number): I.Int {
  const digits = s.replace(/[\s_+-]/g, "").length;
  const limit = getIntMaxStrDigits();
  if (base === 10 && limit > 0 && digits > limit) throw pyErr(ValueError, strToIntLimitMessage(digits));
  const r = parseIntLiteral(s, base);
  if (r === null) throw pyErr(ValueError, `invalid literal for int() with base ${base}: ${repr(s)}`);
  return r;
}

intType.nativeNew = (cls, args, kw) => {
  const [x, base] = parseArgs("int", args, kw, ["x?", "base?"]);
  let v: I.Int;
  if (x === undefined) v = 0;
  else if (base !== undefined) {
    if (typeof x !== "string" && !(x instanceof PyBytes)) throw pyErr(TypeError, "int() can't convert non-string with explicit base");
    const b = Number(asInt(base as number));
    if (b !== 0 && (b < 2 || b > 36)) throw pyErr(ValueError, "int() base must be >= 2 and <= 36, or 0");
    v = parseIntOrRaise(typeof x === "string" ? x : new TextDecoder().decode((x as PyBytes).data), b);
  } else v = toInt(x);
  if (cls === intType) return v;
  return newIntSubclass(cls, v);
};

/** Instances of user subclasses of int carry their value (see PyBoxed). */
export { PyBoxed as PyIntSub } from "../object.js";
function newIntSubclass(cls: import("../object.js").PyClass, v: I.Int): PyValue {
  return new PyBoxed(cls, v);
}

boolType.nativeNew = (_cls, args) => (args.length === 0 ? false : truthy(args[0]));

export function toFloat(v: PyValue): number {
  const f = asFloatOperand(v);
  if (f !== null) return f;
  if (v instanceof PyBoxed && v.cls.lookupUser("__float__") === undefined) return toFloat(v.prim);
  if (typeof v === "string") {
    const r = parseFloatLiteral(v);
    if (r === null) throw pyErr(ValueError, `could not convert string to float: ${repr(v)}`);
    return r;
  }
  const d = floatFromDunders(v);
  if (d !== undefined) return d;
  throw pyErr(TypeError, `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

/** PyFloat_AsDouble's protocol step: `__float__`, else `__index__`; undefined if the type has neither. */
export function floatFromDunders(v: PyValue): number | undefined {
  const t = typeOf(v);
  const ff = t.lookup("__float__");
  if (ff !== undefined) {
    const r = callBound(ff, v, []);
    if (r instanceof PyFloat) return r.v;
    throw pyErr(TypeError, `${t.name}.__float__ returned non-float (type ${typeName(r)})`);
  }
  const fi = t.lookup("__index__");
  if (fi !== undefined) return I.intToFloat(asInt(callBound(fi, v, []) as number));
  return undefined;
}

floatType.nativeNew = (cls, args) => {
  const f = new PyFloat(args.length === 0 ? 0 : toFloat(args[0]));
  return cls === floatType ? f : new PyBoxed(cls, f);
};

// ---------------------------------------------------------------- int methods

const self = (a: PyValue[]): I.Int => {
  const v = a[0];
  if (v instanceof PyIntSub) return v.value;
  return asInt(v as number | bigint | boolean);
};
defMethod(intType, "bit_length", (a) => I.intBitLength(self(a)));
defMethod(intType, "bit_count", (a) => {
  const x = I.big(self(a));
  return [...(x < 0n ? -x : x).toString(2)].filter((c) => c === "1").length;
});
defMethod(intType, "conjugate", (a) => self(a));
defMethod(intType, "as_integer_ratio", (a) => newTuple([self(a), 1]));
defMethod(intType, "is_integer", () => true);
defMethod(intType, "__index__", (a) => self(a));
defMethod(intType, "__int__", (a) => self(a));
defMethod(intType, "__float__", (a) => new PyFloat(I.intToFloat(self(a))));
defMethod(intType, "__abs__", (a) => (I.intSign(self(a)) < 0 ? I.intNeg(self(a)) : self(a)));
defMethod(intType, "__hash__", (a) => pyHash(self(a)));
defMethod(intType, "__repr__", (a) => repr(self(a)));
defMethod(intType, "__bool__", (a) => I.intSign(self(a)) !== 0);
defMethod(intType, "__format__", (a) => pyFormat(self(a), a[1] as string));
defMethod(intType, "__round__", (a) => (a.length > 1 && a[1] !== None ? roundInt(self(a), Number(asInt(a[1] as number))) : self(a)));
defMethod(intType, "to_bytes", (a, kw) => {
  const [length, byteorder] = parseArgs("to_bytes", a, kw, ["length?", "byteorder?", "*", "signed?"], 1);
  const n = length === undefined ? 1 : Number(asInt(length as number));
  let x = I.big(self(a));
  const signed = kw?.get("signed") === true;
  if (x < 0n) {
    if (!signed) throw pyErr(OverflowError, "can't convert negative int to unsigned");
    x += 1n << BigInt(8 * n);
  }
  const bytes = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    bytes[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (x !== 0n) throw pyErr(OverflowError, "int too big to convert");
  if ((byteorder ?? "big") === "little") bytes.reverse();
  return new PyBytes(bytesTypeRef(), bytes);
});
defClassMethod(intType, "from_bytes", (a, kw) => {
  const [bytes, byteorder] = parseArgs("from_bytes", a, kw, ["bytes", "byteorder?", "*", "signed?"], 1);
  const data = Array.from((bytes as PyBytes).data);
  if ((byteorder ?? "big") === "little") data.reverse();
  let x = 0n;
  for (const b of data) x = (x << 8n) | BigInt(b);
  if (kw?.get("signed") === true && data.length > 0 && data[0] >= 0x80) x -= 1n << BigInt(8 * data.length);
  return I.norm(x);
});
import { bytesType as bytesTypeRef0 } from "../types.js";
function bytesTypeRef() {
  return bytesTypeRef0;
}
defGetter(intType, "real", (v) => (v instanceof PyIntSub ? v.value : asInt(v as number)));
defGetter(intType, "imag", () => 0);
defGetter(intType, "numerator", (v) => (v instanceof PyIntSub ? v.value : asInt(v as number)));
defGetter(intType, "denominator", () => 1);

// Explicit dunder calls (int.__add__(1, 2), super().__add__(x) in int subclasses).
const ARITH: [string, BinOpKind, boolean][] = [
  ["__add__", "+", false], ["__radd__", "+", true], ["__sub__", "-", false], ["__rsub__", "-", true],
  ["__mul__", "*", false], ["__rmul__", "*", true], ["__truediv__", "/", false], ["__rtruediv__", "/", true],
  ["__floordiv__", "//", false], ["__rfloordiv__", "//", true], ["__mod__", "%", false], ["__rmod__", "%", true],
  ["__pow__", "**", false], ["__rpow__", "**", true], ["__and__", "&", false], ["__rand__", "&", true],
  ["__or__", "|", false], ["__ror__", "|", true], ["__xor__", "^", false], ["__rxor__", "^", true],
  ["__lshift__", "<<", false], ["__rlshift__", "<<", true], ["__rshift__", ">>", false], ["__rrshift__", ">>", true],
];
for (const [name, op, reflected] of ARITH) {
  defMethod(intType, name, (a) => {
    const x = self(a);
    const y = a[1] instanceof PyIntSub ? a[1].value : a[1];
    if (!isIntLike(y)) return NotImplemented;
    return reflected ? binaryOp(op, y, x) : binaryOp(op, x, y);
  });
  if (!["&", "|", "^", "<<", ">>"].includes(op)) {
    defMethod(floatType, name, (a) => {
      const x = (a[0] as PyFloat).v;
      const y = asFloatOperand(a[1]);
      if (y === null) return NotImplemented;
      return reflected ? binaryOp(op, new PyFloat(y), new PyFloat(x)) : binaryOp(op, new PyFloat(x), new PyFloat(y));
    });
  }
}
for (const [name, op] of [["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], ["__ge__", ">="], ["__eq__", "=="], ["__ne__", "!="]] as const) {
  defMethod(intType, name, (a) => {
    const y = a[1] instanceof PyIntSub ? a[1].value : a[1];
    if (asFloatOperand(y) === null) return NotImplemented;
    return richCompare(self(a), y, op);
  });
  defMethod(floatType, name, (a) => (asFloatOperand(a[1]) === null ? NotImplemented : richCompare(a[0], a[1], op)));
}
defMethod(intType, "__neg__", (a) => unaryOp("-", self(a)));
defMethod(intType, "__pos__", (a) => self(a));
defMethod(intType, "__invert__", (a) => unaryOp("~", self(a)));

// ---------------------------------------------------------------- float methods

const fself = (a: PyValue[]) => {
  const v = a[0];
  return v instanceof PyBoxed ? (v.prim as PyFloat).v : (v as PyFloat).v;
};
defMethod(floatType, "is_integer", (a) => Number.isInteger(fself(a)));
defMethod(floatType, "__float__", (a) => a[0]);
defMethod(floatType, "__int__", (a) => floatToIntChecked(fself(a)));
defMethod(floatType, "__trunc__", (a) => floatToIntChecked(fself(a)));
defMethod(floatType, "__abs__", (a) => new PyFloat(Math.abs(fself(a))));
defMethod(floatType, "__neg__", (a) => new PyFloat(-fself(a)));
defMethod(floatType, "__hash__", (a) => pyHash(a[0]));
defMethod(floatType, "__repr__", (a) => floatRepr(fself(a)));
defMethod(floatType, "__bool__", (a) => fself(a) !== 0);
defMethod(floatType, "__format__", (a) => pyFormat(a[0], a[1] as string));
defMethod(floatType, "conjugate", (a) => a[0]);
defMethod(floatType, "__round__", (a) => {
  const x = fself(a);
  if (a.length < 2 || a[1] === None) return floatToIntChecked(roundFloat(x, null));
  return new PyFloat(roundFloat(x, Number(asInt(a[1] as number))));
});
defMethod(floatType, "as_integer_ratio", (a) => {
  const x = fself(a);
  if (!Number.isFinite(x)) throw pyErr(Number.isNaN(x) ? ValueError : OverflowError, Number.isNaN(x) ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
  let num = x, den = 1n;
  let e = 0;
  while (!Number.isInteger(num)) {
    num *= 2;
    e++;
  }
  let n = BigInt(num);
  den = 1n << BigInt(e);
  while (n % 2n === 0n && den > 1n) {
    n /= 2n;
    den /= 2n;
  }
  return newTuple([I.norm(n), I.norm(den)]);
});
defMethod(floatType, "hex", (a) => floatHex(fself(a)));
defClassMethod(floatType, "fromhex", (a) => {
  const s = (a[1] as string).trim().toLowerCase();
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  if (!m) throw pyErr(ValueError, "invalid hexadecimal floating-point string");
  const intPart = m[2] || "0", frac = m[3] ?? "";
  let v = parseInt(intPart, 16) + (frac ? parseInt(frac, 16) / 16 ** frac.length : 0);
  v *= 2 ** Number(m[4] ?? 0);
  return new PyFloat(m[1] === "-" ? -v : v);
});
defGetter(floatType, "real", (v) => v);
defGetter(floatType, "imag", () => new PyFloat(0));

function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  const sign = x < 0 ? "-" : "";
  let m = Math.abs(x);
  let e = Math.floor(Math.log2(m));
  if (m / 2 ** e >= 2) e++;
  if (m / 2 ** e < 1) e--;
  if (e < -1022) e = -1022;
  m = m / 2 ** e;
  const lead = Math.floor(m);
  let frac = m - lead;
  let hex = "";
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    hex += d.toString(16);
    frac -= d;
  }
  return `${sign}0x${lead}.${hex}p${e >= 0 ? "+" : ""}${e}`;
}

export { typeName };
