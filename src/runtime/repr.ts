// repr() and str() of every value, with CPython's formats.

import { PyClass, PyFloat, PyList, PyObject, PyTuple, PyValue, PyBoxed } from "./object.js";
import { None, NotImplemented, Ellipsis, PyBuiltinFunction, PyMethod, PyModule, PyRange, PySlice, PyProperty } from "./types.js";
import { PyFunction } from "./function.js";
import { PyDict, PySet } from "./containers.js";
import { callBound } from "./call.js";
import { pyErr, TypeError, ValueError, PyBaseException, KeyError, BaseExceptionGroup, OSError } from "./exceptions.js";
import { identityHash } from "./ops.js";
import { floatRepr } from "./format/index.js";
import { typeName } from "./typename.js";

/** repr()/str() of builtin types defined in other files (deque, Task, ...). */
export const nativeRepr = new Map<PyClass, (v: PyValue) => string>();
export const nativeStr = new Map<PyClass, (v: PyValue) => string>();

/** CPython's limit on int -> decimal string conversion (sys.set_int_max_str_digits). */
export const intLimits = { maxStrDigits: 4300 };

export function intToStr(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  const s = v.toString();
  const digits = s.startsWith("-") ? s.length - 1 : s.length;
  if (intLimits.maxStrDigits > 0 && digits > intLimits.maxStrDigits) {
    throw pyErr(ValueError, `Exceeds the limit (${intLimits.maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && !isPrintable(c)) {
      out += c <= 0xff ? "\\x" + c.toString(16).padStart(2, "0") : c <= 0xffff ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}

const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  return !nonPrintable.test(String.fromCodePoint(c));
}

/** Guards recursive containers: `[[...]]`. */
const reprActive = new Set<object>();

function seqRepr(v: object, items: PyValue[], open: string, close: string): string {
  if (reprActive.has(v)) return open + "..." + close;
  reprActive.add(v);
  try {
    return open + items.map(repr).join(", ") + close;
  } finally {
    reprActive.delete(v);
  }
}

export function fakeAddress(o: object): string {
  return "0x7f" + (0x10000000 + identityHash(o) * 0x40).toString(16).padStart(10, "0");
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "number":
      return String(v);
    case "bigint":
      return intToStr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v === None) return "None";
  const t = v.cls;
  if (t.isUserClass) {
    const f = t.lookupUser("__repr__");
    if (f !== undefined) {
      const r = callBound(f, v, []);
      if (typeof r !== "string") throw pyErr(TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
      return r;
    }
  }
  return nativeReprOf(v);
}

/** object.__repr__ and the builtin types' reprs. */
export function nativeReprOf(v: PyObject): string {
  const t = v.cls;
  if (v instanceof PyBoxed) return repr(v.prim);
  // Builtin subtypes of tuple/list/dict (struct_time, ...) have their own repr.
  if (!t.isUserClass && t.module !== "builtins") {
    const own = nativeRepr.get(t);
    if (own) return own(v);
  }
  if (v instanceof PyList) return seqRepr(v, v.items, "[", "]");
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return seqRepr(v, v.items, "(", ",)");
    return seqRepr(v, v.items, "(", ")");
  }
  if (v instanceof PyDict) {
    const custom = nativeRepr.get(t) ?? findNativeRepr(t);
    if (custom) return custom(v);
    return dictRepr(v);
  }
  if (v instanceof PySet) {
    const custom = findNativeRepr(t);
    if (custom) return custom(v);
    const keys = v.table.keyList();
    const name = v.frozen ? "frozenset" : "set";
    const display = t.name === name ? null : t.name;
    if (keys.length === 0) return `${display ?? name}()`;
    const body = seqRepr(v, orderedSetKeys(v), "{", "}");
    return v.frozen || display ? `${display ?? name}(${body})` : body;
  }
  if (v instanceof PyBaseException) return exceptionRepr(v);
  const custom = findNativeRepr(t);
  if (custom) return custom(v);
  if (v instanceof PyClass) return `<class '${v.module === "builtins" ? "" : v.module + "."}${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyBuiltinFunction && v.looksLikePython) return `<function ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyBuiltinFunction) return v.binds ? `<method '${v.name}' of '${v.qualname.split(".")[0]}' objects>` : `<built-in function ${v.name}>`;
  if (v instanceof PyMethod) {
    const f = v.func;
    const name = f instanceof PyFunction ? f.qualname : f instanceof PyBuiltinFunction ? f.name : "?";
    if (f instanceof PyBuiltinFunction && f.looksLikePython) return `<bound method ${f.qualname} of ${repr(v.self)}>`;
    if (f instanceof PyBuiltinFunction) {
      const self = v.self;
      const addr = typeof self === "object" ? fakeAddress(self) : "0x7f" + (0x20000000 + (String(self).length % 4096) * 0x40).toString(16).padStart(10, "0");
      return `<built-in method ${f.name} of ${typeName(self)} object at ${addr}>`;
    }
    return `<bound method ${name} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v === NotImplemented) return "NotImplemented";
  if (v === Ellipsis) return "Ellipsis";
  if (v instanceof PyProperty) return `<property object at ${fakeAddress(v)}>`;
  const mod = t.module === "builtins" ? "" : t.module + ".";
  return `<${mod}${t.qualname} object at ${fakeAddress(v)}>`;
}

function findNativeRepr(t: PyClass): ((v: PyValue) => string) | undefined {
  for (const c of t.mro) {
    const f = nativeRepr.get(c);
    if (f) return f;
  }
  return undefined;
}

export function dictRepr(v: PyDict): string {
  if (reprActive.has(v)) return "{...}";
  reprActive.add(v);
  try {
    const parts: string[] = [];
    for (const [k, val] of v.table.entries()) parts.push(`${repr(k)}: ${repr(val)}`);
    return "{" + parts.join(", ") + "}";
  } finally {
    reprActive.delete(v);
  }
}

/** Set iteration order; see setorder.ts. Installed there to keep this file small. */
export const setOrder: { keys: (s: PySet) => PyValue[] } = { keys: (s) => s.table.keyList() };
export function orderedSetKeys(s: PySet): PyValue[] {
  return setOrder.keys(s);
}

export function exceptionRepr(e: PyBaseException): string {
  const args = e.args;
  const name = e.cls.qualname;
  if (args.length === 1) return `${name}(${repr(args[0])})`;
  return `${name}(${args.map(repr).join(", ")})`;
}

export function exceptionStr(e: PyBaseException): string {
  const args = e.args;
  if (args.length === 2 && e.cls.isSubclassOf(OSError)) {
    const fn = e.dict?.get("filename");
    if (fn !== undefined && fn !== None) return `[Errno ${str(args[0])}] ${str(args[1])}: ${repr(fn)}`;
    return `[Errno ${str(args[0])}] ${str(args[1])}`;
  }
  if (e.cls.isSubclassOf(BaseExceptionGroup) && args.length === 2 && (args[1] instanceof PyTuple || args[1] instanceof PyList)) {
    const n = args[1].items.length;
    return `${str(args[0])} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }
  if (e.cls.isSubclassOf(KeyError) && args.length === 1) return repr(args[0]);
  if (args.length === 0) return "";
  if (args.length === 1) return str(args[0]);
  return repr(new PyTuple(e.argsTuple.cls, args));
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return intToStr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  const t = v.cls;
  if (t.isUserClass) {
    const f = t.lookupUser("__str__");
    if (f !== undefined) {
      const r = callBound(f, v, []);
      if (typeof r !== "string") throw pyErr(TypeError, `__str__ returned non-string (type ${typeName(r)})`);
      return r;
    }
    // str.__str__ returns the text itself, whatever __repr__ a subclass defines.
    if (v instanceof PyBoxed && typeof v.prim === "string") return v.prim;
    const rf = t.lookupUser("__repr__");
    if (rf !== undefined && !(v instanceof PyBaseException)) {
      // object.__str__ calls tp_repr directly, so PyObject_Str reports the bad result as __str__'s.
      const r = callBound(rf, v, []);
      if (typeof r !== "string") throw pyErr(TypeError, `__str__ returned non-string (type ${typeName(r)})`);
      return r;
    }
  }
  if (v instanceof PyBaseException) return exceptionStr(v);
  if (v instanceof PyBoxed) return typeof v.prim === "string" ? v.prim : repr(v);
  for (const c of t.mro) {
    const f = nativeStr.get(c);
    if (f) return f(v);
  }
  return repr(v);
}
