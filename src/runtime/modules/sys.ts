// sys: argv, the standard streams, exit, limits and version information.

import { PyObject, PyValue, PyTuple, PyFloat } from "../object.js";
import { tupleType } from "../types.js";
import { nativeRepr, repr } from "../repr.js";
import { PyModule, makeBuiltinType, objectType, defMethod, None } from "../types.js";
import { defGetter } from "../function.js";
import { newList, newTuple, newDict } from "../containers.js";
import { pyErr, TypeError, ValueError, SystemExit, newException } from "../exceptions.js";
import { str } from "../repr.js";
import { recursion } from "../call.js";
import { setIntMaxStrDigits, getIntMaxStrDigits } from "../format/index.js";
import { intLimits } from "../repr.js";
import { asInt, isIntLike } from "../ops.js";
import { makeModule, inModule } from "./util.js";
import { typeName } from "../typename.js";
import { handlingStack } from "../compiler/stmt-helpers.js";
import { exceptionTraceback } from "../traceback-object.js";
import { dictOfNamespace } from "../builtins/live-dict.js";
import type { Interpreter, Output } from "../interpreter.js";

const textIOType = inModule(makeBuiltinType("TextIOWrapper", [objectType]), "_io");

/** sys.stdout / sys.stderr: text streams over the interpreter's outputs. */
export class StdStream extends PyObject {
  constructor(readonly out: Output, readonly name: string, readonly fd: number) {
    super(textIOType);
  }
}
defMethod(textIOType, "write", (a) => {
  const s = a[1];
  if (typeof s !== "string") throw pyErr(TypeError, `write() argument must be str, not ${typeName(s)}`);
  (a[0] as StdStream).out.write(s);
  return s.length;
});
defMethod(textIOType, "flush", (a) => {
  (a[0] as StdStream).out.flush?.();
  return None;
});
defMethod(textIOType, "isatty", (a) => (a[0] as StdStream).out.isatty === true);
defMethod(textIOType, "fileno", (a) => (a[0] as StdStream).fd);
defMethod(textIOType, "writelines", (a) => {
  for (const line of (a[1] as unknown as { items: PyValue[] }).items ?? []) (a[0] as StdStream).out.write(str(line));
  return None;
});
defGetter(textIOType, "name", (s) => (s as StdStream).name);
defGetter(textIOType, "encoding", () => "utf-8");

/** A named structure sequence such as sys.version_info: a tuple with named fields. */
function structSeq(name: string, fields: string[], values: PyValue[]): PyValue {
  const t = makeBuiltinType(name.split(".").pop()!, [tupleType], "sys");
  t.qualname = name.split(".").pop()!;
  fields.forEach((f, i) => defGetter(t, f, (v) => (v as PyTuple).items[i]));
  nativeRepr.set(t, (v) => `${name}(${fields.map((f, i) => `${f}=${repr((v as PyTuple).items[i])}`).join(", ")})`);
  return new PyTuple(t, values);
}

export function createSysModule(interp: Interpreter): PyModule {
  const versionInfo = structSeq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"], [3, 11, 2, "final", 0]);
  const floatInfo = structSeq(
    "sys.float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1],
  );
  const intInfo = structSeq("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], [30, 4, 4300, 640]);
  return makeModule("sys", {
    argv: newList(interp.argv.slice()),
    stdout: new StdStream(interp.stdout, "<stdout>", 1),
    stderr: new StdStream(interp.stderr, "<stderr>", 2),
    __stdout__: new StdStream(interp.stdout, "<stdout>", 1),
    __stderr__: new StdStream(interp.stderr, "<stderr>", 2),
    version: "3.11.2 (main) [pyasync]",
    version_info: versionInfo,
    float_info: floatInfo,
    int_info: intInfo,
    hexversion: 0x030b02f0,
    platform: "linux",
    byteorder: "little",
    maxsize: 2n ** 63n - 1n,
    maxunicode: 0x10ffff,
    path: newList([""]),
    modules: dictOfNamespace(interp.modules as unknown as Map<string, PyValue>) ?? newDict(),
    executable: "/usr/bin/python3",
    implementation: makeModule("implementation", { name: "cpython" }),
    flags: makeModule("flags", { optimize: 0, dev_mode: false }),
    exit: (args) => {
      throw newException(SystemExit, ...(args.length ? [args[0]] : []));
    },
    getrecursionlimit: () => recursion.limit,
    setrecursionlimit: (args) => {
      const n = args[0];
      if (!isIntLike(n) || Number(asInt(n)) < 1) throw pyErr(ValueError, "recursion limit must be greater or equal than 1");
      recursion.limit = Number(asInt(n));
      return None;
    },
    get_int_max_str_digits: () => getIntMaxStrDigits(),
    set_int_max_str_digits: (args, kw) => {
      const n = Number(asInt((args[0] ?? kw?.get("maxdigits")) as number));
      if (n !== 0 && n < 640) throw pyErr(ValueError, "maxdigits must be 0 or larger than 640");
      setIntMaxStrDigits(n);
      intLimits.maxStrDigits = n;
      return None;
    },
    exc_info: () => {
      const e = handlingStack[handlingStack.length - 1];
      return e ? newTuple([e.cls, e, exceptionTraceback(e)]) : newTuple([None, None, None]);
    },
    exception: () => handlingStack[handlingStack.length - 1] ?? None,
    getsizeof: () => 64,
    intern: (args) => args[0],
  });
}
