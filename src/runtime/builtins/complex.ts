// complex numbers: literals (3-5j), arithmetic with int and float, repr, the
// real/imag attributes and complex().

import { PyObject, PyValue, PyFloat, PyBoxed } from "../object.js";
import { complexType, defMethod, typeOf } from "../types.js";
import { defGetter } from "../function.js";
import { extBinary, extUnary, nativeEq, nativeHash, asFloatOperand, pyHash, setComplexPowHook } from "../ops.js";
import { nativeRepr } from "../repr.js";
import { nativeFormat } from "../formatting.js";
import { pyErr, TypeError, ZeroDivisionError, ValueError } from "../exceptions.js";
import { doubleToString } from "../format/index.js";
import type { BinOpKind } from "../../parser/ast.js";
import { crExp, crLog, crCos, crSin } from "../modules/mersenne.js";

export class PyComplex extends PyObject {
  constructor(readonly re: number, readonly im: number) {
    super(complexType);
  }
}

function parts(v: PyValue): [number, number] | null {
  if (v instanceof PyComplex) return [v.re, v.im];
  const f = asFloatOperand(v);
  return f === null ? null : [f, 0];
}

function fmt(x: number): string {
  return doubleToString(x, "r", 0, 0);
}

export function complexRepr(c: PyComplex): string {
  if (c.re === 0 && !Object.is(c.re, -0)) return fmt(c.im) + "j";
  const im = c.im;
  const sign = im < 0 || Object.is(im, -0) || (Number.isNaN(im) && false) ? "-" : "+";
  return `(${fmt(c.re)}${sign}${fmt(Math.abs(im))}j)`;
}

/** Objects/complexobject.c: _Py_c_pow, with c_powi for small integer exponents. */
function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    const n = Math.abs(br);
    let rr = 1, ri = 0, pr = ar, pi = ai;
    for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
      if (Math.floor(n / mask) % 2 === 1) [rr, ri] = [rr * pr - ri * pi, rr * pi + ri * pr];
      [pr, pi] = [pr * pr - pi * pi, pr * pi + pi * pr];
    }
    if (br < 0) {
      const d = rr * rr + ri * ri;
      if (d === 0) throw pyErr(ZeroDivisionError, "0.0 to a negative or complex power");
      return quotient(1, 0, rr, ri);
    }
    return new PyComplex(rr, ri);
  }
  if (br === 0 && bi === 0) return new PyComplex(1, 0);
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw pyErr(ZeroDivisionError, "0.0 to a negative or complex power");
    return new PyComplex(0, 0);
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= crExp(at * bi);
    phase += bi * crLog(vabs);
  }
  return new PyComplex(len * crCos(phase), len * crSin(phase));
}

/** c_quot: Smith's algorithm, as CPython divides complex numbers. */
function quotient(ar: number, ai: number, br: number, bi: number): PyComplex {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) throw pyErr(ZeroDivisionError, "complex division by zero");
    const ratio = bi / br, denom = br + bi * ratio;
    return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  const ratio = br / bi, denom = br * ratio + bi;
  return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
}

function binary(op: BinOpKind, a: PyValue, b: PyValue): PyValue | undefined {
  const x = parts(a), y = parts(b);
  if (!x || !y) return undefined;
  const [ar, ai] = x, [br, bi] = y;
  switch (op) {
    case "+": return new PyComplex(ar + br, ai + bi);
    case "-": return new PyComplex(ar - br, ai - bi);
    case "*": return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case "/":
      if (br === 0 && bi === 0) throw pyErr(ZeroDivisionError, "complex division by zero");
      return quotient(ar, ai, br, bi);
    case "**":
      return complexPow(ar, ai, br, bi);
    default:
      return undefined;
  }
}

extBinary.set(complexType, binary);
setComplexPowHook((a, b) => binary("**", new PyComplex(a, 0), new PyFloat(b))!);
extUnary.set(complexType, (op, v) => {
  const c = v as PyComplex;
  if (op === "-") return new PyComplex(-c.re, -c.im);
  if (op === "+") return c;
  return undefined;
});
nativeEq.set(complexType, (a, b) => {
  const x = parts(a), y = parts(b);
  return x && y ? x[0] === y[0] && x[1] === y[1] : undefined;
});
nativeHash.set(complexType, (v) => {
  const c = v as PyComplex;
  return (pyHash(new PyFloat(c.re)) + 1000003 * pyHash(new PyFloat(c.im))) | 0;
});
nativeRepr.set(complexType, (v) => complexRepr(v as PyComplex));
nativeFormat.set(complexType, (v, spec) => {
  if (spec === "") return complexRepr(v as PyComplex);
  throw pyErr(ValueError, "complex format specifiers are not supported");
});
defGetter(complexType, "real", (v) => new PyFloat((v as PyComplex).re));
defGetter(complexType, "imag", (v) => new PyFloat((v as PyComplex).im));
defMethod(complexType, "conjugate", (a) => new PyComplex((a[0] as PyComplex).re, -(a[0] as PyComplex).im));
defMethod(complexType, "__abs__", (a) => new PyFloat(Math.hypot((a[0] as PyComplex).re, (a[0] as PyComplex).im)));
complexType.nativeNew = (cls, args) => {
  const c = newComplex(args);
  return cls === complexType ? c : new PyBoxed(cls, c);
};

function newComplex(args: PyValue[]): PyComplex {
  const re = args.length > 0 ? parts(args[0]) : [0, 0];
  const im = args.length > 1 ? parts(args[1]) : [0, 0];
  if (!re || !im) {
    if (typeof args[0] === "string") {
      const m = /^\s*\(?\s*([+-]?[\d.]+(?:e[+-]?\d+)?)?\s*(?:([+-]\s*[\d.]*(?:e[+-]?\d+)?)j)?\s*\)?\s*$/i.exec(args[0]);
      if (m) return new PyComplex(m[1] ? Number(m[1]) : 0, m[2] !== undefined ? Number(m[2].replace(/\s/g, "").replace(/^([+-])$/, "$11")) : 0);
      throw pyErr(ValueError, "complex() arg is a malformed string");
    }
    throw pyErr(TypeError, `complex() first argument must be a string or a number, not '${typeOf(args[0]).name}'`);
  }
  return new PyComplex(re[0] - im[1], re[1] + im[0]);
};
