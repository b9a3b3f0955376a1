// Which expressions and statements can suspend (contain await or yield in
// the current scope). Only those compile to generator closures; everything
// else compiles to plain closures (the fast path).

import * as A from "../../parser/ast.js";
import { childExprs, Scope } from "./scope.js";

const exprCache = new WeakMap<object, boolean>();

export function exprSuspends(e: A.Expr, scopes: Map<object, Scope>): boolean {
  const c = exprCache.get(e);
  if (c !== undefined) return c;
  let r: boolean;
  switch (e.kind) {
    case "Await":
    case "Yield":
    case "YieldFrom":
      r = true;
      break;
    case "Lambda":
      r = false;
      break;
    case "ListComp":
    case "SetComp":
    case "DictComp":
      // An async comprehension runs inline and is awaited where it stands.
      r = scopes.get(e)!.hasAwait || exprSuspends(e.generators[0].iter, scopes);
      break;
    case "GeneratorExp":
      r = exprSuspends(e.generators[0].iter, scopes);
      break;
    default:
      r = childExprs(e).some((x) => exprSuspends(x, scopes));
  }
  exprCache.set(e, r);
  return r;
}

const stmtCache = new WeakMap<object, boolean>();

export function stmtSuspends(s: A.Stmt, scopes: Map<object, Scope>): boolean {
  const c = stmtCache.get(s);
  if (c !== undefined) return c;
  const ex = (e: A.Expr | null) => e !== null && exprSuspends(e, scopes);
  const body = (b: readonly A.Stmt[]) => b.some((x) => stmtSuspends(x, scopes));
  let r: boolean;
  switch (s.kind) {
    case "FunctionDef":
      r = s.decorators.some(ex) || s.args.defaults.some(ex) || s.args.kwDefaults.some(ex);
      break;
    case "ClassDef":
      r = s.decorators.some(ex) || s.bases.some(ex) || s.keywords.some((k) => ex(k.value));
      break;
    case "Return":
      r = ex(s.value);
      break;
    case "Delete":
      r = s.targets.some(ex);
      break;
    case "Assign":
      r = ex(s.value) || s.targets.some(ex);
      break;
    case "AugAssign":
      r = ex(s.value) || ex(s.target);
      break;
    case "AnnAssign":
      r = ex(s.value) || ex(s.target);
      break;
    case "For":
      r = s.isAsync || ex(s.iter) || ex(s.target) || body(s.body) || body(s.orelse);
      break;
    case "While":
      r = ex(s.test) || body(s.body) || body(s.orelse);
      break;
    case "If":
      r = ex(s.test) || body(s.body) || body(s.orelse);
      break;
    case "With":
      r = s.isAsync || s.items.some((i) => ex(i.contextExpr) || ex(i.optionalVars)) || body(s.body);
      break;
    case "Match":
      r = ex(s.subject) || s.cases.some((c) => ex(c.guard) || body(c.body));
      break;
    case "Raise":
      r = ex(s.exc) || ex(s.cause);
      break;
    case "Try":
      r = body(s.body) || body(s.orelse) || body(s.finalbody) || s.handlers.some((h) => ex(h.type) || body(h.body));
      break;
    case "Assert":
      r = ex(s.test) || ex(s.msg);
      break;
    case "Expr":
      r = ex(s.value);
      break;
    default:
      r = false;
  }
  stmtCache.set(s, r);
  return r;
}
