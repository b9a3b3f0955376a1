// Run-time helpers shared by the plain and the generator statement compilers:
// exception matching and chaining, `raise`, and the context-manager protocol.

import { PyClass, PyValue, PyTuple } from "../object.js";
import { None, typeOf } from "../types.js";
import { call, callBound } from "../call.js";
import {
  PyBaseException, pyErr, TypeError, RuntimeError, BaseException, toPyException, isExceptionClass, newException,
} from "../exceptions.js";
import { typeName } from "../typename.js";
import { Frame } from "./frame.js";

/** Does `exc` match the type (or tuple of types) of an except clause? */
export function exceptionMatches(exc: PyBaseException, spec: PyValue): boolean {
  if (spec instanceof PyClass) {
    if (!spec.isSubclassOf(BaseException)) throw notCatchable();
    return exc.cls.isSubclassOf(spec);
  }
  if (spec instanceof PyTuple) {
    for (const s of spec.items) if (exceptionMatches(exc, s)) return true;
    return false;
  }
  throw notCatchable();
}

function notCatchable() {
  return pyErr(TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

/** Sets __context__ of an exception raised while `handled` was being handled. */
export function chainContext(e: unknown, handled: PyBaseException): PyBaseException {
  const exc = toPyException(e);
  if (exc === handled) return exc;
  // Avoid cycles: walk the new exception's context chain.
  let c: PyBaseException | null = handled;
  while (c) {
    if (c.context === exc) {
      c.context = null;
      break;
    }
    c = c.context;
  }
  if (exc.context === null) exc.context = handled;
  return exc;
}

/** The exception object `raise X` raises. */
export function makeRaisable(v: PyValue): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (isExceptionClass(v)) {
    const e = call(v, []);
    if (!(e instanceof PyBaseException)) {
      throw pyErr(TypeError, `calling ${v.name} should have returned an instance of BaseException, not ${typeName(e)}`);
    }
    return e;
  }
  return pyErr(TypeError, "exceptions must derive from BaseException");
}

export function doRaise(f: Frame, exc: PyValue | null, cause: PyValue | null | undefined): never {
  if (exc === null) {
    const h = f.handling;
    if (h && h.length > 0) throw h[h.length - 1];
    throw pyErr(RuntimeError, "No active exception to reraise");
  }
  const e = makeRaisable(exc);
  if (cause !== undefined && cause !== null) {
    if (cause === None) e.cause = null;
    else {
      const c = makeRaisable(cause);
      if (!(cause instanceof PyBaseException) && !isExceptionClass(cause)) {
        throw pyErr(TypeError, "exception causes must derive from BaseException");
      }
      e.cause = c;
    }
    e.suppressContext = true;
  }
  const h = f.handling;
  if (h && h.length > 0) chainContext(e, h[h.length - 1]);
  throw e;
}

/** Exceptions being handled, innermost last (sys.exc_info()). */
export const handlingStack: PyBaseException[] = [];

export function pushHandling(f: Frame, e: PyBaseException): void {
  (f.handling ??= []).push(e);
  handlingStack.push(e);
}
export function popHandling(f: Frame): void {
  f.handling!.pop();
  handlingStack.pop();
}

/** Looks up __enter__/__exit__ (or the async pair) on the manager's type. */
export function contextMethods(mgr: PyValue, isAsync: boolean): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup(isAsync ? "__aenter__" : "__enter__");
  const exit = t.lookup(isAsync ? "__aexit__" : "__exit__");
  if (enter === undefined || exit === undefined) {
    const what = isAsync ? "asynchronous context manager" : "context manager";
    const missing = enter === undefined ? "" : "";
    void missing;
    throw pyErr(TypeError, `'${t.name}' object does not support the ${what} protocol`);
  }
  return [enter, exit];
}

export function callEnter(mgr: PyValue, enter: PyValue): PyValue {
  return callBound(enter, mgr, []);
}

/** Calls __exit__ with the exception triple (or Nones). */
export function callExit(mgr: PyValue, exit: PyValue, exc: PyBaseException | null): PyValue {
  if (exc === null) return callBound(exit, mgr, [None, None, None]);
  return callBound(exit, mgr, [exc.cls, exc, tracebackObject(exc)]);
}

/** A stand-in for the traceback object passed to __exit__ (a truthy value). */
export function tracebackObject(exc: PyBaseException): PyValue {
  return exceptionTraceback(exc);
}
import { exceptionTraceback } from "../traceback-object.js";

export { newException };
