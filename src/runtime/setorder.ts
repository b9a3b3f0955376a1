// The iteration order of a set, as CPython's hash table gives it.
//
// CPython iterates a set in the order of its table slots, which depends on the
// elements' hashes. For numbers (and tuples of numbers) the hashes are fixed,
// so `print({3, 1, 2})` shows `{1, 2, 3}` on every run: this file replays
// CPython's insertion algorithm (Objects/setobject.c: linear probing of 9
// slots, then perturbation; resize at 3/5 full) to get that order. Sets with
// any other element (strings, whose hashes are randomised per process, or
// objects, hashed by address) keep insertion order.

import { PyFloat, PyTuple, PyValue } from "./object.js";
import { None } from "./types.js";
import { pyHashFloat } from "./modules/mersenne.js";
import type { PySet } from "./containers.js";

const MASK64 = (1n << 64n) - 1n;
const P61 = (1n << 61n) - 1n;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MINSIZE = 8;

/** CPython's hash() as an unsigned 64-bit value, or null when not deterministic. */
export function stableHash(v: PyValue): bigint | null {
  switch (typeof v) {
    case "boolean":
      return v ? 1n : 0n;
    case "number":
    case "bigint": {
      const x = BigInt(v);
      let h = (x < 0n ? -x : x) % P61;
      if (x < 0n) h = -h;
      if (h === -1n) h = -2n;
      return h & MASK64;
    }
    case "string":
      return null;
  }
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.v)) return null;
    return pyHashFloat(v.v) & MASK64;
  }
  if (v === None) return null;
  if (v instanceof PyTuple && (!v.cls.isUserClass || v.cls.lookupUser("__hash__") === undefined)) return tupleHash(v.items);
  return null;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function tupleHash(items: PyValue[]): bigint | null {
  let acc = XXPRIME_5;
  for (const it of items) {
    const lane = stableHash(it);
    if (lane === null) return null;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return acc;
}

/** Slot order of CPython's table after inserting `keys` (distinct) in this order. */
export function cpythonSetOrder<T>(keys: T[], hashes: bigint[]): T[] {
  let mask = MINSIZE - 1;
  let table: (number | null)[] = new Array(MINSIZE).fill(null);
  let fill = 0;

  const insertClean = (tbl: (number | null)[], m: number, idx: number) => {
    const h = hashes[idx];
    let perturb = h;
    let i = Number(h & BigInt(m));
    for (;;) {
      if (tbl[i] === null) {
        tbl[i] = idx;
        return;
      }
      if (i + LINEAR_PROBES <= m) {
        for (let j = 0; j < LINEAR_PROBES; j++) {
          i++;
          if (tbl[i] === null) {
            tbl[i] = idx;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };

  for (let idx = 0; idx < keys.length; idx++) {
    insertClean(table, mask, idx);
    fill++;
    if (fill * 5 >= mask * 3) {
      const used = fill;
      const minused = used > 50000 ? used * 2 : used * 4;
      let newsize = MINSIZE;
      while (newsize <= minused) newsize <<= 1;
      const old = table;
      table = new Array(newsize).fill(null);
      mask = newsize - 1;
      for (const e of old) if (e !== null) insertClean(table, mask, e);
    }
  }
  const out: T[] = [];
  for (const e of table) if (e !== null) out.push(keys[e]);
  return out;
}

/** frozenset.__hash__ (Objects/setobject.c frozenset_hash) for elements with stable hashes. */
export function frozensetHash(s: PySet): PyValue {
  let hash = 0n;
  for (const k of s.table.keyList()) {
    const h = stableHash(k);
    if (h === null) return Number(BigInt.asIntN(32, BigInt(s.table.size)));
    hash ^= ((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n & MASK64;
  }
  if (s.table.size & 1) hash ^= 0n;
  hash ^= (BigInt(s.table.size) + 1n) * 1927868237n & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  const signed = hash >= 1n << 63n ? hash - (1n << 64n) : hash;
  return Number.isSafeInteger(Number(signed)) ? Number(signed) : signed;
}

const cache = new WeakMap<PySet, { version: number; keys: PyValue[] }>();

/** The keys of a set in CPython's iteration order (insertion order when unknowable). */
export function setIterationOrder(s: PySet): PyValue[] {
  const keys = s.table.keyList();
  if (keys.length < 2) return keys;
  const c = cache.get(s);
  if (c && c.version === s.table.version) return c.keys;
  const hashes: bigint[] = [];
  let ordered = keys;
  let stable = true;
  for (const k of keys) {
    const h = stableHash(k);
    if (h === null) {
      stable = false;
      break;
    }
    hashes.push(h);
  }
  if (stable) ordered = cpythonSetOrder(keys, hashes);
  cache.set(s, { version: s.table.version, keys: ordered });
  return ordered;
}
