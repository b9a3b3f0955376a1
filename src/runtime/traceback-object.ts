// The `__traceback__` object of an exception: enough of CPython's traceback
// type for programs that pass it around or read tb_lineno / tb_next.

import { PyObject, PyValue } from "./object.js";
import { tracebackType, None } from "./types.js";
import { PyBaseException, TracebackEntry } from "./exceptions.js";
import { defGetter } from "./function.js";

export class PyTraceback extends PyObject {
  constructor(readonly entries: readonly TracebackEntry[], readonly index: number) {
    super(tracebackType);
  }
}

/** The traceback of `exc`, outermost frame first (as tb_next runs). */
export function exceptionTraceback(exc: PyBaseException): PyValue {
  if (exc.traceback.length === 0) return None;
  const outerFirst = exc.traceback.slice().reverse();
  return new PyTraceback(outerFirst, 0);
}

defGetter(tracebackType, "tb_lineno", (t) => (t as PyTraceback).entries[(t as PyTraceback).index].line);
defGetter(tracebackType, "tb_next", (t) => {
  const tb = t as PyTraceback;
  return tb.index + 1 < tb.entries.length ? new PyTraceback(tb.entries, tb.index + 1) : None;
});
