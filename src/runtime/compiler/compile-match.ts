// `match` statements (PEP 634): each pattern compiles to a matcher
// `(frame, subject) => boolean` that binds its capture names on success.

import * as A from "../../parser/ast.js";
import { PyClass, PyList, PyTuple, PyValue } from "../object.js";
import { None, typeOf, PyRange, intType, floatType, strType, boolType, bytesType, listType, tupleType, dictType, setType, frozensetType, isInstance } from "../types.js";
import { pyEq, truthy } from "../ops.js";
import { getAttrOrUndefined } from "../attrs.js";
import { callMethod } from "../methods.js";
import { PyDict, newList, newDict } from "../containers.js";
import { toArray } from "../iter.js";
import { pyErr, TypeError } from "../exceptions.js";
import { Frame, Completion, NORMAL } from "./frame.js";
import { Ctx, compileStore } from "./context.js";
import { compileExpr } from "./compile-expr.js";
import { typeName } from "../typename.js";

type Matcher = (f: Frame, v: PyValue) => boolean;
type Exec = (f: Frame) => Completion;

export function compileMatch(ctx: Ctx, s: A.Match, compileBlock: (ctx: Ctx, b: readonly A.Stmt[]) => Exec): Exec {
  const subject = compileExpr(ctx, s.subject);
  const cases = s.cases.map((c) => ({
    match: compilePattern(ctx, c.pattern),
    guard: c.guard ? compileExpr(ctx, c.guard) : null,
    body: compileBlock(ctx, c.body),
  }));
  const line = s.line;
  return (f) => {
    f.line = line;
    const v = subject(f);
    for (const c of cases) {
      if (c.match(f, v) && (c.guard === null || truthy(c.guard(f)))) return c.body(f);
    }
    return NORMAL;
  };
}

const SELF_MATCHING = new Set<PyClass>([boolType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType]);

function isSequence(v: PyValue): boolean {
  if (typeof v === "string") return false;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  const t = typeOf(v);
  if (!t.isUserClass) return seqTypes.has(t.name);
  return t.lookup("__getitem__") !== undefined && t.lookup("__len__") !== undefined && t.lookup("keys") === undefined;
}
const seqTypes = new Set(["deque", "memoryview", "array"]);

function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  const t = typeOf(v);
  return t.isUserClass && t.lookup("keys") !== undefined && t.lookup("__getitem__") !== undefined;
}

export function compilePattern(ctx: Ctx, p: A.Pattern): Matcher {
  switch (p.kind) {
    case "MatchValue": {
      const val = compileExpr(ctx, p.value);
      return (f, v) => pyEq(v, val(f));
    }
    case "MatchSingleton": {
      const target: PyValue = p.value === null ? None : p.value;
      return (_f, v) => v === target;
    }
    case "MatchAs": {
      const inner = p.pattern ? compilePattern(ctx, p.pattern) : null;
      const store = p.name ? compileStore(ctx, p.name) : null;
      return (f, v) => {
        if (inner && !inner(f, v)) return false;
        if (store) store(f, v);
        return true;
      };
    }
    case "MatchOr": {
      const alts = p.patterns.map((q) => compilePattern(ctx, q));
      return (f, v) => alts.some((m) => m(f, v));
    }
    case "MatchSequence": {
      const star = p.patterns.findIndex((q) => q.kind === "MatchStar");
      const subs = p.patterns.map((q) => (q.kind === "MatchStar" ? null : compilePattern(ctx, q)));
      const starStore = star >= 0 && (p.patterns[star] as A.MatchStar).name ? compileStore(ctx, (p.patterns[star] as A.MatchStar).name!) : null;
      const n = p.patterns.length;
      return (f, v) => {
        if (!isSequence(v)) return false;
        const items = toArray(v);
        if (star < 0 ? items.length !== n : items.length < n - 1) return false;
        if (star < 0) {
          for (let i = 0; i < n; i++) if (!subs[i]!(f, items[i])) return false;
          return true;
        }
        const after = n - star - 1;
        for (let i = 0; i < star; i++) if (!subs[i]!(f, items[i])) return false;
        for (let j = 0; j < after; j++) if (!subs[star + 1 + j]!(f, items[items.length - after + j])) return false;
        if (starStore) starStore(f, newList(items.slice(star, items.length - after)));
        return true;
      };
    }
    case "MatchMapping": {
      const keys = p.keys.map((k) => compileExpr(ctx, k));
      const subs = p.patterns.map((q) => compilePattern(ctx, q));
      const rest = p.rest ? compileStore(ctx, p.rest) : null;
      return (f, v) => {
        if (!isMapping(v)) return false;
        const ks = keys.map((k) => k(f));
        for (let i = 0; i < ks.length; i++) {
          let item: PyValue | undefined;
          if (v instanceof PyDict) item = v.get(ks[i]);
          else {
            const marker = newList([]);
            const r = callMethod(v, "get", [ks[i], marker]);
            item = r === marker ? undefined : r;
          }
          if (item === undefined || !subs[i](f, item)) return false;
        }
        if (rest) {
          const d = newDict();
          for (const k of toArray(callMethod(v, "keys", []))) if (!ks.some((x) => pyEq(x, k))) d.set(k, callMethod(v, "__getitem__", [k]));
          rest(f, d);
        }
        return true;
      };
    }
    case "MatchClass": {
      const cls = compileExpr(ctx, p.cls);
      const pos = p.patterns.map((q) => compilePattern(ctx, q));
      const kwNames = p.kwdAttrs;
      const kws = p.kwdPatterns.map((q) => compilePattern(ctx, q));
      return (f, v) => {
        const c = cls(f);
        if (!(c instanceof PyClass)) throw pyErr(TypeError, "called match pattern must be a class");
        if (!isInstance(v, c)) return false;
        if (pos.length > 0) {
          if (SELF_MATCHING.has(c) && pos.length === 1) {
            if (!pos[0](f, v)) return false;
          } else {
            const ma = getAttrOrUndefined(c, "__match_args__");
            const names = ma === undefined ? [] : (toArray(ma) as string[]);
            if (pos.length > names.length) {
              throw pyErr(TypeError, `${c.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? "" : "s"} (${pos.length} given)`);
            }
            for (let i = 0; i < pos.length; i++) {
              const a = getAttrOrUndefined(v, names[i]);
              if (a === undefined || !pos[i](f, a)) return false;
            }
          }
        }
        for (let i = 0; i < kws.length; i++) {
          const a = getAttrOrUndefined(v, kwNames[i]);
          if (a === undefined || !kws[i](f, a)) return false;
        }
        return true;
      };
    }
    case "MatchStar":
      throw pyErr(TypeError, "star pattern outside a sequence pattern");
    default:
      return A.assertNever(p);
  }
}

export { typeName };
