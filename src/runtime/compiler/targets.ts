// Assignment and deletion targets: names, attributes, subscripts and
// (starred) unpacking, compiled once to `(frame, value) => void`.

import * as A from "../../parser/ast.js";
import { PyValue, PyList, PyTuple } from "../object.js";
import { delAttr } from "../attrs.js";
import { setItem, delItem } from "../subscript.js";
import { iterate, DONE } from "../iter.js";
import { newList } from "../containers.js";
import { pyErr, ValueError, SyntaxError } from "../exceptions.js";
import { Frame } from "./frame.js";
import { Ctx, Store, compileStore, compileDelete, compileLoad } from "./context.js";
import { dropped } from "../dropped.js";
import { compileExpr } from "./compile-expr.js";
import { AttrSite } from "./attr-cache.js";

export function compileTarget(ctx: Ctx, t: A.Expr): Store {
  switch (t.kind) {
    case "Name":
      return compileStore(ctx, t.id);
    case "Attribute": {
      const obj = compileExpr(ctx, t.value);
      const name = t.attr;
      const site = new AttrSite(name);
      return (f, v) => site.store(obj(f), v);
    }
    case "Subscript": {
      const obj = compileExpr(ctx, t.value);
      const key = compileExpr(ctx, t.slice);
      return (f, v) => {
        const o = obj(f);
        setItem(o, key(f), v);
      };
    }
    case "Tuple":
    case "List":
      return compileUnpack(ctx, t.elts);
    case "Starred":
      throw pyErr(SyntaxError, "starred assignment target must be in a list or tuple");
    default:
      throw pyErr(SyntaxError, "cannot assign to expression");
  }
}

function compileUnpack(ctx: Ctx, elts: readonly A.Expr[]): Store {
  const starAt = elts.findIndex((e) => e.kind === "Starred");
  const stores = elts.map((e) => compileTarget(ctx, e.kind === "Starred" ? e.value : e));
  const n = elts.length;
  if (starAt < 0) {
    return (f, v) => {
      const items = unpackExactly(v, n);
      for (let i = 0; i < n; i++) stores[i](f, items[i]);
    };
  }
  const after = n - starAt - 1;
  return (f, v) => {
    const items = allItems(v);
    if (items.length < n - 1) {
      throw pyErr(ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
    }
    for (let i = 0; i < starAt; i++) stores[i](f, items[i]);
    stores[starAt](f, newList(items.slice(starAt, items.length - after)));
    for (let j = 0; j < after; j++) stores[starAt + 1 + j](f, items[items.length - after + j]);
  };
}

function allItems(v: PyValue): PyValue[] {
  if ((v instanceof PyTuple || v instanceof PyList) && !v.cls.isUserClass) return v.items;
  const out: PyValue[] = [];
  const it = iterate(v);
  for (let x = it.next(); x !== DONE; x = it.next()) out.push(x);
  return out;
}

/** Unpacks exactly n values, with CPython's messages for too few / too many. */
export function unpackExactly(v: PyValue, n: number): PyValue[] {
  if ((v instanceof PyTuple || v instanceof PyList) && !v.cls.isUserClass) {
    const items = v.items;
    if (items.length === n) return items;
    if (items.length < n) throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
  }
  const it = iterate(v);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const x = it.next();
    if (x === DONE) throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
    out.push(x);
  }
  if (it.next() !== DONE) throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
  return out;
}

export function compileDelTarget(ctx: Ctx, t: A.Expr): (f: Frame) => void {
  switch (t.kind) {
    case "Name": {
      const load = compileLoad(ctx, t.id);
      const del = compileDelete(ctx, t.id);
      const line = t.line;
      return (f) => {
        let old: PyValue | undefined;
        try {
          old = load(f);
        } catch {
          old = undefined;
        }
        del(f);
        if (typeof old === "object") dropped(old, f, line);
      };
    }
    case "Attribute": {
      const obj = compileExpr(ctx, t.value);
      const name = t.attr;
      return (f) => delAttr(obj(f), name);
    }
    case "Subscript": {
      const obj = compileExpr(ctx, t.value);
      const key = compileExpr(ctx, t.slice);
      return (f) => {
        const o = obj(f);
        delItem(o, key(f));
      };
    }
    case "Tuple":
    case "List": {
      const parts = t.elts.map((e) => compileDelTarget(ctx, e));
      return (f) => {
        for (const p of parts) p(f);
      };
    }
    default:
      throw pyErr(SyntaxError, "cannot delete expression");
  }
}
