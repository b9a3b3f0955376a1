// Comprehensions and generator expressions. As in CPython each runs in its
// own scope (a fresh frame), with the first iterable evaluated outside it.
// List/set/dict comprehensions run at once; a generator expression becomes a
// generator object; a comprehension containing `await` or `async for` is
// a generator closure the enclosing coroutine runs with yield*.

import * as A from "../../parser/ast.js";
import { Cell, PyValue } from "../object.js";
import { typeOf } from "../types.js";
import { truthy } from "../ops.js";
import { iterate, DONE } from "../iter.js";
import { callBound } from "../call.js";
import { newList, newSet, newDict } from "../containers.js";
import { PyBaseException, StopAsyncIteration, CodeInfo } from "../exceptions.js";
import { PyGenerator, PyAsyncGenerator, AsyncGenYield, awaitIterator, JsGen } from "../generators.js";
import { Frame, addTraceback } from "./frame.js";
import { Ctx, Load } from "./context.js";
import { compileExpr } from "./compile-expr.js";
import { compileExprGen, GenLoad } from "./compile-expr-gen.js";
import { compileTarget } from "./targets.js";
import { compileClosure } from "./compile-def.js";
import { asyncIterOf } from "./compile-stmt-gen.js";

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

interface Level {
  readonly iter: GenLoad | null; // null for the first level (its iterator comes from outside)
  readonly isAsync: boolean;
  readonly store: (f: Frame, v: PyValue) => void;
  readonly ifs: readonly GenLoad[];
}

interface SyncLevel {
  readonly iter: Load | null;
  readonly store: (f: Frame, v: PyValue) => void;
  readonly ifs: readonly Load[];
}

export function compileComprehension(ctx: Ctx, e: Comp, asGen = false): Load | GenLoad {
  const scope = ctx.mod.scopes.get(e)!;
  const name = scope.name;
  const info: CodeInfo = { name, qualname: ctx.qualPrefix + name, filename: ctx.mod.filename, firstLine: e.line, source: ctx.mod.source };
  const inner: Ctx = { mod: ctx.mod, scope, code: info, qualPrefix: ctx.qualPrefix, inAsync: scope.isAsync };
  const closure = compileClosure(ctx, scope);
  const cellSlots = [...scope.cells].map((n) => scope.slots.get(n)!).filter((s) => s !== undefined);
  const nslots = scope.nslots;
  const globals = ctx.mod.globals;
  const newFrame = (f: Frame): Frame => {
    const cf = new Frame(info, nslots, closure ? closure(f) : null, globals);
    for (const s of cellSlots) cf.locals[s] = new Cell(undefined);
    return cf;
  };
  const isAsyncComp = scope.hasAwait;

  if (e.kind === "GeneratorExp") {
    // The first iterable is evaluated where the expression stands; `make`
    // builds the generator object over it.
    const withFirst = (make: (f: Frame, src: PyValue) => PyValue): Load | GenLoad => {
      if (asGen) {
        const first = compileExprGen(ctx, e.generators[0].iter);
        return function* (f: Frame) {
          return make(f, yield* first(f));
        } as GenLoad;
      }
      const first = compileExpr(ctx, e.generators[0].iter);
      return ((f: Frame) => make(f, first(f))) as Load;
    };
    if (!isAsyncComp && !e.generators.some((g) => g.isAsync)) {
      // The common generator expression (`all(w.cancelled() for w in waiters)`):
      // its levels, conditions and element are plain closures, so one JS
      // generator per level runs it instead of generators per element.
      const levels = syncLevels(inner, e.generators);
      const elt = compileExpr(inner, e.elt);
      return withFirst((f, src) => {
        const cf = newFrame(f);
        const source = iterate(src);
        function* body(): JsGen {
          try {
            yield* runSyncGenLevels(cf, levels, 0, source, elt);
          } catch (err) {
            throw addTraceback(err, cf);
          }
          return undefined as unknown as PyValue;
        }
        return new PyGenerator(body(), cf, name, info.qualname);
      });
    }
    const levels = genLevels(inner, e.generators);
    const elt = compileExprGen(inner, e.elt);
    return withFirst((f, src) => {
      const cf = newFrame(f);
      const source = e.generators[0].isAsync ? src : iterate(src);
      function* body(): JsGen {
        try {
          yield* runLevels(cf, levels, 0, source, function* () {
            const v = yield* elt(cf);
            yield isAsyncComp ? (new AsyncGenYield(v) as unknown as PyValue) : v;
          });
        } catch (err) {
          throw addTraceback(err, cf);
        }
        return undefined as unknown as PyValue;
      }
      return isAsyncComp ? new PyAsyncGenerator(body(), cf, name, info.qualname) : new PyGenerator(body(), cf, name, info.qualname);
    });
  }

  if (!asGen) {
    // Plain list/set/dict comprehension.
    const first = compileExpr(ctx, e.generators[0].iter);
    const levels = syncLevels(inner, e.generators);
    const emit = compileEmit(inner, e);
    return (f: Frame) => {
      const src = first(f);
      const cf = newFrame(f);
      const acc = emit.create();
      try {
        runSyncLevels(cf, levels, 0, iterate(src), () => emit.add(acc, cf));
      } catch (err) {
        throw addTraceback(err, cf);
      }
      return acc.result();
    };
  }

  // Comprehension that awaits: evaluated inside the enclosing coroutine.
  const first = compileExprGen(ctx, e.generators[0].iter);
  const levels = genLevels(inner, e.generators);
  const emit = compileEmitGen(inner, e);
  return function* (f: Frame) {
    const src = yield* first(f);
    const cf = newFrame(f);
    const acc = emit.create();
    try {
      yield* runLevels(cf, levels, 0, e.generators[0].isAsync ? src : iterate(src), function* () {
        yield* emit.add(acc, cf);
      });
    } catch (err) {
      throw addTraceback(err, cf);
    }
    return acc.result();
  } as GenLoad;
}

function genLevels(inner: Ctx, gens: readonly A.Comprehension[]): Level[] {
  return gens.map((g, i) => ({
    iter: i === 0 ? null : compileExprGen(inner, g.iter),
    isAsync: g.isAsync,
    store: compileTarget(inner, g.target),
    ifs: g.ifs.map((c) => compileExprGen(inner, c)),
  }));
}

function syncLevels(inner: Ctx, gens: readonly A.Comprehension[]): SyncLevel[] {
  return gens.map((g, i) => ({
    iter: i === 0 ? null : compileExpr(inner, g.iter),
    store: compileTarget(inner, g.target),
    ifs: g.ifs.map((c) => compileExpr(inner, c)),
  }));
}

/** The loop of a generator expression whose parts cannot suspend: yields each element. */
function* runSyncGenLevels(cf: Frame, levels: SyncLevel[], i: number, it: ReturnType<typeof iterate>, elt: Load): Generator<PyValue, void, PyValue> {
  const lv = levels[i];
  const last = i + 1 === levels.length;
  const ifs = lv.ifs;
  outer: for (let x = it.next(); x !== DONE; x = it.next()) {
    lv.store(cf, x);
    for (let j = 0; j < ifs.length; j++) if (!truthy(ifs[j](cf))) continue outer;
    if (last) yield elt(cf);
    else yield* runSyncGenLevels(cf, levels, i + 1, iterate(levels[i + 1].iter!(cf)), elt);
  }
}

function runSyncLevels(cf: Frame, levels: SyncLevel[], i: number, it: ReturnType<typeof iterate>, emit: () => void): void {
  const lv = levels[i];
  const last = i + 1 === levels.length;
  outer: for (let x = it.next(); x !== DONE; x = it.next()) {
    lv.store(cf, x);
    for (const c of lv.ifs) if (!truthy(c(cf))) continue outer;
    if (last) emit();
    else runSyncLevels(cf, levels, i + 1, iterate(levels[i + 1].iter!(cf)), emit);
  }
}

function* runLevels(cf: Frame, levels: Level[], i: number, src: unknown, emit: () => Generator<PyValue, unknown, PyValue>): Generator<PyValue, void, PyValue> {
  const lv = levels[i];
  const last = i + 1 === levels.length;
  const next = lv.isAsync ? asyncNext(src as PyValue) : null;
  const it = lv.isAsync ? null : (src as ReturnType<typeof iterate>);
  for (;;) {
    let x: PyValue;
    if (next) {
      const r = yield* next();
      if (r === DONE) return;
      x = r;
    } else {
      const r = it!.next();
      if (r === DONE) return;
      x = r;
    }
    lv.store(cf, x);
    let ok = true;
    for (const c of lv.ifs) {
      if (!truthy(yield* c(cf))) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (last) yield* emit();
    else {
      const nsrc = yield* levels[i + 1].iter!(cf);
      yield* runLevels(cf, levels, i + 1, levels[i + 1].isAsync ? nsrc : iterate(nsrc), emit);
    }
  }
}

function asyncNext(src: PyValue): () => Generator<PyValue, PyValue | typeof DONE, PyValue> {
  const ait = asyncIterOf(src);
  const anext = typeOf(ait).lookup("__anext__")!;
  return function* () {
    try {
      return yield* awaitIterator(callBound(anext, ait, []));
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubclassOf(StopAsyncIteration)) return DONE;
      throw e;
    }
  };
}

interface Acc {
  result(): PyValue;
}

function compileEmit(inner: Ctx, e: A.ListComp | A.SetComp | A.DictComp) {
  if (e.kind === "DictComp") {
    const k = compileExpr(inner, e.key), v = compileExpr(inner, e.value);
    return {
      create: () => {
        const d = newDict();
        return { d, result: () => d } as Acc & { d: ReturnType<typeof newDict> };
      },
      add: (acc: Acc, cf: Frame) => {
        const key = k(cf);
        (acc as Acc & { d: ReturnType<typeof newDict> }).d.set(key, v(cf));
      },
    };
  }
  const elt = compileExpr(inner, e.elt);
  const isSet = e.kind === "SetComp";
  return {
    create: () => {
      const items: PyValue[] = [];
      return { items, result: () => (isSet ? newSet(items) : newList(items)) } as Acc & { items: PyValue[] };
    },
    add: (acc: Acc, cf: Frame) => {
      (acc as Acc & { items: PyValue[] }).items.push(elt(cf));
    },
  };
}

function compileEmitGen(inner: Ctx, e: A.ListComp | A.SetComp | A.DictComp) {
  if (e.kind === "DictComp") {
    const k = compileExprGen(inner, e.key), v = compileExprGen(inner, e.value);
    return {
      create: () => {
        const d = newDict();
        return { d, result: () => d };
      },
      add: function* (acc: { d: ReturnType<typeof newDict> }, cf: Frame): JsGen {
        const key = yield* k(cf);
        acc.d.set(key, yield* v(cf));
        return undefined as unknown as PyValue;
      },
    };
  }
  const elt = compileExprGen(inner, e.elt);
  const isSet = e.kind === "SetComp";
  return {
    create: () => {
      const items: PyValue[] = [];
      return { items, d: null as never, result: () => (isSet ? newSet(items) : newList(items)) };
    },
    add: function* (acc: { items?: PyValue[] }, cf: Frame): JsGen {
      acc.items!.push(yield* elt(cf));
      return undefined as unknown as PyValue;
    },
  } as unknown as {
    create: () => { d: ReturnType<typeof newDict>; result: () => PyValue };
    add: (acc: { d: ReturnType<typeof newDict> }, cf: Frame) => JsGen;
  };
}
