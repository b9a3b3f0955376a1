// Native standard-library modules, group c (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";

export const stdlibC: [string, ModuleFactory][] = [];
