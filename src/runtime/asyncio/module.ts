// The `asyncio` package as Python sees it: the native core (loop, Future,
// Task, the task functions, asyncio.run) plus the parts CPython writes in
// Python (locks, queues, timeouts, task groups), which run from their
// adapted CPython sources under src/lib/asyncio.

import { PyValue, KwArgs } from "../object.js";
import { PyModule, None } from "../types.js";
import { pyErr, RuntimeError, ValueError, TypeError, DeprecationWarning, toPyException, TimeoutError, PyBaseException, Exception } from "../exceptions.js";
import { repr, str } from "../repr.js";
import { truthy, asFloatOperand } from "../ops.js";
import { newSet, newDict } from "../containers.js";
import { PyCoroutine, AsyncGenStep, JsGen, awaitIterator } from "../generators.js";
import { PyFunction } from "../function.js";
import { parseArgs } from "../builtins/args.js";
import { makeModule } from "../modules/util.js";
import { builtinFunction, PyBuiltinFunction, makeBuiltinType, objectType, defMethod, typeOf as typeOfValue } from "../types.js";
import { PyObject } from "../object.js";
import { inModule } from "../modules/util.js";
import { attributeError } from "../attrs.js";
import type { Interpreter } from "../interpreter.js";
import type { ModuleFactory } from "../modules/registry.js";
import { LoopState, loopState } from "./state.js";
import { EventLoop, loopType } from "./base-events.js";
import { hooks } from "./hooks.js";
import { Future, futureType } from "./futures.js";
import {
  taskType, createTask, ensureFuture, nativeCoroutine, sleep, delayArg, gather, wait, waitFor, shield, asCompleted,
  FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
} from "./tasks.js";
import { Context, contextOwner, contextvarsMembers } from "./context.js";
import { handleType, timerHandleType } from "./events.js";
import * as X from "./exceptions.js";
import { callMethod } from "../methods.js";
import { PyClass } from "../object.js";
import { accelerateQueue } from "./native-queue.js";
import { accelerateLock } from "./native-lock.js";

function classArg(v: PyValue | undefined): PyClass {
  if (!(v instanceof PyClass)) throw pyErr(TypeError, "a class is required");
  return v;
}

function runningLoop(state: LoopState): EventLoop {
  const l = state.runningLoop;
  if (l === null) throw pyErr(RuntimeError, "no running event loop");
  return l;
}

/** events.get_event_loop(): the running loop, else the policy's (created on first use). */
function getEventLoop(state: LoopState): EventLoop {
  if (state.runningLoop) return state.runningLoop;
  if (state.policyLoop === null) {
    if (state.policyLoopSet) throw pyErr(RuntimeError, "There is no current event loop in thread 'MainThread'.");
    state.policyLoop = new EventLoop(state);
    state.policyLoopSet = true;
  }
  return state.policyLoop;
}

/**
 * A task running `agen.aclose()`. As with CPython's athrow object, an
 * exception thrown in before the first step (the task being cancelled) goes
 * into the async generator, whose finally blocks then run; a JS generator
 * cannot catch before it starts, so this one is primed past a first yield.
 */
hooks.wrapAclose = (ag) => {
  const PRIME = {} as PyValue;
  function* run(): JsGen {
    let injected: unknown = null;
    try {
      yield PRIME;
    } catch (e) {
      injected = e;
    }
    if (injected === null) return yield* (callMethod(ag, "aclose", []) as AsyncGenStep).gen;
    return yield* (callMethod(ag, "athrow", [injected as PyValue]) as AsyncGenStep).gen;
  }
  const g = run();
  g.next();
  return nativeCoroutine("aclose", g);
};

function* shutdownAsyncgens(loop: EventLoop): JsGen {
  loop.asyncgensShutdownCalled = true;
  const closing = [...loop.asyncgens].filter((ag) => !ag.finished);
  loop.asyncgens.clear();
  if (closing.length === 0) return None;
  const results = yield* awaitIterator(gather(() => loop, closing.map((ag) => wrapAwaitable(loop, callMethod(ag, "aclose", []))), true));
  const items = (results as unknown as { items: PyValue[] }).items;
  items.forEach((r, i) => {
    if (r instanceof PyBaseException && r.cls.isSubclassOf(Exception)) {
      loop.callExceptionHandler(newDict([
        ["message", `an error occurred during closing of asynchronous generator ${repr(closing[i])}`],
        ["exception", r],
        ["asyncgen", closing[i]],
      ]));
    }
  });
  return None;
}
hooks.shutdownAsyncgens = (loop) => nativeCoroutine("shutdown_asyncgens", shutdownAsyncgens(loop));
// eslint-disable-next-line require-yield
function* shutdownExecutor(): JsGen {
  return None;
}
hooks.shutdownExecutor = () => nativeCoroutine("shutdown_default_executor", shutdownExecutor());

/** "Task was destroyed but it is pending!": CPython says it when such a task is collected, at the latest at exit. */
function reportDestroyedPending(state: LoopState): void {
  for (const t of [...state.allTasks]) {
    if (t.done() || !t.logDestroyPending) continue;
    state.allTasks.delete(t);
    const running = t.coro.started && !t.coro.finished;
    t.coro.finished = true; // its frame is gone by then: the repr says "done, defined at"
    t.loop.callExceptionHandler(newDict([["task", t], ["message", "Task was destroyed but it is pending!"]]));
    // Then the coroutine itself is collected: closing it runs its finally blocks.
    if (running) {
      t.coro.finished = false;
      try {
        t.coro.close();
      } catch {
        // an error while closing a collected coroutine is not reported
      }
    }
  }
}

/** runners._cancel_all_tasks */
function cancelAllTasks(loop: EventLoop): void {
  const toCancel = [...loop.state.allTasks].filter((t) => t.loop === loop && !t.done());
  if (toCancel.length === 0) return;
  for (const t of toCancel) t.cancel();
  loop.runUntilComplete(gather(() => loop, toCancel, true));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    if (t.exception !== null) {
      loop.callExceptionHandler(newDict([
        ["message", "unhandled exception during asyncio.run() shutdown"],
        ["exception", t.getException()],
        ["task", t],
      ]));
    }
  }
}

/** asyncio.run(main): `with Runner(debug=debug) as runner: return runner.run(main)`. */
function run(state: LoopState, main: PyValue, debug: PyValue): PyValue {
  if (state.runningLoop !== null) throw pyErr(RuntimeError, "asyncio.run() cannot be called from a running event loop");
  const runner = new PyRunner(state, debug ?? None, None);
  runner.lazyInit();
  try {
    return runner.run(main, null);
  } finally {
    runner.close();
  }
}

/** asyncio.Runner (runners.py): a loop for several run() calls, finalized by close(). */
const runnerType = inModule(makeBuiltinType("Runner", [objectType]), "asyncio.runners");
class PyRunner extends PyObject {
  phase: "created" | "initialized" | "closed" = "created";
  loop: EventLoop | null = null;
  context: Context | null = null;
  setEventLoop = false;
  constructor(readonly state: LoopState, readonly debug: PyValue, readonly loopFactory: PyValue) {
    super(runnerType);
  }
  lazyInit(): EventLoop {
    if (this.phase === "closed") throw pyErr(RuntimeError, "Runner is closed");
    if (this.phase === "initialized") return this.loop!;
    if (this.loopFactory === None) {
      this.loop = new EventLoop(this.state);
      this.state.policyLoop = this.loop;
      this.state.policyLoopSet = true;
      this.setEventLoop = true;
    } else this.loop = callPy(this.loopFactory, []) as EventLoop;
    if (this.debug !== None) this.loop.debug = truthy(this.debug);
    this.context = this.state.currentContext.copy();
    this.phase = "initialized";
    return this.loop;
  }
  run(coro: PyValue, context: Context | null): PyValue {
    if (!(coro instanceof PyCoroutine)) throw pyErr(ValueError, `a coroutine was expected, got ${repr(coro)}`);
    if (this.state.runningLoop !== null) throw pyErr(RuntimeError, "Runner.run() cannot be called from a running event loop");
    const loop = this.lazyInit();
    const task = createTask(loop, coro, null, context ?? this.context);
    return loop.runUntilComplete(task);
  }
  close(): void {
    if (this.phase !== "initialized") return;
    const loop = this.loop!;
    try {
      cancelAllTasks(loop);
      loop.runUntilComplete(hooks.shutdownAsyncgens!(loop));
      loop.runUntilComplete(hooks.shutdownExecutor!(loop));
    } finally {
      if (this.setEventLoop) this.state.policyLoop = null;
      loop.close();
      this.loop = null;
      this.phase = "closed";
    }
  }
}
const R = (a: PyValue[]) => a[0] as PyRunner;
defMethod(runnerType, "run", (a, kw) => {
  const [coro, context] = parseArgs("run", a, kw, ["coro", "*", "context?"], 1);
  return R(a).run(coro!, context instanceof Context ? context : null);
});
defMethod(runnerType, "close", (a) => {
  R(a).close();
  return None;
});
defMethod(runnerType, "get_loop", (a) => R(a).lazyInit());
defMethod(runnerType, "__enter__", (a) => {
  R(a).lazyInit();
  return a[0];
});
defMethod(runnerType, "__exit__", (a) => {
  R(a).close();
  return None;
});

function optTimeout(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const f = asFloatOperand(v);
  if (f === null) throw pyErr(TypeError, "timeout must be a number or None");
  return f;
}

function iscoroutinefunction(v: PyValue): boolean {
  if (v instanceof PyFunction) return v.code.isCoroutine;
  const f = (v as { func?: PyValue }).func;
  if (f instanceof PyFunction) return f.code.isCoroutine;
  const marked = (v as { dict?: Map<string, PyValue> | null }).dict?.get("_is_coroutine");
  return marked !== undefined;
}

function coreMembers(interp: Interpreter): Record<string, PyValue | ((a: PyValue[], kw: KwArgs | null) => PyValue)> {
  const state = loopState(interp);
  contextOwner.state = state;
  if (!state.exitHookInstalled) {
    state.exitHookInstalled = true;
    interp.atExit.push(() => reportDestroyedPending(state));
  }
  hooks.currentLoop = () => getEventLoop(state);
  const loopFor = () => getEventLoop(state);
  const loopOfState = () => runningLoop(state);
  return {
    run: (a, kw) => {
      const [main, debug] = parseArgs("run", a, kw, ["main", "*", "debug?"]);
      return run(state, main!, debug ?? None);
    },
    Runner: builtinFunction("Runner", (a, kw) => {
      const [debug, loopFactory] = parseArgs("Runner", a, kw, ["*", "debug?", "loop_factory?"]);
      return new PyRunner(state, debug ?? None, loopFactory ?? None);
    }),
    get_event_loop: () => getEventLoop(state),
    _get_event_loop: () => getEventLoop(state),
    get_running_loop: () => runningLoop(state),
    _get_running_loop: () => state.runningLoop ?? None,
    new_event_loop: () => new EventLoop(state),
    set_event_loop: (a) => {
      state.policyLoop = a[0] === None ? null : (a[0] as EventLoop);
      state.policyLoopSet = true;
      return None;
    },
    sleep: (a, kw) => {
      if (kw === null && a.length === 1 && typeof a[0] === "number") return sleep(loopOfState, a[0], None);
      const [delay, result] = parseArgs("sleep", a, kw, ["delay", "result?"]);
      return sleep(loopOfState, delayArg(delay!), result ?? None);
    },
    create_task: (a, kw) => {
      const [coro, name, context] = parseArgs("create_task", a, kw, ["coro", "*", "name?", "context?"]);
      const loop = runningLoop(state);
      if (loop.taskFactory !== None) return callMethod(loop, "create_task", a, kw);
      return createTask(loop, coro!, name === undefined || name === None ? null : str(name), context instanceof Context ? context : null);
    },
    ensure_future: (a, kw) => {
      const [v, loop] = parseArgs("ensure_future", a, kw, ["coro_or_future", "*", "loop?"]);
      const l = loop instanceof EventLoop ? loop : v instanceof Future ? v.loop : getEventLoop(state);
      if (v instanceof AsyncGenStep || (!(v instanceof Future) && !(v instanceof PyCoroutine) && typeOfValue(v!).lookup("__await__") !== undefined)) {
        return wrapAwaitable(l, v!);
      }
      return ensureFuture(v!, l);
    },
    gather: (a, kw) => {
      const re = kw?.get("return_exceptions");
      if (kw) for (const k of kw.keys()) if (k !== "return_exceptions") throw pyErr(TypeError, `gather() got an unexpected keyword argument '${k}'`);
      return gather(loopFor, a.map((x) => (x instanceof AsyncGenStep ? wrapAwaitable(loopFor(), x) : x)), re !== undefined && truthy(re));
    },
    wait: (a, kw) => {
      const [fs, timeout, returnWhen] = parseArgs("wait", a, kw, ["fs", "*", "timeout?", "return_when?"]);
      return wait(() => runningLoop(state), fs!, optTimeout(timeout), returnWhen ?? ALL_COMPLETED);
    },
    wait_for: (a, kw) => {
      const [fut, timeout] = parseArgs("wait_for", a, kw, ["fut", "timeout"]);
      return waitFor(() => runningLoop(state), fut!, optTimeout(timeout));
    },
    shield: (a) => shield(loopFor, a[0]),
    as_completed: (a, kw) => {
      const [fs, timeout] = parseArgs("as_completed", a, kw, ["fs", "*", "timeout?"]);
      const queues = interp.importModule("asyncio.queues");
      const Queue = queues.dict!.get("Queue")!;
      const items = asCompleted(loopFor(), fs!, optTimeout(timeout), () => {
        const q = callPy(Queue, []);
        return { putNowait: (v) => void callMethod(q, "put_nowait", [v]), get: () => callMethod(q, "get", []) };
      });
      return iterOf(items);
    },
    current_task: (a) => {
      const loop = a.length && a[0] !== None ? (a[0] as EventLoop) : runningLoop(state);
      return loop.currentTask ?? None;
    },
    all_tasks: (a) => {
      const loop = a.length && a[0] !== None ? (a[0] as EventLoop) : runningLoop(state);
      return newSet([...state.allTasks].filter((t) => t.loop === loop && !t.done()));
    },
    iscoroutine: (a) => a[0] instanceof PyCoroutine,
    iscoroutinefunction: (a) => iscoroutinefunction(a[0]),
    isfuture: (a) => a[0] instanceof Future,
    _set_task_name: (a) => {
      if (a[1] !== None) callMethod(a[0], "set_name", [a[1]]);
      return None;
    },
    Future: futureType,
    Task: taskType,
    Handle: handleType,
    TimerHandle: timerHandleType,
    AbstractEventLoop: loopType,
    BaseEventLoop: loopType,
    SelectorEventLoop: loopType,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    CancelledError: X.CancelledError,
    InvalidStateError: X.InvalidStateError,
    TimeoutError,
    IncompleteReadError: X.IncompleteReadError,
    LimitOverrunError: X.LimitOverrunError,
    SendfileNotAvailableError: X.SendfileNotAvailableError,
    BrokenBarrierError: X.BrokenBarrierError,
    QueueEmpty: X.QueueEmpty,
    QueueFull: X.QueueFull,
  };
}


import { call as callPy } from "../call.js";
import { arrayIter } from "../iter.js";
function iterOf(items: PyValue[]): PyValue {
  return arrayIter(items);
}

/** tasks._wrap_awaitable: a task around any awaitable. */
function wrapAwaitable(loop: EventLoop, aw: PyValue): Future {
  function* gen(): JsGen {
    return yield* awaitIterator(aw);
  }
  return createTask(loop, nativeCoroutine("_wrap_awaitable", gen()), null, null);
}

/** The Python-written parts of asyncio, loaded from src/lib/asyncio on first use. */
const PY_PARTS = ["mixins", "locks", "queues", "timeouts", "taskgroups"];
const LAZY_NAMES = new Map<string, string>([
  ...["Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"].map((n): [string, string] => [n, "locks"]),
  ...["Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"].map((n): [string, string] => [n, "queues"]),
  ...["Timeout", "timeout", "timeout_at"].map((n): [string, string] => [n, "timeouts"]),
  ["TaskGroup", "taskgroups"],
]);

export function asyncioModules(): [string, ModuleFactory][] {
  const core = (name: string, pick?: string[]) => (interp: Interpreter) => {
    const members = coreMembers(interp);
    const chosen = pick ? Object.fromEntries(Object.entries(members).filter(([k]) => pick.includes(k))) : members;
    const mod = makeModule(name, chosen);
    // In CPython these are Python functions: reprs and error messages say 'function'.
    for (const v of mod.dict!.values()) if (v instanceof PyBuiltinFunction) v.looksLikePython = true;
    return mod;
  };
  return [
    ["asyncio", (interp) => {
      const mod = core("asyncio")(interp);
      mod.dict!.set("__path__", None);
      mod.dict!.delete("QueueEmpty");
      mod.dict!.delete("QueueFull");
      interp.modules.set("asyncio", mod);
      for (const sub of ["events", "exceptions", "tasks", "futures", "base_events", "runners"]) mod.dict!.set(sub, interp.importModule(`asyncio.${sub}`));
      // The Python-written parts load on first use (start-up time), as module attributes (PEP 562).
      mod.dict!.set("__getattr__", builtinFunction("__getattr__", (a) => {
        const name = a[0] as string;
        const part = LAZY_NAMES.get(name) ?? (PY_PARTS.includes(name) ? name : undefined);
        if (part === undefined) throw attributeError(mod, name);
        const sub = interp.importModule(`asyncio.${part}`);
        mod.dict!.set(part, sub);
        const v = part === name ? sub : sub.dict!.get(name);
        if (v === undefined) throw attributeError(mod, name);
        mod.dict!.set(name, v);
        return v;
      }));
      return mod;
    }],
    ["asyncio.events", core("asyncio.events", ["get_event_loop", "_get_event_loop", "get_running_loop", "_get_running_loop", "new_event_loop", "set_event_loop", "Handle", "TimerHandle", "AbstractEventLoop"])],
    ["asyncio.exceptions", core("asyncio.exceptions", ["CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError", "BrokenBarrierError"])],
    ["asyncio.tasks", core("asyncio.tasks", ["Task", "_set_task_name", "sleep", "gather", "wait", "wait_for", "shield", "as_completed", "current_task", "all_tasks", "create_task", "ensure_future", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"])],
    ["asyncio.futures", core("asyncio.futures", ["Future", "isfuture"])],
    ["asyncio.base_events", core("asyncio.base_events", ["BaseEventLoop"])],
    ["asyncio.runners", core("asyncio.runners", ["run", "Runner"])],
    ["asyncio.coroutines", core("asyncio.coroutines", ["iscoroutine", "iscoroutinefunction"])],
    // Native fast paths that queues.py and locks.py install on their classes.
    ["_asyncio_native", (interp) =>
      makeModule("_asyncio_native", {
        accelerate_queue: (a) => {
          accelerateQueue(classArg(a[0]), classArg(a[1]));
          return None;
        },
        accelerate_lock: (a) => {
          accelerateLock(classArg(a[0]), () => loopState(interp).runningLoop);
          return None;
        },
      })],
    ["contextvars", (interp) => {
      contextOwner.state = loopState(interp);
      return makeModule("contextvars", contextvarsMembers(() => loopState(interp)) as never);
    }],
  ];
}

export { toPyException, DeprecationWarning, PyModule };
