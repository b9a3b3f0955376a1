// str.format(), str.format_map() and `str % args`: the runtime side of the
// pure formatters in format/ (PEP 3101 fields and printf-style specs).

import { KwArgs, PyFloat, PyList, PyObject, PyTuple, PyValue, PyBytes } from "../object.js";
import { typeOf, PyRange } from "../types.js";
import { pyErr, TypeError, ValueError, OverflowError, IndexError, newException, KeyError } from "../exceptions.js";
import { PyDict } from "../containers.js";
import { indexOrNull, isIntLike, asInt, setPercentHook } from "../ops.js";
import { callBound } from "../call.js";
import { repr, str } from "../repr.js";
import { asciiRepr } from "../ascii.js";
import { getAttr } from "../attrs.js";
import { getItem } from "../subscript.js";
import { pyFormat } from "../formatting.js";
import { typeName } from "../typename.js";
import { FormatError, floatToInt, percentFormat, renderFormat } from "../format/index.js";
import type { FormatFieldHooks, PercentHooks } from "../format/index.js";

/** Runs a formatter, turning its FormatErrors into Python exceptions. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) {
      const cls = e.pyType === "TypeError" ? TypeError : e.pyType === "OverflowError" ? OverflowError : ValueError;
      throw pyErr(cls, e.message);
    }
    throw e;
  }
}

function convert(v: PyValue, conv: "r" | "s" | "a"): PyValue {
  return conv === "r" ? repr(v) : conv === "s" ? str(v) : asciiRepr(v);
}

function fieldHooks(getArg: (key: number | string) => PyValue): FormatFieldHooks<PyValue> {
  return {
    getArg,
    getAttr: (obj, name) => getAttr(obj, name),
    getItem: (obj, key) => getItem(obj, key),
    convert,
    format: (obj, spec) => pyFormat(obj, spec),
  };
}

/** fmt.format(*args, **kw). */
export function strFormat(fmt: string, args: PyValue[], kw: KwArgs | null): string {
  if (!fmt.includes("{") && !fmt.includes("}")) return fmt;
  const hooks = fieldHooks((key) => {
    if (typeof key === "number") {
      if (key < args.length) return args[key];
      throw pyErr(IndexError, `Replacement index ${key} out of range for positional args tuple`);
    }
    const v = kw?.get(key);
    if (v === undefined) throw newException(KeyError, key);
    return v;
  });
  return guard(() => renderFormat(fmt, hooks));
}

/** fmt.format_map(mapping). */
export function strFormatMap(fmt: string, mapping: PyValue): string {
  const hooks = fieldHooks((key) => {
    if (typeof key === "number") throw pyErr(ValueError, "Format string contains positional fields");
    return getItem(mapping, key);
  });
  return guard(() => renderFormat(fmt, hooks));
}

// ------------------------------------------------------------------ printf-style

function userMethod(v: unknown, name: string): PyValue | undefined {
  if (!(v instanceof PyObject)) return undefined;
  return v.cls.lookup(name);
}

function toIntLike(v: unknown, indexOnly: boolean): number | bigint | null {
  const x = v as PyValue;
  if (isIntLike(x)) return asInt(x);
  if (x instanceof PyFloat) return indexOnly ? null : guard(() => floatToInt(x.v));
  if (x instanceof PyObject) {
    const ix = indexOrNull(x);
    if (ix !== null) return ix;
    if (!indexOnly) {
      const f = userMethod(x, "__int__");
      if (f !== undefined) {
        const r = callBound(f, x, []);
        if (!isIntLike(r)) throw pyErr(TypeError, `__int__ returned non-int (type ${typeName(r)})`);
        return asInt(r);
      }
    }
  }
  return null;
}

function toFloatLike(v: unknown): number | null {
  const x = v as PyValue;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") {
    const f = Number(x);
    if (!Number.isFinite(f)) throw pyErr(OverflowError, "int too large to convert to float");
    return f;
  }
  if (x instanceof PyObject) {
    const f = userMethod(x, "__float__");
    if (f !== undefined) {
      const r = callBound(f, x, []);
      if (!(r instanceof PyFloat)) throw pyErr(TypeError, `${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
      return r.v;
    }
    const ix = indexOrNull(x);
    if (ix !== null) return Number(ix);
  }
  return null;
}

/** PyMapping_Check: the type supports subscription (tuples and str are excluded by the caller). */
function isMapping(v: unknown): boolean {
  const x = v as PyValue;
  if (x instanceof PyDict || x instanceof PyList || x instanceof PyTuple || x instanceof PyBytes || x instanceof PyRange) return true;
  if (typeof x === "string") return true;
  if (x instanceof PyObject) return typeOf(x).lookup("__getitem__") !== undefined;
  return false;
}

export const percentHooks: PercentHooks = {
  tupleItems: (v) => (v instanceof PyTuple ? v.items : null),
  isMapping,
  getItem: (m, key) => getItem(m as PyValue, key),
  str: (v) => str(v as PyValue),
  repr: (v) => repr(v as PyValue),
  ascii: (v) => asciiRepr(v as PyValue),
  exactInt: (v) => (isIntLike(v as PyValue) ? asInt(v as number | bigint | boolean) : null),
  toIntLike,
  toFloatLike,
  typeName: (v) => typeName(v as PyValue),
};

/** fmt % args. */
export function strPercent(fmt: string, args: PyValue): string {
  return guard(() => percentFormat(fmt, args, percentHooks));
}

let installed = false;

export function installStrFormat(): void {
  if (installed) return;
  installed = true;
  setPercentHook((fmt, args) => strPercent(fmt, args));
}
