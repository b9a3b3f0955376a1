// `import a.b as c` and `from a.b import x as y, *`.

import * as A from "../../parser/ast.js";
import { PyValue } from "../object.js";
import { PyModule } from "../types.js";
import { getAttrOrUndefined } from "../attrs.js";
import { pyErr, ImportError } from "../exceptions.js";
import { toArray } from "../iter.js";
import { Frame } from "./frame.js";
import { Ctx, compileStore } from "./context.js";

export function compileImport(ctx: Ctx, s: A.Import): (f: Frame) => void {
  const interp = ctx.mod.interp;
  const steps = s.names.map((a) => {
    const top = a.name.split(".")[0];
    const store = compileStore(ctx, a.asname ?? top);
    return { name: a.name, top, bindFull: a.asname !== null, store };
  });
  return (f) => {
    for (const st of steps) {
      const mod = interp.importModule(st.name);
      st.store(f, st.bindFull ? mod : interp.importModule(st.top));
    }
  };
}

export function compileImportFrom(ctx: Ctx, s: A.ImportFrom): (f: Frame) => void {
  const interp = ctx.mod.interp;
  const modName = resolveRelative(ctx.mod.moduleName, s.level, s.module);
  if (s.names.length === 1 && s.names[0].name === "*") {
    const globals = ctx.mod.globals;
    return () => {
      const mod = interp.importModule(modName) as PyModule;
      const all = mod.dict!.get("__all__");
      const names = all !== undefined ? (toArray(all) as string[]) : [...mod.dict!.keys()].filter((k) => !k.startsWith("_"));
      for (const n of names) globals.set(n, mod.dict!.get(n)!);
    };
  }
  const items = s.names.map((a) => ({ name: a.name, store: compileStore(ctx, a.asname ?? a.name) }));
  return (f) => {
    const mod = interp.importModule(modName);
    for (const it of items) {
      let v: PyValue | undefined = getAttrOrUndefined(mod, it.name);
      if (v === undefined && interp.hasModule(`${modName}.${it.name}`)) v = interp.importModule(`${modName}.${it.name}`);
      if (v === undefined) {
        throw pyErr(ImportError, `cannot import name '${it.name}' from '${modName}' (${moduleLocation(mod)})`);
      }
      it.store(f, v);
    }
  };
}

/** Modules CPython implements in C have no file; the others live under /usr/lib/python3.11. */
const C_MODULES = new Set(["sys", "builtins", "time", "math", "cmath", "itertools", "_functools", "_collections", "atexit", "array", "unicodedata", "_asyncio", "errno", "gc", "marshal", "posix", "_thread"]);
const PACKAGES = new Set(["asyncio", "collections", "json", "logging", "concurrent", "email", "importlib", "multiprocessing", "unittest", "urllib", "xml", "http"]);
function moduleLocation(mod: PyValue): string {
  const name = (mod as { name?: string }).name ?? "";
  if (C_MODULES.has(name)) return "unknown location";
  return cpythonModuleFile(name);
}

/** Where CPython 3.11 on Debian keeps the source of module `name` (its __file__, and the file tracebacks name). */
export function cpythonModuleFile(name: string): string {
  const top = name.split(".")[0];
  if (top === "rich") return `/usr/lib/python3/dist-packages/${name.replace(/\./g, "/")}${name === "rich" ? "/__init__" : ""}.py`;
  const path = name.replace(/\./g, "/");
  return PACKAGES.has(name) ? `/usr/lib/python3.11/${path}/__init__.py` : `/usr/lib/python3.11/${path}.py`;
}

/** `from ..x import y` inside package module `a.b.c` names `a.x`. */
function resolveRelative(current: string, level: number, module: string | null): string {
  if (level === 0) return module ?? "";
  const parts = current.split(".");
  const base = parts.slice(0, Math.max(0, parts.length - level));
  if (module) base.push(module);
  return base.join(".");
}
