// contextvars: Context, ContextVar and Token. Every task runs in its own copy
// of the context it was created in; Handle._run enters the handle's context.

import { PyObject, PyValue, KwArgs } from "../object.js";
import { makeBuiltinType, objectType, defMethod, None } from "../types.js";
import { defGetter } from "../function.js";
import { call } from "../call.js";
import { pyErr, LookupError, RuntimeError, ValueError, TypeError, newException } from "../exceptions.js";
import { nativeRepr, repr, fakeAddress } from "../repr.js";
import { newList, newTuple } from "../containers.js";
import { nativeIter, arrayIter } from "../iter.js";
import { inModule } from "../modules/util.js";
import type { LoopState } from "./state.js";

export const contextType = inModule(makeBuiltinType("Context", [objectType]), "contextvars");
export const contextVarType = inModule(makeBuiltinType("ContextVar", [objectType]), "contextvars");
export const tokenType = inModule(makeBuiltinType("Token", [objectType]), "contextvars");

/**
 * A context: an immutable-by-sharing map of ContextVar values. copy() is O(1)
 * (every task copies its creator's context, as in CPython): copies share the
 * map until one of them is written to.
 */
export class Context extends PyObject {
  private map: Map<ContextVar, PyValue>;
  private owned: boolean;
  constructor(vars?: Map<ContextVar, PyValue>, owned = true) {
    super(contextType);
    this.map = vars ?? new Map();
    this.owned = owned || vars === undefined;
  }
  get vars(): ReadonlyMap<ContextVar, PyValue> {
    return this.map;
  }
  copy(): Context {
    this.owned = false;
    return new Context(this.map, false);
  }
  /** The variables as they are now, for a copy made later with contextOf: later set()s here do not show in them. */
  snapshot(): ContextVars {
    this.owned = false;
    return this.map;
  }
  set(v: ContextVar, value: PyValue | undefined): void {
    if (!this.owned) {
      this.map = new Map(this.map);
      this.owned = true;
    }
    if (value === undefined) this.map.delete(v);
    else this.map.set(v, value);
  }
}

/** A context's variables, frozen (see Context.snapshot). */
export type ContextVars = ReadonlyMap<ContextVar, PyValue>;

/** A new Context holding `vars` (copied before its first set()). */
export function contextOf(vars: ContextVars): Context {
  return new Context(vars as Map<ContextVar, PyValue>, false);
}

export class ContextVar extends PyObject {
  constructor(readonly name: string, readonly dflt: PyValue | undefined) {
    super(contextVarType);
  }
}

export class Token extends PyObject {
  used = false;
  constructor(readonly ctx: Context, readonly v: ContextVar, readonly old: PyValue | undefined) {
    super(tokenType);
  }
}

export function runInContext<T>(state: LoopState, ctx: Context, fn: () => T): T {
  const prev = state.currentContext;
  state.currentContext = ctx;
  try {
    return fn();
  } finally {
    state.currentContext = prev;
  }
}

/** Installs the contextvars types' methods for one interpreter's state. */
export function contextvarsMembers(state: () => LoopState): Record<string, PyValue | ((a: PyValue[], kw: KwArgs | null) => PyValue)> {
  return {
    ContextVar: contextVarType,
    Context: contextType,
    Token: tokenType,
    copy_context: () => state().currentContext.copy(),
  };
}

/** The interpreter whose context a ContextVar method uses: set by the asyncio module on import. */
export const contextOwner: { state: LoopState | null } = { state: null };
const cur = (): Context => {
  if (!contextOwner.state) throw pyErr(RuntimeError, "no context");
  return contextOwner.state.currentContext;
};

contextVarType.nativeNew = (_cls, args, kw) => {
  const name = args[0];
  if (typeof name !== "string") throw pyErr(TypeError, "context variable name must be a str");
  return new ContextVar(name, kw?.get("default") ?? args[1]);
};
defGetter(contextVarType, "name", (v) => (v as ContextVar).name);
defMethod(contextVarType, "get", (a) => {
  const v = a[0] as ContextVar;
  const x = cur().vars.get(v);
  if (x !== undefined) return x;
  if (a.length > 1) return a[1];
  if (v.dflt !== undefined) return v.dflt;
  throw newException(LookupError, v);
});
defMethod(contextVarType, "set", (a) => {
  const v = a[0] as ContextVar;
  const ctx = cur();
  const tok = new Token(ctx, v, ctx.vars.get(v));
  ctx.set(v, a[1]);
  return tok;
});
defMethod(contextVarType, "reset", (a) => {
  const v = a[0] as ContextVar;
  const tok = a[1] as Token;
  if (tok.used) throw pyErr(RuntimeError, `${repr(tok)} has already been used once`);
  if (tok.v !== v) throw pyErr(ValueError, `${repr(tok)} was created by a different ContextVar`);
  const ctx = cur();
  if (tok.ctx !== ctx) throw pyErr(ValueError, `${repr(tok)} was created in a different Context`);
  ctx.set(v, tok.old);
  tok.used = true;
  return None;
});
nativeRepr.set(contextVarType, (v) => {
  const cv = v as ContextVar;
  const d = cv.dflt === undefined ? "" : ` default=${repr(cv.dflt)}`;
  return `<ContextVar name=${repr(cv.name)}${d} at ${fakeAddress(cv)}>`;
});
defGetter(tokenType, "var", (t) => (t as Token).v);
defGetter(tokenType, "old_value", (t) => (t as Token).old ?? tokenMissing);
const tokenMissing = new PyObject(inModule(makeBuiltinType("Token.MISSING", [objectType]), "contextvars"));
nativeRepr.set(tokenType, (t) => `<Token${(t as Token).used ? " used" : ""} var=${repr((t as Token).v)} at ${fakeAddress(t as object)}>`);

contextType.nativeNew = () => new Context();
defMethod(contextType, "run", (a, kw) => {
  const ctx = a[0] as Context;
  if (!contextOwner.state) throw pyErr(RuntimeError, "no context");
  return runInContext(contextOwner.state, ctx, () => call(a[1], a.slice(2), kw));
});
defMethod(contextType, "copy", (a) => (a[0] as Context).copy());
defMethod(contextType, "get", (a) => (a[0] as Context).vars.get(a[1] as ContextVar) ?? (a.length > 2 ? a[2] : None));
defMethod(contextType, "keys", (a) => newList([...(a[0] as Context).vars.keys()]));
defMethod(contextType, "values", (a) => newList([...(a[0] as Context).vars.values()]));
defMethod(contextType, "items", (a) => newList([...(a[0] as Context).vars.entries()].map(([k, v]) => newTuple([k, v]))));
defMethod(contextType, "__len__", (a) => (a[0] as Context).vars.size);
defMethod(contextType, "__contains__", (a) => (a[0] as Context).vars.has(a[1] as ContextVar));
defMethod(contextType, "__getitem__", (a) => {
  const x = (a[0] as Context).vars.get(a[1] as ContextVar);
  if (x === undefined) throw newException(LookupError, a[1]);
  return x;
});
nativeIter.set(contextType, (c) => arrayIter([...(c as Context).vars.keys()]));
