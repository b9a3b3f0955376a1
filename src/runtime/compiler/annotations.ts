// Variable annotations (`x: int = 1`): evaluated and stored in the module's
// or class's `__annotations__` as CPython does, or kept as source text under
// `from __future__ import annotations`. Annotations in function bodies are
// never evaluated.

import * as A from "../../parser/ast.js";
import { PyValue } from "../object.js";
import { PyDict, newDict } from "../containers.js";
import { Frame, nsOf } from "./frame.js";
import { Ctx } from "./context.js";
import { compileExpr } from "./compile-expr.js";

/** The source text of a node, for string annotations. */
export function sourceText(ctx: Ctx, n: A.Span): string {
  const lines = ctx.mod.source;
  if (n.line === n.endLine) return lines[n.line - 1]?.slice(n.col, n.endCol) ?? "";
  const parts = [lines[n.line - 1]?.slice(n.col) ?? ""];
  for (let l = n.line + 1; l < n.endLine; l++) parts.push(lines[l - 1] ?? "");
  parts.push(lines[n.endLine - 1]?.slice(0, n.endCol) ?? "");
  return parts.join("\n");
}

export function compileAnnotation(ctx: Ctx, s: A.AnnAssign): (f: Frame) => void {
  const kind = ctx.scope.kind;
  if ((kind !== "module" && kind !== "class") || !s.simple || s.target.kind !== "Name") return () => {};
  const name = s.target.id;
  let value: (f: Frame) => PyValue;
  if (ctx.mod.futureAnnotations) {
    const text = sourceText(ctx, s.annotation);
    value = () => text;
  } else value = compileExpr(ctx, s.annotation);
  const globals = ctx.mod.globals;
  const isModule = kind === "module";
  return (f) => {
    const ns = isModule ? globals : nsOf(f);
    let d = ns.get("__annotations__");
    if (!(d instanceof PyDict)) {
      d = newDict();
      ns.set("__annotations__", d);
    }
    (d as PyDict).set(name, value(f));
  };
}

/** A function's __annotations__, evaluated when the def runs (or kept as text). */
export function buildAnnotations(ctx: Ctx, node: A.FunctionDef): ((f: Frame) => PyDict) | null {
  const a = node.args;
  const params = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
  const entries: [string, A.Expr][] = params.filter((p) => p.annotation !== null).map((p) => [p.arg, p.annotation!]);
  if (node.returns) entries.push(["return", node.returns]);
  if (entries.length === 0) return null;
  const compiled = entries.map(([name, e]): [string, (f: Frame) => PyValue] => {
    if (ctx.mod.futureAnnotations) {
      const text = sourceText(ctx, e);
      return [name, () => text];
    }
    return [name, compileExpr(ctx, e)];
  });
  return (f) => {
    const d = newDict();
    for (const [name, load] of compiled) d.set(name, load(f));
    return d;
  };
}
