// range and slice objects.

import { PyValue } from "../object.js";
import { rangeType, sliceType, defMethod, PyRange, PySlice, None } from "../types.js";
import { defGetter } from "../function.js";
import { pyErr, TypeError, ValueError, OverflowError } from "../exceptions.js";
import { indexOrNull, pyEq } from "../ops.js";
import { sliceIndices } from "../subscript.js";
import { newTuple } from "../containers.js";
import { toArray } from "../iter.js";
import { typeName } from "../typename.js";
import { noKw } from "./args.js";

function rangeArg(v: PyValue): number {
  const i = indexOrNull(v);
  if (i === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") throw pyErr(OverflowError, "range() arguments beyond 2**53 are not supported");
  return i;
}

let installed = false;
export function installRangeSlice(): void {
  if (installed) return;
  installed = true;
  rangeType.nativeNew = (_cls, args, kw) => {
    noKw("range", kw);
    if (args.length === 0) throw pyErr(TypeError, "range expected at least 1 argument, got 0");
    if (args.length > 3) throw pyErr(TypeError, `range expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) return new PyRange(0, rangeArg(args[0]), 1);
    const step = args.length === 3 ? rangeArg(args[2]) : 1;
    if (step === 0) throw pyErr(ValueError, "range() arg 3 must not be zero");
    return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
  };
  defGetter(rangeType, "start", (r) => (r as PyRange).start);
  defGetter(rangeType, "stop", (r) => (r as PyRange).stop);
  defGetter(rangeType, "step", (r) => (r as PyRange).step);
  defMethod(rangeType, "__len__", (a) => (a[0] as PyRange).length);
  defMethod(rangeType, "count", (a) => toArray(a[0]).filter((x) => pyEq(x, a[1])).length);
  defMethod(rangeType, "index", (a) => {
    const i = toArray(a[0]).findIndex((x) => pyEq(x, a[1]));
    if (i < 0) throw pyErr(ValueError, `${String(a[1])} is not in range`);
    return i;
  });
  sliceType.nativeNew = (_cls, args) => {
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0], args[1], args.length > 2 ? args[2] : None);
  };
  defGetter(sliceType, "start", (s) => (s as PySlice).start);
  defGetter(sliceType, "stop", (s) => (s as PySlice).stop);
  defGetter(sliceType, "step", (s) => (s as PySlice).step);
  defMethod(sliceType, "indices", (a) => {
    const [start, stop, step] = sliceIndices(a[0] as PySlice, rangeArg(a[1]));
    return newTuple([start, stop, step]);
  });
}
