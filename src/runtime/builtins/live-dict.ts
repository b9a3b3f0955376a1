// `obj.__dict__` as a real dict that stays the object's namespace: the first
// access swaps the object's attribute Map for a Map view over the dict's
// table, so writes through either side are seen by the other.

import { PyObject, PyValue } from "../object.js";
import { PyDict } from "../containers.js";

class TableMap implements Map<string, PyValue> {
  constructor(readonly owner: PyDict) {}
  get size(): number {
    return this.owner.table.size;
  }
  get(k: string): PyValue | undefined {
    return this.owner.table.get(k);
  }
  set(k: string, v: PyValue): this {
    this.owner.table.set(k, v);
    return this;
  }
  has(k: string): boolean {
    return this.owner.table.has(k);
  }
  delete(k: string): boolean {
    return this.owner.table.delete(k) !== undefined;
  }
  clear(): void {
    this.owner.table.clear();
  }
  *entries(): MapIterator<[string, PyValue]> {
    for (const [k, v] of this.owner.table.entries()) if (typeof k === "string") yield [k, v];
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<PyValue> {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(cb: (v: PyValue, k: string, m: Map<string, PyValue>) => void): void {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, PyValue]> {
    return this.entries();
  }
  get [Symbol.toStringTag](): string {
    return "TableMap";
  }
}

export function liveDict(o: PyObject): PyDict {
  const cur = o.dict;
  if (cur instanceof TableMap) return cur.owner;
  const d = new PyDict();
  if (cur) for (const [k, v] of cur) d.table.set(k, v);
  o.dict = new TableMap(d);
  return d;
}

/** A fresh namespace Map (for module globals) that globals()/vars() can expose as a dict. */
export function namespaceMap(): Map<string, PyValue> {
  return new TableMap(new PyDict());
}

/** The dict behind a namespace Map made by namespaceMap(), or null. */
export function dictOfNamespace(m: Map<string, PyValue>): PyDict | null {
  return m instanceof TableMap ? m.owner : null;
}

/** A Map view over an existing dict (exec/eval namespaces given by the program). */
export function mapOverDict(d: PyDict): Map<string, PyValue> {
  return new TableMap(d);
}
