// What the virtual clock prints when no task can make progress: every task
// still pending and what it waits on, before the deadlock RuntimeError.

import { repr } from "../repr.js";
import type { EventLoop } from "./base-events.js";

export function describeWaiters(loop: EventLoop): string {
  const pending = [...loop.state.allTasks].filter((t) => t.loop === loop && !t.done());
  if (pending.length === 0) return "";
  const lines = ["pyasync: the event loop is deadlocked; tasks still waiting:"];
  for (const t of pending) lines.push(`  ${repr(t)}`);
  return lines.join("\n") + "\n";
}
