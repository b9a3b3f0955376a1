// Scope analysis (CPython's symtable.c): decides, before any code runs,
// whether each name in each scope is a local slot, a cell (a local captured
// by an inner function), a free variable (captured from an enclosing
// function), a global, or — in class bodies — a namespace lookup.

import * as A from "../../parser/ast.js";

export type ScopeKind = "module" | "class" | "function" | "lambda" | "comprehension";

export type Resolution =
  | { readonly kind: "local"; readonly slot: number }
  | { readonly kind: "cell"; readonly slot: number }
  | { readonly kind: "free"; readonly index: number }
  | { readonly kind: "global" }
  /** Module level: the module dict. Class level: the class namespace, then globals. */
  | { readonly kind: "name" }
  /** Class level, a name that is also a free variable of the enclosing function. */
  | { readonly kind: "classderef"; readonly index: number };

export class Scope {
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly children: Scope[] = [];
  /** Locals captured by inner scopes (become cells). */
  readonly cells = new Set<string>();
  /** Names this scope takes from an enclosing function scope, in closure order. */
  readonly frees: string[] = [];
  /** Parameters in order (function scopes). */
  params: string[] = [];
  isGenerator = false;
  isAsync = false;
  hasAwait = false;
  /** Uses super() or __class__: needs the implicit __class__ cell. */
  usesClassCell = false;
  slots = new Map<string, number>();
  nslots = 0;
  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly node: object | null,
  ) {
    parent?.children.push(this);
  }

  /** The nearest enclosing scope that is a function-like scope (skips classes). */
  enclosingFunction(): Scope | null {
    let p = this.parent;
    while (p && p.kind === "class") p = p.parent;
    return p && p.kind !== "module" ? p : null;
  }

  isFunctionLike(): boolean {
    return this.kind === "function" || this.kind === "lambda" || this.kind === "comprehension";
  }

  resolve(name: string): Resolution {
    if (this.kind === "module") return { kind: "name" };
    if (this.globals.has(name)) return { kind: "global" };
    if (this.kind === "class") {
      const fi = this.frees.indexOf(name);
      if (fi >= 0 && !this.bound.has(name)) return { kind: "classderef", index: fi };
      return { kind: "name" };
    }
    const slot = this.slots.get(name);
    if (slot !== undefined) return this.cells.has(name) ? { kind: "cell", slot } : { kind: "local", slot };
    const fi = this.frees.indexOf(name);
    if (fi >= 0) return { kind: "free", index: fi };
    return { kind: "global" };
  }
}

/** Analyses a module; returns the module scope and a map from defining nodes to their scopes. */
export function analyzeModule(mod: A.Module): { scope: Scope; scopes: Map<object, Scope> } {
  const scopes = new Map<object, Scope>();
  const top = new Scope("module", "<module>", null, mod);
  scopes.set(mod, top);
  const v = new Visitor(scopes);
  v.stmts(mod.body, top);
  finish(top);
  return { scope: top, scopes };
}

class Visitor {
  constructor(readonly scopes: Map<object, Scope>) {}

  stmts(body: readonly A.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  bindTarget(t: A.Expr, s: Scope): void {
    switch (t.kind) {
      case "Name":
        s.bound.add(t.id);
        break;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.bindTarget(e, s);
        break;
      case "Starred":
        this.bindTarget(t.value, s);
        break;
      case "Attribute":
        this.expr(t.value, s);
        break;
      case "Subscript":
        this.expr(t.value, s);
        this.expr(t.slice, s);
        break;
      default:
        this.expr(t, s);
    }
  }

  args(a: A.Arguments, outer: Scope, inner: Scope): void {
    for (const d of a.defaults) this.expr(d, outer);
    for (const d of a.kwDefaults) if (d) this.expr(d, outer);
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) if (p.annotation) this.expr(p.annotation, outer);
    inner.params = all.map((p) => p.arg);
    for (const p of inner.params) inner.bound.add(p);
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case "FunctionDef": {
        for (const d of st.decorators) this.expr(d, s);
        if (st.returns) this.expr(st.returns, s);
        s.bound.add(st.name);
        const fs = new Scope("function", st.name, s, st);
        fs.isAsync = st.isAsync;
        this.scopes.set(st, fs);
        this.args(st.args, s, fs);
        this.stmts(st.body, fs);
        break;
      }
      case "ClassDef": {
        for (const d of st.decorators) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        s.bound.add(st.name);
        const cs = new Scope("class", st.name, s, st);
        this.scopes.set(st, cs);
        this.stmts(st.body, cs);
        break;
      }
      case "Return":
        if (st.value) this.expr(st.value, s);
        break;
      case "Delete":
        for (const t of st.targets) this.bindTarget(t, s);
        break;
      case "Assign":
        this.expr(st.value, s);
        for (const t of st.targets) this.bindTarget(t, s);
        break;
      case "AugAssign":
        this.expr(st.value, s);
        if (st.target.kind === "Name") s.used.add(st.target.id);
        this.bindTarget(st.target, s);
        break;
      case "AnnAssign":
        if (st.value) this.expr(st.value, s);
        if (s.kind !== "function" || !st.simple) this.expr(st.annotation, s);
        if (st.value || st.target.kind !== "Name") this.bindTarget(st.target, s);
        else if (st.simple) s.bound.add(st.target.id);
        break;
      case "For":
        this.expr(st.iter, s);
        this.bindTarget(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        if (st.isAsync) s.hasAwait = true;
        break;
      case "While":
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case "If":
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case "With":
        for (const it of st.items) {
          this.expr(it.contextExpr, s);
          if (it.optionalVars) this.bindTarget(it.optionalVars, s);
        }
        if (st.isAsync) s.hasAwait = true;
        this.stmts(st.body, s);
        break;
      case "Match":
        this.expr(st.subject, s);
        for (const c of st.cases) {
          this.pattern(c.pattern, s);
          if (c.guard) this.expr(c.guard, s);
          this.stmts(c.body, s);
        }
        break;
      case "Raise":
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        break;
      case "Try":
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) s.bound.add(h.name);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        break;
      case "Assert":
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        break;
      case "Import":
        for (const a of st.names) s.bound.add(a.asname ?? a.name.split(".")[0]);
        break;
      case "ImportFrom":
        for (const a of st.names) if (a.name !== "*") s.bound.add(a.asname ?? a.name);
        break;
      case "Global":
        for (const n of st.names) s.globals.add(n);
        break;
      case "Nonlocal":
        for (const n of st.names) s.nonlocals.add(n);
        break;
      case "Expr":
        this.expr(st.value, s);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      default:
        A.assertNever(st);
    }
  }

  pattern(p: A.Pattern, s: Scope): void {
    switch (p.kind) {
      case "MatchValue":
        this.expr(p.value, s);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q, s);
        break;
      case "MatchMapping":
        for (const k of p.keys) this.expr(k, s);
        for (const q of p.patterns) this.pattern(q, s);
        if (p.rest) s.bound.add(p.rest);
        break;
      case "MatchClass":
        this.expr(p.cls, s);
        for (const q of p.patterns) this.pattern(q, s);
        for (const q of p.kwdPatterns) this.pattern(q, s);
        break;
      case "MatchStar":
        if (p.name) s.bound.add(p.name);
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern, s);
        if (p.name) s.bound.add(p.name);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q, s);
        break;
      default:
        A.assertNever(p);
    }
  }

  comprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope): void {
    const gens = node.generators;
    // The first iterable is evaluated in the enclosing scope, as in CPython.
    this.expr(gens[0].iter, s);
    const cs = new Scope("comprehension", comprehensionName(node), s, node);
    this.scopes.set(node, cs);
    if (node.kind === "GeneratorExp") cs.isGenerator = true;
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.bindTarget(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
      if (g.isAsync) cs.hasAwait = true;
    });
    if (node.kind === "DictComp") {
      this.expr(node.key, cs);
      this.expr(node.value, cs);
    } else this.expr(node.elt, cs);
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case "Name":
        if (e.ctx === "load") s.used.add(e.id);
        else s.bound.add(e.id);
        if (e.id === "super" || e.id === "__class__") s.usesClassCell = true;
        break;
      case "NamedExpr": {
        this.expr(e.value, s);
        // The target binds in the nearest non-comprehension scope (PEP 572).
        let t: Scope = s;
        while (t.kind === "comprehension" && t.parent) t = t.parent;
        t.bound.add(e.target.id);
        if (t !== s) s.used.add(e.target.id);
        break;
      }
      case "Lambda": {
        const ls = new Scope("lambda", "<lambda>", s, e);
        this.scopes.set(e, ls);
        this.args(e.args, s, ls);
        this.expr(e.body, ls);
        break;
      }
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        this.comprehension(e, s);
        break;
      case "Await":
        s.hasAwait = true;
        this.expr(e.value, s);
        break;
      case "Yield":
        s.isGenerator = true;
        if (e.value) this.expr(e.value, s);
        break;
      case "YieldFrom":
        s.isGenerator = true;
        this.expr(e.value, s);
        break;
      default:
        for (const c of childExprs(e)) this.expr(c, s);
    }
  }
}

function comprehensionName(node: A.Expr): string {
  switch (node.kind) {
    case "ListComp":
      return "<listcomp>";
    case "SetComp":
      return "<setcomp>";
    case "DictComp":
      return "<dictcomp>";
    default:
      return "<genexpr>";
  }
}

/** The direct sub-expressions of an expression, in evaluation order. */
export function childExprs(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case "BoolOp":
      return [...e.values];
    case "NamedExpr":
      return [e.value];
    case "BinOp":
      return [e.left, e.right];
    case "UnaryOp":
      return [e.operand];
    case "IfExp":
      return [e.test, e.body, e.orelse];
    case "Dict": {
      const out: A.Expr[] = [];
      e.keys.forEach((k, i) => {
        if (k) out.push(k);
        out.push(e.values[i]);
      });
      return out;
    }
    case "Set":
      return [...e.elts];
    case "Await":
    case "YieldFrom":
      return [e.value];
    case "Yield":
      return e.value ? [e.value] : [];
    case "Compare":
      return [e.left, ...e.comparators];
    case "Call":
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case "JoinedStr":
      return [...e.values];
    case "FormattedValue":
      return e.formatSpec ? [e.value, e.formatSpec] : [e.value];
    case "Attribute":
    case "Starred":
      return [e.value];
    case "Subscript":
      return [e.value, e.slice];
    case "List":
    case "Tuple":
      return [...e.elts];
    case "Slice":
      return [e.lower, e.upper, e.step].filter((x): x is A.Expr => x !== null);
    case "Constant":
    case "Name":
      return [];
    case "Lambda":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return [];
    default:
      return A.assertNever(e);
  }
}

/** Second pass: resolve free variables, mark cells, assign slots. */
function finish(top: Scope): void {
  const visit = (s: Scope) => {
    for (const c of s.children) visit(c);
  };
  visit(top);
  // Resolve from the innermost scopes outward so that a free name requested
  // by a grandchild marks every intermediate function as passing it along.
  const resolveFree = (s: Scope) => {
    for (const c of s.children) resolveFree(c);
    if (s.kind === "module") return;
    const wanted = new Set<string>();
    if (s.kind !== "class") {
      for (const n of s.used) if (!s.bound.has(n) && !s.globals.has(n)) wanted.add(n);
    } else {
      for (const n of s.used) if (!s.globals.has(n)) wanted.add(n);
    }
    for (const n of s.nonlocals) wanted.add(n);
    for (const n of s.frees) wanted.add(n);
    if (s.usesClassCell && s.kind !== "class") wanted.add("__class__");
    for (const n of wanted) {
      if (s.kind !== "class" && s.bound.has(n) && !s.nonlocals.has(n)) continue;
      const owner = findOwner(s, n);
      if (!owner) continue;
      // Every scope between s and owner passes the variable through.
      let p: Scope | null = s;
      while (p && p !== owner) {
        if (!p.frees.includes(n)) p.frees.push(n);
        p = p.parent;
      }
      if (owner.kind === "class") owner.cells.add("__class__");
      else owner.cells.add(n);
    }
  };
  resolveFree(top);
  assignSlots(top);
}

function findOwner(s: Scope, name: string): Scope | null {
  let p = s.parent;
  while (p) {
    if (p.kind === "module") return null;
    if (p.kind === "class") {
      if (name === "__class__") return p;
      p = p.parent;
      continue;
    }
    if (p.globals.has(name)) return null;
    if (p.bound.has(name) && !p.nonlocals.has(name)) return p;
    p = p.parent;
  }
  return null;
}

function assignSlots(s: Scope): void {
  if (s.isFunctionLike()) {
    s.nonlocals.forEach((n) => s.bound.delete(n));
    for (const g of s.globals) s.bound.delete(g);
    // Parameters first, in order, so binding arguments fills slots 0..n-1.
    for (const p of s.params) if (!s.slots.has(p)) s.slots.set(p, s.slots.size);
    for (const n of s.bound) if (!s.slots.has(n)) s.slots.set(n, s.slots.size);
    s.nslots = s.slots.size;
  }
  for (const c of s.children) assignSlots(c);
}
