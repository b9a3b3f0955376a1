// What happens when a program drops the last reference to an object whose
// destruction CPython reports: a coroutine never awaited ("RuntimeWarning:
// coroutine 'f' was never awaited"), a task whose exception was never
// retrieved. pyasync has no reference counting; it recognises the two common
// ways a program drops such an object at once — an expression statement
// that discards the value (`asyncio.create_task(job())`, `job()`), and `del x`
// — and reports there, as CPython would.

import { PyClass, PyObject, PyValue } from "./object.js";
import type { Frame } from "./compiler/frame.js";
import { callBound } from "./call.js";

/** Objects whose __del__ already ran (CPython runs it once). */
const finalized = new WeakSet<object>();

export type DropHook = (v: PyObject, f: Frame, line: number) => void;
export const dropHooks = new Map<PyClass, DropHook>();

export function dropped(v: PyValue, f: Frame, line: number): void {
  if (v instanceof PyObject) {
    let h = dropHooks.get(v.cls);
    if (h === undefined && v.cls.isUserClass) {
      runDel(v);
      return;
    }
    if (h === undefined) {
      for (const c of v.cls.mro) if ((h = dropHooks.get(c))) break;
    }
    if (h) h(v, f, line);
  }
}

/** Calls a user object's __del__, at most once per object as CPython does. */
export function runDel(v: PyObject): void {
  const del = v.cls.lookupUser("__del__");
  if (del === undefined || finalized.has(v)) return;
  finalized.add(v);
  try {
    callBound(del, v, []);
  } catch (e) {
    // Nothing can catch an exception from __del__: CPython reports it and goes on.
    if (unraisableHook.report === null) throw e;
    unraisableHook.report(e, del);
  }
}

/** sys.unraisablehook: where exceptions nobody can catch are reported; set by the interpreter. */
export const unraisableHook: { report: ((e: unknown, obj: PyValue) => void) | null } = { report: null };
