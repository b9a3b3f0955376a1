// Standard-library modules implemented natively (collections, itertools, ...).
import type { ModuleFactory } from "./registry.js";

export function stdlibModules(): [string, ModuleFactory][] {
  return [];
}
