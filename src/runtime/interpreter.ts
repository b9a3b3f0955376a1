// One interpreter: its modules, builtins, clock, output streams and event
// loop state. Nothing here is shared between two Interpreter instances
// except the immutable builtin types.

import { PyValue } from "./object.js";
import { PyModule, None } from "./types.js";
import { parse, formatSyntaxError } from "../parser/index.js";
import { KeyboardInterrupt } from "./exceptions.js";
import { pyErr, ModuleNotFoundError, PyBaseException, SystemExit, toPyException, newException, SyntaxError as PySyntaxErrorCls, IndentationError, TabError } from "./exceptions.js";
import { Clock, VirtualClock } from "./clock.js";
import { createBuiltins } from "./builtins/index.js";
import { compileModule } from "./compiler/module.js";
import { cpythonModuleFile } from "./compiler/compile-import.js";
import { formatException } from "./traceback.js";
import { builtinModules } from "./modules/registry.js";
import { recursion } from "./call.js";
import { str } from "./repr.js";
import { isIntLike, asInt } from "./ops.js";
import type { LoopState } from "./asyncio/state.js";
import { pythonSources } from "../lib/index.js";
import { neverAwaitedHook, PyGenerator, closeIfSuspended } from "./generators.js";
import { PyObject, PyClass } from "./object.js";
import { runDel, unraisableHook } from "./dropped.js";
import { repr as reprOf } from "./repr.js";
import { setIntMaxStrDigits } from "./format/index.js";
import { intLimits } from "./repr.js";
import { namespaceMap, dictOfNamespace } from "./builtins/live-dict.js";

export interface Output {
  write(text: string): void;
  flush?(): void;
  /** Whether the stream is a terminal (rich colours its output only then). */
  readonly isatty?: boolean;
}

export interface InterpreterOptions {
  clock?: Clock;
  /** random's seed at start (--seed); null/undefined seeds from entropy. */
  seed?: number | bigint | null;
  /** sys.argv */
  argv?: string[];
  stdout?: Output;
  stderr?: Output;
  /** Environment variables visible to os.environ (NO_COLOR, ...). */
  env?: Record<string, string | undefined>;
}

export class Interpreter {
  readonly clock: Clock;
  readonly stdout: Output;
  readonly stderr: Output;
  readonly argv: string[];
  readonly env: Record<string, string | undefined>;
  readonly seed: number | bigint | null;
  readonly builtins: Map<string, PyValue>;
  /** sys.modules */
  readonly modules = namespaceMap() as unknown as Map<string, PyModule>;
  /** Source lines by filename, for tracebacks of any file run here. */
  readonly sources = new Map<string, string[]>();
  /** Event-loop state (running loop, task counter); created by the asyncio module. */
  loopState: LoopState | null = null;
  /** When the logging module is configured, asyncio's log lines go through it. */
  logHook: ((logger: string, level: string, message: string, exc: PyBaseException | null) => void) | null = null;
  /** Hooks run at exit (asyncio reports pending tasks, unawaited coroutines). */
  readonly atExit: (() => void)[] = [];

  constructor(opts: InterpreterOptions = {}) {
    this.clock = opts.clock ?? new VirtualClock();
    this.stdout = opts.stdout ?? { write: () => {} };
    this.stderr = opts.stderr ?? { write: () => {} };
    this.argv = opts.argv ?? [""];
    this.env = opts.env ?? {};
    this.seed = opts.seed ?? null;
    this.builtins = createBuiltins(this);
    neverAwaitedHook.report = (c, file, line, text) => {
      this.flushStdout();
      this.stderr.write(
        `${file}:${line}: RuntimeWarning: coroutine '${c.qualname}' was never awaited\n` +
          (text ? `  ${text}\n` : "") +
          "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
      );
    };
    unraisableHook.report = (e, obj) => this.reportUnraisable(e, obj);
  }

  /** "Exception ignored in: ...", as CPython's default sys.unraisablehook writes it. */
  private reportUnraisable(e: unknown, obj: PyValue): void {
    this.flushStdout();
    this.stderr.write(`Exception ignored in: ${safeRepr(obj)}\n${formatException(toPyException(e), this)}`);
  }

  hasModule(name: string): boolean {
    return this.modules.has(name) || builtinModules.has(name) || pythonSources.has(name);
  }

  importModule(name: string): PyModule {
    const m = this.modules.get(name);
    if (m) return m;
    const factory = builtinModules.get(name);
    const source = factory ? undefined : pythonSources.get(name);
    if (source !== undefined) return this.importPythonModule(name, source);
    if (!factory) {
      const e = pyErr(ModuleNotFoundError, `No module named '${name}'`);
      e.dict = new Map<string, PyValue>([["name", name]]);
      throw e;
    }
    // Parent packages first (import a.b imports a).
    const dot = name.lastIndexOf(".");
    const parent = dot > 0 ? this.importModule(name.slice(0, dot)) : null;
    const mod = factory(this);
    this.modules.set(name, mod);
    if (parent) parent.dict!.set(name.slice(dot + 1), mod);
    return mod;
  }

  /** Runs a library module written in Python (src/lib) and registers it. */
  private importPythonModule(name: string, source: string): PyModule {
    const dot = name.lastIndexOf(".");
    const parent = dot > 0 ? this.importModule(name.slice(0, dot)) : null;
    const filename = cpythonModuleFile(name);
    const parsed = parse(source, filename);
    if (!parsed.ok) throw new Error(`library module ${name} does not parse: ${formatSyntaxError(parsed.error)}`);
    const globals = namespaceMap();
    const mod = new PyModule(name, globals);
    globals.set("__file__", filename);
    globals.set("__builtins__", this.importModule("builtins"));
    this.modules.set(name, mod);
    if (parent) parent.dict!.set(name.slice(dot + 1), mod);
    const lines = source.split("\n");
    this.sources.set(filename, lines);
    try {
      compileModule(this, parsed.module, filename, lines, globals, name)();
    } catch (e) {
      this.modules.delete(name);
      throw e;
    }
    return mod;
  }

  /**
   * Runs a program as `__main__`. Returns the exit status: 0, 1 after an
   * uncaught exception (traceback on stderr), or SystemExit's code.
   */
  runMain(source: string, filename: string): number {
    const parsed = parse(source, filename);
    this.sources.set(filename, source.split(/\r?\n/));
    if (!parsed.ok) {
      this.flushStdout();
      const text = formatSyntaxError(parsed.error);
      this.stderr.write(text.endsWith("\n") ? text : text + "\n");
      return 1;
    }
    const mod = new PyModule("__main__", namespaceMap());
    mod.dict!.set("__file__", filename);
    // As under runpy (how the reference goldens were made), __main__ sees the builtins dict.
    mod.dict!.set("__builtins__", dictOfNamespace(this.builtins) ?? this.importModule("builtins"));
    mod.dict!.set("__doc__", docstringOf(parsed.module.body) ?? None);
    this.modules.set("__main__", mod);
    let status = 0;
    try {
      // Process-wide limits start from CPython's defaults for every program.
      recursion.depth = 0;
      recursion.limit = 1000;
      setIntMaxStrDigits(4300);
      intLimits.maxStrDigits = 4300;
      const run = compileModule(this, parsed.module, filename, this.sources.get(filename)!, mod.dict!, "__main__");
      run();
    } catch (e) {
      status = this.handleUncaught(e);
    }
    status = this.finish(status);
    return status;
  }

  /** Exit-time work, as CPython's: atexit hooks, then flushing the streams. */
  private finish(status: number): number {
    for (const hook of this.atExit.splice(0)) {
      try {
        hook();
      } catch (e) {
        status = this.handleUncaught(e);
      }
    }
    this.clearMainModule();
    this.flushStdout();
    this.stderr.flush?.();
    return status;
  }

  /**
   * What CPython's shutdown does to __main__'s globals (names starting with
   * "_" first, then the rest): generators suspended half-way are closed
   * (their finally blocks run) and objects with __del__ are finalized.
   */
  private clearMainModule(): void {
    const main = this.modules.get("__main__");
    if (!main?.dict) return;
    const entries = [...main.dict.entries()].filter(([k]) => k !== "__builtins__");
    const ordered = [...entries.filter(([k]) => k.startsWith("_")), ...entries.filter(([k]) => !k.startsWith("_"))];
    for (const [, v] of ordered) {
      try {
        if (v instanceof PyGenerator) closeIfSuspended(v);
        else if (v instanceof PyObject && v.cls.isUserClass && !(v instanceof PyClass)) runDel(v);
      } catch (e) {
        this.reportUnraisable(e, v);
      }
    }
  }

  flushStdout(): void {
    this.stdout.flush?.();
  }

  /** Prints an uncaught exception as CPython does; returns the exit status. */
  handleUncaught(e: unknown): number {
    const exc = toPyException(e);
    if (exc.cls.isSubclassOf(SystemExit)) return this.systemExitStatus(exc);
    this.flushStdout();
    this.stderr.write(formatException(exc, this));
    return exc.cls.isSubclassOf(KeyboardInterrupt) ? 130 : 1;
  }

  private systemExitStatus(exc: PyBaseException): number {
    const code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : exc.argsTuple;
    if (code === None) return 0;
    if (isIntLike(code)) return Number(asInt(code)) & 0xff;
    this.flushStdout();
    this.stderr.write(str(code) + "\n");
    return 1;
  }

  /** A SyntaxError raised at run time (compile()/exec() are not supported): its CPython rendering. */
  syntaxErrorClassFor(type: string) {
    return type === "IndentationError" ? IndentationError : type === "TabError" ? TabError : PySyntaxErrorCls;
  }

  newException = newException;
}

function docstringOf(body: readonly { kind: string }[]): string | null {
  const first = body[0] as { kind: string; value?: { kind: string; value?: { type: string; value: unknown } } } | undefined;
  if (first?.kind === "Expr" && first.value?.kind === "Constant" && first.value.value?.type === "str") return first.value.value.value as string;
  return null;
}

/** repr() for an "Exception ignored in" line, which must not raise itself. */
function safeRepr(v: PyValue): string {
  try {
    return reprOf(v);
  } catch {
    return "<object>";
  }
}
