// Native standard-library modules, group d (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";

export const stdlibD: [string, ModuleFactory][] = [
];
