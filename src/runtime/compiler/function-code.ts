// The compiled form of a `def`/`lambda`: argument binding with CPython's
// rules and error messages, and running the body as a plain call or as a
// generator / coroutine / async generator object.

import { Cell, KwArgs, PyValue } from "../object.js";
import { FunctionCode, PyFunction } from "../function.js";
import { CodeInfo, pyErr, TypeError } from "../exceptions.js";
import { None } from "../types.js";
import { newTuple, newDict } from "../containers.js";
import { Frame, addTraceback, Completion } from "./frame.js";
import { recursion } from "../call.js";
import { PyGenerator, PyCoroutine, PyAsyncGenerator } from "../generators.js";

export type Body = (f: Frame) => Completion;
export type GenBody = (f: Frame) => Generator<PyValue, PyValue, PyValue>;

export interface ParamLayout {
  readonly posonly: number;
  /** Names of posonly + positional-or-keyword parameters, in order (slots 0..n-1). */
  readonly positional: readonly string[];
  readonly varargSlot: number; // -1 when none
  readonly kwonly: readonly string[]; // slots follow the positional ones (after vararg)
  readonly kwonlySlot0: number;
  readonly kwargSlot: number; // -1 when none
}

export type Kind = "function" | "generator" | "coroutine" | "asyncgen";

export class CompiledCode implements FunctionCode {
  readonly isCoroutine: boolean;
  readonly isGenerator: boolean;
  readonly isAsyncGenerator: boolean;
  private readonly nPositional: number;
  /** Set by types.coroutine on a generator function (CO_ITERABLE_COROUTINE): its generators can be awaited. */
  iterableCoroutine = false;
  /** No *args, keyword-only parameters or **kwargs: positional calls copy straight into the slots. */
  private readonly simpleParams: boolean;
  constructor(
    readonly info: CodeInfo,
    readonly nslots: number,
    readonly params: ParamLayout,
    readonly cellSlots: readonly number[],
    readonly kind: Kind,
    readonly body: Body | null,
    readonly genBody: GenBody | null,
  ) {
    this.isCoroutine = kind === "coroutine";
    this.isGenerator = kind === "generator";
    this.isAsyncGenerator = kind === "asyncgen";
    this.nPositional = params.positional.length;
    this.simpleParams = params.varargSlot < 0 && params.kwonly.length === 0 && params.kwargSlot < 0;
    this.fastArity = this.simpleParams && cellSlots.length === 0 ? this.nPositional : -1;
  }
  /** The argument count call0/1/2 can bind directly; -1 when they must use call(). */
  private readonly fastArity: number;

  call(fn: PyFunction, args: PyValue[], kw: KwArgs | null): PyValue {
    const f = this.frame(fn);
    const locals = f.locals;
    if (kw === null && args.length === this.nPositional && this.simpleParams) {
      for (let i = 0; i < args.length; i++) locals[i] = args[i];
    } else {
      this.bind(fn, locals, args, kw);
    }
    const cells = this.cellSlots;
    if (cells.length !== 0) {
      for (let i = 0; i < cells.length; i++) locals[cells[i]] = new Cell(locals[cells[i]] as PyValue | undefined);
    }
    return this.start(fn, f);
  }

  // Positional calls of 0, 1 or 2 arguments to a function whose parameters
  // are exactly those (no defaults needed, no *args/**kwargs, no cells): the
  // call sites' fast path, without an argument array.
  call0(fn: PyFunction): PyValue {
    if (this.fastArity !== 0) return this.call(fn, [], null);
    return this.start(fn, this.frame(fn));
  }
  call1(fn: PyFunction, x: PyValue): PyValue {
    if (this.fastArity !== 1) return this.call(fn, [x], null);
    const f = this.frame(fn);
    f.locals[0] = x;
    return this.start(fn, f);
  }
  call2(fn: PyFunction, x: PyValue, y: PyValue): PyValue {
    if (this.fastArity !== 2) return this.call(fn, [x, y], null);
    const f = this.frame(fn);
    f.locals[0] = x;
    f.locals[1] = y;
    return this.start(fn, f);
  }

  /**
   * Frames of a plain function that returned without a traceback holding
   * them: nothing else keeps a plain function's frame (closures hold cells,
   * locals() copies), so the next call reuses one instead of allocating a
   * frame and a slot array. A stack, for recursion.
   */
  private readonly framePool: Frame[] = [];
  /** A frame for a call, its slots unset: reused from the pool, which only plain functions fill. */
  private frame(fn: PyFunction): Frame {
    const pool = this.framePool;
    if (pool.length === 0) return new Frame(this.info, this.nslots, fn.closure, fn.globals);
    const f = pool.pop()!;
    f.closure = fn.closure;
    f.globals = fn.globals;
    return f;
  }
  /** Gives a finished plain function's frame back to the pool, its slots cleared. */
  private release(f: Frame): void {
    if (f.escaped || this.framePool.length >= FRAME_POOL_MAX) return;
    const locals = f.locals;
    for (let i = 0; i < locals.length; i++) locals[i] = undefined;
    f.closure = null; // no cells kept alive by an idle frame
    f.line = this.info.firstLine;
    f.ret = None;
    f.handling = null;
    this.framePool.push(f);
  }

  /** Runs the body of a plain function, or wraps it as a generator / coroutine / async generator. */
  private start(fn: PyFunction, f: Frame): PyValue {
    switch (this.kind) {
      case "function": {
        const r = recursion;
        if (++r.depth > r.limit) {
          // Raised in the caller, before this frame exists (as CPython does).
          r.depth--;
          throw pyErr(RecursionErrorCls(), "maximum recursion depth exceeded");
        }
        // No `finally`: V8 optimises try/catch better, and both exits unwind the counter.
        try {
          this.body!(f);
        } catch (e) {
          if (r.depth > 0) r.depth--;
          throw addTraceback(e, f);
        }
        if (r.depth > 0) r.depth--;
        const ret = f.ret;
        this.release(f);
        return ret;
      }
      case "generator": {
        const g = new PyGenerator(this.genBody!(f), f, fn.name, fn.qualname);
        if (this.iterableCoroutine) g.iterableCoroutine = true;
        return g;
      }
      case "coroutine":
        return new PyCoroutine(this.genBody!, f, fn.name, fn.qualname);
      case "asyncgen":
        return new PyAsyncGenerator(this.genBody!(f), f, fn.name, fn.qualname);
    }
  }

  /** The general case of argument binding. */
  private bind(fn: PyFunction, locals: (PyValue | Cell | undefined)[], args: PyValue[], kw: KwArgs | null): void {
    const p = this.params;
    const nPos = this.nPositional;
    const name = fn.qualname;
    let extra: PyValue[] | null = null;
    const n = Math.min(args.length, nPos);
    for (let i = 0; i < n; i++) locals[i] = args[i];
    if (args.length > nPos) {
      if (p.varargSlot < 0) throw tooManyPositional(name, nPos, fn.defaults.length, args.length, kw, p);
      extra = args.slice(nPos);
    }
    if (p.varargSlot >= 0) locals[p.varargSlot] = newTuple(extra ?? []);
    let kwargs: ReturnType<typeof newDict> | null = null;
    if (p.kwargSlot >= 0) {
      kwargs = newDict();
      locals[p.kwargSlot] = kwargs;
    }
    if (kw !== null) {
      const posonlyHits: string[] = [];
      for (const [k, v] of kw) {
        let slot = p.positional.indexOf(k);
        if (slot >= 0 && slot < p.posonly) {
          if (kwargs) {
            kwargs.set(k, v);
            continue;
          }
          posonlyHits.push(k);
          continue;
        }
        if (slot < 0) {
          const j = p.kwonly.indexOf(k);
          if (j >= 0) slot = p.kwonlySlot0 + j;
        }
        if (slot < 0) {
          if (kwargs) {
            kwargs.set(k, v);
            continue;
          }
          throw pyErr(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
        }
        if (locals[slot] !== undefined) throw pyErr(TypeError, `${name}() got multiple values for argument '${k}'`);
        locals[slot] = v;
      }
      if (posonlyHits.length > 0) {
        throw pyErr(TypeError, `${name}() got some positional-only arguments passed as keyword arguments: '${posonlyHits.join(", ")}'`);
      }
    }
    // Defaults for the trailing positional parameters.
    const defaults = fn.defaults;
    const firstDefault = nPos - defaults.length;
    let missing: string[] | null = null;
    for (let i = 0; i < nPos; i++) {
      if (locals[i] === undefined) {
        if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
        else (missing ??= []).push(p.positional[i]);
      }
    }
    if (missing) throw missingArgs(name, missing, "positional");
    for (let j = 0; j < p.kwonly.length; j++) {
      const slot = p.kwonlySlot0 + j;
      if (locals[slot] === undefined) {
        const d = fn.kwDefaults?.get(p.kwonly[j]);
        if (d !== undefined) locals[slot] = d;
        else (missing ??= []).push(p.kwonly[j]);
      }
    }
    if (missing) throw missingArgs(name, missing, "keyword-only");
  }
}

/** Frames kept per function for reuse: enough for moderately deep recursion. */
const FRAME_POOL_MAX = 64;

function RecursionErrorCls() {
  return recursionErrorClass;
}
import { RecursionError as recursionErrorClass } from "../exceptions.js";


function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function missingArgs(name: string, missing: string[], kind: string) {
  const s = missing.length === 1 ? "" : "s";
  return pyErr(TypeError, `${name}() missing ${missing.length} required ${kind} argument${s}: ${quoteList(missing)}`);
}

function tooManyPositional(name: string, nPos: number, nDefaults: number, given: number, kw: KwArgs | null, p: ParamLayout) {
  const min = nPos - nDefaults;
  const takes = nDefaults > 0 ? `from ${min} to ${nPos}` : `${nPos}`;
  const plural = nDefaults > 0 || nPos !== 1 ? "s" : "";
  let kwNote = "";
  const kwonlyGiven = kw ? [...kw.keys()].filter((k) => p.kwonly.includes(k)).length : 0;
  if (kwonlyGiven > 0) {
    kwNote = ` positional argument${given === 1 ? "" : "s"} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"})`;
    return pyErr(TypeError, `${name}() takes ${takes} positional argument${plural} but ${given}${kwNote} were given`);
  }
  const was = given === 1 ? "was" : "were";
  return pyErr(TypeError, `${name}() takes ${takes} positional argument${plural} but ${given} ${was} given`);
}

export { None };
