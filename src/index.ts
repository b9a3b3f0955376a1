// pyasync as a library: run Python asyncio programs inside a JavaScript app.
export { Interpreter } from "./runtime/interpreter.js";
export type { InterpreterOptions, Output } from "./runtime/interpreter.js";
export { VirtualClock, RealClock } from "./runtime/clock.js";
export type { Clock } from "./runtime/clock.js";
export { parse, formatSyntaxError } from "./parser/index.js";
