// Handle and TimerHandle — mirrors CPython's Lib/asyncio/events.py.
//
// A callback is either a JavaScript function (the loop's own wake-ups, which
// never leave the runtime) or a Python callable with its arguments. Either
// way it runs inside the Context it was scheduled with.

import { PyObject, PyValue } from "../object.js";
import { makeBuiltinType, objectType, defMethod, None } from "../types.js";
import { PyFloat } from "../object.js";
import { call } from "../call.js";
import { PyBaseException, toPyException, SystemExit, KeyboardInterrupt } from "../exceptions.js";
import { newDict } from "../containers.js";
import { inModule } from "../modules/util.js";
import { nativeRepr } from "../repr.js";
import { floatRepr } from "../format/index.js";
import { formatCallbackSource } from "./format.js";
import { Context, ContextVars, contextOf } from "./context.js";
import type { EventLoop } from "./base-events.js";

export const handleType = inModule(makeBuiltinType("Handle", [objectType]), "asyncio.events");
export const timerHandleType = inModule(makeBuiltinType("TimerHandle", [handleType]), "asyncio.events");

export type JsCallback = (...args: PyValue[]) => void;

/**
 * A runtime object the loop calls back directly, without a closure per
 * object (a Task's step: one closure and its scope per task added up).
 */
export interface NativeCallback {
  /** How reprs and error messages name the callback ("Task.task_step"). */
  readonly callbackName: string;
  runCallback(args: PyValue[]): void;
}

export function isNativeCallback(cb: unknown): cb is NativeCallback {
  return typeof cb === "object" && cb !== null && (cb as { runCallback?: unknown }).runCallback !== undefined;
}

export class Handle extends PyObject {
  cancelled = false;
  constructor(
    public callback: JsCallback | PyValue | null,
    public args: PyValue[] | null,
    readonly loop: EventLoop,
    readonly context: Context,
    cls = handleType,
  ) {
    super(cls);
  }

  cancel(): void {
    if (!this.cancelled) {
      this.cancelled = true;
      this.callback = null;
      this.args = null;
    }
  }

  /** Handle._run: exceptions go to the loop's exception handler, never up. */
  run(): void {
    runCallback(this.loop, this.callback!, this.args!, this.context, this);
  }
}

/**
 * A callback the ready queue holds without a Handle: a Task's plain step
 * (`call_soon(self.__step, context=self._context)`, see
 * EventLoop.callSoonStep). No Handle per task while it waits for its first
 * step; one is made only if the step raises, for the exception handler.
 */
export interface SelfScheduled extends NativeCallback {
  readonly loop: EventLoop;
  readonly context: Context;
}

/** Runs a SelfScheduled's step as a Handle holding it would. */
export function runSelfScheduled(s: SelfScheduled): void {
  runCallback(s.loop, s as unknown as PyValue, NO_STEP_ARGS, s.context, null);
}
const NO_STEP_ARGS: PyValue[] = [];

/**
 * A future's done callback, due: `call_soon(callback, fut, context=ctx)` as
 * Future.__schedule_callbacks does, queued without a Handle and an argument
 * array (a Handle is made only if the callback raises, for the exception
 * handler). A gather over many tasks has one of these per finished task
 * waiting at once.
 */
export class DueCallback {
  constructor(
    readonly loop: EventLoop,
    readonly fn: JsCallback | PyValue,
    readonly fut: PyValue,
    readonly ctx: Context | ContextVars,
  ) {}
  run(): void {
    const c = this.ctx;
    runCallback(this.loop, this.fn, [this.fut], c instanceof Context ? c : contextOf(c), null);
  }
}

/** Context.run(callback, *args) for a Handle (or a SelfScheduled: handle null). */
function runCallback(loop: EventLoop, cb: JsCallback | PyValue, args: PyValue[], context: Context, handle: Handle | null): void {
  const state = loop.state;
  try {
    // Without a closure per call.
    const prev = state.currentContext;
    state.currentContext = context;
    try {
      if (typeof cb === "function") (cb as JsCallback)(...args);
      else if (isNativeCallback(cb)) cb.runCallback(args);
      else call(cb, args);
    } finally {
      state.currentContext = prev;
    }
  } catch (e) {
    const exc = toPyException(e);
    if (exc.cls.isSubclassOf(SystemExit) || exc.cls.isSubclassOf(KeyboardInterrupt)) throw exc;
    if (isLoopFatal(exc)) throw exc;
    const msg = `Exception in callback ${formatCallbackSource(cb, args)}`;
    loop.callExceptionHandler(newDict([["message", msg], ["exception", exc], ["handle", handle ?? new Handle(cb, args, loop, context)]]));
  }
}

/** Errors that must stop the loop rather than be logged (the virtual clock's deadlock). */
function isLoopFatal(_e: PyBaseException): boolean {
  return false;
}

export class TimerHandle extends Handle {
  scheduled = false;
  /** call_at(5, ...) keeps the int it was given (its repr and when() show it). */
  whenIsInt = false;
  /** FIFO tie-break for equal deadlines (the virtual clock makes ties common). */
  readonly seq: number;
  constructor(
    readonly when: number,
    callback: JsCallback | PyValue,
    args: PyValue[],
    loop: EventLoop,
    context: Context,
  ) {
    super(callback, args, loop, context, timerHandleType);
    this.seq = loop.state.timerSeq++;
  }

  override cancel(): void {
    if (!this.cancelled) this.loop.timerHandleCancelled(this);
    super.cancel();
  }
}

/** Orders timers by (when, sequence), as the reference runner's FifoTimerHandle. */
export function timerLess(a: TimerHandle, b: TimerHandle): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

defMethod(handleType, "cancel", (a) => {
  (a[0] as Handle).cancel();
  return None;
});
defMethod(handleType, "cancelled", (a) => (a[0] as Handle).cancelled);
defMethod(handleType, "get_context", (a) => (a[0] as Handle).context);
function handleRepr(h: Handle): string {
  const info = [h instanceof TimerHandle ? "TimerHandle" : "Handle"];
  if (h.cancelled) info.push("cancelled");
  if (h instanceof TimerHandle) info.push(`when=${h.whenIsInt ? String(h.when) : floatRepr(h.when)}`);
  if (h.callback !== null) info.push(formatCallbackSource(h.callback, h.args));
  return `<${info.join(" ")}>`;
}
nativeRepr.set(handleType, (v) => handleRepr(v as Handle));
nativeRepr.set(timerHandleType, (v) => handleRepr(v as Handle));

defMethod(timerHandleType, "when", (a) => ((a[0] as TimerHandle).whenIsInt ? (a[0] as TimerHandle).when : new PyFloat((a[0] as TimerHandle).when)));
