// Native standard-library modules, group b (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";
import { createMathModule } from "./b-math.js";

export const stdlibB: [string, ModuleFactory][] = [
  ["math", createMathModule],
];
