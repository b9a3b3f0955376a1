// The SyntaxErrors CPython raises after parsing, while building symbol
// tables (Python/symtable.c) and compiling (Python/compile.c): `return`,
// `yield`, `await`, `break`, `continue` in the wrong place, misplaced starred
// expressions, and so on. Symbol-table errors are reported before compiler
// errors, as in CPython.

import type * as A from "./ast.js";
import { syntaxError, type PyParseError } from "./errors.js";
import { span } from "./builders.js";

type Fn = "module" | "class" | "sync" | "async" | "lambda";

interface Ctx {
  readonly fn: Fn;
  readonly loop: boolean;
  /** Name of the enclosing comprehension kind, if any ("list comprehension", …). */
  readonly comp: string | null;
  /** The innermost comprehension, where "asynchronous comprehension" errors point. */
  readonly compNode?: A.Expr;
  readonly asyncGen: boolean;
}

const COMP_NAMES: Record<string, string> = {
  ListComp: "list comprehension",
  SetComp: "set comprehension",
  DictComp: "dict comprehension",
  GeneratorExp: "generator expression",
};

export function validateModule(body: readonly A.Stmt[]): PyParseError | null {
  try {
    symtableStmts(body, "module");
    stmts(body, { fn: "module", loop: false, comp: null, asyncGen: false });
    return null;
  } catch (e) {
    if (e && typeof e === "object" && "pyMessage" in e) return e as PyParseError;
    throw e;
  }
}

// ------------------------------------------------------------ symbol-table pass

function symtableStmts(body: readonly A.Stmt[], scope: "module" | "function" | "class"): void {
  for (const s of body) {
    switch (s.kind) {
      case "FunctionDef": {
        const seen = new Set<string>();
        const a = s.args;
        for (const arg of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
          if (seen.has(arg.arg)) throw syntaxError(`duplicate argument '${arg.arg}' in function definition`, span(arg));
          seen.add(arg.arg);
        }
        symtableStmts(s.body, "function");
        break;
      }
      case "ClassDef":
        symtableStmts(s.body, "class");
        break;
      case "Nonlocal":
        if (scope === "module") throw syntaxError("nonlocal declaration not allowed at module level", span(s));
        break;
      case "ImportFrom":
        if (scope === "function" && s.names.some((n) => n.name === "*")) {
          throw syntaxError("import * only allowed at module level", { line: s.endLine, col: s.endCol - 1 });
        }
        break;
      default:
        for (const b of childBlocks(s)) symtableStmts(b, scope);
    }
  }
}

function childBlocks(s: A.Stmt): (readonly A.Stmt[])[] {
  switch (s.kind) {
    case "For": case "While": case "If":
      return [s.body, s.orelse];
    case "With":
      return [s.body];
    case "Try":
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case "Match":
      return s.cases.map((c) => c.body);
    default:
      return [];
  }
}

// ------------------------------------------------------------ compiler pass

function containsYield(body: readonly A.Stmt[]): boolean {
  let found = false;
  const visitE = (e: A.Expr | null): void => {
    if (e === null || found) return;
    if (e.kind === "Yield" || e.kind === "YieldFrom") {
      found = true;
      return;
    }
    if (e.kind === "Lambda" || e.kind in COMP_NAMES) return;
    forEachChildExpr(e, visitE);
  };
  const visitS = (s: A.Stmt): void => {
    if (found || s.kind === "FunctionDef" || s.kind === "ClassDef") return;
    forEachStmtExpr(s, visitE);
    for (const b of childBlocks(s)) b.forEach(visitS);
  };
  body.forEach(visitS);
  return found;
}

function stmts(body: readonly A.Stmt[], ctx: Ctx): void {
  for (const s of body) stmt(s, ctx);
}

function stmt(s: A.Stmt, ctx: Ctx): void {
  const isFn = ctx.fn === "sync" || ctx.fn === "async";
  switch (s.kind) {
    case "FunctionDef": {
      s.decorators.forEach((d) => expr(d, ctx));
      argDefaults(s.args, ctx);
      if (s.returns) expr(s.returns, ctx);
      const fn: Fn = s.isAsync ? "async" : "sync";
      stmts(s.body, { fn, loop: false, comp: null, asyncGen: s.isAsync && containsYield(s.body) });
      return;
    }
    case "ClassDef":
      s.decorators.forEach((d) => expr(d, ctx));
      s.bases.forEach((b) => expr(b, ctx));
      s.keywords.forEach((k) => expr(k.value, ctx));
      stmts(s.body, { fn: "class", loop: false, comp: null, asyncGen: false });
      return;
    case "Return":
      if (!isFn) throw syntaxError("'return' outside function", span(s));
      if (s.value) {
        if (ctx.asyncGen) throw syntaxError("'return' with value in async generator", span(s));
        expr(s.value, ctx, true);
      }
      return;
    case "Break":
      if (!ctx.loop) throw syntaxError("'break' outside loop", span(s));
      return;
    case "Continue":
      if (!ctx.loop) throw syntaxError("'continue' not properly in loop", span(s));
      return;
    case "For":
      if (s.isAsync && ctx.fn !== "async") {
        throw syntaxError(isFn || ctx.fn === "module" ? "'async for' outside async function" : "'async for' outside async function", span(s));
      }
      expr(s.iter, ctx, true);
      target(s.target, ctx);
      stmts(s.body, { ...ctx, loop: true });
      stmts(s.orelse, ctx);
      return;
    case "While":
      expr(s.test, ctx);
      stmts(s.body, { ...ctx, loop: true });
      stmts(s.orelse, ctx);
      return;
    case "If":
      expr(s.test, ctx);
      stmts(s.body, ctx);
      stmts(s.orelse, ctx);
      return;
    case "With":
      if (s.isAsync && ctx.fn !== "async") throw syntaxError("'async with' outside async function", span(s));
      for (const it of s.items) {
        expr(it.contextExpr, ctx);
        if (it.optionalVars) target(it.optionalVars, ctx);
      }
      stmts(s.body, ctx);
      return;
    case "Try":
      stmts(s.body, ctx);
      s.handlers.forEach((h, i) => {
        if (h.type === null && i < s.handlers.length - 1) throw syntaxError("default 'except:' must be last", span(h));
        if (h.type) expr(h.type, ctx);
        stmts(h.body, ctx);
      });
      stmts(s.orelse, ctx);
      stmts(s.finalbody, ctx);
      return;
    case "Match":
      expr(s.subject, ctx);
      for (const c of s.cases) {
        if (c.guard) expr(c.guard, ctx);
        stmts(c.body, ctx);
      }
      return;
    case "Assign":
      expr(s.value, ctx, true);
      s.targets.forEach((t) => target(t, ctx));
      return;
    case "AugAssign":
      target(s.target, ctx);
      expr(s.value, ctx);
      return;
    case "AnnAssign":
      if (s.value) expr(s.value, ctx);
      target(s.target, ctx);
      expr(s.annotation, ctx);
      return;
    case "Delete":
      s.targets.forEach((t) => expr(t, ctx));
      return;
    case "Raise":
      if (s.exc) expr(s.exc, ctx);
      if (s.cause) expr(s.cause, ctx);
      return;
    case "Assert":
      expr(s.test, ctx);
      if (s.msg) expr(s.msg, ctx);
      return;
    case "Expr":
      expr(s.value, ctx, true);
      return;
    case "Import": case "ImportFrom": case "Global": case "Nonlocal": case "Pass":
      return;
  }
}

function argDefaults(a: A.Arguments, ctx: Ctx): void {
  a.defaults.forEach((d) => expr(d, ctx));
  a.kwDefaults.forEach((d) => d && expr(d, ctx));
  for (const arg of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
    if (arg.annotation) expr(arg.annotation, ctx);
  }
}

/** An assignment target: at most one starred element, and only inside a tuple or list. */
function target(t: A.Expr, ctx: Ctx): void {
  if (t.kind === "Starred") throw syntaxError("starred assignment target must be in a list or tuple", span(t));
  if (t.kind === "Tuple" || t.kind === "List") {
    const stars = t.elts.filter((e) => e.kind === "Starred");
    if (stars.length > 1) throw syntaxError("multiple starred expressions in assignment", span(t));
    for (const e of t.elts) target(e.kind === "Starred" ? e.value : e, ctx);
    return;
  }
  expr(t, ctx);
}

/** `tupleOk`: a bare tuple whose elements may be starred (`x = *a, b`). */
function expr(e: A.Expr, ctx: Ctx, tupleOk = false): void {
  switch (e.kind) {
    case "Starred":
      throw syntaxError("can't use starred expression here", span(e));
    case "Await":
      if (ctx.comp === "generator expression") {
        // an await makes the generator expression asynchronous
        expr(e.value, ctx);
        return;
      }
      if (ctx.fn === "module" || ctx.fn === "class") {
        if (ctx.comp !== null && ctx.comp !== "generator expression") {
          throw syntaxError("asynchronous comprehension outside of an asynchronous function", span(ctx.compNode ?? e));
        }
        throw syntaxError("'await' outside function", span(e));
      }
      if (ctx.fn !== "async") {
        if (ctx.comp !== null && ctx.comp !== "generator expression" && ctx.fn === "sync") {
          throw syntaxError("asynchronous comprehension outside of an asynchronous function", span(ctx.compNode ?? e));
        }
        throw syntaxError("'await' outside async function", span(e));
      }
      expr(e.value, ctx);
      return;
    case "Yield": case "YieldFrom":
      if (ctx.comp !== null) throw syntaxError(`'yield' inside ${ctx.comp}`, span(e));
      if (ctx.fn === "module" || ctx.fn === "class") throw syntaxError("'yield' outside function", span(e));
      if (e.kind === "YieldFrom" && ctx.fn === "async") throw syntaxError("'yield from' inside async function", span(e));
      if (e.value) expr(e.value, ctx, true);
      return;
    case "Lambda":
      argDefaults({ ...e.args, posonlyargs: [], args: [], kwonlyargs: [], vararg: null, kwarg: null }, ctx);
      expr(e.body, { fn: "lambda", loop: false, comp: null, asyncGen: false });
      return;
    case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": {
      const name = COMP_NAMES[e.kind];
      e.generators.forEach((g, i) => {
        if (g.isAsync && ctx.fn !== "async" && e.kind !== "GeneratorExp") {
          throw syntaxError("asynchronous comprehension outside of an asynchronous function", span(e));
        }
        // the first iterable is evaluated in the enclosing scope
        const inner = { ...ctx, comp: name, compNode: e };
        expr(g.iter, i === 0 ? ctx : inner);
        target(g.target, inner);
        g.ifs.forEach((x) => expr(x, inner));
      });
      const inner = { ...ctx, comp: name, compNode: e };
      if (e.kind === "DictComp") {
        expr(e.key, inner);
        expr(e.value, inner);
      } else expr(e.elt, inner);
      return;
    }
    case "Tuple": case "List": case "Set":
      for (const x of e.elts) {
        if (x.kind === "Starred") expr(x.value, ctx);
        else expr(x, ctx);
      }
      void tupleOk;
      return;
    case "Call": {
      expr(e.func, ctx);
      for (const a of e.args) expr(a.kind === "Starred" ? a.value : a, ctx);
      const seen = new Set<string>();
      for (const k of e.keywords) {
        if (k.arg !== null) {
          if (seen.has(k.arg)) throw syntaxError(`keyword argument repeated: ${k.arg}`, span(k));
          seen.add(k.arg);
        }
        expr(k.value, ctx);
      }
      return;
    }
    case "Subscript":
      expr(e.value, ctx);
      if (e.slice.kind === "Tuple") e.slice.elts.forEach((x) => expr(x.kind === "Starred" ? x.value : x, ctx));
      else expr(e.slice.kind === "Starred" ? e.slice.value : e.slice, ctx);
      return;
    default:
      forEachChildExpr(e, (c) => expr(c, ctx));
  }
}

function forEachChildExpr(e: A.Expr, f: (e: A.Expr) => void): void {
  switch (e.kind) {
    case "BoolOp": e.values.forEach(f); return;
    case "NamedExpr": f(e.value); return;
    case "BinOp": f(e.left); f(e.right); return;
    case "UnaryOp": f(e.operand); return;
    case "Lambda": f(e.body); return;
    case "IfExp": f(e.test); f(e.body); f(e.orelse); return;
    case "Dict": e.keys.forEach((k) => k && f(k)); e.values.forEach(f); return;
    case "Set": case "List": case "Tuple": e.elts.forEach(f); return;
    case "ListComp": case "SetComp": case "GeneratorExp":
      f(e.elt); e.generators.forEach((g) => { f(g.iter); f(g.target); g.ifs.forEach(f); }); return;
    case "DictComp":
      f(e.key); f(e.value); e.generators.forEach((g) => { f(g.iter); f(g.target); g.ifs.forEach(f); }); return;
    case "Await": f(e.value); return;
    case "Yield": if (e.value) f(e.value); return;
    case "YieldFrom": f(e.value); return;
    case "Compare": f(e.left); e.comparators.forEach(f); return;
    case "Call": f(e.func); e.args.forEach(f); e.keywords.forEach((k) => f(k.value)); return;
    case "JoinedStr": e.values.forEach(f); return;
    case "FormattedValue": f(e.value); if (e.formatSpec) f(e.formatSpec); return;
    case "Attribute": f(e.value); return;
    case "Subscript": f(e.value); f(e.slice); return;
    case "Starred": f(e.value); return;
    case "Slice": if (e.lower) f(e.lower); if (e.upper) f(e.upper); if (e.step) f(e.step); return;
    case "Constant": case "Name": return;
  }
}

function forEachStmtExpr(s: A.Stmt, f: (e: A.Expr) => void): void {
  switch (s.kind) {
    case "Return": if (s.value) f(s.value); return;
    case "Delete": s.targets.forEach(f); return;
    case "Assign": s.targets.forEach(f); f(s.value); return;
    case "AugAssign": f(s.target); f(s.value); return;
    case "AnnAssign": f(s.target); f(s.annotation); if (s.value) f(s.value); return;
    case "For": f(s.target); f(s.iter); return;
    case "While": case "If": f(s.test); return;
    case "With": s.items.forEach((i) => { f(i.contextExpr); if (i.optionalVars) f(i.optionalVars); }); return;
    case "Match": f(s.subject); s.cases.forEach((c) => c.guard && f(c.guard)); return;
    case "Raise": if (s.exc) f(s.exc); if (s.cause) f(s.cause); return;
    case "Try": s.handlers.forEach((h) => h.type && f(h.type)); return;
    case "Assert": f(s.test); if (s.msg) f(s.msg); return;
    case "Expr": f(s.value); return;
    default: return;
  }
}
