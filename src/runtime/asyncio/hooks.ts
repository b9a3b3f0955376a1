// Late-bound functions that break import cycles between the loop, futures
// and tasks (CPython's modules import each other lazily for the same reason).

import type { PyValue } from "../object.js";
import type { EventLoop } from "./base-events.js";
import type { Future } from "./futures.js";
import type { Task } from "./tasks.js";
import type { Context } from "./context.js";

export const hooks = {
  ensureFuture: null as ((v: PyValue, loop: EventLoop) => Future) | null,
  createTask: null as ((loop: EventLoop, coro: PyValue, name: string | null, ctx: Context | null) => Task) | null,
  shutdownAsyncgens: null as ((loop: EventLoop) => PyValue) | null,
  shutdownExecutor: null as ((loop: EventLoop) => PyValue) | null,
  /** agen.aclose() as a coroutine a task can run. */
  wrapAclose: null as ((ag: PyValue) => PyValue) | null,
  /** The loop a bare Future() or Task() belongs to (get_event_loop()). */
  currentLoop: null as (() => EventLoop) | null,
};
