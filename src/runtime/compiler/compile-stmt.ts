// Statements that cannot suspend compile to plain closures returning a
// Completion (NORMAL, BREAK, CONTINUE, RETURN): break/continue/return never
// use JavaScript exceptions. Blocks that contain a suspending statement are
// compiled by compile-stmt-gen.ts instead.

import * as A from "../../parser/ast.js";
import { PyValue } from "../object.js";
import { None } from "../types.js";
import { truthy, inplaceOp } from "../ops.js";
import { getItem, setItem } from "../subscript.js";
import { pyErr, AssertionError, PyBaseException, newException } from "../exceptions.js";
import { Frame, Completion, NORMAL, BREAK, CONTINUE, RETURN, addTraceback } from "./frame.js";
import { Ctx, Load, compileStore, compileLoad, compileDelete } from "./context.js";
import { compileExpr } from "./compile-expr.js";
import { AttrSite } from "./attr-cache.js";
import { compileTarget, compileDelTarget } from "./targets.js";
import { stmtSuspends } from "./suspends.js";
import {
  exceptionMatches, chainContext, doRaise, pushHandling, popHandling, contextMethods, callEnter, callExit,
} from "./stmt-helpers.js";
import { compileFunctionDef, compileClassDef } from "./compile-def.js";
import { compileImport, compileImportFrom } from "./compile-import.js";
import { compileMatch } from "./compile-match.js";
import { compileFor } from "./compile-for.js";
import { compileAnnotation } from "./annotations.js";
import { dropped } from "../dropped.js";

export type Exec = (f: Frame) => Completion;

export function compileStmts(ctx: Ctx, body: readonly A.Stmt[]): Exec[] {
  return body.map((s) => compileStmt(ctx, s));
}

export function compileBlock(ctx: Ctx, body: readonly A.Stmt[]): Exec {
  const stmts = compileStmts(ctx, body);
  switch (stmts.length) {
    case 0:
      return () => NORMAL;
    case 1:
      return stmts[0];
    case 2: {
      const [a, b] = stmts;
      return (f) => {
        const c = a(f);
        return c !== NORMAL ? c : b(f);
      };
    }
    default:
      return (f) => {
        for (let i = 0; i < stmts.length; i++) {
          const c = stmts[i](f);
          if (c !== NORMAL) return c;
        }
        return NORMAL;
      };
  }
}

export function compileStmt(ctx: Ctx, s: A.Stmt): Exec {
  if (stmtSuspends(s, ctx.mod.scopes)) throw new Error(`internal: suspending statement ${s.kind} compiled as plain`);
  const line = s.line;
  switch (s.kind) {
    case "Expr": {
      const e = compileExpr(ctx, s.value);
      // Only a call's result can be an object nothing else refers to.
      if (s.value.kind !== "Call") {
        return (f) => {
          f.line = line;
          e(f);
          return NORMAL;
        };
      }
      return (f) => {
        f.line = line;
        const v = e(f);
        if (typeof v === "object" && v !== None) dropped(v, f, line);
        return NORMAL;
      };
    }
    case "Assign": {
      const v = compileExpr(ctx, s.value);
      if (s.targets.length === 1) return compileAssign1(ctx, s.targets[0], v, line);
      const ts = s.targets.map((t) => compileTarget(ctx, t));
      return (f) => {
        f.line = line;
        const x = v(f);
        for (const t of ts) t(f, x);
        return NORMAL;
      };
    }
    case "AugAssign":
      return compileAugAssign(ctx, s);
    case "AnnAssign": {
      const ann = compileAnnotation(ctx, s);
      if (s.value === null) {
        return (f) => {
          f.line = line;
          ann(f);
          return NORMAL;
        };
      }
      const v = compileExpr(ctx, s.value);
      const t = compileTarget(ctx, s.target);
      return (f) => {
        f.line = line;
        t(f, v(f));
        ann(f);
        return NORMAL;
      };
    }
    case "Return": {
      if (s.value === null) {
        return (f) => {
          f.ret = None;
          return RETURN;
        };
      }
      const v = compileExpr(ctx, s.value);
      return (f) => {
        f.line = line;
        f.ret = v(f);
        return RETURN;
      };
    }
    case "Pass":
    case "Global":
    case "Nonlocal":
      return () => NORMAL;
    case "Break":
      return () => BREAK;
    case "Continue":
      return () => CONTINUE;
    case "If": {
      const test = compileExpr(ctx, s.test);
      const body = compileBlock(ctx, s.body);
      const orelse = s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null;
      return (f) => {
        f.line = line;
        const t = test(f);
        // Comparisons give booleans: decide those without truthy().
        if (t === true || (t !== false && truthy(t))) return body(f);
        return orelse ? orelse(f) : NORMAL;
      };
    }
    case "While": {
      const test = compileExpr(ctx, s.test);
      const body = compileBlock(ctx, s.body);
      const orelse = s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null;
      return (f) => {
        for (;;) {
          f.line = line;
          if (!truthy(test(f))) break;
          const c = body(f);
          if (c === BREAK) return NORMAL;
          if (c === RETURN) return RETURN;
        }
        return orelse ? orelse(f) : NORMAL;
      };
    }
    case "For":
      return compileFor(ctx, s, compileStmts, compileBlock);
    case "Try":
      return compileTry(ctx, s);
    case "With":
      return compileWith(ctx, s, 0, compileBlock(ctx, s.body));
    case "Raise": {
      const exc = s.exc ? compileExpr(ctx, s.exc) : null;
      const cause = s.cause ? compileExpr(ctx, s.cause) : null;
      return (f) => {
        f.line = line;
        doRaise(f, exc ? exc(f) : null, cause ? cause(f) : undefined);
      };
    }
    case "Assert": {
      const test = compileExpr(ctx, s.test);
      const msg = s.msg ? compileExpr(ctx, s.msg) : null;
      return (f) => {
        f.line = line;
        if (!truthy(test(f))) throw msg ? newException(AssertionError, msg(f)) : pyErr(AssertionError);
        return NORMAL;
      };
    }
    case "Delete": {
      const ts = s.targets.map((t) => compileDelTarget(ctx, t));
      return (f) => {
        f.line = line;
        for (const t of ts) t(f);
        return NORMAL;
      };
    }
    case "FunctionDef":
      return withLine(line, compileFunctionDef(ctx, s));
    case "ClassDef":
      return withLine(line, compileClassDef(ctx, s));
    case "Import":
      return withLine(line, compileImport(ctx, s));
    case "ImportFrom":
      return withLine(line, compileImportFrom(ctx, s));
    case "Match":
      return compileMatch(ctx, s, compileBlock) as Exec;
    default:
      return A.assertNever(s);
  }
}

/**
 * `target = value` with one target. The two commonest targets, a local name
 * and a subscript, store without the target's closure.
 */
function compileAssign1(ctx: Ctx, target: A.Expr, v: Load, line: number): Exec {
  if (target.kind === "Name") {
    const r = ctx.scope.resolve(target.id);
    if (r.kind === "local") {
      const slot = r.slot;
      return (f) => {
        f.line = line;
        f.locals[slot] = v(f);
        return NORMAL;
      };
    }
  }
  if (target.kind === "Subscript") {
    const obj = compileExpr(ctx, target.value);
    const key = compileExpr(ctx, target.slice);
    return (f) => {
      f.line = line;
      const x = v(f);
      const o = obj(f);
      setItem(o, key(f), x);
      return NORMAL;
    };
  }
  const t = compileTarget(ctx, target);
  return (f) => {
    f.line = line;
    t(f, v(f));
    return NORMAL;
  };
}

function withLine(line: number, run: (f: Frame) => void): Exec {
  return (f) => {
    f.line = line;
    run(f);
    return NORMAL;
  };
}

function compileAugAssign(ctx: Ctx, s: A.AugAssign): Exec {
  const value = compileExpr(ctx, s.value);
  const op = s.op;
  const line = s.line;
  const t = s.target;
  if (t.kind === "Name") {
    const load = compileLoad(ctx, t.id);
    const store = compileStore(ctx, t.id);
    if (op === "+") {
      return (f) => {
        f.line = line;
        const a = load(f), b = value(f);
        if (typeof a === "number") {
          if (typeof b === "number") {
            const r = a + b;
            if (Number.isSafeInteger(r)) {
              store(f, r);
              return NORMAL;
            }
          }
        } else if (typeof a === "string" && typeof b === "string") {
          store(f, a + b);
          return NORMAL;
        }
        store(f, inplaceOp(op, a, b));
        return NORMAL;
      };
    }
    return (f) => {
      f.line = line;
      const a = load(f);
      store(f, inplaceOp(op, a, value(f)));
      return NORMAL;
    };
  }
  if (t.kind === "Attribute") {
    const obj = compileExpr(ctx, t.value);
    const site = new AttrSite(t.attr);
    return (f) => {
      f.line = line;
      const o = obj(f);
      const a = site.load(o);
      site.store(o, inplaceOp(op, a, value(f)));
      return NORMAL;
    };
  }
  if (t.kind === "Subscript") {
    const obj = compileExpr(ctx, t.value);
    const key = compileExpr(ctx, t.slice);
    return (f) => {
      f.line = line;
      const o = obj(f);
      const k = key(f);
      const a = getItem(o, k);
      setItem(o, k, inplaceOp(op, a, value(f)));
      return NORMAL;
    };
  }
  throw new Error("internal: bad augmented assignment target");
}

export interface CompiledHandler {
  readonly type: ((f: Frame) => PyValue) | null;
  readonly bind: ((f: Frame, v: PyValue) => void) | null;
  readonly unbind: ((f: Frame) => void) | null;
  readonly line: number;
}

export function compileHandlerHead(ctx: Ctx, h: A.ExceptHandler): CompiledHandler {
  return {
    type: h.type ? compileExpr(ctx, h.type) : null,
    bind: h.name ? compileStore(ctx, h.name) : null,
    unbind: h.name ? compileDelete(ctx, h.name) : null,
    line: h.line,
  };
}

/** Finds the handler for exc, or -1. */
export function findHandler(f: Frame, heads: readonly CompiledHandler[], exc: PyBaseException): number {
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i];
    if (h.type === null) return i;
    f.line = h.line;
    if (exceptionMatches(exc, h.type(f))) return i;
  }
  return -1;
}

function compileTry(ctx: Ctx, s: A.Try): Exec {
  if (s.isStar) return compileTryStar(ctx, s);
  const body = compileBlock(ctx, s.body);
  const heads = s.handlers.map((h) => compileHandlerHead(ctx, h));
  const hbodies = s.handlers.map((h) => compileBlock(ctx, h.body));
  const orelse = s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null;
  const finalbody = s.finalbody.length > 0 ? compileBlock(ctx, s.finalbody) : null;

  const runHandlers = (f: Frame, exc: PyBaseException): Completion => {
    const i = findHandler(f, heads, exc);
    if (i < 0) throw exc;
    const h = heads[i];
    if (h.bind) h.bind(f, exc);
    pushHandling(f, exc);
    try {
      return hbodies[i](f);
    } catch (e) {
      throw chainContext(e, exc);
    } finally {
      popHandling(f);
      if (h.unbind) {
        try {
          h.unbind(f);
        } catch {
          // already deleted by the handler body
        }
      }
    }
  };

  const tryExcept = (f: Frame): Completion => {
    let c: Completion;
    try {
      c = body(f);
    } catch (e) {
      if (heads.length === 0) throw e;
      return runHandlers(f, addTraceback(e, f));
    }
    return c === NORMAL && orelse ? orelse(f) : c;
  };

  if (!finalbody) return tryExcept;
  return (f) => {
    let c: Completion;
    try {
      c = tryExcept(f);
    } catch (e) {
      const pending = addTraceback(e, f);
      let fc: Completion;
      pushHandling(f, pending);
      try {
        fc = finalbody(f);
      } catch (e2) {
        throw chainContext(e2, pending);
      } finally {
        popHandling(f);
      }
      if (fc !== NORMAL) return fc; // return/break in finally discards the exception
      throw pending;
    }
    const saved = f.ret;
    const fc = finalbody(f);
    if (fc !== NORMAL) return fc;
    f.ret = saved;
    return c;
  };
}

/** `try: ... except* E:` — handlers split an ExceptionGroup (PEP 654). */
function compileTryStar(ctx: Ctx, s: A.Try): Exec {
  const body = compileBlock(ctx, s.body);
  const heads = s.handlers.map((h) => compileHandlerHead(ctx, h));
  const hbodies = s.handlers.map((h) => compileBlock(ctx, h.body));
  const orelse = s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null;
  const finalbody = s.finalbody.length > 0 ? compileBlock(ctx, s.finalbody) : null;
  return (f) => {
    let c: Completion = NORMAL;
    try {
      try {
        c = body(f);
      } catch (e) {
        const exc = addTraceback(e, f);
        runStarHandlers(f, exc, heads, (i, sub) => {
          if (heads[i].bind) heads[i].bind!(f, sub);
          pushHandling(f, sub);
          try {
            const r = hbodies[i](f);
            if (r !== NORMAL) c = r;
          } finally {
            popHandling(f);
          }
        });
        return c;
      }
      if (c === NORMAL && orelse) c = orelse(f);
      return c;
    } finally {
      if (finalbody) finalbody(f);
    }
  };
}

import { splitExceptionGroup } from "../exception-group.js";
export function runStarHandlers(
  f: Frame,
  exc: PyBaseException,
  heads: readonly CompiledHandler[],
  run: (i: number, sub: PyBaseException) => void,
): void {
  let rest: PyBaseException | null = exc;
  const raised: PyBaseException[] = [];
  for (let i = 0; i < heads.length && rest; i++) {
    const h = heads[i];
    const [match, remaining] = splitExceptionGroup(rest, h.type!(f));
    rest = remaining;
    if (!match) continue;
    try {
      run(i, match);
    } catch (e) {
      raised.push(chainContext(e, match));
    }
  }
  if (raised.length === 0 && rest === null) return;
  if (raised.length === 0) throw rest!;
  if (raised.length === 1 && rest === null) throw raised[0];
  throw splitExceptionGroupCombine(exc, raised, rest);
}
import { combineExceptionGroup as splitExceptionGroupCombine } from "../exception-group.js";

function compileWith(ctx: Ctx, s: A.With, i: number, inner: Exec): Exec {
  const item = s.items[i];
  const mgrExpr = compileExpr(ctx, item.contextExpr);
  const bind = item.optionalVars ? compileTarget(ctx, item.optionalVars) : null;
  const body = i + 1 < s.items.length ? compileWith(ctx, s, i + 1, inner) : inner;
  const line = s.line;
  return (f) => {
    f.line = line;
    const mgr = mgrExpr(f);
    const [enter, exit] = contextMethods(mgr, false);
    const v = callEnter(mgr, enter);
    let c: Completion;
    try {
      if (bind) bind(f, v);
      c = body(f);
    } catch (e) {
      const exc = addTraceback(e, f);
      let suppress: PyValue;
      pushHandling(f, exc);
      try {
        suppress = callExit(mgr, exit, exc);
      } catch (e2) {
        throw chainContext(e2, exc);
      } finally {
        popHandling(f);
      }
      if (truthy(suppress)) return NORMAL;
      throw exc;
    }
    callExit(mgr, exit, null);
    return c;
  };
}
