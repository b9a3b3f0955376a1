// Native standard-library modules, group b (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";

export const stdlibB: [string, ModuleFactory][] = [];
