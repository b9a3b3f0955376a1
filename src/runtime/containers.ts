// dict, set and frozenset objects (the table is in hashtable.ts), and the
// tuple/list constructors every other file uses.

import { PyClass, PyFloat, PyList, PyObject, PyTuple, PyValue } from "./object.js";
import { dictType, setType, frozensetType, tupleType, listType, None } from "./types.js";
import { HashTable, KeyProtocol, numericKey } from "./hashtable.js";
import { pyHash, pyEq, hasIdentityEquality } from "./ops.js";

export const keyProtocol: KeyProtocol = {
  simpleKey(v: PyValue): unknown | null {
    switch (typeof v) {
      case "string":
      case "number":
      case "bigint":
        return v;
      case "boolean":
        return v ? 1 : 0;
      default:
        if (v instanceof PyFloat) return numericKey(v);
        if (v === None || hasIdentityEquality(v)) return v;
        return null;
    }
  },
  hash: (v) => pyHash(v),
  eq: (a, b) => pyEq(a, b),
};

export class PyDict extends PyObject {
  table = new HashTable(keyProtocol);
  constructor(cls: PyClass = dictType) {
    super(cls);
  }
  get(k: PyValue): PyValue | undefined {
    return this.table.get(k);
  }
  set(k: PyValue, v: PyValue): void {
    this.table.set(k, v);
  }
}

export class PySet extends PyObject {
  table = new HashTable(keyProtocol);
  constructor(cls: PyClass = setType) {
    super(cls);
  }
  get frozen(): boolean {
    return this.cls === frozensetType || this.cls.isSubclassOf(frozensetType);
  }
  add(v: PyValue): void {
    this.table.set(v, None);
  }
  has(v: PyValue): boolean {
    return this.table.has(v);
  }
}

export function newTuple(items: PyValue[]): PyTuple {
  return new PyTuple(tupleType, items);
}
export function newList(items: PyValue[]): PyList {
  return new PyList(listType, items);
}
export function newDict(entries?: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  if (entries) for (const [k, v] of entries) d.table.set(k, v);
  return d;
}
export function newSet(items?: Iterable<PyValue>, cls: PyClass = setType): PySet {
  const s = new PySet(cls);
  if (items) for (const v of items) s.table.set(v, None);
  return s;
}

export const EMPTY_TUPLE = newTuple([]);
