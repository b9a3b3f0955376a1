// format(value, spec) — the protocol behind f-strings, str.format and
// format(): the builtin types use the format-spec mini-language (format/),
// other objects their __format__, whose default accepts only an empty spec.

import { PyFloat, PyValue, PyBoxed } from "./object.js";
import { typeOf } from "./types.js";
import { callBound } from "./call.js";
import { pyErr, TypeError, ValueError } from "./exceptions.js";
import { repr, str } from "./repr.js";
import { formatInt, formatFloat, formatStr, FormatError } from "./format/index.js";
import { typeName } from "./typename.js";
import { asciiRepr } from "./ascii.js";

const CONV_S = 115, CONV_R = 114, CONV_A = 97;

export function formatValue(v: PyValue, conversion: number, spec: string): string {
  if (conversion === CONV_S) v = str(v);
  else if (conversion === CONV_R) v = repr(v);
  else if (conversion === CONV_A) v = asciiRepr(v);
  if (spec === "") {
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
  }
  return pyFormat(v, spec);
}

/** Translates errors of the pure formatting functions into Python exceptions. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) throw pyErr(e.pyType === "TypeError" ? TypeError : ValueError, e.message);
    throw e;
  }
}

export function pyFormat(v: PyValue, spec: string): string {
  const t = typeOf(v);
  if (t.isUserClass) {
    const f = t.lookupUser("__format__");
    if (f !== undefined) {
      const r = callBound(f, v, [spec]);
      if (typeof r !== "string") throw pyErr(TypeError, `__format__ must return a str, not ${typeName(r)}`);
      return r;
    }
  }
  if (typeof v === "string") return spec === "" ? v : guard(() => formatStr(v, spec));
  if (typeof v === "boolean") return spec === "" ? str(v) : guard(() => formatInt(v ? 1 : 0, spec));
  if (typeof v === "number" || typeof v === "bigint") return guard(() => formatInt(v, spec));
  if (v instanceof PyFloat) return guard(() => formatFloat(v.v, spec));
  // int/float/str.__format__ with an empty spec is str(self), which honours the subclass.
  if (v instanceof PyBoxed) return spec === "" ? str(v) : pyFormat(v.prim, spec);
  const nf = nativeFormat.get(t);
  if (nf) return nf(v, spec);
  if (spec === "") return str(v);
  throw pyErr(TypeError, `unsupported format string passed to ${t.name}.__format__`);
}

/** __format__ of builtin types defined elsewhere (datetime, Enum, ...). */
export const nativeFormat = new Map<import("./object.js").PyClass, (v: PyValue, spec: string) => string>();

export function joinStrings(vals: PyValue[]): string {
  let s = "";
  for (let i = 0; i < vals.length; i++) s += vals[i] as string;
  return s;
}
