// Argument parsing for native functions, with CPython's messages.

import { KwArgs, PyValue } from "../object.js";
import { pyErr, TypeError } from "../exceptions.js";
import { None } from "../types.js";

/**
 * Binds positional and keyword arguments of a native function to names.
 * `spec` lists parameter names; a name ending in "?" is optional (undefined
 * when absent); "*" marks the rest as keyword-only.
 */
export function parseArgs(fname: string, args: PyValue[], kw: KwArgs | null, spec: readonly string[], offset = 0): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = new Array(spec.length).fill(undefined);
  let kwOnlyFrom = spec.indexOf("*");
  const names = spec.filter((s) => s !== "*").map((s) => s.replace("?", ""));
  const optional = spec.filter((s) => s !== "*").map((s) => s.endsWith("?"));
  if (kwOnlyFrom < 0) kwOnlyFrom = names.length;
  const given = args.length - offset;
  if (given > kwOnlyFrom) {
    const required = optional.slice(0, kwOnlyFrom).filter((o) => !o).length;
    const takes = required === kwOnlyFrom ? `${kwOnlyFrom}` : `at most ${kwOnlyFrom}`;
    throw pyErr(TypeError, `${fname}() takes ${takes} argument${kwOnlyFrom === 1 ? "" : "s"} (${given} given)`);
  }
  for (let i = 0; i < given; i++) out[i] = args[offset + i];
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw pyErr(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < names.length; i++) {
    if (out[i] === undefined && !optional[i]) {
      if (i < kwOnlyFrom) {
        // Library functions CPython writes in Python (asyncio's) word it as for a def.
        if (pythonStyle.has(fname)) throw pyErr(TypeError, `${fname}() missing 1 required positional argument: '${names[i]}'`);
        throw pyErr(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      throw pyErr(TypeError, `${fname}() missing required keyword-only argument '${names[i]}'`);
    }
  }
  return out.slice(0, names.length);
}

/** Names of native functions that stand for Python functions in CPython (their messages follow def's). */
export const pythonStyle = new Set(["sleep", "create_task", "gather", "wait", "wait_for", "run", "ensure_future", "shield", "as_completed", "current_task", "all_tasks", "Runner"]);

export function noKw(fname: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${fname}() takes no keyword arguments`);
}

export function argCount(fname: string, args: PyValue[], min: number, max: number, offset = 0): void {
  const n = args.length - offset;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw pyErr(TypeError, `${fname}() takes no arguments (${n} given)`);
    if (min === 1) throw pyErr(TypeError, `${fname}() takes exactly one argument (${n} given)`);
    throw pyErr(TypeError, `${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw pyErr(TypeError, `${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw pyErr(TypeError, `${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

export function orNone(v: PyValue | undefined): PyValue {
  return v === undefined ? None : v;
}
