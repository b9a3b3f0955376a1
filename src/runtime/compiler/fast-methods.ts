// Direct calls of the hottest builtin methods at a compiled `obj.name(...)`
// site: `s.lower()`, `" ".join(xs)`, `d.get(k, 0)`, `xs.append(x)`. They apply
// only to exact str, dict and list values — builtin types are immutable and
// their exact instances have no __dict__, so `obj.name` can only be the
// builtin method — and skip the method lookup, the argument array and the
// argument checks. Anything else answers NO and the call site takes its
// general path.

import { PyList, PyValue } from "../object.js";
import { dictType, listType, None } from "../types.js";
import { PyDict } from "../containers.js";
import { strMethods0, strMethods1 } from "../builtins/str-methods.js";

export const NO: unique symbol = Symbol("no direct call");
export type Direct0 = (o: PyValue) => PyValue | typeof NO;
export type Direct1 = (o: PyValue, x: PyValue) => PyValue | typeof NO;
export type Direct2 = (o: PyValue, x: PyValue, y: PyValue) => PyValue | typeof NO;

const dictMethods1 = new Map<string, (d: PyDict, x: PyValue) => PyValue>([["get", (d, k) => d.table.get(k) ?? None]]);
const dictMethods2 = new Map<string, (d: PyDict, x: PyValue, y: PyValue) => PyValue>([["get", (d, k, dflt) => d.table.get(k) ?? dflt]]);
const listMethods1 = new Map<string, (l: PyList, x: PyValue) => PyValue>([
  [
    "append",
    (l, x) => {
      l.items.push(x);
      return None;
    },
  ],
]);

function isExactDict(o: PyValue): o is PyDict {
  return o instanceof PyDict && o.cls === dictType;
}

function isExactList(o: PyValue): o is PyList {
  return o instanceof PyList && o.cls === listType;
}

export function direct0(name: string): Direct0 | null {
  const s = strMethods0.get(name);
  if (s === undefined) return null;
  return (o) => (typeof o === "string" ? s(o) : NO);
}

export function direct1(name: string): Direct1 | null {
  const s = strMethods1.get(name), d = dictMethods1.get(name), l = listMethods1.get(name);
  if (s === undefined && d === undefined && l === undefined) return null;
  return (o, x) => {
    if (typeof o === "string") return s === undefined ? NO : (s(o, x) ?? NO);
    if (d !== undefined && isExactDict(o)) return d(o, x);
    if (l !== undefined && isExactList(o)) return l(o, x);
    return NO;
  };
}

export function direct2(name: string): Direct2 | null {
  const d = dictMethods2.get(name);
  if (d === undefined) return null;
  return (o, x, y) => (isExactDict(o) ? d(o, x, y) : NO);
}
