// `import builtins`: the interpreter's builtins as a module.
import { PyModule } from "../types.js";
import type { Interpreter } from "../interpreter.js";

export function createBuiltinsModule(interp: Interpreter): PyModule {
  return new PyModule("builtins", interp.builtins);
}
