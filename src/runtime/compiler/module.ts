// Compiles a parsed module and returns the function that runs its body in
// the module's namespace (`globals`).

import * as A from "../../parser/ast.js";
import { PyValue } from "../object.js";
import { CodeInfo } from "../exceptions.js";
import type { Interpreter } from "../interpreter.js";
import { analyzeModule } from "./scope.js";
import { Ctx, ModuleContext } from "./context.js";
import { NamespaceFrame, addTraceback } from "./frame.js";
import { compileBlock } from "./compile-stmt.js";
import { mangleModule } from "./mangle.js";

export function compileModule(
  interp: Interpreter,
  mod: A.Module,
  filename: string,
  source: readonly string[],
  globals: Map<string, PyValue>,
  moduleName: string,
): () => void {
  mod = mangleModule(mod, source);
  const { scope, scopes } = analyzeModule(mod);
  const futureAnnotations = mod.body.some(
    (s) => s.kind === "ImportFrom" && s.module === "__future__" && s.names.some((n) => n.name === "annotations"),
  );
  const mc: ModuleContext = { interp, filename, source, scopes, globals, builtins: interp.builtins, moduleName, futureAnnotations };
  const code: CodeInfo = { name: "<module>", qualname: "<module>", filename, firstLine: 1, source };
  const ctx: Ctx = { mod: mc, scope, code, qualPrefix: "", inAsync: false };
  const body = compileBlock(ctx, mod.body);
  if (!globals.has("__name__")) globals.set("__name__", moduleName);
  return () => {
    const f = new NamespaceFrame(code, null, globals, globals);
    try {
      body(f);
    } catch (e) {
      throw addTraceback(e, f);
    }
  };
}
