// The insertion-ordered hash table behind dict and set.
//
// Python decides key identity with hash() and ==, where 1 == 1.0 == True.
// Keys with built-in equality (str, int, float, bool, None and objects that
// keep object's identity equality) are normalised to a JavaScript primitive
// or the object itself and indexed by a JS Map; keys with a user-visible
// __hash__/__eq__ (tuples, frozensets, user classes) are indexed by their
// Python hash with an == check on collisions. Entries live in two parallel
// arrays in insertion order, like CPython's compact dict; deletions leave
// holes that are compacted when they pile up.

import { PyFloat, PyObject, PyValue } from "./object.js";

/** Marks a deleted entry. */
const HOLE: unique symbol = Symbol("hole");

export interface KeyProtocol {
  /** A JS Map key with Python's equality, or null when the key needs hashing. */
  simpleKey(v: PyValue): unknown | null;
  hash(v: PyValue): number;
  eq(a: PyValue, b: PyValue): boolean;
}

export class HashTable {
  keys: (PyValue | typeof HOLE)[] = [];
  values: PyValue[] = [];
  private simple = new Map<unknown, number>();
  private hashed: Map<number, number[]> | null = null;
  size = 0;
  /** Bumped on every insertion or deletion, to detect mutation during iteration. */
  version = 0;

  constructor(readonly proto: KeyProtocol) {}

  private find(key: PyValue): { idx: number; sk: unknown | null; h: number } {
    const sk = this.proto.simpleKey(key);
    if (sk !== null) {
      const i = this.simple.get(sk);
      return { idx: i === undefined ? -1 : i, sk, h: 0 };
    }
    const h = this.proto.hash(key);
    const bucket = this.hashed?.get(h);
    if (bucket) {
      for (const i of bucket) {
        const k = this.keys[i];
        if (k !== HOLE && (k === key || this.proto.eq(k as PyValue, key))) return { idx: i, sk: null, h };
      }
    }
    return { idx: -1, sk: null, h };
  }

  get(key: PyValue): PyValue | undefined {
    // Fast path for the most common keys.
    if (typeof key === "string" || typeof key === "number") {
      const i = this.simple.get(key);
      return i === undefined ? (this.hashed ? this.slowGet(key) : undefined) : this.values[i];
    }
    return this.slowGet(key);
  }

  private slowGet(key: PyValue): PyValue | undefined {
    const { idx } = this.find(key);
    return idx < 0 ? undefined : this.values[idx];
  }

  /** Index of a string key's entry, or -1 (valid until `version` changes). */
  indexOfString(key: string): number {
    const i = this.simple.get(key);
    return i === undefined ? -1 : i;
  }

  has(key: PyValue): boolean {
    return this.find(key).idx >= 0;
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === "string") {
      const i = this.simple.get(key);
      if (i !== undefined) {
        this.values[i] = value;
        return;
      }
      this.simple.set(key, this.keys.length);
      this.push(key, value);
      return;
    }
    const { idx, sk, h } = this.find(key);
    if (idx >= 0) {
      this.values[idx] = value;
      return;
    }
    if (sk !== null) this.simple.set(sk, this.keys.length);
    else {
      if (!this.hashed) this.hashed = new Map();
      const b = this.hashed.get(h);
      if (b) b.push(this.keys.length);
      else this.hashed.set(h, [this.keys.length]);
    }
    this.push(key, value);
  }

  private push(key: PyValue, value: PyValue): void {
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
  }

  /** Removes key; returns its value or undefined when absent. */
  delete(key: PyValue): PyValue | undefined {
    const { idx, sk, h } = this.find(key);
    if (idx < 0) return undefined;
    const v = this.values[idx];
    if (sk !== null) this.simple.delete(sk);
    else {
      const b = this.hashed!.get(h)!;
      b.splice(b.indexOf(idx), 1);
      if (b.length === 0) this.hashed!.delete(h);
    }
    this.keys[idx] = HOLE;
    this.values[idx] = undefined as unknown as PyValue;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    return v;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.simple.clear();
    this.hashed = null;
    this.size = 0;
    this.version++;
  }

  private compact(): void {
    const keys = this.keys, values = this.values;
    this.clear();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== HOLE) this.set(k as PyValue, values[i]);
    }
  }

  /** Index of the first live entry at or after i, or -1. */
  nextIndex(i: number): number {
    const keys = this.keys;
    while (i < keys.length) {
      if (keys[i] !== HOLE) return i;
      i++;
    }
    return -1;
  }

  /** Index of the last live entry, or -1 (for popitem). */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== HOLE) return i;
    return -1;
  }

  keyAt(i: number): PyValue {
    return this.keys[i] as PyValue;
  }

  *entries(): Generator<[PyValue, PyValue]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== HOLE) yield [k as PyValue, this.values[i]];
    }
  }

  keyList(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== HOLE) out.push(k as PyValue);
    return out;
  }

  valueList(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== HOLE) out.push(this.values[i]);
    return out;
  }

  copyFrom(other: HashTable): void {
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k !== HOLE) this.set(k as PyValue, other.values[i]);
    }
  }
}

/** Normalises numbers so that 1, 1.0 and True share one Map key. */
export function numericKey(v: number | bigint | boolean | PyFloat): unknown {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
    return x === 0 ? 0 : x;
  }
  return v;
}

export function isPlainObject(v: PyValue): v is PyObject {
  return typeof v === "object" && !(v instanceof PyFloat);
}
