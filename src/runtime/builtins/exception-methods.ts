// Methods and attributes of BaseException and its families.

import { PyValue } from "../object.js";
import { None, defMethod, typeOf } from "../types.js";
import { defGetter } from "../function.js";
import {
  BaseException, PyBaseException, StopIteration, SystemExit, KeyError, OSError, BaseExceptionGroup, ExceptionGroup, Exception,
  pyErr, TypeError, ValueError, ImportError, AttributeError, NameError, newException, builtinExceptions,
} from "../exceptions.js";
import { exceptionRepr, exceptionStr, repr } from "../repr.js";
import { toArray } from "../iter.js";
import { newTuple, newList } from "../containers.js";
import { exceptionTraceback } from "../traceback-object.js";
import { splitExceptionGroup, makeGroup } from "../exception-group.js";
import { call } from "../call.js";
import { typeName } from "../typename.js";

const E = (a: PyValue[]) => a[0] as PyBaseException;

defMethod(BaseException, "__init__", (a) => {
  E(a).args = a.slice(1);
  return None;
});
defMethod(BaseException, "__repr__", (a) => exceptionRepr(E(a)));
defMethod(BaseException, "__str__", (a) => exceptionStr(E(a)));
defMethod(BaseException, "with_traceback", (a) => a[0]);
defMethod(BaseException, "add_note", (a) => {
  if (typeof a[1] !== "string") throw pyErr(TypeError, `note must be a str, not '${typeName(a[1])}'`);
  (E(a).notes ??= []).push(a[1]);
  return None;
});
defGetter(BaseException, "args", (e) => newTuple((e as PyBaseException).args), (e, v) => {
  (e as PyBaseException).args = toArray(v);
});
defGetter(BaseException, "__traceback__", (e) => exceptionTraceback(e as PyBaseException), () => {});
defGetter(BaseException, "__cause__", (e) => (e as PyBaseException).cause ?? None, (e, v) => {
  const ex = e as PyBaseException;
  ex.cause = v === None ? null : (v as PyBaseException);
  ex.suppressContext = true;
});
defGetter(BaseException, "__context__", (e) => (e as PyBaseException).context ?? None, (e, v) => {
  (e as PyBaseException).context = v === None ? null : (v as PyBaseException);
});
defGetter(BaseException, "__suppress_context__", (e) => (e as PyBaseException).suppressContext, (e, v) => {
  (e as PyBaseException).suppressContext = v === true;
});
defGetter(BaseException, "__notes__", (e) => {
  const n = (e as PyBaseException).notes;
  if (!n) throw pyErr(AttributeError, "__notes__");
  return newList(n);
});

const firstArg = (e: PyValue) => {
  const args = (e as PyBaseException).args;
  return args.length === 0 ? None : args.length === 1 ? args[0] : newTuple(args);
};
/** Attributes kept in the exception's dict when set, else derived from args. */
function argAttr(cls: typeof BaseException, name: string, derive: (e: PyBaseException) => PyValue): void {
  defGetter(cls, name, (e) => (e as PyBaseException).dict?.get(name) ?? derive(e as PyBaseException), (e, v) => {
    ((e as PyBaseException).dict ??= new Map()).set(name, v);
  });
}
argAttr(StopIteration, "value", (e) => (e.args.length ? e.args[0] : None));
argAttr(SystemExit, "code", (e) => firstArg(e));
argAttr(OSError, "errno", (e) => (e.args.length >= 2 ? e.args[0] : None));
argAttr(OSError, "strerror", (e) => (e.args.length >= 2 ? e.args[1] : None));
argAttr(OSError, "filename", () => None);

/** OSError(errno, strerror[, filename]) picks the subclass for errno, as CPython's errnomap. */
const ERRNO_CLASSES: Record<number, string> = {
  1: "PermissionError", 2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError", 10: "ChildProcessError",
  11: "BlockingIOError", 13: "PermissionError", 17: "FileExistsError", 20: "NotADirectoryError", 21: "IsADirectoryError",
  32: "BrokenPipeError", 103: "ConnectionAbortedError", 104: "ConnectionResetError", 110: "TimeoutError", 111: "ConnectionRefusedError",
};
const osErrorNew = (cls: typeof OSError, args: PyValue[]) => {
  let actual = cls;
  if (cls === OSError && args.length >= 2 && typeof args[0] === "number") {
    const name = ERRNO_CLASSES[args[0]];
    const sub = name ? builtinExceptions.find((c) => c.name === name) : undefined;
    if (sub) actual = sub;
  }
  const e = new PyBaseException(actual, args.length >= 3 && args.length <= 5 ? args.slice(0, 2) : args);
  if (args.length >= 3 && args.length <= 5) (e.dict ??= new Map()).set("filename", args[2]);
  return e;
};
for (const c of builtinExceptions) if (c.isSubclassOf(OSError)) c.nativeNew = osErrorNew;

argAttr(ImportError, "name", () => None);
argAttr(ImportError, "msg", (e) => (e.args.length ? e.args[0] : None));
argAttr(AttributeError, "name", () => None);
argAttr(AttributeError, "obj", () => None);
argAttr(NameError, "name", () => None);
void KeyError;

// ---------------------------------------------------------------- exception groups

function groupNew(cls: typeof BaseException, args: PyValue[]): PyBaseException {
  if (args.length !== 2) throw pyErr(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args;
  if (typeof msg !== "string") throw pyErr(TypeError, "argument 1 must be str, not " + typeName(msg));
  const items = toArray(excs);
  if (items.length === 0) throw pyErr(ValueError, "second argument (exceptions) must be a non-empty sequence");
  for (const [i, x] of items.entries()) {
    if (!(x instanceof PyBaseException)) throw pyErr(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
  }
  let actual = cls;
  if (cls === BaseExceptionGroup && items.every((x) => (x as PyBaseException).cls.isSubclassOf(Exception))) actual = ExceptionGroup;
  if (cls.isSubclassOf(ExceptionGroup) || cls === ExceptionGroup) {
    const bad = items.find((x) => !(x as PyBaseException).cls.isSubclassOf(Exception));
    if (bad) throw pyErr(TypeError, `Cannot nest BaseExceptions in an ExceptionGroup`);
  }
  return new PyBaseException(actual, [msg, excs]);
}
BaseExceptionGroup.nativeNew = (cls, args) => groupNew(cls, args);
ExceptionGroup.nativeNew = (cls, args) => groupNew(cls, args);
defMethod(BaseExceptionGroup, "__init__", () => None);
defGetter(BaseExceptionGroup, "message", (e) => (e as PyBaseException).args[0]);
defGetter(BaseExceptionGroup, "exceptions", (e) => newTuple(toArray((e as PyBaseException).args[1])));
defMethod(BaseExceptionGroup, "__str__", (a) => {
  const e = E(a);
  const n = toArray(e.args[1]).length;
  return `${e.args[0]} (${n} sub-exception${n === 1 ? "" : "s"})`;
});
defMethod(BaseExceptionGroup, "__repr__", (a) => `${E(a).cls.name}(${repr(E(a).args[0])}, ${repr(E(a).args[1])})`);
defMethod(BaseExceptionGroup, "derive", (a) => makeGroup(E(a).args[0] as string, toArray(a[1]) as PyBaseException[]));
defMethod(BaseExceptionGroup, "split", (a) => {
  const [m, r] = splitExceptionGroup(E(a), a[1]);
  return newTuple([m ?? None, r ?? None]);
});
defMethod(BaseExceptionGroup, "subgroup", (a) => splitExceptionGroup(E(a), a[1])[0] ?? None);

export function describeException(e: PyValue): string {
  return `${typeOf(e).name}`;
}
export { newException, call };
