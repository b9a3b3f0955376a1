// Native standard-library modules, group d (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";
import { createDSupportModule } from "./d-support.js";
import { createCmathModule } from "./d-cmath.js";
import { createUnicodedataModule } from "./d-unicodedata.js";

export const stdlibD: [string, ModuleFactory][] = [
  ["_d_support", createDSupportModule],
  ["cmath", createCmathModule],
  ["unicodedata", createUnicodedataModule],
];
