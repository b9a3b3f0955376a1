// asyncio's exceptions — mirrors CPython's Lib/asyncio/exceptions.py.
import { makeExceptionType } from "../exceptions-extra.js";
import { BaseException, Exception, RuntimeError, EOFError } from "../exceptions.js";

export const CancelledError = makeExceptionType("CancelledError", BaseException, "asyncio.exceptions");
export const InvalidStateError = makeExceptionType("InvalidStateError", Exception, "asyncio.exceptions");
export const SendfileNotAvailableError = makeExceptionType("SendfileNotAvailableError", RuntimeError, "asyncio.exceptions");
export const IncompleteReadError = makeExceptionType("IncompleteReadError", EOFError, "asyncio.exceptions");
export const LimitOverrunError = makeExceptionType("LimitOverrunError", Exception, "asyncio.exceptions");
export const BrokenBarrierError = makeExceptionType("BrokenBarrierError", RuntimeError, "asyncio.exceptions");
export const QueueEmpty = makeExceptionType("QueueEmpty", Exception, "asyncio.queues");
export const QueueFull = makeExceptionType("QueueFull", Exception, "asyncio.queues");
