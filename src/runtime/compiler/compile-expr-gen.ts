// Expressions that can suspend (they contain `await` or `yield`) compile to
// generator closures; they are evaluated with `yield*` so that what the
// innermost await yields travels up to the Task (or to the generator's
// consumer). Sub-expressions that cannot suspend stay plain closures.

import * as A from "../../parser/ast.js";
import { PyValue } from "../object.js";
import { None } from "../types.js";
import { truthy } from "../ops.js";
import { awaitIterator, yieldFromIterator, AsyncGenYield, claimCoroutine } from "../generators.js";
import { Frame } from "./frame.js";
import { Ctx, Load } from "./context.js";
import { exprSuspends } from "./suspends.js";
import { compileExpr, partsOf, callParts, Combine, warnIsLiteral } from "./compile-expr.js";
import { compareOp } from "../ops.js";
import { compileComprehension } from "./compile-comp.js";

export type GenLoad = (f: Frame) => Generator<PyValue, PyValue, PyValue>;

/** Compiles any expression as a generator closure. */
export function compileExprGen(ctx: Ctx, e: A.Expr): GenLoad {
  if (!exprSuspends(e, ctx.mod.scopes)) {
    const s = compileExpr(ctx, e);
    // eslint-disable-next-line require-yield
    return function* (f) {
      return s(f);
    };
  }
  switch (e.kind) {
    case "Await": {
      if (!exprSuspends(e.value, ctx.mod.scopes)) {
        // The common `await f(x)`: the operand is a plain call, awaited in place.
        return runPlan(valueStmtPlan(ctx, e, (_f, v) => v)!, -1);
      }
      const v = compileExprGen(ctx, e.value);
      return function* (f) {
        const aw = yield* v(f);
        return yield* awaitIterator(aw);
      };
    }
    case "Yield": {
      const v = e.value ? compileExprGen(ctx, e.value) : null;
      const asyncGen = ctx.scope.isAsync;
      return function* (f) {
        const x = v ? yield* v(f) : None;
        const sent = yield asyncGen ? (new AsyncGenYield(x) as unknown as PyValue) : x;
        return sent === undefined ? None : sent;
      };
    }
    case "YieldFrom": {
      const v = compileExprGen(ctx, e.value);
      return function* (f) {
        const it = yield* v(f);
        return yield* yieldFromIterator(it);
      };
    }
    case "BoolOp": {
      const vals = e.values.map((v) => compileExprGen(ctx, v));
      const isAnd = e.op === "and";
      return function* (f) {
        let v: PyValue = None;
        for (const g of vals) {
          v = yield* g(f);
          if (truthy(v) !== isAnd) return v;
        }
        return v;
      };
    }
    case "IfExp": {
      const t = compileExprGen(ctx, e.test), b = compileExprGen(ctx, e.body), o = compileExprGen(ctx, e.orelse);
      return function* (f) {
        return truthy(yield* t(f)) ? yield* b(f) : yield* o(f);
      };
    }
    case "Compare": {
      warnIsLiteral(ctx, e);
      const left = compileExprGen(ctx, e.left);
      const rights = e.comparators.map((c) => compileExprGen(ctx, c));
      const ops = e.ops;
      return function* (f) {
        let a = yield* left(f);
        let res: PyValue = true;
        for (let i = 0; i < ops.length; i++) {
          const b = yield* rights[i](f);
          res = compareOp(ops[i], a, b);
          if (!truthy(res)) return res;
          a = b;
        }
        return res;
      };
    }
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(ctx, e, true) as GenLoad;
    case "Call":
      return genFromParts(ctx, callParts(e).parts, callParts(e).combine);
    default: {
      const p = partsOf(ctx, e);
      return genFromParts(ctx, p.parts, p.combine);
    }
  }
}

/** Parts that cannot suspend run as plain closures; only the others pay for yield*. */
function genFromParts(ctx: Ctx, partExprs: readonly A.Expr[], combine: Combine): GenLoad {
  return runPlan(planParts(ctx, partExprs, combine, (_f, v) => v), -1);
}

/**
 * How a statement whose value is a compound expression containing `await`
 * (`return await f(n - 1) + n`, `x = g(await h())`) evaluates it: its parts in
 * order — plain closures, awaits of plain operands done in place, generator
 * closures for the rest — then `combine`, then `finish` with the value. The
 * statement's own generator runs the plan (compileValueStmtGen), or a
 * function body's or loop's generator runs it directly (compile-stmt-gen.ts):
 * either way no generator per expression level. Null for kinds with their own
 * control flow.
 */
export interface PartsPlan<T> {
  readonly n: number;
  readonly sync: readonly (Load | null)[];
  readonly awaited: readonly (Load | null)[];
  readonly gens: readonly (GenLoad | null)[];
  readonly combine: Combine;
  readonly finish: (f: Frame, v: PyValue) => T;
}

export function valueStmtPlan<T>(ctx: Ctx, e: A.Expr, finish: (f: Frame, v: PyValue) => T): PartsPlan<T> | null {
  if (!exprSuspends(e, ctx.mod.scopes)) return null;
  switch (e.kind) {
    case "Await": {
      // `await job()` itself: a plan of one awaited part.
      const aw = awaitOperand(ctx, e);
      return aw === null ? null : { n: 1, sync: [null], awaited: [aw], gens: [null], combine: onlyPart, finish };
    }
    case "Yield":
    case "YieldFrom":
    case "BoolOp":
    case "IfExp":
    case "Compare":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return null;
    case "Call": {
      const p = callParts(e);
      return planParts(ctx, p.parts, p.combine, finish);
    }
    default: {
      const p = partsOf(ctx, e);
      return planParts(ctx, p.parts, p.combine, finish);
    }
  }
}

/** valueStmtPlan as a generator closure, recording the statement's `line` first. */
export function compileValueStmtGen<T>(ctx: Ctx, e: A.Expr, line: number, finish: (f: Frame, v: PyValue) => T): ((f: Frame) => Generator<PyValue, T, PyValue>) | null {
  const plan = valueStmtPlan(ctx, e, finish);
  return plan === null ? null : runPlan(plan, line);
}

const onlyPart: Combine = (vals) => vals[0];

function planParts<T>(ctx: Ctx, partExprs: readonly A.Expr[], combine: Combine, finish: (f: Frame, v: PyValue) => T): PartsPlan<T> {
  const sync = partExprs.map((x) => (exprSuspends(x, ctx.mod.scopes) ? null : compileExpr(ctx, x)));
  const awaited = partExprs.map((x, i) => (sync[i] === null ? awaitOperand(ctx, x) : null));
  const gens = partExprs.map((x, i) => (sync[i] === null && awaited[i] === null ? compileExprGen(ctx, x) : null));
  return { n: partExprs.length, sync, awaited, gens, combine, finish };
}

/** `line` >= 0: the statement's line, recorded before the parts run. */
function runPlan<T>(plan: PartsPlan<T>, line: number): (f: Frame) => Generator<PyValue, T, PyValue> {
  const { n, sync, awaited, gens, combine, finish } = plan;
  return function* (f) {
    if (line >= 0) f.line = line;
    const vals = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const s = sync[i];
      if (s !== null) {
        vals[i] = s(f);
        continue;
      }
      const a = awaited[i];
      if (a === null) {
        vals[i] = yield* gens[i]!(f);
        continue;
      }
      const v = a(f);
      const c = claimCoroutine(v);
      if (c === null) vals[i] = yield* awaitIterator(v);
      else {
        try {
          vals[i] = yield* c.gen;
        } finally {
          c.finished = true;
        }
      }
    }
    return finish(f, combine(vals, f));
  };
}

/** For `await x` where `x` cannot suspend: x compiled as a plain closure; null otherwise. */
export function awaitOperand(ctx: Ctx, e: A.Expr): Load | null {
  return e.kind === "Await" && !exprSuspends(e.value, ctx.mod.scopes) ? compileExpr(ctx, e.value) : null;
}
