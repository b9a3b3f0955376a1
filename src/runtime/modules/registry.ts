// The builtin modules an `import` can find, by name. Each factory builds the
// module for one interpreter (modules keep per-interpreter state: the clock,
// random's generator, the event loop policy).

import { PyModule } from "../types.js";
import type { Interpreter } from "../interpreter.js";
import { createSysModule } from "./sys.js";
import { createTimeModule } from "./time.js";
import { createRandomModule } from "./random.js";
import { createRichModules } from "./rich.js";
import { createMultiprocessingModule } from "./multiprocessing.js";
import { createBuiltinsModule } from "./builtins-module.js";
import { asyncioModules } from "../asyncio/module.js";
import { stdlibModules } from "./stdlib.js";

export type ModuleFactory = (interp: Interpreter) => PyModule;

export const builtinModules = new Map<string, ModuleFactory>([
  ["builtins", createBuiltinsModule],
  ["sys", createSysModule],
  ["time", createTimeModule],
  ["random", createRandomModule],
  ["multiprocessing", createMultiprocessingModule],
  ...createRichModules(),
  ...asyncioModules(),
  ...stdlibModules(),
]);
