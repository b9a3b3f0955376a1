// operator: the functional forms of Python's operators, and itemgetter,
// attrgetter, methodcaller.

import { PyObject, PyValue, KwArgs, PyList, PyTuple } from "../object.js";
import { listType, PyModule, None, makeBuiltinType, objectType, defMethod, typeOf, builtinFunction, NotImplemented } from "../types.js";
import { pyErr, TypeError, ValueError, OverflowError } from "../exceptions.js";
import { binaryOp, inplaceOp, unaryOp, richCompare, truthy, contains, pyEq, isSame, indexOrNull, isIntLike } from "../ops.js";
import { getItem, setItem, delItem } from "../subscript.js";
import { getAttr } from "../attrs.js";
import { call, callBound } from "../call.js";
import { iterate, DONE } from "../iter.js";
import { nativeRepr, repr } from "../repr.js";
import { callMethod } from "../methods.js";
import { newTuple } from "../containers.js";
import { pyLen } from "../builtins/functions.js";
import { typeName } from "../typename.js";
import { inModule } from "./util.js";
import type { BinOpKind, CmpOpKind } from "../../parser/ast.js";
import type { Interpreter } from "../interpreter.js";

type Fn = (args: PyValue[], kw: KwArgs | null) => PyValue;

function fixed(name: string, n: number, f: (...a: PyValue[]) => PyValue): Fn {
  return (args, kw) => {
    if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
    if (args.length !== n) {
      if (n === 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
      throw pyErr(TypeError, `${name} expected ${n} arguments, got ${args.length}`);
    }
    return f(...args);
  };
}

function hasSequenceProtocol(v: PyValue): boolean {
  if (typeof v === "string" || v instanceof PyList || v instanceof PyTuple) return true;
  return typeOf(v).lookup("__getitem__") !== undefined && !(typeOf(v).lookup("keys") !== undefined);
}

const BINOPS: [string, BinOpKind][] = [
  ["add", "+"], ["sub", "-"], ["mul", "*"], ["matmul", "@"], ["truediv", "/"], ["floordiv", "//"], ["mod", "%"],
  ["pow", "**"], ["lshift", "<<"], ["rshift", ">>"], ["and_", "&"], ["or_", "|"], ["xor", "^"],
];
const CMPOPS: [string, CmpOpKind][] = [["lt", "<"], ["le", "<="], ["eq", "=="], ["ne", "!="], ["ge", ">="], ["gt", ">"]];

// ----------------------------------------------------------------- itemgetter & co

export const itemgetterType = inModule(makeBuiltinType("itemgetter", [objectType]), "operator");
export const attrgetterType = inModule(makeBuiltinType("attrgetter", [objectType]), "operator");
export const methodcallerType = inModule(makeBuiltinType("methodcaller", [objectType]), "operator");

class ItemGetter extends PyObject {
  constructor(readonly items: PyValue[]) {
    super(itemgetterType);
  }
}
class AttrGetter extends PyObject {
  constructor(readonly attrs: string[][], readonly names: string[]) {
    super(attrgetterType);
  }
}
class MethodCaller extends PyObject {
  constructor(readonly name: string, readonly args: PyValue[], readonly kw: KwArgs | null) {
    super(methodcallerType);
  }
}

itemgetterType.nativeNew = (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, "itemgetter() takes no keyword arguments");
  if (args.length === 0) throw pyErr(TypeError, "itemgetter expected 1 argument, got 0");
  return new ItemGetter(args);
};
defMethod(itemgetterType, "__call__", (a, kw) => {
  const g = a[0] as ItemGetter;
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, "itemgetter() takes no keyword arguments");
  if (a.length !== 2) throw pyErr(TypeError, `itemgetter expected 1 argument, got ${a.length - 1}`);
  const obj = a[1];
  if (g.items.length === 1) return getItem(obj, g.items[0]);
  return newTuple(g.items.map((k) => getItem(obj, k)));
});
nativeRepr.set(itemgetterType, (v) => `operator.itemgetter(${(v as ItemGetter).items.map(repr).join(", ")})`);

attrgetterType.nativeNew = (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, "attrgetter() takes no keyword arguments");
  if (args.length === 0) throw pyErr(TypeError, "attrgetter expected 1 argument, got 0");
  for (const a of args) if (typeof a !== "string") throw pyErr(TypeError, "attribute name must be a string");
  return new AttrGetter(args.map((s) => (s as string).split(".")), args as string[]);
};
function resolveAttr(obj: PyValue, path: string[]): PyValue {
  let v = obj;
  for (const p of path) v = getAttr(v, p);
  return v;
}
defMethod(attrgetterType, "__call__", (a, kw) => {
  const g = a[0] as AttrGetter;
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, "attrgetter() takes no keyword arguments");
  if (a.length !== 2) throw pyErr(TypeError, `attrgetter expected 1 argument, got ${a.length - 1}`);
  if (g.attrs.length === 1) return resolveAttr(a[1], g.attrs[0]);
  return newTuple(g.attrs.map((p) => resolveAttr(a[1], p)));
});
nativeRepr.set(attrgetterType, (v) => `operator.attrgetter(${(v as AttrGetter).names.map(repr).join(", ")})`);

methodcallerType.nativeNew = (_cls, args, kw) => {
  if (args.length === 0) throw pyErr(TypeError, "methodcaller needs at least one argument, the method name");
  if (typeof args[0] !== "string") throw pyErr(TypeError, "method name must be a string");
  return new MethodCaller(args[0], args.slice(1), kw && kw.size > 0 ? new Map(kw) : null);
};
defMethod(methodcallerType, "__call__", (a, kw) => {
  const m = a[0] as MethodCaller;
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, "methodcaller() takes no keyword arguments");
  if (a.length !== 2) throw pyErr(TypeError, `methodcaller expected 1 argument, got ${a.length - 1}`);
  return callMethod(a[1], m.name, m.args, m.kw);
});
nativeRepr.set(methodcallerType, (v) => {
  const m = v as MethodCaller;
  const parts = [repr(m.name), ...m.args.map(repr)];
  if (m.kw) for (const [k, x] of m.kw) parts.push(`${k}=${repr(x)}`);
  return `operator.methodcaller(${parts.join(", ")})`;
});
for (const t of [itemgetterType, attrgetterType, methodcallerType]) {
  defMethod(t, "__reduce__", (a) => {
    const v = a[0];
    if (v instanceof ItemGetter) return newTuple([itemgetterType, newTuple(v.items)]);
    if (v instanceof AttrGetter) return newTuple([attrgetterType, newTuple(v.names)]);
    return None;
  });
}

// ----------------------------------------------------------------- functions

function lengthHint(args: PyValue[]): PyValue {
  if (args.length < 1 || args.length > 2) throw pyErr(TypeError, `length_hint expected at most 2 arguments, got ${args.length}`);
  const [obj, dflt = 0] = args;
  if (!isIntLike(dflt)) throw pyErr(TypeError, `'${typeName(dflt)}' object cannot be interpreted as an integer`);
  try {
    return pyLen(obj);
  } catch (e) {
    if (!(e instanceof PyObject && (e.cls.name === "TypeError"))) throw e;
  }
  const hint = typeOf(obj).lookup("__length_hint__");
  if (hint === undefined) return dflt;
  const r = callBound(hint, obj, []);
  if (r === NotImplemented) return dflt;
  if (!isIntLike(r)) throw pyErr(TypeError, `__length_hint__ must be an integer, not ${typeName(r)}`);
  if (Number(r) < 0) throw pyErr(ValueError, "__length_hint__() should return >= 0");
  return r;
}

function countOf(a: PyValue, b: PyValue): PyValue {
  let n = 0;
  const it = iterate(a);
  for (let x = it.next(); x !== DONE; x = it.next()) if (x === b || pyEq(x, b)) n++;
  return n;
}

function indexOf(a: PyValue, b: PyValue): PyValue {
  let i = 0;
  const it = iterate(a);
  for (let x = it.next(); x !== DONE; x = it.next(), i++) if (x === b || pyEq(x, b)) return i;
  throw pyErr(ValueError, "sequence.index(x): x not in sequence");
}

function opIndex(a: PyValue): PyValue {
  const r = indexOrNull(a);
  if (r === null) throw pyErr(TypeError, `'${typeName(a)}' object cannot be interpreted as an integer`);
  return r;
}

export function createOperatorModule(_interp: Interpreter): PyModule {
  const m = new PyModule("operator");
  const d = m.dict!;
  const add = (name: string, fn: Fn, dunder = true) => {
    const f = builtinFunction(name, fn);
    d.set(name, f);
    if (dunder) {
      const base = name.endsWith("_") ? name.slice(0, -1) : name;
      d.set(`__${base}__`, builtinFunction(`__${base}__`, fn));
    }
  };
  for (const [name, op] of BINOPS) {
    add(name, fixed(name, 2, (a, b) => binaryOp(op, a, b)));
    add("i" + name.replace(/_$/, ""), fixed("i" + name.replace(/_$/, ""), 2, (a, b) => inplaceOp(op, a, b)));
  }
  for (const [name, op] of CMPOPS) add(name, fixed(name, 2, (a, b) => richCompare(a, b, op)));
  add("neg", fixed("neg", 1, (a) => unaryOp("-", a)));
  add("pos", fixed("pos", 1, (a) => unaryOp("+", a)));
  add("invert", fixed("invert", 1, (a) => unaryOp("~", a)));
  add("inv", fixed("inv", 1, (a) => unaryOp("~", a)));
  add("abs", fixed("abs", 1, (a) => call((_interp.importModule("builtins").dict!.get("abs"))!, [a])));
  add("not_", fixed("not_", 1, (a) => !truthy(a)));
  add("truth", fixed("truth", 1, (a) => truthy(a)), false);
  add("is_", fixed("is_", 2, (a, b) => isSame(a, b)), false);
  add("is_not", fixed("is_not", 2, (a, b) => !isSame(a, b)), false);
  add("contains", fixed("contains", 2, (a, b) => contains(a, b)));
  add("getitem", fixed("getitem", 2, (a, b) => getItem(a, b)));
  add("setitem", fixed("setitem", 3, (a, b, c) => (setItem(a, b, c), None)));
  add("delitem", fixed("delitem", 2, (a, b) => (delItem(a, b), None)));
  add("index", fixed("index", 1, opIndex));
  add("countOf", fixed("countOf", 2, countOf), false);
  add("indexOf", fixed("indexOf", 2, indexOf), false);
  const concat = (name: string, inplace: boolean) =>
    fixed(name, 2, (a, b) => {
      if (!hasSequenceProtocol(a)) throw pyErr(TypeError, `'${typeName(a)}' object can't be concatenated`);
      return inplace ? inplaceOp("+", a, b) : binaryOp("+", a, b);
    });
  add("concat", concat("concat", false));
  add("iconcat", concat("iconcat", true));
  add("length_hint", (a, kw) => {
    if (kw !== null && kw.size > 0) throw pyErr(TypeError, "length_hint() takes no keyword arguments");
    return lengthHint(a);
  }, false);
  add("call", (a, kw) => {
    if (a.length < 1) throw pyErr(TypeError, "call() missing 1 required positional argument: 'obj'");
    return call(a[0], a.slice(1), kw);
  });
  d.set("itemgetter", itemgetterType);
  d.set("attrgetter", attrgetterType);
  d.set("methodcaller", methodcallerType);
  d.set("__all__", new PyList(listType, [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt",
    "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow",
    "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul",
    "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor",
  ]));
  void OverflowError;
  return m;
}
