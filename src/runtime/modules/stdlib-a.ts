// Native standard-library modules, group a (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";

export const stdlibA: [string, ModuleFactory][] = [];
