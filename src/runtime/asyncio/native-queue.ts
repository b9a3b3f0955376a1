// Native fast paths for asyncio.Queue (src/lib/asyncio/queues.py), installed
// by queues.py through `_asyncio_native.accelerate_queue`. See
// native-methods.ts for when they apply. Each mirrors the Python method line
// by line; where the Python code would raise (QueueFull, QueueEmpty,
// task_done() too often) or wait, the Python method runs instead, so those
// paths keep their exact behaviour, frames and tracebacks.

import { PyClass, PyValue } from "../object.js";
import { PyFunction } from "../function.js";
import { None } from "../types.js";
import { intAdd, intSub } from "../int.js";
import { truthy } from "../ops.js";
import { callMethod } from "../methods.js";
import { JsGen, awaitIterator } from "../generators.js";
import { PyDeque } from "../modules/a-collections.js";
import type { Frame } from "../compiler/frame.js";
import { AcceleratedCode, ClassGuard, FastMethod, FastResult, SLOW, accelerate, shadowed, plainDeque, isPlainFuture } from "./native-methods.js";

type Dict = Map<string, PyValue>;

/** The fields Queue.__init__ creates. */
const QUEUE_FIELDS = ["_maxsize", "_getters", "_putters", "_unfinished_tasks", "_finished", "_queue"];
/** The methods the fast paths stand in for or inline. */
const QUEUE_METHODS = ["qsize", "empty", "full", "put", "put_nowait", "get", "get_nowait", "task_done", "_put", "_get", "_wakeup_next"];
// The methods each Python method calls on self (directly or through the
// others), which an instance attribute must not hide for its fast path.
const FULL_CALLS = ["qsize"];
const PUT_NOWAIT_CALLS = ["full", "qsize", "_put", "_wakeup_next"];
const PUT_CALLS = ["put_nowait", ...PUT_NOWAIT_CALLS];
const GET_NOWAIT_CALLS = ["empty", "_get", "_wakeup_next"];
const GET_CALLS = ["get_nowait", ...GET_NOWAIT_CALLS];

/** Queue._wakeup_next: wake the first waiter that isn't done. */
function wakeupNext(waiters: PyDeque): void {
  while (waiters.length > 0) {
    const w = waiters.shiftLeft();
    if (!(isPlainFuture(w) ? w.done() : truthy(callMethod(w, "done", [])))) {
      if (isPlainFuture(w)) w.setResult(None);
      else callMethod(w, "set_result", [None]);
      break;
    }
  }
}

export function accelerateQueue(queueCls: PyClass, eventCls: PyClass): void {
  let guard: ClassGuard;
  let putFrame: Frame, getFrame: Frame;
  const eventGuard = new ClassGuard(eventCls, ["clear", "set"], ["_waiters", "_value"]);

  /** Queue.full() of a queue whose `_queue` is `q`; null when _maxsize is unusual. */
  const fullWith = (d: Dict, q: PyDeque): boolean | null => {
    const maxsize = d.get("_maxsize");
    if (typeof maxsize !== "number") return null;
    return maxsize <= 0 ? false : q.length >= maxsize;
  };
  /** Queue.full() on a queue the fast paths apply to; null when _maxsize or _queue is unusual. */
  const full = (d: Dict): boolean | null => {
    const q = plainDeque(d.get("_queue"));
    return q === null ? null : fullWith(d, q);
  };

  /** Queue.put_nowait(item) when the queue has room; SLOW (nothing changed) otherwise. */
  const putNowait = (d: Dict, item: PyValue): FastResult => {
    const q = plainDeque(d.get("_queue"));
    const getters = plainDeque(d.get("_getters"));
    const unfinished = d.get("_unfinished_tasks");
    const finished = d.get("_finished");
    if (q === null || getters === null || typeof unfinished !== "number" || finished === undefined || fullWith(d, q) !== false) return SLOW;
    q.pushRight(item);
    d.set("_unfinished_tasks", intAdd(unfinished, 1));
    // self._finished.clear()
    const ed = eventGuard.dictOf(finished);
    if (ed !== null && !ed.has("clear")) ed.set("_value", false);
    else callMethod(finished, "clear", []);
    wakeupNext(getters);
    return None;
  };

  /** Queue.get_nowait() when an item is there; SLOW (nothing changed) otherwise. */
  const getNowait = (d: Dict): FastResult => {
    const q = plainDeque(d.get("_queue"));
    const putters = plainDeque(d.get("_putters"));
    if (q === null || putters === null || q.length === 0) return SLOW;
    const item = q.shiftLeft();
    wakeupNext(putters);
    return item;
  };

  // put() and get() are coroutines: the work happens when awaited. A queue
  // with room (an item) is served natively; otherwise the Python method runs
  // (it waits, with its own frame) inside the native coroutine, which for a
  // task's repr stands where the Python one would wait (putFrame, getFrame).
  function* putGen(code: AcceleratedCode, fn: PyFunction, self: PyValue, item: PyValue): JsGen {
    const d = guard.dictOf(self);
    const r = d === null || shadowed(d, PUT_CALLS) ? SLOW : putNowait(d, item);
    if (r !== SLOW) return r;
    return yield* awaitIterator(code.python(fn, [self, item]));
  }

  function* getGen(code: AcceleratedCode, fn: PyFunction, self: PyValue): JsGen {
    const d = guard.dictOf(self);
    const r = d === null || shadowed(d, GET_CALLS) ? SLOW : getNowait(d);
    if (r !== SLOW) return r;
    return yield* awaitIterator(code.python(fn, [self]));
  }

  const methods: Record<string, FastMethod> = {
    qsize: {
      arity: 1,
      run: (_c, _f, self) => {
        const d = guard.dictOf(self);
        const q = d === null ? null : plainDeque(d.get("_queue"));
        return q === null ? SLOW : q.length;
      },
    },
    empty: {
      arity: 1,
      run: (_c, _f, self) => {
        const d = guard.dictOf(self);
        const q = d === null ? null : plainDeque(d.get("_queue"));
        return q === null ? SLOW : q.length === 0;
      },
    },
    full: {
      arity: 1,
      run: (_c, _f, self) => {
        const d = guard.dictOf(self);
        return (d === null || shadowed(d, FULL_CALLS) ? null : full(d)) ?? SLOW;
      },
    },
    put_nowait: {
      arity: 2,
      run: (_c, _f, self, item) => {
        const d = guard.dictOf(self);
        return d === null || shadowed(d, PUT_NOWAIT_CALLS) ? SLOW : putNowait(d, item);
      },
    },
    get_nowait: {
      arity: 1,
      run: (_c, _f, self) => {
        const d = guard.dictOf(self);
        return d === null || shadowed(d, GET_NOWAIT_CALLS) ? SLOW : getNowait(d);
      },
    },
    put: {
      arity: 2,
      run: (code, fn, self, item) => (guard.dictOf(self) === null ? SLOW : code.coroutine(fn, putGen(code, fn, self, item), putFrame)),
    },
    get: {
      arity: 1,
      run: (code, fn, self) => (guard.dictOf(self) === null ? SLOW : code.coroutine(fn, getGen(code, fn, self), getFrame)),
    },
    task_done: {
      arity: 1,
      run: (_c, _f, self) => {
        const d = guard.dictOf(self);
        const unfinished = d === null ? null : d.get("_unfinished_tasks");
        const finished = d === null ? undefined : d.get("_finished");
        if (typeof unfinished !== "number" || unfinished <= 0 || finished === undefined) return SLOW;
        const left = intSub(unfinished, 1);
        d!.set("_unfinished_tasks", left);
        if (left === 0) callMethod(finished, "set", []);
        return None;
      },
    },
  };
  accelerate(queueCls, methods);
  const code = (name: string) => (queueCls.lookup(name) as PyFunction).code as AcceleratedCode;
  putFrame = code("put").frameAt("await putter");
  getFrame = code("get").frameAt("await getter");
  guard = new ClassGuard(queueCls, QUEUE_METHODS, QUEUE_FIELDS);
}
