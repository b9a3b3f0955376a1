// The name CPython uses for a value's type in error messages ('int', 'NoneType', 'Foo').
import { PyValue } from "./object.js";
import { typeOf, PyBuiltinFunction } from "./types.js";

export function typeName(v: PyValue): string {
  if (v instanceof PyBuiltinFunction && v.looksLikePython) return "function";
  return typeOf(v).name;
}
