// eval() and exec() of source strings: parsed and compiled like a module whose
// namespace is the given globals dict (and locals mapping, looked up first).

import { PyValue } from "../object.js";
import { None } from "../types.js";
import { pyErr, TypeError, SyntaxError as PySyntaxError, newException } from "../exceptions.js";
import { PyDict, newDict } from "../containers.js";
import { parse } from "../../parser/index.js";
import { compileModule } from "../compiler/module.js";
import { mapOverDict, dictOfNamespace } from "./live-dict.js";
import { typeName } from "../typename.js";
import type { Interpreter } from "../interpreter.js";
import type * as A from "../../parser/ast.js";

/** Names looked up in `locals` first, then `globals`; stores go to `locals`. */
class ChainNamespace extends Map<string, PyValue> {
  constructor(readonly locals: Map<string, PyValue>, readonly globals: Map<string, PyValue>) {
    super();
  }
  override get(k: string): PyValue | undefined {
    return this.locals.get(k) ?? this.globals.get(k);
  }
  override has(k: string): boolean {
    return this.locals.has(k) || this.globals.has(k);
  }
  override set(k: string, v: PyValue): this {
    this.locals.set(k, v);
    return this;
  }
  override delete(k: string): boolean {
    return this.locals.delete(k);
  }
}

function namespaceOf(v: PyValue, what: string): Map<string, PyValue> {
  if (!(v instanceof PyDict)) throw pyErr(TypeError, `${what} must be a dict, not ${typeName(v)}`);
  return mapOverDict(v);
}

function sourceOf(v: PyValue, fname: string): string {
  if (typeof v === "string") return v;
  throw pyErr(TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
}

function syntaxError(fname: string, source: string, parsed: { error: { message: string; line: number; col: number; text: string } }) {
  void fname;
  void source;
  const e = newException(PySyntaxError, parsed.error.message);
  e.dict = new Map<string, PyValue>([["lineno", parsed.error.line], ["offset", parsed.error.col], ["text", parsed.error.text], ["msg", parsed.error.message]]);
  return e;
}

/**
 * Runs `source` (exec) or evaluates it (eval: the source is one expression).
 * `globals`/`locals` default to the caller's namespaces, passed in by the
 * compiler for a bare `eval(s)` / `exec(s)` call.
 */
export function evalOrExec(interp: Interpreter, mode: "eval" | "exec", args: PyValue[]): PyValue {
  const fname = mode;
  if (args.length < 1 || args.length > 3) throw pyErr(TypeError, `${fname} expected at least 1 argument, got ${args.length}`);
  let source = sourceOf(args[0], fname);
  const gdict = args.length > 1 && args[1] !== None ? args[1] : newDict();
  const globals = namespaceOf(gdict, "globals");
  if (!globals.has("__builtins__")) globals.set("__builtins__", dictOfNamespace(interp.builtins) ?? None);
  const ns = args.length > 2 && args[2] !== None && args[2] !== gdict ? new ChainNamespace(namespaceOf(args[2], "locals"), globals) : globals;
  if (mode === "eval") source = source.trim();
  const filename = "<string>";
  const parsed = parse(mode === "eval" ? `__pyasync_eval_result__ = (\n${source}\n)` : source, filename);
  if (!parsed.ok) throw syntaxError(fname, source, parsed);
  const lines = source.split("\n");
  if (mode === "exec") {
    compileModule(interp, parsed.module, filename, lines, ns, String(globals.get("__name__") ?? "__main__"))();
    return None;
  }
  // eval: run the single assignment into a scratch namespace layered over the real one.
  const scratch = new ChainNamespace(new Map(), ns);
  const mod: A.Module = parsed.module;
  compileModule(interp, mod, filename, lines, scratch, String(globals.get("__name__") ?? "__main__"))();
  return scratch.locals.get("__pyasync_eval_result__") ?? None;
}
