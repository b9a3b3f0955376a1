// Expressions that cannot suspend compile to plain closures `(frame) => value`.
//
// Each compound expression is described once as "parts + combine": the
// sub-expressions evaluated left to right, and what to do with their values.
// The hot kinds (names, constants, arithmetic, comparisons, calls, attribute
// access) also get hand-specialised closures here; the generator compiler
// (compile-expr-gen.ts) reuses the same combine functions for expressions
// that contain `await` or `yield`.

import * as A from "../../parser/ast.js";
import { PyFloat, PyValue, KwArgs, PyBytes, PyClass, Cell, PyList } from "../object.js";
import { PySuper } from "../builtins/object-type.js";
import { PyFunction } from "../function.js";
import { PyBuiltinFunction } from "../types.js";
import { PyComplex } from "../builtins/complex.js";
import { None, Ellipsis, PySlice, bytesType } from "../types.js";
import { binaryOp, compareOp, truthy, unaryOp } from "../ops.js";
import { call } from "../call.js";
import { getAttr } from "../attrs.js";
import { getItem, hasSurrogates } from "../subscript.js";
import { callMethod } from "../methods.js";
import { newList, newTuple, newSet, newDict, PyDict } from "../containers.js";
import { dictOfNamespace } from "../builtins/live-dict.js";
import { toArray } from "../iter.js";
import { pyLen } from "../builtins/functions.js";
import { formatValue, joinStrings } from "../formatting.js";
import { norm } from "../int.js";
import { pyErr, SyntaxError, TypeError, RuntimeError } from "../exceptions.js";
import { typeName } from "../typename.js";
import { Frame, nsOf } from "./frame.js";
import { Ctx, Load, compileLoad, compileStore } from "./context.js";
import { exprSuspends } from "./suspends.js";
import { compileLambda } from "./compile-def.js";
import { compileComprehension } from "./compile-comp.js";
import { AttrSite, MethodSite } from "./attr-cache.js";

export type Combine = (vals: PyValue[], f: Frame) => PyValue;

/** A compound expression as its parts and the function joining their values. */
export interface Parts {
  readonly parts: readonly A.Expr[];
  readonly combine: Combine;
}

export function constantValue(c: A.ConstantValue): PyValue {
  switch (c.type) {
    case "int":
      return norm(c.value);
    case "float":
      return new PyFloat(c.value);
    case "str":
      return c.value;
    case "bool":
      return c.value;
    case "None":
      return None;
    case "Ellipsis":
      return Ellipsis;
    case "bytes":
      return new PyBytes(bytesType, c.value);
    case "imag":
      return new PyComplex(0, c.value);
  }
}

export function compileExpr(ctx: Ctx, e: A.Expr): Load {
  if (exprSuspends(e, ctx.mod.scopes)) throw new Error(`internal: suspending expression ${e.kind} compiled as plain`);
  switch (e.kind) {
    case "Constant": {
      const v = constantValue(e.value);
      return () => v;
    }
    case "Name":
      return compileLoad(ctx, e.id);
    case "BinOp":
      return compileBinOp(e.op, compileExpr(ctx, e.left), compileExpr(ctx, e.right));
    case "Compare":
      return compileCompare(ctx, e);
    case "BoolOp": {
      const vals = e.values.map((v) => compileExpr(ctx, v));
      if (e.op === "and") {
        return (f) => {
          let v: PyValue = None;
          for (let i = 0; i < vals.length; i++) {
            v = vals[i](f);
            if (!truthy(v)) return v;
          }
          return v;
        };
      }
      return (f) => {
        let v: PyValue = None;
        for (let i = 0; i < vals.length; i++) {
          v = vals[i](f);
          if (truthy(v)) return v;
        }
        return v;
      };
    }
    case "IfExp": {
      const t = compileExpr(ctx, e.test), b = compileExpr(ctx, e.body), o = compileExpr(ctx, e.orelse);
      return (f) => (truthy(t(f)) ? b(f) : o(f));
    }
    case "UnaryOp": {
      const v = compileExpr(ctx, e.operand);
      const op = e.op;
      if (op === "not") return (f) => !truthy(v(f));
      if (op === "-") {
        return (f) => {
          const x = v(f);
          return typeof x === "number" && x !== 0 ? -x : unaryOp("-", x);
        };
      }
      return (f) => unaryOp(op, v(f));
    }
    case "Attribute":
      return compileAttributeLoad(compileExpr(ctx, e.value), e.attr);
    case "Subscript":
      return compileSubscriptLoad(compileExpr(ctx, e.value), compileExpr(ctx, e.slice));
    case "Call":
      return compileCall(ctx, e);
    case "Lambda":
      return compileLambda(ctx, e);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(ctx, e) as Load;
    case "Await":
    case "Yield":
    case "YieldFrom":
      throw new Error("unreachable");
    default:
      return fromParts(ctx, partsOf(ctx, e));
  }
}

/** `obj.name`, through the site's inline cache (attr-cache.ts). */
function compileAttributeLoad(obj: Load, name: string): Load {
  const site = new AttrSite(name);
  return (f) => site.load(obj(f));
}

/**
 * `obj[key]`. An int index into a builtin list or into a str whose
 * units up to the index are no surrogates is answered here; everything else goes to getItem.
 */
function compileSubscriptLoad(obj: Load, key: Load): Load {
  return (f) => {
    const o = obj(f), k = key(f);
    if (typeof k === "number") {
      if (o instanceof PyList) {
        if (!o.cls.isUserClass) {
          const items = o.items;
          const i = k < 0 ? k + items.length : k;
          if (i >= 0 && i < items.length) return items[i];
        }
      } else if (typeof o === "string" && k >= 0 && k < o.length && !hasSurrogates(o, k + 1)) return o[k];
    }
    return getItem(o, k);
  };
}

/** A plain closure from parts + combine (for the less common kinds). */
function fromParts(ctx: Ctx, p: Parts): Load {
  const parts = p.parts.map((x) => compileExpr(ctx, x));
  const combine = p.combine;
  switch (parts.length) {
    case 0:
      return (f) => combine([], f);
    case 1: {
      const a = parts[0];
      return (f) => combine([a(f)], f);
    }
    case 2: {
      const a = parts[0], b = parts[1];
      return (f) => {
        const x = a(f);
        return combine([x, b(f)], f);
      };
    }
    default:
      return (f) => {
        const vals = new Array<PyValue>(parts.length);
        for (let i = 0; i < parts.length; i++) vals[i] = parts[i](f);
        return combine(vals, f);
      };
  }
}

function compileBinOp(op: A.BinOpKind, l: Load, r: Load): Load {
  switch (op) {
    case "+":
      return (f) => {
        const a = l(f), b = r(f);
        if (typeof a === "number") {
          if (typeof b === "number") {
            const s = a + b;
            if (Number.isSafeInteger(s)) return s;
          }
        } else if (typeof a === "string" && typeof b === "string") return a + b;
        return binaryOp("+", a, b);
      };
    case "-":
      return (f) => {
        const a = l(f), b = r(f);
        if (typeof a === "number" && typeof b === "number") {
          const s = a - b;
          if (Number.isSafeInteger(s)) return s;
        }
        return binaryOp("-", a, b);
      };
    case "*":
      return (f) => {
        const a = l(f), b = r(f);
        if (typeof a === "number" && typeof b === "number") {
          const p = a * b;
          // `+ 0` turns JS's -0 (from 0 * -n) into Python's 0.
          if (Number.isSafeInteger(p)) return p + 0;
        }
        return binaryOp("*", a, b);
      };
    case "%":
      return (f) => {
        const a = l(f), b = r(f);
        if (typeof a === "number" && typeof b === "number" && b !== 0) {
          // Python's remainder takes the sign of the divisor.
          const m = a % b;
          return m !== 0 && m < 0 !== b < 0 ? m + b : m + 0;
        }
        return binaryOp("%", a, b);
      };
    case "//":
      return (f) => {
        const a = l(f), b = r(f);
        // Within ±2**31 the float quotient floors exactly.
        if (typeof a === "number" && typeof b === "number" && b !== 0 && (a | 0) === a && (b | 0) === b) return Math.floor(a / b) + 0;
        return binaryOp("//", a, b);
      };
    default:
      return (f) => {
        const a = l(f);
        return binaryOp(op, a, r(f));
      };
  }
}

/** CPython's compile-time SyntaxWarning for `x is 5` / `x is not "a"`. */
export function warnIsLiteral(ctx: Ctx, e: A.Compare): void {
  const isLiteral = (x: A.Expr) =>
    (x.kind === "Constant" && !["None", "bool", "Ellipsis"].includes(x.value.type)) || (x.kind === "Tuple" && x.elts.every((y) => y.kind === "Constant"));
  const operands = [e.left, ...e.comparators];
  e.ops.forEach((op, i) => {
    if ((op === "is" || op === "is not") && (isLiteral(operands[i]) || isLiteral(operands[i + 1]))) {
      const text = (ctx.mod.source[e.line - 1] ?? "").trim();
      const hint = op === "is" ? '"=="' : '"!="';
      ctx.mod.interp.stderr.write(`${ctx.mod.filename}:${e.line}: SyntaxWarning: "${op}" with a literal. Did you mean ${hint}?\n  ${text}\n`);
    }
  });
}

function compileCompare(ctx: Ctx, e: A.Compare): Load {
  warnIsLiteral(ctx, e);
  const left = compileExpr(ctx, e.left);
  const rights = e.comparators.map((c) => compileExpr(ctx, c));
  const ops = e.ops;
  if (ops.length === 1) {
    const r = rights[0];
    const op = ops[0];
    switch (op) {
      case "<":
        return (f) => {
          const a = left(f), b = r(f);
          return typeof a === "number" && typeof b === "number" ? a < b : compareOp(op, a, b);
        };
      case "==":
        return (f) => {
          const a = left(f), b = r(f);
          return typeof a === "number" && typeof b === "number" ? a === b : compareOp(op, a, b);
        };
      case "<=":
        return (f) => {
          const a = left(f), b = r(f);
          return typeof a === "number" && typeof b === "number" ? a <= b : compareOp(op, a, b);
        };
      case ">":
        return (f) => {
          const a = left(f), b = r(f);
          return typeof a === "number" && typeof b === "number" ? a > b : compareOp(op, a, b);
        };
      case ">=":
        return (f) => {
          const a = left(f), b = r(f);
          return typeof a === "number" && typeof b === "number" ? a >= b : compareOp(op, a, b);
        };
      case "!=":
        return (f) => {
          const a = left(f), b = r(f);
          return typeof a === "number" && typeof b === "number" ? a !== b : compareOp(op, a, b);
        };
      case "is":
        return (f) => left(f) === r(f);
      case "is not":
        return (f) => left(f) !== r(f);
      default:
        return (f) => {
          const a = left(f);
          return compareOp(op, a, r(f));
        };
    }
  }
  return (f) => {
    let a = left(f);
    let res: PyValue = true;
    for (let i = 0; i < ops.length; i++) {
      const b = rights[i](f);
      res = compareOp(ops[i], a, b);
      if (!truthy(res)) return res;
      a = b;
    }
    return res;
  };
}

/** Shape of a call's argument list: which positions are *spread, which keywords are **spread. */
export interface CallShape {
  readonly starred: readonly boolean[];
  readonly kwNames: readonly (string | null)[];
  readonly simple: boolean;
}

export function callShape(e: A.Call): CallShape {
  const starred = e.args.map((a) => a.kind === "Starred");
  const kwNames = e.keywords.map((k) => k.arg);
  return { starred, kwNames, simple: !starred.includes(true) && kwNames.length === 0 };
}

/** Builds positional and keyword arguments from evaluated values (from index `at`). */
export function buildArgs(shape: CallShape, vals: PyValue[], at: number, callee?: PyValue): [PyValue[], KwArgs | null] {
  const args: PyValue[] = [];
  const n = shape.starred.length;
  for (let i = 0; i < n; i++) {
    const v = vals[at + i];
    if (shape.starred[i]) for (const x of toArray(v)) args.push(x);
    else args.push(v);
  }
  let kw: KwArgs | null = null;
  for (let j = 0; j < shape.kwNames.length; j++) {
    const v = vals[at + n + j];
    const name = shape.kwNames[j];
    kw ??= new Map();
    if (name !== null) {
      if (kw.has(name)) throw pyErr(TypeError, `keyword argument repeated: ${name}`);
      kw.set(name, v);
    } else mergeKwargs(kw, v, callee);
  }
  return [args, kw];
}

/** How CPython names a callee in argument errors (_PyObject_FunctionStr). */
function calleeName(f: PyValue | undefined): string {
  if (f instanceof PyFunction) return `${f.module !== "builtins" && typeof f.module === "string" ? f.module + "." : ""}${f.qualname}()`;
  if (f instanceof PyBuiltinFunction) return `${f.name}()`;
  if (f instanceof PyClass) return `${f.qualname}()`;
  return "function";
}

function mergeKwargs(kw: KwArgs, m: PyValue, callee?: PyValue): void {
  if (m instanceof PyDict) {
    for (const [k, v] of m.table.entries()) {
      if (typeof k !== "string") throw pyErr(TypeError, "keywords must be strings");
      if (kw.has(k)) throw pyErr(TypeError, `${calleeName(callee)} got multiple values for keyword argument '${k}'`);
      kw.set(k, v);
    }
    return;
  }
  const keys = toArray(callMethod(m, "keys", []));
  for (const k of keys) {
    if (typeof k !== "string") throw pyErr(TypeError, "keywords must be strings");
    kw.set(k, getItem(m, k));
  }
}

/** Parts of a call: method calls keep the receiver as part 0 and call by name. */
export function callParts(e: A.Call): Parts {
  const shape = callShape(e);
  const argExprs = [...e.args.map((a) => (a.kind === "Starred" ? a.value : a)), ...e.keywords.map((k) => k.value)];
  const line = e.line;
  if (e.func.kind === "Attribute") {
    const name = e.func.attr;
    return {
      parts: [e.func.value, ...argExprs],
      combine: (vals, f) => {
        const [args, kw] = buildArgs(shape, vals, 1);
        f.line = line;
        return callMethod(vals[0], name, args, kw);
      },
    };
  }
  return {
    parts: [e.func, ...argExprs],
    combine: (vals, f) => {
      const [args, kw] = buildArgs(shape, vals, 1, vals[0]);
      f.line = line;
      return call(vals[0], args, kw);
    },
  };
}

function compileCall(ctx: Ctx, e: A.Call): Load {
  const shape = callShape(e);
  const line = e.line;
  const zeroSuper = compileZeroArgSuper(ctx, e);
  if (zeroSuper) return zeroSuper;
  const introspect = compileLocalsCall(ctx, e);
  if (introspect) return introspect;
  const evalCall = compileEvalCall(ctx, e);
  if (evalCall) return evalCall;
  if (!shape.simple) return fromParts(ctx, callParts(e));
  const args = e.args.map((a) => compileExpr(ctx, a));
  if (e.func.kind === "Attribute") {
    const obj = compileExpr(ctx, e.func.value);
    const name = e.func.attr;
    const site = new MethodSite(name);
    switch (args.length) {
      case 0:
        return (f) => {
          const o = obj(f);
          f.line = line;
          return site.call1(o);
        };
      case 1: {
        const a0 = args[0];
        return (f) => {
          const o = obj(f);
          const x = a0(f);
          f.line = line;
          return site.call2(o, x);
        };
      }
      case 2: {
        const a0 = args[0], a1 = args[1];
        return (f) => {
          const o = obj(f);
          const x = a0(f);
          const y = a1(f);
          f.line = line;
          return site.call3(o, x, y);
        };
      }
      default:
        return (f) => {
          const o = obj(f);
          const vals = new Array<PyValue>(args.length + 1);
          vals[0] = o;
          for (let i = 0; i < args.length; i++) vals[i + 1] = args[i](f);
          f.line = line;
          return site.call(o, vals);
        };
    }
  }
  const fn = compileExpr(ctx, e.func);
  switch (args.length) {
    case 0:
      return (f) => {
        const c = fn(f);
        f.line = line;
        return c instanceof PyFunction ? c.code.call0(c) : call(c, []);
      };
    case 1: {
      const a0 = args[0];
      const len = builtinAt(ctx, e.func, "len");
      if (len !== undefined) {
        // len(x) while the name still means the builtin: no argument array.
        return (f) => {
          const c = fn(f);
          const x = a0(f);
          f.line = line;
          return c === len ? pyLen(x) : c instanceof PyFunction ? c.code.call1(c, x) : call(c, [x]);
        };
      }
      return (f) => {
        const c = fn(f);
        const x = a0(f);
        f.line = line;
        return c instanceof PyFunction ? c.code.call1(c, x) : call(c, [x]);
      };
    }
    case 2: {
      const a0 = args[0], a1 = args[1];
      return (f) => {
        const c = fn(f);
        const x = a0(f);
        const y = a1(f);
        f.line = line;
        return c instanceof PyFunction ? c.code.call2(c, x, y) : call(c, [x, y]);
      };
    }
    default:
      return (f) => {
        const c = fn(f);
        const vals = new Array<PyValue>(args.length);
        for (let i = 0; i < args.length; i++) vals[i] = args[i](f);
        f.line = line;
        return call(c, vals);
      };
  }
}

/** The interpreter's builtin `name` when `func` is that name looked up as a global, else undefined. */
export function builtinAt(ctx: Ctx, func: A.Expr, name: string): PyValue | undefined {
  if (func.kind !== "Name" || func.id !== name) return undefined;
  const kind = ctx.scope.resolve(name).kind;
  if (kind !== "global" && !(kind === "name" && ctx.scope.kind === "module")) return undefined;
  return ctx.mod.builtins.get(name);
}

/**
 * `super()` without arguments: the class comes from the function's implicit
 * __class__ cell, the object from its first parameter (CPython does the same
 * at run time through the frame).
 */
function compileZeroArgSuper(ctx: Ctx, e: A.Call): Load | null {
  if (e.func.kind !== "Name" || e.func.id !== "super" || e.args.length > 0 || e.keywords.length > 0) return null;
  const scope = ctx.scope;
  if (scope.resolve("super").kind !== "global") return null;
  const cellIdx = scope.frees.indexOf("__class__");
  if (cellIdx < 0 || scope.params.length === 0) {
    return () => {
      throw pyErr(RuntimeError, "super(): no arguments");
    };
  }
  const first = scope.resolve(scope.params[0]);
  return (f) => {
    const cls = f.closure![cellIdx].v;
    if (!(cls instanceof PyClass)) throw pyErr(RuntimeError, "super(): __class__ cell not found");
    const slotVal = first.kind === "local" || first.kind === "cell" ? f.locals[first.slot] : undefined;
    const self = slotVal instanceof Cell ? slotVal.v : slotVal;
    if (self === undefined) throw pyErr(RuntimeError, "super(): arg[0] deleted");
    return new PySuper(cls, self);
  };
}

/**
 * `locals()`, `vars()` and `dir()` without arguments read the caller's
 * scope, which only the compiler knows (locals live in slots).
 */
function compileLocalsCall(ctx: Ctx, e: A.Call): Load | null {
  if (e.func.kind !== "Name" || e.args.length > 0 || e.keywords.length > 0) return null;
  const which = e.func.id;
  if (which !== "locals" && which !== "vars" && which !== "dir") return null;
  const scope = ctx.scope;
  if (scope.resolve(which).kind !== "global" && scope.kind !== "module" && scope.kind !== "class") return null;
  const globals = ctx.mod.globals;
  let snapshot: (f: Frame) => PyDict;
  if (scope.kind === "module") snapshot = () => dictOfNamespace(globals) ?? newDict(globals.entries());
  else if (scope.kind === "class") snapshot = (f) => newDict(nsOf(f).entries());
  else {
    const slots = [...scope.slots.entries()];
    const frees = scope.frees.filter((n) => n !== "__class__");
    snapshot = (f) => {
      const d = newDict();
      for (const [name, slot] of slots) {
        const raw = f.locals[slot];
        const v = raw instanceof Cell ? raw.v : raw;
        if (v !== undefined) d.set(name, v as PyValue);
      }
      for (const name of frees) {
        const v = f.closure![scope.frees.indexOf(name)].v;
        if (v !== undefined) d.set(name, v);
      }
      return d;
    };
  }
  if (which === "dir") return (f) => newList(snapshot(f).table.keyList().map(String).sort());
  return snapshot;
}

/** `eval(s)` / `exec(s)` without namespaces use the caller's globals and locals. */
function compileEvalCall(ctx: Ctx, e: A.Call): Load | null {
  if (e.func.kind !== "Name" || (e.func.id !== "eval" && e.func.id !== "exec") || e.args.length !== 1 || e.keywords.length > 0) return null;
  if (e.args[0].kind === "Starred" || ctx.scope.resolve(e.func.id).kind !== "global" && ctx.scope.kind !== "module") return null;
  const fn = compileLoad(ctx, e.func.id);
  const src = compileExpr(ctx, e.args[0]);
  const globalsDict = () => dictOfNamespace(ctx.mod.globals) ?? newDict(ctx.mod.globals.entries());
  const locals = ctx.scope.kind === "module" ? null : compileLocalsCall(ctx, { ...e, func: { ...e.func, id: "locals" }, args: [] } as A.Call);
  const line = e.line;
  return (f) => {
    const callee = fn(f);
    const s = src(f);
    f.line = line;
    return call(callee, locals ? [s, globalsDict(), locals(f)] : [s, globalsDict()]);
  };
}

function spreadElements(starred: readonly boolean[], vals: PyValue[]): PyValue[] {
  if (!starred.includes(true)) return vals;
  const out: PyValue[] = [];
  vals.forEach((v, i) => {
    if (starred[i]) for (const x of toArray(v)) out.push(x);
    else out.push(v);
  });
  return out;
}

/** Parts + combine of every compound kind that has no special control flow. */
export function partsOf(ctx: Ctx, e: A.Expr): Parts {
  switch (e.kind) {
    case "BinOp": {
      const op = e.op;
      return { parts: [e.left, e.right], combine: (v) => binaryOp(op, v[0], v[1]) };
    }
    case "UnaryOp": {
      const op = e.op;
      return { parts: [e.operand], combine: (v) => unaryOp(op, v[0]) };
    }
    case "Attribute": {
      const name = e.attr;
      return { parts: [e.value], combine: (v) => getAttr(v[0], name) };
    }
    case "Subscript":
      return { parts: [e.value, e.slice], combine: (v) => getItem(v[0], v[1]) };
    case "Slice": {
      const has = [e.lower !== null, e.upper !== null, e.step !== null];
      const parts = [e.lower, e.upper, e.step].filter((x): x is A.Expr => x !== null);
      return {
        parts,
        combine: (v) => {
          let i = 0;
          const get = (present: boolean) => (present ? v[i++] : None);
          const lo = get(has[0]), hi = get(has[1]), st = get(has[2]);
          return new PySlice(lo, hi, st);
        },
      };
    }
    case "List":
    case "Tuple":
    case "Set": {
      const starred = e.elts.map((x) => x.kind === "Starred");
      const parts = e.elts.map((x) => (x.kind === "Starred" ? x.value : x));
      const make = e.kind === "List" ? newList : e.kind === "Tuple" ? newTuple : (items: PyValue[]) => newSet(items);
      return { parts, combine: (v) => make(spreadElements(starred, v)) };
    }
    case "Dict": {
      const parts: A.Expr[] = [];
      const isSpread: boolean[] = [];
      e.keys.forEach((k, i) => {
        if (k === null) {
          parts.push(e.values[i]);
          isSpread.push(true);
        } else {
          parts.push(k, e.values[i]);
          isSpread.push(false);
        }
      });
      return {
        parts,
        combine: (v) => {
          const d = newDict();
          let j = 0;
          for (const spread of isSpread) {
            if (spread) {
              const m = v[j++];
              if (m instanceof PyDict) d.table.copyFrom(m.table);
              else {
                const keys = toArray(callMethod(m, "keys", []));
                for (const k of keys) d.set(k, getItem(m, k));
              }
            } else {
              d.set(v[j], v[j + 1]);
              j += 2;
            }
          }
          return d;
        },
      };
    }
    case "JoinedStr":
      return { parts: e.values, combine: (v) => joinStrings(v) };
    case "FormattedValue": {
      const conv = e.conversion;
      const parts = e.formatSpec ? [e.value, e.formatSpec] : [e.value];
      return { parts, combine: (v) => formatValue(v[0], conv, v.length > 1 ? (v[1] as string) : "") };
    }
    case "NamedExpr": {
      const store = compileStore(ctx, e.target.id);
      return {
        parts: [e.value],
        combine: (v, f) => {
          store(f, v[0]);
          return v[0];
        },
      };
    }
    case "Call":
      return callParts(e);
    case "Starred":
      throw pyErr(SyntaxError, "can't use starred expression here");
    case "Compare": {
      const ops = e.ops;
      return {
        parts: [e.left, ...e.comparators],
        combine: (v) => {
          // Only reached for non-short-circuit evaluation; see compile-expr-gen.
          let res: PyValue = true;
          for (let i = 0; i < ops.length; i++) {
            res = compareOp(ops[i], v[i], v[i + 1]);
            if (!truthy(res)) return res;
          }
          return res;
        },
      };
    }
    default:
      throw new Error(`internal: no parts for ${e.kind}`);
  }
}

export function typeErrorNotIterable(v: PyValue) {
  return pyErr(TypeError, `'${typeName(v)}' object is not iterable`);
}
