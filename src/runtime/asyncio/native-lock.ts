// Native fast paths for asyncio.Lock (src/lib/asyncio/locks.py), installed by
// locks.py through `_asyncio_native.accelerate_lock`. See native-methods.ts
// for when they apply. `acquire()` is ported whole, waiting included, since
// a contended lock waits on every acquire; `__aenter__`/`__aexit__` (defined
// on _ContextManagerMixin, shared with Condition and Semaphore) are native
// for Lock only. Where the Python code would raise (release() of an unlocked
// lock) or meets an unusual state, the Python method runs instead.

import { PyClass, PyValue } from "../object.js";
import { PyFunction } from "../function.js";
import { None } from "../types.js";
import { truthy } from "../ops.js";
import { toArray } from "../iter.js";
import { callMethod } from "../methods.js";
import { getAttr, setAttr } from "../attrs.js";
import { PyBaseException } from "../exceptions.js";
import { JsGen, awaitIterator } from "../generators.js";
import { addTraceback } from "../compiler/frame.js";
import { PyDeque, dequeType } from "../modules/a-collections.js";
import { Future, awaitFuture } from "./futures.js";
import { EventLoop, loopType } from "./base-events.js";
import { CancelledError } from "./exceptions.js";
import { AcceleratedCode, ClassGuard, FastMethod, FastResult, SLOW, accelerate, plainDeque, isPlainFuture } from "./native-methods.js";

/** The fields Lock.__init__ creates. */
const LOCK_FIELDS = ["_waiters", "_locked", "_loop"];
const LOCK_METHODS = ["locked", "acquire", "release", "_wake_up_first", "__aenter__", "__aexit__", "_get_loop"];

export function accelerateLock(lockCls: PyClass, runningLoop: () => EventLoop | null): void {
  let guard: ClassGuard;
  // `self.name` and `self.name = v`, from the dict while the guard holds. A
  // waiting acquire() reads its fields again after resuming, as the Python
  // code does, by which time the class may have changed.
  const load = (self: PyValue, name: string): PyValue => {
    const v = guard.dictOf(self)?.get(name);
    return v !== undefined ? v : getAttr(self, name);
  };
  const store = (self: PyValue, name: string, v: PyValue): void => {
    const d = guard.dictOf(self);
    if (d !== null) d.set(name, v);
    else setAttr(self, name, v);
  };

  /** self._wake_up_first() */
  const wakeUpFirst = (self: PyValue): void => {
    const d = guard.dictOf(self);
    const waiters = d === null || d.has("_wake_up_first") ? undefined : d.get("_waiters");
    const dq = plainDeque(waiters);
    if (waiters !== None && dq === null) {
      callMethod(self, "_wake_up_first", []);
      return;
    }
    if (dq === null || dq.length === 0) return;
    const fut = dq.at(0);
    if (isPlainFuture(fut)) {
      if (!fut.done()) fut.setResult(true);
    } else if (!truthy(callMethod(fut, "done", []))) callMethod(fut, "set_result", [true]);
  };

  /** `all(w.cancelled() for w in waiters)` */
  const allCancelled = (waiters: PyValue): boolean => {
    const cancelled = (w: PyValue) => (isPlainFuture(w) ? w.cancelled() : truthy(callMethod(w, "cancelled", [])));
    const dq = plainDeque(waiters);
    if (dq === null) return toArray(waiters).every(cancelled);
    for (let i = 0; i < dq.length; i++) if (!cancelled(dq.at(i))) return false;
    return true;
  };

  /** Lock.release() when the lock is held; SLOW (nothing changed) otherwise. */
  const release = (self: PyValue): FastResult => {
    const d = guard.dictOf(self);
    if (d === null || d.get("_locked") !== true) return SLOW;
    d.set("_locked", false);
    wakeUpFirst(self);
    return None;
  };

  let acquireWait: ReturnType<AcceleratedCode["frameAt"]>;
  let aenterWait: ReturnType<AcceleratedCode["frameAt"]>;
  let aexitLine: ReturnType<AcceleratedCode["frameAt"]>;

  /**
   * `self._get_loop().create_future()`: _LoopBoundMixin._get_loop binds the
   * lock to the running loop on first use and refuses any other loop; the
   * Python method runs where it would raise or is hidden.
   */
  const newWaiter = (self: PyValue): PyValue => {
    const d = guard.dictOf(self);
    const loop = runningLoop();
    if (d !== null && loop !== null && loop.cls === loopType && !d.has("_get_loop")) {
      const bound = d.get("_loop");
      if (bound === undefined || bound === None) d.set("_loop", loop);
      if (bound === undefined || bound === None || bound === loop) return new Future(loop);
    }
    return callMethod(callMethod(self, "_get_loop", []), "create_future", []);
  };

  /** Lock.acquire, for a lock whose waiters are None or a deque. */
  function* acquireGen(self: PyValue): JsGen {
    let waiters = load(self, "_waiters");
    if (!truthy(load(self, "_locked")) && (waiters === None || allCancelled(waiters))) {
      store(self, "_locked", true);
      return true;
    }
    if (waiters === None) {
      waiters = new PyDeque(dequeType);
      store(self, "_waiters", waiters);
    }
    const fut = newWaiter(self);
    waiters = load(self, "_waiters");
    if (plainDeque(waiters) !== null) (waiters as PyDeque).pushRight(fut);
    else callMethod(waiters, "append", [fut]);
    try {
      try {
        if (isPlainFuture(fut)) yield* awaitFuture(fut);
        else yield* awaitIterator(fut);
      } finally {
        waiters = load(self, "_waiters");
        const dq = plainDeque(waiters);
        if (dq !== null && dq.length > 0 && dq.at(0) === fut) dq.shiftLeft();
        else callMethod(waiters, "remove", [fut]);
      }
    } catch (e) {
      const exc = addTraceback(e, acquireWait);
      if (exc instanceof PyBaseException && exc.cls.isSubclassOf(CancelledError) && !truthy(load(self, "_locked"))) wakeUpFirst(self);
      throw exc;
    }
    store(self, "_locked", true);
    return true;
  }

  /** Whether acquireGen can run for this lock: it assumes None or a plain deque of waiters. */
  const acquirable = (self: PyValue): boolean => {
    const d = guard.dictOf(self);
    if (d === null) return false;
    const w = d.get("_waiters");
    return w === None || plainDeque(w) !== null;
  };

  function* aenterGen(self: PyValue): JsGen {
    try {
      if (acquirable(self) && !guard.dictOf(self)!.has("acquire")) yield* acquireGen(self);
      else yield* awaitIterator(callMethod(self, "acquire", []));
    } catch (e) {
      throw addTraceback(e, aenterWait);
    }
    return None;
  }

  function* aexitGen(self: PyValue): JsGen {
    try {
      if (guard.dictOf(self)?.has("release") !== false || release(self) === SLOW) callMethod(self, "release", []);
    } catch (e) {
      throw addTraceback(e, aexitLine);
    }
    return None;
  }

  const methods: Record<string, FastMethod> = {
    locked: {
      arity: 1,
      run: (_c, _f, self) => {
        const d = guard.dictOf(self);
        return (d === null ? undefined : d.get("_locked")) ?? SLOW;
      },
    },
    acquire: {
      arity: 1,
      run: (code, fn, self) => (acquirable(self) ? code.coroutine(fn, acquireGen(self), acquireWait) : SLOW),
    },
    release: { arity: 1, run: (_c, _f, self) => release(self) },
    __aenter__: {
      arity: 1,
      run: (code, fn, self) => (guard.dictOf(self) !== null ? code.coroutine(fn, aenterGen(self), aenterWait) : SLOW),
    },
    __aexit__: {
      arity: 4,
      run: (code, fn, self) => (guard.dictOf(self) !== null ? code.coroutine(fn, aexitGen(self)) : SLOW),
    },
  };
  accelerate(lockCls, methods);
  const code = (name: string) => (lockCls.lookup(name) as PyFunction).code as AcceleratedCode;
  acquireWait = code("acquire").frameAt("await fut");
  aenterWait = code("__aenter__").frameAt("await self.acquire()");
  aexitLine = code("__aexit__").frameAt("self.release()");
  guard = new ClassGuard(lockCls, LOCK_METHODS, LOCK_FIELDS);
}
