// Pure helpers the grammar actions use to build and check AST nodes:
// spans, binary-operator precedence, assignment targets (CPython's
// _PyPegen_get_expr_name and invalid_* rules), parameter lists and call
// arguments.

import type { IToken } from "chevrotain";
import type * as A from "./ast.js";
import { syntaxError, type ErrorLocation } from "./errors.js";

export type Spanned = A.Span | IToken;

function isToken(x: Spanned): x is IToken {
  return (x as IToken).image !== undefined;
}

export function startOf(x: Spanned): { line: number; col: number } {
  return isToken(x) ? { line: x.startLine!, col: x.startColumn! } : { line: x.line, col: x.col };
}

export function endOf(x: Spanned): { endLine: number; endCol: number } {
  return isToken(x) ? { endLine: x.endLine!, endCol: x.endColumn! } : { endLine: x.endLine, endCol: x.endCol };
}

export function span(a: Spanned, b: Spanned = a): A.Span {
  const s = startOf(a);
  const e = endOf(b);
  return { line: s.line, col: s.col, endLine: e.endLine, endCol: e.endCol };
}

/** An error location covering `a`..`b`. */
export function loc(a: Spanned, b: Spanned = a): ErrorLocation {
  return span(a, b);
}

// ------------------------------------------------------------ binary operators

const PRECEDENCE: Record<string, number> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
};

/** Left-associative precedence climbing over `operands[0] ops[0] operands[1] …`. */
export function buildBinary(operands: A.Expr[], ops: string[]): A.Expr {
  if (ops.length === 0) return operands[0];
  const values: A.Expr[] = [operands[0]];
  const stack: string[] = [];
  const reduce = () => {
    const right = values.pop()!;
    const left = values.pop()!;
    const op = stack.pop()! as A.BinOpKind;
    values.push({ kind: "BinOp", left, op, right, ...span(left, right) });
  };
  for (let i = 0; i < ops.length; i++) {
    const p = PRECEDENCE[ops[i]];
    while (stack.length > 0 && PRECEDENCE[stack[stack.length - 1]] >= p) reduce();
    stack.push(ops[i]);
    values.push(operands[i + 1]);
  }
  while (stack.length > 0) reduce();
  return values[0];
}

// ------------------------------------------------------------ targets

/** The noun CPython uses for an expression in "cannot assign to …". */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
    case "Constant":
      switch (e.value.type) {
        case "None": return "None";
        case "bool": return e.value.value ? "True" : "False";
        case "Ellipsis": return "ellipsis";
        default: return "literal";
      }
  }
}

/** The first sub-expression that cannot be a target, or null. */
export function invalidTarget(e: A.Expr, ctx: "store" | "del"): A.Expr | null {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript":
      return null;
    case "Starred":
      return ctx === "del" ? e : invalidTarget(e.value, ctx);
    case "Tuple": case "List":
      for (const x of e.elts) {
        const bad = invalidTarget(x, ctx);
        if (bad !== null) return bad;
      }
      return null;
    default:
      return e;
  }
}

/** Returns `e` re-built with the given context (targets are checked by the caller). */
export function withCtx(e: A.Expr, ctx: A.ExprContext): A.Expr {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript":
      return e.ctx === ctx ? e : { ...e, ctx };
    case "Starred":
      return { ...e, value: withCtx(e.value, ctx), ctx };
    case "Tuple": case "List":
      return { ...e, elts: e.elts.map((x) => withCtx(x, ctx)), ctx };
    default:
      return e;
  }
}

/** A store/del target, or a SyntaxError "cannot assign to …" / "cannot delete …". */
export function toTarget(e: A.Expr, ctx: "store" | "del"): A.Expr {
  const bad = invalidTarget(e, ctx);
  if (bad !== null) {
    throw syntaxError(`cannot ${ctx === "del" ? "delete" : "assign to"} ${exprName(bad)}`, loc(bad));
  }
  return withCtx(e, ctx);
}

function isSingleton(e: A.Expr): boolean {
  return e.kind === "Constant" && (e.value.type === "None" || e.value.type === "bool");
}

const NOT_BITWISE_OR = new Set(["Compare", "BoolOp", "IfExp", "Lambda", "NamedExpr", "Starred", "Yield", "YieldFrom"]);

/** Checks the targets of `t1 = t2 = … = value` as CPython's invalid_assignment does. */
export function assignTargets(targets: A.Expr[], value: A.Expr, parenthesized: ReadonlySet<A.Expr>): A.Expr[] {
  return targets.map((t, i) => {
    if (t.kind === "Yield" || t.kind === "YieldFrom") {
      throw syntaxError("assignment to yield expression not possible", loc(t));
    }
    const bad = invalidTarget(t, "store");
    if (bad === null) return withCtx(t, "store");
    const next = i + 1 < targets.length ? targets[i + 1] : value;
    if (
      targets.length === 1 &&
      bad === t &&
      !NOT_BITWISE_OR.has(t.kind) &&
      !isSingleton(t) &&
      t.kind !== "GeneratorExp" &&
      !NOT_BITWISE_OR.has(next.kind) &&
      !(t.kind === "UnaryOp" && t.op === "not") &&
      !parenthesized.has(t)
    ) {
      throw syntaxError(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, loc(bad));
    }
    throw syntaxError(`cannot assign to ${exprName(bad)}`, loc(bad));
  });
}

export function augTarget(e: A.Expr): A.Expr {
  if (e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript") return withCtx(e, "store");
  throw syntaxError(`'${exprName(e)}' is an illegal expression for augmented assignment`, loc(e));
}

export function annTarget(e: A.Expr, parenthesized: ReadonlySet<A.Expr>): A.Expr {
  if (e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript") return withCtx(e, "store");
  if (e.kind === "Tuple") throw syntaxError("only single target (not tuple) can be annotated", loc(e));
  if (e.kind === "List") throw syntaxError("only single target (not list) can be annotated", loc(e));
  void parenthesized;
  throw syntaxError("illegal target for annotation", loc(e));
}

// ------------------------------------------------------------ parameters

export type ParamItem =
  | { readonly type: "slash"; readonly tok: IToken }
  | { readonly type: "star"; readonly tok: IToken; readonly arg: A.Arg | null; readonly dflt: A.Expr | null }
  | { readonly type: "kwarg"; readonly tok: IToken; readonly arg: A.Arg; readonly dflt: A.Expr | null }
  | { readonly type: "arg"; readonly arg: A.Arg; readonly dflt: A.Expr | null };

export const NO_ARGS: A.Arguments = {
  posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [],
};

/** Assembles `ast.arguments` from the items of a parameter list, with CPython's checks. */
export function buildArguments(items: ParamItem[], lambda: boolean): A.Arguments {
  const posonlyargs: A.Arg[] = [];
  const args: A.Arg[] = [];
  const kwonlyargs: A.Arg[] = [];
  const kwDefaults: (A.Expr | null)[] = [];
  const defaults: A.Expr[] = [];
  let vararg: A.Arg | null = null;
  let kwarg: A.Arg | null = null;
  let sawSlash = false;
  let sawStar = false;
  let bareStar: IToken | null = null;
  for (const it of items) {
    if (kwarg !== null) {
      const at = it.type === "arg" ? it.arg : it.tok;
      throw syntaxError("arguments cannot follow var-keyword argument", loc(at));
    }
    switch (it.type) {
      case "slash":
        if (sawSlash) throw syntaxError("/ may appear only once", loc(it.tok));
        if (sawStar) throw syntaxError("/ must be ahead of *", loc(it.tok));
        if (args.length === 0) throw syntaxError("at least one argument must precede /", loc(it.tok));
        sawSlash = true;
        posonlyargs.push(...args);
        args.length = 0;
        break;
      case "star":
        if (sawStar) throw syntaxError("invalid syntax", loc(it.tok));
        if (it.dflt !== null) throw syntaxError("var-positional argument cannot have default value", loc(it.dflt));
        sawStar = true;
        vararg = it.arg;
        if (it.arg === null) bareStar = it.tok;
        break;
      case "kwarg":
        if (it.dflt !== null) throw syntaxError("var-keyword argument cannot have default value", loc(it.dflt));
        if (bareStar !== null && kwonlyargs.length === 0) throw syntaxError("named arguments must follow bare *", loc(bareStar));
        kwarg = it.arg;
        break;
      case "arg":
        if (sawStar) {
          kwonlyargs.push(it.arg);
          kwDefaults.push(it.dflt);
        } else {
          if (it.dflt !== null) defaults.push(it.dflt);
          else if (defaults.length > 0) {
            throw syntaxError(`non-default argument follows default argument`, loc(it.arg));
          }
          args.push(it.arg);
        }
        break;
    }
  }
  if (bareStar !== null && kwonlyargs.length === 0 && kwarg === null) {
    throw syntaxError("named arguments must follow bare *", loc(bareStar));
  }
  void lambda;
  return { posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults };
}

// ------------------------------------------------------------ call arguments

export type CallItem =
  | { readonly type: "pos"; readonly value: A.Expr; readonly bareGenerator: boolean }
  | { readonly type: "star"; readonly value: A.Starred }
  | { readonly type: "kw"; readonly kw: A.Keyword }
  | { readonly type: "kwargs"; readonly kw: A.Keyword };

export function buildCall(func: A.Expr, items: CallItem[], close: IToken): A.Call {
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  let sawKw = false;
  let sawKwargs = false;
  let firstKwargs: A.Keyword | null = null;
  for (const it of items) {
    switch (it.type) {
      case "pos":
        if (it.bareGenerator && items.length > 1) {
          throw syntaxError("Generator expression must be parenthesized", loc(it.value));
        }
        if (sawKwargs) throw syntaxError("positional argument follows keyword argument unpacking", loc(close));
        if (sawKw) throw syntaxError("positional argument follows keyword argument", loc(close));
        args.push(it.value);
        break;
      case "star":
        if (firstKwargs !== null) {
          throw syntaxError("iterable argument unpacking follows keyword argument unpacking", loc(firstKwargs));
        }
        args.push(it.value);
        break;
      case "kw":
        sawKw = true;
        keywords.push(it.kw);
        break;
      case "kwargs":
        sawKwargs = true;
        firstKwargs ??= it.kw;
        keywords.push(it.kw);
        break;
    }
  }
  return { kind: "Call", func, args, keywords, ...span(func, close) };
}

/** First statement's string constant, as `ast.get_docstring` without cleaning. */
export function docstringOf(body: readonly A.Stmt[]): string | null {
  const first = body[0];
  if (first !== undefined && first.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str") {
    return first.value.value.value;
  }
  return null;
}
