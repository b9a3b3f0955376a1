// Per-interpreter asyncio state: what CPython keeps in module globals and
// thread-locals (the running loop, the policy's loop, the task-name counter,
// the current context, all tasks).

import type { EventLoop } from "./base-events.js";
import type { Task } from "./tasks.js";
import { Context } from "./context.js";
import type { Interpreter } from "../interpreter.js";

export class LoopState {
  /** Task-N names come from one process-wide counter (tasks.py _task_name_counter). */
  taskCounter = 0;
  runningLoop: EventLoop | null = null;
  /** The loop of the default policy (get_event_loop / set_event_loop). */
  policyLoop: EventLoop | null = null;
  policyLoopSet = false;
  currentContext: Context = new Context();
  readonly allTasks = new Set<Task>();
  /** Sequence numbers that keep equal-deadline timers FIFO. */
  timerSeq = 0;
  exitHookInstalled = false;
  constructor(readonly interp: Interpreter) {}
}

export function loopState(interp: Interpreter): LoopState {
  return (interp.loopState ??= new LoopState(interp));
}
