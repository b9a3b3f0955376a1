// Text of asyncio's reprs and log messages — mirrors CPython's
// format_helpers.py, base_futures.py and base_tasks.py (without addresses).

import { PyValue } from "../object.js";
import { PyMethod, PyBuiltinFunction } from "../types.js";
import { PyFunction } from "../function.js";
import { repr } from "../repr.js";
import { typeOf } from "../types.js";
import { getAttr } from "../attrs.js";
import { toArray } from "../iter.js";
import { PyDict } from "../containers.js";
import { PyCoroutine, PyGenerator } from "../generators.js";
import { isNativeCallback, type JsCallback } from "./events.js";
import { shortRepr } from "./short-repr.js";

/** format_helpers._format_callback_source */
export function formatCallbackSource(cb: JsCallback | PyValue, args: PyValue[] | null): string {
  if (isNativeCallback(cb)) return `${cb.callbackName}()`;
  if (typeof cb === "function") {
    const { pyName, pySource } = cb as { pyName?: string; pySource?: string };
    const name = pyName ?? cb.name ?? "callback";
    return pySource ? `${name}() at ${pySource}` : `${name}()`;
  }
  return formatCallback(cb, args ?? [], "");
}

/** format_helpers._format_callback: unwraps functools.partial, appending its arguments. */
function formatCallback(cb: PyValue, args: PyValue[], suffix: string, kwText: string[] = []): string {
  if (typeOf(cb).name === "partial" && !(cb instanceof PyFunction)) {
    const func = getAttr(cb, "func");
    const pargs = toArray(getAttr(cb, "args"));
    const kw = getAttr(cb, "keywords");
    const kwText = kw instanceof PyDict ? [...kw.table.entries()].map(([k, v]) => `${String(k)}=${shortRepr(v)}`) : [];
    return formatCallback(func, pargs, "(" + args.map(shortRepr).join(", ") + ")" + suffix, kwText);
  }
  // format_helpers._format_args_and_kwargs shows arguments through reprlib.
  let s = formatCallbackName(cb) + "(" + [...args.map(shortRepr), ...kwText].join(", ") + ")" + suffix;
  if (cb instanceof PyFunction) s += ` at ${cb.code.info.filename}:${cb.code.info.firstLine}`;
  return s;
}

function formatCallbackName(cb: PyValue): string {
  if (cb instanceof PyFunction) return cb.qualname;
  if (cb instanceof PyMethod) {
    const f = cb.func;
    return f instanceof PyFunction ? f.qualname : f instanceof PyBuiltinFunction ? f.qualname : repr(f);
  }
  if (cb instanceof PyBuiltinFunction) return cb.qualname;
  return repr(cb);
}

/** Where CPython 3.11 defines the callbacks asyncio registers itself (shown in reprs). */
const LIB = "/usr/lib/python3.11/asyncio/";
export function internalCallback<F extends (...a: never[]) => unknown>(fn: F, name: string, where?: string): F {
  const f = fn as unknown as { pyName?: string; pySource?: string };
  f.pyName = name;
  if (where) f.pySource = LIB + where;
  return fn;
}

/** coroutines._format_coroutine */
export function formatCoroutine(coro: PyValue): string {
  if (!(coro instanceof PyCoroutine) && !(coro instanceof PyGenerator)) return repr(coro);
  const name = `${coro.qualname}()`;
  const info = coro.frame.code;
  if (coro.finished) return `${name} done, defined at ${info.filename}:${info.firstLine}`;
  if (coro.running) return `${name} running at ${info.filename}:${coro.frame.line}`;
  return `${name} running at ${info.filename}:${coro.started ? coro.frame.line : info.firstLine}`;
}
