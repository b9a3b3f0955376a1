// Shared helpers for the format tests: fixture loading and a tiny model of
// Python values (enough to drive the percent-format and str.format hooks).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { FormatError, floatRepr, formatFloat, formatInt, formatStr, intToString } from "../../src/runtime/format/index.js";
import type { FormatFieldHooks, PercentHooks } from "../../src/runtime/format/index.js";

const here = dirname(fileURLToPath(import.meta.url));

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(here, "fixtures", name), "utf8")) as T;
}

export type Outcome<T = string> = { ok: T } | { error: string };

const view = new DataView(new ArrayBuffer(8));

export function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

export function toBits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

/** Parses the fixtures' int text (decimal or [-]0x hex) into pyasync's representation. */
export function pyInt(s: string): number | bigint {
  const neg = s.startsWith("-");
  const body = neg ? s.slice(1) : s;
  let v = BigInt(body);
  if (neg) v = -v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Errors raised by the test hooks, standing in for runtime exceptions. */
export class PyErr extends Error {
  constructor(
    public pyType: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs f and describes its outcome like the fixtures do. */
export function run<T>(f: () => T): Outcome<T> {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof FormatError || e instanceof PyErr) return { error: `${e.pyType}: ${e.message}` };
    throw e;
  }
}

// ---------------------------------------------------------------- values

export class PF {
  constructor(readonly v: number) {}
}
export class PTuple {
  constructor(readonly items: PV[]) {}
}
export class PList {
  constructor(readonly items: PV[]) {}
}
export type PV = number | bigint | boolean | string | null | PF | PTuple | PList | Map<string, PV>;

export type Enc =
  | { i: string }
  | { f: string }
  | { s: string }
  | { b: boolean }
  | { n: null }
  | { t: Enc[] }
  | { l: Enc[] }
  | { d: [string, Enc][] };

export function decode(e: Enc): PV {
  if ("i" in e) return pyInt(e.i);
  if ("f" in e) return new PF(fromBits(e.f));
  if ("s" in e) return e.s;
  if ("b" in e) return e.b;
  if ("n" in e) return null;
  if ("t" in e) return new PTuple(e.t.map(decode));
  if ("l" in e) return new PList(e.l.map(decode));
  return new Map(e.d.map(([k, v]) => [k, decode(v)]));
}

export function typeName(v: unknown): string {
  if (typeof v === "number" || typeof v === "bigint") return "int";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string") return "str";
  if (v === null) return "NoneType";
  if (v instanceof PF) return "float";
  if (v instanceof PTuple) return "tuple";
  if (v instanceof PList) return "list";
  return "dict";
}

function strRepr(s: string, asciiOnly: boolean): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa1) || (asciiOnly && cp > 0x7f)) {
      if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
      else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
      else out += "\\U" + cp.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + q;
}

export function pyRepr(v: unknown, asciiOnly = false): string {
  if (typeof v === "number" || typeof v === "bigint") return intToString(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return strRepr(v, asciiOnly);
  if (v === null) return "None";
  if (v instanceof PF) return floatRepr(v.v);
  if (v instanceof PTuple) {
    const items = v.items.map((x) => pyRepr(x, asciiOnly));
    return "(" + items.join(", ") + (items.length === 1 ? ",)" : ")");
  }
  if (v instanceof PList) return "[" + v.items.map((x) => pyRepr(x, asciiOnly)).join(", ") + "]";
  const m = v as Map<string, PV>;
  return "{" + [...m].map(([k, x]) => pyRepr(k, asciiOnly) + ": " + pyRepr(x, asciiOnly)).join(", ") + "}";
}

export function pyStr(v: unknown): string {
  return typeof v === "string" ? v : pyRepr(v);
}

export const percentHooks: PercentHooks = {
  tupleItems: (v) => (v instanceof PTuple ? v.items : null),
  isMapping: (v) => v instanceof PList || v instanceof Map,
  getItem(m, key) {
    if (m instanceof Map) {
      if (!m.has(key)) throw new PyErr("KeyError", pyRepr(key));
      return m.get(key);
    }
    throw new PyErr("TypeError", "list indices must be integers or slices, not str");
  },
  str: pyStr,
  repr: (v) => pyRepr(v),
  ascii: (v) => pyRepr(v, true),
  exactInt(v) {
    if (typeof v === "number" || typeof v === "bigint") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    return null;
  },
  toIntLike(v, indexOnly) {
    if (typeof v === "number" || typeof v === "bigint") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v instanceof PF && !indexOnly) {
      const x = v.v;
      if (x !== x) throw new PyErr("ValueError", "cannot convert float NaN to integer");
      if (!Number.isFinite(x)) throw new PyErr("OverflowError", "cannot convert float infinity to integer");
      const t = Math.trunc(x);
      return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
    }
    return null;
  },
  toFloatLike(v) {
    if (typeof v === "number") return v;
    if (typeof v === "bigint") {
      const f = Number(v);
      if (!Number.isFinite(f)) throw new PyErr("OverflowError", "int too large to convert to float");
      return f;
    }
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v instanceof PF) return v.v;
    return null;
  },
  typeName,
};

/** format(v, spec) over the value model. */
export function pyFormat(v: unknown, spec: string): string {
  if (typeof v === "number" || typeof v === "bigint") return formatInt(v, spec);
  if (typeof v === "boolean") return spec === "" ? pyStr(v) : formatInt(v ? 1 : 0, spec, "bool");
  if (typeof v === "string") return formatStr(v, spec);
  if (v instanceof PF) return formatFloat(v.v, spec);
  if (spec !== "") throw new PyErr("TypeError", `unsupported format string passed to ${typeName(v)}.__format__`);
  return pyStr(v);
}

/** str.format hooks over positional `args` and keyword `kwargs`. */
export function fieldHooks(args: PV[], kwargs: Map<string, PV>): FormatFieldHooks<PV> {
  return {
    getArg(key) {
      if (typeof key === "number") {
        if (key >= args.length) throw new PyErr("IndexError", `Replacement index ${key} out of range for positional args tuple`);
        return args[key];
      }
      if (!kwargs.has(key)) throw new PyErr("KeyError", pyRepr(key));
      return kwargs.get(key)!;
    },
    getAttr(obj, name) {
      if (name === "real" && (typeof obj === "number" || typeof obj === "bigint")) return obj;
      throw new PyErr("AttributeError", `'${typeName(obj)}' object has no attribute '${name}'`);
    },
    getItem(obj, key) {
      if (obj instanceof PList || obj instanceof PTuple) {
        if (typeof key !== "number") throw new PyErr("TypeError", `${typeName(obj)} indices must be integers or slices, not str`);
        if (key >= obj.items.length) throw new PyErr("IndexError", `${typeName(obj)} index out of range`);
        return obj.items[key];
      }
      if (obj instanceof Map) {
        if (typeof key !== "string" || !obj.has(key)) throw new PyErr("KeyError", pyRepr(key));
        return obj.get(key)!;
      }
      if (typeof obj === "string") {
        if (typeof key !== "number") throw new PyErr("TypeError", "string indices must be integers, not 'str'");
        return [...obj][key];
      }
      throw new PyErr("TypeError", `'${typeName(obj)}' object is not subscriptable`);
    },
    convert(obj, conversion) {
      if (conversion === "s") return pyStr(obj);
      return pyRepr(obj, conversion === "a");
    },
    format: pyFormat,
  };
}

/** Compares outcomes case by case, returning the mismatches (at most `max`). */
export function mismatches<C>(cases: C[], check: (c: C) => string | null, max = 25): string[] {
  const bad: string[] = [];
  for (const c of cases) {
    const m = check(c);
    if (m !== null) {
      bad.push(m);
      if (bad.length >= max) break;
    }
  }
  return bad;
}

export function sameOutcome(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
}
