// ExceptionGroup splitting for `except*` (PEP 654): the matching leaves keep
// their group structure, the rest is re-raised.

import { PyValue, PyTuple, PyList } from "./object.js";
import { PyBaseException, BaseExceptionGroup, ExceptionGroup, Exception, newException } from "./exceptions.js";
import { exceptionMatches } from "./compiler/stmt-helpers.js";
import { newList } from "./containers.js";
import { call } from "./call.js";
import { truthy } from "./ops.js";
import { PyClass } from "./object.js";

export function isGroup(e: PyBaseException): boolean {
  return e.cls.isSubclassOf(BaseExceptionGroup);
}

export function groupExceptions(e: PyBaseException): PyBaseException[] {
  const t = e.args[1];
  if (t instanceof PyTuple || t instanceof PyList) return t.items as PyBaseException[];
  return [];
}

export function makeGroup(message: string, excs: PyBaseException[], like?: PyBaseException): PyBaseException {
  const allExc = excs.every((x) => x.cls.isSubclassOf(Exception));
  const cls = like && isGroup(like) ? like.cls : allExc ? ExceptionGroup : BaseExceptionGroup;
  const g = newException(cls, message, newList(excs));
  if (like) {
    g.cause = like.cause;
    g.context = like.context;
    g.traceback = like.traceback.slice();
    g.notes = like.notes;
  }
  return g;
}

/** Splits exc into the part matching spec and the rest (either may be null). */
export function splitExceptionGroup(exc: PyBaseException, spec: PyValue): [PyBaseException | null, PyBaseException | null] {
  const isPredicate = !(spec instanceof PyClass) && !(spec instanceof PyTuple);
  if (isPredicate ? truthy(call(spec, [exc])) : exceptionMatches(exc, spec)) return [exc, null];
  if (!isGroup(exc)) return [null, exc];
  const match: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const sub of groupExceptions(exc)) {
    const [m, r] = splitExceptionGroup(sub, spec);
    if (m) match.push(m);
    if (r) rest.push(r);
  }
  const msg = exc.args[0] as string;
  return [match.length ? makeGroup(msg, match, exc) : null, rest.length ? makeGroup(msg, rest, exc) : null];
}

/** What an except* statement re-raises: new exceptions plus the unhandled rest. */
export function combineExceptionGroup(orig: PyBaseException, raised: PyBaseException[], rest: PyBaseException | null): PyBaseException {
  const all = rest ? [...raised, rest] : raised;
  return makeGroup("", all, undefined) ?? orig;
}
