// list and tuple: constructors and methods; sorting with CPython's semantics
// (stable, key functions, reverse keeping stability).

import { PyList, PyTuple, PyValue, KwArgs } from "../object.js";
import { listType, tupleType, defMethod, defFastMethod, None, NotImplemented } from "../types.js";
import { pyErr, TypeError, ValueError, IndexError } from "../exceptions.js";
import { toArray, arrayIter, listIteratorType, tupleIteratorType } from "../iter.js";
import { pyEq, lessThan, toIndex, richCompare, binaryOp, contains, pyHash } from "../ops.js";
import { call } from "../call.js";
import { getItem, setItem, delItem } from "../subscript.js";
import { repr } from "../repr.js";
import { newList, newTuple } from "../containers.js";
import { parseArgs, noKw } from "./args.js";
import { initConstructedTypes } from "../call.js";

listType.nativeNew = (cls, args, kw) => {
  noKw("list", kw);
  if (args.length > 1) throw pyErr(TypeError, `list expected at most 1 argument, got ${args.length}`);
  return new PyList(cls, args.length ? toArray(args[0]) : []);
};
tupleType.nativeNew = (cls, args, kw) => {
  noKw("tuple", kw);
  if (args.length > 1) throw pyErr(TypeError, `tuple expected at most 1 argument, got ${args.length}`);
  if (cls === tupleType && args.length === 1 && args[0] instanceof PyTuple && args[0].cls === tupleType) return args[0];
  return new PyTuple(cls, args.length ? toArray(args[0]) : []);
};

const L = (a: PyValue[]) => a[0] as PyList;
initConstructedTypes.add(listType);

/** Sorts in place: stable; with reverse, equal items keep their order (as CPython). */
export function sortList(items: PyValue[], key: PyValue, reverse: boolean): void {
  const keys = key === None ? items : items.map((x) => call(key, [x]));
  const idx = items.map((_, i) => i);
  const cmp = reverse
    ? (i: number, j: number) => (lessThan(keys[j], keys[i]) ? -1 : lessThan(keys[i], keys[j]) ? 1 : 0)
    : (i: number, j: number) => (lessThan(keys[i], keys[j]) ? -1 : lessThan(keys[j], keys[i]) ? 1 : 0);
  idx.sort(cmp);
  const sorted = idx.map((i) => items[i]);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i];
}

defMethod(listType, "__init__", (a, kw) => {
  noKw("list", kw);
  L(a).items = a.length > 1 ? toArray(a[1]) : [];
  return None;
});
defMethod(listType, "append", (a) => {
  if (a.length !== 2) throw pyErr(TypeError, `list.append() takes exactly one argument (${a.length - 1} given)`);
  L(a).items.push(a[1]);
  return None;
});
defFastMethod(listType, "append", {
  fast2: (l, x) => {
    if (!(l instanceof PyList)) return undefined;
    l.items.push(x);
    return None;
  },
});
defMethod(listType, "extend", (a) => {
  const src = toArray(a[1]);
  const items = L(a).items;
  for (const x of src) items.push(x);
  return None;
});
defMethod(listType, "insert", (a) => {
  const items = L(a).items;
  let i = toIndex(a[1]);
  if (i < 0) i = Math.max(0, i + items.length);
  items.splice(Math.min(i, items.length), 0, a[2]);
  return None;
});
defMethod(listType, "remove", (a) => {
  const items = L(a).items;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === a[1] || pyEq(items[i], a[1])) {
      items.splice(i, 1);
      return None;
    }
  }
  throw pyErr(ValueError, "list.remove(x): x not in list");
});
defMethod(listType, "pop", (a) => {
  const items = L(a).items;
  if (items.length === 0) throw pyErr(IndexError, "pop from empty list");
  if (a.length < 2) return items.pop()!;
  let i = toIndex(a[1]);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw pyErr(IndexError, "pop index out of range");
  return items.splice(i, 1)[0];
});
defMethod(listType, "clear", (a) => {
  L(a).items = [];
  return None;
});
defMethod(listType, "copy", (a) => newList(L(a).items.slice()));
defMethod(listType, "reverse", (a) => {
  L(a).items.reverse();
  return None;
});
defMethod(listType, "count", (a) => L(a).items.filter((x) => x === a[1] || pyEq(x, a[1])).length);
defMethod(listType, "index", (a) => seqIndex(L(a).items, a, "list"));
defMethod(listType, "sort", (a, kw: KwArgs | null) => {
  if (a.length > 1) throw pyErr(TypeError, "sort() takes no positional arguments");
  const [key, reverse] = parseArgs("sort", a, kw, ["*", "key?", "reverse?"], 1);
  const l = L(a);
  const items = l.items;
  l.items = [];
  try {
    sortList(items, key ?? None, reverse !== undefined && reverse !== false && reverse !== 0 && reverse !== None);
  } finally {
    const modified = l.items.length > 0;
    l.items = items;
    if (modified) throw pyErr(ValueError, "list modified during sort");
  }
  return None;
});
defMethod(listType, "__len__", (a) => L(a).items.length);
defMethod(listType, "__getitem__", (a) => getItem(newList(L(a).items), a[1]));
defMethod(listType, "__setitem__", (a) => {
  const tmp = newList(L(a).items);
  setItem(tmp, a[1], a[2]);
  L(a).items = tmp.items;
  return None;
});
defMethod(listType, "__delitem__", (a) => {
  const tmp = newList(L(a).items);
  delItem(tmp, a[1]);
  L(a).items = tmp.items;
  return None;
});
defMethod(listType, "__contains__", (a) => L(a).items.some((x) => x === a[1] || pyEq(x, a[1])));
defMethod(listType, "__iter__", (a) => arrayIter(L(a).items, listIteratorType));
defMethod(listType, "__reversed__", (a) => arrayIter(L(a).items.slice().reverse(), listIteratorType));
defMethod(listType, "__repr__", (a) => repr(newList(L(a).items)));
defMethod(listType, "__eq__", (a) => (a[1] instanceof PyList ? richCompare(newList(L(a).items), newList(a[1].items), "==") : NotImplemented));
defMethod(listType, "__add__", (a) => binaryOp("+", newList(L(a).items), a[1]));
defMethod(listType, "__iadd__", (a) => {
  for (const x of toArray(a[1])) L(a).items.push(x);
  return a[0];
});
listType.dict.set("__hash__", None);

function seqIndex(items: PyValue[], a: PyValue[], what: string): number {
  const n = items.length;
  let start = a.length > 2 ? toIndex(a[2]) : 0;
  let stop = a.length > 3 ? toIndex(a[3]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, n); i++) if (items[i] === a[1] || pyEq(items[i], a[1])) return i;
  throw pyErr(ValueError, what === "list" ? `${repr(a[1])} is not in list` : "tuple.index(x): x not in tuple");
}

const T = (a: PyValue[]) => a[0] as PyTuple;
defMethod(tupleType, "count", (a) => T(a).items.filter((x) => x === a[1] || pyEq(x, a[1])).length);
defMethod(tupleType, "index", (a) => seqIndex(T(a).items, a, "tuple"));
defMethod(tupleType, "__len__", (a) => T(a).items.length);
defMethod(tupleType, "__getitem__", (a) => getItem(newTuple(T(a).items), a[1]));
defMethod(tupleType, "__contains__", (a) => contains(newTuple(T(a).items), a[1]));
defMethod(tupleType, "__iter__", (a) => arrayIter(T(a).items, tupleIteratorType));
defMethod(tupleType, "__hash__", (a) => pyHash(newTuple(T(a).items)));
defMethod(tupleType, "__repr__", (a) => repr(newTuple(T(a).items)));
defMethod(tupleType, "__eq__", (a) => (a[1] instanceof PyTuple ? richCompare(newTuple(T(a).items), newTuple(a[1].items), "==") : NotImplemented));
defMethod(tupleType, "__add__", (a) => binaryOp("+", newTuple(T(a).items), a[1]));
defMethod(tupleType, "__getnewargs__", (a) => newTuple([newTuple(T(a).items)]));
