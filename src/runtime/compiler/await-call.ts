// `await f(x)` and `await obj.m(x)` whose parts cannot suspend, the shape of
// almost every await chain. When the callee turns out to be a coroutine
// function (or a coroutine method with a native fast path), the call would
// create a coroutine object that the await consumes at once and nothing else
// can ever see; so the site runs the callee's body generator directly, with
// no coroutine object around it (FunctionCode.awaitBody1/2). For any other
// callee the call is made exactly as compileCall makes it, and its result is
// left in awaitCallResult for the usual await.

import * as A from "../../parser/ast.js";
import { PyValue } from "../object.js";
import { PyFunction } from "../function.js";
import { None } from "../types.js";
import { call } from "../call.js";
import { JsGen, awaitCallResult } from "../generators.js";
import { Frame } from "./frame.js";
import { Ctx } from "./context.js";
import { exprSuspends } from "./suspends.js";
import { compileExpr, callShape } from "./compile-expr.js";
import { MethodSite } from "./attr-cache.js";

/** Runs the awaited call: a body generator to delegate to, or null with the call's result in awaitCallResult. */
export type InlineAwait = (f: Frame) => JsGen | null;

/** Names compileCall treats specially (zero-argument super, locals(), eval...): never inlined. */
const SPECIAL_CALLEES = new Set(["super", "locals", "vars", "dir", "globals", "eval", "exec"]);

/** The inline form of `await <call>` (e is the Await node), or null when it does not apply. */
export function compileInlineAwait(ctx: Ctx, e: A.Expr): InlineAwait | null {
  if (e.kind !== "Await") return null;
  const c = e.value;
  if (c.kind !== "Call" || !callShape(c).simple || exprSuspends(c, ctx.mod.scopes)) return null;
  const line = c.line;
  const n = c.args.length;
  if (c.func.kind === "Attribute") {
    if (n > 1) return null;
    const obj = compileExpr(ctx, c.func.value);
    const site = new MethodSite(c.func.attr);
    if (n === 0) {
      return (f) => {
        const o = obj(f);
        f.line = line;
        return site.awaitCall1(o);
      };
    }
    const a0 = compileExpr(ctx, c.args[0]);
    return (f) => {
      const o = obj(f);
      const x = a0(f);
      f.line = line;
      return site.awaitCall2(o, x);
    };
  }
  if (c.func.kind !== "Name" || SPECIAL_CALLEES.has(c.func.id) || n === 0 || n > 2) return null;
  const fn = compileExpr(ctx, c.func);
  const a0 = compileExpr(ctx, c.args[0]);
  if (n === 1) {
    return (f) => {
      const g = fn(f);
      const x = a0(f);
      f.line = line;
      if (g instanceof PyFunction) {
        const body = g.code.awaitBody1(g, x);
        if (body !== null) return body;
        awaitCallResult.v = g.code.call1(g, x);
      } else awaitCallResult.v = call(g, [x]);
      return null;
    };
  }
  const a1 = compileExpr(ctx, c.args[1]);
  return (f) => {
    const g = fn(f);
    const x = a0(f);
    const y = a1(f);
    f.line = line;
    if (g instanceof PyFunction) {
      const body = g.code.awaitBody2(g, x, y);
      if (body !== null) return body;
      awaitCallResult.v = g.code.call2(g, x, y);
    } else awaitCallResult.v = call(g, [x, y]);
    return null;
  };
}

/** The value an InlineAwait that returned null leaves to be awaited (and forgets it). */
export function takeAwaitCallResult(): PyValue {
  const v = awaitCallResult.v;
  awaitCallResult.v = None;
  return v;
}
