// The name CPython uses for a value's type in error messages ('int', 'NoneType', 'Foo').
import { PyValue } from "./object.js";
import { typeOf } from "./types.js";

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}
