// multiprocessing: only what single-process programs read (current_process().name).
import { PyObject } from "../object.js";
import { PyModule, makeBuiltinType, objectType } from "../types.js";
import { defGetter } from "../function.js";
import { makeModule, inModule } from "./util.js";
import { nativeRepr } from "../repr.js";
import type { Interpreter } from "../interpreter.js";

const processType = inModule(makeBuiltinType("_MainProcess", [objectType]), "multiprocessing.process");
defGetter(processType, "name", () => "MainProcess");
defGetter(processType, "pid", () => 4242);
defGetter(processType, "daemon", () => false);
const mainProcess = new PyObject(processType);
nativeRepr.set(processType, () => "<_MainProcess name='MainProcess' parent=None started>");

export function createMultiprocessingModule(_interp: Interpreter): PyModule {
  return makeModule("multiprocessing", {
    current_process: () => mainProcess,
    cpu_count: () => 2,
  });
}
