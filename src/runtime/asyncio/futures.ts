// Future — mirrors CPython's Lib/asyncio/futures.py (the _PyFuture logic).
//
// Invariants kept from CPython:
// - callbacks never run inline: completing a future schedules each callback
//   with loop.call_soon, in registration order, in its own context;
// - cancel() on a done future does nothing and returns False;
// - an exception set and never retrieved is reported when the future is
//   dropped (here: at loop close or exit, see ARCHITECTURE.md).

import { PyObject, PyValue, PyClass, KwArgs, withFlag } from "../object.js";
import { makeBuiltinType, objectType, defMethod, None, PyMethod, PyBuiltinFunction } from "../types.js";
import { defGetter } from "../function.js";
import { pyEq, truthy } from "../ops.js";
import { PyBaseException, pyErr, TypeError, StopIteration, RuntimeError, isExceptionClass, newException, KeyboardInterrupt, SystemExit } from "../exceptions.js";
import { repr, nativeRepr } from "../repr.js";
import { call } from "../call.js";
import { nativeAwait, JsGen } from "../generators.js";
import { newDict, PyDict } from "../containers.js";
import { PyList, PyTuple } from "../object.js";
import { parseArgs } from "../builtins/args.js";
import { inModule } from "../modules/util.js";
import { Context } from "./context.js";
import { JsCallback, DueCallback } from "./events.js";
import { CancelledError, InvalidStateError } from "./exceptions.js";
import { formatCallbackSource } from "./format.js";
import type { EventLoop } from "./base-events.js";
import { hooks } from "./hooks.js";

export const futureType = inModule(makeBuiltinType("Future", [objectType]), "_asyncio");

export type FutureState = "PENDING" | "CANCELLED" | "FINISHED";

/**
 * A done callback is kept as the DueCallback the loop will run (its
 * function, this future, its context), ready to be queued as it is when the
 * future completes. Its context is the one given, or (none given) the
 * variables of the context current at registration, which become a Context
 * of their own when the callback runs: the values CPython's copy_context()
 * at registration gives, without a long-lived object per registration. Most
 * futures get one callback (gather's, a task's wakeup), kept without an
 * array.
 */
type Callbacks = DueCallback | DueCallback[] | null;

const LOG_TRACEBACK = 1;
const BLOCKING = 2;
/** Flag bits from here on are Task's. */
export const FUTURE_FLAG_BITS = 2;


export class Future extends PyObject {
  state: FutureState = "PENDING";
  result: PyValue = None;
  exception: PyBaseException | null = null;
  /** Done callbacks: none, one, or several in order. */
  private callbacks: Callbacks = null;
  /** cancel()'s message and the CancelledError a task keeps to re-raise: rare, so one field for both. */
  private cancellation: { msg: PyValue; exc: PyBaseException | null } | null = null;
  get cancelMessage(): PyValue {
    return this.cancellation === null ? None : this.cancellation.msg;
  }
  set cancelMessage(msg: PyValue) {
    if (this.cancellation === null) this.cancellation = { msg, exc: null };
    else this.cancellation.msg = msg;
  }
  get cancelledExc(): PyBaseException | null {
    return this.cancellation === null ? null : this.cancellation.exc;
  }
  set cancelledExc(exc: PyBaseException | null) {
    if (this.cancellation === null) this.cancellation = { msg: None, exc };
    else this.cancellation.exc = exc;
  }
  /**
   * Boolean state in one field (LOG_TRACEBACK, BLOCKING, and Task's
   * MUST_CANCEL, LOG_DESTROY_PENDING): a program can hold many tasks.
   */
  protected flags = 0;
  get logTraceback(): boolean {
    return (this.flags & LOG_TRACEBACK) !== 0;
  }
  set logTraceback(v: boolean) {
    this.flags = withFlag(this.flags, LOG_TRACEBACK, v);
  }
  /** _asyncio_future_blocking: set while a task awaits this future. */
  get blocking(): boolean {
    return (this.flags & BLOCKING) !== 0;
  }
  set blocking(v: boolean) {
    this.flags = withFlag(this.flags, BLOCKING, v);
  }
  constructor(readonly loop: EventLoop, cls: PyClass = futureType) {
    super(cls);
  }

  done(): boolean {
    return this.state !== "PENDING";
  }
  cancelled(): boolean {
    return this.state === "CANCELLED";
  }

  cancel(msg: PyValue = None): boolean {
    this.logTraceback = false;
    if (this.state !== "PENDING") return false;
    this.state = "CANCELLED";
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  protected scheduleCallbacks(): void {
    const callbacks = this.callbacks;
    if (callbacks === null) return;
    this.callbacks = null;
    if (callbacks instanceof DueCallback) this.loop.callSoonDue(callbacks);
    else for (const due of callbacks) this.loop.callSoonDue(due);
  }

  makeCancelledError(): PyBaseException {
    if (this.cancelledExc !== null) {
      const exc = this.cancelledExc;
      this.cancelledExc = null;
      return exc;
    }
    const exc = this.cancelMessage === None ? newException(CancelledError) : newException(CancelledError, this.cancelMessage);
    exc.context = this.cancelledExc;
    this.cancelledExc = null;
    return exc;
  }

  getResult(): PyValue {
    if (this.state === "CANCELLED") throw this.makeCancelledError();
    if (this.state !== "FINISHED") throw pyErr(InvalidStateError, "Result is not set.");
    this.logTraceback = false;
    if (this.exception !== null) throw this.exception;
    return this.result;
  }

  getException(): PyValue {
    if (this.state === "CANCELLED") throw this.makeCancelledError();
    if (this.state !== "FINISHED") throw pyErr(InvalidStateError, "Exception is not set.");
    this.logTraceback = false;
    return this.exception ?? None;
  }

  addDoneCallback(fn: JsCallback | PyValue, ctx: Context | null = null): void {
    if (this.state !== "PENDING") {
      this.loop.callSoon(fn, [this], ctx ?? this.loop.state.currentContext.copy());
      return;
    }
    const due = new DueCallback(this.loop, fn, this, ctx ?? this.loop.state.currentContext.snapshot());
    const cbs = this.callbacks;
    if (cbs === null) this.callbacks = due;
    else if (cbs instanceof DueCallback) this.callbacks = [cbs, due];
    else cbs.push(due);
  }

  /** The done callbacks in order. */
  private dueList(): DueCallback[] {
    const cbs = this.callbacks;
    return cbs === null ? [] : cbs instanceof DueCallback ? [cbs] : cbs;
  }

  removeDoneCallback(fn: JsCallback | PyValue): number {
    const all = this.dueList();
    const kept = all.filter((d) => !sameCallback(d.fn, fn));
    const removed = all.length - kept.length;
    if (removed) this.callbacks = kept.length === 0 ? null : kept.length === 1 ? kept[0] : kept;
    return removed;
  }

  /** The registered callbacks' functions, in order. */
  callbackFns(): (JsCallback | PyValue)[] {
    return this.dueList().map((d) => d.fn);
  }

  setResult(v: PyValue): void {
    if (this.state !== "PENDING") throw pyErr(InvalidStateError, "invalid state");
    this.result = v;
    this.state = "FINISHED";
    this.scheduleCallbacks();
  }

  setException(e: PyValue): void {
    if (this.state !== "PENDING") throw pyErr(InvalidStateError, "invalid state");
    let exc: PyValue = e;
    if (isExceptionClass(exc)) exc = call(exc, []);
    if (!(exc instanceof PyBaseException)) throw pyErr(TypeError, "exception must be a BaseException instance");
    if (exc.cls.isSubclassOf(StopIteration)) {
      throw pyErr(TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    this.exception = exc as PyBaseException;
    this.state = "FINISHED";
    this.scheduleCallbacks();
    // KeyboardInterrupt and SystemExit leave the loop themselves; they are not logged as unretrieved.
    const leavesLoop = this.exception.cls.isSubclassOf(KeyboardInterrupt) || this.exception.cls.isSubclassOf(SystemExit);
    this.logTraceback = !leavesLoop;
    if (!leavesLoop) this.loop.trackUnretrieved(this);
  }
}

function sameCallback(a: JsCallback | PyValue, b: JsCallback | PyValue): boolean {
  if (a === b) return true;
  if (typeof a === "function" || typeof b === "function") return false;
  if (a instanceof PyMethod && b instanceof PyMethod) return a.func === b.func && a.self === b.self;
  return pyEq(a, b);
}

/** Future.__await__: yield the future itself until it is done, then its result. */
export function* awaitFuture(fut: Future): JsGen {
  if (!fut.done()) {
    fut.blocking = true;
    yield fut;
  }
  if (!fut.done()) throw pyErr(RuntimeError, "await wasn't used with future");
  return fut.getResult();
}
nativeAwait.set(futureType, (v) => awaitFuture(v as Future));

// ---------------------------------------------------------------- repr (base_futures.py)

export function formatCallbacks(cbs: (JsCallback | PyValue)[]): string {
  const f = (c: JsCallback | PyValue) => formatCallbackSource(c, []);
  const n = cbs.length;
  let s = "";
  if (n === 1) s = f(cbs[0]);
  else if (n === 2) s = `${f(cbs[0])}, ${f(cbs[1])}`;
  else if (n > 2) s = `${f(cbs[0])}, <${n - 2} more>, ${f(cbs[n - 1])}`;
  return `cb=[${s}]`;
}

export function futureReprInfo(fut: Future): string[] {
  const info = [fut.state.toLowerCase()];
  if (fut.state === "FINISHED") {
    if (fut.exception !== null) info.push(`exception=${repr(fut.exception)}`);
    else info.push(`result=${reprlib(fut.result)}`);
  }
  const fns = fut.callbackFns();
  if (fns.length > 0) info.push(formatCallbacks(fns));
  return info;
}

/** reprlib.repr (maxlevel 6, maxlist/maxtuple/maxset 6, maxdict 4, maxstring 30, maxother 30). */
function reprlib(v: PyValue, level = 6): string {
  const shorten = (s: string, max: number) => {
    if (s.length <= max) return s;
    const i = Math.max(0, Math.floor((max - 3) / 2));
    const j = Math.max(0, max - 3 - i);
    return s.slice(0, i) + "..." + s.slice(s.length - j);
  };
  if (typeof v === "string") return shorten(repr(v), 30);
  if (typeof v === "number" || typeof v === "bigint") return shorten(repr(v), 40);
  const seq = (items: PyValue[], open: string, close: string, max: number, trailingComma = false) => {
    if (items.length === 0) return open + close;
    if (level <= 0) return open + "..." + close;
    const parts = items.slice(0, max).map((x) => reprlib(x, level - 1));
    if (items.length > max) parts.push("...");
    return open + parts.join(", ") + (trailingComma && items.length === 1 ? "," : "") + close;
  };
  if (v instanceof PyList && !v.cls.isUserClass) return seq(v.items, "[", "]", 6);
  if (v instanceof PyTuple && !v.cls.isUserClass) return seq(v.items, "(", ")", 6, true);
  if (v instanceof PyDict && !v.cls.isUserClass) {
    if (v.table.size === 0) return "{}";
    if (level <= 0) return "{...}";
    const parts = [...v.table.entries()].slice(0, 4).map(([k, x]) => `${reprlib(k, level - 1)}: ${reprlib(x, level - 1)}`);
    if (v.table.size > 4) parts.push("...");
    return "{" + parts.join(", ") + "}";
  }
  return shorten(repr(v), 30);
}

nativeRepr.set(futureType, (v) => `<${(v as PyObject).cls.name} ${futureReprInfo(v as Future).join(" ")}>`);

// ---------------------------------------------------------------- Python-visible methods

const F = (a: PyValue[]) => a[0] as Future;
defMethod(futureType, "done", (a) => F(a).done());
defMethod(futureType, "cancelled", (a) => F(a).cancelled());
defMethod(futureType, "result", (a) => F(a).getResult());
defMethod(futureType, "exception", (a) => F(a).getException());
defMethod(futureType, "cancel", (a, kw) => {
  const [msg] = parseArgs("cancel", a, kw, ["msg?"], 1);
  return F(a).cancel(msg ?? None);
});
defMethod(futureType, "set_result", (a) => {
  F(a).setResult(a[1]);
  return None;
});
defMethod(futureType, "set_exception", (a) => {
  F(a).setException(a[1]);
  return None;
});
defMethod(futureType, "add_done_callback", (a, kw: KwArgs | null) => {
  const [fn, ctx] = parseArgs("add_done_callback", a, kw, ["fn", "*", "context?"], 1);
  F(a).addDoneCallback(fn!, ctx instanceof Context ? ctx : null);
  return None;
});
defMethod(futureType, "remove_done_callback", (a) => F(a).removeDoneCallback(a[1]));
defMethod(futureType, "get_loop", (a) => F(a).loop);
defMethod(futureType, "__await__", (a) => awaitWrapper(F(a)));
defMethod(futureType, "__iter__", (a) => awaitWrapper(F(a)));
defGetter(futureType, "_asyncio_future_blocking", (f) => (f as Future).blocking, (f, v) => {
  (f as Future).blocking = truthy(v);
});
defGetter(futureType, "_state", (f) => (f as Future).state);
defGetter(futureType, "_loop", (f) => (f as Future).loop);
futureType.nativeNew = (cls, args, kw) => {
  const [loop] = parseArgs("Future", args, kw, ["*", "loop?"]);
  return new Future((loop as EventLoop | undefined) ?? hooks.currentLoop!(), cls);
};


import { PyGenerator } from "../generators.js";
import { Frame } from "../compiler/frame.js";
/** The generator object `fut.__await__()` returns (for code that drives it by hand). */
function awaitWrapper(fut: Future): PyValue {
  const code = { name: "__await__", qualname: "Future.__await__", filename: "asyncio/futures.py", firstLine: 1, source: [] };
  return new PyGenerator(awaitFuture(fut), new Frame(code, 0, null, new Map()), "__await__", "Future.__await__");
}

export { newDict, PyBuiltinFunction };
