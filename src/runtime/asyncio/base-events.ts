// The event loop — mirrors CPython's Lib/asyncio/base_events.py.
//
// Invariants kept from CPython:
// - runOnce() runs exactly the handles that were ready when it started
//   (`ntodo`); callbacks scheduled meanwhile wait for the next iteration.
//   This is the only place where callbacks are actually called.
// - Timers are a heap ordered by (when, sequence), so equal deadlines fire in
//   the order they were scheduled; a timer is due when when < now + resolution.
// - Waiting for the next timer is the selector's job: the real clock blocks,
//   the virtual clock jumps exactly to the deadline. With nothing ready and no
//   timer, a real loop would block forever; the virtual one raises the
//   deadlock RuntimeError there, as the reference runner does.

import { PyObject, PyValue, KwArgs, PyFloat } from "../object.js";
import { makeBuiltinType, objectType, defMethod, None, typeOf, PyBuiltinFunction } from "../types.js";
import { call } from "../call.js";
import { pyErr, RuntimeError, TypeError, PyBaseException, toPyException, newException, SystemExit, KeyboardInterrupt } from "../exceptions.js";
import { repr, str, nativeRepr } from "../repr.js";
import { asFloatOperand, truthy } from "../ops.js";
import { PyDict, newDict } from "../containers.js";
import { PyCoroutine, PyAsyncGenerator, asyncGenHooks } from "../generators.js";
import { PyFunction } from "../function.js";
import { parseArgs } from "../builtins/args.js";
import { typeName } from "../typename.js";
import { inModule } from "../modules/util.js";
import { formatException } from "../traceback.js";
import { Handle, TimerHandle, JsCallback, timerLess, SelfScheduled, runSelfScheduled, DueCallback } from "./events.js";
import { Context } from "./context.js";
import { Future } from "./futures.js";
import { Task } from "./tasks.js";
import { LoopState } from "./state.js";
import { describeWaiters } from "./deadlock.js";
import { internalCallback } from "./format.js";
import { hooks } from "./hooks.js";

export const loopType = inModule(makeBuiltinType("_UnixSelectorEventLoop", [objectType]), "asyncio.unix_events");

const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
const CLOCK_RESOLUTION = 1e-9;

export const DEADLOCK_MESSAGE = "deadlock: no task can make progress and no timer is scheduled";

export class EventLoop extends PyObject {
  /** Handles, tasks whose plain step is due and futures' due done callbacks (no Handle each). */
  private ready: (Handle | SelfScheduled | DueCallback)[] = [];
  private readyHead = 0;
  private scheduled: TimerHandle[] = [];
  private timerCancelledCount = 0;
  stopping = false;
  closed = false;
  running = false;
  debug = false;
  exceptionHandler: PyValue = None;
  /** The task whose step is running (tasks.py _current_tasks[loop]). */
  currentTask: Task | null = null;
  readonly asyncgens = new Set<PyAsyncGenerator>();
  asyncgensShutdownCalled = false;
  /** Futures whose exception nobody has retrieved yet (reported when dropped). */
  private unretrieved: Future[] = [];
  taskFactory: PyValue = None;
  readonly signalHandlers = new Map<string, PyValue>();
  slowCallbackDuration = 0.1;
  /** Host (JavaScript) work the loop may wait for; see Interpreter.runAsync. */
  pendingHostWork = 0;

  constructor(readonly state: LoopState) {
    super(loopType);
    state.interp.logHook?.("asyncio", "DEBUG", "Using selector: EpollSelector", null);
  }

  get interp() {
    return this.state.interp;
  }

  time(): number {
    return this.interp.clock.now();
  }

  // ---------------------------------------------------------------- scheduling

  private checkClosed(): void {
    if (this.closed) throw pyErr(RuntimeError, "Event loop is closed");
  }

  callSoon(cb: JsCallback | PyValue, args: PyValue[], ctx: Context | null = null): Handle {
    this.checkClosed();
    const h = new Handle(cb, args, this, ctx ?? this.state.currentContext.copy());
    this.ready.push(h);
    return h;
  }

  /** `call_soon(task.__step, context=task._context)` for a task's plain step: see SelfScheduled. */
  callSoonStep(step: SelfScheduled): void {
    this.checkClosed();
    this.ready.push(step);
  }

  /** `call_soon(fn, fut, context=ctx)` for a future's done callback: see DueCallback. */
  callSoonDue(due: DueCallback): void {
    this.checkClosed();
    this.ready.push(due);
  }

  callAt(when: number, cb: JsCallback | PyValue, args: PyValue[], ctx: Context | null = null): TimerHandle {
    this.checkClosed();
    const t = new TimerHandle(when, cb, args, this, ctx ?? this.state.currentContext.copy());
    heapPush(this.scheduled, t);
    t.scheduled = true;
    return t;
  }

  callLater(delay: number, cb: JsCallback | PyValue, args: PyValue[], ctx: Context | null = null): TimerHandle {
    return this.callAt(this.time() + delay, cb, args, ctx);
  }

  timerHandleCancelled(t: TimerHandle): void {
    if (t.scheduled) this.timerCancelledCount++;
  }

  private readyLength(): number {
    return this.ready.length - this.readyHead;
  }

  // ---------------------------------------------------------------- running

  runOnce(): void {
    const sched = this.scheduled;
    const schedCount = sched.length;
    if (schedCount > MIN_SCHEDULED_TIMER_HANDLES && this.timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
      const kept: TimerHandle[] = [];
      for (const h of sched) {
        if (h.cancelled) h.scheduled = false;
        else kept.push(h);
      }
      this.scheduled = [];
      for (const h of kept) heapPush(this.scheduled, h);
      this.timerCancelledCount = 0;
    } else {
      while (sched.length > 0 && sched[0].cancelled) {
        this.timerCancelledCount--;
        heapPop(sched).scheduled = false;
      }
    }

    let timeout: number | null = null;
    if (this.readyLength() > 0 || this.stopping) timeout = 0;
    else if (this.scheduled.length > 0) {
      const when = this.scheduled[0].when;
      timeout = Math.min(Math.max(0, when - this.time()), MAXIMUM_SELECT_TIMEOUT);
    }
    this.select(timeout);

    const endTime = this.time() + CLOCK_RESOLUTION;
    const s = this.scheduled;
    while (s.length > 0) {
      if (s[0].when >= endTime) break;
      const h = heapPop(s);
      h.scheduled = false;
      this.ready.push(h);
    }

    // Run exactly the callbacks that are ready now.
    const ntodo = this.readyLength();
    for (let i = 0; i < ntodo; i++) {
      const h = this.ready[this.readyHead];
      this.ready[this.readyHead++] = undefined as unknown as Handle;
      if (h instanceof Handle) {
        if (!h.cancelled) h.run();
      } else if (h instanceof DueCallback) h.run();
      else runSelfScheduled(h);
    }
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
  }

  /** The selector's select(timeout): wait for the next timer, or detect a deadlock. */
  private select(timeout: number | null): void {
    const clock = this.interp.clock;
    if (timeout === null) {
      if (this.pendingHostWork > 0) throw new HostWait();
      throw this.deadlock();
    }
    if (timeout <= 0) return;
    if (clock.kind === "virtual") {
      const when = this.scheduled.length > 0 ? this.scheduled[0].when : null;
      const now = clock.now();
      if (when !== null && when > now && Math.abs(when - now - timeout) <= 1e-9) clock.waitUntil(when);
      else clock.sleep(timeout);
      return;
    }
    if (this.pendingHostWork > 0) throw new HostWait(this.time() + timeout);
    this.interp.flushStdout();
    clock.sleep(timeout);
  }

  private deadlock(): PyBaseException {
    const report = describeWaiters(this);
    if (report) {
      this.interp.flushStdout();
      this.interp.stderr.write(report);
    }
    return pyErr(RuntimeError, DEADLOCK_MESSAGE);
  }

  private checkRunning(): void {
    if (this.running) throw pyErr(RuntimeError, "This event loop is already running");
    if (this.state.runningLoop !== null) throw pyErr(RuntimeError, "Cannot run the event loop while another loop is running");
  }

  runForever(): void {
    this.checkClosed();
    this.checkRunning();
    const oldHooks = asyncGenHooks.firstiter;
    const oldFinalizer = asyncGenHooks.finalizer;
    this.running = true;
    this.state.runningLoop = this;
    asyncGenHooks.firstiter = (ag) => {
      this.asyncgens.add(ag);
    };
    // base_events._asyncgen_finalizer_hook: close a dropped async generator in a task.
    asyncGenHooks.finalizer = (ag) => {
      this.asyncgens.delete(ag);
      if (!this.closed) this.callSoon(() => void hooks.createTask!(this, hooks.wrapAclose!(ag), null, null), []);
    };
    try {
      for (;;) {
        this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      this.stopping = false;
      this.running = false;
      this.state.runningLoop = null;
      asyncGenHooks.firstiter = oldHooks;
      asyncGenHooks.finalizer = oldFinalizer;
    }
  }

  runUntilComplete(arg: PyValue): PyValue {
    this.checkClosed();
    this.checkRunning();
    const newTask = !(arg instanceof Future);
    const fut = hooks.ensureFuture!(arg, this);
    if (newTask && fut instanceof Task) fut.logDestroyPending = false;
    const done = internalCallback((f: PyValue) => {
      const d = f as Future;
      // run_forever() already ended with the exception (Issue #22429).
      if (!d.cancelled() && d.exception !== null && (d.exception.cls.isSubclassOf(SystemExit) || d.exception.cls.isSubclassOf(KeyboardInterrupt))) return;
      this.stop();
    }, "_run_until_complete_cb", "base_events.py:180");
    fut.addDoneCallback(done);
    try {
      this.runForever();
    } catch (e) {
      if (newTask && fut.done() && !fut.cancelled()) fut.getException();
      throw e;
    } finally {
      fut.removeDoneCallback(done);
    }
    if (!fut.done()) throw pyErr(RuntimeError, "Event loop stopped before Future completed.");
    return fut.getResult();
  }

  stop(): void {
    this.stopping = true;
  }

  close(): void {
    if (this.running) throw pyErr(RuntimeError, "Cannot close a running event loop");
    if (this.closed) return;
    this.closed = true;
    this.ready = [];
    this.readyHead = 0;
    this.scheduled = [];
    this.reportUnretrieved();
  }

  // ---------------------------------------------------------------- errors

  trackUnretrieved(f: Future): void {
    this.unretrieved.push(f);
  }

  /**
   * "Task exception was never retrieved": CPython reports it when the future
   * is garbage-collected; pyasync reports the ones still unretrieved when the
   * loop closes (and at exit for loops never closed).
   */
  reportUnretrieved(only: Future[] | null = null): void {
    const list = only ?? this.unretrieved;
    if (only === null) this.unretrieved = [];
    for (const f of list) {
      if (!f.logTraceback) continue;
      f.logTraceback = false;
      const isTask = f instanceof Task;
      const ctx = newDict([
        ["message", `${isTask ? "Task" : "Future"} exception was never retrieved`],
        ["exception", f.exception!],
        ["future", f],
      ]);
      this.callExceptionHandler(ctx);
    }
  }

  callExceptionHandler(context: PyDict): void {
    if (this.exceptionHandler === None) {
      try {
        this.defaultExceptionHandler(context);
      } catch (e) {
        this.logError("Exception in default exception handler", toPyException(e));
      }
      return;
    }
    try {
      call(this.exceptionHandler, [this, context]);
    } catch (e) {
      const exc = toPyException(e);
      try {
        this.defaultExceptionHandler(newDict([["message", "Unhandled error in exception handler"], ["exception", exc], ["context", context]]));
      } catch (e2) {
        this.logError("Exception in default exception handler while handling an unexpected error in custom exception handler", toPyException(e2));
      }
    }
  }

  defaultExceptionHandler(context: PyDict): void {
    let message = context.get("message");
    if (message === undefined || !truthy(message)) message = "Unhandled exception in event loop";
    const exception = context.get("exception");
    const lines = [str(message)];
    const keys = context.table.keyList().map(String).sort();
    for (const k of keys) {
      if (k === "message" || k === "exception") continue;
      lines.push(`${k}: ${repr(context.get(k)!)}`);
    }
    this.logError(lines.join("\n"), exception instanceof PyBaseException ? exception : null);
  }

  /** logger.error(msg, exc_info=...) through the logging module when configured, else to stderr. */
  logError(message: string, exc: PyBaseException | null): void {
    const hook = this.interp.logHook;
    if (hook) {
      hook("asyncio", "ERROR", message, exc);
      return;
    }
    this.interp.flushStdout();
    let text = message + "\n";
    if (exc) text += formatException(exc, this.interp);
    this.interp.stderr.write(text);
  }
}

/** Raised out of the loop when it must wait for host (JavaScript) work; see the embedding API. */
export class HostWait {
  constructor(readonly until: number | null = null) {}
}


// ---------------------------------------------------------------- the timer heap

function heapPush(h: TimerHandle[], t: TimerHandle): void {
  h.push(t);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!timerLess(h[i], h[p])) break;
    [h[i], h[p]] = [h[p], h[i]];
    i = p;
  }
}

function heapPop(h: TimerHandle[]): TimerHandle {
  const top = h[0];
  const last = h.pop()!;
  if (h.length > 0) {
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < h.length && timerLess(h[l], h[m])) m = l;
      if (r < h.length && timerLess(h[r], h[m])) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
  return top;
}

// ---------------------------------------------------------------- Python-visible methods

const L = (a: PyValue[]) => a[0] as EventLoop;

function checkCallback(cb: PyValue, method: string): void {
  if (cb instanceof PyCoroutine || (cb instanceof PyFunction && cb.code.isCoroutine)) {
    throw pyErr(TypeError, `coroutines cannot be used with ${method}()`);
  }
  if (!isCallable(cb)) throw pyErr(TypeError, `a callable object was expected by ${method}(), got ${repr(cb)}`);
}
function isCallable(v: PyValue): boolean {
  return typeOf(v).lookup("__call__") !== undefined || v instanceof PyFunction || typeOf(v).name === "builtin_function_or_method" || typeOf(v).name === "method" || typeOf(v).name === "type" || (v as PyObject).cls?.cls?.name === "type";
}
function contextArg(kw: KwArgs | null): Context | null {
  const c = kw?.get("context");
  return c instanceof Context ? c : null;
}
function seconds(v: PyValue, what: string): number {
  const f = asFloatOperand(v);
  if (f === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as ${what}`);
  return f;
}

defMethod(loopType, "time", (a) => new PyFloat(L(a).time()));
/** BaseEventLoop's methods are Python methods in CPython: missing arguments are reported as for a def. */
function requireArgs(method: string, a: PyValue[], names: string[]): void {
  const missing = names.slice(a.length - 1);
  if (missing.length === 0) return;
  const quoted = missing.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  throw pyErr(TypeError, `BaseEventLoop.${method}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`);
}

// As in CPython, callbacks are only checked in debug mode.
defMethod(loopType, "call_soon", (a, kw) => {
  requireArgs("call_soon", a, ["callback"]);
  if (L(a).debug) checkCallback(a[1], "call_soon");
  return L(a).callSoon(a[1], a.slice(2), contextArg(kw));
});
defMethod(loopType, "call_soon_threadsafe", (a, kw) => L(a).callSoon(a[1], a.slice(2), contextArg(kw)));
defMethod(loopType, "call_later", (a, kw) => {
  requireArgs("call_later", a, ["delay", "callback"]);
  if (L(a).debug) checkCallback(a[2], "call_later");
  return L(a).callLater(seconds(a[1], "a delay"), a[2], a.slice(3), contextArg(kw));
});
defMethod(loopType, "call_at", (a, kw) => {
  requireArgs("call_at", a, ["when", "callback"]);
  if (a[1] === None) throw pyErr(TypeError, "when cannot be None");
  if (L(a).debug) checkCallback(a[2], "call_at");
  const t = L(a).callAt(seconds(a[1], "a time"), a[2], a.slice(3), contextArg(kw));
  t.whenIsInt = typeof a[1] === "number" || typeof a[1] === "bigint";
  return t;
});
defMethod(loopType, "run_forever", (a) => {
  L(a).runForever();
  return None;
});
defMethod(loopType, "run_until_complete", (a) => L(a).runUntilComplete(a[1]));
defMethod(loopType, "stop", (a) => {
  L(a).stop();
  return None;
});
defMethod(loopType, "close", (a) => {
  L(a).close();
  return None;
});
defMethod(loopType, "is_running", (a) => L(a).running);
defMethod(loopType, "is_closed", (a) => L(a).closed);
defMethod(loopType, "get_debug", (a) => L(a).debug);
defMethod(loopType, "set_debug", (a) => {
  L(a).debug = truthy(a[1]);
  return None;
});
defMethod(loopType, "create_future", (a) => new Future(L(a)));
defMethod(loopType, "create_task", (a, kw) => {
  const [coro, name, context] = parseArgs("create_task", a, kw, ["coro", "*", "name?", "context?"], 1);
  L(a).checkClosedPublic();
  const loop = L(a);
  if (loop.taskFactory !== None) {
    const t = call(loop.taskFactory, [loop, coro!], context instanceof Context ? new Map([["context", context as PyValue]]) : null);
    if (name !== undefined && name !== None) callMethodLate(t, "set_name", [name]);
    return t;
  }
  return hooks.createTask!(loop, coro!, name === undefined || name === None ? null : str(name), context instanceof Context ? context : null);
});
defMethod(loopType, "set_task_factory", (a) => {
  if (a[1] !== None && !isCallable(a[1])) throw pyErr(TypeError, "task factory must be a callable or None");
  L(a).taskFactory = a[1];
  return None;
});
defMethod(loopType, "get_task_factory", (a) => L(a).taskFactory);
// Signals never arrive in pyasync: handlers are accepted and kept.
defMethod(loopType, "add_signal_handler", (a) => {
  L(a).signalHandlers.set(String(a[1]), a[2]);
  return None;
});
defMethod(loopType, "remove_signal_handler", (a) => L(a).signalHandlers.delete(String(a[1])));
defMethod(loopType, "set_exception_handler", (a) => {
  if (a[1] !== None && !isCallable(a[1])) throw pyErr(TypeError, `A callable object or None is expected, got ${repr(a[1])}`);
  L(a).exceptionHandler = a[1];
  return None;
});
defMethod(loopType, "get_exception_handler", (a) => L(a).exceptionHandler);
defMethod(loopType, "call_exception_handler", (a) => {
  L(a).callExceptionHandler(a[1] as PyDict);
  return None;
});
defMethod(loopType, "default_exception_handler", (a) => {
  L(a).defaultExceptionHandler(a[1] as PyDict);
  return None;
});
defMethod(loopType, "shutdown_asyncgens", (a) => hooks.shutdownAsyncgens!(L(a)));
defMethod(loopType, "shutdown_default_executor", (a) => hooks.shutdownExecutor!(L(a)));
defMethod(loopType, "run_in_executor", (a) => {
  const loop = L(a);
  const fut = new Future(loop);
  try {
    fut.setResult(call(a[2], a.slice(3)));
  } catch (e) {
    fut.setException(toPyException(e));
  }
  return fut;
});
nativeRepr.set(loopType, (v) => {
  const l = v as EventLoop;
  return `<_UnixSelectorEventLoop running=${l.running ? "True" : "False"} closed=${l.closed ? "True" : "False"} debug=${l.debug ? "True" : "False"}>`;
});

import { callMethod as callMethodLate } from "../methods.js";
import { defGetter } from "../function.js";
defGetter(loopType, "slow_callback_duration", (l) => new PyFloat((l as EventLoop).slowCallbackDuration), (l, v) => {
  (l as EventLoop).slowCallbackDuration = asFloatOperand(v) ?? 0.1;
});

// In CPython these are Python methods of BaseEventLoop: reprs say so.
for (const [name, v] of loopType.dict) {
  if (v instanceof PyBuiltinFunction) {
    v.looksLikePython = true;
    v.qualname = `BaseEventLoop.${name}`;
  }
}

export interface EventLoop {
  checkClosedPublic(): void;
}
EventLoop.prototype.checkClosedPublic = function (this: EventLoop) {
  if (this.closed) throw pyErr(RuntimeError, "Event loop is closed");
};


export { newException };
