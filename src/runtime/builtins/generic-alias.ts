// `list[int]` (types.GenericAlias) and `int | None` (types.UnionType): what
// annotations evaluate to. Only their reprs, attributes and isinstance()
// with unions matter at run time; nothing is type-checked.

import { PyClass, PyObject, PyValue, PyTuple } from "../object.js";
import { makeBuiltinType, objectType, defMethod, None, typeOf, listType, tupleType, dictType, setType, frozensetType, typeType, defClassMethod } from "../types.js";
import { defGetter } from "../function.js";
import { call } from "../call.js";
import { repr, nativeRepr } from "../repr.js";
import { newTuple } from "../containers.js";
import { setUnionHook } from "../ops.js";
import { isInstance } from "../types.js";

export const genericAliasType = makeBuiltinType("GenericAlias", [objectType], "types");
export const unionType = makeBuiltinType("UnionType", [objectType], "types");

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyValue[]) {
    super(genericAliasType);
  }
}

export class PyUnion extends PyObject {
  constructor(readonly args: PyValue[]) {
    super(unionType);
  }
}

/** How typing shows a type inside an alias: `int`, `collections.deque`, `None`, `...`. */
function typeRepr(v: PyValue): string {
  if (v === None) return "None";
  if (v instanceof PyClass) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  if (v instanceof PyTuple && v.items.length === 0) return "()";
  if (typeOf(v).name === "ellipsis") return "...";
  return repr(v);
}

nativeRepr.set(genericAliasType, (v) => {
  const g = v as PyGenericAlias;
  return `${typeRepr(g.origin)}[${g.args.map((a) => (a instanceof PyTuple && !(a.cls.isUserClass) ? `[${a.items.map(typeRepr).join(", ")}]` : typeRepr(a))).join(", ")}]`;
});
nativeRepr.set(unionType, (v) => (v as PyUnion).args.map(typeRepr).join(" | "));
defGetter(genericAliasType, "__origin__", (g) => (g as PyGenericAlias).origin);
defGetter(genericAliasType, "__args__", (g) => newTuple((g as PyGenericAlias).args));
defGetter(genericAliasType, "__parameters__", () => newTuple([]));
defMethod(genericAliasType, "__call__", (a, kw) => call((a[0] as PyGenericAlias).origin, a.slice(1), kw));
defMethod(genericAliasType, "__mro_entries__", (a) => newTuple([(a[0] as PyGenericAlias).origin]));
defMethod(genericAliasType, "__getitem__", (a) => new PyGenericAlias((a[0] as PyGenericAlias).origin, argsOf(a[1])));
defGetter(unionType, "__args__", (u) => newTuple((u as PyUnion).args));
defMethod(unionType, "__instancecheck__", (a) => (a[0] as PyUnion).args.some((t) => (t === None ? a[1] === None : t instanceof PyClass && isInstance(a[1], t))));
defMethod(unionType, "__subclasscheck__", (a) => (a[0] as PyUnion).args.some((t) => t instanceof PyClass && (a[1] as PyClass).isSubclassOf(t)));

function argsOf(k: PyValue): PyValue[] {
  return k instanceof PyTuple && !k.cls.isUserClass ? k.items : [k];
}

function unionMember(v: PyValue): boolean {
  return v === None || v instanceof PyClass || v instanceof PyUnion || v instanceof PyGenericAlias;
}

/** `X | Y` between types: a union with duplicates removed, nested unions flattened. */
setUnionHook((a, b) => {
  if (!unionMember(a) || !unionMember(b)) return undefined;
  const out: PyValue[] = [];
  for (const x of [a, b]) for (const y of x instanceof PyUnion ? x.args : [x]) if (!out.includes(y)) out.push(y);
  return out.length === 1 ? out[0] : new PyUnion(out);
});

for (const t of [listType, tupleType, dictType, setType, frozensetType, typeType]) {
  defClassMethod(t, "__class_getitem__", (a) => new PyGenericAlias(a[0], argsOf(a[1])));
}
