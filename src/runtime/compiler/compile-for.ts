// `for` statements that cannot suspend. The loop over a builtin list, str,
// range or dict runs here without the generic iterator protocol (no iterator
// object, no `next()` closure call per item), and `for i in range(...)`
// whose arguments are ints never builds the range at all. Each fast loop
// reads its container exactly as the iterator in iter.ts would: a list is
// read live (appends during the loop are seen), a dict raises RuntimeError
// once its size changed, a str yields its code points.

import * as A from "../../parser/ast.js";
import { PyList, PyValue } from "../object.js";
import { PyRange, rangeType } from "../types.js";
import { PyDict } from "../containers.js";
import { call } from "../call.js";
import { iterate, DONE } from "../iter.js";
import { pyErr, RuntimeError } from "../exceptions.js";
import { hasSurrogates } from "../subscript.js";
import { PyGenerator } from "../generators.js";
import { Frame, Completion, NORMAL, BREAK, CONTINUE, RETURN } from "./frame.js";
import { Ctx, Load, Store, compileLoad } from "./context.js";
import { compileExpr, builtinAt } from "./compile-expr.js";
import { compileTarget } from "./targets.js";

type Exec = (f: Frame) => Completion;

/** What one iteration does once it has the next item. */
interface LoopBody {
  /** The local slot of a plain local target (stored without a closure call), else -1. */
  readonly slot: number;
  readonly store: Store;
  /** The body's statements, run in place so the loop makes no block call. */
  readonly stmts: readonly Exec[];
  readonly orelse: Exec | null;
  readonly line: number;
}

/**
 * Binds x and runs the body once. NORMAL means go on (also after
 * `continue`); BREAK and RETURN end the loop.
 */
function step(f: Frame, p: LoopBody, x: PyValue): Completion {
  if (p.slot >= 0) f.locals[p.slot] = x;
  else p.store(f, x);
  const stmts = p.stmts;
  for (let j = 0; j < stmts.length; j++) {
    const c = stmts[j](f);
    if (c !== NORMAL) {
      if (c === CONTINUE) break;
      return c;
    }
  }
  f.line = p.line;
  return NORMAL;
}

/** The loop's result after `step` returned c (BREAK or RETURN). */
function leave(c: Completion): Completion {
  return c === BREAK ? NORMAL : RETURN;
}

function finish(f: Frame, p: LoopBody): Completion {
  return p.orelse ? p.orelse(f) : NORMAL;
}

function forRange(f: Frame, p: LoopBody, start: number, stop: number, by: number): Completion {
  if (by > 0) {
    for (let i = start; i < stop; i += by) {
      const c = step(f, p, i);
      if (c !== NORMAL) return leave(c);
    }
  } else {
    for (let i = start; i > stop; i += by) {
      const c = step(f, p, i);
      if (c !== NORMAL) return leave(c);
    }
  }
  return finish(f, p);
}

/** Reads `items` afresh each time: the body may append to (or replace the storage of) the list. */
function forList(f: Frame, p: LoopBody, l: PyList): Completion {
  for (let i = 0; i < l.items.length; i++) {
    const c = step(f, p, l.items[i]);
    if (c !== NORMAL) return leave(c);
  }
  return finish(f, p);
}

/** A str without surrogate pairs: each UTF-16 unit is one code point. */
function forBmpStr(f: Frame, p: LoopBody, s: string): Completion {
  for (let i = 0; i < s.length; i++) {
    const c = step(f, p, s[i]);
    if (c !== NORMAL) return leave(c);
  }
  return finish(f, p);
}

/** The keys of an exact dict, with dict_keyiterator's size check before each item. */
function forDictKeys(f: Frame, p: LoopBody, d: PyDict): Completion {
  const table = d.table;
  const version = table.version;
  const size = table.size;
  for (let i = 0; ; ) {
    if (table.version !== version && table.size !== size) throw pyErr(RuntimeError, "dictionary changed size during iteration");
    const j = table.nextIndex(i);
    if (j < 0) break;
    i = j + 1;
    const c = step(f, p, table.keyAt(j));
    if (c !== NORMAL) return leave(c);
  }
  return finish(f, p);
}

function forIterator(f: Frame, p: LoopBody, v: PyValue, temporary: boolean): Completion {
  const it = iterate(v);
  if (temporary && it instanceof PyGenerator) return forOverTemporaryGenerator(f, it, p);
  for (let x = it.next(); x !== DONE; x = it.next()) {
    const c = step(f, p, x);
    if (c !== NORMAL) return leave(c);
  }
  return finish(f, p);
}

/**
 * A generator only this loop refers to is closed when the loop is left
 * early, as CPython's reference counting does (its finally blocks run).
 */
function forOverTemporaryGenerator(f: Frame, g: PyGenerator, p: LoopBody): Completion {
  let exhausted = false;
  try {
    for (let x = g.next(); x !== DONE; x = g.next()) {
      const c = step(f, p, x);
      if (c !== NORMAL) return leave(c);
    }
    exhausted = true;
  } finally {
    if (!exhausted && !g.finished) g.close();
  }
  return finish(f, p);
}

/** Any iterable: the builtin containers in place, everything else through iterate(). */
function forValue(f: Frame, p: LoopBody, v: PyValue, temporary: boolean): Completion {
  if (v instanceof PyList) {
    if (!v.cls.isUserClass) return forList(f, p, v);
  } else if (typeof v === "string") {
    if (!hasSurrogates(v)) return forBmpStr(f, p, v);
  } else if (v instanceof PyRange) return forRange(f, p, v.start, v.stop, v.step);
  else if (v instanceof PyDict && !v.cls.isUserClass) return forDictKeys(f, p, v);
  return forIterator(f, p, v, temporary);
}

function localSlot(ctx: Ctx, t: A.Expr): number {
  if (t.kind !== "Name") return -1;
  const r = ctx.scope.resolve(t.id);
  return r.kind === "local" ? r.slot : -1;
}

export function compileFor(ctx: Ctx, s: A.For, compileStmts: (ctx: Ctx, body: readonly A.Stmt[]) => Exec[], compileBlock: (ctx: Ctx, body: readonly A.Stmt[]) => Exec): Exec {
  const iter = compileExpr(ctx, s.iter);
  const line = s.line;
  const p: LoopBody = {
    slot: localSlot(ctx, s.target),
    store: compileTarget(ctx, s.target),
    stmts: compileStmts(ctx, s.body),
    orelse: s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null,
    line,
  };
  const temporary = s.iter.kind === "Call";
  const range = compileRangeCall(ctx, s.iter);
  if (range) {
    return (f) => {
      f.line = line;
      const fn = range.fn(f);
      if (fn !== rangeType) return forValue(f, p, iter(f), temporary);
      return forRangeCall(f, p, range.args, range.line);
    };
  }
  return (f) => {
    f.line = line;
    return forValue(f, p, iter(f), temporary);
  };
}

/** `range(a[, b[, c]])` with a global name `range` and plain positional arguments. */
function compileRangeCall(ctx: Ctx, e: A.Expr): { fn: Load; args: Load[]; line: number } | null {
  if (e.kind !== "Call" || e.func.kind !== "Name" || e.func.id !== "range" || e.keywords.length > 0) return null;
  if (e.args.length < 1 || e.args.length > 3 || e.args.some((a) => a.kind === "Starred")) return null;
  // Only a global (or module-level) name can be looked up twice without a visible difference.
  if (builtinAt(ctx, e.func, "range") === undefined) return null;
  return { fn: compileLoad(ctx, "range"), args: e.args.map((a) => compileExpr(ctx, a)), line: e.line };
}

/** The builtin range called: int arguments loop directly, anything else builds the range (or raises) as usual. */
function forRangeCall(f: Frame, p: LoopBody, args: readonly Load[], callLine: number): Completion {
  const a = args[0](f);
  const b = args.length > 1 ? args[1](f) : undefined;
  const c = args.length > 2 ? args[2](f) : undefined;
  f.line = callLine;
  if (typeof a === "number") {
    if (b === undefined) return forRange(f, p, 0, a, 1);
    if (typeof b === "number") {
      if (c === undefined) return forRange(f, p, a, b, 1);
      if (typeof c === "number" && c !== 0) return forRange(f, p, a, b, c);
    }
  }
  const vals = b === undefined ? [a] : c === undefined ? [a, b] : [a, b, c];
  return forValue(f, p, call(rangeType, vals), false);
}
