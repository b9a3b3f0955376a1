// Printing exceptions as CPython 3.11 does: tracebacks (most recent call
// last), cause/context chains, exception-group boxes, notes, and the
// "Did you mean" suggestions for NameError/AttributeError.

import { PyValue, PyClass, Cell } from "./object.js";
import { PyModule } from "./types.js";
import { PyBaseException, NameError, AttributeError, TracebackEntry } from "./exceptions.js";
import { str, repr } from "./repr.js";
import { isGroup, groupExceptions } from "./exception-group.js";
import { Frame, NamespaceFrame } from "./compiler/frame.js";
import { dirOf } from "./builtins/dir.js";
import { PyDict } from "./containers.js";
import type { Interpreter } from "./interpreter.js";

/** `module.Qualname` for the last line, as CPython prints it. */
export function exceptionTypeName(cls: PyClass): string {
  const mod = cls.module;
  return mod === "builtins" || mod === "__main__" ? cls.qualname : `${mod}.${cls.qualname}`;
}

export function exceptionOnlyLines(exc: PyBaseException, interp?: Interpreter): string[] {
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = "<exception str() failed>";
  }
  const name = exceptionTypeName(exc.cls);
  const suggestion = interp ? suggestFor(exc) : null;
  if (suggestion) msg += `. Did you mean: '${suggestion}'?`;
  const lines = [msg === "" ? name : `${name}: ${msg}`];
  if (exc.notes) for (const n of exc.notes) lines.push(typeof n === "string" ? n : repr(n));
  return lines;
}

function frameLines(entries: readonly TracebackEntry[]): string[] {
  const out: string[] = [];
  // Collapse runs of identical frames as CPython does (recursion).
  let last: string | null = null;
  let repeat = 0;
  const flush = () => {
    if (repeat > 3) out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? "" : "s"}]`);
  };
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    const key = `${e.code.filename}:${e.line}:${e.code.name}`;
    if (key === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      last = key;
      repeat = 1;
    }
    out.push(`  File "${e.code.filename}", line ${e.line}, in ${e.code.name}`);
    const src = e.code.source[e.line - 1];
    if (src !== undefined && src.trim() !== "") out.push(`    ${src.trim()}`);
  }
  flush();
  return out;
}

/** The full report of an uncaught exception, ending with a newline. */
export function formatException(exc: PyBaseException, interp?: Interpreter): string {
  return formatChain(exc, interp, new Set()).join("\n") + "\n";
}

function formatChain(exc: PyBaseException, interp: Interpreter | undefined, seen: Set<PyBaseException>): string[] {
  seen.add(exc);
  const out: string[] = [];
  if (exc.cause && !seen.has(exc.cause)) {
    out.push(...formatChain(exc.cause, interp, seen), "", "The above exception was the direct cause of the following exception:", "");
  } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
    out.push(...formatChain(exc.context, interp, seen), "", "During handling of the above exception, another exception occurred:", "");
  }
  if (isGroup(exc)) out.push(...formatGroup(exc, interp, 0));
  else out.push(...formatSingle(exc, interp));
  return out;
}

function formatSingle(exc: PyBaseException, interp?: Interpreter): string[] {
  const out: string[] = [];
  if (exc.traceback.length > 0) out.push("Traceback (most recent call last):", ...frameLines(exc.traceback));
  out.push(...exceptionOnlyLines(exc, interp));
  return out;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** CPython's boxed rendering of an exception group (traceback.py, TracebackException.format). */
function formatGroup(exc: PyBaseException, interp: Interpreter | undefined, depth: number): string[] {
  const out: string[] = [];
  const head = exc.traceback.length > 0 ? ["Exception Group Traceback (most recent call last):", ...frameLines(exc.traceback)] : [];
  const body = [...head, ...exceptionOnlyLines(exc, interp)];
  if (depth === 0) {
    out.push(...body.map((l, i) => (i === 0 && head.length > 0 ? "  + " + l : "  | " + l)));
  } else out.push(...body.map((l, i) => (i === 0 && head.length > 0 ? "+ " + l : "| " + l)));
  const subs = groupExceptions(exc);
  const n = Math.min(subs.length, MAX_GROUP_WIDTH);
  for (let i = 0; i < n; i++) {
    const title = i === 0 ? `+-+---------------- ${i + 1} ----------------` : `+---------------- ${i + 1} ----------------`;
    out.push(i === 0 ? "  " + title : "    " + title);
    let inner: string[];
    if (depth + 1 >= MAX_GROUP_DEPTH) inner = ["... (max_group_depth is 10)"];
    else inner = isGroup(subs[i]) ? formatChainNested(subs[i], interp, depth + 1) : formatChain(subs[i], interp, new Set());
    for (const l of inner) out.push(isGroup(subs[i]) && l.startsWith("+") ? "    " + l : "    | " + l);
  }
  if (subs.length > MAX_GROUP_WIDTH) {
    out.push(`    +---------------- ... ----------------`, `    | and ${subs.length - MAX_GROUP_WIDTH} more exceptions`);
  }
  out.push("    +------------------------------------");
  return out;
}

function formatChainNested(exc: PyBaseException, interp: Interpreter | undefined, depth: number): string[] {
  return formatGroup(exc, interp, depth).map((l) => l.replace(/^ {2}/, ""));
}

// ---------------------------------------------------------------- suggestions (Python/suggestions.c)

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

export function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = a0, b = b0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a.charCodeAt(i));
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function calculateSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function boundLocals(frame: Frame): string[] {
  const names = frame.code.varnames ?? [];
  return names.filter((_, i) => {
    const v = frame.locals[i];
    return v !== undefined && !(v instanceof Cell && v.v === undefined);
  });
}

function suggestFor(exc: PyBaseException): string | null {
  const attrs = exc.dict;
  if (!attrs) return null;
  const name = attrs.get("name");
  if (typeof name !== "string") return null;
  try {
    if (exc.cls === AttributeError || exc.cls.isSubclassOf(AttributeError)) {
      const obj = attrs.get("obj");
      if (obj === undefined) return null;
      return calculateSuggestion(dirOf(obj as PyValue).sort(), name);
    }
    if (exc.cls === NameError) {
      const tb = exc.traceback;
      if (tb.length === 0) return null;
      const frame = tb[0].frame as Frame;
      const localNames = frame instanceof NamespaceFrame && frame.ns !== frame.globals ? [...frame.ns.keys()] : boundLocals(frame);
      let s = calculateSuggestion(localNames.sort(), name);
      if (s) return s;
      s = calculateSuggestion([...frame.globals.keys()], name);
      if (s) return s;
      const builtins = frame.globals.get("__builtins__");
      if (builtins instanceof PyModule) return calculateSuggestion([...builtins.dict!.keys()], name);
      if (builtins instanceof PyDict) return calculateSuggestion(builtins.table.keyList().map(String), name);
    }
  } catch {
    return null;
  }
  return null;
}
