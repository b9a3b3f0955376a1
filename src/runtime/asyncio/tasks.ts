// Task and the task functions — mirrors CPython's Lib/asyncio/tasks.py.
//
// Invariants kept from CPython:
// - a Task either waits on a future (`futWaiter` set, no step scheduled) or
//   has a step scheduled with call_soon — never both;
// - cancel() only requests cancellation: it cancels the awaited future, or
//   sets mustCancel so that the next step throws CancelledError into the
//   coroutine;
// - a bare `yield` (sleep(0)) reschedules the step for the next iteration.

import { PyObject, PyValue, PyClass, withFlag } from "../object.js";
import { makeBuiltinType, defMethod, None, PyModule } from "../types.js";
import { defGetter } from "../function.js";
import { pyErr, TypeError, ValueError, RuntimeError, PyBaseException, toPyException, SystemExit, KeyboardInterrupt, newException, TimeoutError } from "../exceptions.js";
import { repr, str, nativeRepr } from "../repr.js";
import { asFloatOperand, truthy } from "../ops.js";
import { toArray } from "../iter.js";
import { newList, newTuple, newSet, PySet } from "../containers.js";
import { PyCoroutine, JsGen, awaitIterator } from "../generators.js";
import { Frame } from "../compiler/frame.js";
import { CodeInfo } from "../exceptions.js";
import { parseArgs } from "../builtins/args.js";
import { typeName } from "../typename.js";
import { inModule } from "../modules/util.js";
import { dropHooks } from "../dropped.js";
import { Future, futureType, futureReprInfo, awaitFuture, FUTURE_FLAG_BITS } from "./futures.js";
import type { EventLoop } from "./base-events.js";
import { hooks } from "./hooks.js";
import { Context } from "./context.js";
import { CancelledError, InvalidStateError } from "./exceptions.js";
import { formatCoroutine, internalCallback } from "./format.js";

export const taskType = inModule(makeBuiltinType("Task", [futureType]), "_asyncio");

/** The arguments of a callback that takes none; shared, never mutated. */
const NO_ARGS: PyValue[] = [];

const MUST_CANCEL = 1 << FUTURE_FLAG_BITS;
const LOG_DESTROY_PENDING = 2 << FUTURE_FLAG_BITS;
const CANCELS_SHIFT = FUTURE_FLAG_BITS + 2;

export class Task extends Future {
  /** get_name(): the name set, or the number that makes "Task-<n>" (the string is only made when asked for). */
  private nameOrNumber: string | number;
  get name(): string {
    const n = this.nameOrNumber;
    return typeof n === "string" ? n : `Task-${n}`;
  }
  set name(v: string) {
    this.nameOrNumber = v;
  }
  /** cancelling(): how many cancel() requests are pending (kept in the flags above the booleans). */
  get numCancelsRequested(): number {
    return this.flags >>> CANCELS_SHIFT;
  }
  set numCancelsRequested(n: number) {
    this.flags = (this.flags & ((1 << CANCELS_SHIFT) - 1)) | (n << CANCELS_SHIFT);
  }
  get mustCancel(): boolean {
    return (this.flags & MUST_CANCEL) !== 0;
  }
  set mustCancel(v: boolean) {
    this.flags = withFlag(this.flags, MUST_CANCEL, v);
  }
  futWaiter: Future | null = null;
  /** Cleared when a pending task should not be reported as destroyed (set on creation). */
  get logDestroyPending(): boolean {
    return (this.flags & LOG_DESTROY_PENDING) !== 0;
  }
  set logDestroyPending(v: boolean) {
    this.flags = withFlag(this.flags, LOG_DESTROY_PENDING, v);
  }
  readonly context: Context;
  /** The task is its own step callback (NativeCallback): the loop calls runCallback. */
  get callbackName(): string {
    return "Task.task_step";
  }
  runCallback(args: PyValue[]): void {
    this.step(args.length === 0 ? null : (args[0] as PyBaseException));
  }
  /** Made on the first await of a future: many tasks finish without ever blocking. */
  private wakeup_: ((fut: PyValue) => void) | null = null;
  private get wakeupCb(): (fut: PyValue) => void {
    this.wakeup_ ??= internalCallback((fut: PyValue) => this.wakeup(fut as Future), "Task.task_wakeup");
    return this.wakeup_;
  }

  constructor(loop: EventLoop, readonly coro: PyCoroutine, name: string | null, context: Context | null, cls: PyClass = taskType) {
    super(loop, cls);
    const state = loop.state;
    // CPython's C Task takes a number from the counter even when named.
    const number = ++state.taskCounter;
    this.logDestroyPending = true;
    this.nameOrNumber = name ?? number;
    this.context = context ?? state.currentContext.copy();
    coro.awaited = true;
    loop.callSoonStep(this);
    state.allTasks.add(this);
  }

  override cancel(msg: PyValue = None): boolean {
    this.logTraceback = false;
    if (this.done()) return false;
    this.numCancelsRequested++;
    if (this.futWaiter !== null && this.futWaiter.cancel(msg)) return true;
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  /** Future.cancel without the Task override (super().cancel() in tasks.py). */
  private futureCancel(msg: PyValue = None): boolean {
    return Future.prototype.cancel.call(this, msg);
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) this.numCancelsRequested--;
    return this.numCancelsRequested;
  }

  private step(exc: PyBaseException | null): void {
    if (this.done()) throw pyErr(InvalidStateError, `_step(): already done: ${repr(this)}, ${exc === null ? "None" : repr(exc)}`);
    if (this.mustCancel) {
      if (!(exc instanceof PyBaseException && exc.cls.isSubclassOf(CancelledError))) exc = this.makeCancelledError();
      this.mustCancel = false;
    }
    const coro = this.coro;
    this.futWaiter = null;
    enterTask(this.loop, this);
    try {
      let r;
      try {
        r = exc === null ? coro.resume(None) : coro.resumeThrow(exc);
      } catch (e) {
        const err = toPyException(e);
        if (err.cls.isSubclassOf(CancelledError)) {
          this.cancelledExc = err;
          this.futureCancel();
        } else if (err.cls.isSubclassOf(KeyboardInterrupt) || err.cls.isSubclassOf(SystemExit)) {
          this.setException(err);
          throw err;
        } else this.setException(err);
        this.finished();
        return;
      }
      if (r.done) {
        if (this.mustCancel) {
          this.mustCancel = false;
          this.futureCancel(this.cancelMessage);
        } else this.setResult(r.value);
        this.finished();
        return;
      }
      const result = r.value;
      if (result instanceof Future) {
        if (result.loop !== this.loop) {
          const e = pyErr(RuntimeError, `Task ${repr(this)} got Future ${repr(result)} attached to a different loop`);
          this.loop.callSoon(this, [e], this.context);
        } else if (result.blocking) {
          if (result === this) {
            this.loop.callSoon(this, [pyErr(RuntimeError, `Task cannot await on itself: ${repr(this)}`)], this.context);
          } else {
            result.blocking = false;
            result.addDoneCallback(this.wakeupCb, this.context);
            this.futWaiter = result;
            if (this.mustCancel && this.futWaiter.cancel(this.cancelMessage)) this.mustCancel = false;
          }
        } else {
          const e = pyErr(RuntimeError, `yield was used instead of yield from in task ${repr(this)} with ${repr(result)}`);
          this.loop.callSoon(this, [e], this.context);
        }
      } else if (result === None || result === undefined) {
        // A bare yield relinquishes control for one event loop iteration.
        this.loop.callSoonStep(this);
      } else {
        this.loop.callSoon(this, [pyErr(RuntimeError, `Task got bad yield: ${repr(result)}`)], this.context);
      }
    } finally {
      leaveTask(this.loop, this);
    }
  }

  private wakeup(fut: Future): void {
    try {
      fut.getResult();
    } catch (e) {
      this.step(toPyException(e));
      return;
    }
    this.step(null);
  }

  private finished(): void {
    this.loop.state.allTasks.delete(this);
    if (this.dropped && this.logTraceback) this.loop.reportUnretrieved([this]);
  }
  /** No reference to the task is left in the program (see dropped.ts). */
  dropped = false;
}

function enterTask(loop: EventLoop, task: Task): void {
  const cur = loop.currentTask;
  if (cur !== null) {
    throw pyErr(RuntimeError, `Cannot enter into task ${repr(task)} while another task ${repr(cur)} is being executed.`);
  }
  loop.currentTask = task;
}

function leaveTask(loop: EventLoop, task: Task): void {
  const cur = loop.currentTask;
  if (cur !== task) throw pyErr(RuntimeError, `Leaving task ${repr(task)} does not match the current task ${repr(cur ?? None)}.`);
  loop.currentTask = null;
}

dropHooks.set(futureType, (v) => {
  const fut = v as Future;
  if (fut instanceof Task) fut.dropped = true;
  if (fut.done() && fut.logTraceback) fut.loop.reportUnretrieved([fut]);
});

export function taskReprInfo(t: Task): string[] {
  const info = futureReprInfo(t);
  if (t.numCancelsRequested > 0 && !t.done()) info[0] = "cancelling";
  info.splice(1, 0, `name=${repr(t.name)}`, `coro=<${formatCoroutine(t.coro)}>`);
  if (t.futWaiter !== null) info.splice(3, 0, `wait_for=${repr(t.futWaiter)}`);
  return info;
}
nativeRepr.set(taskType, (v) => `<${(v as PyObject).cls.name} ${taskReprInfo(v as Task).join(" ")}>`);

// ---------------------------------------------------------------- creating tasks and futures

export function createTask(loop: EventLoop, coro: PyValue, name: string | null, ctx: Context | null): Task {
  if (!(coro instanceof PyCoroutine)) throw pyErr(TypeError, `a coroutine was expected, got ${repr(coro)}`);
  return new Task(loop, coro, name, ctx);
}
hooks.createTask = createTask;

/** ensure_future(coro_or_future, loop) */
export function ensureFuture(v: PyValue, loop: EventLoop): Future {
  if (v instanceof Future) {
    if (v.loop !== loop) throw pyErr(ValueError, "The future belongs to a different loop than the one specified as the loop argument");
    return v;
  }
  if (v instanceof PyCoroutine) return createTask(loop, v, null, null);
  throw pyErr(TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}
hooks.ensureFuture = ensureFuture;

// ---------------------------------------------------------------- native coroutines

/** Where CPython 3.11 defines asyncio's own coroutines: [file, def line, line where it waits]. */
const NATIVE_LOCATIONS: Record<string, [string, number, number]> = {
  sleep: ["tasks.py", 627, 639],
  wait: ["tasks.py", 389, 418],
  wait_for: ["tasks.py", 426, 466],
  _wait: ["tasks.py", 497, 525],
};

/**
 * Native coroutines never change their frame (no locals, a fixed line), so
 * one frame per kind is shared by all of them.
 */
const nativeFrames = new Map<string, Frame>();
function nativeFrame(name: string): Frame {
  let frame = nativeFrames.get(name);
  if (!frame) {
    const loc = NATIVE_LOCATIONS[name];
    const info: CodeInfo = { name, qualname: name, filename: loc ? `/usr/lib/python3.11/asyncio/${loc[0]}` : "<asyncio>", firstLine: loc ? loc[1] : 1, source: [] };
    frame = new Frame(info, 0, null, new Map());
    if (loc) frame.line = loc[2];
    nativeFrames.set(name, frame);
  }
  return frame;
}

/** Wraps a JS generator as a Python coroutine object (asyncio.sleep(), gather's helpers, ...). */
export function nativeCoroutine(name: string, gen: JsGen): PyCoroutine {
  return new PyCoroutine(gen, nativeFrame(name), name, name);
}

// ---------------------------------------------------------------- sleep

function* sleepGen(loopOf: () => EventLoop, delay: number, result: PyValue): JsGen {
  if (delay <= 0) {
    yield None;
    return result;
  }
  const loop = loopOf();
  const fut = new Future(loop);
  const h = loop.callLater(delay, setResultUnlessCancelled, [fut, result]);
  try {
    return yield* awaitFuture(fut);
  } finally {
    h.cancel();
  }
}

function setResultUnlessCancelled(fut: PyValue, result: PyValue): void {
  const f = fut as Future;
  if (f.cancelled()) return;
  f.setResult(result);
}
internalCallback(setResultUnlessCancelled, "_set_result_unless_cancelled", "futures.py:311");

/** asyncio.sleep is `async def`: the loop is the one running when it is awaited. */
export function sleep(loopOf: () => EventLoop, delay: number, result: PyValue): PyCoroutine {
  return nativeCoroutine("sleep", sleepGen(loopOf, delay, result));
}

export function delayArg(v: PyValue): number {
  const d = asFloatOperand(v);
  if (d === null) throw pyErr(TypeError, `'<=' not supported between instances of '${typeName(v)}' and 'int'`);
  return d;
}

// ---------------------------------------------------------------- gather

export class GatheringFuture extends Future {
  cancelRequested = false;
  constructor(readonly children: Future[], loop: EventLoop) {
    super(loop, gatheringFutureType);
  }
  override cancel(msg: PyValue = None): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this.children) if (child.cancel(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}
export const gatheringFutureType = inModule(makeBuiltinType("_GatheringFuture", [futureType]), "asyncio.tasks");
nativeRepr.set(gatheringFutureType, (v) => `<_GatheringFuture ${futureReprInfo(v as Future).join(" ")}>`);

export function gather(loopOf: () => EventLoop, args: PyValue[], returnExceptions: boolean): Future {
  if (args.length === 0) {
    const outer = new Future(loopOf());
    outer.setResult(newList([]));
    return outer;
  }
  let outer: GatheringFuture | null = null;
  const children: Future[] = [];
  let nfuts = 0;
  let nfinished = 0;
  let loop: EventLoop | null = null;
  const done = (futv: PyValue) => {
    const fut = futv as Future;
    nfinished++;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.getException();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.setException(fut.makeCancelledError());
        return;
      }
      const exc = fut.getException();
      if (exc !== None) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: PyValue[] = [];
      for (const f of children) {
        let res: PyValue;
        if (f.cancelled()) res = newException(CancelledError, f.cancelMessage === None ? "" : f.cancelMessage);
        else {
          res = f.getException();
          if (res === None) res = f.getResult();
        }
        results.push(res);
      }
      if (outer.cancelRequested) outer.setException(fut.makeCancelledError());
      else outer.setResult(newList(results));
    }
  };
  internalCallback(done, "gather.<locals>._done_callback", "tasks.py:754");
  const argToFut = new Map<PyValue, Future>();
  for (const arg of args) {
    let fut = argToFut.get(arg);
    if (fut === undefined) {
      fut = ensureFuture(arg, loop ?? (arg instanceof Future ? arg.loop : loopOf()));
      if (loop === null) loop = fut.loop;
      if (fut !== arg && fut instanceof Task) fut.logDestroyPending = false;
      nfuts++;
      argToFut.set(arg, fut);
      fut.addDoneCallback(done);
    }
    children.push(fut);
  }
  outer = new GatheringFuture(children, loop!);
  return outer;
}

// ---------------------------------------------------------------- wait

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

function releaseWaiter(waiter: PyValue): void {
  const w = waiter as Future;
  if (!w.done()) w.setResult(None);
}
internalCallback(releaseWaiter, "_release_waiter", "tasks.py:421");

/** asyncio.wait is `async def`: its checks run when it is awaited. */
export function wait(loopOf: () => EventLoop, fsArg: PyValue, timeout: number | null, returnWhen: PyValue): PyCoroutine {
  function* run(): JsGen {
    return yield* startWait(loopOf, fsArg, timeout, returnWhen);
  }
  return nativeCoroutine("wait", run());
}

function startWait(loopOf: () => EventLoop, fsArg: PyValue, timeout: number | null, returnWhen: PyValue): JsGen {
  if (fsArg instanceof Future || fsArg instanceof PyCoroutine) throw pyErr(TypeError, `expect a list of futures, not ${typeName(fsArg)}`);
  const items = toArray(fsArg);
  if (items.length === 0) throw pyErr(ValueError, "Set of Tasks/Futures is empty.");
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw pyErr(ValueError, `Invalid return_when value: ${str(returnWhen)}`);
  }
  const fs = uniqueInOrder(items);
  if (fs.some((f) => f instanceof PyCoroutine)) throw pyErr(TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
  const loop = loopOf();
  return waitGen(loop, fs.map((f) => ensureFuture(f, loop)), timeout, returnWhen);
}

function uniqueInOrder(items: PyValue[]): PyValue[] {
  const s = newSet(items);
  return s.table.keyList();
}

function* waitGen(loop: EventLoop, fs: Future[], timeout: number | null, returnWhen: PyValue): JsGen {
  const waiter = new Future(loop);
  const timeoutHandle = timeout !== null ? loop.callLater(timeout, releaseWaiter, [waiter]) : null;
  let counter = fs.length;
  const onCompletion = (fv: PyValue) => {
    const f = fv as Future;
    counter--;
    // f.exception() (not the field): asking retrieves the exception, as in CPython.
    if (counter <= 0 || returnWhen === FIRST_COMPLETED || (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.getException() !== None)) {
      if (timeoutHandle !== null) timeoutHandle.cancel();
      if (!waiter.done()) waiter.setResult(None);
    }
  };
  internalCallback(onCompletion, "_wait.<locals>._on_completion", "tasks.py:509");
  for (const f of fs) f.addDoneCallback(onCompletion);
  try {
    yield* awaitFuture(waiter);
  } finally {
    if (timeoutHandle !== null) timeoutHandle.cancel();
    for (const f of fs) f.removeDoneCallback(onCompletion);
  }
  const done = newSet();
  const pending = newSet();
  for (const f of fs) (f.done() ? done : pending).add(f);
  return newTuple([done, pending]);
}

// ---------------------------------------------------------------- wait_for (3.11)

function* cancelAndWait(loop: EventLoop, fut: Future): JsGen {
  const waiter = new Future(loop);
  const cb = (_f: PyValue) => releaseWaiter(waiter);
  fut.addDoneCallback(cb);
  try {
    fut.cancel();
    yield* awaitFuture(waiter);
  } finally {
    fut.removeDoneCallback(cb);
  }
  return None;
}

function timeoutFrom(exc: PyBaseException): PyBaseException {
  const t = newException(TimeoutError);
  t.cause = exc;
  t.context = exc;
  t.suppressContext = true;
  return t;
}

function* waitForGen(loop: EventLoop, arg: PyValue, timeout: number | null): JsGen {
  if (timeout === null) return yield* awaitIterator(arg);
  if (timeout <= 0) {
    const fut = ensureFuture(arg, loop);
    if (fut.done()) return fut.getResult();
    yield* cancelAndWait(loop, fut);
    try {
      return fut.getResult();
    } catch (e) {
      const exc = toPyException(e);
      if (exc.cls.isSubclassOf(CancelledError)) throw timeoutFrom(exc);
      throw exc;
    }
  }
  const waiter = new Future(loop);
  const timeoutHandle = loop.callLater(timeout, releaseWaiter, [waiter]);
  const cb = (_f: PyValue) => releaseWaiter(waiter);
  (cb as { pyName?: string }).pyName = "_release_waiter";
  const fut = ensureFuture(arg, loop);
  fut.addDoneCallback(cb);
  try {
    try {
      yield* awaitFuture(waiter);
    } catch (e) {
      const exc = toPyException(e);
      if (exc.cls.isSubclassOf(CancelledError)) {
        if (fut.done()) return fut.getResult();
        fut.removeDoneCallback(cb);
        yield* cancelAndWait(loop, fut);
      }
      throw exc;
    }
    if (fut.done()) return fut.getResult();
    fut.removeDoneCallback(cb);
    yield* cancelAndWait(loop, fut);
    try {
      return fut.getResult();
    } catch (e) {
      const exc = toPyException(e);
      if (exc.cls.isSubclassOf(CancelledError)) throw timeoutFrom(exc);
      throw exc;
    }
  } finally {
    timeoutHandle.cancel();
  }
}

export function waitFor(loopOf: () => EventLoop, arg: PyValue, timeout: number | null): PyCoroutine {
  function* run(): JsGen {
    return yield* waitForGen(loopOf(), arg, timeout);
  }
  return nativeCoroutine("wait_for", run());
}

// ---------------------------------------------------------------- shield

export function shield(loopOf: () => EventLoop, arg: PyValue): Future {
  const inner = ensureFuture(arg, arg instanceof Future ? arg.loop : loopOf());
  if (inner.done()) return inner;
  const loop = inner.loop;
  const outer = new Future(loop);
  const innerDone = (_i: PyValue) => {
    if (outer.cancelled()) {
      if (!inner.cancelled()) inner.getException();
      return;
    }
    if (inner.cancelled()) outer.cancel();
    else {
      const exc = inner.getException();
      if (exc !== None) outer.setException(exc);
      else outer.setResult(inner.getResult());
    }
  };
  internalCallback(innerDone, "shield.<locals>._inner_done_callback", "tasks.py:881");
  const outerDone = (_o: PyValue) => {
    if (!inner.done()) inner.removeDoneCallback(innerDone);
  };
  internalCallback(outerDone, "shield.<locals>._outer_done_callback", "tasks.py:898");
  inner.addDoneCallback(innerDone);
  outer.addDoneCallback(outerDone);
  return outer;
}

// ---------------------------------------------------------------- as_completed

export function asCompleted(loop: EventLoop, fsArg: PyValue, timeout: number | null, makeQueue: () => { putNowait(v: PyValue): void; get(): PyValue }): PyValue[] {
  if (fsArg instanceof Future || fsArg instanceof PyCoroutine) throw pyErr(TypeError, `expect an iterable of futures, not ${typeName(fsArg)}`);
  const done = makeQueue();
  const todo = new Set<Future>(uniqueInOrder(toArray(fsArg)).map((f) => ensureFuture(f, loop)));
  let timeoutHandle: ReturnType<EventLoop["callLater"]> | null = null;
  const onTimeout = () => {
    for (const f of todo) {
      f.removeDoneCallback(onCompletion);
      done.putNowait(None);
    }
    todo.clear();
  };
  const onCompletion = (fv: PyValue) => {
    if (todo.size === 0) return;
    todo.delete(fv as Future);
    done.putNowait(fv);
    if (todo.size === 0 && timeoutHandle !== null) timeoutHandle.cancel();
  };
  function* waitForOne(): JsGen {
    const f = yield* awaitIterator(done.get());
    if (f === None) throw newException(TimeoutError);
    return (f as Future).getResult();
  }
  for (const f of todo) f.addDoneCallback(onCompletion);
  if (todo.size > 0 && timeout !== null) timeoutHandle = loop.callLater(timeout, onTimeout, []);
  const out: PyValue[] = [];
  for (let i = 0; i < todo.size; i++) out.push(nativeCoroutine("_wait_for_one", waitForOne()));
  return out;
}

// ---------------------------------------------------------------- Python-visible Task methods

const T = (a: PyValue[]) => a[0] as Task;
defMethod(taskType, "get_name", (a) => T(a).name);
defMethod(taskType, "set_name", (a) => {
  T(a).name = str(a[1]);
  return None;
});
defMethod(taskType, "get_coro", (a) => T(a).coro);
defMethod(taskType, "get_context", (a) => T(a).context);
defMethod(taskType, "cancel", (a, kw) => {
  const [msg] = parseArgs("cancel", a, kw, ["msg?"], 1);
  return T(a).cancel(msg ?? None);
});
defMethod(taskType, "cancelling", (a) => T(a).numCancelsRequested);
defMethod(taskType, "uncancel", (a) => T(a).uncancel());
defMethod(taskType, "get_stack", () => newList([]));
defMethod(taskType, "print_stack", () => None);
defGetter(taskType, "_must_cancel", (t) => (t as Task).mustCancel);
defGetter(taskType, "_fut_waiter", (t) => (t as Task).futWaiter ?? None);
defGetter(taskType, "_coro", (t) => (t as Task).coro);
taskType.nativeNew = (cls, args, kw) => {
  const [coro, loop, name, context] = parseArgs("Task", args, kw, ["coro", "*", "loop?", "name?", "context?"]);
  const l = (loop as EventLoop | undefined) ?? hooks.currentLoop!();
  if (!(coro instanceof PyCoroutine)) throw pyErr(TypeError, `a coroutine was expected, got ${repr(coro!)}`);
  return new Task(l, coro, name === undefined || name === None ? null : str(name), context instanceof Context ? context : null, cls);
};

export { PySet, truthy, RuntimeError, PyModule };
