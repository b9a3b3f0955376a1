// Standard-library modules implemented natively, in three groups so that
// each can grow on its own.
import type { ModuleFactory } from "./registry.js";
import { stdlibA } from "./stdlib-a.js";
import { stdlibB } from "./stdlib-b.js";
import { stdlibC } from "./stdlib-c.js";
import { stdlibD } from "./stdlib-d.js";

export function stdlibModules(): [string, ModuleFactory][] {
  return [...stdlibA, ...stdlibB, ...stdlibC, ...stdlibD];
}
