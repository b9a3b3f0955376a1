// Native standard-library modules, group a (see stdlib.ts).
import type { ModuleFactory } from "./registry.js";
import { createCollectionsNative } from "./a-collections.js";
import { createOperatorModule } from "./a-operator.js";
import { createItertoolsModule } from "./a-itertools.js";
import { createFunctoolsNative } from "./a-functools.js";

export const stdlibA: [string, ModuleFactory][] = [
  ["_collections", createCollectionsNative],
  ["operator", createOperatorModule],
  ["itertools", createItertoolsModule],
  ["_functools", createFunctoolsNative],
];
