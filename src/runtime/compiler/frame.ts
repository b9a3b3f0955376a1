// A running function's state. Compiled closures take the frame as their only
// argument: locals live in a slot array chosen by scope analysis, so no name
// is looked up in a dictionary at run time except globals and builtins.

import { Cell, PyValue } from "../object.js";
import { CodeInfo, PyBaseException, TracebackEntry, toPyException } from "../exceptions.js";
import { None } from "../types.js";

/** How a statement finished: normally, or by break / continue / return. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type Completion = 0 | 1 | 2 | 3;

export class Frame {
  readonly locals: (PyValue | Cell | undefined)[];
  /** The line being executed, for tracebacks. */
  line: number;
  /** The value of the `return` that ended the body. */
  ret: PyValue = None;
  /** Exceptions being handled by enclosing `except` blocks (for bare `raise`). */
  handling: PyBaseException[] | null = null;
  /** Set once a traceback holds this frame: it must then never be reused (see CompiledCode.framePool). */
  escaped = false;
  constructor(
    readonly code: CodeInfo,
    nslots: number,
    public closure: Cell[] | null,
    public globals: Map<string, PyValue>,
  ) {
    this.locals = nslots === 0 ? EMPTY : new Array(nslots);
    this.line = code.firstLine;
  }
}

/**
 * The frame of a module or class body, whose names are dictionary lookups
 * (function frames, one per call or coroutine, do without these fields).
 */
export class NamespaceFrame extends Frame {
  /** In a class body: the cell behind `__class__` / zero-argument super(). */
  classCell: Cell | null = null;
  constructor(
    code: CodeInfo,
    closure: Cell[] | null,
    globals: Map<string, PyValue>,
    /** The module dict or the class namespace. */
    readonly ns: Map<string, PyValue>,
  ) {
    super(code, 0, closure, globals);
  }
}

/** The namespace of a module or class body's frame (the only frames those names are compiled for). */
export function nsOf(f: Frame): Map<string, PyValue> {
  return (f as NamespaceFrame).ns;
}

const EMPTY: (PyValue | Cell | undefined)[] = [];

/**
 * Records that `e` passed through frame `f` at its current line. Called when
 * an exception enters a frame's try statement and when it leaves the frame, so
 * each frame appears once, with the line where the exception met it.
 */
export function addTraceback(e: unknown, f: Frame): PyBaseException {
  const exc = toPyException(e);
  const tb = exc.traceback;
  const last = tb.length > 0 ? tb[tb.length - 1] : null;
  f.escaped = true;
  if (last === null || last.frame !== f) {
    const entry: TracebackEntry = { code: f.code, line: f.line, frame: f };
    tb.push(entry);
  }
  return exc;
}
