// Statements inside generators and coroutines. A statement that cannot
// suspend is compiled by compile-stmt.ts and called directly; the ones that
// can (they contain await/yield, or are `async for` / `async with`) become
// generator closures run with `yield*`.

import * as A from "../../parser/ast.js";
import { PyValue } from "../object.js";
import { None, typeOf } from "../types.js";
import { truthy, inplaceOp } from "../ops.js";
import { getItem, setItem } from "../subscript.js";
import { iterate, DONE } from "../iter.js";
import { callBound } from "../call.js";
import { pyErr, AssertionError, PyBaseException, TypeError, StopAsyncIteration, newException, SyntaxError } from "../exceptions.js";
import { awaitIterator, PyAsyncGenerator, asyncGenHooks, claimCoroutine, stopToRuntimeError } from "../generators.js";
import { typeName } from "../typename.js";
import { Frame, Completion, NORMAL, BREAK, RETURN, addTraceback } from "./frame.js";
import { Ctx, compileStore, compileLoad } from "./context.js";
import { compileExpr } from "./compile-expr.js";
import { compileExprGen, compileValueStmtGen, valueStmtPlan, PartsPlan } from "./compile-expr-gen.js";
import { AttrSite } from "./attr-cache.js";
import { compileTarget, compileDelTarget } from "./targets.js";
import { stmtSuspends, exprSuspends } from "./suspends.js";
import { compileStmt, compileHandlerHead, findHandler, runStarHandlers } from "./compile-stmt.js";
import { chainContext, doRaise, pushHandling, popHandling, contextMethods, callExit } from "./stmt-helpers.js";
import { compileAnnotation } from "./annotations.js";
import { dropped } from "../dropped.js";

export type GenExec = (f: Frame) => Generator<PyValue, Completion, PyValue>;

/**
 * The body of a generator or coroutine function: the block itself is the JS
 * generator the PyGenerator/PyCoroutine drives; it records the frame in
 * tracebacks and returns the function's return value.
 */
export function compileFunctionBodyGen(ctx: Ctx, body: readonly A.Stmt[]): (f: Frame) => Generator<PyValue, PyValue, PyValue> {
  const parts = body.map((st) => compileBodyStep(ctx, st));
  // A coroutine's body applies PEP 479 itself: an inline `await coro()` runs
  // the body without the coroutine object's resume(), which does it otherwise.
  const leave = ctx.scope.isAsync && !ctx.scope.isGenerator ? leaveCoroutine : addTraceback;
  if (parts.every((p) => p.s !== null)) {
    // A coroutine that never suspends (`async def work(i): return i * 7`):
    // the statements run from a plain closure; the generator only carries it.
    const run = (f: Frame): void => {
      for (let i = 0; i < parts.length; i++) if (parts[i].s!(f) !== NORMAL) return;
    };
    // eslint-disable-next-line require-yield
    return function* (f) {
      try {
        run(f);
      } catch (e) {
        throw leave(e, f);
      }
      return f.ret;
    };
  }
  if (!parts.some((p) => p.plan !== null)) {
    // Without plans to run, a lean generator: V8 saves a generator's whole
    // register file in every generator object (every coroutine), and the
    // plan loop below doubles it.
    return function* (f) {
      try {
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i];
          const c = p.s !== null ? p.s(f) : yield* p.g!(f);
          if (c !== NORMAL) break;
        }
      } catch (e) {
        throw leave(e, f);
      }
      return f.ret;
    };
  }
  return function* (f) {
    try {
      for (let i = 0; i < parts.length; i++) {
        let c: Completion;
        const p = parts[i];
        if (p.s !== null) c = p.s(f);
        else if (p.plan !== null) {
          const pl = p.plan;
          f.line = p.line;
          const vals = new Array<PyValue>(pl.n);
          for (let k = 0; k < pl.n; k++) {
            const sy = pl.sync[k];
            if (sy !== null) {
              vals[k] = sy(f);
              continue;
            }
            const a = pl.awaited[k];
            if (a === null) {
              vals[k] = yield* pl.gens[k]!(f);
              continue;
            }
            const v = a(f);
            const co = claimCoroutine(v);
            if (co === null) vals[k] = yield* awaitIterator(v);
            else {
              try {
                vals[k] = yield* co.gen;
              } finally {
                co.finished = true;
              }
            }
          }
          c = pl.finish(f, pl.combine(vals, f));
        } else c = yield* p.g!(f);
        if (c !== NORMAL) break;
      }
    } catch (e) {
      throw leave(e, f);
    }
    return f.ret;
  };
}

/** How an exception leaves a coroutine's body: with its frame recorded, and PEP 479 applied. */
function leaveCoroutine(e: unknown, f: Frame): unknown {
  return stopToRuntimeError(addTraceback(e, f), "coroutine");
}

/**
 * A statement of a coroutine or generator function's body, or of a loop
 * body in one (compileLoopGen). The commonest suspending statements — `await x`, `y = await
 * x`, `return await f(n - 1) + n`, `out.append(await v)` — have a `plan`
 * (valueStmtPlan) that the body's or loop's generator evaluates itself,
 * repeating runPlan's loop (compile-expr-gen.ts): a generator level less on
 * every resumption (measured: about 25 % on await_chain, 10–15 % on
 * sleep0_switch; a helper would be a generator level again). Other
 * suspending statements are generator closures (`g`).
 */
interface BodyStep {
  readonly s: ((f: Frame) => Completion) | null;
  readonly plan: PartsPlan<Completion> | null;
  readonly line: number;
  readonly g: GenExec | null;
}
function compileBodyStep(ctx: Ctx, st: A.Stmt): BodyStep {
  const line = st.line;
  if (!stmtSuspends(st, ctx.mod.scopes)) return { s: compileStmt(ctx, st), plan: null, line, g: null };
  const vs = valueStatement(ctx, st);
  const plan = vs === null ? null : valueStmtPlan(ctx, vs.value, vs.finish);
  return plan !== null ? { s: null, plan, line, g: null } : { s: null, plan: null, line, g: compileStmtGen(ctx, st) };
}

/** A block's statements: plain closures for those that cannot suspend, generator closures for the others. */
interface BlockPart {
  readonly s: ((f: Frame) => Completion) | null;
  readonly g: GenExec | null;
}
function compileBlockParts(ctx: Ctx, body: readonly A.Stmt[]): BlockPart[] {
  return body.map((st) => (stmtSuspends(st, ctx.mod.scopes) ? { s: null, g: compileStmtGen(ctx, st) } : { s: compileStmt(ctx, st), g: null }));
}

/**
 * For `expr`, `target = expr` and `return expr`: the value and what the
 * statement does with it once evaluated. Null for other statements.
 */
function valueStatement(ctx: Ctx, st: A.Stmt): { value: A.Expr; finish: (f: Frame, v: PyValue) => Completion } | null {
  switch (st.kind) {
    case "Expr": {
      // A call's fresh result may be a coroutine nobody awaits (dropped.ts).
      const fresh = st.value.kind === "Call";
      const line = st.line;
      return {
        value: st.value,
        finish: (f, v) => {
          if (fresh && typeof v === "object" && v !== None) dropped(v, f, line);
          return NORMAL;
        },
      };
    }
    case "Assign": {
      const ts = st.targets.map((t) => compileTarget(ctx, t));
      if (ts.length === 1) {
        const t = ts[0];
        return {
          value: st.value,
          finish: (f, v) => {
            t(f, v);
            return NORMAL;
          },
        };
      }
      return {
        value: st.value,
        finish: (f, v) => {
          for (const t of ts) t(f, v);
          return NORMAL;
        },
      };
    }
    case "Return":
      if (st.value === null) return null;
      return {
        value: st.value,
        finish: (f, v) => {
          f.ret = v;
          return RETURN;
        },
      };
    default:
      return null;
  }
}

/** An `else:` block, or null when there is none (so no generator is made to run nothing). */
function optionalBlockGen(ctx: Ctx, body: readonly A.Stmt[]): GenExec | null {
  return body.length === 0 ? null : compileBlockGen(ctx, body);
}

export function compileBlockGen(ctx: Ctx, body: readonly A.Stmt[]): GenExec {
  const parts = compileBlockParts(ctx, body);
  // A block of one suspending statement is that statement (one generator less).
  if (parts.length === 1 && parts[0].g !== null) return parts[0].g;
  return function* (f) {
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const c = p.s !== null ? p.s(f) : yield* p.g!(f);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  };
}

function compileStmtGen(ctx: Ctx, s: A.Stmt): GenExec {
  const line = s.line;
  switch (s.kind) {
    case "Expr":
    case "Assign":
    case "Return": {
      const { value, finish } = valueStatement(ctx, s)!;
      const direct = compileValueStmtGen(ctx, value, line, finish);
      if (direct !== null) return direct;
      const e = compileExprGen(ctx, value);
      return function* (f) {
        f.line = line;
        return finish(f, yield* e(f));
      };
    }
    case "AugAssign":
      return compileAugAssignGen(ctx, s);
    case "AnnAssign": {
      const v = s.value ? compileExprGen(ctx, s.value) : null;
      const t = compileTarget(ctx, s.target);
      const ann = compileAnnotation(ctx, s);
      return function* (f) {
        f.line = line;
        if (v) t(f, yield* v(f));
        ann(f);
        return NORMAL;
      };
    }
    case "If": {
      // A test that cannot suspend is a plain call, not a generator per evaluation.
      const testSync = exprSuspends(s.test, ctx.mod.scopes) ? null : compileExpr(ctx, s.test);
      const test = testSync === null ? compileExprGen(ctx, s.test) : null;
      const body = compileBlockGen(ctx, s.body);
      if (s.orelse.length === 0) {
        return function* (f) {
          f.line = line;
          if (truthy(testSync !== null ? testSync(f) : yield* test!(f))) return yield* body(f);
          return NORMAL;
        };
      }
      const orelse = compileBlockGen(ctx, s.orelse);
      return function* (f) {
        f.line = line;
        if (truthy(testSync !== null ? testSync(f) : yield* test!(f))) return yield* body(f);
        return yield* orelse(f);
      };
    }
    case "While":
      return compileLoopGen(ctx, s);
    case "For":
      return s.isAsync ? compileAsyncFor(ctx, s) : compileLoopGen(ctx, s);
    case "Try":
      return compileTryGen(ctx, s);
    case "With":
      return compileWithGen(ctx, s, 0, compileBlockParts(ctx, s.body));
    case "Raise": {
      const exc = s.exc ? compileExprGen(ctx, s.exc) : null;
      const cause = s.cause ? compileExprGen(ctx, s.cause) : null;
      return function* (f) {
        f.line = line;
        const e = exc ? yield* exc(f) : null;
        const c = cause ? yield* cause(f) : undefined;
        doRaise(f, e, c);
      };
    }
    case "Assert": {
      const test = compileExprGen(ctx, s.test);
      const msg = s.msg ? compileExprGen(ctx, s.msg) : null;
      return function* (f) {
        f.line = line;
        if (!truthy(yield* test(f))) throw msg ? newException(AssertionError, yield* msg(f)) : pyErr(AssertionError);
        return NORMAL;
      };
    }
    case "Delete": {
      const ts = s.targets.map((t) => compileDelTarget(ctx, t));
      // eslint-disable-next-line require-yield
      return function* (f) {
        for (const t of ts) t(f);
        return NORMAL;
      };
    }
    default:
      throw pyErr(SyntaxError, `'await' is not supported in this position (line ${line})`);
  }
}

function compileAugAssignGen(ctx: Ctx, s: A.AugAssign): GenExec {
  const value = compileExprGen(ctx, s.value);
  const op = s.op;
  const line = s.line;
  const t = s.target;
  if (t.kind === "Name") {
    const load = compileLoad(ctx, t.id);
    const store = compileStore(ctx, t.id);
    return function* (f) {
      f.line = line;
      const a = load(f);
      store(f, inplaceOp(op, a, yield* value(f)));
      return NORMAL;
    };
  }
  if (t.kind === "Attribute") {
    const obj = compileExprGen(ctx, t.value);
    const site = new AttrSite(t.attr);
    return function* (f) {
      f.line = line;
      const o = yield* obj(f);
      const a = site.load(o);
      site.store(o, inplaceOp(op, a, yield* value(f)));
      return NORMAL;
    };
  }
  if (t.kind === "Subscript") {
    const obj = compileExprGen(ctx, t.value);
    const key = compileExprGen(ctx, t.slice);
    return function* (f) {
      f.line = line;
      const o = yield* obj(f);
      const k = yield* key(f);
      const a = getItem(o, k);
      setItem(o, k, inplaceOp(op, a, yield* value(f)));
      return NORMAL;
    };
  }
  throw new Error("internal: bad augmented assignment target");
}

/**
 * `for` and `while` loops that can suspend. The body's statements run from
 * this generator (not a block generator of their own), plans in place as in
 * compileFunctionBodyGen: an await in a loop body is one generator level
 * shallower, and makes no generator per iteration.
 */
function compileLoopGen(ctx: Ctx, s: A.For | A.While): GenExec {
  const isFor = s.kind === "For";
  const head = isFor ? s.iter : s.test;
  const headSync = exprSuspends(head, ctx.mod.scopes) ? null : compileExpr(ctx, head);
  const headGen = headSync === null ? compileExprGen(ctx, head) : null;
  const store = isFor ? compileTarget(ctx, s.target) : null;
  const body = s.body.map((st) => compileBodyStep(ctx, st));
  const orelse = optionalBlockGen(ctx, s.orelse);
  const line = s.line;
  return function* (f) {
    f.line = line;
    const it = isFor ? iterate(headSync !== null ? headSync(f) : yield* headGen!(f)) : null;
    for (;;) {
      if (it !== null) {
        const x = it.next();
        if (x === DONE) break;
        store!(f, x);
      } else if (!truthy(headSync !== null ? headSync(f) : yield* headGen!(f))) break;
      let c: Completion = NORMAL;
      for (let i = 0; i < body.length; i++) {
        const p = body[i];
        if (p.s !== null) c = p.s(f);
        else if (p.plan !== null) {
          const pl = p.plan;
          f.line = p.line;
          const vals = new Array<PyValue>(pl.n);
          for (let k = 0; k < pl.n; k++) {
            const sy = pl.sync[k];
            if (sy !== null) {
              vals[k] = sy(f);
              continue;
            }
            const a = pl.awaited[k];
            if (a === null) {
              vals[k] = yield* pl.gens[k]!(f);
              continue;
            }
            const v = a(f);
            const co = claimCoroutine(v);
            if (co === null) vals[k] = yield* awaitIterator(v);
            else {
              try {
                vals[k] = yield* co.gen;
              } finally {
                co.finished = true;
              }
            }
          }
          c = pl.finish(f, pl.combine(vals, f));
        } else c = yield* p.g!(f);
        if (c !== NORMAL) break;
      }
      if (c === BREAK) return NORMAL;
      if (c === RETURN) return RETURN;
      f.line = line;
    }
    return orelse === null ? NORMAL : yield* orelse(f);
  };
}

/** `async for x in aiter:` — awaits __anext__() until StopAsyncIteration. */
function compileAsyncFor(ctx: Ctx, s: A.For): GenExec {
  const temporary = s.iter.kind !== "Name" && s.iter.kind !== "Attribute";
  const iter = compileExprGen(ctx, s.iter);
  const store = compileTarget(ctx, s.target);
  const body = compileBlockGen(ctx, s.body);
  const orelse = optionalBlockGen(ctx, s.orelse);
  const line = s.line;
  return function* (f) {
    f.line = line;
    const src = yield* iter(f);
    const ait = asyncIterOf(src);
    const anext = typeOf(ait).lookup("__anext__")!;
    let exhausted = false;
    try {
      for (;;) {
        let x: PyValue;
        try {
          x = yield* awaitIterator(callBound(anext, ait, []));
        } catch (e) {
          if (e instanceof PyBaseException && e.cls.isSubclassOf(StopAsyncIteration)) break;
          throw e;
        }
        store(f, x);
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return RETURN;
        f.line = line;
      }
      exhausted = true;
    } finally {
      // An async generator only the loop referred to is dropped here (CPython finalizes it).
      if (!exhausted && temporary && ait instanceof PyAsyncGenerator && !ait.finished) asyncGenHooks.finalizer?.(ait);
    }
    return orelse === null ? NORMAL : yield* orelse(f);
  };
}

export function asyncIterOf(src: PyValue): PyValue {
  const aiter = typeOf(src).lookup("__aiter__");
  if (aiter === undefined) {
    throw pyErr(TypeError, `'async for' requires an object with __aiter__ method, got ${typeName(src)}`);
  }
  const ait = callBound(aiter, src, []);
  if (typeOf(ait).lookup("__anext__") === undefined) {
    throw pyErr(TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(ait)}`);
  }
  return ait;
}

function compileTryGen(ctx: Ctx, s: A.Try): GenExec {
  const body = compileBlockGen(ctx, s.body);
  const heads = s.handlers.map((h) => compileHandlerHead(ctx, h));
  const hbodies = s.handlers.map((h) => compileBlockGen(ctx, h.body));
  const orelse = optionalBlockGen(ctx, s.orelse);
  const finalbody = s.finalbody.length > 0 ? compileBlockGen(ctx, s.finalbody) : null;
  const isStar = s.isStar;

  function* runHandlers(f: Frame, exc: PyBaseException): Generator<PyValue, Completion, PyValue> {
    if (isStar) {
      // Handlers of except* cannot suspend here in a way that splits; run them in order.
      let c: Completion = NORMAL;
      const pending: [number, PyBaseException][] = [];
      runStarHandlers(f, exc, heads, (i, sub) => pending.push([i, sub]));
      for (const [i, sub] of pending) {
        if (heads[i].bind) heads[i].bind!(f, sub);
        pushHandling(f, sub);
        try {
          const r = yield* hbodies[i](f);
          if (r !== NORMAL) c = r;
        } finally {
          popHandling(f);
        }
      }
      return c;
    }
    const i = findHandler(f, heads, exc);
    if (i < 0) throw exc;
    const h = heads[i];
    if (h.bind) h.bind(f, exc);
    pushHandling(f, exc);
    try {
      return yield* hbodies[i](f);
    } catch (e) {
      throw chainContext(e, exc);
    } finally {
      popHandling(f);
      if (h.unbind) {
        try {
          h.unbind(f);
        } catch {
          // already deleted
        }
      }
    }
  }

  function* tryExcept(f: Frame): Generator<PyValue, Completion, PyValue> {
    let c: Completion;
    try {
      c = yield* body(f);
    } catch (e) {
      if (heads.length === 0) throw e;
      return yield* runHandlers(f, addTraceback(e, f));
    }
    return c === NORMAL && orelse !== null ? yield* orelse(f) : c;
  }

  if (!finalbody) return tryExcept;
  return function* (f) {
    let c: Completion;
    try {
      c = yield* tryExcept(f);
    } catch (e) {
      const pending = addTraceback(e, f);
      let fc: Completion;
      pushHandling(f, pending);
      try {
        fc = yield* finalbody(f);
      } catch (e2) {
        throw chainContext(e2, pending);
      } finally {
        popHandling(f);
      }
      if (fc !== NORMAL) return fc;
      throw pending;
    }
    const saved = f.ret;
    const fc = yield* finalbody(f);
    if (fc !== NORMAL) return fc;
    f.ret = saved;
    return c;
  };
}

function compileWithGen(ctx: Ctx, s: A.With, i: number, innerParts: BlockPart[]): GenExec {
  const item = s.items[i];
  const mgrSync = exprSuspends(item.contextExpr, ctx.mod.scopes) ? null : compileExpr(ctx, item.contextExpr);
  const mgrExpr = mgrSync === null ? compileExprGen(ctx, item.contextExpr) : null;
  const bind = item.optionalVars ? compileTarget(ctx, item.optionalVars) : null;
  // The innermost item runs the body's statements itself (no block generator).
  const nested = i + 1 < s.items.length ? compileWithGen(ctx, s, i + 1, innerParts) : null;
  const parts: BlockPart[] = nested === null ? innerParts : [{ s: null, g: nested }];
  const isAsync = s.isAsync;
  const line = s.line;
  return function* (f) {
    f.line = line;
    const mgr = mgrSync !== null ? mgrSync(f) : yield* mgrExpr!(f);
    const [enter, exit] = contextMethods(mgr, isAsync);
    let v = callBound(enter, mgr, []);
    if (isAsync) {
      // `await mgr.__aenter__()`, inline when it is a fresh coroutine.
      const co = claimCoroutine(v);
      if (co === null) v = yield* awaitIterator(v);
      else {
        try {
          v = yield* co.gen;
        } finally {
          co.finished = true;
        }
      }
    }
    let c: Completion = NORMAL;
    try {
      if (bind) bind(f, v);
      for (let j = 0; j < parts.length; j++) {
        const p = parts[j];
        c = p.s !== null ? p.s(f) : yield* p.g!(f);
        if (c !== NORMAL) break;
      }
    } catch (e) {
      const exc = addTraceback(e, f);
      let suppress: PyValue;
      pushHandling(f, exc);
      try {
        suppress = callExit(mgr, exit, exc);
        if (isAsync) suppress = yield* awaitIterator(suppress);
      } catch (e2) {
        throw chainContext(e2, exc);
      } finally {
        popHandling(f);
      }
      if (truthy(suppress)) return NORMAL;
      throw exc;
    }
    f.line = line;
    const r = callExit(mgr, exit, null);
    if (isAsync) {
      const co = claimCoroutine(r);
      if (co === null) yield* awaitIterator(r);
      else {
        try {
          yield* co.gen;
        } finally {
          co.finished = true;
        }
      }
    }
    return c;
  };
}

export { None, compileExpr };
