// _c_support: the few things the Python-source modules of group c (datetime,
// logging, os, atexit, warnings, uuid, ...) need from the interpreter itself:
// exception formatting, the environment, exit hooks, asyncio's log hook.

import { PyValue, PyTuple, PyBytes } from "../object.js";
import { PyModule, None, bytesType } from "../types.js";
import { PyBaseException } from "../exceptions.js";
import { formatException } from "../traceback.js";
import { call } from "../call.js";
import { toArray } from "../iter.js";
import { newList, newTuple, newDict } from "../containers.js";
import { str } from "../repr.js";
import { asInt } from "../ops.js";
import { structTimeType } from "./time.js";
import { makeModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

export function createCSupportModule(interp: Interpreter): PyModule {
  return makeModule("_c_support", {
    /** time.struct_time from a 9-tuple. */
    struct_time: (a) => new PyTuple(structTimeType, toArray(a[0])),
    /** The traceback text CPython prints for an exception (ends with a newline). */
    format_exception: (a) => (a[0] instanceof PyBaseException ? formatException(a[0], interp) : ""),
    environ: () => {
      const d = newDict();
      for (const [k, v] of Object.entries(interp.env)) if (v !== undefined) d.set(k, v);
      return d;
    },
    /** Runs `fn()` at exit, after the program (interp.atExit). */
    at_exit: (a) => {
      const fn = a[0];
      interp.atExit.push(() => void call(fn, []));
      return None;
    },
    /** Routes asyncio's error reports through `fn(logger, level, message, exc)`. */
    set_log_hook: (a) => {
      const fn = a[0];
      interp.logHook = fn === None ? null : (logger, level, message, exc) => void call(fn, [logger, level, message, exc ?? None]);
      return None;
    },
    write_stderr: (a) => {
      interp.flushStdout();
      interp.stderr.write(str(a[0]));
      return None;
    },
    flush_stdout: () => {
      interp.flushStdout();
      return None;
    },
    random_bytes: (a) => {
      const n = Number(asInt(a[0] as number));
      const out = new Uint8Array(n);
      const c = (globalThis as { crypto?: { getRandomValues?: (b: Uint8Array) => Uint8Array } }).crypto;
      if (c?.getRandomValues) for (let i = 0; i < n; i += 65536) c.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
      else for (let i = 0; i < n; i++) out[i] = Math.floor(Math.random() * 256);
      return new PyBytes(bytesType, out);
    },
    /** The wall clock in seconds (time.time()), without importing time. */
    wall: () => newTuple([interp.clock.wall(), interp.clock.now()]),
    argv0: () => interp.argv[0] ?? "",
    main_file: () => {
      const m = interp.modules.get("__main__");
      return (m?.dict?.get("__file__") as PyValue | undefined) ?? None;
    },
    source_line: (a) => {
      const lines = interp.sources.get(str(a[0]));
      const n = Number(asInt(a[1] as number));
      return lines && lines[n - 1] !== undefined ? lines[n - 1] : "";
    },
    /** (filename, line, function) of each traceback entry of an exception, innermost last. */
    traceback_entries: (a) => {
      const e = a[0];
      if (!(e instanceof PyBaseException)) return newList([]);
      return newList(e.traceback.slice().reverse().map((t) => newTuple([t.code.filename, t.line, t.code.name])));
    },
  });
}
