// Python's exception hierarchy and the JavaScript side of raising.
//
// A Python exception is thrown as a JavaScript value: the PyBaseException
// object itself (never a JS Error, so no JS stack is captured). Each frame the
// exception passes through appends a TracebackEntry; the list is innermost
// first and is printed reversed, as CPython prints `tb_next` chains.

import { PyClass, PyObject, PyValue, KwArgs, PyTuple } from "./object.js";
import { makeBuiltinType, objectType, tupleType, None } from "./types.js";

/** Where a function's code came from: enough to print a traceback line. */
export interface CodeInfo {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstLine: number;
  /** The file's source lines, for the quoted line under each traceback entry. */
  readonly source: readonly string[];
  /** Names of the local slots, in slot order (for NameError suggestions). */
  readonly varnames?: readonly string[];
}

export interface TracebackEntry {
  readonly code: CodeInfo;
  readonly line: number;
  /** The frame the entry belongs to (to avoid adding one frame twice). */
  readonly frame: object;
}

export class PyBaseException extends PyObject {
  args: PyValue[];
  traceback: TracebackEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  notes: PyValue[] | null = null;
  constructor(cls: PyClass, args: PyValue[]) {
    super(cls);
    this.args = args;
  }
  get argsTuple(): PyTuple {
    return new PyTuple(tupleType, this.args);
  }
}

function nativeExceptionNew(cls: PyClass, args: PyValue[], _kw: KwArgs | null): PyValue {
  return new PyBaseException(cls, args);
}

function excType(name: string, base: PyClass, module = "builtins"): PyClass {
  const t = makeBuiltinType(name, [base], module);
  t.nativeNew = nativeExceptionNew;
  return t;
}

export const BaseException = excType("BaseException", objectType);
export const SystemExit = excType("SystemExit", BaseException);
export const KeyboardInterrupt = excType("KeyboardInterrupt", BaseException);
export const GeneratorExit = excType("GeneratorExit", BaseException);
export const BaseExceptionGroup = excType("BaseExceptionGroup", BaseException);
export const Exception = excType("Exception", BaseException);
export const ExceptionGroup = makeBuiltinType("ExceptionGroup", [BaseExceptionGroup, Exception]);
ExceptionGroup.nativeNew = nativeExceptionNew;
export const StopIteration = excType("StopIteration", Exception);
export const StopAsyncIteration = excType("StopAsyncIteration", Exception);
export const ArithmeticError = excType("ArithmeticError", Exception);
export const FloatingPointError = excType("FloatingPointError", ArithmeticError);
export const OverflowError = excType("OverflowError", ArithmeticError);
export const ZeroDivisionError = excType("ZeroDivisionError", ArithmeticError);
export const AssertionError = excType("AssertionError", Exception);
export const AttributeError = excType("AttributeError", Exception);
export const BufferError = excType("BufferError", Exception);
export const EOFError = excType("EOFError", Exception);
export const ImportError = excType("ImportError", Exception);
export const ModuleNotFoundError = excType("ModuleNotFoundError", ImportError);
export const LookupError = excType("LookupError", Exception);
export const IndexError = excType("IndexError", LookupError);
export const KeyError = excType("KeyError", LookupError);
export const MemoryError = excType("MemoryError", Exception);
export const NameError = excType("NameError", Exception);
export const UnboundLocalError = excType("UnboundLocalError", NameError);
export const OSError = excType("OSError", Exception);
export const FileNotFoundError = excType("FileNotFoundError", OSError);
export const PermissionError = excType("PermissionError", OSError);
export const ConnectionError = excType("ConnectionError", OSError);
export const BrokenPipeError = excType("BrokenPipeError", ConnectionError);
export const ConnectionResetError = excType("ConnectionResetError", ConnectionError);
export const ConnectionRefusedError = excType("ConnectionRefusedError", ConnectionError);
export const InterruptedError = excType("InterruptedError", OSError);
export const IsADirectoryError = excType("IsADirectoryError", OSError);
export const NotADirectoryError = excType("NotADirectoryError", OSError);
export const ProcessLookupError = excType("ProcessLookupError", OSError);
export const ChildProcessError = excType("ChildProcessError", OSError);
export const BlockingIOError = excType("BlockingIOError", OSError);
export const ConnectionAbortedError = excType("ConnectionAbortedError", ConnectionError);
export const FileExistsError = excType("FileExistsError", OSError);
export const TimeoutError = excType("TimeoutError", OSError);
export const ReferenceError = excType("ReferenceError", Exception);
export const RuntimeError = excType("RuntimeError", Exception);
export const NotImplementedError = excType("NotImplementedError", RuntimeError);
export const RecursionError = excType("RecursionError", RuntimeError);
export const SyntaxError = excType("SyntaxError", Exception);
export const IndentationError = excType("IndentationError", SyntaxError);
export const TabError = excType("TabError", IndentationError);
export const SystemError = excType("SystemError", Exception);
export const TypeError = excType("TypeError", Exception);
export const ValueError = excType("ValueError", Exception);
export const UnicodeError = excType("UnicodeError", ValueError);
export const UnicodeDecodeError = excType("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = excType("UnicodeEncodeError", UnicodeError);
export const Warning = excType("Warning", Exception);
export const UserWarning = excType("UserWarning", Warning);
export const DeprecationWarning = excType("DeprecationWarning", Warning);
export const RuntimeWarning = excType("RuntimeWarning", Warning);
export const ResourceWarning = excType("ResourceWarning", Warning);
export const FutureWarning = excType("FutureWarning", Warning);
export const PendingDeprecationWarning = excType("PendingDeprecationWarning", Warning);
export const SyntaxWarning = excType("SyntaxWarning", Warning);

export const builtinExceptions: readonly PyClass[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, BaseExceptionGroup, Exception, ExceptionGroup,
  StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
  AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
  IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError, PermissionError,
  ConnectionError, BrokenPipeError, ConnectionResetError, ConnectionRefusedError, InterruptedError,
  IsADirectoryError, NotADirectoryError, ProcessLookupError, ChildProcessError, BlockingIOError, ConnectionAbortedError,
  FileExistsError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
  RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
  UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
  ResourceWarning, FutureWarning, PendingDeprecationWarning, SyntaxWarning,
];

/** Creates an exception instance of a builtin (or any native-constructed) exception type. */
export function newException(cls: PyClass, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(cls, args);
}

/** `throw pyErr(TypeError, "message")`. */
export function pyErr(cls: PyClass, message?: string): PyBaseException {
  const e = new PyBaseException(cls, message === undefined ? [] : [message]);
  // PYASYNC_DEBUG=1 shows where in the runtime an error was raised.
  if (debugEnabled) e.notes = [String(new Error().stack)];
  return e;
}

const debugEnabled = globalThisEnv("PYASYNC_DEBUG") !== undefined;

export function isExceptionClass(v: PyValue): v is PyClass {
  return v instanceof PyClass && v.isSubclassOf(BaseException);
}

/**
 * Turns anything a JavaScript `catch` may receive into a Python exception:
 * JS stack overflows become RecursionError; any other JS error is an
 * interpreter bug and is reported as SystemError rather than crashing.
 */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return pyErr(RecursionError, "maximum recursion depth exceeded");
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const exc = pyErr(SystemError, `internal error: ${msg}`);
  if (e instanceof Error && e.stack && globalThisEnv("PYASYNC_DEBUG")) exc.notes = [e.stack];
  return exc;
}

function globalThisEnv(name: string): string | undefined {
  const p = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return p?.env?.[name];
}

export { None };
