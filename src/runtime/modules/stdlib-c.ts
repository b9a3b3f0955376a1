// Native standard-library modules, group c (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";
import { createCSupportModule } from "./c-support.js";
import { createCReModule } from "./c-re.js";

export const stdlibC: [string, ModuleFactory][] = [
  ["_c_support", createCSupportModule],
  ["_c_re", createCReModule],
];
