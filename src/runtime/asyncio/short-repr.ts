// reprlib.repr with reprlib.Repr's default limits: how asyncio's
// format_helpers shows a callback's arguments ("Exception in callback
// cb(<Task finishe...esult='slept'>)", Handle reprs). Like reprlib, it picks
// the method by the type's name and truncates long reprs in the middle.

import { PyValue } from "../object.js";
import { None, typeOf } from "../types.js";
import { repr, fakeAddress } from "../repr.js";
import { toArray } from "../iter.js";
import { PyDict } from "../containers.js";
import { sortList } from "../builtins/sequence-methods.js";
import { PyBaseException } from "../exceptions.js";

const MAX_LEVEL = 6;
const MAX_ITEMS: Record<string, number> = { tuple: 6, list: 6, set: 6, frozenset: 6, deque: 6 };
const MAX_DICT = 4;
const MAX_STRING = 30;
const MAX_LONG = 40;
const MAX_OTHER = 30;
const FILL = "...";

/** reprlib.repr(x) */
export function shortRepr(x: PyValue): string {
  return repr1(x, MAX_LEVEL);
}

/** Code points of s (Python's len and slices count code points). */
function points(s: string): string[] {
  return Array.from(s);
}

/** s cut to `max` code points by keeping both ends, as reprlib does. */
function middleCut(s: string, max: number): string {
  const p = points(s);
  if (p.length <= max) return s;
  const i = Math.max(0, Math.floor((max - 3) / 2));
  const j = Math.max(0, max - 3 - i);
  return p.slice(0, i).join("") + FILL + p.slice(p.length - j).join("");
}

function repr1(x: PyValue, level: number): string {
  const name = typeOf(x).name.split(/\s+/).join("_");
  switch (name) {
    case "tuple":
      return iterable(toArray(x), level, "(", ")", MAX_ITEMS.tuple, ",");
    case "list":
      return iterable(toArray(x), level, "[", "]", MAX_ITEMS.list, "");
    case "set": {
      const items = toArray(x);
      return items.length === 0 ? "set()" : iterable(possiblySorted(items), level, "{", "}", MAX_ITEMS.set, "");
    }
    case "frozenset": {
      const items = toArray(x);
      return items.length === 0 ? "frozenset()" : iterable(possiblySorted(items), level, "frozenset({", "})", MAX_ITEMS.frozenset, "");
    }
    case "deque":
      return iterable(toArray(x), level, "deque([", "])", MAX_ITEMS.deque, "");
    case "dict":
      return x instanceof PyDict ? dict(x, level) : instance(x);
    case "str":
      return typeof x === "string" ? str(x) : instance(x);
    case "int":
      return middleCut(repr(x), MAX_LONG);
    default:
      return instance(x);
  }
}

function iterable(items: PyValue[], level: number, left: string, right: string, max: number, trail: string): string {
  const n = items.length;
  let s: string;
  if (level <= 0 && n > 0) s = FILL;
  else {
    const pieces = items.slice(0, max).map((e) => repr1(e, level - 1));
    if (n > max) pieces.push(FILL);
    s = pieces.join(", ");
    if (n === 1 && trail) right = trail + right;
  }
  return left + s + right;
}

function dict(d: PyDict, level: number): string {
  const n = d.table.size;
  if (n === 0) return "{}";
  if (level <= 0) return "{" + FILL + "}";
  const pieces: string[] = [];
  for (const k of possiblySorted([...d.table.entries()].map(([key]) => key)).slice(0, MAX_DICT)) {
    pieces.push(`${repr1(k, level - 1)}: ${repr1(d.table.get(k) ?? None, level - 1)}`);
  }
  if (n > MAX_DICT) pieces.push(FILL);
  return "{" + pieces.join(", ") + "}";
}

function str(x: string): string {
  const p = points(x);
  let s = repr(p.slice(0, MAX_STRING).join(""));
  if (points(s).length > MAX_STRING) {
    const i = Math.max(0, Math.floor((MAX_STRING - 3) / 2));
    const j = Math.max(0, MAX_STRING - 3 - i);
    const q = points(repr(p.slice(0, i).join("") + p.slice(p.length - j).join("")));
    s = q.slice(0, i).join("") + FILL + q.slice(q.length - j).join("");
  }
  return s;
}

function instance(x: PyValue): string {
  let s: string;
  try {
    s = repr(x);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return `<${typeOf(x).name} instance at ${fakeAddress(x as object)}>`;
  }
  return middleCut(s, MAX_OTHER);
}

/** reprlib._possibly_sorted: sorted when the items allow it, else in iteration order. */
function possiblySorted(items: PyValue[]): PyValue[] {
  const copy = items.slice();
  try {
    sortList(copy, None, false);
    return copy;
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return items;
  }
}
