// `def`, `lambda` and `class`: compile the body once, and at run time create
// the function (defaults, closure, decorators) or run the class body and
// build the class.

import * as A from "../../parser/ast.js";
import { Cell, PyValue, KwArgs } from "../object.js";
import { None, typeType, PyClassMethod, PyStaticMethod } from "../types.js";
import { PyFunction } from "../function.js";
import { call } from "../call.js";
import { CodeInfo } from "../exceptions.js";
import { newTuple } from "../containers.js";
import { toArray } from "../iter.js";
import { createClass, calculateMeta } from "../classes.js";
import { Frame, NamespaceFrame, NORMAL } from "./frame.js";
import { Ctx, Load, compileStore } from "./context.js";
import { Scope } from "./scope.js";
import { compileExpr } from "./compile-expr.js";
import { compileBlock } from "./compile-stmt.js";
import { compileFunctionBodyGen } from "./compile-stmt-gen.js";
import { CompiledCode, Kind, ParamLayout } from "./function-code.js";
import { buildAnnotations } from "./annotations.js";

/** Builds the closure (cells of the enclosing frame) a child scope needs. */
export function compileClosure(ctx: Ctx, child: Scope): ((f: Frame) => Cell[]) | null {
  if (child.frees.length === 0) return null;
  const outer = ctx.scope;
  const getters = child.frees.map((name): ((f: Frame) => Cell) => {
    if (outer.kind === "class") {
      if (name === "__class__") return (f) => (f as NamespaceFrame).classCell!;
      const i = outer.frees.indexOf(name);
      return (f) => f.closure![i];
    }
    const r = outer.resolve(name);
    if (r.kind === "cell") {
      const slot = r.slot;
      return (f) => f.locals[slot] as Cell;
    }
    if (r.kind === "free") {
      const i = r.index;
      return (f) => f.closure![i];
    }
    throw new Error(`internal: free variable ${name} not found in ${outer.name}`);
  });
  return (f) => getters.map((g) => g(f));
}

function childQualname(ctx: Ctx, name: string): string {
  return ctx.qualPrefix + name;
}

function paramLayout(args: A.Arguments, scope: Scope): ParamLayout {
  const positional = [...args.posonlyargs, ...args.args].map((a) => a.arg);
  const slot = (n: string) => scope.slots.get(n)!;
  return {
    posonly: args.posonlyargs.length,
    positional,
    varargSlot: args.vararg ? slot(args.vararg.arg) : -1,
    kwonly: args.kwonlyargs.map((a) => a.arg),
    kwonlySlot0: args.kwonlyargs.length > 0 ? slot(args.kwonlyargs[0].arg) : -1,
    kwargSlot: args.kwarg ? slot(args.kwarg.arg) : -1,
  };
}

export function compileCode(ctx: Ctx, node: A.FunctionDef | A.Lambda, name: string): CompiledCode {
  const scope = ctx.mod.scopes.get(node)!;
  const qualname = childQualname(ctx, name);
  // co_firstlineno of a decorated function is the line of its first decorator.
  const firstLine = node.kind === "FunctionDef" && node.decorators.length > 0 ? node.decorators[0].line : node.line;
  const info: CodeInfo = { name, qualname, filename: ctx.mod.filename, firstLine, source: ctx.mod.source, varnames: [...scope.slots.keys()] };
  const inner: Ctx = { mod: ctx.mod, scope, code: info, qualPrefix: qualname + ".<locals>.", inAsync: scope.isAsync };
  const body: readonly A.Stmt[] =
    node.kind === "Lambda" ? [{ kind: "Return", value: node.body, line: node.body.line, col: node.body.col, endLine: node.body.endLine, endCol: node.body.endCol }] : node.body;
  const kind: Kind = scope.isAsync ? (scope.isGenerator ? "asyncgen" : "coroutine") : scope.isGenerator ? "generator" : "function";
  const cellSlots = [...scope.cells].map((n) => scope.slots.get(n)).filter((s): s is number => s !== undefined);
  const layout = paramLayout(node.args, scope);
  if (kind === "function") return new CompiledCode(info, scope.nslots, layout, cellSlots, kind, compileBlock(inner, body), null);
  return new CompiledCode(info, scope.nslots, layout, cellSlots, kind, null, compileFunctionBodyGen(inner, body));
}

interface FunctionMaker {
  (f: Frame): PyFunction;
}

function compileFunctionMaker(ctx: Ctx, node: A.FunctionDef | A.Lambda, name: string, doc: string | null): FunctionMaker {
  const code = compileCode(ctx, node, name);
  const scope = ctx.mod.scopes.get(node)!;
  const closure = compileClosure(ctx, scope);
  const defaults = node.args.defaults.map((d) => compileExpr(ctx, d));
  const kwDefaults = node.args.kwDefaults.map((d, i) => (d ? ([node.args.kwonlyargs[i].arg, compileExpr(ctx, d)] as const) : null)).filter((x) => x !== null) as (readonly [string, Load])[];
  const annotations = node.kind === "FunctionDef" ? buildAnnotations(ctx, node) : null;
  const globals = ctx.mod.globals;
  const moduleName = ctx.mod.moduleName;
  const docValue: PyValue = doc ?? None;
  return (f) => {
    const defs = defaults.length > 0 ? defaults.map((d) => d(f)) : [];
    let kwd: Map<string, PyValue> | null = null;
    if (kwDefaults.length > 0) {
      kwd = new Map();
      for (const [k, d] of kwDefaults) kwd.set(k, d(f));
    }
    const fn = new PyFunction(code, globals, name, code.info.qualname, defs, kwd, closure ? closure(f) : null, docValue, moduleName);
    if (annotations) fn.annotations = annotations(f);
    return fn;
  };
}

export function compileLambda(ctx: Ctx, e: A.Lambda): Load {
  return compileFunctionMaker(ctx, e, "<lambda>", null);
}

function applyDecorators(decorators: Load[], values: PyValue[], v: PyValue): PyValue {
  for (let i = decorators.length - 1; i >= 0; i--) v = call(values[i], [v]);
  return v;
}

export function compileFunctionDef(ctx: Ctx, s: A.FunctionDef): (f: Frame) => void {
  const decorators = s.decorators.map((d) => compileExpr(ctx, d));
  const make = compileFunctionMaker(ctx, s, s.name, s.docstring);
  const store = compileStore(ctx, s.name);
  return (f) => {
    const decs = decorators.map((d) => d(f));
    let fn: PyValue = make(f);
    if (decs.length > 0) fn = applyDecorators(decorators, decs, fn);
    store(f, fn);
  };
}

export function compileClassDef(ctx: Ctx, s: A.ClassDef): (f: Frame) => void {
  const scope = ctx.mod.scopes.get(s)!;
  const qualname = childQualname(ctx, s.name);
  const info: CodeInfo = { name: s.name, qualname, filename: ctx.mod.filename, firstLine: s.line, source: ctx.mod.source };
  const inner: Ctx = { mod: ctx.mod, scope, code: info, qualPrefix: qualname + ".", inAsync: false };
  const body = compileBlock(inner, s.body);
  const closure = compileClosure(ctx, scope);
  const decorators = s.decorators.map((d) => compileExpr(ctx, d));
  const bases = s.bases.map((b) => ({ starred: b.kind === "Starred", load: compileExpr(ctx, b.kind === "Starred" ? b.value : b) }));
  const keywords = s.keywords.map((k) => ({ name: k.arg, load: compileExpr(ctx, k.value) }));
  const store = compileStore(ctx, s.name);
  const needsClassCell = scope.cells.has("__class__");
  const globals = ctx.mod.globals;
  const moduleName = ctx.mod.moduleName;
  const name = s.name;
  const doc = s.docstring;
  return (f) => {
    const decs = decorators.map((d) => d(f));
    const baseValues: PyValue[] = [];
    for (const b of bases) {
      const v = b.load(f);
      if (b.starred) baseValues.push(...toArray(v));
      else baseValues.push(v);
    }
    let kw: KwArgs | null = null;
    let meta: PyValue | null = null;
    for (const k of keywords) {
      if (k.name === "metaclass") meta = k.load(f);
      else (kw ??= new Map()).set(k.name ?? "", k.load(f));
    }
    const metaclass = calculateMeta(meta, baseValues);
    const ns = new Map<string, PyValue>();
    ns.set("__module__", globals.get("__name__") ?? moduleName);
    ns.set("__qualname__", qualname);
    if (doc !== null) ns.set("__doc__", doc);
    const cf = new NamespaceFrame(info, closure ? closure(f) : null, globals, ns);
    if (needsClassCell) cf.classCell = new Cell(undefined);
    try {
      if (body(cf) !== NORMAL) throw new Error("internal: class body completed abnormally");
    } catch (e) {
      throw addTb(e, cf);
    }
    let cls: PyValue =
      metaclass === typeType ? createClass(typeType, name, baseValues, ns, kw) : call(metaclass, [name, newTuple(baseValues), nsToDict(ns)], kw);
    if (cf.classCell) cf.classCell.v = cls;
    if (decs.length > 0) cls = applyDecorators(decorators, decs, cls);
    store(f, cls);
  };
}

import { addTraceback as addTb } from "./frame.js";
import { newDict } from "../containers.js";
function nsToDict(ns: Map<string, PyValue>) {
  return newDict(ns.entries());
}

export { PyClassMethod, PyStaticMethod };
