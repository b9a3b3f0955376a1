// What happens when a program drops the last reference to an object whose
// destruction CPython reports: a coroutine never awaited ("RuntimeWarning:
// coroutine 'f' was never awaited"), a task whose exception was never
// retrieved. pyasync has no reference counting; it recognises the two common
// ways a program drops such an object at once — an expression statement
// that discards the value (`asyncio.create_task(job())`, `job()`), and `del x`
// — and reports there, as CPython would.

import { PyClass, PyObject, PyValue } from "./object.js";
import type { Frame } from "./compiler/frame.js";

export type DropHook = (v: PyObject, f: Frame, line: number) => void;
export const dropHooks = new Map<PyClass, DropHook>();

export function dropped(v: PyValue, f: Frame, line: number): void {
  if (v instanceof PyObject) {
    let h = dropHooks.get(v.cls);
    if (h === undefined && v.cls.isUserClass) return;
    if (h === undefined) {
      for (const c of v.cls.mro) if ((h = dropHooks.get(c))) break;
    }
    if (h) h(v, f, line);
  }
}
