// dir(): the names of an object's attributes, sorted.
import { PyClass, PyObject, PyValue } from "../object.js";
import { typeOf, PyModule } from "../types.js";
import { callBound } from "../call.js";
import { toArray } from "../iter.js";

export function dirOf(v: PyValue): string[] {
  const t = typeOf(v);
  if (t.isUserClass) {
    const d = t.lookup("__dir__");
    if (d !== undefined && d instanceof PyObject && !(d.cls.name === "builtin_function_or_method")) {
      return (toArray(callBound(d, v, [])) as string[]).slice().sort();
    }
  }
  const names = new Set<string>();
  if (v instanceof PyModule) {
    for (const k of v.dict!.keys()) names.add(k);
    return [...names].sort();
  }
  if (v instanceof PyObject && v.dict && !(v instanceof PyClass)) for (const k of v.dict.keys()) names.add(k);
  const classes = v instanceof PyClass ? v.mro : t.mro;
  for (const c of classes) for (const k of c.dict.keys()) names.add(k);
  return [...names].sort();
}
