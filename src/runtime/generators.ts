// Generators, coroutines and async generators.
//
// A function containing `yield` or `await` compiles to a JavaScript generator
// function; calling it creates one of these objects around the JS generator.
// JavaScript's next/throw/yield* map onto Python's send/throw/yield from:
// `await coro` delegates with yield*, and what reaches the outermost
// generator (a Task's step) is whatever the innermost awaitable yielded — a
// Future, or None for a bare `yield` (asyncio.sleep(0)).

import { PyClass, PyObject, PyValue, withFlag } from "./object.js";
import { generatorType, coroutineType, asyncGeneratorType, defMethod, None, makeBuiltinType, objectType, typeOf } from "./types.js";
import {
  pyErr, newException, PyBaseException, StopIteration, StopAsyncIteration, RuntimeError, TypeError, GeneratorExit, CodeInfo, ValueError,
} from "./exceptions.js";
import { nativeIter, DONE, Next } from "./iter.js";
import { nativeRepr, fakeAddress } from "./repr.js";
import { callBound } from "./call.js";
import { typeName } from "./typename.js";
import { defGetter } from "./function.js";
import { dropHooks } from "./dropped.js";
import { frameObject, codeInfoObject } from "./frame-object.js";
import { Frame } from "./compiler/frame.js";

export type JsGen = Generator<PyValue, PyValue, PyValue>;

/** What one resumption produced: a value it yielded, or its return value. */
export interface Step {
  done: boolean;
  value: PyValue;
}

/** PEP 479: a StopIteration escaping a generator's or coroutine's body becomes RuntimeError. */
export function stopToRuntimeError(e: unknown, kindName: string): unknown {
  if (e instanceof PyBaseException && e.cls.isSubclassOf(StopIteration)) {
    const r = pyErr(RuntimeError, `${kindName} raised StopIteration`);
    r.cause = e;
    r.context = e;
    return r;
  }
  return e;
}

/** The frame a finished generator keeps: its code and nothing else, one per code. */
const husks = new WeakMap<CodeInfo, Frame>();
const NO_GLOBALS = new Map<string, PyValue>();
function huskFrame(code: CodeInfo): Frame {
  let f = husks.get(code);
  if (f === undefined) {
    f = new Frame(code, 0, null, NO_GLOBALS);
    husks.set(code, f);
  }
  return f;
}

/** What a finished generator's `gen` becomes: it holds nothing. */
const SPENT: JsGen = (function* (): JsGen {
  return None;
})();
SPENT.next();

// GenBase's state flags, in one field: every coroutine object of a task
// lives as long as the task, so its size counts.
const RUNNING = 1;
const STARTED = 2;
const FINISHED = 4;
const AWAITED = 8;
const ITERABLE_COROUTINE = 16;

abstract class GenBase extends PyObject {
  protected flags = 0;
  get running(): boolean {
    return (this.flags & RUNNING) !== 0;
  }
  set running(v: boolean) {
    this.flags = withFlag(this.flags, RUNNING, v);
  }
  get started(): boolean {
    return (this.flags & STARTED) !== 0;
  }
  set started(v: boolean) {
    this.flags = withFlag(this.flags, STARTED, v);
  }
  get finished(): boolean {
    return (this.flags & FINISHED) !== 0;
  }
  set finished(v: boolean) {
    this.flags = withFlag(this.flags, FINISHED, v);
  }
  /** A coroutine: set once awaited or wrapped in a task (an unawaited coroutine warns at exit). */
  get awaited(): boolean {
    return (this.flags & AWAITED) !== 0;
  }
  set awaited(v: boolean) {
    this.flags = withFlag(this.flags, AWAITED, v);
  }
  /**
   * The JS generator, or for a compiled body not yet started the body
   * function that makes it (from the frame) on first use: a task created
   * now and run later holds no generator (and its register file) meanwhile.
   */
  private g: JsGen | ((f: Frame) => JsGen);
  /** __name__ and __qualname__ when they are not the code's (a renamed function, or set later). */
  private names: [string, string] | null;
  constructor(
    cls: PyClass,
    gen: JsGen | ((f: Frame) => JsGen),
    public frame: Frame,
    name: string,
    qualname: string,
  ) {
    super(cls);
    this.g = gen;
    this.names = name === frame.code.name && qualname === frame.code.qualname ? null : [name, qualname];
  }
  get name(): string {
    return this.names === null ? this.frame.code.name : this.names[0];
  }
  set name(v: string) {
    this.names = [v, this.qualname];
  }
  get qualname(): string {
    return this.names === null ? this.frame.code.qualname : this.names[1];
  }
  set qualname(v: string) {
    this.names = [this.name, v];
  }
  get gen(): JsGen {
    const g = this.g;
    return typeof g === "function" ? (this.g = g(this.frame)) : g;
  }
  get code(): CodeInfo {
    return this.frame.code;
  }

  /** Resumes with next(value); a thrown Python exception propagates. */
  resume(value: PyValue): Step {
    if (this.running) throw pyErr(this instanceof PyGenerator ? ValueError : RuntimeError, `${this.kindName()} already executing`);
    if (this.finished) throw this.exhausted();
    this.running = true;
    this.started = true;
    try {
      const r = this.gen.next(value);
      if (r.done) this.spend();
      return r as Step;
    } catch (e) {
      this.spend();
      throw this.translateStop(e);
    } finally {
      this.running = false;
    }
  }

  resumeThrow(exc: PyBaseException): Step {
    if (this.running) throw pyErr(this instanceof PyGenerator ? ValueError : RuntimeError, `${this.kindName()} already executing`);
    if (this.finished) throw exc;
    this.running = true;
    this.started = true;
    try {
      const r = this.gen.throw(exc);
      if (r.done) this.spend();
      return r as Step;
    } catch (e) {
      this.spend();
      throw this.translateStop(e);
    } finally {
      this.running = false;
    }
  }

  /**
   * Marks the generator finished and lets go of what only its running needed,
   * as CPython clears a finished frame: the JS generator, and the frame
   * unless a traceback holds it (a finished task keeps its coroutine, which
   * then keeps no locals alive). A shared frame of the same code stands in,
   * for `cr_code` and reprs.
   */
  private spend(): void {
    this.finished = true;
    this.g = SPENT;
    if (!this.frame.escaped) this.frame = huskFrame(this.frame.code);
  }

  /** close(): throw GeneratorExit in; it must not yield again. */
  close(): void {
    if (this.finished || !this.started) {
      this.finished = true;
      return;
    }
    try {
      const r = this.resumeThrow(newException(GeneratorExit));
      if (!r.done) throw pyErr(RuntimeError, `${this.kindName()} ignored GeneratorExit`);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubclassOf(GeneratorExit) || e.cls.isSubclassOf(StopIteration))) return;
      throw e;
    }
  }

  private translateStop(e: unknown): unknown {
    return stopToRuntimeError(e, this.kindName());
  }

  protected exhausted(): PyBaseException {
    return newException(StopIteration);
  }
  abstract kindName(): string;
}

export class PyGenerator extends GenBase {
  /** Made by a types.coroutine generator function: `await` accepts it as its own iterator. */
  get iterableCoroutine(): boolean {
    return (this.flags & ITERABLE_COROUTINE) !== 0;
  }
  set iterableCoroutine(v: boolean) {
    this.flags = withFlag(this.flags, ITERABLE_COROUTINE, v);
  }
  constructor(gen: JsGen, frame: Frame, name: string, qualname: string) {
    super(generatorType, gen, frame, name, qualname);
  }
  kindName(): string {
    return "generator";
  }
  next(): Next {
    if (this.finished) return DONE;
    const r = this.resume(None);
    return r.done ? DONE : r.value;
  }
}

export class PyCoroutine extends GenBase {
  constructor(gen: JsGen | ((f: Frame) => JsGen), frame: Frame, name: string, qualname: string, cls: PyClass = coroutineType) {
    super(cls, gen, frame, name, qualname);
  }
  kindName(): string {
    return "coroutine";
  }
  protected override exhausted(): PyBaseException {
    return pyErr(RuntimeError, "cannot reuse already awaited coroutine");
  }
}

/** Marks values yielded by an async generator body (as opposed to awaited futures). */
export class AsyncGenYield {
  constructor(readonly value: PyValue) {}
}

export class PyAsyncGenerator extends GenBase {
  hooked = false;
  constructor(gen: JsGen, frame: Frame, name: string, qualname: string) {
    super(asyncGeneratorType, gen, frame, name, qualname);
  }
  kindName(): string {
    return "async generator";
  }
  protected override exhausted(): PyBaseException {
    return newException(StopAsyncIteration);
  }
}

/**
 * The awaitable that `agen.__anext__()` / `asend(v)` / `athrow(e)` return: a
 * generator that drives the async generator until it yields a value (an
 * AsyncGenYield), passing awaited futures through to the task.
 */
export const asyncGenAwaitableType = makeBuiltinType("async_generator_asend", [objectType]);
export class AsyncGenStep extends PyObject {
  constructor(readonly gen: JsGen) {
    super(asyncGenAwaitableType);
  }
}

function* driveAsyncGen(ag: PyAsyncGenerator, first: { send: PyValue } | { throw: PyBaseException }): JsGen {
  let r: Step;
  try {
    r = "send" in first ? ag.resume(first.send) : ag.resumeThrow(first.throw);
  } catch (e) {
    throw e;
  }
  for (;;) {
    if (r.done) {
      throw newException(StopAsyncIteration);
    }
    if (r.value instanceof AsyncGenYield) return r.value.value;
    // An awaited future: hand it to the task, then resume with what comes back.
    let sent: PyValue;
    try {
      sent = yield r.value;
    } catch (e) {
      r = ag.resumeThrow(e as PyBaseException);
      continue;
    }
    r = ag.resume(sent);
  }
}

/** sys.set_asyncgen_hooks: the running loop registers async generators on first iteration. */
export const asyncGenHooks: {
  firstiter: ((ag: PyAsyncGenerator) => void) | null;
  /** Called when an unfinished async generator is dropped (CPython: garbage-collected). */
  finalizer: ((ag: PyAsyncGenerator) => void) | null;
} = { firstiter: null, finalizer: null };

export function asyncGenASend(ag: PyAsyncGenerator, v: PyValue): AsyncGenStep {
  if (!ag.started && !ag.hooked) {
    ag.hooked = true;
    asyncGenHooks.firstiter?.(ag);
  }
  return new AsyncGenStep(driveAsyncGen(ag, { send: v }));
}
export function asyncGenAThrow(ag: PyAsyncGenerator, e: PyBaseException): AsyncGenStep {
  return new AsyncGenStep(driveAsyncGen(ag, { throw: e }));
}

/** agen.aclose(): throw GeneratorExit in, awaiting what it awaits on the way out. */
function* driveAClose(ag: PyAsyncGenerator): JsGen {
  if (ag.finished || !ag.started) {
    ag.finished = true;
    return None;
  }
  let r: Step;
  try {
    r = ag.resumeThrow(newException(GeneratorExit));
    for (;;) {
      if (r.done) return None;
      if (r.value instanceof AsyncGenYield) throw pyErr(RuntimeError, "async generator ignored GeneratorExit");
      const sent: PyValue = yield r.value;
      r = ag.resume(sent);
    }
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubclassOf(GeneratorExit) || e.cls.isSubclassOf(StopAsyncIteration))) return None;
    throw e;
  }
}

// ---------------------------------------------------------------- Python-visible methods

function asGen<T>(v: PyValue, cls: abstract new (...a: never[]) => T, what: string): T {
  if (!(v instanceof cls)) throw pyErr(TypeError, `descriptor '${what}' requires a generator`);
  return v as T;
}

function throwArg(args: PyValue[]): PyBaseException {
  const t = args[0];
  if (t instanceof PyBaseException) return t;
  if (t instanceof PyClass) {
    const e = args.length > 1 && args[1] !== None ? args[1] : null;
    if (e instanceof PyBaseException) return e;
    return newException(t, ...(e === null ? [] : [e]));
  }
  throw pyErr(TypeError, "exceptions must be classes or instances deriving from BaseException, not " + typeName(t));
}

export function stopIterationWith(value: PyValue): PyBaseException {
  const e = newException(StopIteration, ...(value === None ? [] : [value]));
  e.dict = new Map([["value", value]]);
  return e;
}

function stepResult(r: Step): PyValue {
  if (r.done) throw stopIterationWith(r.value);
  return r.value;
}

defMethod(generatorType, "__iter__", (a) => a[0]);
defMethod(generatorType, "__next__", (a) => stepResult(asGen(a[0], PyGenerator, "__next__").resume(None)));
defMethod(generatorType, "send", (a) => {
  const g = asGen(a[0], PyGenerator, "send");
  if (!g.started && a[1] !== None) throw pyErr(TypeError, "can't send non-None value to a just-started generator");
  return stepResult(g.resume(a[1]));
});
defMethod(generatorType, "throw", (a) => stepResult(asGen(a[0], PyGenerator, "throw").resumeThrow(throwArg(a.slice(1)))));
defMethod(generatorType, "close", (a) => {
  asGen(a[0], PyGenerator, "close").close();
  return None;
});
nativeIter.set(generatorType, (v) => v as PyGenerator);
nativeRepr.set(generatorType, (v) => `<generator object ${(v as PyGenerator).qualname} at ${fakeAddress(v as object)}>`);

defMethod(coroutineType, "send", (a) => {
  const c = asGen(a[0], PyCoroutine, "send");
  if (!c.started && a[1] !== None) throw pyErr(TypeError, "can't send non-None value to a just-started coroutine");
  c.awaited = true;
  return stepResult(c.resume(a[1]));
});
defMethod(coroutineType, "throw", (a) => stepResult(asGen(a[0], PyCoroutine, "throw").resumeThrow(throwArg(a.slice(1)))));
defMethod(coroutineType, "close", (a) => {
  const c = asGen(a[0], PyCoroutine, "close");
  c.awaited = true;
  c.close();
  return None;
});
/** What `coro.__await__()` returns: an iterator over the coroutine (`yield from` works on it in a plain generator). */
export const coroutineWrapperType = makeBuiltinType("coroutine_wrapper", [objectType]);
export class PyCoroutineWrapper extends PyObject {
  constructor(readonly coro: PyCoroutine) {
    super(coroutineWrapperType);
  }
}
const wrapped = (v: PyValue) => asGen(v, PyCoroutineWrapper, "send").coro;
defMethod(coroutineType, "__await__", (a) => {
  const c = asGen(a[0], PyCoroutine, "__await__");
  c.awaited = true;
  return new PyCoroutineWrapper(c);
});
defMethod(coroutineWrapperType, "__iter__", (a) => a[0]);
defMethod(coroutineWrapperType, "__next__", (a) => stepResult(wrapped(a[0]).resume(None)));
defMethod(coroutineWrapperType, "send", (a) => stepResult(wrapped(a[0]).resume(a[1])));
defMethod(coroutineWrapperType, "throw", (a) => stepResult(wrapped(a[0]).resumeThrow(throwArg(a.slice(1)))));
defMethod(coroutineWrapperType, "close", (a) => {
  wrapped(a[0]).close();
  return None;
});
nativeIter.set(coroutineWrapperType, (v) => ({ next: () => {
  const r = (v as PyCoroutineWrapper).coro.resume(None);
  return r.done ? DONE : r.value;
} }));
nativeRepr.set(coroutineWrapperType, (v) => `<coroutine_wrapper object at ${fakeAddress(v as object)}>`);
nativeRepr.set(coroutineType, (v) => `<coroutine object ${(v as PyCoroutine).qualname} at ${fakeAddress(v as object)}>`);

defMethod(asyncGeneratorType, "__aiter__", (a) => a[0]);
defMethod(asyncGeneratorType, "__anext__", (a) => asyncGenASend(a[0] as PyAsyncGenerator, None));
defMethod(asyncGeneratorType, "asend", (a) => asyncGenASend(a[0] as PyAsyncGenerator, a[1]));
defMethod(asyncGeneratorType, "athrow", (a) => asyncGenAThrow(a[0] as PyAsyncGenerator, throwArg(a.slice(1))));
defMethod(asyncGeneratorType, "aclose", (a) => new AsyncGenStep(driveAClose(a[0] as PyAsyncGenerator)));
nativeRepr.set(asyncGeneratorType, (v) => `<async_generator object ${(v as PyAsyncGenerator).qualname} at ${fakeAddress(v as object)}>`);

/** "coroutine 'f' was never awaited", where an expression statement drops a fresh coroutine. */
dropHooks.set(coroutineType, (v, f, line) => {
  const c = v as PyCoroutine;
  if (c.started || c.awaited || c.finished) return;
  c.awaited = true;
  neverAwaitedHook.report?.(c, f.code.filename, line, (f.code.source[line - 1] ?? "").trim());
});
/** A generator suspended half-way is closed when dropped (its finally blocks run), as CPython does. */
export function closeIfSuspended(g: PyGenerator): void {
  if (g.started && !g.finished && !g.running) g.close();
}
dropHooks.set(generatorType, (v) => closeIfSuspended(v as PyGenerator));

export const neverAwaitedHook: { report: ((c: PyCoroutine, file: string, line: number, text: string) => void) | null } = { report: null };

for (const [t, p] of [[generatorType, "gi"], [coroutineType, "cr"], [asyncGeneratorType, "ag"]] as const) {
  defGetter(t, "__name__", (g) => (g as GenBase).name, (g, v) => {
    (g as GenBase).name = String(v);
  });
  defGetter(t, "__qualname__", (g) => (g as GenBase).qualname, (g, v) => {
    (g as GenBase).qualname = String(v);
  });
  defGetter(t, `${p}_running`, (g) => (g as GenBase).running);
  defGetter(t, `${p}_frame`, (g) => ((g as GenBase).finished ? None : frameObject((g as GenBase).frame)));
  defGetter(t, `${p}_code`, (g) => codeInfoObject((g as GenBase).frame.code));
}
defGetter(coroutineType, "cr_await", () => None);
defGetter(generatorType, "gi_yieldfrom", () => None);

/**
 * The JS generator that `await v` delegates to: coroutines delegate directly;
 * anything else goes through its __await__ iterator.
 */
export function awaitIterator(v: PyValue): JsGen {
  if (v instanceof PyCoroutine) {
    if (v.finished) throw pyErr(RuntimeError, "cannot reuse already awaited coroutine");
    if (v.running || (v.started && v.awaited)) throw pyErr(RuntimeError, "coroutine is being awaited already");
    v.awaited = true;
    return awaitCoroutine(v);
  }
  if (v instanceof AsyncGenStep) return v.gen;
  const t = typeOf(v);
  if (v instanceof PyGenerator && v.iterableCoroutine) return delegateGenerator(v);
  const custom = nativeAwait.get(t) ?? findNativeAwait(t);
  if (custom) return custom(v);
  const aw = t.lookup("__await__");
  if (aw === undefined) throw pyErr(TypeError, `object ${typeName(v)} can't be used in 'await' expression`);
  const it = callBound(aw, v, []);
  if (it instanceof PyCoroutine) throw pyErr(TypeError, "__await__() returned a coroutine");
  if (it instanceof PyGenerator) return delegateGenerator(it);
  if (it instanceof PyCoroutineWrapper) return delegateCoroutine(it.coro);
  return delegatePyIterator(it);
}

/** Awaiting builtin awaitables defined elsewhere (Future, Task). */
export const nativeAwait = new Map<PyClass, (v: PyValue) => JsGen>();
function findNativeAwait(t: PyClass) {
  for (const c of t.mro) {
    const f = nativeAwait.get(c);
    if (f) return f;
  }
  return undefined;
}

/**
 * For an `await` the compiler inlines: a coroutine never awaited nor started
 * (the `await f(x)` of every await chain), now marked awaited and started, so
 * the site can `yield*` straight into its generator and set `finished` after;
 * null for anything else, which goes through awaitIterator (and its errors).
 */
export function claimCoroutine(v: PyValue): PyCoroutine | null {
  if (v instanceof PyCoroutine && !v.started && !v.awaited && !v.finished) {
    v.awaited = true;
    v.started = true;
    return v;
  }
  return null;
}

/**
 * `await coro`: native yield* into the coroutine's generator — the hot path
 * of every await chain — keeping the started/finished state CPython checks.
 */
function* awaitCoroutine(c: PyCoroutine): JsGen {
  c.started = true;
  try {
    return yield* c.gen;
  } finally {
    c.finished = true;
  }
}

/**
 * Delegates to a coroutine through its resume/resumeThrow (so its running
 * flag and StopIteration translation apply), passing yielded values out and
 * sent values and thrown exceptions in.
 */
function* delegateCoroutine(c: GenBase): JsGen {
  let r = c.resume(None);
  for (;;) {
    if (r.done) return r.value;
    let sent: PyValue;
    try {
      sent = yield r.value;
    } catch (e) {
      r = c.resumeThrow(e as PyBaseException);
      continue;
    }
    r = c.resume(sent);
  }
}

function* delegateGenerator(g: PyGenerator): JsGen {
  return yield* delegateCoroutine(g);
}

function* delegatePyIterator(it: PyValue): JsGen {
  const t = typeOf(it);
  const nx = t.lookup("__next__");
  if (nx === undefined) throw pyErr(TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
  const send = t.lookup("send");
  let toSend: PyValue = None;
  for (;;) {
    let y: PyValue;
    try {
      y = toSend === None || send === undefined ? callBound(nx, it, []) : callBound(send, it, [toSend]);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubclassOf(StopIteration)) {
        return e.args.length > 0 ? e.args[0] : None;
      }
      throw e;
    }
    toSend = yield y;
  }
}

/** `yield from it` in a generator body. */
export function yieldFromIterator(v: PyValue): JsGen {
  if (v instanceof PyGenerator) return delegateCoroutine(v);
  if (v instanceof PyCoroutineWrapper) return delegateCoroutine(v.coro);
  if (v instanceof PyCoroutine) throw pyErr(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  return delegateIterable(v);
}

function* delegateIterable(v: PyValue): JsGen {
  const { iterate } = iterModule;
  const it = iterate(v);
  for (let x = it.next(); x !== DONE; x = it.next()) yield x;
  return None;
}

/** Late-bound to avoid a module cycle at load time. */
import * as iterModule from "./iter.js";
