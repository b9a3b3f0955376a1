// Private name mangling (CPython's _Py_Mangle): inside a class body, and in
// functions nested in it, an identifier `__x` (not ending in `__`) becomes
// `_ClassName__x`. Done once per module as a copy of the AST.

import * as A from "../../parser/ast.js";

export function mangleName(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = cls.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

const IDENT_FIELDS: Record<string, readonly string[]> = {
  Name: ["id"],
  Attribute: ["attr"],
  FunctionDef: ["name"],
  ClassDef: ["name"],
  Global: ["names"],
  Nonlocal: ["names"],
  MatchAs: ["name"],
  MatchStar: ["name"],
  MatchMapping: ["rest"],
};

/** True when the module mentions a private name at all (most do not: skip the copy). */
function mentionsPrivate(source: readonly string[]): boolean {
  return source.some((l) => (l.match(/\b__\w+/g) ?? []).some((m) => !m.endsWith("__")));
}

export function mangleModule(mod: A.Module, source: readonly string[]): A.Module {
  if (!mentionsPrivate(source)) return mod;
  return walk(mod, null) as A.Module;
}

function walk(node: unknown, cls: string | null): unknown {
  if (Array.isArray(node)) return node.map((n) => walk(n, cls));
  if (node === null || typeof node !== "object" || node instanceof Uint8Array) return node;
  const n = node as Record<string, unknown>;
  const kind = n.kind as string | undefined;
  const out: Record<string, unknown> = {};
  // A class's own name is mangled by the enclosing class; its body by itself.
  const inner = kind === "ClassDef" ? (n.name as string) : cls;
  for (const [k, v] of Object.entries(n)) {
    if (kind && IDENT_FIELDS[kind]?.includes(k)) {
      out[k] = Array.isArray(v) ? v.map((x) => mangleName(cls, x as string)) : typeof v === "string" ? mangleName(cls, v) : v;
    } else if (kind === "ClassDef" && (k === "decorators" || k === "bases" || k === "keywords")) {
      out[k] = walk(v, cls);
    } else if (k === "arg" && typeof v === "string" && "annotation" in n) {
      out[k] = mangleName(cls, v); // a parameter (Arg)
    } else if (k === "asname" && typeof v === "string") {
      out[k] = mangleName(cls, v);
    } else if (k === "name" && typeof v === "string" && kind === undefined && "body" in n) {
      out[k] = mangleName(cls, v); // except handler name
    } else out[k] = walk(v, inner);
  }
  return out;
}
