// What the compiler needs to know while compiling one module: the scopes
// from analysis, the module's globals and the interpreter's builtins (both
// captured directly by the closures it builds), and the source for tracebacks.

import { Cell, PyValue } from "../object.js";
import { Scope } from "./scope.js";
import { CodeInfo, pyErr, NameError, UnboundLocalError, PyBaseException } from "../exceptions.js";
import { Frame, nsOf } from "./frame.js";
import type { Interpreter } from "../interpreter.js";
import { dictOfNamespace } from "../builtins/live-dict.js";

export interface ModuleContext {
  readonly interp: Interpreter;
  readonly filename: string;
  readonly source: readonly string[];
  readonly scopes: Map<object, Scope>;
  readonly globals: Map<string, PyValue>;
  readonly builtins: Map<string, PyValue>;
  readonly moduleName: string;
  /** `from __future__ import annotations`: annotations stay source text. */
  readonly futureAnnotations: boolean;
}

/** The compiler's position: which scope's code it is building. */
export interface Ctx {
  readonly mod: ModuleContext;
  readonly scope: Scope;
  readonly code: CodeInfo;
  /** Qualified-name prefix for functions and classes defined here. */
  readonly qualPrefix: string;
  /** Number of enclosing loops (for break/continue checks) — informational. */
  readonly inAsync: boolean;
}

export function nameError(name: string): PyBaseException {
  const e = pyErr(NameError, `name '${name}' is not defined`);
  e.dict = new Map<string, PyValue>([["name", name]]);
  return e;
}

export function unboundLocal(name: string): PyBaseException {
  return pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function freeUnbound(name: string): PyBaseException {
  return pyErr(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

export type Load = (f: Frame) => PyValue;
export type Store = (f: Frame, v: PyValue) => void;

/** Compiles a name load for the current scope. */
export function compileLoad(ctx: Ctx, name: string): Load {
  const r = ctx.scope.resolve(name);
  const { globals, builtins } = ctx.mod;
  switch (r.kind) {
    case "local": {
      const slot = r.slot;
      return (f) => {
        const v = f.locals[slot] as PyValue | undefined;
        if (v === undefined) throw unboundLocal(name);
        return v;
      };
    }
    case "cell": {
      const slot = r.slot;
      return (f) => {
        const v = (f.locals[slot] as Cell).v;
        if (v === undefined) throw unboundLocal(name);
        return v;
      };
    }
    case "free": {
      const i = r.index;
      return (f) => {
        const v = f.closure![i].v;
        if (v === undefined) throw freeUnbound(name);
        return v;
      };
    }
    case "global":
      return cachedGlobalLoad(globals, builtins, name);
    case "name":
      if (ctx.scope.kind === "module") return cachedGlobalLoad(globals, builtins, name);
      return (f) => {
        const v = nsOf(f).get(name) ?? globals.get(name) ?? builtins.get(name);
        if (v === undefined) throw nameError(name);
        return v;
      };
    case "classderef": {
      const i = r.index;
      return (f) => {
        const v = nsOf(f).get(name) ?? f.closure![i].v;
        if (v === undefined) throw freeUnbound(name);
        return v;
      };
    }
  }
}

/**
 * A global name lookup that remembers where the name sits in the module's
 * (or the builtins') table; the position stays valid until a name is added
 * to or removed from that table (its version changes).
 */
function cachedGlobalLoad(globals: Map<string, PyValue>, builtins: Map<string, PyValue>, name: string): Load {
  const gt = dictOfNamespace(globals)?.table;
  const bt = dictOfNamespace(builtins)?.table;
  if (!gt || !bt) {
    return () => {
      const v = globals.get(name) ?? builtins.get(name);
      if (v === undefined) throw nameError(name);
      return v;
    };
  }
  let gver = -1, gi = -1, bver = -1, bi = -1;
  return () => {
    if (gt.version !== gver) {
      gver = gt.version;
      gi = gt.indexOfString(name);
    }
    if (gi >= 0) return gt.values[gi];
    if (bt.version !== bver) {
      bver = bt.version;
      bi = bt.indexOfString(name);
    }
    if (bi >= 0) return bt.values[bi];
    throw nameError(name);
  };
}

export function compileStore(ctx: Ctx, name: string): Store {
  const r = ctx.scope.resolve(name);
  const { globals } = ctx.mod;
  switch (r.kind) {
    case "local": {
      const slot = r.slot;
      return (f, v) => {
        f.locals[slot] = v;
      };
    }
    case "cell": {
      const slot = r.slot;
      return (f, v) => {
        (f.locals[slot] as Cell).v = v;
      };
    }
    case "free": {
      const i = r.index;
      return (f, v) => {
        f.closure![i].v = v;
      };
    }
    case "global":
      return (_f, v) => {
        globals.set(name, v);
      };
    case "name":
    case "classderef":
      if (ctx.scope.kind === "module") {
        return (_f, v) => {
          globals.set(name, v);
        };
      }
      return (f, v) => {
        nsOf(f).set(name, v);
      };
  }
}

export function compileDelete(ctx: Ctx, name: string): (f: Frame) => void {
  const r = ctx.scope.resolve(name);
  const { globals } = ctx.mod;
  switch (r.kind) {
    case "local": {
      const slot = r.slot;
      return (f) => {
        if (f.locals[slot] === undefined) throw unboundLocal(name);
        f.locals[slot] = undefined;
      };
    }
    case "cell": {
      const slot = r.slot;
      return (f) => {
        const c = f.locals[slot] as Cell;
        if (c.v === undefined) throw unboundLocal(name);
        c.v = undefined;
      };
    }
    case "free": {
      const i = r.index;
      return (f) => {
        f.closure![i].v = undefined;
      };
    }
    default: {
      const isModule = ctx.scope.kind === "module" || r.kind === "global";
      return (f) => {
        const m = isModule ? globals : nsOf(f);
        if (!m.delete(name)) throw nameError(name);
      };
    }
  }
}
